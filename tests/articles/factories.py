import datetime

import factory
import wagtail_factories
from django.contrib.auth.models import Group

from articles.models import ArticleIndexPage, ArticlePage, Expert
from articles.review import CLINICAL_REVIEWERS


class ExpertFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Dr Expert {n}")
    job_title = "Aesthetic doctor"
    clinic = "Harley Street Skin"

    class Meta:
        model = Expert


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"
    introduction = "The latest articles."

    class Meta:
        model = ArticleIndexPage


def article_body(expert=None, heading="What are they?"):
    body = [
        {"type": "heading", "value": {"text": heading, "level": "h2"}},
        {"type": "paragraph", "value": "<p>" + "Tiny messengers between cells. " * 40 + "</p>"},
    ]
    if expert is not None:
        body.append(
            {
                "type": "expert_quote",
                "value": {"expert": expert.pk, "quote": "The science is remarkable."},
            }
        )
    return body


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article number {n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    standfirst = "A short summary of the article."
    author = factory.SubFactory(ExpertFactory)
    hero_image = factory.SubFactory(wagtail_factories.ImageFactory)
    body = factory.LazyAttribute(lambda page: article_body(page.author))

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(page, create, extracted, **kwargs):
        if extracted:
            page.tags.set(extracted)
            if create:
                page.save_revision().publish()


def make_clinical_reviewer(user, name="Dr Sarah Okafor", number="7012345"):
    """`user` in the Clinical reviewers group, as a GMC-registered Expert."""
    group, _ = Group.objects.get_or_create(name=CLINICAL_REVIEWERS)
    user.groups.add(group)
    return ExpertFactory(name=name, register="GMC", registration_number=number, user=user)
