"""The chatbot's passage index, its conversations and the feedback visitors give."""

import datetime
import uuid

import numpy as np
from django.db import models
from django.db.models import Count, Exists, Max, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.dateparse import parse_date

QUESTION_MAX_LENGTH = 500


class PassageQuerySet(models.QuerySet):
    def for_source(self, source_key):
        return self.filter(source_key=source_key)

    def version(self):
        """Changes whenever passages are added or removed: the in-process index reloads."""
        state = self.aggregate(count=Count("id"), latest=Max("indexed_at"))
        return state["count"], state["latest"]


class Passage(models.Model):
    """80–200 words of one live page (or published answer) under one heading.

    `vector` is the float32 embedding as bytes: there is no pgvector here, and numpy scores
    the whole matrix in memory. A pgvector column could replace it without changing callers
    of `as_vector`.
    """

    source_key = models.CharField(
        max_length=40, db_index=True, help_text="'page:<id>' or 'question:<id>'."
    )
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(max_length=255)
    url = models.CharField(max_length=500, help_text="Site-relative address of the page.")
    heading = models.CharField(max_length=255, blank=True)
    anchor = models.CharField(max_length=120, blank=True)
    text = models.TextField()
    position = models.PositiveIntegerField(default=0)
    vector = models.BinaryField()
    indexed_at = models.DateTimeField(default=timezone.now)
    # The medical review of a health page or answer as it was published (articles.review):
    # answers cite the date and rank reviewed passages a little higher.
    last_reviewed = models.DateField(null=True, blank=True)
    next_review_due = models.DateField(null=True, blank=True)

    objects = PassageQuerySet.as_manager()

    class Meta:
        ordering = ["source_key", "position"]

    def __str__(self):
        return f"{self.title} — {self.heading or 'introduction'}"

    @property
    def link(self):
        return f"{self.url}#{self.anchor}" if self.anchor else self.url

    def as_vector(self):
        return np.frombuffer(self.vector, dtype=np.float32)


class ConversationQuerySet(models.QuerySet):
    def older_than(self, moment):
        return self.filter(started_at__lt=moment)

    def with_summary(self):
        """With the first question, the number of questions and of answers citing a page
        overdue for review, for the admin listing."""
        first = Exchange.objects.filter(conversation=OuterRef("pk")).order_by("created_at", "pk")
        return self.annotate(
            exchange_count=Count("exchanges"),
            overdue_count=Count("exchanges", filter=Q(exchanges__review_overdue=True)),
            first_question=Subquery(first.values("question")[:1]),
        )

    def citing_overdue_pages(self, citing=True):
        """Conversations with an answer from a page whose review was overdue (or, with
        `citing` False, without one)."""
        overdue = Exists(Exchange.objects.filter(conversation=OuterRef("pk"), review_overdue=True))
        return self.filter(overdue if citing else ~overdue)


class Conversation(models.Model):
    """One visitor's chat: no login, no address, no cookie. The visitor's browser keeps
    its id for the tab (sessionStorage), so it survives reloads and moves between pages."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    started_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Follow-ups ("and how much does it cost?") are resolved against these. After a
    # practitioner search, `topic` is the directory's query (a place, at most an outcode)
    # and `topic_source` is "directory", so "and for botox?" keeps the place.
    topic = models.CharField(max_length=500, blank=True)
    topic_source = models.CharField(max_length=40, blank=True)
    survey_closed = models.BooleanField(
        default=False, help_text="The survey was answered or skipped: it is not shown again."
    )

    objects = ConversationQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]

    def __str__(self):
        return f"Conversation of {timezone.localtime(self.started_at):%d %b %Y %H:%M}"

    @property
    def wants_survey(self):
        return not self.survey_closed


def is_overdue(source, day):
    """An answer's source (see Exchange.sources) whose next review was due before `day`."""
    return bool(source.get("review_due")) and source["review_due"] < day.isoformat()


class ExchangeQuerySet(models.QuerySet):
    def gaps(self):
        """Questions on our subject the chatbot could not answer (declined, or no page
        states what was asked), or whose answer got a thumbs down."""
        return self.filter(Q(outcome=Exchange.Outcome.DECLINED) | Q(rating=Exchange.Rating.DOWN))


