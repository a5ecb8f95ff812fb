"""Turning a visitor's question into an answer from our own pages.

Order matters. An emergency is answered with urgent-care advice before anything else.
Then the safety rules, before any retrieval (chatbot.safety): under-18s, injecting
yourself or buying injectables, what a GP, midwife or pharmacist should answer, brand
recommendations. A practitioner search goes to the directory; a question outside our
subject is declined without an Ask Alice hand-off.

Everything else is answered from what the pages state. A question asks about something
(chatbot.kinds: the cost, how long it lasts, whether it is legal, what is normal after it,
where to complain…), may name treatments (chatbot.facts) and a nation (chatbot.nations).
What pages state in fields comes first: a treatment's "At a glance" facts, its rules in
the nation asked about, its care cards for the time or symptom asked about
(chatbot.care), the complaints guide's steps (chatbot.complaints). Then at most a few
sentences, quoted word for word, that state what was asked. If nothing states it, the
answer says so, offers the closest pages and hands the question to Ask Alice. Every
source carries its page's medical review date.
"""

import re
from dataclasses import dataclass, field
from itertools import groupby
from urllib.parse import parse_qsl, urlencode

from django.template.loader import render_to_string

from core.nations import DEFAULT_NATION, Nation
from practitioners.models import DirectoryPage, Profession
from questions.models import AskAlicePage
from treatments.taxonomy import RuleTopic

from . import care, complaints, embeddings, rephrase, safety
from .extract import long_date, sentences
from .facts import current_treatments, named_in
from .kinds import COMPLAIN, EXPECT, KINDS, SUITS, WHAT, WHO, kinds_of
from .models import Exchange
from .nations import is_about_another_nation, nation_in
from .retrieval import aspect_terms, current_index, expand, term_groups, terms

# Tuned on tests/chatbot/evaluation.py (the benchmark prints the effect).
ANSWER_THRESHOLD = 0.40
MIN_COVERAGE = 0.15
# A question that names no treatment and asks no kind of fact must share more of its words
# with the page: "do teeth whitening kits work" is not answered by a line on teeth grinding.
MIN_GENERAL_COVERAGE = 0.40
SOURCE_RATIO = 0.7
MAX_QUOTES = 3
MAX_QUOTES_AFTER_FACTS = 2
MAX_SOURCES = 3
QUOTE_RATIO = 0.85
# How a sentence is scored: its meaning against the question's, the share of the question
# it (with its heading) covers, what it adds to its heading, and its passage's relevance.
SEMANTIC, COVERED, ANSWERED, RELEVANCE = 0.45, 0.25, 0.15, 0.15
# Asked what something is, a sentence that opens with it ("Vitamin C is…") defines it;
# a sentence under a heading that names what was asked ("Risks and side effects") states it.
DEFINES, UNDER_HEADING = 0.15, 0.1
# Passages the search did not rank: of a named treatment's page, and of pages that
# discuss it.
SUBJECT_RELEVANCE, DISCUSSED_RELEVANCE = 0.5, 0.3
MIN_QUOTE_WORDS = 4
SEARCH_LIMIT = 8
# Tracker entries listed with a treatment's rules in a nation.
MAX_ENTRIES = 3

FOLLOW_UP = re.compile(
    r"^\s*(and|but|also|so|what about|how about|then|ok|okay)\b"
    r"|\b(it|its|it's|they|them|their|theirs|this|that|these|those|one|ones)\b",
    re.IGNORECASE,
)
FIND_SOMEONE = re.compile(
    r"\b(doctors?|practitioners?|clinics?|nurses?|dentists?|injectors?|surgeons?|"
    r"dermatologists?|prescribers?|someone|somebody|aesthetician|who can|who does)\b",
    re.IGNORECASE,
)
PLACE = re.compile(
    r"\b(?:near|in|around|close to|nearby|based in|local to)\s+"
    r"(?P<place>[A-Za-z]{1,2}\d[A-Za-z\d]?(?:\s*\d[A-Za-z]{2})?|[A-Za-z][\w'-]+(?:\s+[A-Z][\w'-]+)?)",
)
SEARCH_INTENT = re.compile(
    r"\b(find|recommend\w*|near|nearby|local|where|looking for|book|good|best|who can|who does)\b",
    re.IGNORECASE,
)
NEAR_ME = re.compile(r"\b(near me|nearby|local to me|in my area|round here)\b", re.IGNORECASE)
NOT_PLACES = {
    "me",
    "my",
    "the",
    "uk",
    "britain",
    *(nation.label.lower() for nation in Nation),
    "northern",
    "ireland",
    "a",
    "an",
    "general",
    "order",
    "person",
    "your",
    "this",
    "that",
    "total",
    "practice",
    "advance",
    "future",
}
PROFESSION_WORDS = {
    "doctor": Profession.DOCTOR,
    "dermatologist": Profession.DERMATOLOGIST,
    "surgeon": Profession.PLASTIC_SURGEON,
    "dentist": Profession.DENTIST,
    "nurse": Profession.NURSE_PRESCRIBER,
}
# A conversation whose last search was the directory keeps the search as its topic.
DIRECTORY_TOPIC = "directory"

