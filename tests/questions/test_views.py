import datetime
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.db import OperationalError, connection
from django.template import Context, Template
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.models import OutboundEmail
from core.ratelimit import hit
from questions.models import (
    RESUBMISSION_WINDOW,
    SIMILAR_LOOKUPS_PER_HOUR,
    SUBMISSIONS_PER_HOUR,
    Question,
)
from questions.notifications import ACKNOWLEDGEMENTS_PER_DAY
from tests.articles.factories import ExpertFactory
from tests.questions.conftest import question_data
from tests.questions.factories import QuestionFactory

pytestmark = pytest.mark.django_db

SUBMIT = "/ask-alice/submit/"
SIMILAR = "/ask-alice/similar/"
XSS = "<script>alert('x')</script>"


class BrokenMailServer(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def json_ld(response):
    return [
        json.loads(tag.string)
        for tag in soup(response).find_all("script", type="application/ld+json")
    ]


# --- Submitting -------------------------------------------------------------------------


def test_posting_saves_then_e_mails_the_asker_and_the_moderators(
    client, ask_page, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SUBMIT, question_data(anonymous="on"))
    assert response.status_code == 302
    assert response["Location"].startswith("/ask-alice/thanks/?receipt=")
    question = Question.objects.get()
    assert question.status == Question.Status.NEW and question.anonymous
    assert sorted(message.to[0] for message in mail.outbox) == [
        "mary@example.com",
        "moderator@example.com",
    ]
    confirmation = next(m for m in mail.outbox if m.to == ["mary@example.com"])
    assert "M. O&#x27;B." in confirmation.body or "M. O'B." in confirmation.body
    notice = next(m for m in mail.outbox if m.to == ["moderator@example.com"])
    assert f"/admin/snippets/questions/question/edit/{question.pk}/" in notice.body

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    text = soup(thanks).get_text()
    assert "What happens next" in text and "M. O'B." in text


@pytest.mark.parametrize(
    "query", ["", "?receipt=", "?receipt=1", "?receipt=%00%ff", "?receipt=" + "x" * 5000]
)
def test_thanks_page_works_without_a_receipt_or_with_a_bad_one(client, ask_page, query):
    response = client.get(f"/ask-alice/thanks/{query}")
    assert response.status_code == 200
    assert soup(response).find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert "we'll show it as asked by" not in soup(response).get_text()


def test_asking_sets_no_cookie_and_keeps_no_session(client, ask_page):
    """The thank-you page learns the asker's printed name from a signed receipt in its
    address: a session would set a cookie (and so skip the page cache for two weeks) and
    leave a row in django_session for every visitor who asks."""
    response = client.post(SUBMIT, question_data())
    thanks = client.get(response["Location"])
    assert "asked by Mary O'B." in soup(thanks).get_text()
    assert not response.cookies and not thanks.cookies
    assert not Session.objects.exists()


def test_a_receipt_names_only_its_own_question_and_not_for_long(client, ask_page, monkeypatch):
    response = client.post(SUBMIT, question_data())
    receipt = response["Location"].split("receipt=")[1]
    forged = ("A" if receipt[0] != "A" else "B") + receipt[1:]
    assert "asked by" not in soup(client.get(f"/ask-alice/thanks/?receipt={forged}")).get_text()
    monkeypatch.setattr("questions.models.RECEIPT_MAX_AGE", datetime.timedelta(seconds=-1))
    assert "asked by" not in soup(client.get(response["Location"])).get_text()


def test_bad_input_is_shown_beside_the_fields_and_kept(client, ask_page):
    response = client.post(
        SUBMIT, question_data(email="nope", consent="", question="Is <b>this</b> kept? " * 3)
    )
    assert response.status_code == 200
    page = soup(response)
    form = page.select_one("#ask form")
    assert form.select_one("#id_email")["value"] == "nope"
    assert "Is <b>this</b> kept?" in form.select_one("#id_question").get_text()
    assert (
        "valid e-mail address"
        in form.select_one("#id_email").find_next(class_="invalid-feedback").get_text()
    )
    assert "Please agree" in page.get_text()
    assert Question.objects.count() == 0


def test_ten_thousand_characters_get_a_clear_message(client, ask_page):
    response = client.post(SUBMIT, question_data(question="x" * 10_000))
    assert "1000 characters or fewer (it has 10000)" in soup(response).get_text()
    assert Question.objects.count() == 0


def test_filled_honeypot_is_silently_dropped(client, ask_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SUBMIT, question_data(website="http://spam.example"))
    assert response.status_code == 302 and response["Location"] == "/ask-alice/thanks/"
    assert Question.objects.count() == 0 and mail.outbox == []


def test_sixth_post_in_an_hour_gets_a_friendly_429(client, ask_page):
    codes = [
        client.post(SUBMIT, question_data(email=f"r{n}@example.com")).status_code
        for n in range(SUBMISSIONS_PER_HOUR + 1)
    ]
    assert codes == [302] * SUBMISSIONS_PER_HOUR + [429]
    assert Question.objects.count() == SUBMISSIONS_PER_HOUR
    last = client.post(SUBMIT, question_data())
    assert last.status_code == 429 and "Please wait a little while" in last.content.decode()


def test_posts_with_form_errors_do_not_count_towards_the_limit(client, ask_page):
    for _ in range(SUBMISSIONS_PER_HOUR + 2):
        assert client.post(SUBMIT, question_data(email="nope")).status_code == 200
    assert client.post(SUBMIT, question_data()).status_code == 302
    assert Question.objects.count() == 1


def test_a_failure_while_queueing_the_e_mails_stores_nothing(client, ask_page, monkeypatch):
    def database_gone():
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("questions.notifications.moderators", database_gone)
    with pytest.raises(OperationalError):
        client.post(SUBMIT, question_data())
    assert Question.objects.count() == 0 and OutboundEmail.objects.count() == 0


def test_resubmitting_the_same_question_stores_it_once(
    client, ask_page, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(SUBMIT, question_data())
        again = client.post(SUBMIT, question_data(email=" MARY@example.com", name="Mary"))
    assert first.status_code == again.status_code == 302
    assert Question.objects.count() == 1 and len(mail.outbox) == 2
    client.post(SUBMIT, question_data(question="And how long does lip filler last?"))
    assert Question.objects.count() == 2


def test_the_same_question_after_a_while_is_a_new_question(client, ask_page):
    client.post(SUBMIT, question_data())
    Question.objects.update(created_at=timezone.now() - RESUBMISSION_WINDOW)
    client.post(SUBMIT, question_data())
    client.post(SUBMIT, question_data())
    assert Question.objects.count() == 2


def test_acknowledgement_leaves_out_the_question_and_is_capped_per_address(
    client, ask_page, django_capture_on_commit_callbacks
):
    spam = "Cheap pills at http://spam.example/buy-now, click today!"
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(ACKNOWLEDGEMENTS_PER_DAY + 2):
            client.post(
                SUBMIT,
                question_data(email="victim@example.com", question=f"{spam} {'abcde'[n]}"),
                REMOTE_ADDR=f"10.1.0.{n}",
            )
    assert Question.objects.count() == ACKNOWLEDGEMENTS_PER_DAY + 2
    assert len(mail.outbox) == ACKNOWLEDGEMENTS_PER_DAY
    assert all("spam.example" not in message.body for message in mail.outbox)


def test_plain_text_e_mails_keep_apostrophes_and_ampersands(
    client, ask_page, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SUBMIT, question_data(name="Mary O'Brien & Co"))
    notice = next(m for m in mail.outbox if m.to == ["moderator@example.com"])
    assert "From: Mary O'Brien & Co <mary@example.com>" in notice.body
    assert "&#x27;" not in notice.body and "&amp;" not in notice.body


def test_the_form_carries_no_csrf_token_and_the_page_no_cookie(client, ask_page):
    response = client.get("/ask-alice/")
    assert not soup(response).select("#ask form input[name=csrfmiddlewaretoken]")
    assert not response.cookies


@pytest.mark.parametrize("page", ["/ask-alice/", "/"], ids=["full form", "footer"])
def test_without_javascript_a_question_goes_in_one_post_every_time(ask_page, page):
    browser = Client(enforce_csrf_checks=True)
    browser.get(page)
    for number in range(2):
        response = browser.post(
            SUBMIT,
            question_data(question=f"Question number {number}: is filler safe for lips?"),
            HTTP_ORIGIN="http://testserver",
            HTTP_SEC_FETCH_SITE="same-origin",
        )
        assert response.status_code == 302 and "/ask-alice/thanks/" in response["Location"]
    assert Question.objects.count() == 2


def test_a_question_from_another_site_is_refused(ask_page):
    response = Client(enforce_csrf_checks=True).post(
        SUBMIT, question_data(), HTTP_SEC_FETCH_SITE="cross-site"
    )
    assert response.status_code == 403
    assert not Question.objects.exists()


def test_get_on_the_submit_url_goes_to_the_form(client, ask_page):
    response = client.get(SUBMIT)
    assert response.status_code == 302 and response["Location"] == "/ask-alice/"


def test_mail_server_outage_keeps_the_question_and_retries_the_e_mail(
    client, ask_page, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailServer"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SUBMIT, question_data())
    assert response.status_code == 302
    assert Question.objects.count() == 1
    pending = OutboundEmail.objects.get(to="mary@example.com")
    assert pending.status == OutboundEmail.Status.PENDING and "down" in pending.last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_queued_email", stdout=io.StringIO())
    pending.refresh_from_db()
    assert pending.status == OutboundEmail.Status.SENT
    assert [message.to for message in mail.outbox] == [["mary@example.com"]]


def test_markup_in_name_and_question_stays_inert_text_in_e_mails(
    client, ask_page, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SUBMIT, question_data(name=XSS, question=f"Is it safe? {XSS}"))
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        # text/plain only: nothing renders markup, so it is printed as typed.
        assert message.alternatives == [] and message.content_subtype == "plain"
    notice = next(m for m in mail.outbox if m.to == ["moderator@example.com"])
    assert f"Is it safe? {XSS}" in notice.body


def test_search_prefills_the_form_from_the_query(client, ask_page):
    response = client.get("/ask-alice/", {"question": "lip filler <b>lumps</b>"})
    textarea = soup(response).select_one("#ask #id_question")
    assert textarea.get_text().strip() == "lip filler <b>lumps</b>"
    assert b"<b>lumps</b>" not in response.content


# --- The footer and the search page -----------------------------------------------------


def test_footer_callout_on_other_pages_posts_to_ask_alice(client, ask_page, home_page):
    page = soup(client.get("/"))
    form = page.select_one(".ask-callout form")
    assert form["action"] == SUBMIT and form["method"] == "post"
    assert form.select_one(".hp-field[aria-hidden=true] input[name=website]")
    assert {"name", "email", "question", "anonymous", "consent"} <= {
        field["name"] for field in form.select("input, textarea")
    }
    assert form.select_one("label[for=footer-ask-question]")
    # The Ask Alice page has the full form, so no second one in the footer.
    assert not soup(client.get("/ask-alice/")).select_one(".ask-callout")


def test_search_with_no_hits_offers_the_form_with_the_query(client, ask_page):
    response = client.get("/search/", {"q": "zzqqx <i>odd</i>"})
    prompt = soup(response).select_one(".ask-prompt form.question-form")
    assert prompt["action"] == SUBMIT
    assert prompt.select_one("#search-ask-question").get_text().strip() == "zzqqx <i>odd</i>"


def test_site_search_lists_matching_answers_without_personal_data(client, ask_page):
    QuestionFactory(
        published=True,
        name="Priya Shah",
        email="priya@example.com",
        question="Does polynucleotide treatment sting?",
    )
    response = client.get("/search/", {"q": "polynucleotide"})
    section = soup(response).select_one(".search-answers")
    assert "Does polynucleotide treatment sting?" in section.get_text()
    assert b"priya@example.com" not in response.content
    assert b"Shah" not in response.content
    assert not client.get("/search/", {"q": "priya@example.com"}).content.count(b"search-answers")


# --- Published answers ------------------------------------------------------------------


def test_answers_are_listed_newest_first_and_paged(client, ask_page):
    questions = [QuestionFactory(published=True) for _ in range(12)]
    QuestionFactory()  # waiting: not shown
    QuestionFactory(status=Question.Status.REJECTED, answer="<p>No.</p>")
    response = client.get("/ask-alice/")
    titles = [a.get_text() for a in soup(response).select(".answer-card__question a")]
    assert titles == [q.question for q in reversed(questions)][:10]
    assert soup(response).select_one("a[rel=next]")["href"] == "?page=2"
    page_two = soup(client.get("/ask-alice/?page=2"))
    assert len(page_two.select(".answer-card")) == 2


def test_answers_filter_by_topic_and_search(client, ask_page):
    lips = QuestionFactory(published=True, question="Lip filler lumps?", topics=["Injectables"])
    QuestionFactory(published=True, question="Peels in summer?", topics=["Skincare"])
    QuestionFactory(published=True, question="Filler under the eyes?", topics=["Skincare"])

    def titles(**params):
        response = client.get("/ask-alice/", params)
        return [a.get_text() for a in soup(response).select(".answer-card__question a")]

    assert titles(topic="injectables") == [lips.question]
    assert sorted(titles(q="filler")) == ["Filler under the eyes?", "Lip filler lumps?"]
    assert titles(q="filler", topic="injectables") == [lips.question]


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "-1"},
        {"page": "99999999999999999999"},
        {"topic": "no-such-topic"},
        {"topic": "x" * 500},
        {"q": "' OR 1=1 --"},
        {"q": '"unclosed'},
        {"q": "<script>alert(1)</script>"},
        {"q": "x" * 5000},
        {"question": "\x00"},
    ],
)
def test_answers_page_tolerates_junk(client, ask_page, params):
    QuestionFactory(published=True)
    response = client.get("/ask-alice/", params)
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content


