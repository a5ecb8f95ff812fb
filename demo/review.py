"""Demo medical review: the Clinical review workflow and its reviewer, and the editorial
policy (content in `demo/content/review/`); each health page's and answer's review and
sources, which the sections' loaders save with them (`review_of`). Runs after every health
section, before the chatbot."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from articles.models import ArticleIndexPage, Expert
from articles.review import DEFAULT_CYCLE_MONTHS, add_months
from articles.workflows import set_up_clinical_review
from core.models import SiteSettings, StandardPage
from treatments.models import TreatmentIndexPage
from videos.models import VideoHubPage

from . import content
from .pages import stream_data, upsert_child_page

SECTION = "review"
REVIEWER_USERNAME = "reviewer"
REVIEWER_EXPERT = "okafor"


def experts_by_key():
    names = {data["name"]: data["key"] for data in content.load("articles", "experts")["experts"]}
    return {names[expert.name]: expert for expert in Expert.objects.filter(name__in=names)}


def seed_workflow():
    """The Clinical reviewers group and workflow over the health sections, and one reviewer
    (user `reviewer`, no password: set one with `manage.py changepassword reviewer`)."""
    sections = [ArticleIndexPage.objects.get(), TreatmentIndexPage.objects.get()]
    sections += list(VideoHubPage.objects.all())
    group, _ = set_up_clinical_review(sections)
    expert = experts_by_key()[REVIEWER_EXPERT]
    user, created = get_user_model().objects.get_or_create(
        username=REVIEWER_USERNAME,
        defaults={"email": "reviewer@example.com", "first_name": "Sarah", "last_name": "Okafor"},
    )
    if created:
        user.set_unusable_password()
        user.save()
    user.groups.add(group)
    expert.user = user
    expert.save()


def review_fields(data, experts, sources, today):
    """The review fields of a page or answer from its entry in reviews.toml."""
    last_reviewed = today - datetime.timedelta(days=data["days_ago"])
    return {
        "reviewed_by": experts[data["reviewer"]],
        "last_reviewed": last_reviewed,
        "next_review_due": add_months(
            last_reviewed, data.get("cycle_months", DEFAULT_CYCLE_MONTHS)
        ),
        "sources": [
            {
                "type": "source",
                "value": {
                    "title": sources[key]["title"],
                    "publisher": sources[key]["publisher"],
                    "year": sources[key].get("year"),
                    "url": sources[key].get("url", ""),
                    "doi": sources[key].get("doi", ""),
                },
            }
            for key in data["sources"]
        ],
        "changes": [
            {
                "type": "change",
                "value": {
                    "date": (today - datetime.timedelta(days=change["days_ago"])).isoformat(),
                    "kind": change["kind"],
                    "description": change["description"],
                },
            }
            for change in data.get("changes", [])
        ],
    }


def review_of(section, key):
    """The review fields of one health page (by slug) or answer (by the asker's e-mail), from
    reviews.toml: each section's loader saves them with the page, so it is published once."""
    data = content.load(SECTION, "reviews")[section][key]
    experts = experts_by_key()
    return review_fields(data, experts, content.load(SECTION, "sources"), timezone.localdate())


def seed_editorial_policy():
    data = content.load(SECTION, "editorial-policy")
    page = upsert_child_page(
        StandardPage.objects.get(slug="about"),
        StandardPage,
        data["slug"],
        title=data["title"],
        introduction=data["introduction"],
        search_description=data["search_description"],
        body=stream_data(data["body"]),
    )
    settings = SiteSettings.load()
    settings.editorial_policy_page = page
    settings.save()


STEPS = [
    ("Clinical review workflow", seed_workflow),
    ("Editorial policy", seed_editorial_policy),
]
