"""What the chatbot knows of a page: its text in sections, each with a heading and anchor.

The sections' own page types get an extractor that knows their fields (treatment facts,
rules box and care cards, expert quotes, price call-outs, a tracker entry's dates, the
complaints guide's routes, which are snippets); any other page type — the Video Hub's,
say — is read from the SearchFields it declares for site search, so it is covered without
code here.
"""

import html
import re
from dataclasses import dataclass, field

from django.template.defaultfilters import pluralize
from django.utils.dateformat import format as format_date
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText
from wagtail.search import index

from articles.models import ArticlePage
from core.blocks import heading_anchor
from rules.models import ComplaintsGuidePage, RuleEntryPage
from treatments.models import TreatmentPage
from treatments.taxonomy import RuleTopic
from treatments.where_you_live import SCOPE_LABELS

# The id of the "At a glance" box on treatment pages (treatments/includes/summary_box.html).
TREATMENT_FACTS_ANCHOR = "summary-box-heading"
# The "Rules where you live" box on treatment pages (rules/includes/treatment_rules_box.html).
RULES_ANCHOR = "rules"


def long_date(day):
    return format_date(day, "j F Y")


@dataclass
class Section:
    heading: str = ""
    anchor: str = ""
    parts: list[str] = field(default_factory=list)

    @property
    def text(self):
        return " ".join(part for part in self.parts if part)


def plain(html_or_text):
    """Text of rich text or a string, with block tags kept apart by spaces."""
    if isinstance(html_or_text, RichText):
        html_or_text = html_or_text.source
    text = strip_tags(str(html_or_text or "").replace("<", " <"))
    return " ".join(html.unescape(text).split())


class SectionWriter:
    """Collects text under the current heading; a new heading starts a new section."""

    def __init__(self, lead=""):
        self.sections = [Section()]
        if lead:
            self.add(lead)

    def heading(self, text, anchor=None):
        text = plain(text)
        self.sections.append(Section(text, heading_anchor(text) if anchor is None else anchor))

    def add(self, text):
        text = plain(text)
        if text:
            self.sections[-1].parts.append(text if text[-1] in ".!?…:’”'\"" else text + ".")

    def result(self):
        return [section for section in self.sections if section.text]


def _stream(writer, stream, blocks_by_type):
    for block in stream:
        handler = blocks_by_type.get(block.block_type)
        if handler is not None:
            handler(writer, block.value)
        elif is_heading(block.value):
            writer.heading(block.value["text"])
        else:
            for chunk in block.block.get_searchable_content(block.value):
                writer.add(chunk)


def is_heading(value):
    return hasattr(value, "get") and "text" in value and "level" in value


def _quote(writer, value):
    expert = value.get("expert")
    who = f" — {expert.name}" + (f", {expert.credentials}" if expert.credentials else "")
    writer.add(f"‘{plain(value['quote'])}’{who if expert else ''}")


def _prices(writer, value):
    writer.add(value.get("heading", ""))
    for row in value.get("prices", []):
        writer.add(f"{row['item']}: {row['price']}")
    writer.add(value.get("note", ""))


def _callout(writer, value):
    writer.add(value.get("heading", ""))
    writer.add(value.get("text", ""))


def _caption(writer, value):
    writer.add(value.get("caption", ""))


ARTICLE_BLOCKS = {
    "expert_quote": _quote,
    "price_callout": _prices,
    "image": _caption,
    "embed": lambda writer, value: None,
}
TREATMENT_BLOCKS = {"callout": _callout, "image": _caption}


def article_sections(page):
    writer = SectionWriter(page.standfirst)
    _stream(writer, page.body, ARTICLE_BLOCKS)
    return writer.result()


def treatment_facts(page):
    """The 'At a glance' box in sentences, labelled as the page labels them, by what each
    one states (chatbot.kinds names those that answer each kind of question)."""
    facts = {}
    if page.concern_list:
        facts["treats"] = "Treats: " + ", ".join(concern.name for concern in page.concern_list)
    if page.area_list:
        facts["areas"] = "Areas: " + ", ".join(area.name for area in page.area_list)
    cost = f"{page.price_display} a session" if page.price_display else "Ask for a quote"
    facts["cost"] = f"Typical UK cost: {cost}"
    if page.yearly_cost_display:
        months = page.repeat_every_months
        facts["yearly_cost"] = (
            f"Cost over a year: {page.yearly_cost_display} if repeated every {months} "
            f"month{pluralize(months)}"
        )
    facts["sessions"] = f"Sessions: {page.sessions}"
    downtime = page.get_downtime_display()
    facts["downtime"] = f"Downtime: {downtime}" + (
        f", {page.downtime_detail}" if page.downtime_detail else ""
    )
    if page.results_last:
        facts["duration"] = f"Results last: {page.results_last}"
    facts["pain"] = f"Pain: {page.get_pain_display()} (out of 5)"
    if page.who_can_perform:
        facts["who"] = f"Who may do it: {page.who_can_perform}"
    facts["status"] = f"UK regulatory status: {page.get_regulatory_status_display()}"
    if page.regulatory_note:
        facts["note"] = page.regulatory_note
    return facts


