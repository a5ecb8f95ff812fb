"""Turning a visitor's question into an answer quoted from our own pages.

Order matters: an emergency is answered with urgent-care advice before anything else; a
practitioner search goes to the directory; a question outside our subject, or one our
pages answer only weakly, is declined and handed to Ask Alice. Otherwise the best one to
three sentences are quoted word for word, each with its page and section.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.template.loader import render_to_string

from practitioners.models import DirectoryPage, Profession
from questions.models import AskAlicePage

from . import embeddings, rephrase, safety
from .extract import sentences
from .models import Exchange
from .retrieval import aspect_terms, current_index, expand, term_groups, terms

# Tuned on tests/chatbot/evaluation.py (the benchmark prints the effect).
ANSWER_THRESHOLD = 0.38
MIN_COVERAGE = 0.15
SOURCE_RATIO = 0.7
MAX_QUOTES = 3
MAX_SOURCES = 3
QUOTE_RATIO = 0.85
MIN_QUOTE_WORDS = 4

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
    "england",
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


@dataclass
class Quote:
    text: str
    title: str
    link: str


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
    quotes: list = field(default_factory=list)


def ask_alice_url(question, request=None):
    page = AskAlicePage.objects.live().first()
    if page is None:
        return None
    return f"{page.get_url(request)}?{urlencode({'question': question})}#ask"


def directory_link(question, request=None):
    """The practitioner directory with the place (and profession) from the question."""
    if not (FIND_SOMEONE.search(question) and SEARCH_INTENT.search(question)):
        return None
    match = PLACE.search(question)
    place = match.group("place").strip() if match else ""
    if place.lower() in NOT_PLACES:
        place = ""
    if not place and not NEAR_ME.search(question):
        return None
    page = DirectoryPage.objects.live().first()
    if page is None:
        return None
    params = {"postcode": place} if place else {}
    for word, profession in PROFESSION_WORDS.items():
        if re.search(rf"\b{word}s?\b", question, re.IGNORECASE):
            params["profession"] = profession.value
            break
    url = page.get_url(request) + (f"?{urlencode(params)}" if params else "")
    return {"url": url, "title": page.title, "place": place}


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


def pick_quotes(hits, query, query_vector, index, focus=None):
    """The best sentences of the best passages, as written on the page.

    A sentence is read in its passage's context: words of the page title or heading count
    for it, and it earns a bonus for the words that context does not give (the part of the
    question it answers: "cost", "pain"). For a follow-up, `focus` is the new question alone.
    """
    candidates = []
    for rank, hit in enumerate(hits):
        for sentence in sentences(hit.passage.text):
            if len(sentence.split()) >= MIN_QUOTE_WORDS:
                candidates.append((rank, hit, sentence))
    if not candidates:
        return []
    vectors = embeddings.embed([sentence for _, _, sentence in candidates])
    semantic = vectors @ query_vector
    groups = term_groups(query)
    focus_groups = term_groups(focus) if focus else groups
    weight = sum(index.group_weight(group) for group in groups) or 1.0
    scored = []
    for n, (rank, hit, sentence) in enumerate(candidates):
        present = set(terms(sentence))
        context = set(terms(f"{hit.passage.title} {hit.passage.heading}"))
        covered = sum(index.group_weight(g) for g in groups if g & (present | context))
        own = [g for g in focus_groups if not g & context]
        own_weight = sum(index.group_weight(g) for g in own) or 1.0
        answered = sum(index.group_weight(g) for g in own if g & present) / own_weight
        score = 0.5 * float(semantic[n]) + 0.3 * covered / weight + 0.2 * answered
        scored.append((score - 0.04 * rank, n, hit, sentence))
    scored.sort(key=lambda item: -item[0])
    best = scored[0][0]
    chosen = [item for item in scored if item[0] >= QUOTE_RATIO * best][:MAX_QUOTES]
    chosen.sort(key=lambda item: (item[2].passage.row, item[1]))  # reading order
    return [Quote(sentence, hit.passage.title, hit.passage.link) for _, _, hit, sentence in chosen]


def read_more(hits, quotes=()):
    """One section per page, best first: pages of strong hits and of every quote."""
    quoted = {quote.link for quote in quotes}
    sections, pages = [], set()
    for hit in hits:
        passage = hit.passage
        strong = hit.score >= SOURCE_RATIO * hits[0].score
        if passage.url not in pages and (strong or passage.link in quoted):
            pages.add(passage.url)
            sections.append(
                {"title": passage.title, "heading": passage.heading, "url": passage.link}
            )
    return sections[:MAX_SOURCES]


def as_sources(sections):
    """The API's sources: exactly a title and a URL each."""
    return [{"title": section["title"], "url": section["url"]} for section in sections]


def render(kind, **context):
    return render_to_string("chatbot/includes/answer.html", {"kind": kind, **context})


def decline(question, answer, request=None, reason="weak"):
    answer.outcome = Exchange.Outcome.DECLINED
    answer.handoff_url = ask_alice_url(question, request)
    answer.sources = []
    answer.html = render("declined", reason=reason, handoff_url=answer.handoff_url)
    return answer


def answer_question(question, conversation=None, stored_question=None, request=None):
    """The answer to `question` within `conversation` (its topic resolves follow-ups).

    `stored_question` is the question with personal details removed: it is what goes into
    the Ask Alice hand-off link.
    """
    stored_question = stored_question or question
    answer = Answer(resolved_query=question)
    index = current_index()
    urgent = safety.is_urgent(question)
    if not urgent:
        directory = directory_link(question, request)
        if directory:
            answer.outcome = Exchange.Outcome.DIRECTORY
            answer.sources = [{"title": directory["title"], "url": directory["url"]}]
            answer.html = render("directory", directory=directory)
            return answer
        if safety.is_off_topic(question):
            return decline(stored_question, answer, request, reason="off_topic")

    boost = focus = None
    if conversation is not None and conversation.topic and is_follow_up(question):
        answer.resolved_query = f"{question} {conversation.topic}"
        boost, focus = conversation.topic_source, question
    query_vector = embeddings.embed([expand(answer.resolved_query)])[0]
    hits = index.search(
        answer.resolved_query, limit=6, boost_source=boost, query_vector=query_vector
    )
    top = hits[0] if hits else None
    if top is not None:
        answer.top_score = top.score
        answer.nearest = (top.passage.title, top.passage.link)
    strong = top is not None and top.score >= ANSWER_THRESHOLD and top.coverage >= MIN_COVERAGE

    if urgent:
        answer.urgent = True
        answer.outcome = Exchange.Outcome.URGENT
        sections = read_more(hits) if strong else []
        answer.sources = as_sources(sections)
        answer.html = render("urgent", sections=sections)
        return answer
    if not strong:
        return decline(stored_question, answer, request)

    answer.quotes = pick_quotes(hits[:3], answer.resolved_query, query_vector, index, focus)
    sections = read_more(hits, answer.quotes)
    answer.sources = as_sources(sections)
    answer.topic = topic_of(answer.resolved_query, top)
    answer.topic_source = top.passage.source_key
    rephrased = rephrase.rephrase(question, answer.quotes)
    answer.html = render("answered", quotes=answer.quotes, sections=sections, rephrased=rephrased)
    return answer