# Words of a question that say what it asks, not what about: "how long", "how often"; and
# the words for who treats you, which every page is about ("a dodgy aesthetics clinic").
ASKING = frozenset(
    terms(
        "long often many sessions time take work need old age young aftercare avoid good best "
        "clinic practitioner injector aesthetic aesthetics"
    )
)
# Sentences that say nothing themselves: signposts to the rest of the page, questions,
# and the list of other names (brand names among them) that opens a treatment's facts.
SIGNPOST = re.compile(
    r"^(here'?s|here is|read on|in this (article|guide)|we (look|explain|ask)|find out|"
    r"let'?s|this (article|guide))\b|\?[’'\"”]?$|\balso known as\b",
    re.IGNORECASE,
)
# Brand names of prescription-only toxins: never quoted to the public.
TOXIN_BRANDS = re.compile(
    r"\b(azzalure|bocouture|dysport|xeomin|letybo|alluzience|relfydess|nuceiva)\b", re.IGNORECASE
)
CLOSING_MARK = re.compile(r"[’”](?![A-Za-z])")
# Who said it, not what it states: the expert's name after a quote ("— Dr Sarah Okafor,
# Aesthetic doctor") and before an Ask Alice answer ("Dr Dev Patel answers: …").
ATTRIBUTION = re.compile(r"\s+—\s+[^—]*$|^[^:.]{1,80} answers: ")


@dataclass
class Quote:
    text: str
    title: str
    link: str
    reviewed: object = None  # the date of its page's last medical review, if any


@dataclass
class Item:
    """One line of facts with a link of its own: a care card, a guide's step, a tracker entry."""

    label: str
    text: str
    link: str


@dataclass
class Facts:
    """What a page states in its own fields that answers the question: a named treatment's
    "At a glance" facts, its rules in a nation or its care cards, or the complaints
    guide's steps. `complete`: they say all that was asked, so no quote follows."""

    title: str  # what they are about: "Lip filler", "Lip filler in Wales"
    page: str  # the page they are from, as cited
    heading: str  # the part of the page linked: "At a glance"
    link: str
    sentences: list = field(default_factory=list)
    points: list = field(default_factory=list)  # (label, text): a rule per topic or nation
    items: list = field(default_factory=list)
    items_heading: str = ""
    reviewed: object = None
    review_due: object = None
    note: str = ""
    complete: bool = False
    ordered: bool = False  # the items are steps to take in order

    @property
    def section(self):
        return section_of(self.page, self.heading, self.link, self.reviewed, self.review_due)


@dataclass
class Answer:
    html: str = ""
    sources: list = field(default_factory=list)
    handoff_url: str | None = None
    urgent: bool = False
    outcome: str = Exchange.Outcome.ANSWERED
    resolved_query: str = ""
    top_score: float = 0.0
    nearest: tuple = ("", "")
    topic: str = ""
    topic_source: str = ""
    facts: list = field(default_factory=list)
    quotes: list = field(default_factory=list)


def ask_alice_url(question, request=None):
    page = AskAlicePage.objects.live().first()
    if page is None:
        return None
    return f"{page.get_url(request)}?{urlencode({'question': question})}#ask"


def place_in(question):
    match = PLACE.search(question)
    place = match.group("place").strip() if match else ""
    return "" if place.lower() in NOT_PLACES else place


