import json

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from chatbot import views
from chatbot.models import Conversation, Exchange, SurveyResponse

pytestmark = pytest.mark.django_db

ASK = "/chat/api/ask/"
JSON_ENDPOINTS = [ASK, "/chat/api/feedback/", "/chat/api/survey/"]
FORM_ENDPOINTS = ["/chat/", "/chat/feedback/", "/chat/survey/"]


def ask(client, question, **extra):
    return client.post(
        ASK, json.dumps({"question": question, **extra}), content_type="application/json"
    )


def test_the_json_contract(client, chat_site, django_assert_max_num_queries):
    # The first question loads the passage index and the treatments' facts.
    with django_assert_max_num_queries(20):
        response = ask(client, "are exosomes legal in the UK?")
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {
        "answer",
        "sources",
        "handoff_url",
        "urgent",
        "outcome",
        "conversation",
        "answer_id",
    }
    assert data["urgent"] is False and data["handoff_url"] is None
    assert data["outcome"] == "answered"
    assert data["sources"][0] == {
        "title": "What's the buzz about exosomes, and are they legal in the UK?",
        "url": "/news/exosomes/#are-human-derived-exosomes-legal-in-the-uk",
        "reviewed": None,
        "review_due": None,
    }
    exchange = Exchange.objects.get(public_id=data["answer_id"])
    assert str(exchange.conversation.public_id) == data["conversation"]

    # Then a question costs the index's version, the conversation and its new exchange
    # (and whatever the site's middleware looks up for every request).
    with django_assert_max_num_queries(8):
        follow_up = ask(client, "how much do they cost?", conversation=data["conversation"])
    follow_up = follow_up.json()
    assert follow_up["conversation"] == data["conversation"]
    assert "£500 to £800" in follow_up["answer"]
    assert Conversation.objects.count() == 1


def test_off_topic_is_declined_without_a_handoff(client, chat_site):
    data = ask(client, "write me a poem about spring").json()
    assert data["sources"] == [] and data["urgent"] is False
    assert data["handoff_url"] is None and data["outcome"] == "off_topic"


def test_the_ask_alice_form_is_prefilled_from_the_handoff(client, chat_site):
    data = ask(client, "what gets rid of cellulite").json()
    assert data["outcome"] == "declined"
    page = client.get(data["handoff_url"].split("#")[0])
    assert "what gets rid of cellulite</textarea>" in page.content.decode()


# --- Cross-site posts, one-step forms ------------------------------------------------------


@pytest.mark.parametrize("path", JSON_ENDPOINTS + FORM_ENDPOINTS)
@pytest.mark.parametrize(
    "headers", [{"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}]
)
def test_a_cross_site_post_is_refused_with_the_friendly_page(chat_site, path, headers):
    client = Client(enforce_csrf_checks=True)
    response = client.post(path, {"question": "are exosomes legal?"}, headers=headers)
    assert response.status_code == 403
    assert "We couldn't take that form" in response.content.decode()
    assert not Exchange.objects.exists()


def test_the_widget_posts_from_our_own_pages_without_a_token(chat_site):
    client = Client(enforce_csrf_checks=True)
    headers = {"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}
    response = client.post(
        ASK,
        json.dumps({"question": "are exosomes legal?"}),
        content_type="application/json",
        headers=headers,
    )
    assert response.status_code == 200
    body = json.dumps({"answer_id": response.json()["answer_id"], "rating": "up"})
    feedback = client.post(
        "/chat/api/feedback/", body, content_type="application/json", headers=headers
    )
    assert feedback.status_code == 200
    assert "csrftoken" not in client.cookies


def test_every_form_works_twice_in_a_row_without_javascript(chat_site):
    """A browser without JavaScript, on our pages, with no token and no cookie."""
    client = Client(enforce_csrf_checks=True, headers={"Origin": "http://testserver"})
    for question in ["are exosomes legal in the UK?", "how much do they cost?"]:
        conversation = Conversation.objects.first()
        data = {
            "question": question,
            "conversation": conversation.public_id if conversation else "",
        }
        response = client.post("/chat/", data)
        assert response.status_code == 302, response.content
    conversation = Conversation.objects.get()
    assert conversation.exchanges.count() == 2
    exchange = conversation.exchanges.first()
    for rating in [{"rating": "up"}, {"rating": "down", "reason": "vague"}]:
        response = client.post("/chat/feedback/", {"answer_id": exchange.public_id, **rating})
        assert response.status_code == 302
    exchange.refresh_from_db()
    assert (exchange.rating, exchange.reason) == ("down", "vague")
    for _ in range(2):
        response = client.post(
            "/chat/survey/", {"conversation": conversation.public_id, "helpful": "yes"}
        )
        assert response.status_code == 302
    assert SurveyResponse.objects.get().helpful is True


def test_pressing_helpful_without_javascript_shows_it_was_pressed(client, chat_site):
    client.post("/chat/", {"question": "are exosomes legal?"})
    exchange = Exchange.objects.get()
    response = client.post("/chat/feedback/", {"answer_id": exchange.public_id, "rating": "up"})
    assert response.status_code == 302
    exchange.refresh_from_db()
    assert exchange.rating == "up"
    html = client.get(response["Location"]).content.decode()
    assert "you rated this answer helpful" in html
    assert 'value="up" aria-pressed="true">Helpful</button>' in html


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"question": ""}, "Please type a question."),
        ({"question": "   \u0000\u0007  "}, "Please type a question."),
        ({"question": "x" * 5000}, "500 characters or fewer (it has 5000)"),
        ({"question": 42}, "Please type a question."),
        ({}, "Please type a question."),
    ],
)
def test_bad_questions_are_refused_clearly(client, chat_site, body, message):
    response = client.post(ASK, json.dumps(body), content_type="application/json")
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert not Exchange.objects.exists()


