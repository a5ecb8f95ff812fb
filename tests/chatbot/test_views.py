import json

import pytest
from django.template.loader import render_to_string
from django.test import Client, RequestFactory

from chatbot.models import Conversation, Exchange, SurveyResponse

pytestmark = pytest.mark.django_db

ASK = "/chat/api/ask/"


def ask(client, question, **extra):
    return client.post(
        ASK, json.dumps({"question": question, **extra}), content_type="application/json"
    )


def test_the_json_contract(client, chat_site, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        response = ask(client, "are exosomes legal in the UK?")
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"answer", "sources", "handoff_url", "urgent", "conversation", "answer_id"}
    assert data["urgent"] is False and data["handoff_url"] is None
    assert data["sources"][0] == {
        "title": "What's the buzz about exosomes, and are they legal in the UK?",
        "url": "/news/exosomes/#are-human-derived-exosomes-legal-in-the-uk",
    }
    exchange = Exchange.objects.get(public_id=data["answer_id"])
    assert str(exchange.conversation.public_id) == data["conversation"]

    follow_up = ask(client, "how much do they cost?", conversation=data["conversation"]).json()
    assert follow_up["conversation"] == data["conversation"]
    assert "£500 to £800" in follow_up["answer"]
    assert Conversation.objects.count() == 1


def test_a_declined_answer_hands_off_with_no_sources(client, chat_site):
    data = ask(client, "write me a poem about spring").json()
    assert data["sources"] == [] and data["urgent"] is False
    assert data["handoff_url"] == "/ask-alice/?question=write+me+a+poem+about+spring#ask"


def test_the_ask_alice_form_is_prefilled_from_the_handoff(client, chat_site):
    data = ask(client, "write me a poem about spring").json()
    page = client.get(data["handoff_url"].split("#")[0])
    assert "write me a poem about spring</textarea>" in page.content.decode()


def test_csrf_is_required(chat_site):
    client = Client(enforce_csrf_checks=True)
    assert ask(client, "are exosomes legal?").status_code == 403
    token = client.get("/chat/api/csrf/").json()["csrf_token"]
    response = client.post(
        ASK,
        json.dumps({"question": "are exosomes legal?"}),
        content_type="application/json",
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 200


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


@pytest.mark.parametrize("body", [b"not json", b"\xff\xfe\x00bad", b"[1, 2]", b'"text"'])
def test_a_body_that_is_not_a_json_object_is_refused(client, chat_site, body):
    response = client.post(ASK, body, content_type="application/json")
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


def test_questions_are_stored_without_personal_details(client, chat_site):
    ask(client, "I'm jo@example.com, 07700 900123, SW1A 1AA: is exosome legal?")
    stored = Exchange.objects.get().question
    assert "example.com" not in stored and "07700" not in stored and "SW1A" not in stored


def test_rate_limit_from_the_setting(client, chat_site, settings):
    settings.CHATBOT_RATE_LIMIT_PER_MINUTE = 2
    assert [ask(client, "exosomes legal?").status_code for _ in range(3)] == [200, 200, 429]
    assert client.post("/chat/", {"question": "exosomes legal?"}).status_code == 429


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
    assert f'value="{conversation.public_id}"' in html

    client.post(
        "/chat/",
        {"question": "how much do they cost?", "conversation": str(conversation.public_id)},
    )
    assert conversation.exchanges.count() == 2
    assert "£500 to £800" in client.get(response["Location"]).content.decode()


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


def test_thumbs_up_without_javascript(client, chat_site):
    client.post("/chat/", {"question": "are exosomes legal?"})
    exchange = Exchange.objects.get()
    response = client.post("/chat/feedback/", {"answer_id": exchange.public_id, "rating": "up"})
    assert response.status_code == 302
    exchange.refresh_from_db()
    assert exchange.rating == "up"
    assert "you rated this answer helpful" in client.get(response["Location"]).content.decode()


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


def test_the_widget_adds_no_queries_and_no_csrf_cookie(django_assert_num_queries):
    request = RequestFactory().get("/")
    with django_assert_num_queries(0):
        html = render_to_string("chatbot/includes/widget.html", request=request)
    assert 'href="/chat/"' in html and "chatbot-widget.js" in html
    assert "csrfmiddlewaretoken" not in html
    assert not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")


def test_every_page_has_the_widget(client, chat_site):
    html = client.get(chat_site["about"].url).content.decode()
    assert html.count("data-chat-widget") == 1
