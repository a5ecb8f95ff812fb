"""Every absolute URL (canonical links, Open Graph, JSON-LD, share links, feeds, the
sitemap, robots.txt, e-mails and their List-Unsubscribe headers) comes from SITE_URL,
never from the request's Host, even for a host that ALLOWED_HOSTS lets through."""

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from newsletter.deliveries import Mailing
from newsletter.models import Subscriber
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.newsletter.factories import NewsletterArchivePageFactory, NewsletterIssuePageFactory
from tests.practitioners.factories import DirectoryPageFactory, add_postcodes, practitioner_at
from tests.questions.factories import AskAlicePageFactory, QuestionFactory
from tests.treatments.factories import TreatmentIndexPageFactory, TreatmentPageFactory
from tests.videos.factories import MediaFactory, VideoHubPageFactory, VideoPageFactory

pytestmark = pytest.mark.django_db

FOREIGN = "foreign.example"  # allowed by the test settings' ALLOWED_HOSTS = ["*"]


@pytest.fixture
def foreign_client(settings):
    assert settings.SITE_URL == "http://testserver"
    return Client(HTTP_HOST=FOREIGN)


@pytest.fixture
def site(home_page):
    topic = Tag.objects.create(name="Injectables", slug="injectables")
    news = ArticleIndexPageFactory(parent=home_page)
    article = ArticlePageFactory(parent=news, slug="exosomes", topics=[topic])
    finder = TreatmentIndexPageFactory(parent=home_page)
    treatment = TreatmentPageFactory(parent=finder, slug="lip-filler")
    add_postcodes("W1G 9PF")
    DirectoryPageFactory(parent=home_page)
    practitioner = practitioner_at("W1G 9PF", name="Dr Amara Okafor")
    practitioner.photo = article.hero_image
    practitioner.save()
    ask = AskAlicePageFactory(parent=home_page)
    answer = QuestionFactory(published=True)
    hub = VideoHubPageFactory(parent=home_page)
    video = VideoPageFactory(
        parent=hub,
        slug="a-video",
        self_hosted=True,
        media=MediaFactory(file=ContentFile(b"\x00" * 64, name="clip.mp4")),
    )
    archive = NewsletterArchivePageFactory(parent=home_page)
    issue = NewsletterIssuePageFactory(parent=archive)
    issue.save_revision().publish()
    Mailing.objects.create(issue=issue, status=Mailing.Status.SENT, started_at=timezone.now())
    return {
        "home": "/",
        "news": "/news/",
        "article": article.url,
        "topic": "/news/topic/injectables/",
        "feed": "/news/feed/",
        "treatment": treatment.url,
        "profile": practitioner.get_absolute_url(),
        "ask": "/ask-alice/",
        "answer": ask.question_url(answer),
        "hub": "/videos/",
        "video": video.url,
        "search": "/search/?q=filler",
        "signup": "/newsletter/",
        "sitemap": "/sitemap.xml",
        "robots": "/robots.txt",
        "issues": "/newsletter/issues/",
        "issue": issue.url,
        "issue_feed": "/newsletter/issues/feed/",
        "trust": reverse("trust_report"),
    }


@pytest.mark.parametrize(
    "name",
    [
        *("home", "news", "article", "topic", "feed", "treatment", "profile", "ask"),
        *("answer", "hub", "video", "search", "signup", "sitemap", "robots"),
        *("issues", "issue", "issue_feed", "trust"),
    ],
)
def test_pages_name_the_site_not_the_host_they_were_asked_for(foreign_client, site, name):
    response = foreign_client.get(site[name])
    assert response.status_code == 200
    content = response.content.decode()
    assert "http://testserver" in content  # absolute links are there...
    assert FOREIGN not in content  # ...and none follows the Host header


def test_newsletter_emails_link_to_the_site(
    foreign_client, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        foreign_client.post(
            "/newsletter/", {"email": "ann@example.com", "consent": "on", "source": "/"}
        )
    subscriber = Subscriber.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        foreign_client.post(subscriber.confirm_url)
    confirmation, welcome = mail.outbox
    for message in (confirmation, welcome):
        text = message.body + str(message.extra_headers)
        assert FOREIGN not in text
        assert message.extra_headers["List-Unsubscribe"].startswith("<http://testserver/")
    assert "http://testserver/newsletter/confirm/" in confirmation.body


def test_ask_alice_emails_link_to_the_site(
    foreign_client, home_page, django_user_model, django_capture_on_commit_callbacks
):
    django_user_model.objects.create_superuser("editor", "editor@example.com", "pw-1234567890")
    AskAlicePageFactory(parent=home_page)
    with django_capture_on_commit_callbacks(execute=True):
        response = foreign_client.post(
            "/ask-alice/submit/",
            {
                "name": "Mary O'Brien",
                "email": "mary@example.com",
                "question": "How long do anti-wrinkle injections last?",
                "consent": "on",
            },
        )
    assert response.status_code == 302 and FOREIGN not in response["Location"]
    assert len(mail.outbox) == 2
    assert all(FOREIGN not in message.body for message in mail.outbox)
