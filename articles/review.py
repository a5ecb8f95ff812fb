"""Medical review of health content: who checked it, when, against what, and what changed.

Every health content type (articles, treatments, videos and Ask Alice answers) mixes in
`ReviewedMixin`. The reviewer is an `Expert` on a UK statutory register, stamped by the
"Clinical review" workflow step (articles/workflows.py) or, for answers, when a clinical
reviewer publishes them; editors never type it. The NHS Standard for creating health
content and the PIF TICK ask for a review at least every three years: we plan one a year by
default, and never allow more than three.
"""

import calendar
import datetime
import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.blocks import StructBlockValidationError
from wagtail.fields import StreamField

DEFAULT_CYCLE_MONTHS = 12
MAX_CYCLE_MONTHS = 36
DUE_SOON_DAYS = 30
CLINICAL_REVIEWERS = "Clinical reviewers"
DOI = re.compile(r"^10\.\d{4,9}/\S+$")


class Register(models.TextChoices):
    """The UK statutory registers a clinical reviewer may be on."""

    GMC = "GMC", "General Medical Council (GMC)"
    NMC = "NMC", "Nursing and Midwifery Council (NMC)"
    GDC = "GDC", "General Dental Council (GDC)"
    GPHC = "GPhC", "General Pharmaceutical Council (GPhC)"
    HCPC = "HCPC", "Health and Care Professions Council (HCPC)"


# Each register's public search, where a reader checks the number we print.
REGISTER_SEARCH_URLS = {
    Register.GMC: "https://www.gmc-uk.org/registration-and-licensing/the-medical-register",
    Register.NMC: "https://www.nmc.org.uk/registration/search-the-register/",
    Register.GDC: "https://olr.gdc-uk.org/searchregister",
    Register.GPHC: "https://www.pharmacyregulation.org/registers",
    Register.HCPC: "https://www.hcpc-uk.org/check-the-register/",
}
# What each register's numbers look like: GMC 7 digits, NMC PIN 12A3456E, GDC up to 6
# digits, GPhC 7 digits, HCPC a profession prefix and digits (PA12345).
REGISTRATION_NUMBERS = {
    Register.GMC: (re.compile(r"^\d{7}$"), "7 digits, e.g. 1234567"),
    Register.NMC: (re.compile(r"^\d{2}[A-Z]\d{4}[A-Z]$"), "like 12A3456E"),
    Register.GDC: (re.compile(r"^\d{1,6}$"), "up to 6 digits, e.g. 123456"),
    Register.GPHC: (re.compile(r"^\d{7}$"), "7 digits, e.g. 2012345"),
    Register.HCPC: (re.compile(r"^[A-Z]{2,3}\d{4,6}$"), "letters then digits, e.g. PA12345"),
}


def check_registration(register, number):
    """{field: error} for a register and number that don't go together."""
    if bool(register) != bool(number):
        missing = "registration_number" if register else "register"
        return {missing: "Give both the register and the registration number, or neither."}
    if register:
        pattern, example = REGISTRATION_NUMBERS[register]
        if not pattern.match(number):
            return {"registration_number": f"A {register} number is {example}."}
    return {}


def add_months(day, months):
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def months_between(start, end):
    return (end.year - start.year) * 12 + end.month - start.month


def is_clinical_reviewer(user):
    """In the Clinical reviewers group, with an Expert profile on a register to stamp."""
    expert = getattr(user, "expert_profile", None)
    return bool(
        expert
        and expert.register
        and user.is_active
        and user.groups.filter(name=CLINICAL_REVIEWERS).exists()
    )


def may_skip_clinical_review(user):
    """Whoever holds the named permission may publish a minor edit (a typo) straight away;
    each such publish is logged (articles/wagtail_hooks.py)."""
    return user.has_perm("articles.skip_clinical_review")


# --- Blocks ------------------------------------------------------------------------------


class SourceValue(blocks.StructValue):
    @property
    def link(self):
        """The source's address: its URL, or its DOI through doi.org."""
        if self.get("url"):
            return self["url"]
        return f"https://doi.org/{self['doi']}" if self.get("doi") else ""

    def as_citation(self):
        """A schema.org CreativeWork for JSON-LD."""
        work = {"@type": "CreativeWork", "name": self["title"], "url": self.link}
        if self.get("publisher"):
            work["publisher"] = {"@type": "Organization", "name": self["publisher"]}
        if self.get("year"):
            work["datePublished"] = str(self["year"])
        if self.get("doi"):
            work["sameAs"] = f"https://doi.org/{self['doi']}"
        return work


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=300, help_text="The page, guidance or paper's title.")
    publisher = blocks.CharBlock(
        max_length=200, help_text="Who published it, e.g. 'NHS', 'MHRA' or a journal's name."
    )
    year = blocks.IntegerBlock(
        required=False, min_value=1900, max_value=2100, help_text="The year it was published."
    )
    url = blocks.URLBlock(required=False, label="URL", help_text="Its address, if online.")
    doi = blocks.CharBlock(
        required=False,
        max_length=200,
        label="DOI",
        help_text="For a paper: its DOI, e.g. 10.3390/ijms23126742 (linked through doi.org).",
    )

    class Meta:
        icon = "link"
        label = "Source"
        value_class = SourceValue
        description = "Where a fact on the page comes from: title, publisher, year, URL or DOI."
        preview_value = {
            "title": "Botulinum toxin (Botox) injections",
            "publisher": "NHS",
            "year": 2023,
            "url": "https://www.nhs.uk/conditions/cosmetic-procedures/",
            "doi": "",
        }

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if not value.get("url") and not value.get("doi"):
            errors["url"] = ValidationError("Give the source's URL or its DOI.")
        doi = (value.get("doi") or "").strip().removeprefix("https://doi.org/")
        if doi and not DOI.match(doi):
            errors["doi"] = ValidationError("A DOI starts with 10. and a slash, e.g. 10.1000/xyz.")
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        value["doi"] = doi
        return value


