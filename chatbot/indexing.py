"""Building the passage index: for one page or answer on publish, or for everything."""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from articles.review import ReviewedMixin
from questions.models import AskAlicePage, Question

from . import embeddings
from .extract import answer_sections, page_sections
from .models import Passage
from .passages import chunk_sections


def page_key(page_id):
    return f"page:{page_id}"


def question_key(question_id):
    return f"question:{question_id}"


def embedding_text(title, chunk):
    """What is embedded: the passage with its page title and heading for context."""
    return f"{title}. {chunk.heading}. {chunk.text}" if chunk.heading else f"{title}. {chunk.text}"


def review_dates(content):
    """The medical review of a health page or answer (articles.review), as passages keep it;
    other pages have none."""
    if not isinstance(content, ReviewedMixin):
        return {}
    return {"last_reviewed": content.last_reviewed, "next_review_due": content.next_review_due}


def build_passages(source_key, title, url, chunks, page=None, reviewed=None):
    """`reviewed`: the page or answer whose review dates the passages carry."""
    vectors = embeddings.embed([embedding_text(title, chunk) for chunk in chunks])
    now = timezone.now()
    review = review_dates(reviewed)
    return [
        Passage(
            source_key=source_key,
            page=page,
            title=title[:255],
            url=url[:500],
            heading=chunk.heading[:255],
            anchor=chunk.anchor,
            text=chunk.text,
            position=position,
            vector=embeddings.to_bytes(vector),
            indexed_at=now,
            **review,
        )
        for position, (chunk, vector) in enumerate(zip(chunks, vectors, strict=True))
    ]


def is_indexable(page):
    """Live, public pages below a site's home page: the home page only introduces the
    sections, whose own pages say it all."""
    return (
        page.live
        and page.depth > 1
        and page.url is not None
        and not page.is_site_root()
        and not page.get_view_restrictions()
    )


def page_passages(page):
    page = page.specific
    if not is_indexable(page):
        return []
    return build_passages(
        page_key(page.pk),
        page.title,
        page.url,
        chunk_sections(page_sections(page)),
        page=page,
        reviewed=page,
    )


def answer_passages(question, ask_page):
    if not question.is_published or ask_page is None:
        return []
    return build_passages(
        question_key(question.pk),
        question.title,
        ask_page.question_url(question),
        chunk_sections(answer_sections(question)),
        reviewed=question,
    )


def replace(source_key, passages):
    with transaction.atomic():
        Passage.objects.for_source(source_key).delete()
        Passage.objects.bulk_create(passages, batch_size=500)
    return len(passages)


def reindex_page(page_id):
    """Passages of one page: rebuilt if it is live, removed if not (or if it is gone)."""
    page = Page.objects.filter(pk=page_id).first()
    return replace(page_key(page_id), page_passages(page) if page else [])


def reindex_question(question_id):
    question = Question.objects.filter(pk=question_id).first()
    ask_page = AskAlicePage.objects.live().first()
    return replace(
        question_key(question_id), answer_passages(question, ask_page) if question else []
    )


def all_sources():
    """Every live page and published answer, as (label, callable building its passages)."""
    for page in Page.objects.live().public().filter(depth__gt=1).specific().iterator():
        yield page.title, lambda page=page: page_passages(page)
    ask_page = AskAlicePage.objects.live().first()
    for question in Question.objects.published().select_related("answered_by").iterator():
        yield question.title, lambda question=question: answer_passages(question, ask_page)


def reindex_all(progress=None, sources=None):
    """Replace the whole index; `progress(label)` is called after each source."""
    built = []
    for label, build in sources if sources is not None else all_sources():
        built.extend(build())
        if progress:
            progress(label)
    with transaction.atomic():
        Passage.objects.all().delete()
        Passage.objects.bulk_create(built, batch_size=500)
    return len(built)
