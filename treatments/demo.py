"""Demo concerns, areas, the Tweakment Finder and its treatments for `manage.py seed_demo`.

Runs after the articles (order 20) so it can mark which articles discuss which treatments.
"""

import datetime
from functools import partial

from wagtail import hooks

from articles.models import ArticlePage, ArticlePageTreatment
from home.models import HomePage
from tweakments.demo import add_menu_link, picture_from_spec, upsert_child_page

from . import demo_data
from .models import Area, Concern, TreatmentIndexPage, TreatmentPage

BODY_SECTIONS = [
    ("what", "What it is"),
    ("how", "How it works"),
    ("expect", "What to expect"),
    ("risks", "Risks and side effects"),
    ("aftercare", "Aftercare"),
]


def seed_finder_options():
    for model, rows in ((Concern, demo_data.CONCERNS), (Area, demo_data.AREAS)):
        for position, (slug, name, description) in enumerate(rows):
            model.objects.update_or_create(
                slug=slug,
                defaults={"name": name, "description": description, "sort_order": position},
            )


def seed_finder():
    data = demo_data.FINDER
    finder = upsert_child_page(
        HomePage.objects.get(),
        TreatmentIndexPage,
        data["slug"],
        title=data["title"],
        introduction=data["introduction"],
        search_description=data["search_description"],
    )
    add_menu_link(finder, position=1)


def _body(item):
    body = []
    for key, heading in BODY_SECTIONS:
        body.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
        body.append({"type": "paragraph", "value": f"<p>{item['body'][key]}</p>"})
        if key == "risks" and "warning" in item:
            title, text = item["warning"]
            body.append(
                {"type": "callout", "value": {"tone": "warning", "heading": title, "text": text}}
            )
    return body


def seed_treatment(number, item):
    finder = TreatmentIndexPage.objects.get()
    image = picture_from_spec(
        f"Treatment: {item['title']}",
        {**item["image"], "alt": ""},
        seed=number + 100,
    )
    price_from, price_to = item["price"]
    sessions_min, sessions_max = item["sessions"]
    upsert_child_page(
        finder,
        TreatmentPage,
        item["slug"],
        title=item["title"],
        also_known_as=item["also_known_as"],
        summary=item["summary"],
        hero_image=image,
        body=_body(item),
        price_from=price_from,
        price_to=price_to,
        sessions_min=sessions_min,
        sessions_max=sessions_max,
        downtime=item["downtime"],
        downtime_detail=item["downtime_detail"],
        results_last=item["results_last"],
        repeat_every_months=item["repeat_every_months"],
        pain=item["pain"],
        who_can_perform=item["who"],
        regulatory_status=item["status"],
        regulatory_note=item["note"],
        last_reviewed=datetime.date.fromisoformat(demo_data.LAST_REVIEWED),
        search_description=item["summary"][:160],
        concerns=list(Concern.objects.filter(slug__in=item["concerns"])),
        areas=list(Area.objects.filter(slug__in=item["areas"])),
    )


def link_articles():
    """Fill in 'Treatments discussed' on the demo articles (published as a new revision,
    so the editor shows the same links)."""
    treatments = {page.slug: page for page in TreatmentPage.objects.all()}
    for article_slug, treatment_slugs in demo_data.ARTICLE_TREATMENTS.items():
        article = ArticlePage.objects.filter(slug=article_slug).first()
        if article is None:
            continue
        wanted = [treatments[slug] for slug in treatment_slugs if slug in treatments]
        current = [link.treatment_id for link in article.treatment_links.all()]
        if current == [page.pk for page in wanted]:
            continue
        article.treatment_links = [ArticlePageTreatment(treatment=page) for page in wanted]
        article.save_revision().publish()


@hooks.register("seed_demo_steps", order=20)
def treatment_steps():
    treatments = [
        (f"Treatment: {item['slug']}", partial(seed_treatment, number, item))
        for number, item in enumerate(demo_data.TREATMENTS)
    ]
    return [
        ("Concerns and areas", seed_finder_options),
        ("Tweakment Finder", seed_finder),
        *treatments,
        ("Articles' treatments", link_articles),
    ]