def treatment_sections(page):
    # The summary sits just above the facts box, so both are linked by the box's anchor.
    writer = SectionWriter()
    writer.heading("At a glance", anchor=TREATMENT_FACTS_ANCHOR)
    if page.also_known_as:
        writer.add(f"{page.title}, also known as {page.also_known_as}")
    writer.add(page.summary)
    for fact in treatment_facts(page).values():
        writer.add(fact)
    _rules_where_you_live(writer, page)
    _stream(writer, page.body, TREATMENT_BLOCKS)
    _aftercare(writer, page)
    return writer.result()


def _rules_where_you_live(writer, page):
    """The page's rules by nation, as its rules box words them (the UK status and who may
    do it are in the facts above)."""
    if not page.nation_rules:
        return
    writer.heading("Rules where you live", anchor=RULES_ANCHOR)
    for block in page.nation_rules:
        rule = block.value
        topic = RuleTopic(rule["topic"]).label
        writer.add(f"{topic} ({SCOPE_LABELS[rule['applies_in']]}): {rule['text']}")
    if page.rules_checked_on:
        writer.add(f"Rules last checked {long_date(page.rules_checked_on)}")


def _aftercare(writer, page):
    """The care cards, a section per stage: what is normal, and what needs action."""
    for stage in page.aftercare_timeline:
        writer.heading(f"After treatment: {stage.stage.label}", anchor=stage.anchor)
        for card in stage.cards:
            writer.add(f"{card.level.heading.rstrip(':')}: {' '.join(card.signs)}")


# A block of rich text: a heading, a paragraph, a list item or a quote.
RICH_TEXT_BLOCK = re.compile(r"<(h[1-6]|p|li|blockquote)\b[^>]*>(.*?)</\1>", re.DOTALL)


def _rich_text(writer, source):
    """Rich text block by block, so a heading (a video transcript's, say) starts a section
    of its own instead of running into the sentence after it. Such headings have no id on
    the page, so their sections link to the page itself."""
    blocks = RICH_TEXT_BLOCK.findall(source)
    if not blocks:
        writer.add(source)
    for tag, inner in blocks:
        if tag.startswith("h"):
            writer.heading(inner, anchor="")
        else:
            writer.add(inner)


def searchable_sections(page):
    """Any page type: the text of its indexed SearchFields, headings kept from StreamFields
    and rich text."""
    writer = SectionWriter()
    model_fields = {model_field.name: model_field for model_field in page._meta.get_fields()}
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        model_field = model_fields.get(search_field.field_name)
        value = getattr(page, search_field.field_name, None)
        if isinstance(model_field, StreamField) and value is not None:
            _stream(writer, value, ARTICLE_BLOCKS)
        elif isinstance(model_field, RichTextField):
            _rich_text(writer, value or "")
        elif isinstance(value, str):
            writer.add(value)
    return writer.result()


def rule_entry_sections(page):
    """A tracker entry: what it means, then where and when it applies. Its sources are
    linked from the page (their titles would only echo it), and the treatments it affects
    are known to chatbot.facts (a list of names would match any treatment's question)."""
    writer = SectionWriter()
    writer.heading("What it means for you", anchor="means-heading")
    writer.add(page.what_it_means)
    writer.add(f"Where it applies: {page.where}")
    writer.add(f"Stage: {page.get_stage_display()}")
    for label, day in page.key_dates:
        writer.add(f"{label}: {long_date(day)}")
    writer.add(f"Last checked at its sources on {long_date(page.last_checked)}")
    return writer.result()


def complaints_guide_sections(page):
    """ "Something went wrong?": a section per step, its routes in order."""
    writer = SectionWriter(page.introduction)
    for kind, routes in page.steps:
        writer.heading(kind.label, anchor=f"step-{kind.value}")
        for route in routes:
            writer.add(route.name)
            if route.register:
                writer.add(f"If they are on the {route.get_register_display()} register")
            if route.nation:
                writer.add(f"For clinics in {route.get_nation_display()}")
            writer.add(route.when_to_use)
            writer.add(route.how)
    return writer.result()


EXTRACTORS = {
    ArticlePage: article_sections,
    TreatmentPage: treatment_sections,
    RuleEntryPage: rule_entry_sections,
    ComplaintsGuidePage: complaints_guide_sections,
}


def page_sections(page):
    """Sections of a specific page, by its type's extractor or from its search fields."""
    extractor = EXTRACTORS.get(type(page), searchable_sections)
    return extractor(page)


def answer_sections(question):
    """A published Ask Alice answer, under its question as the heading: the question gives
    the passage its context, and only the answer can be quoted. No answer, no passage."""
    if not question.answer_text:
        return []
    writer = SectionWriter()
    writer.heading(question.question, anchor="")
    writer.add(f"{question.answerer_name} answers: {question.answer_text}")
    return writer.result()


# A sentence ends at . ! ? or … (perhaps inside a closing quote) before a capital or a quote.
SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][’”'\")]))\s+(?=[‘“'\"(A-Z0-9£])")
ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "approx.", "no.", "St.")


def sentences(text):
    """The sentences of a passage, as written (quoted word for word by answers)."""
    merged = []
    for part in SENTENCE_END.split(text):
        if merged and merged[-1].endswith(ABBREVIATIONS):
            merged[-1] = f"{merged[-1]} {part}"
        elif part.strip():
            merged.append(part.strip())
    return merged