def directory_search(question, treatments):
    """The directory's query for what the question asks: place, profession, treatment."""
    search = {}
    if place := place_in(question):
        search["postcode"] = place
    for word, profession in PROFESSION_WORDS.items():
        if re.search(rf"\b{word}s?\b", question, re.IGNORECASE):
            search["profession"] = profession.value
            break
    if named := named_in(question, treatments):
        search["treatment"] = named[0].slug
    return search


def is_directory_search(question, search):
    """Someone to treat you, and where: a place, or "near me"."""
    wants = FIND_SOMEONE.search(question) and SEARCH_INTENT.search(question)
    return bool(wants and ("postcode" in search or NEAR_ME.search(question)))


def directory_link(question, treatments, previous=None, request=None):
    """The practitioner directory for a search, or None if the question isn't one.

    `previous` is the last directory search of the conversation: a follow-up ("and for
    botox?") keeps its place and changes what it names. The question is the stored one,
    so a postcode is at most its outcode. Never for someone under 18.
    """
    if safety.is_about_a_minor(question):
        return None
    search = directory_search(question, treatments)
    if previous is not None and is_follow_up(question) and not kinds_of(question):
        search = {**previous, **search}
    elif not is_directory_search(question, search):
        return None
    page = DirectoryPage.objects.live().first()
    if page is None:
        return None
    url = page.get_url(request) + (f"?{urlencode(search)}" if search else "")
    return {"url": url, "title": page.title, "place": search.get("postcode", ""), "search": search}


def is_follow_up(question):
    return bool(FOLLOW_UP.search(question)) and len(terms(question)) <= 6


def topic_of(question, hit):
    """What a follow-up is about: the question's words in the best page's title or heading,
    less the aspect asked about ("legal", "cost"), so "and the price?" keeps the subject."""
    context = set(terms(f"{hit.passage.title} {hit.passage.heading}"))
    aspects = aspect_terms()
    chosen = []
    for word in re.findall(r"[\w'’-]+", question):
        term = next(iter(terms(word)), None)
        if term in context and term not in aspects and word not in chosen:
            chosen.append(word)
    return " ".join(chosen[:3]) or hit.passage.title


def tidy(sentence):
    """A sentence cut from an expert's quote without its other half's quotation mark."""
    if sentence.startswith(("‘", "“")) and not CLOSING_MARK.search(sentence):
        sentence = sentence[1:]
    closing = CLOSING_MARK.search(sentence)
    if closing and not re.search("[‘“]", sentence[: closing.start()]):
        sentence = sentence[: closing.start()] + sentence[closing.end() :]
    return sentence


def is_quotable(sentence):
    return (
        len(sentence.split()) >= MIN_QUOTE_WORDS
        and not SIGNPOST.search(sentence)
        and not TOXIN_BRANDS.search(sentence)
    )


def is_about(subjects, passage, claim, strictly=False):
    """The sentence is about a named treatment: on its page, naming it (or under a
    heading or title that does), or, unless `strictly`, on a page that discusses it.
    Strictly is for when its own facts are shown: "6–18 months" for fillers in general
    must not follow lip filler's own "6–12 months"."""
    context = f"{passage.title} {passage.heading} {claim}"
    return any(
        passage.source_key == subject.source_key
        or subject.is_named_in(context)
        or (not strictly and passage.source_key in subject.discussed_in)
        for subject in subjects
    )


def candidate_passages(hits, index, subjects):
    """(relevance, passage) of the best hits, then the other passages of the treatments
    named and of the pages that discuss them. Relevance is the hit's score as a share of
    the best one's."""
    best = hits[0].score if hits and hits[0].score > 0 else 1.0
    passages = [(hit.score / best, hit.passage) for hit in hits]
    seen = {passage.row for _, passage in passages}
    for subject in subjects:
        sources = [(SUBJECT_RELEVANCE, subject.source_key)]
        sources += [(DISCUSSED_RELEVANCE, key) for key in sorted(subject.discussed_in)]
        for relevance, key in sources:
            for passage in index.by_source.get(key, []):
                if passage.row not in seen:
                    seen.add(passage.row)
                    passages.append((relevance, passage))
    return passages


