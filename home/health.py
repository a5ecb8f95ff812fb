"""Every piece of health content on the site, with its review, for the editors' reports and
the public trust report. Here, above every section, so that it can name them all."""

import datetime
import statistics
from dataclasses import dataclass

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property

from articles.models import ArticlePage
from articles.readability import is_above_target, reading_age
from articles.review import DUE_SOON_DAYS
from chatbot.models import Exchange, SurveyResponse
from questions.models import AskAlicePage, Question, admin_edit_url
from treatments.models import TreatmentPage
from videos.models import VideoPage

from .feedback import ProblemReport

HEALTH_PAGE_TYPES = [ArticlePage, TreatmentPage, VideoPage]
YEAR = datetime.timedelta(days=365)


@dataclass
class HealthItem:
    """A live health page or a published answer, as the reports list it."""

    content: object  # the page or the Question
    kind: str
    url: str
    edit_url: str

    @property
    def title(self):
        return self.content.title

    @cached_property
    def reading_age(self):
        return reading_age(self.content.readable_text())

    @property
    def hard_to_read(self):
        return is_above_target(self.reading_age)

    def review_status(self, today):
        return self.content.review_status(today)


def health_items(request=None):
    """Every live, public health page and published answer, with its reviewer."""
    items = []
    for model in HEALTH_PAGE_TYPES:
        pages = model.objects.live()
        for page in pages.exclude(pages.private_q()).with_reviewer().order_by("title"):
            edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
            items.append(
                HealthItem(page, model._meta.verbose_name, page.get_url(request), edit_url)
            )
    ask_alice = AskAlicePage.find(request)
    for question in Question.objects.published().with_reviewer():
        url = ask_alice.question_url(question, request) if ask_alice else ""
        items.append(HealthItem(question, "answer", url, admin_edit_url(question)))
    return items


class TrustFigures:
    """The public trust report, computed from the data as it is now."""

    def __init__(self, today=None, request=None):
        self.today = today or timezone.localdate()
        self.year_ago = self.today - YEAR
        self.items = health_items(request)

    @property
    def health_count(self):
        return len(self.items)

    @cached_property
    def reviewed_in_last_year(self):
        return [
            item
            for item in self.items
            if item.content.last_reviewed and item.content.last_reviewed >= self.year_ago
        ]

    @property
    def reviewed_share(self):
        """Percent of health content reviewed in the last 12 months (whole number)."""
        if not self.items:
            return None
        return round(100 * len(self.reviewed_in_last_year) / len(self.items))

    @property
    def median_days_since_review(self):
        days = [
            (self.today - item.content.last_reviewed).days
            for item in self.items
            if item.content.last_reviewed
        ]
        return round(statistics.median(days)) if days else None

    @cached_property
    def overdue(self):
        return [item for item in self.items if item.review_status(self.today) == "overdue"]

    @cached_property
    def corrections(self):
        """(date, item, description) of each correction in the last 12 months, newest first."""
        found = [
            (change["date"], item, change["description"])
            for item in self.items
            for change in item.content.corrections_since(self.year_ago)
        ]
        return sorted(found, key=lambda correction: correction[0], reverse=True)

    @cached_property
    def answers_published(self):
        return sum(1 for item in self.items if item.kind == "answer")

    @cached_property
    def problem_reports(self):
        return ProblemReport.objects.counts_since(self.year_ago)

    @cached_property
    def chatbot(self):
        """Chatbot answers and refusals, and the survey's helpful rate, over what the
        chatbot keeps (its records are pruned after CHATBOT_RETENTION_DAYS)."""
        exchanges = Exchange.objects.filter(created_at__date__gte=self.year_ago).aggregate(
            answered=Count("pk", filter=Q(outcome=Exchange.Outcome.ANSWERED)),
            declined=Count("pk", filter=Q(outcome=Exchange.Outcome.DECLINED)),
        )
        surveys = SurveyResponse.objects.filter(
            created_at__date__gte=self.year_ago, helpful__isnull=False
        ).aggregate(said=Count("pk"), helpful=Count("pk", filter=Q(helpful=True)))
        said = surveys["said"]
        return {
            **exchanges,
            "surveys": said,
            "helpful_share": round(100 * surveys["helpful"] / said) if said else None,
        }


def due_for_review(today=None):
    """Health content overdue or due within 30 days, soonest first."""
    today = today or timezone.localdate()
    soon = today + datetime.timedelta(days=DUE_SOON_DAYS)
    items = [
        item
        for item in health_items()
        if item.content.next_review_due is None or item.content.next_review_due <= soon
    ]
    return sorted(items, key=lambda item: item.content.next_review_due or datetime.date.min)