def test_permalink_shows_the_answer_with_qapage_json_ld(client, ask_page):
    expert = ExpertFactory(name="Dr Dev Patel", job_title="Aesthetic doctor")
    question = QuestionFactory(
        published=True,
        name="Mary O'Brien",
        anonymous=True,
        question="How long does Profhilo last?",
        answer="<p>About six months.</p>",
        answered_by=expert,
        topics=["Skin boosters"],
    )
    url = f"/ask-alice/{question.pk}/how-long-does-profhilo-last/"
    response = client.get(url)
    assert response.status_code == 200
    page = soup(response)
    assert [h.get_text() for h in page.find_all("h1")] == ["How long does Profhilo last?"]
    assert "Asked by M. O'B." in page.get_text()
    assert "Mary" not in page.get_text()
    assert page.find("link", rel="canonical")["href"] == f"http://testserver{url}"
    qa, medical_page, breadcrumbs = json_ld(response)
    assert qa["@type"] == "QAPage"
    assert qa["mainEntity"]["acceptedAnswer"]["text"] == "About six months."
    assert qa["mainEntity"]["acceptedAnswer"]["author"]["name"] == "Dr Dev Patel"
    assert qa["mainEntity"]["author"]["name"] == "M. O'B."
    assert breadcrumbs["itemListElement"][-1]["item"] == f"http://testserver{url}"