def topic_terms(query, kinds, subjects):
    """What a sentence must be about, besides stating what was asked: the question's words
    that neither ask ("how long", "safe") nor name a treatment. Without a treatment named,
    "exosome" in "how long do exosome results last"; with one, only for whom it suits:
    "cold sores" in "can I have lip filler if I get cold sores". Empty: no such rule."""
    if not kinds or (subjects and SUITS not in kinds):
        return set()
    named = {term for subject in subjects for name in subject.names for term in name}
    # The words of what it asks, alone ("safe") or in a phrase ("warning signs").
    asking = {
        term
        for kind in KINDS
        for match in kind.asks.finditer(query)
        for term in terms(match.group())
    }
    asking |= {term for term in terms(query) if any(kind.asks.search(term) for kind in KINDS)}
    return set(terms(query)) - aspect_terms() - ASKING - named - asking


def pick_quotes(
    hits, query, query_vector, index, kinds=(), subjects=(), focus=None, shown=(), nation=None
):
    """The best sentences that state what was asked, as written on the page.

    A sentence is read in its passage's context: words of the page title or heading count
    for it, and it earns a bonus for the words that context does not give (the part of the
    question it answers: "cost", "pain"); its passage's own relevance counts too. With
    named treatments, only sentences about them count; with kinds, only sentences that
    state one; with a nation, none about another nation. For a follow-up, `focus` is the
    new question alone. Sentences already `shown` as facts are left out.
    """
    topic = topic_terms(query, kinds, subjects)
    candidates = []
    for relevance, passage in candidate_passages(hits, index, subjects):
        for sentence in sentences(passage.text):
            sentence = tidy(sentence)
            claim = ATTRIBUTION.sub("", sentence)
            if not is_quotable(sentence) or sentence.rstrip(".") in shown:
                continue
            if subjects and not is_about(subjects, passage, claim, strictly=bool(shown)):
                continue
            if kinds and not any(kind.stated_by(claim, passage.heading) for kind in kinds):
                continue
            if topic and not topic & set(terms(f"{passage.title} {passage.heading} {claim}")):
                continue
            if nation and is_about_another_nation(f"{passage.heading} {claim}", nation):
                continue
            candidates.append((relevance, passage, sentence, claim))
    if not candidates:
        return []
    vectors = embeddings.embed([claim for *_, claim in candidates])
    semantic = vectors @ query_vector
    groups = term_groups(query)
    focus_groups = term_groups(focus) if focus else groups
    if kinds:
        # Every candidate states what was asked ("how much": a price), in its own words.
        focus_groups = [group for group in focus_groups if group.key is not None]
    weight = sum(index.group_weight(group) for group in groups) or 1.0
    asked = set(terms(focus or query))
    scored = []
    for n, (relevance, passage, sentence, claim) in enumerate(candidates):
        words = terms(claim)
        present = set(words)
        context = set(terms(f"{passage.title} {passage.heading}"))
        covered = sum(index.group_weight(g) for g in groups if g & (present | context))
        own = [g for g in focus_groups if not g & context]
        # A passage whose heading already says all that was asked (an answer under its
        # question) leaves nothing for the sentence to add.
        answered = 1.0
        if own:
            own_weight = sum(index.group_weight(g) for g in own) or 1.0
            answered = sum(index.group_weight(g) for g in own if g & present) / own_weight
        score = (
            SEMANTIC * float(semantic[n])
            + COVERED * covered / weight
            + ANSWERED * answered
            + RELEVANCE * relevance
        )
        if WHAT in kinds and asked & set(words[:2]):
            score += DEFINES
        if any(kind.heading and kind.heading.search(passage.heading) for kind in kinds):
            score += UNDER_HEADING
        scored.append((score, n, passage, sentence))
    scored.sort(key=lambda item: -item[0])
    best = scored[0][0]
    limit = MAX_QUOTES_AFTER_FACTS if shown else MAX_QUOTES
    # The same words on two pages (a rule shared by two treatments) are quoted once.
    strong = {item[3]: item for item in reversed(scored) if item[0] >= QUOTE_RATIO * best}
    chosen = sorted(strong.values(), key=lambda item: -item[0])[:limit]
    chosen.sort(key=lambda item: (item[2].row, item[1]))  # reading order
    return [
        Quote(sentence, passage.title, passage.link, passage.last_reviewed)
        for _, _, passage, sentence in chosen
    ]


def section_of(title, heading, url, reviewed=None, review_due=None):
    """A page (or part of one) an answer cites, with its medical review dates if it has any."""
    return {
        "title": title,
        "heading": heading,
        "url": url,
        "reviewed": reviewed,
        "review_due": review_due,
    }


def page_of(url):
    return url.split("#")[0].split("?")[0]


