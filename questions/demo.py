"""The Ask Alice page and a dozen answered questions for `manage.py seed_demo`."""

import datetime

from django.utils import timezone
from wagtail import hooks

from articles.models import Expert
from home.models import HomePage
from treatments.models import TreatmentPage
from tweakments.demo import add_menu_link, upsert_child_page
from tweakments.models import SiteSettings

from . import demo_data
from .models import AskAlicePage, Question


def seed_ask_alice_page():
    data = demo_data.ASK_ALICE
    page = upsert_child_page(
        HomePage.objects.get(),
        AskAlicePage,
        data["slug"],
        title=data["title"],
        introduction=data["introduction"],
        search_description=data["search_description"],
    )
    add_menu_link(page)
    settings = SiteSettings.load()
    settings.ask_question_page = page
    settings.save()


def seed_questions():
    experts = {expert.name: expert for expert in Expert.objects.all()}
    now = timezone.now()
    for item in demo_data.QUESTIONS:
        published_at = now - datetime.timedelta(days=item["days_ago"])
        question, _ = Question.objects.update_or_create(
            email=item["email"],
            defaults={
                "name": item["name"],
                "anonymous": item["anonymous"],
                "question": item["question"],
                "answer": item["answer"],
                "answered_by": experts.get(item["answered_by"]),
                "status": Question.Status.PUBLISHED,
                "created_at": published_at - datetime.timedelta(days=3),
                "consented_at": published_at - datetime.timedelta(days=3),
                "published_at": published_at,
                "asker_notified_at": published_at,
            },
        )
        question.full_clean()
        question.tags.set(item["topics"])
        # Linked only if the treatments demo has made those pages.
        question.treatments.set(TreatmentPage.objects.filter(slug__in=item["treatments"]))
        question.save()


@hooks.register("seed_demo_steps", order=30)
def question_steps():
    return [("Ask Alice page", seed_ask_alice_page), ("Answered questions", seed_questions)]
