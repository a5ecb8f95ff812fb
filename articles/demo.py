"""Demo experts and articles for `manage.py seed_demo`."""

import datetime
from functools import partial

from django.utils import timezone
from wagtail import hooks

from home.models import HomePage
from tweakments import demo_data as shell_data
from tweakments.demo import (
    add_menu_link,
    draw_portrait,
    picture_from_spec,
    save_image,
    upsert_child_page,
)

from . import demo_data
from .models import ArticleIndexPage, ArticlePage, Expert

FEATURED_COUNT = 3
FINDER_TEXT = (
    "What would you like to change? Pick a concern to see the treatments for it, "
    "with typical UK prices and downtime."
)
PRACTITIONERS_TEXT = (
    "Registered doctors, dentists and nurses near you, with how long they have practised."
)


def seed_experts():
    for data in demo_data.EXPERTS:
        photo = save_image(f"Portrait: {data['name']}", draw_portrait(data["name"], data["colour"]))
        Expert.objects.update_or_create(
            name=data["name"],
            defaults={
                "job_title": data["job_title"],
                "clinic": data["clinic"],
                "bio": data["bio"],
                "photo": photo,
            },
        )


def _body(raw_blocks, experts):
    body = []
    for kind, value in raw_blocks:
        if kind == "heading":
            value = {"text": value, "level": "h2"}
        elif kind == "expert_quote":
            value = {"expert": experts[value["expert"]].pk, "quote": value["quote"]}
        elif kind == "price_callout":
            value = {
                "heading": value["heading"],
                "prices": [{"item": item, "price": price} for item, price in value["prices"]],
                "note": value.get("note", ""),
            }
        body.append({"type": kind, "value": value})
    return body


def seed_news_index():
    data = shell_data.NEWS_INDEX
    index = upsert_child_page(
        HomePage.objects.get(),
        ArticleIndexPage,
        data["slug"],
        title=data["title"],
        introduction=data["introduction"],
        search_description=data["search_description"],
    )
    add_menu_link(index, position=0)


def seed_article(number, item):
    index = ArticleIndexPage.objects.get()
    experts = {
        expert["key"]: Expert.objects.get(name=expert["name"]) for expert in demo_data.EXPERTS
    }
    image = picture_from_spec(f"Article: {item['title']}", item["image"], seed=number + 10)
    upsert_child_page(
        index,
        ArticlePage,
        item["slug"],
        title=item["title"],
        date=datetime.date.fromisoformat(item["date"]),
        author=experts[item["author"]],
        standfirst=item["standfirst"],
        search_description=item.get("search_description", ""),
        hero_image=image,
        hero_image_alt=item["image"].get("alt", ""),
        body=_body(item["body"], experts),
        tags=item["topics"],
        first_published_at=timezone.make_aware(
            datetime.datetime.fromisoformat(item["date"]) + datetime.timedelta(hours=9)
        ),
    )


def seed_home_features():
    home = HomePage.objects.get()
    index = ArticleIndexPage.objects.get()
    if not home.sections:
        newest = ArticlePage.objects.child_of(index).order_by("-date")[:FEATURED_COUNT]
        home.sections = [
            {
                "type": "articles",
                "value": {
                    "heading": "Latest news and reviews",
                    "featured": [article.pk for article in newest],
                    "latest_count": 6,
                },
            },
            {"type": "finder", "value": {"heading": "Tweakment Finder", "text": FINDER_TEXT}},
            {"type": "answers", "value": {"heading": "Latest answers from Alice", "count": 3}},
            {
                "type": "practitioner_search",
                "value": {"heading": "Find a practitioner", "text": PRACTITIONERS_TEXT},
            },
        ]
    home.hero_link = index
    home.save_revision().publish()


@hooks.register("seed_demo_steps", order=10)
def article_steps():
    articles = [
        (f"Article: {item['slug']}", partial(seed_article, number, item))
        for number, item in enumerate(demo_data.ARTICLES)
    ]
    return [
        ("Experts", seed_experts),
        ("News index", seed_news_index),
        *articles,
        ("Featured articles", seed_home_features),
    ]