def read_more(hits, quotes=(), first=()):
    """One section per page, best first: `first`, then the pages quoted, then those of
    other strong hits. A heading is named only where the link goes to it."""
    quoted = {quote.link for quote in quotes}
    sections = list(first)
    pages = {page_of(section["url"]) for section in sections}
    cited = [hit for hit in hits if hit.passage.link in quoted]
    for hit in cited + [hit for hit in hits if hit not in cited]:
        passage = hit.passage
        strong = hit.score >= SOURCE_RATIO * hits[0].score
        if passage.url not in pages and (strong or passage.link in quoted):
            pages.add(passage.url)
            heading = passage.heading if passage.anchor else ""
            sections.append(
                section_of(
                    passage.title,
                    heading,
                    passage.link,
                    passage.last_reviewed,
                    passage.next_review_due,
                )
            )
    return sections[:MAX_SOURCES]


def iso(day):
    return day.isoformat() if day else None


def as_sources(sections):
    """The API's (and the stored exchange's) sources: a title, a URL and, for a health
    page or answer, when it was last reviewed and when its next review is due (ISO dates;
    None for other pages)."""
    return [
        {
            "title": section["title"],
            "url": section["url"],
            "reviewed": iso(section["reviewed"]),
            "review_due": iso(section["review_due"]),
        }
        for section in sections
    ]


def render(kind, **context):
    return render_to_string("chatbot/includes/answer.html", {"kind": kind, **context})


def decline(question, answer, request=None, reason="weak", sections=(), kinds=(), subjects=()):
    """Not answered. Off-topic questions are not offered to Ask Alice; the others are,
    with the closest pages when the pages came close."""
    answer.outcome = Exchange.Outcome.DECLINED
    if reason == "off_topic":
        answer.outcome = Exchange.Outcome.OFF_TOPIC
    else:
        answer.handoff_url = ask_alice_url(question, request)
    answer.sources = as_sources(sections)
    answer.html = render(
        "declined",
        reason=reason,
        handoff_url=answer.handoff_url,
        sections=sections,
        asked=" or ".join(kind.label for kind in kinds),
        subject=" and ".join(subject.title for subject in subjects),
    )
    return answer


def safety_answer(rule, question, answer, request=None):
    answer.outcome = Exchange.Outcome.SAFETY
    if rule == safety.Rule.SEE_A_PROFESSIONAL:
        answer.handoff_url = ask_alice_url(question, request)
    if rule == safety.Rule.UNDER_18:
        # After the law, what the treatments' own pages say of age limits where asked.
        treatments = current_treatments(current_index().version)
        nation = nation_in(question)
        found = (age_facts(subject, nation) for subject in named_in(question, treatments))
        answer.facts = [facts for facts in found if facts is not None]
        answer.sources = as_sources([facts.section for facts in answer.facts])
    answer.html = render("safety", rule=rule, handoff_url=answer.handoff_url, facts=answer.facts)
    return answer


def age_facts(subject, nation=None):
    """A treatment's age limits from its rules box: in `nation`, or in every nation."""
    limits = [
        (f"In {place.label}", fact.text)
        for place in ([nation] if nation else Nation)
        for fact in (subject.rules or {}).get(place, [])
        if fact.topic == RuleTopic.AGE
    ]
    if not limits:
        return None
    checked = subject.rules_checked_on
    return Facts(
        f"{subject.title}: age limits",
        subject.title,
        "Rules where you live",
        subject.rules_link(nation or DEFAULT_NATION),
        points=limits,
        reviewed=subject.last_reviewed,
        review_due=subject.next_review_due,
        note=f"Rules last checked {long_date(checked)}" if checked else "",
        complete=True,
    )


def urgent_answer(answer, hits, strong, card=None):
    """Urgent-care advice first; then the care card of the treatment that names the
    emergency, if there is one, and the closest pages."""
    answer.urgent = True
    answer.outcome = Exchange.Outcome.URGENT
    answer.facts = [card] if card else []
    sections = read_more(hits if strong else [], first=[card.section] if card else ())
    answer.sources = as_sources(sections)
    answer.html = render("urgent", facts=answer.facts, sections=sections)
    return answer