class ChangeKind(models.TextChoices):
    UPDATE = "update", "Update"
    CORRECTION = "correction", "Correction"


class ChangeBlock(blocks.StructBlock):
    date = blocks.DateBlock(help_text="When the page changed.")
    kind = blocks.ChoiceBlock(
        choices=ChangeKind.choices,
        default=ChangeKind.UPDATE,
        help_text="A correction fixes something that was wrong; corrections are counted "
        "in the public trust report.",
    )
    description = blocks.TextBlock(
        max_length=500, help_text="What changed, in a sentence readers understand."
    )

    class Meta:
        icon = "history"
        label = "Change"
        description = "A dated note of a substantive update or a correction."
        preview_value = {
            "date": datetime.date(2026, 3, 3),
            "kind": "correction",
            "description": "We corrected how long results last: 3 to 4 months, not 6.",
        }


# --- The mixin ---------------------------------------------------------------------------


class ReviewedQuerySetMixin:
    """Queryset methods of every reviewed type (pages and answers)."""

    def with_reviewer(self):
        return self.select_related("reviewed_by")

    def overdue(self, today=None):
        return self.filter(next_review_due__lt=today or timezone.localdate())

    def due_by(self, day):
        return self.filter(next_review_due__lte=day)

    def reviewed_since(self, day):
        return self.filter(last_reviewed__gte=day)


class ReviewedMixin(models.Model):
    """Who medically reviewed this, when, when it is next due, its sources and changes."""

    reviewed_by = models.ForeignKey(
        "articles.Expert",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="medically reviewed by",
        help_text="Stamped when a clinical reviewer approves it; not typed.",
    )
    last_reviewed = models.DateField(
        null=True, blank=True, help_text="Stamped with the date of the clinical approval."
    )
    next_review_due = models.DateField(
        null=True,
        blank=True,
        help_text="12 months after the last review unless you change it; never more than "
        "3 years. Each approval keeps the cycle you set (e.g. 2 years).",
    )
    sources = StreamField(
        [("source", SourceBlock())],
        blank=True,
        help_text="Where the facts come from. Re-check each at every review.",
    )
    changes = StreamField(
        [("change", ChangeBlock())],
        blank=True,
        verbose_name="what changed",
        help_text="A dated note of every substantive update or correction, shown at the foot.",
    )

    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("reviewed_by", read_only=True),
                FieldRowPanel(
                    [
                        FieldPanel("last_reviewed", read_only=True),
                        FieldPanel("next_review_due"),
                    ]
                ),
            ],
            heading="Medical review",
            help_text="Submit to Clinical review: the reviewer's approval stamps these.",
        ),
        FieldPanel("sources"),
        FieldPanel("changes"),
    ]

    # What "Report a problem" names: ?page=<id>, or ?question=<id> for an answer.
    report_target = "page"

    class Meta:
        abstract = True

    @property
    def report_query(self):
        return f"{self.report_target}={self.pk}"

    def clean(self):
        super().clean()
        if self.next_review_due:
            start = self.last_reviewed or timezone.localdate()
            if self.last_reviewed and self.next_review_due <= self.last_reviewed:
                raise ValidationError({"next_review_due": "Must be after the last review."})
            if self.next_review_due > add_months(start, MAX_CYCLE_MONTHS):
                raise ValidationError({"next_review_due": "At most 3 years after the last review."})

    @property
    def review_cycle_months(self):
        """The editor's cycle (the months from the last review to the next), or a year."""
        if self.last_reviewed and self.next_review_due:
            months = months_between(self.last_reviewed, self.next_review_due)
            return min(max(months, 1), MAX_CYCLE_MONTHS)
        return DEFAULT_CYCLE_MONTHS

    def stamp_review(self, expert, day=None):
        """Record a clinical approval by `expert` on `day`; the next review keeps the cycle."""
        day = day or timezone.localdate()
        cycle = self.review_cycle_months
        self.reviewed_by = expert
        self.last_reviewed = day
        self.next_review_due = add_months(day, cycle)

    def review_status(self, today=None):
        """'unreviewed', 'overdue', 'due soon' (within 30 days) or 'current'."""
        today = today or timezone.localdate()
        if not self.last_reviewed or not self.next_review_due:
            return "unreviewed"
        if self.next_review_due < today:
            return "overdue"
        if self.next_review_due <= today + datetime.timedelta(days=DUE_SOON_DAYS):
            return "due soon"
        return "current"

    @cached_property
    def source_list(self):
        return [block.value for block in self.sources]

    @cached_property
    def change_list(self):
        """Changes, newest first."""
        return sorted(
            (block.value for block in self.changes), key=lambda c: c["date"], reverse=True
        )

    def corrections_since(self, day):
        return [
            change
            for change in self.change_list
            if change["kind"] == ChangeKind.CORRECTION and change["date"] >= day
        ]

    def readable_text(self):
        """The text readers read, for the readability figure; each type says what it is."""
        raise NotImplementedError

    def medical_web_page(self, url, name):
        """schema.org MedicalWebPage: who reviewed it, when, and what it cites."""
        data = {
            "@context": "https://schema.org",
            "@type": "MedicalWebPage",
            "url": url,
            "name": name,
        }
        if self.reviewed_by:
            data["reviewedBy"] = self.reviewed_by.as_person()
        if self.last_reviewed:
            data["lastReviewed"] = self.last_reviewed.isoformat()
        if self.source_list:
            data["citation"] = [source.as_citation() for source in self.source_list]
        return data
