"""A reader's question and its answer: the data and its rules. Forms import this module
(not models.py, which imports the forms for the Ask Alice page).
"""

import datetime
import hashlib

from django.contrib.contenttypes.fields import GenericRelation
from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from articles.readability import readable
from articles.review import ReviewedMixin, ReviewedQuerySetMixin
from core.models import RowsUpdatedQuerySet
from core.text import shorten

from .names import public_name

ALICE = "Alice Hart-Davis"
QUESTION_MAX_LENGTH = 1000
TITLE_MAX_LENGTH = 90
ANSWERS_PER_PAGE = 10
SIMILAR_LIMIT = 5
# The same question from the same address within this time is a double click or a retry.
RESUBMISSION_WINDOW = datetime.timedelta(minutes=10)


def fingerprint(email, text):
    """What makes two questions the same one: the address (any case) and the words."""
    same = f"{email.strip().lower()}\n{' '.join(text.split())}"
    return hashlib.sha256(same.encode()).hexdigest()


class QuestionTag(TaggedItemBase):
    """Topics of a question: the same taggit tags the articles use."""

    content_object = ParentalKey(
        "questions.Question", on_delete=models.CASCADE, related_name="tagged_items"
    )


class QuestionQuerySet(ReviewedQuerySetMixin, SearchableQuerySetMixin, RowsUpdatedQuerySet):
    def published(self):
        """Answered questions readers can see, newest answer first."""
        return self.filter(status=Question.Status.PUBLISHED).order_by("-published_at", "-pk")

    def waiting(self):
        """New questions no editor has published or rejected yet, oldest first."""
        return self.filter(status=Question.Status.NEW).order_by("created_at", "pk")

    def awaiting_sign_off(self):
        """New questions whose answer is drafted: a clinical reviewer publishes them."""
        return self.waiting().exclude(answer="")

    def for_listing(self):
        """What an answer card shows, in a fixed number of queries."""
        return self.select_related("answered_by").prefetch_related("tags")

    def for_answer_list(self):
        """What `{% answer_list %}` shows (no topics)."""
        return self.select_related("answered_by")

    def with_topic(self, tag):
        return self.filter(tagged_items__tag=tag)

    def matching(self, terms):
        """Search by meaning words: any word may match, the best matches first.

        Used by the answers page and by the "similar answers" hint, so both agree.
        """
        return self.search(terms, operator="or")

    def for_email(self, email):
        return self.filter(email__iexact=email.strip()) if email.strip() else self.none()

    def awaiting_alert(self):
        """Waiting questions no moderator has been told about yet (see notifications)."""
        return self.waiting().filter(moderators_notified_at__isnull=True)

    def update_bookkeeping(self, **fields):
        """update() of fields no page shows (fingerprints, alerts), so without the
        `rows_updated` signal that renews every cached page."""
        return models.QuerySet.update(self, **fields)

    def rejected_before(self, moment):
        return self.filter(status=Question.Status.REJECTED, updated_at__lt=moment)


