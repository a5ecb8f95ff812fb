import pytest

from chatbot.answers import tidy
from chatbot.extract import (
    TREATMENT_FACTS_ANCHOR,
    Section,
    answer_sections,
    page_sections,
    searchable_sections,
    sentences,
)
from chatbot.passages import MAX_WORDS, MIN_WORDS, chunk_sections, words
from tests.chatbot.conftest import COST_SENTENCE, LEGAL_SENTENCE, WEDDING_ANSWER
from tests.questions.factories import QuestionFactory
from tests.videos.factories import VideoHubPageFactory, VideoPageFactory


def test_sentences_are_split_as_written():
    text = "It works, e.g. on lines. ‘It is illegal,’ he says. Costs £500. Done!"
    assert sentences(text) == [
        "It works, e.g. on lines.",
        "‘It is illegal,’ he says.",
        "Costs £500.",
        "Done!",
    ]


def test_article_sections_keep_headings_anchors_quotes_and_prices(chat_site):
    sections = page_sections(chat_site["article"].specific)
    by_heading = {section.heading: section for section in sections}
    legal = by_heading["Are human-derived exosomes legal in the UK?"]
    assert legal.anchor == "are-human-derived-exosomes-legal-in-the-uk"
    assert LEGAL_SENTENCE in legal.text
    assert "— Mr Tunc Tiryaki, Consultant plastic surgeon" in legal.text
    cost = by_heading["What do exosome treatments cost?"]
    assert COST_SENTENCE in cost.text
    assert "Exosome serum after microneedling: £500–£800." in cost.text
    assert sections[0].heading == "" and "newest word" in sections[0].text


def test_treatment_facts_are_linked_to_the_summary_box(chat_site):
    sections = page_sections(chat_site["treatment"].specific)
    facts = sections[0]
    assert facts.anchor == TREATMENT_FACTS_ANCHOR
    assert "Typical UK cost: £500–£1,500 a session." in facts.text
    assert "Results last: Permanent if your weight stays stable." in facts.text
    assert "also known as Cryolipolysis, CoolSculpting" in facts.text


def test_an_answer_is_its_section_with_the_question_as_heading(chat_site):
    [section] = answer_sections(chat_site["wedding"])
    assert section.heading == chat_site["wedding"].question and section.anchor == ""
    assert section.text == f"Alice Hart-Davis answers: {WEDDING_ANSWER}"


@pytest.mark.django_db
def test_a_published_question_without_an_answer_has_no_passage():
    assert answer_sections(QuestionFactory(published=True, answer="")) == []


def test_rich_text_headings_start_sections_of_their_own(home_page):
    hub = VideoHubPageFactory(parent=home_page)
    video = VideoPageFactory(
        parent=hub,
        standfirst="What clinics may use.",
        transcript="<h3>What the law allows</h3><p>In the UK, that isn&#x27;t licensed.</p>"
        "<h3>Questions to ask</h3><p>Ask where it comes from</p>",
    )
    sections = {section.heading: section.text for section in page_sections(video.specific)}
    assert sections["What the law allows"] == "In the UK, that isn't licensed."
    assert sections["Questions to ask"] == "Ask where it comes from."
    assert all(section.anchor == "" for section in page_sections(video.specific)[1:])


@pytest.mark.parametrize(
    ("sentence", "tidied"),
    [
        ("‘A proper consultation is not a formality.", "A proper consultation is not a formality."),
        (
            "It is no treatment at all.’ — Emma Whitlock",
            "It is no treatment at all. — Emma Whitlock",
        ),
        ("‘It is illegal,’ he says.", "‘It is illegal,’ he says."),
        ("You don’t need it.", "You don’t need it."),
    ],
)
def test_a_quote_cut_from_an_experts_words_loses_its_stray_quotation_mark(sentence, tidied):
    assert tidy(sentence) == tidied


def test_any_other_page_type_is_read_from_its_search_fields(chat_site):
    # StandardPage has no extractor of its own: the generic one reads its SearchFields.
    sections = searchable_sections(chat_site["about"].specific)
    assert "edited by the beauty journalist Alice Hart-Davis" in sections[0].text
    assert page_sections(chat_site["about"].specific)[0].text == sections[0].text


def test_passages_are_80_to_200_words_on_sentence_boundaries():
    text = " ".join(f"Sentence number {n} has exactly seven words." for n in range(120))
    chunks = chunk_sections([Section("Long", "long", [text])])
    assert len(chunks) > 3
    assert all(MIN_WORDS <= words(chunk.text) <= MAX_WORDS for chunk in chunks)
    assert all(chunk.text.endswith(".") for chunk in chunks)


def test_sections_are_never_merged_so_each_passage_keeps_its_anchor():
    sections = [Section("A", "a", ["Short one."]), Section("B", "b", ["word " * 90 + "end."])]
    assert [(chunk.anchor, words(chunk.text)) for chunk in chunk_sections(sections)] == [
        ("a", 2),
        ("b", 91),
    ]