class Exchange(models.Model):
    """One question (personal details removed) and the answer it got."""

    class Outcome(models.TextChoices):
        ANSWERED = "answered", "Answered"
        DECLINED = "declined", "Not answered (handed to Ask Alice)"
        OFF_TOPIC = "off_topic", "Off topic"
        SAFETY = "safety", "Safety rule (refused or referred)"
        URGENT = "urgent", "Urgent advice"
        DIRECTORY = "directory", "Sent to the practitioner directory"

    class Rating(models.TextChoices):
        UP = "up", "Helpful"
        DOWN = "down", "Not helpful"

    class Reason(models.TextChoices):
        NOT_RELEVANT = "not_relevant", "Not relevant"
        WRONG = "wrong", "Wrong or out of date"
        VAGUE = "vague", "Too vague"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="exchanges"
    )
    question = models.TextField(help_text="As asked, with e-mails, phones and postcodes removed.")
    resolved_query = models.TextField(blank=True, help_text="What was searched for.")
    answer_html = models.TextField()
    sources = models.JSONField(
        default=list,
        blank=True,
        help_text="Title, URL and, for health pages, the review dates (ISO) of each source.",
    )
    review_overdue = models.BooleanField(
        default=False,
        db_index=True,
        help_text="A source's next review was already due when the answer was given.",
    )
    handoff_url = models.CharField(max_length=1200, blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome, db_index=True)
    top_score = models.FloatField(default=0)
    nearest_title = models.CharField(max_length=255, blank=True)
    nearest_url = models.CharField(max_length=500, blank=True)
    rating = models.CharField(max_length=4, choices=Rating, blank=True, db_index=True)
    reason = models.CharField(max_length=20, choices=Reason, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = ExchangeQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.question[:80]

    @property
    def cited(self):
        """The sources for editors: the review date as a date, and `overdue` if the next
        review was due before this answer."""
        day = timezone.localdate(self.created_at)
        return [
            {
                **source,
                "reviewed": parse_date(source.get("reviewed") or ""),
                "overdue": is_overdue(source, day),
            }
            for source in self.sources
        ]

    def rate(self, rating, reason=""):
        self.rating = rating
        self.reason = reason if rating == self.Rating.DOWN else ""
        self.save(update_fields=["rating", "reason"])


class SurveyResponseQuerySet(models.QuerySet):
    def by_week(self):
        """Per ISO week: responses, share helpful, share who would use it again, rating."""
        weeks = {}
        for response in self.order_by("created_at"):
            year, week, _ = timezone.localtime(response.created_at).isocalendar()
            weeks.setdefault((year, week), []).append(response)
        return [
            WeekSummary.from_responses(year, week, responses)
            for (year, week), responses in weeks.items()
        ]


class WeekSummary:
    def __init__(self, year, week, count, helpful, use_again, rating):
        self.year, self.week, self.count = year, week, count
        self.helpful, self.use_again, self.rating = helpful, use_again, rating

    @property
    def label(self):
        return f"{self.year}-W{self.week:02d}"

    @property
    def monday(self):
        return datetime.date.fromisocalendar(self.year, self.week, 1)

    @classmethod
    def from_responses(cls, year, week, responses):
        def share(values):
            values = [value for value in values if value is not None]
            return sum(values) / len(values) if values else None

        ratings = [response.rating for response in responses if response.rating]
        return cls(
            year,
            week,
            len(responses),
            share([response.helpful for response in responses]),
            share([response.use_again for response in responses]),
            sum(ratings) / len(ratings) if ratings else None,
        )


class SurveyResponse(models.Model):
    """The after-chat survey, worded as on the reference page; every answer is optional."""

    conversation = models.OneToOneField(
        Conversation, on_delete=models.CASCADE, related_name="survey"
    )
    helpful = models.BooleanField(null=True)
    helpful_why = models.CharField(max_length=500, blank=True)
    use_again = models.BooleanField(null=True)
    use_again_why = models.CharField(max_length=500, blank=True)
    rating = models.PositiveSmallIntegerField(null=True, choices=[(n, str(n)) for n in range(1, 6)])
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = SurveyResponseQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Survey of {timezone.localtime(self.created_at):%d %b %Y}"