class Question(ReviewedMixin, index.Indexed, ClusterableModel):
    """A reader's question for Alice and, once answered, its published answer.

    The asker's name and e-mail are private: the public site prints only
    `asker_display`, and neither is in the search index.
    """

    class Status(models.TextChoices):
        NEW = "new", "New (waiting)"
        PUBLISHED = "published", "Published"
        REJECTED = "rejected", "Rejected"

    name = models.CharField(max_length=100, blank=True, help_text="Private: never shown in full.")
    email = models.EmailField(blank=True, help_text="Private: used only to reply.")
    anonymous = models.BooleanField(
        "post anonymously", default=False, help_text="Print only the asker's initials."
    )
    question = models.TextField(
        max_length=QUESTION_MAX_LENGTH,
        help_text="You may tidy the wording before publishing (and remove personal details).",
    )
    short_title = models.CharField(
        max_length=TITLE_MAX_LENGTH,
        blank=True,
        help_text="The question's heading in lists, search results and the browser tab, "
        "e.g. 'When should I start anti-wrinkle injections?'. Leave empty to use the "
        "question's opening words.",
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.NEW, db_index=True)
    answer = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ol", "ul", "h3"],
        help_text="Shown under the question when it is published.",
    )
    answered_by = models.ForeignKey(
        "articles.Expert",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="answers",
        help_text=f"Leave empty when {ALICE} answers herself.",
    )
    tags = ClusterTaggableManager(
        through=QuestionTag,
        blank=True,
        verbose_name="Topics",
        help_text="The same topics the articles use, e.g. 'Injectables'.",
    )
    treatments = ParentalManyToManyField(
        "treatments.TreatmentPage",
        blank=True,
        related_name="questions",
        help_text="Treatments the answer is about; the question is listed on their pages.",
    )
    consented_at = models.DateTimeField(
        null=True, blank=True, help_text="When the asker agreed to the terms and privacy policy."
    )
    # Unique, so that two copies of one question sent at once can't both be stored; given
    # up (cleared) once RESUBMISSION_WINDOW has passed. See `save_once`.
    fingerprint = models.CharField(max_length=64, null=True, unique=True, editable=False)
    moderators_notified_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When moderators were e-mailed about it, alone or in a digest.",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    asker_notified_at = models.DateTimeField(
        null=True, blank=True, help_text="When the asker was e-mailed the link to the answer."
    )
    # E-mails about the question (to the asker and to moderators); deleted with it.
    emails = GenericRelation(
        "tweakments.OutboundEmail", content_type_field="about_type", object_id_field="about_id"
    )

    search_fields = [
        # Only what the public sees: never the name or the e-mail address.
        index.SearchField("question", boost=2),
        index.SearchField("short_title", boost=2),
        index.SearchField("answer"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.FilterField("id"),
        index.FilterField("status"),
        index.FilterField("published_at"),
    ]

    objects = QuestionQuerySet.as_manager()
    report_target = "question"

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "published_at"])]

    def __str__(self):
        return self.title

    @property
    def title(self):
        return self.short_title.strip() or shorten(self.question, TITLE_MAX_LENGTH)

    @property
    def description(self):
        """The answer's opening, for search engines and link previews."""
        return shorten(self.answer_text, 160)

    @property
    def slug(self):
        return slugify(Truncator(self.question).words(10, truncate="")) or "question"

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    @property
    def asker_display(self):
        """What the public site prints for the asker (see questions.names)."""
        return public_name(self.name, self.anonymous)

    @property
    def answerer_name(self):
        return self.answered_by.name if self.answered_by else ALICE

    @property
    def answered_by_label(self):
        return self.answerer_name if self.answer else ""

    @property
    def related_treatments(self):
        return self.treatments.live().public().order_by("title")

    @property
    def answer_text(self):
        # A space before each tag keeps paragraphs from running together.
        return " ".join(strip_tags(self.answer.replace("<", " <")).split())

    def save_once(self):
        """Store this new question, unless the same one (see `fingerprint`) was stored
        within RESUBMISSION_WINDOW: a double click, or a retry racing the first try.
        Returns (question, created): the stored copy, and whether it is this one.

        The unique fingerprint decides, in the database, so two requests at the same
        instant can't both store it; an older copy gives its fingerprint up first.
        """
        self.fingerprint = fingerprint(self.email, self.question)
        with transaction.atomic():
            Question.objects.filter(
                fingerprint=self.fingerprint,
                created_at__lt=timezone.now() - RESUBMISSION_WINDOW,
            ).update_bookkeeping(fingerprint=None)
            try:
                with transaction.atomic():
                    self.save()
            except IntegrityError:
                return Question.objects.get(fingerprint=self.fingerprint), False
        return self, True

    def readable_text(self):
        return readable([self.answer])

    def publish(self):
        """Show the answer on the site; the asker is e-mailed once (see notifications)."""
        self.status = self.Status.PUBLISHED
        self.published_at = self.published_at or timezone.now()

    def reject(self):
        self.status = self.Status.REJECTED

    def erase_personal_data(self):
        """Forget the asker. A published answer stays, printed as "Anonymous"."""
        if not self.is_published:
            self.delete()
            return
        self.emails.all().delete()
        self.name = ""
        self.email = ""
        self.anonymous = True
        self.fingerprint = None
        self.save(update_fields=["name", "email", "anonymous", "fingerprint", "updated_at"])

    def export_personal_data(self):
        return {
            "id": self.pk,
            "name": self.name,
            "email": self.email,
            "anonymous": self.anonymous,
            "question": self.question,
            "status": self.status,
            "answer": self.answer_text,
            "answered_by": self.answerer_name if self.answer else "",
            "topics": [tag.name for tag in self.tags.all()],
            "treatments": [page.title for page in self.treatments.all()],
            "consented_at": self.consented_at.isoformat() if self.consented_at else None,
            "created_at": self.created_at.isoformat(),
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "shown_as": self.asker_display,
        }


def admin_edit_url(question):
    return reverse("wagtailsnippets_questions_question:edit", args=[question.pk])


def admin_waiting_url():
    return reverse("wagtailsnippets_questions_question:list") + f"?status={Question.Status.NEW}"
