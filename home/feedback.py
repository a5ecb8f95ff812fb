"""'Report a problem with this page': readers' reports on health content, for the editors'
queue (home/wagtail_hooks.py) and the trust report. A report names its page or answer and
holds no personal data: the form asks for none and says so."""

from django import forms
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from wagtail.models import Page

from articles.review import ReviewedMixin
from core.forms import HoneypotMixin
from core.models import SitePageQuerySet
from questions.models import AskAlicePage, Question

DETAILS_MAX_LENGTH = 2000


class ProblemReportQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(status=ProblemReport.Status.NEW)

    def counts_since(self, day):
        """{'received', 'closed'}: reports since `day`, and how many editors have dealt with."""
        return self.filter(created_at__date__gte=day).aggregate(
            received=Count("pk"), closed=Count("pk", filter=~Q(status=ProblemReport.Status.NEW))
        )


class ProblemReport(models.Model):
    class Kind(models.TextChoices):
        WRONG = "wrong", "Something is wrong or out of date"
        UNCLEAR = "unclear", "Something is hard to understand"
        BROKEN = "broken", "A link or part of the page doesn't work"
        OTHER = "other", "Something else"

    class Status(models.TextChoices):
        NEW = "new", "New"
        FIXED = "fixed", "Fixed (note it in the page's 'What changed')"
        NO_CHANGE = "no_change", "Checked: no change needed"

    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    question = models.ForeignKey(
        "questions.Question",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="answer",
    )
    title = models.CharField(max_length=255, help_text="The page's title when it was reported.")
    url = models.CharField("address", max_length=500)
    kind = models.CharField("problem", max_length=10, choices=Kind)
    details = models.TextField(max_length=DETAILS_MAX_LENGTH)
    status = models.CharField(max_length=10, choices=Status, default=Status.NEW, db_index=True)
    editor_note = models.TextField(
        blank=True, help_text="What you checked or changed (for the other editors)."
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = ProblemReportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "problem report"

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"


def reported_content(params, request):
    """(page or answer, title, url) named by ?page=<id> or ?question=<id>, or None: only a
    live, public health page or a published answer can be reported."""
    page_id, question_id = params.get("page", ""), params.get("question", "")
    if page_id.isdigit():
        pages = SitePageQuerySet(Page).live()
        page = pages.exclude(pages.private_q()).filter(pk=int(page_id)).first()
        page = page and page.specific
        if isinstance(page, ReviewedMixin):
            return page, page.title, page.get_url(request)
    elif question_id.isdigit():
        question = Question.objects.published().filter(pk=int(question_id)).first()
        ask_alice = AskAlicePage.find(request)
        if question and ask_alice:
            return question, question.title, ask_alice.question_url(question, request)
    return None


class ProblemReportForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = ProblemReport
        fields = ["kind", "details"]
        labels = {"kind": "What is the problem?", "details": "Tell us more"}
        help_texts = {
            "details": "What is wrong, and where on the page. Please don't include your "
            "name, contact details or anything about your health: we don't reply to "
            "reports, but we correct the page and say so at its foot.",
        }
        widgets = {
            "kind": forms.RadioSelect,
            "details": forms.Textarea(attrs={"rows": 5, "maxlength": DETAILS_MAX_LENGTH}),
        }
        error_messages = {
            "kind": {"required": "Choose what kind of problem it is."},
            "details": {
                "required": "Tell us what the problem is.",
                "max_length": "Please keep it to %(limit_value)d characters (it has "
                "%(show_value)d).",
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = ProblemReport.Kind.choices  # no "---------" radio

    def clean_details(self):
        return self.cleaned_data["details"].strip()

    def save_for(self, content, title, url):
        report = self.save(commit=False)
        report.title, report.url = title, url
        if isinstance(content, Question):
            report.question = content
        else:
            report.page = content
        report.save()
        return report
