import json
from unittest import mock

import pytest
from django.test import override_settings

from chatbot import rephrase
from chatbot.answers import answer_question
from chatbot.models import Conversation, Exchange, Passage
from tests.chatbot.conftest import COST_SENTENCE, FILLERS_LAST, LEGAL_SENTENCE, WEDDING_ANSWER

pytestmark = pytest.mark.django_db

LEGAL_ANCHOR = "/news/exosomes/#are-human-derived-exosomes-legal-in-the-uk"
LIP_FILLER_FACTS = "/tweakments/lip-filler/#summary-box-heading"


def conversation_after(question):
    """A conversation (not saved) whose last question was `question`."""
    conversation = Conversation()
    answer = answer_question(question, conversation)
    conversation.topic, conversation.topic_source = answer.topic, answer.topic_source
    return conversation


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


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("how much does lip filler cost", "Typical UK cost: £250–£450 a session"),
        ("how long does lip filler last", "Results last: 6–12 months"),
        ("how long are your lips swollen after lip filler", "Lips are swollen for 2–3 days"),
        ("does lip filler hurt", "Pain: 3 – moderate, numbing cream helps"),
        ("can a beautician legally do my botox", "UK regulatory status: Prescription-only"),
        ("who can do lip filler", "Legally anyone over 18"),
        ("how many sessions of lip filler do i need", "Sessions: 1"),
        ("tell me about lip filler", "adds shape and definition to the lips"),
    ],
)
def test_a_treatment_named_is_answered_from_its_own_facts_first(chat_site, question, fact):
    answer = answer_question(question)
    assert answer.outcome == Exchange.Outcome.ANSWERED
    assert any(fact in sentence for facts in answer.facts for sentence in facts.sentences)
    assert answer.html.index(fact.split(":")[-1].strip()) < answer.html.index("not medical advice")
    assert answer.html.index("chat-answer__fact") < answer.html.find("chat-answer__quote") or (
        not answer.quotes
    )
    assert answer.sources[0]["url"].endswith("#summary-box-heading")


def test_facts_follow_a_published_change(chat_site, django_capture_on_commit_callbacks):
    page = chat_site["lip_filler"]
    page.price_from = 300
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    answer = answer_question("how much does lip filler cost")
    assert "Typical UK cost: £300–£450 a session" in answer.facts[0].sentences


def test_brand_names_a_treatment_but_are_never_quoted(chat_site):
    answer = answer_question("how long does azzalure last")
    assert answer.facts[0].title == "Anti-wrinkle injections"
    assert "Results last: 3–4 months" in answer.facts[0].sentences
    assert "Azzalure" not in answer.html and "Bocouture" not in answer.html


def test_a_quote_must_state_the_fact_asked_for(chat_site):
    # The exosome article shares words with the question but states no duration.
    answer = answer_question("how long do exosome results last")
    assert answer.outcome == Exchange.Outcome.DECLINED
    assert "our pages don't say how long it lasts" in answer.html
    assert answer.quotes == [] and answer.facts == []
    assert answer.sources, "the closest pages are offered as Read more"
    assert "Read more" in answer.html and answer.handoff_url.startswith("/ask-alice/?question=")


def test_a_sentence_under_a_heading_that_names_the_kind_states_it(chat_site):
    answer = answer_question("what are the side effects of lip filler")
    assert "Swelling, bruising, lumps and, rarely, a blocked vessel." in [
        quote.text for quote in answer.quotes
    ]


def test_an_ask_alice_passage_quotes_the_answer_never_the_question(chat_site):
    answer = answer_question("lip filler and botox on the same day before my wedding")
    quoted = " ".join(quote.text for quote in answer.quotes)
    assert WEDDING_ANSWER in quoted
    assert "Can I have lip filler and botox" not in quoted


def test_a_follow_up_is_resolved_against_the_conversation_topic(chat_site):
    conversation = conversation_after("are exosomes legal in the UK?")
    assert "exosomes" in conversation.topic.lower()
    follow_up = answer_question("how much do they cost?", conversation)
    assert "exosomes" in follow_up.resolved_query.lower()
    assert COST_SENTENCE in [quote.text for quote in follow_up.quotes]


