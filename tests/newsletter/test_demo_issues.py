"""The demo issues load onto the demo's articles and treatments (built here by slug) and
can be loaded twice."""

import datetime

import pytest
from django.utils import timezone

from demo import newsletter_issues
from newsletter.deliveries import Delivery, Mailing
from newsletter.models import NewsletterIssuePage
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.newsletter.factories import SubscriberFactory
from tests.treatments.factories import TreatmentIndexPageFactory, TreatmentPageFactory

pytestmark = pytest.mark.django_db

ARTICLES = [
    "chemical-peels-demystified",
    "exosomes-explained",
    "how-to-choose-a-safe-practitioner",
    "dermal-fillers-explained",
    "skin-boosters-profhilo-explained",
    "are-led-face-masks-worth-it",
]
TREATMENTS = ["microneedling", "chemical-peels"]


def test_two_sent_issues_and_a_draft_load_and_reload(home_page):
    news = ArticleIndexPageFactory(parent=home_page)
    for slug in ARTICLES:
        ArticlePageFactory(parent=news, slug=slug, topics=["Skincare", "Skin boosters"])
    finder = TreatmentIndexPageFactory(parent=home_page)
    for slug in TREATMENTS:
        TreatmentPageFactory(parent=finder, slug=slug)
    SubscriberFactory.create_batch(3, confirmed_at=timezone.now() - datetime.timedelta(days=60))
    SubscriberFactory()  # confirmed today: after both demo issues went out

    for _ in range(2):
        for _label, step in newsletter_issues.STEPS:
            step()

    sent = NewsletterIssuePage.objects.in_archive()
    assert [issue.slug for issue in sent] == ["choosing-who-treats-you", "autumn-skin-reset"]
    draft = NewsletterIssuePage.objects.get(slug="winter-glow")
    assert not draft.live and draft.get_latest_revision_as_object().audience == "topics"
    assert Mailing.objects.filter(status=Mailing.Status.SENT).count() == 2
    assert Delivery.objects.count() == 2 * 3