@pytest.mark.parametrize("path", JSON_ENDPOINTS)
@pytest.mark.parametrize(
    "body", [b"not json", b"\xff\xfe\x00bad", b"[1, 2]", b'"text"', b"[" * 100_000]
)
def test_a_body_that_is_not_a_json_object_is_refused(client, chat_site, path, body):
    response = client.post(path, body, content_type="application/json")
    assert response.status_code == 400 and "JSON" in response.json()["error"]


@pytest.mark.parametrize(
    "question",
    [
        "<script>alert('x')</script> exosomes <b>legal</b>?",
        "exosomes'; DROP TABLE chatbot_passage; --",
        "are exosomes legal \udcff\udcfe in the uk",
        "ÃƒÂ©xosomes lÃ©gal â€” uk?",
    ],
)
def test_odd_input_is_answered_and_escaped(client, chat_site, question):
    response = ask(client, question)
    assert response.status_code == 200
    assert "<script>" not in response.json()["answer"]
    assert (
        "<script>"
        not in client.get(f"/chat/?conversation={response.json()['conversation']}").content.decode()
    )


PERSONAL = ["jo@example.com", "example.com", "07700", "900123", "1AA", "1aa", "SW1A+1AA"]


def stored_fields(exchange):
    conversation = exchange.conversation
    return " ".join(
        [
            exchange.question,
            exchange.resolved_query,
            exchange.answer_html,
            json.dumps(exchange.sources),
            exchange.handoff_url,
            exchange.nearest_title,
            exchange.nearest_url,
            conversation.topic,
            conversation.topic_source,
        ]
    )


@pytest.mark.parametrize(
    "question",
    [
        "I'm jo@example.com, 07700 900123, SW1A 1AA: is exosome legal?",
        "find a doctor near SW1A 1AA for botox, mail jo@example.com or call 07700 900123",
        "cellulite help for jo@example.com 07700 900123 SW1A 1AA",
        "write a poem for jo@example.com 07700 900123 SW1A 1AA",
        "i'm pregnant, jo@example.com 07700 900123 SW1A 1AA, can i have botox",
    ],
)
def test_every_stored_field_is_scrubbed(client, chat_site, question):
    ask(client, question)
    stored = stored_fields(Exchange.objects.get())
    assert not any(detail in stored for detail in PERSONAL), stored


def test_a_directory_question_stores_the_outcode_at_most(client, chat_site):
    data = ask(client, "find a doctor near SW1A 1AA for botox").json()
    url = "/find-a-practitioner/?postcode=SW1A&profession=doctor&treatment=anti-wrinkle-injections"
    assert [(source["title"], source["url"]) for source in data["sources"]] == [
        ("Find a Practitioner", url)
    ]
    exchange = Exchange.objects.get()
    assert exchange.sources[0]["url"] == url and "near SW1A:" in exchange.answer_html
    assert exchange.question == "find a doctor near SW1A for botox"


def test_rate_limit_from_the_setting(client, chat_site, settings):
    settings.CHATBOT_RATE_LIMIT_PER_MINUTE = 2
    assert [ask(client, "exosomes legal?").status_code for _ in range(3)] == [200, 200, 429]
    assert client.post("/chat/", {"question": "exosomes legal?"}).status_code == 429