def glance_facts(subject, kinds, nation=None):
    """The treatment's "At a glance" facts for the kinds asked. With a nation, who may do
    it and the law come from its rules there instead (rules_facts)."""
    asked = [kind for kind in kinds if not (nation and kind is WHO)]
    found = list(dict.fromkeys(fact for kind in asked for fact in subject.facts_for(kind)))
    if not found:
        return None
    return Facts(
        subject.title,
        subject.title,
        "At a glance",
        subject.link,
        found,
        reviewed=subject.last_reviewed,
        review_due=subject.next_review_due,
    )


def rules_facts(subject, nation):
    """A treatment's rules in `nation`, as its "Rules where you live" box states them: the
    UK status (less what its note says of other nations), the rules topic by topic, and
    the tracker's entries that affect it there."""
    status = [subject.facts["status"]] if subject.facts.get("status") else []
    note = [
        sentence
        for sentence in sentences(subject.facts.get("note", ""))
        if not is_about_another_nation(sentence, nation)
    ]
    rules = [(rule.topic.label, rule.text) for rule in (subject.rules or {}).get(nation, [])]
    entries = [
        Item(entry.title, f"{entry.stage_label}, {long_date(entry.date)}", entry.url)
        for entry in subject.entries_in(nation)[:MAX_ENTRIES]
    ]
    checked = subject.rules_checked_on
    return Facts(
        f"{subject.title} in {nation.label}",
        subject.title,
        "Rules where you live",
        subject.rules_link(nation),
        status + note,
        rules,
        entries,
        "On the UK rules tracker",
        reviewed=subject.last_reviewed,
        review_due=subject.next_review_due,
        note=f"Rules last checked {long_date(checked)}" if checked else "",
        complete=True,
    )


def care_facts(subject, signs):
    """Care-card signs of a treatment, a line per card, each linked to its card."""
    stages = list(dict.fromkeys(sign.stage for sign in signs))
    items = []
    for (stage, level, anchor), group in groupby(signs, key=lambda s: (s.stage, s.level, s.anchor)):
        heading = level.heading.rstrip(":")
        if len(stages) > 1:
            heading = f"{stage.label.split(':')[0]} — {heading[0].lower()}{heading[1:]}"
        items.append(
            Item(heading, " ".join(sign.text for sign in group), f"{subject.url}#{anchor}")
        )
    one = stages[0] if len(stages) == 1 else None
    return Facts(
        f"{subject.title}: {one.label}" if one else f"{subject.title} after treatment",
        subject.title,
        "After treatment",
        f"{subject.url}#aftercare-{one.value}" if one else f"{subject.url}#aftercare",
        items=items,
        reviewed=subject.last_reviewed,
        review_due=subject.next_review_due,
        complete=True,
    )


def urgent_card(subjects, question):
    """The care card that matches an emergency about a named treatment, or None."""
    for subject in subjects:
        signs = care.urgent_signs(subject.aftercare, question)
        if signs:
            card = [sign for sign in signs if sign.anchor == signs[0].anchor]
            return care_facts(subject, card)
    return None


def guide_facts(guide, question, nation=None):
    """The complaints guide's steps, in order, with the routes open to the asker."""
    items = []
    for step, routes in complaints.steps_for(guide, question, nation):
        names = "; ".join(route.name for route in routes)
        text = f"{names}. {routes[0].advice}" if len(routes) == 1 else names
        items.append(Item(step.label, text, step.link))
    if not items:
        return None
    return Facts(
        "If something went wrong, try these in order",
        guide.title,
        "",
        guide.url,
        items=items,
        complete=True,
        ordered=True,
    )


def facts_for(question, kinds, subjects, nation, version):
    """Every fact our pages state in fields that answers the question, in answer order."""
    found = []
    if COMPLAIN in kinds and (guide := complaints.current_guide(version)) is not None:
        found.append(guide_facts(guide, question, nation))
    for subject in subjects:
        if EXPECT in kinds and (signs := care.signs_for(subject.aftercare, question)):
            found.append(care_facts(subject, signs))
        if nation and WHO in kinds:
            found.append(rules_facts(subject, nation))
        found.append(glance_facts(subject, kinds, nation))
    return [facts for facts in found if facts is not None]


def earlier_questions(conversation, count=5):
    """The conversation's last few questions, latest first."""
    if conversation.pk is None:
        return []
    latest = conversation.exchanges.order_by("-created_at", "-pk")
    return list(latest.values_list("question", flat=True)[:count])