def test_a_follow_up_keeps_the_treatment_and_nothing_else(chat_site):
    conversation = conversation_after("tell me about lip filler")
    assert (conversation.topic, conversation.topic_source) == (
        "Lip filler",
        f"page:{chat_site['lip_filler'].pk}",
    )
    answer = answer_question("and how long does it last?", conversation)
    assert answer.facts[0].title == "Lip filler"
    assert "6–12 months" in answer.html
    assert "3–4 months" not in answer.html and FILLERS_LAST not in answer.html


def test_a_follow_up_naming_another_treatment_asks_the_same_thing(chat_site):
    conversation = Conversation.objects.create()
    first = answer_question("how much is lip filler", conversation)
    conversation.exchanges.create(question="how much is lip filler", outcome=first.outcome)
    conversation.topic, conversation.topic_source = first.topic, first.topic_source
    answer = answer_question("what about botox?", conversation)
    assert answer.facts[0].title == "Anti-wrinkle injections"
    assert "Typical UK cost: £180–£350 a session" in answer.facts[0].sentences


@pytest.mark.parametrize(
    "question", ["what's the weather in leeds tomorrow", "how do i fix a leaking tap"]
)
def test_off_topic_is_declined_and_not_offered_to_ask_alice(chat_site, question):
    answer = answer_question(question)
    assert answer.outcome == Exchange.Outcome.OFF_TOPIC
    assert answer.sources == [] and answer.quotes == [] and answer.handoff_url is None
    assert "outside what this guide covers" in answer.html and "Ask Alice" not in answer.html


def test_a_question_on_our_subject_we_cant_answer_goes_to_ask_alice(chat_site):
    answer = answer_question("what gets rid of cellulite on thighs")
    assert answer.outcome == Exchange.Outcome.DECLINED
    assert answer.handoff_url.startswith("/ask-alice/?question=what+gets+rid+of+cellulite")


def test_the_handoff_carries_the_scrubbed_question(chat_site):
    answer = answer_question(
        "cellulite cream for jo@example.com", stored_question="cellulite cream for [e-mail removed]"
    )
    assert "example.com" not in answer.handoff_url
    assert "e-mail+removed" in answer.handoff_url


def test_an_emergency_gets_urgent_advice_first(chat_site):
    answer = answer_question("my skin has gone white and blotchy after filler")
    assert answer.urgent and answer.outcome == Exchange.Outcome.URGENT
    assert answer.html.index("practitioner who treated you") < answer.html.index("not medical")
    assert "NHS 111" in answer.html and "A&amp;E" in answer.html


def test_an_emergency_comes_before_the_safety_rules(chat_site):
    answer = answer_question("i injected botox myself and now i can't see properly")
    assert answer.urgent and answer.outcome == Exchange.Outcome.URGENT


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


def test_the_directory_link_keeps_the_treatment(chat_site):
    answer = answer_question(
        "Find someone near M1 1AE for botox", stored_question="Find someone near M1 for botox"
    )
    assert answer.sources[0]["url"] == (
        "/find-a-practitioner/?postcode=M1&treatment=anti-wrinkle-injections"
    )


def test_after_a_practitioner_search_and_for_botox_keeps_the_place(chat_site):
    conversation = conversation_after("find a nurse near Leeds")
    answer = answer_question("and for botox?", conversation)
    assert answer.outcome == Exchange.Outcome.DIRECTORY
    assert answer.sources[0]["url"] == (
        "/find-a-practitioner/?postcode=Leeds&profession=nurse-prescriber"
        "&treatment=anti-wrinkle-injections"
    )


def test_no_directory_link_for_someone_under_18(chat_site):
    answer = answer_question("i'm 16, find me a clinic near Leeds for a facial")
    assert answer.outcome != Exchange.Outcome.DIRECTORY
    assert "find-a-practitioner" not in answer.html


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