def test_permalink_redirects_to_its_canonical_slug(client, ask_page):
    question = QuestionFactory(published=True, question="Are peels safe?")
    for path in (f"/ask-alice/{question.pk}/", f"/ask-alice/{question.pk}/wrong-slug/"):
        response = client.get(path)
        assert response.status_code == 301
        assert response["Location"] == f"/ask-alice/{question.pk}/are-peels-safe/"


def test_unpublished_questions_have_no_permalink(client, ask_page):
    for question in (QuestionFactory(), QuestionFactory(status=Question.Status.REJECTED)):
        assert client.get(f"/ask-alice/{question.pk}/{question.slug}/").status_code == 404
    assert client.get("/ask-alice/99999999999999999999/x/").status_code == 404


def test_xss_is_escaped_on_public_pages_and_json_ld(client, ask_page, home_page):
    question = QuestionFactory(published=True, name=XSS, question=f"Safe? {XSS}")
    pages = [
        "/ask-alice/",
        f"/ask-alice/{question.pk}/{question.slug}/",
        "/",
        "/search/?q=safe",
    ]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        assert b"<script>alert(" not in response.content, path
    qa = json_ld(client.get(f"/ask-alice/{question.pk}/{question.slug}/"))[0]
    assert qa["mainEntity"]["text"] == f"Safe? {XSS}"
    # The hint is JSON (never HTML); the script puts it in the page as text.
    hint = client.post(SIMILAR, {"q": "safe"})
    assert hint["Content-Type"] == "application/json"
    assert hint.json()["results"][0]["question"] == f"Safe? {XSS}"