def test_the_rate_limit_counts_an_ipv6_slash_64_as_one_visitor(chat_site, settings):
    settings.CHATBOT_RATE_LIMIT_PER_MINUTE = 2
    statuses = [
        ask(Client(REMOTE_ADDR=f"2001:db8:1:2::{n:x}"), "exosomes legal?").status_code
        for n in range(1, 4)
    ]
    assert statuses == [200, 200, 429]
    assert ask(Client(REMOTE_ADDR="2001:db8:1:3::1"), "exosomes legal?").status_code == 200


def test_thumbs_and_surveys_are_rate_limited(client, chat_site, monkeypatch):
    monkeypatch.setattr(views, "FEEDBACK_PER_MINUTE", 2)
    monkeypatch.setattr(views, "SURVEYS_PER_MINUTE", 1)
    answer_id = ask(client, "are exosomes legal?").json()["answer_id"]
    body = json.dumps({"answer_id": answer_id, "rating": "up"})
    statuses = [
        client.post("/chat/api/feedback/", body, content_type="application/json").status_code
        for _ in range(2)
    ]
    form = client.post("/chat/feedback/", {"answer_id": answer_id, "rating": "up"})
    assert statuses == [200, 200] and form.status_code == 429
    survey = json.dumps({"conversation": str(Conversation.objects.get().public_id), "skip": 1})
    api = client.post("/chat/api/survey/", survey, content_type="application/json")
    again = client.post("/chat/api/survey/", survey, content_type="application/json")
    assert api.status_code == 200 and again.status_code == 429 and "error" in again.json()
    assert client.post("/chat/survey/", {"skip": "1"}).status_code == 429


def test_dev_and_test_limits_allow_real_use():
    from tweakments.settings import dev, test

    assert dev.CHATBOT_RATE_LIMIT_PER_MINUTE >= 60 and test.CHATBOT_RATE_LIMIT_PER_MINUTE >= 60


def test_honeypot_saves_nothing(client, chat_site):
    response = ask(client, "are exosomes legal?", website="http://spam.example")
    assert response.status_code == 400 and not Exchange.objects.exists()


# --- The page without JavaScript ---------------------------------------------------------


def test_the_page_works_without_javascript(client, chat_site, django_assert_max_num_queries):
    page = client.get("/chat/")
    assert page.status_code == 200
    html = page.content.decode()
    assert html.count("<h1") == 1 and 'rel="canonical"' in html and "application/ld+json" in html
    assert "data-chat-widget" not in html  # the page itself replaces the widget
    assert "Your feedback" not in html  # no survey before an answer

    response = client.post("/chat/", {"question": "are exosomes legal in the UK?"})
    assert response.status_code == 302
    conversation = Conversation.objects.get()
    with django_assert_max_num_queries(10):
        page = client.get(response["Location"])
    html = page.content.decode()
    assert "Human-derived exosomes cannot legally be used" in html
    assert "Was the chatbot helpful in finding what you were looking for today?" in html
    assert "how your experience was" in html and "In a few words" in html
    assert f'value="{conversation.public_id}"' in html

    client.post(
        "/chat/",
        {"question": "how much do they cost?", "conversation": str(conversation.public_id)},
    )
    assert conversation.exchanges.count() == 2
    assert "£500 to £800" in client.get(response["Location"]).content.decode()


def test_head_behaves_like_get(client, chat_site):
    response = client.head("/chat/")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("junk", ["nope", "1 OR 1=1", "<b>", "0" * 200])
def test_junk_conversation_ids_start_afresh(client, chat_site, junk):
    assert client.get("/chat/", {"conversation": junk}).status_code == 200
    response = client.post("/chat/", {"question": "exosomes legal?", "conversation": junk})
    assert response.status_code == 302


def test_a_bad_question_on_the_page_is_shown_beside_the_field(client, chat_site):
    response = client.post("/chat/", {"question": "x" * 501})
    assert response.status_code == 400
    assert "500 characters or fewer" in response.content.decode()


# --- Thumbs and survey -------------------------------------------------------------------


def test_thumbs_down_with_a_reason_through_the_api(client, chat_site):
    answer_id = ask(client, "are exosomes legal?").json()["answer_id"]
    body = {"answer_id": answer_id, "rating": "down", "reason": "vague"}
    response = client.post("/chat/api/feedback/", json.dumps(body), content_type="application/json")
    assert response.json() == {"rating": "down", "reason": "vague"}
    bad = client.post(
        "/chat/api/feedback/",
        json.dumps({"answer_id": "x", "rating": "meh"}),
        content_type="application/json",
    )
    assert bad.status_code == 400


