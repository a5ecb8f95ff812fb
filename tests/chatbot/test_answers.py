import json
from unittest import mock

import pytest
from django.test import override_settings

from chatbot import rephrase
from chatbot.answers import answer_question
from chatbot.models import Conversation, Exchange, Passage
from tests.chatbot.conftest import (
    COST_SENTENCE,
    ENGLAND_AGE,
    FILLERS_LAST,
    LEGAL_SENTENCE,
    LIPS_DAY_0_999,
    LIPS_DAY_0_NORMAL,
    LIPS_DAYS_1_3_NORMAL,
    SCOTLAND_PREMISES,
    TOXIN_REVIEWED,
    WEDDING_ANSWER,
)

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
    assert answer.sources[0]["reviewed"] is None  # an article without a medical review
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
    assert [(source["title"], source["url"]) for source in answer.sources] == [
        ("Find a Practitioner", "/find-a-practitioner/?postcode=Leeds&profession=doctor")
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


# --- Medical review, UK rules where you live, aftercare and complaints -------------------


def conversation_of(*questions):
    """A saved conversation in which `questions` were asked, in order."""
    conversation = Conversation.objects.create()
    for question in questions:
        answer = answer_question(question, conversation)
        conversation.exchanges.create(question=question, outcome=answer.outcome)
        conversation.topic, conversation.topic_source = answer.topic, answer.topic_source
    return conversation


def test_sources_carry_their_review_date(chat_site):
    answer = answer_question("how long does botox last")
    assert answer.sources[0]["url"] == "/tweakments/anti-wrinkle-injections/#summary-box-heading"
    assert answer.sources[0]["reviewed"] == TOXIN_REVIEWED.isoformat()
    assert answer.sources[0]["review_due"] == chat_site["toxin"].next_review_due.isoformat()
    assert "Reviewed March 2026" in answer.html
    # An overdue page is still used, and its date shown as it is.
    overdue = answer_question("how long does lip filler last")
    assert overdue.facts[0].title == "Lip filler" and "Reviewed January 2024" in overdue.html


def test_is_it_legal_in_a_nation_answers_from_its_rules_there(chat_site):
    answer = answer_question("is lip filler legal in Scotland?")
    assert answer.outcome == Exchange.Outcome.ANSWERED
    rules = answer.facts[0]
    assert rules.title == "Lip filler in Scotland"
    assert ("Where it may be done", SCOTLAND_PREMISES) in rules.points
    assert ("Who may do it", "Legally anyone over 18; choose a medical professional.") in (
        rules.points
    )
    assert "Filler is a medical device, not a medicine." in rules.sentences
    # England's law is not Scotland's: its age rule and the note's English sentence are left out.
    assert ENGLAND_AGE not in answer.html and "In England, since 2021" not in answer.html
    assert answer.sources[0]["url"] == "/tweakments/lip-filler/?nation=scotland#rules"
    assert [(item.label, item.link) for item in rules.items] == [
        ("Scotland's Non-surgical Procedures Act 2026", "/uk-rules/scotland-act/")
    ]
    assert "Passed, not yet in force, 12 May 2026" in answer.html
    assert "Rules last checked 7 December 2026" in answer.html
    assert answer.quotes == []


def test_can_a_beautician_do_it_in_wales(chat_site):
    answer = answer_question("can a beautician do botox in wales")
    assert answer.facts[0].title == "Anti-wrinkle injections in Wales"
    assert answer.facts[0].link == "/tweakments/anti-wrinkle-injections/?nation=wales#rules"
    assert "A prescriber must assess you face to face" in answer.html
    assert SCOTLAND_PREMISES not in answer.html
    # No tracker entry covers Wales here.
    assert answer.facts[0].items == []


def test_a_nation_follow_up_keeps_the_treatment_and_the_question(chat_site):
    conversation = conversation_of("is botox legal in scotland")
    answer = answer_question("and in Wales?", conversation)
    assert answer.facts[0].title == "Anti-wrinkle injections in Wales"
    conversation.exchanges.create(question="and in Wales?", outcome=answer.outcome)
    # Then another treatment: the same question, in the nation last named.
    answer = answer_question("what about lip filler", conversation)
    assert answer.facts[0].title == "Lip filler in Wales"


def test_a_nation_is_not_a_place_for_the_directory(chat_site):
    answer = answer_question("who can do botox in scotland")
    assert answer.outcome == Exchange.Outcome.ANSWERED
    assert answer.facts[0].title == "Anti-wrinkle injections in Scotland"


def test_under_18_and_safety_rules_stay_first(chat_site):
    answer = answer_question("can a 16 year old get lip filler in scotland")
    assert answer.outcome == Exchange.Outcome.SAFETY
    assert answer.facts == []  # the page gives no age rule for Scotland
    # Then the treatment's own age rules, from its rules box, after the law.
    everywhere = answer_question("i'm 16 can i get lip filler")
    assert everywhere.outcome == Exchange.Outcome.SAFETY
    assert everywhere.facts[0].title == "Lip filler: age limits"
    assert everywhere.facts[0].points == [("In England", ENGLAND_AGE)]
    assert everywhere.html.index("illegal in England") < everywhere.html.index("age limits")
    assert everywhere.sources[0]["url"] == "/tweakments/lip-filler/?nation=england#rules"
    assert "find-a-practitioner" not in everywhere.html
    answer = answer_question("can i buy botox online in wales to do myself")
    assert answer.outcome == Exchange.Outcome.SAFETY and answer.facts == []


def test_what_to_expect_days_after_treatment_links_the_care_cards(chat_site):
    answer = answer_question("what should i expect 3 days after lip filler")
    care = answer.facts[0]
    assert care.title == "Lip filler: Days 1 to 3" and care.complete
    assert [(item.label, item.link) for item in care.items] == [
        ("What is normal", "/tweakments/lip-filler/#aftercare-days-1-3-normal"),
        (
            "Contact your practitioner the same day if you have",
            "/tweakments/lip-filler/#aftercare-days-1-3-practitioner",
        ),
    ]
    assert care.items[0].text == LIPS_DAYS_1_3_NORMAL
    assert answer.sources[0]["url"] == "/tweakments/lip-filler/#aftercare-days-1-3"
    assert answer.quotes == []
    assert 'href="/tweakments/lip-filler/#aftercare-days-1-3-normal"' in answer.html


def test_is_a_symptom_normal_answers_from_the_card_that_names_it(chat_site):
    answer = answer_question("is it normal to have bruising after lip filler")
    care = answer.facts[0]
    assert care.title == "Lip filler: Day 0: the day of treatment"
    assert [item.text for item in care.items] == [LIPS_DAY_0_NORMAL]
    # The downtime fact of the At a glance box follows.
    assert answer.facts[1].heading == "At a glance"
    assert "Lips are swollen for 2–3 days" in answer.html


def test_an_urgent_answer_links_the_matching_care_card(chat_site):
    answer = answer_question("part of my lip went white after lip filler")
    assert answer.urgent and answer.outcome == Exchange.Outcome.URGENT
    assert answer.html.index("practitioner who treated you") < answer.html.index(LIPS_DAY_0_999)
    assert answer.sources[0]["url"] == "/tweakments/lip-filler/#aftercare-day-0"
    assert 'href="/tweakments/lip-filler/#aftercare-day-0-999"' in answer.html
    # Without a treatment named, the urgent advice alone.
    plain = answer_question("my skin has gone white and blotchy after my treatment")
    assert plain.urgent and plain.facts == []


def test_how_to_complain_gives_the_guides_steps_in_order(chat_site):
    answer = answer_question("how do i complain about my injector")
    guide = answer.facts[0]
    assert guide.ordered and guide.link == "/something-went-wrong/"
    assert [item.label for item in guide.items] == [
        "Talk to the practitioner",
        "Their professional regulator",
        "Report the product or side effect",
        "The body that registers the clinic",
    ]
    assert guide.items[0].text == (
        "The practitioner or clinic. Tell them what happened as soon as you can."
    )
    assert guide.items[1].link == "/something-went-wrong/#step-2"
    assert "General Medical Council (GMC); Nursing and Midwifery Council (NMC)" in answer.html
    assert answer.sources[0]["url"] == "/something-went-wrong/"


def test_a_profession_or_nation_narrows_the_routes(chat_site):
    nurse = answer_question("how do i report a nurse who did my filler in scotland")
    steps = {item.label: item.text for item in nurse.facts[0].items}
    assert steps["Their professional regulator"].startswith("Nursing and Midwifery Council")
    assert "Healthcare Improvement Scotland" in steps["The body that registers the clinic"]
    assert "General Medical Council" not in nurse.html and "Care Quality" not in nurse.html