def test_asker_email_never_appears_anywhere_public(client, ask_page, home_page):
    email = "secret.asker@example.com"
    question = QuestionFactory(
        published=True, name="Secret Asker", email=email, question="Can I have filler twice?"
    )
    pages = [
        "/",
        "/ask-alice/",
        f"/ask-alice/{question.pk}/{question.slug}/",
        "/ask-alice/?q=filler",
        "/search/?q=filler",
        "/sitemap.xml",
    ]
    responses = [client.get(path) for path in pages] + [client.post(SIMILAR, {"q": "filler"})]
    for path, response in zip([*pages, SIMILAR], responses, strict=True):
        content = response.content.decode()
        assert email not in content and "secret.asker" not in content, path
        assert "Secret Asker" not in content, path
    # Searching for the address (or the name) finds nothing either.
    for query in (email, "Secret Asker"):
        assert not soup(client.get("/ask-alice/", {"q": query})).select(".answer-card")
        assert not soup(client.get("/search/", {"q": query})).select(".search-answers")
        assert client.post(SIMILAR, {"q": query}).json() == {"results": []}


def test_a_name_typed_as_an_e_mail_address_is_never_printed(client, ask_page, home_page):
    # Stored before the form refused such names, and not posted anonymously.
    question = QuestionFactory(
        published=True, name="jane.doe@leak-test.example", question="Is filler reversible?"
    )
    permalink = f"/ask-alice/{question.pk}/{question.slug}/"
    for path in ("/", "/ask-alice/", permalink):
        content = client.get(path).content.decode()
        assert "jane.doe" not in content and "leak-test" not in content, path
    qa, *_ = json_ld(client.get(permalink))
    assert qa["mainEntity"]["author"]["name"] == "Anonymous"


