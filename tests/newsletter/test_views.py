import io

import pytest
from bs4 import BeautifulSoup
from django.core import mail, signing
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.test import Client

from articles.models import ArticleIndexPage
from core.models import OutboundEmail
from newsletter.models import Subscriber
from newsletter.views import CONFIRMATIONS_PER_DAY, LINK_POSTS_PER_HOUR
from tests.articles.factories import ArticlePageFactory
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

Status = Subscriber.Status
GOOD = {"email": "reader@example.com", "first_name": "Ann", "consent": "on", "source": "/"}
IN_PLACE = {"HTTP_X_REQUESTED_WITH": "fetch"}


class BrokenMailServer(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def sign_up(client, home_page, django_capture_on_commit_callbacks):
    """POST the signup form with tasks run as after a real commit; returns the response."""

    def post(data=None, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/newsletter/", {**GOOD, **(data or {})}, **extra)

    return post


def link_in(message, kind):
    return next(
        word for word in message.body.split() if f"/newsletter/{kind}/" in word
    ).removeprefix("http://testserver")


# --- signup -----------------------------------------------------------------------------


def test_signup_page_has_one_h1_a_labelled_form_and_no_footer_copy(client, home_page):
    response = client.get("/newsletter/")
    assert response.status_code == 200
    soup = soup_of(response)
    assert [h1.get_text() for h1 in soup.find_all("h1")] == ["Join our mailing list"]
    assert len(soup.select("form[data-newsletter-form]")) == 1
    for field in soup.select("form[data-newsletter-form] input:not([type=hidden])"):
        assert soup.find("label", attrs={"for": field["id"]}), field
    assert soup.select_one("link[rel=canonical]")["href"] == "http://testserver/newsletter/"
    assert soup.select_one(".hp-field[aria-hidden=true] input[name=website]")


def test_footer_of_every_page_has_the_signup_form(client, topics):
    article = ArticlePageFactory(parent=news_index(), title="On exosomes")
    for url in ["/", article.url]:
        soup = soup_of(client.get(url))
        form = soup.select_one("footer form[data-newsletter-form]")
        assert form["action"] == "/newsletter/" and form["method"] == "post"
        # No token and no cookie: the page is shared; the POST's origin is checked instead.
        assert not form.select_one("input[name=csrfmiddlewaretoken]")
        assert form.select_one("input[name=source]")["value"] == url
        # Short: topics are chosen on the signup page.
        assert not form.select("[name=interests]")
        assert form.select_one("input[type=email][name=email][required].form-control")
        assert soup.select_one("footer [data-newsletter-status][aria-live=polite]")
        assert soup.select_one("footer script[src$='js/newsletter.js'][defer]")


def news_index():
    return ArticleIndexPage.objects.get()


def test_signup_stores_pending_and_sends_a_confirmation_with_unsubscribe_headers(
    sign_up, topics, monkeypatch
):
    # Signed links carry the second they were made: hold the clock so ours match the mail's.
    monkeypatch.setattr("django.core.signing.time.time", lambda: 1_800_000_000.0)
    response = sign_up({"interests": [topics["Exosomes"].pk], "source": "/news/exosomes/"})
    assert response.status_code == 302 and response.url == "/newsletter/thanks/"
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Status.PENDING
    assert subscriber.source_path == "/news/exosomes/"
    assert [tag.name for tag in subscriber.interests.all()] == ["Exosomes"]
    (message,) = mail.outbox
    assert message.to == ["reader@example.com"]
    assert "confirm" in message.subject.lower()
    unsubscribe = f"http://testserver{subscriber.unsubscribe_url}"
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link_in(message, "confirm").startswith("/newsletter/confirm/")
    assert unsubscribe in message.body


def test_thanks_page(client, home_page):
    response = client.get("/newsletter/thanks/")
    assert response.status_code == 200
    assert soup_of(response).find("h1").get_text() == "Check your inbox"


@pytest.mark.parametrize("existing", [Status.PENDING, Status.CONFIRMED])
def test_signing_up_again_gives_the_same_answer_and_no_duplicate(sign_up, existing):
    first = sign_up()
    assert first.status_code == 302
    Subscriber.objects.update(status=existing)
    mail.outbox.clear()
    again = sign_up({"email": "  READER@example.com "})
    assert (again.status_code, again.url) == (first.status_code, first.url)
    in_place_new = sign_up({"email": "someone.else@example.com"}, **IN_PLACE)
    in_place_again = sign_up({"email": "Reader@Example.com"}, **IN_PLACE)
    assert in_place_again.content == in_place_new.content
    assert Subscriber.objects.filter(email_normalised="reader@example.com").count() == 1
    assert [m.to for m in mail.outbox] == [["someone.else@example.com"]]


@pytest.mark.parametrize(
    "email, error",
    [
        ("not-an-email", "Enter an e-mail address"),
        ("a" * 490 + "@example.com", "at most 254 characters"),
        ("a@b.com\r\nBcc: x@y.com", "Enter an e-mail address"),
        ("a@b.com\nBcc: x@y.com", "Enter an e-mail address"),
        ("", "This field is required"),
    ],
)
def test_bad_addresses_are_refused_beside_the_field(sign_up, email, error):
    response = sign_up({"email": email})
    assert response.status_code == 200
    soup = soup_of(response)
    feedback = soup.select("#newsletter-email ~ .invalid-feedback")
    assert error in " ".join(message.get_text() for message in feedback)
    assert soup.select_one("#newsletter-first_name")["value"] == "Ann"  # kept
    assert not Subscriber.objects.exists() and not OutboundEmail.objects.exists()


@pytest.mark.parametrize("interest", ["999999", "abc", "1; DROP TABLE x", "<b>"])
def test_unknown_interests_are_refused_clearly(sign_up, topics, interest):
    response = sign_up({"interests": [topics["Exosomes"].pk, interest]})
    assert response.status_code == 200
    assert "Please choose from the topics listed." in response.content.decode()
    assert not Subscriber.objects.exists()


def test_a_topic_no_live_article_uses_is_refused(sign_up, topics):
    response = sign_up({"interests": [topics["Unused topic"].pk]})
    assert "Please choose from the topics listed." in response.content.decode()


def test_consent_must_be_ticked(sign_up):
    response = sign_up({"consent": ""})
    assert "Please tick the box" in response.content.decode()
    assert not Subscriber.objects.exists()


@pytest.mark.parametrize("source", ["https://evil.example/", "//evil.example/x", "javascript:1"])
def test_a_foreign_source_is_dropped(sign_up, source):
    sign_up({"source": source})
    assert Subscriber.objects.get().source_path == ""


def test_honeypot_looks_like_success_but_saves_nothing(sign_up):
    response = sign_up({"website": "http://spam.example"})
    assert response.status_code == 302 and response.url == "/newsletter/thanks/"
    assert not Subscriber.objects.exists() and not mail.outbox


def test_in_place_submission_answers_with_fragments(sign_up):
    bad = sign_up({"email": "nope"}, **IN_PLACE)
    assert bad.status_code == 200
    assert b"<html" not in bad.content and b"data-newsletter-form" in bad.content
    assert b"is-invalid" in bad.content
    good = sign_up(**IN_PLACE)
    assert b"data-newsletter-done" in good.content and b"<html" not in good.content
    assert "X-Requested-With" in good["Vary"]
    assert Subscriber.objects.count() == 1


def test_signups_are_rate_limited_per_client(sign_up):
    for number in range(10):
        assert sign_up({"email": f"r{number}@example.com"}).status_code == 302
    response = sign_up({"email": "one-more@example.com"})
    assert response.status_code == 429
    assert not Subscriber.objects.filter(email="one-more@example.com").exists()


def test_tag_variants_of_one_mailbox_get_a_few_confirmations_a_day(sign_up):
    for tag in range(CONFIRMATIONS_PER_DAY + 2):
        assert sign_up({"email": f"Ann+{tag}@Example.com"}).status_code == 302
    assert Subscriber.objects.count() == CONFIRMATIONS_PER_DAY + 2
    assert len(mail.outbox) == CONFIRMATIONS_PER_DAY
    sign_up({"email": "bob@example.com"})
    assert mail.outbox[-1].to == ["bob@example.com"]


def test_only_get_and_post(client, home_page):
    assert client.put("/newsletter/").status_code == 405


def test_signup_is_kept_when_the_mail_server_is_down_and_confirmation_follows(sign_up, settings):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailServer"
    assert sign_up().status_code == 302
    assert Subscriber.objects.get().status == Status.PENDING
    queued = OutboundEmail.objects.get()
    assert queued.status == OutboundEmail.Status.PENDING and "mail server down" in queued.last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_queued_email", stdout=io.StringIO())
    (message,) = mail.outbox
    assert "/newsletter/confirm/" in message.body


def test_signup_from_another_site_is_refused_with_a_friendly_page(home_page):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/newsletter/", GOOD, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert "another website" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_signup_without_javascript_goes_through_in_one_post_twice(home_page):
    client = Client(enforce_csrf_checks=True)
    for address in ("one@example.com", "two@example.com"):
        response = client.post(
            "/newsletter/",
            {**GOOD, "email": address},
            HTTP_ORIGIN="http://testserver",
            HTTP_SEC_FETCH_SITE="same-origin",
        )
        assert response.status_code == 302 and response.url == "/newsletter/thanks/"
    assert Subscriber.objects.count() == 2


# --- confirm ----------------------------------------------------------------------------


def test_confirmation_link_shows_a_button_and_a_get_confirms_nothing(client, sign_up):
    sign_up()
    confirm = link_in(mail.outbox[0], "confirm")
    mail.outbox.clear()
    for _ in range(2):  # a mail scanner, then the reader
        response = client.get(confirm)
    assert response.status_code == 200
    page = soup_of(response)
    assert page.find("h1").get_text() == "Confirm your subscription"
    form = page.select_one("main form[method=post]")
    assert form["action"] == confirm
    assert form.select_one("button").get_text() == "Confirm my subscription"
    assert Subscriber.objects.get().status == Status.PENDING and mail.outbox == []


def test_confirm_button_refuses_a_post_from_another_site(sign_up):
    sign_up()
    confirm = link_in(mail.outbox[0], "confirm")
    client = Client(enforce_csrf_checks=True)
    assert client.post(confirm, HTTP_SEC_FETCH_SITE="cross-site").status_code == 403
    assert Subscriber.objects.get().status == Status.PENDING
    assert client.post(confirm, HTTP_SEC_FETCH_SITE="same-origin").status_code == 200
    assert Subscriber.objects.get().status == Status.CONFIRMED


def test_confirming_once_sends_a_welcome(client, sign_up, django_capture_on_commit_callbacks):
    sign_up()
    confirm = link_in(mail.outbox[0], "confirm")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        with_commit = client.post(confirm)
    assert with_commit.status_code == 200
    assert soup_of(with_commit).find("h1").get_text() == "You're subscribed"
    assert Subscriber.objects.get().status == Status.CONFIRMED
    (welcome,) = mail.outbox
    assert "List-Unsubscribe" in welcome.extra_headers
    assert "/newsletter/preferences/" in welcome.body

    with django_capture_on_commit_callbacks(execute=True):
        replay = client.post(confirm)
    assert replay.status_code == 200 and "already confirmed" in replay.content.decode()
    assert "already confirmed" in client.get(confirm).content.decode()
    assert len(mail.outbox) == 1


def test_confirmation_link_after_unsubscribing_does_not_resubscribe(client):
    subscriber = SubscriberFactory(status=Status.UNSUBSCRIBED)
    for send in (client.get, client.post):
        response = send(subscriber.confirm_url)
        assert response.status_code == 200
        assert "have not added it back" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Status.UNSUBSCRIBED


@pytest.mark.parametrize("kind", ["confirm", "unsubscribe", "preferences"])
@pytest.mark.parametrize(
    "token", ["junk", "a" * 500, "MQ:1ab2c3:xyz", "%3Cscript%3E", "1' OR '1'='1"]
)
def test_tampered_links_get_a_clear_400(client, home_page, kind, token):
    response = client.get(f"/newsletter/{kind}/{token}/")
    assert response.status_code == 400
    assert "This link does not work" in response.content.decode()


def test_expired_confirmation_link_gets_410(client, home_page, monkeypatch):
    subscriber = SubscriberFactory(status=Status.PENDING)
    real_time = signing.time.time
    monkeypatch.setattr(signing.time, "time", lambda: real_time() - 8 * 86400)
    url = subscriber.confirm_url
    monkeypatch.setattr(signing.time, "time", real_time)
    response = client.get(url)
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Status.PENDING


def test_link_for_an_erased_subscriber_is_refused(client, home_page):
    subscriber = SubscriberFactory()
    url = subscriber.unsubscribe_url
    subscriber.delete()
    assert client.get(url).status_code == 400


# --- unsubscribe and preferences -------------------------------------------------------------


def test_unsubscribe_get_only_shows_a_button(client, home_page):
    subscriber = SubscriberFactory(email="ann@example.com")
    response = client.get(subscriber.unsubscribe_url)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.select_one("form[method=post] button").get_text() == "Unsubscribe"
    assert "a…@example.com" in soup.get_text() and "ann@example.com" not in soup.get_text()
    assert soup.select_one("meta[name=robots]")["content"] == "noindex"
    assert "{#" not in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Status.CONFIRMED


def test_one_click_unsubscribe_from_a_mail_client_needs_no_csrf_token(home_page):
    subscriber = SubscriberFactory()
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(
        subscriber.unsubscribe_url,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Status.UNSUBSCRIBED
    again = mail_client.post(subscriber.unsubscribe_url)
    assert again.status_code == 200
    assert "already unsubscribed" in mail_client.get(subscriber.unsubscribe_url).content.decode()


def test_one_click_unsubscribes_are_limited_per_link_not_per_address(home_page):
    # A mail provider posts every reader's unsubscribe from a handful of addresses.
    provider = Client(REMOTE_ADDR="192.0.2.25")
    subscribers = SubscriberFactory.create_batch(LINK_POSTS_PER_HOUR + 5)
    codes = {provider.post(s.unsubscribe_url).status_code for s in subscribers}
    assert codes == {200}
    assert not Subscriber.objects.exclude(status=Status.UNSUBSCRIBED).exists()
    one_link = subscribers[0].unsubscribe_url  # a new token: links carry their time
    for _ in range(LINK_POSTS_PER_HOUR):
        provider.post(one_link)
    assert provider.post(one_link).status_code == 429


def test_preferences_change_interests_and_name(client, topics):
    subscriber = SubscriberFactory(interests=[topics["Exosomes"]])
    url = subscriber.preferences_url
    response = client.get(url)
    assert response.status_code == 200
    checked = [box["value"] for box in soup_of(response).select("[name=interests][checked]")]
    assert checked == [str(topics["Exosomes"].pk)]
    response = client.post(url, {"first_name": "Annie", "interests": [topics["Skin boosters"].pk]})
    assert response.status_code == 302 and response.url == f"{url}?saved=1"
    subscriber.refresh_from_db()
    assert subscriber.first_name == "Annie"
    assert [tag.name for tag in subscriber.interests.all()] == ["Skin boosters"]
    assert "Your choices are saved." in client.get(response.url).content.decode()


def test_preferences_refuse_unknown_interests(client, topics):
    subscriber = SubscriberFactory()
    response = client.post(subscriber.preferences_url, {"interests": ["999999"]})
    assert response.status_code == 200
    assert "Please choose from the topics listed." in response.content.decode()


def test_unsubscribed_reader_gets_no_preferences_form(client, home_page):
    subscriber = SubscriberFactory(status=Status.UNSUBSCRIBED)
    response = client.post(subscriber.preferences_url, {"first_name": "Changed"})
    assert response.status_code == 200
    assert not soup_of(response).select("main form")
    subscriber.refresh_from_db()
    assert subscriber.first_name == "Ann"


# --- escaping and query counts -------------------------------------------------------------


def test_names_are_escaped_in_pages_and_emails(client, sign_up):
    sign_up({"first_name": "<script>alert(1)</script>"})
    message = mail.outbox[0]
    # The plain-text part prints the name as typed (nothing renders it); HTML escapes it.
    assert "Hello <script>alert(1)</script>," in message.body
    assert "<script>" not in message.alternatives[0][0]
    mail.outbox.clear()
    response = client.post(link_in(message, "confirm"))
    assert b"<script>alert" not in response.content
    assert b"&lt;script&gt;" in response.content


def test_signup_page_and_footer_query_counts_do_not_grow(
    client, topics, django_assert_max_num_queries
):
    news = news_index()
    for url, ceiling in [("/newsletter/", 10), ("/", 12)]:
        client.get(url)
        with django_assert_max_num_queries(ceiling) as few:
            client.get(url)
        baseline = len(few.captured_queries)
        for number in range(6):
            ArticlePageFactory(parent=news, topics=[f"Topic {url} {number}"])
        client.get(url)
        with django_assert_max_num_queries(baseline):
            client.get(url)


@pytest.mark.parametrize("url", ["/newsletter/", "/newsletter/thanks/"])
def test_head_answers_like_get_without_a_body(client, home_page, url):
    get, head = client.get(url), client.head(url)
    assert head.status_code == get.status_code == 200
    assert head["Content-Type"] == get["Content-Type"]
    assert head.content == b""


def test_head_on_a_personal_link_changes_nothing(client, home_page):
    subscriber = SubscriberFactory(status=Status.PENDING)
    for url in (subscriber.confirm_url, subscriber.unsubscribe_url, subscriber.preferences_url):
        assert client.head(url).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Status.PENDING
