import factory
import wagtail_factories
from django.utils import timezone

from newsletter.models import (
    CURRENT_CONSENT_VERSION,
    NewsletterArchivePage,
    NewsletterIssuePage,
    Subscriber,
)


class SubscriberFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"reader{n}@example.com")
    first_name = "Ann"
    status = Subscriber.Status.CONFIRMED
    consent_version = CURRENT_CONSENT_VERSION
    consent_given_at = factory.LazyFunction(timezone.now)
    confirmation_sent_at = factory.LazyFunction(timezone.now)
    source_path = "/"

    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    @factory.post_generation
    def interests(subscriber, create, extracted, **kwargs):
        if create and extracted:
            subscriber.interests.set(extracted)


class NewsletterArchivePageFactory(wagtail_factories.PageFactory):
    title = "Newsletter issues"
    slug = "issues"
    introduction = "Every issue we have sent."

    class Meta:
        model = NewsletterArchivePage


def issue_body(articles=(), text="<p>Tom &amp; Jerry's guide to peels.</p>"):
    body = [{"type": "intro", "value": "<p>Hello from the editors.</p>"}]
    if articles:
        body.append(
            {
                "type": "featured_articles",
                "value": {"heading": "New on the site", "articles": [a.pk for a in articles]},
            }
        )
    body.append({"type": "text", "value": text})
    return body


class NewsletterIssuePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Issue number {n}")
    subject = factory.Sequence(lambda n: f"Issue {n}: what's new in tweakments")
    preheader = "Exosomes, boosters and prices"
    body = factory.LazyFunction(issue_body)

    class Meta:
        model = NewsletterIssuePage
