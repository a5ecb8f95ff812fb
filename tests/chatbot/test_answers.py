import json
from unittest import mock

import pytest
from django.test import override_settings

from chatbot import rephrase
from chatbot.answers import answer_question
from chatbot.models import Conversation, Exchange, Passage
from tests.chatbot.conftest import COST_SENTENCE, LEGAL_SENTENCE

pytestmark = pytest.mark.django_db

LEGAL_ANCHOR = "/news/exosomes/#are-human-derived-exosomes-legal-in-the-uk"


def test_an_answer_quotes_our_pages_word_for_word_with_links(chat_site):
    answer = answer_question("are exosomes legal in the UK?")
    assert answer.outcome == Exchange.Outcome.ANSWERED and not answer.urgent
    assert answer.sources[0]["url"] == LEGAL_ANCHOR
    assert set(answer.sources[0]) == {"title", "url"}
    assert 1 <= len(answer.quotes) <= 3
    texts = list(Passage.objects.values_list("text", flat=True))
    assert all(any(quote.text in text for text in texts) for quote in answer.quotes)
    assert LEGAL_SENTENCE in [quote.text for quote in answer.quotes]
    assert f'href="{LEGAL_ANCHOR}"' in answer.html
    assert "Read more" in answer.html
    assert "not medical advice" in answer.html
    assert answer.handoff_url is None


def test_a_follow_up_is_resolved_against_the_conversation_topic(chat_site):
    conversation = Conversation()
    first = answer_question("are exosomes legal in the UK?", conversation)
    conversation.topic, conversation.topic_source = first.topic, first.topic_source
    assert "exosomes" in conversation.topic.lower()
    follow_up = answer_question("how much do they cost?", conversation)
    assert "exosomes" in follow_up.resolved_query.lower()
    assert COST_SENTENCE in [quote.text for quote in follow_up.quotes]


@pytest.mark.parametrize(
    "question", ["what's the weather in leeds tomorrow", "how do i fix a leaking tap"]
)
def test_off_topic_is_declined_with_the_question_handed_to_ask_alice(chat_site, question):
    answer = answer_question(question)
    assert answer.outcome == Exchange.Outcome.DECLINED
    assert answer.sources == [] and answer.quotes == []
    assert answer.handoff_url.startswith("/ask-alice/?question=")
    assert "leaking" in answer.handoff_url or "weather" in answer.handoff_url
    assert "Ask Alice" in answer.html and "not medical advice" in answer.html


def test_the_handoff_carries_the_scrubbed_question(chat_site):
    answer = answer_question("poem for jo@example.com", stored_question="poem for [e-mail removed]")
    assert "example.com" not in answer.handoff_url
    assert "e-mail+removed" in answer.handoff_url


def test_an_emergency_gets_urgent_advice_first(chat_site):
    answer = answer_question("my skin has gone white and blotchy after filler")
    assert answer.urgent and answer.outcome == Exchange.Outcome.URGENT
    assert answer.html.index("practitioner who treated you") < answer.html.index("not medical")
    assert "NHS 111" in answer.html and "A&amp;E" in answer.html


def test_a_practitioner_search_links_to_the_directory_with_the_place(chat_site):
    answer = answer_question("can you recommend a doctor near Leeds?")
    assert answer.outcome == Exchange.Outcome.DIRECTORY
    assert answer.sources == [
        {
            "title": "Find a Practitioner",
            "url": "/find-a-practitioner/?postcode=Leeds&profession=doctor",
        }
    ]
    assert "near Leeds" in answer.html


def test_a_treatment_fact_is_quoted_from_the_summary_box(chat_site):
    answer = answer_question("how much does coolsculpting cost")
    assert answer.sources[0]["url"] == "/tweakments/fat-freezing/#summary-box-heading"
    assert "Typical UK cost of Fat freezing: £500–£1,500 a session." in [
        quote.text for quote in answer.quotes
    ]


def test_an_empty_index_declines(home_page):
    assert answer_question("are exosomes legal?").outcome == Exchange.Outcome.DECLINED


class FakeResponse:
    def __init__(self, text):
        self.body = json.dumps({"choices": [{"message": {"content": text}}]}).encode()

    def read(self, *args):
        return self.body

    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


@override_settings(CHATBOT_LLM_BASE_URL="http://llm.test/v1", CHATBOT_LLM_MODEL="m")
@pytest.mark.parametrize(
    ("reply", "kept"),
    [("They are not allowed here [1].", True), ("They are fine [4].", False), ("No cites.", False)],
)
def test_the_optional_rephraser_must_cite_only_the_quotes(chat_site, reply, kept):
    with mock.patch.object(rephrase.urllib.request, "urlopen", return_value=FakeResponse(reply)):
        answer = answer_question("are exosomes legal in the UK?")
    assert (reply in answer.html) is kept
    assert LEGAL_SENTENCE in answer.html  # the quotes are always shown


def test_the_rephraser_is_off_by_default(chat_site):
    with mock.patch.object(rephrase.urllib.request, "urlopen") as urlopen:
        answer_question("are exosomes legal in the UK?")
    urlopen.assert_not_called()
