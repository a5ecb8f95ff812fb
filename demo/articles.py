"""Demo experts and articles (content in `demo/content/articles/`)."""

import datetime
from functools import partial

from django.utils import timezone

from articles.models import ArticleIndexPage, ArticlePage, Expert

from . import content
from .pages import add_menu_link, stream_data, upsert_child_page, upsert_index_page
from .pictures import draw_portrait, initials_of, picture_from_spec, save_image
from .review import review_of
from .shell import home_page

SECTION = "articles"
FEATURED_COUNT = 3


def _experts():
    return content.load(SECTION, "experts")["experts"]


def seed_experts():
    for data in _experts():
        photo = save_image(
            f"Portrait: {data['name']}",
            draw_portrait(data["colour"], initials=initials_of(data["name"])),
        )
        Expert._base_manager.update_or_create(
            name=data["name"],
            defaults={
                "job_title": data["job_title"],
                "clinic": data["clinic"],
                "bio": data["bio"],
                "photo": photo,
                "is_main_author": data.get("main_author", False),
                "register": data.get("register", ""),
                "registration_number": data.get("registration_number", ""),
            },
        )


def seed_news_index():
    index = upsert_index_page(home_page(), ArticleIndexPage, content.load(SECTION, "index"))
    add_menu_link(index, position=0)


def seed_article(data):
    experts = {expert["key"]: Expert.objects.get(name=expert["name"]) for expert in _experts()}
    image = picture_from_spec(f"Article: {data['title']}", data["image"], cover_title=data["title"])
    upsert_child_page(
        ArticleIndexPage.objects.get(),
        ArticlePage,
        data["slug"],
        title=data["title"],
        date=data["date"],
        author=experts[data["author"]],
        standfirst=data["standfirst"],
        search_description=data.get("search_description", ""),
        hero_image=image,
        hero_image_alt=data["image"].get("alt", ""),
        body=stream_data(
            data["body"],
            convert={
                "expert_quote": lambda quote: {**quote, "expert": experts[quote["expert"]].pk}
            },
        ),
        tags=data["topics"],
        first_published_at=timezone.make_aware(
            datetime.datetime.combine(data["date"], datetime.time(9))
        ),
        **review_of("articles", data["slug"]),
    )


def seed_home_features():
    home = home_page()
    index = ArticleIndexPage.objects.get()
    # The newest is the hero's "Just published" (no article chosen for the hero); the next
    # few are featured under it.
    newest = ArticlePage.objects.child_of(index).order_by("-date")
    featured = newest[1 : FEATURED_COUNT + 1]
    sections = []
    for section in content.load("shell", "home")["sections"]:
        block_type, value = section["type"], {k: v for k, v in section.items() if k != "type"}
        if block_type == "articles":
            value["featured"] = [article.pk for article in featured]
        sections.append({"type": block_type, "value": value})
    home.sections = sections
    home.hero_link = index
    home.save_revision().publish()


STEPS = [
    ("Experts", seed_experts),
    ("News index", seed_news_index),
    *[
        (f"Article: {data['slug']}", partial(seed_article, data))
        for data in content.load_pages(SECTION)
    ],
    ("Featured articles", seed_home_features),
]
