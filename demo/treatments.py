"""Demo concerns, areas, the Tweakment Finder and its treatments (content in
`demo/content/treatments/`). Runs after the articles so it can mark which articles discuss
which treatments."""

from functools import partial

from articles.models import ArticlePage, ArticlePageTreatment
from treatments.models import Area, Concern, TreatmentIndexPage, TreatmentPage

from . import content
from .pages import add_menu_link, upsert_child_page, upsert_index_page
from .pictures import picture_from_spec
from .review import review_of
from .shell import home_page

SECTION = "treatments"
# A treatment file's `[body]` keys, in page order, with their headings.
BODY_SECTIONS = [
    ("what", "What it is"),
    ("how", "How it works"),
    ("expect", "What to expect"),
    ("risks", "Risks and side effects"),
    ("aftercare", "Aftercare"),
]
# Fields copied from a treatment file as they are; one left out of the file stays empty.
PAGE_FIELDS = [
    "title",
    "also_known_as",
    "summary",
    "price_from",
    "price_to",
    "sessions_min",
    "sessions_max",
    "downtime",
    "downtime_detail",
    "results_last",
    "repeat_every_months",
    "pain",
    "who_can_perform",
    "regulatory_status",
    "regulatory_note",
]


def seed_finder_options():
    filters = content.load(SECTION, "filters")
    for model, rows in ((Concern, filters["concerns"]), (Area, filters["areas"])):
        for position, row in enumerate(rows):
            model.objects.update_or_create(
                slug=row["slug"],
                defaults={
                    "name": row["name"],
                    "description": row["description"],
                    "sort_order": position,
                },
            )


def seed_finder():
    finder = upsert_index_page(home_page(), TreatmentIndexPage, content.load(SECTION, "index"))
    add_menu_link(finder, position=1)


def _body(data):
    body = []
    for key, heading in BODY_SECTIONS:
        body.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
        body.append({"type": "paragraph", "value": f"<p>{data['body'][key]}</p>"})
        if key == "risks" and "warning" in data:
            body.append({"type": "callout", "value": {"tone": "warning", **data["warning"]}})
    return body


def seed_treatment(data):
    image = picture_from_spec(
        f"Treatment: {data['title']}", {**data["image"], "alt": ""}, cover_title=data["title"]
    )
    upsert_child_page(
        TreatmentIndexPage.objects.get(),
        TreatmentPage,
        data["slug"],
        **{name: data.get(name) for name in PAGE_FIELDS},
        hero_image=image,
        body=_body(data),
        search_description=data["summary"][:160],
        concerns=list(Concern.objects.filter(slug__in=data["concerns"])),
        areas=list(Area.objects.filter(slug__in=data["areas"])),
        **review_of("treatments", data["slug"]),
    )


def link_articles():
    """Fill in 'Treatments discussed' on the demo articles (published as a new revision,
    so the editor shows the same links)."""
    treatments = {page.slug: page for page in TreatmentPage.objects.all()}
    for article_slug, treatment_slugs in content.load(SECTION, "article-links").items():
        article = ArticlePage.objects.filter(slug=article_slug).first()
        if article is None:
            continue
        wanted = [treatments[slug] for slug in treatment_slugs if slug in treatments]
        current = [link.treatment_id for link in article.treatment_links.all()]
        if current == [page.pk for page in wanted]:
            continue
        article.treatment_links = [ArticlePageTreatment(treatment=page) for page in wanted]
        article.save_revision().publish()


STEPS = [
    ("Concerns and areas", seed_finder_options),
    ("Tweakment Finder", seed_finder),
    *[
        (f"Treatment: {data['slug']}", partial(seed_treatment, data))
        for data in content.load_pages(SECTION)
    ],
    ("Articles' treatments", link_articles),
]