def latest_found(find, questions):
    """What `find` finds in the latest of `questions` where it finds anything."""
    return next((found for question in questions if (found := find(question))), None)


def answer_question(question, conversation=None, stored_question=None, request=None):
    """The answer to `question` within `conversation` (its topic resolves follow-ups).

    `stored_question` is the question with personal details removed: it is what an answer
    repeats (the Ask Alice hand-off, the directory search), so nothing stored keeps more.
    """
    stored_question = stored_question or question
    answer = Answer(resolved_query=question)
    urgent = safety.is_urgent(question)
    rule = None if urgent else safety.rule_for(question)
    if rule:
        return safety_answer(rule, stored_question, answer, request)

    index = current_index()
    treatments = current_treatments(index.version)
    topic = conversation.topic if conversation is not None else ""
    topic_source = conversation.topic_source if conversation is not None else ""
    follow_up = bool(topic) and is_follow_up(question)
    if not urgent:
        previous = None
        if topic_source == DIRECTORY_TOPIC:
            previous = dict(parse_qsl(topic))
        directory = directory_link(stored_question, treatments, previous, request)
        if directory:
            answer.outcome = Exchange.Outcome.DIRECTORY
            answer.sources = as_sources([section_of(directory["title"], "", directory["url"])])
            answer.html = render("directory", directory=directory)
            answer.topic, answer.topic_source = urlencode(directory["search"]), DIRECTORY_TOPIC
            return answer
        if safety.is_off_topic(question):
            return decline(stored_question, answer, request, reason="off_topic")

    kinds = kinds_of(question)
    subjects = named_in(question, treatments)
    nation = nation_in(question)
    boost = focus = None
    if follow_up and topic_source != DIRECTORY_TOPIC:
        earlier = earlier_questions(conversation)
        if not kinds and (subjects or nation or care.stage_of(question)):
            # "What about botox?" after "how much is lip filler?", "and in Wales?" after
            # "is botox legal in Scotland?", "and after 2 weeks?": the same question.
            kinds = latest_found(kinds_of, earlier) or []
        if not subjects:
            subjects = named_in(topic, treatments)
            answer.resolved_query = f"{question} {topic}"
            boost, focus = topic_source, question
        nation = nation or latest_found(nation_in, earlier)
    query_vector = embeddings.embed([expand(answer.resolved_query)])[0]
    hits = index.search(
        answer.resolved_query, limit=SEARCH_LIMIT, boost_source=boost, query_vector=query_vector
    )
    top = hits[0] if hits else None
    if top is not None:
        answer.top_score = top.score
        answer.nearest = (top.passage.title, top.passage.link)
    coverage = MIN_COVERAGE if kinds or subjects else MIN_GENERAL_COVERAGE
    strong = top is not None and top.score >= ANSWER_THRESHOLD and top.coverage >= coverage
    if urgent:
        return urgent_answer(answer, hits, strong, urgent_card(subjects, question))

    answer.facts = facts_for(question, kinds, subjects, nation, index.version)
    if not strong and not answer.facts:
        if subjects or safety.is_on_our_subject(question):
            return decline(stored_question, answer, request)
        return decline(stored_question, answer, request, reason="off_topic")
    shown = {
        sentence.rstrip(".")
        for facts in answer.facts
        for fact in facts.sentences
        for sentence in sentences(fact)
    }
    if not any(facts.complete for facts in answer.facts):
        answer.quotes = pick_quotes(
            hits[:6],
            answer.resolved_query,
            query_vector,
            index,
            kinds,
            subjects,
            focus,
            shown,
            nation,
        )
    sections = read_more(hits, answer.quotes, [facts.section for facts in answer.facts])
    if not answer.facts and not answer.quotes:
        return decline(
            stored_question, answer, request, "no_fact", sections, kinds=kinds, subjects=subjects
        )

    answer.sources = as_sources(sections)
    if subjects:
        answer.topic = ", ".join(subject.title for subject in subjects)[:500]
        answer.topic_source = subjects[0].source_key
    elif top is not None:
        answer.topic = topic_of(answer.resolved_query, top)
        answer.topic_source = top.passage.source_key
    rephrased = rephrase.rephrase(question, answer.quotes)
    answer.html = render(
        "answered",
        facts=answer.facts,
        quotes=answer.quotes,
        sections=sections,
        rephrased=rephrased,
    )
    return answer
