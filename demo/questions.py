"""The Ask Alice page and a dozen answered questions (content in `demo/content/questions/`)."""

import datetime

from django.utils import timezone

from articles.models import Expert
from core.models import SiteSettings
from questions.models import AskAlicePage, Question
from treatments.models import TreatmentPage

from . import content
from .pages import add_menu_link, upsert_index_page
from .review import review_of
from .shell import home_page

SECTION = "questions"


def seed_ask_alice_page():
    page = upsert_index_page(home_page(), AskAlicePage, content.load(SECTION, "index"))
    add_menu_link(page)
    settings = SiteSettings.load()
    settings.ask_question_page = page
    settings.save()


def seed_questions():
    experts = {expert.name: expert for expert in Expert.objects.all()}
    now = timezone.now()
    for item in content.load(SECTION, "questions")["questions"]:
        published_at = now - datetime.timedelta(days=item["days_ago"])
        question, _ = Question.objects.update_or_create(
            email=item["email"],
            defaults={
                "name": item["name"],
                "anonymous": item["anonymous"],
                "question": item["question"],
                "answer": item["answer"],
                "answered_by": experts.get(item.get("answered_by")),
                "status": Question.Status.PUBLISHED,
                "created_at": published_at - datetime.timedelta(days=3),
                "consented_at": published_at - datetime.timedelta(days=3),
                "published_at": published_at,
                "asker_notified_at": published_at,
                **review_of("answers", item["email"]),
            },
        )
        question.full_clean()
        question.tags.set(item["topics"])
        # Linked only if the treatments demo has made those pages.
        question.treatments.set(TreatmentPage.objects.filter(slug__in=item["treatments"]))
        question.save()


STEPS = [("Ask Alice page", seed_ask_alice_page), ("Answered questions", seed_questions)]