def test_the_survey_through_the_api_once_per_conversation(client, chat_site):
    conversation = ask(client, "are exosomes legal?").json()["conversation"]
    body = {
        "conversation": conversation,
        "helpful": "yes",
        "helpful_why": "Quick, mail me a@b.com",
        "use_again": "no",
        "rating": "4",
    }
    response = client.post("/chat/api/survey/", json.dumps(body), content_type="application/json")
    assert response.json() == {"thanks": "Thank you for your feedback."}
    survey = SurveyResponse.objects.get()
    assert (survey.helpful, survey.use_again, survey.rating) == (True, False, 4)
    assert "a@b.com" not in survey.helpful_why
    again = client.post("/chat/api/survey/", json.dumps(body), content_type="application/json")
    assert again.status_code == 409


def test_the_survey_without_javascript_and_skipping(client, chat_site):
    client.post("/chat/", {"question": "are exosomes legal?"})
    conversation = Conversation.objects.get()
    response = client.post(
        "/chat/survey/",
        {"conversation": conversation.public_id, "helpful": "no", "rating": "9"},
    )
    assert not SurveyResponse.objects.exists()  # 9 is not a rating: shown again
    client.post("/chat/survey/", {"conversation": conversation.public_id, "skip": "1"})
    conversation.refresh_from_db()
    assert conversation.survey_closed and not SurveyResponse.objects.exists()
    page = client.get(response["Location"]).content.decode()
    assert "Was the chatbot helpful" not in page


# --- The widget on every page ------------------------------------------------------------


def test_the_widget_adds_no_queries_no_token_and_no_cookie(django_assert_num_queries):
    request = RequestFactory().get("/")
    with django_assert_num_queries(0):
        html = render_to_string("chatbot/includes/widget.html", request=request)
    assert 'href="/chat/"' in html and "chatbot-widget.js" in html
    assert "csrfmiddlewaretoken" not in html and "data-csrf-url" not in html
    assert not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    # The panel's forms come with the panel, not with every page.
    assert 'data-panel-parts="/chat/panel-parts/"' in html and "<template" not in html


def test_the_panel_fetches_the_rating_and_survey_forms_chat_has(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/chat/panel-parts/")
    # Only the Site lookup every request makes (core/sites.py).
    assert len(queries) == 1 and "wagtailcore_site" in queries[0]["sql"]
    html = response.content.decode()
    assert response.status_code == 200 and "csrfmiddlewaretoken" not in html
    assert "<template data-chat-rating-template>" in html and 'name="reason"' in html
    assert "<template data-chat-survey-template>" in html and "In a few words" in html
    assert 'name="helpful" value="yes" id="id_helpful_0"' in html
    assert client.post("/chat/panel-parts/").status_code == 405


def test_the_token_endpoint_is_gone(client):
    assert client.get("/chat/api/csrf/").status_code == 404


def test_a_non_answer_is_a_content_gap_without_a_thumbs_down(client, chat_site):
    ask(client, "how long do exosome results last")
    ask(client, "write me a poem about spring")
    ask(client, "are exosomes legal in the UK?")
    gaps = list(Exchange.objects.gaps().values_list("question", flat=True))
    assert gaps == ["how long do exosome results last"]


def test_every_page_has_the_widget(client, chat_site):
    html = client.get(chat_site["about"].url).content.decode()
    assert html.count("data-chat-widget") == 1


def test_sources_show_their_review_on_the_page_and_in_the_json(client, chat_site):
    data = ask(client, "is botox legal in scotland").json()
    assert data["sources"][0] == {
        "title": "Anti-wrinkle injections",
        "url": "/tweakments/anti-wrinkle-injections/?nation=scotland#rules",
        "reviewed": "2026-03-03",
        "review_due": chat_site["toxin"].next_review_due.isoformat(),
    }
    assert "Reviewed March 2026" in data["answer"]
    assert not Exchange.objects.get(public_id=data["answer_id"]).review_overdue

    response = client.post("/chat/", {"question": "what should i expect 3 days after lip filler"})
    html = client.get(response["Location"]).content.decode()
    assert 'href="/tweakments/lip-filler/#aftercare-days-1-3-normal"' in html
    assert "Reviewed January 2024" in html and "Review overdue" not in html  # editors only


def test_an_answer_from_a_page_overdue_for_review_is_marked_for_editors(client, chat_site):
    data = ask(client, "how long does lip filler last").json()
    exchange = Exchange.objects.get(public_id=data["answer_id"])
    assert exchange.review_overdue
    cited = exchange.cited[0]
    assert cited["overdue"] and cited["reviewed"].isoformat() == "2024-01-10"