def test_permalinks_are_in_the_sitemap(client, ask_page):
    question = QuestionFactory(published=True, question="Are peels safe?")
    QuestionFactory(question="Waiting question?")
    content = client.get("/sitemap.xml").content.decode()
    assert f"/ask-alice/{question.pk}/are-peels-safe/</loc>" in content
    assert "waiting-question" not in content


def test_latest_answers_on_the_home_page(client, ask_page, home_page):
    question = QuestionFactory(published=True, question="Do LED masks work?")
    links = [a.get_text() for a in soup(client.get("/")).select(".home-answers a")]
    assert question.question in links


def test_similar_answers_json(client, ask_page):
    for n in range(7):
        QuestionFactory(published=True, question=f"Lip filler question {n}?")
    QuestionFactory(question="Lip filler draft?")
    data = client.post(SIMILAR, {"q": "lip filler"}).json()
    assert len(data["results"]) == 5
    assert all(item["url"].startswith("/ask-alice/") for item in data["results"])
    assert "draft" not in json.dumps(data)
    assert client.post(SIMILAR, {"q": "!!!"}).json() == {"results": []}
    assert client.post(SIMILAR).json() == {"results": []}


def test_similar_answers_take_the_draft_only_by_a_same_site_post(ask_page):
    QuestionFactory(published=True, question="Lip filler question?")
    browser = Client(enforce_csrf_checks=True)
    assert browser.get(SIMILAR, {"q": "lip filler"}).status_code == 405
    refused = browser.post(SIMILAR, {"q": "lip filler"}, HTTP_SEC_FETCH_SITE="cross-site")
    assert refused.status_code == 403
    response = browser.post(SIMILAR, {"q": "lip filler"}, HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 200 and len(response.json()["results"]) == 1


def test_similar_answers_are_rate_limited(client, ask_page):
    assert client.post(SIMILAR, {"q": "filler"}).status_code == 200
    for _ in range(SIMILAR_LOOKUPS_PER_HOUR - 1):  # the rest of the hour's allowance
        hit("ask-alice-similar", "127.0.0.1", SIMILAR_LOOKUPS_PER_HOUR, 3600)
    assert client.post(SIMILAR, {"q": "filler"}).status_code == 429


# --- Query counts -----------------------------------------------------------------------


def test_answers_page_queries_do_not_grow_with_the_page_size(
    client, ask_page, django_assert_max_num_queries
):
    expert = ExpertFactory()
    for n in range(3):
        QuestionFactory(published=True, answered_by=expert, topics=["Injectables", f"T{n}"])
    client.get("/ask-alice/")  # warm: remembered answers and fragments
    with django_assert_max_num_queries(8):
        client.get("/ask-alice/")
    cache.clear()  # cold, as after a change: everything worked out again
    with django_assert_max_num_queries(30) as few:
        client.get("/ask-alice/")
    for n in range(15):
        QuestionFactory(published=True, answered_by=ExpertFactory(), topics=[f"Topic {n}"])
    cache.clear()
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/ask-alice/")


def test_footer_callout_looks_up_the_ask_alice_page_once_per_request(rf, ask_page, home_page):
    request = rf.get("/")
    request.session = {}
    footer = Template("{% load questions_tags %}{% ask_alice_callout %}")
    with CaptureQueriesContext(connection) as queries:
        footer.render(Context({"request": request}))
        footer.render(Context({"request": request}))
    # Once, among the home page's children (the sections).
    pages = [
        q for q in queries.captured_queries if q["sql"].startswith('SELECT "wagtailcore_page"')
    ]
    assert len(pages) == 1
