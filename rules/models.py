"""UK rules: the regulation tracker at /uk-rules/ (a page per rule, so site search, the
sitemap, drafts and scheduling work as for any page), its feed and open data, and the
"Something went wrong?" guide with the complaint routes it lists."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q, Value
from django.db.models.functions import Coalesce, Greatest
from django.http import HttpResponseRedirect, JsonResponse
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.models import SectionIndexPage, SitePage, SitePageManager, SitePageQuerySet
from core.nations import Nation
from core.text import shorten
from practitioners.postcodes import nations_of
from treatments.models import TreatmentPage

from .blocks import SourceBlock
from .choices import ROUTE_REGISTERS, RouteKind, Stage, Topic
from .export import FIELDS, LICENCE, export
from .feeds import RuleChangesFeed
from .forms import NationLookupForm, TrackerFilters

# Entries and routes whose last check is older than this are listed for editors.
CHECK_EVERY = datetime.timedelta(days=90)
# The dates of an entry, in the order they happen.
DATE_FIELDS = (
    "announced_on",
    "consultation_opens",
    "consultation_closes",
    "passed_on",
    "in_force_on",
)
# Stands in for a missing date when finding an entry's latest (NULL compares differently
# on SQLite and PostgreSQL).
NO_DATE = datetime.date(1900, 1, 1)


def check_cutoff(today=None):
    return (today or timezone.localdate()) - CHECK_EVERY


class RuleEntryQuerySet(SitePageQuerySet):
    def published(self):
        return self.live().exclude(self.private_q())

    def with_timeline_date(self):
        """Each entry's latest date, the one the timeline orders by."""
        dates = (Coalesce(name, Value(NO_DATE)) for name in DATE_FIELDS)
        return self.annotate(
            timeline_date=Greatest(*dates, output_field=models.DateField())
        ).order_by("-timeline_date", "title")

    def with_treatments(self):
        """With the live, public treatments each entry affects, A–Z."""
        treatments = TreatmentPage.objects.live().exclude(TreatmentPage.objects.private_q())
        return self.prefetch_related(
            Prefetch("treatments", queryset=treatments.for_links().order_by("title"))
        )

    def for_serving(self):
        return self.with_treatments()

    def for_links(self):
        """Only what a link to an entry shows beside it: its stage and nations."""
        return self.only("title", "slug", "url_path", "stage", *(n.field_name for n in Nation))

    def for_timeline(self):
        """Published entries, latest first, with the treatments they affect."""
        return self.published().with_timeline_date().with_treatments()

    def in_nation(self, nation):
        return self.filter(**{Nation(nation).field_name: True})

    def affecting(self, treatment):
        return self.filter(treatments=treatment)

    def at_stage(self, stage):
        return self.filter(stage=stage)

    def about(self, topic):
        return self.filter(topic=topic)

    def checks_due(self, today=None):
        return self.filter(last_checked__lt=check_cutoff(today))


RuleEntryManager = SitePageManager.from_queryset(RuleEntryQuerySet)


class RulesTrackerPage(RoutablePageMixin, SectionIndexPage):
    """The UK rules tracker: a timeline filtered by nation, treatment and stage; an Atom
    feed of changes; the entries as open data (JSON); and the postcode-to-nation step of
    the rules box on treatment pages."""

    subpage_types = ["rules.RuleEntryPage"]

    class Meta:
        verbose_name = "UK rules tracker"

    def get_cached_paths(self):
        return ["/", self.reverse_subpage("feed"), self.reverse_subpage("json")]

    @property
    def entries(self):
        return RuleEntryPage.objects.child_of(self).for_timeline()

    def filters(self, request):
        return TrackerFilters(request.GET, RuleEntryPage.treatment_choices(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(open_data_fields=FIELDS, licence=LICENCE)
        return context

    @path("")
    def timeline_route(self, request):
        filters = self.filters(request)
        return self.render(
            request,
            context_overrides={"filters": filters, "entries": filters.apply(self.entries)},
        )

    @path("feed/", name="feed")
    def feed_route(self, request):
        return RuleChangesFeed(self)(request)

    @path("json/", name="json")
    def json_route(self, request):
        filters = self.filters(request)
        data = export(self, filters.apply(self.entries), request)
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})

    @path("your-nation/", name="nation")
    def nation_route(self, request):
        """The nation of a postcode, sent back to the page it was asked from
        (`?nation=`); the form again if the postcode can't be placed."""
        form = NationLookupForm(request.GET)
        if form.is_valid():
            return HttpResponseRedirect(form.destination)
        return self.render(
            request,
            template="rules/nation_lookup.html",
            context_overrides={"form": form, "nations": Nation, "trail": [*self.breadcrumbs, self]},
        )


class RuleEntryPage(SitePage):
    """One law, proposal, consultation or warning, with where it applies, its stage and
    dates, the treatments it affects, what it means in plain words and its sources."""

    england = models.BooleanField(default=False)
    scotland = models.BooleanField(default=False)
    wales = models.BooleanField(default=False)
    northern_ireland = models.BooleanField("Northern Ireland", default=False)
    stage = models.CharField(max_length=20, choices=Stage, default=Stage.PROPOSED)
    topic = models.CharField(
        max_length=20,
        choices=Topic,
        help_text="What it is mostly about. The directory shows age limits to under-18s.",
    )
    announced_on = models.DateField("Announced", null=True, blank=True)
    consultation_opens = models.DateField("Consultation opens", null=True, blank=True)
    consultation_closes = models.DateField("Consultation closes", null=True, blank=True)
    passed_on = models.DateField(
        "Passed or made", null=True, blank=True, help_text="e.g. the date of Royal Assent."
    )
    in_force_on = models.DateField("In force from", null=True, blank=True)
    treatments = ParentalManyToManyField(
        TreatmentPage,
        blank=True,
        related_name="rule_entries",
        help_text="Treatment pages list this entry in their 'Rules where you live' box.",
    )
    what_it_means = models.TextField(
        "What it means for you",
        max_length=800,
        help_text="Plain words for readers (reading age 12): what changes for them, and when.",
    )
    sources = StreamField(
        [("source", SourceBlock())],
        min_num=1,
        help_text="Where readers can check it: the law, the consultation, the notice.",
    )
    last_checked = models.DateField(
        default=timezone.localdate,
        help_text="When an editor last checked it at its sources. Entries not checked for "
        "90 days are listed on the dashboard.",
    )

    objects = RuleEntryManager()

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("england"),
                        FieldPanel("scotland"),
                        FieldPanel("wales"),
                        FieldPanel("northern_ireland"),
                    ]
                ),
            ],
            heading="Nations it covers",
            help_text="Tick all four for a UK-wide rule.",
        ),
        FieldRowPanel([FieldPanel("stage"), FieldPanel("topic")]),
        MultiFieldPanel(
            [
                FieldPanel("announced_on"),
                FieldRowPanel(
                    [FieldPanel("consultation_opens"), FieldPanel("consultation_closes")]
                ),
                FieldRowPanel([FieldPanel("passed_on"), FieldPanel("in_force_on")]),
            ],
            heading="Dates",
            help_text="Give those that are known; the timeline uses the latest.",
        ),
        FieldPanel("what_it_means"),
        FieldPanel("treatments", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sources"),
        FieldPanel("last_checked"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("title", boost=3),
        index.SearchField("what_it_means", boost=2),
        index.SearchField("sources"),
        index.FilterField("stage"),
    ]

    parent_page_types = ["rules.RulesTrackerPage"]
    subpage_types = []

    class Meta:
        verbose_name = "UK rule"

    def clean(self):
        super().clean()
        errors = {}
        if not self.nations:
            errors["england"] = "Tick the nations it covers (all four for a UK-wide rule)."
        if not any(getattr(self, name) for name in DATE_FIELDS):
            errors["announced_on"] = "Give at least one date, so it can go on the timeline."
        opens, closes = self.consultation_opens, self.consultation_closes
        if opens and closes and closes < opens:
            errors["consultation_closes"] = "A consultation can't close before it opens."
        if errors:
            raise ValidationError(errors)

    @classmethod
    def treatment_choices(cls, tracker):
        """The live treatments that the tracker's published entries affect, A–Z."""
        entries = cls.objects.child_of(tracker).published()
        treatments = TreatmentPage.objects.live()
        return (
            treatments.exclude(treatments.private_q())
            .filter(rule_entries__in=entries)
            .distinct()
            .order_by("title")
            .only("title", "slug")
        )

    @property
    def nations(self):
        return [nation for nation in Nation if getattr(self, nation.field_name)]

    @property
    def uk_wide(self):
        return len(self.nations) == len(Nation)

    @property
    def where(self):
        """'UK-wide', 'Scotland', 'England and Wales'..."""
        if self.uk_wide:
            return "UK-wide"
        labels = [nation.label for nation in self.nations]
        return " and ".join([", ".join(labels[:-1]), labels[-1]] if len(labels) > 1 else labels)

    def covers(self, nation):
        return getattr(self, Nation(nation).field_name)

    @property
    def key_dates(self):
        """(label, date) of the dates given, in the order they happen."""
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in DATE_FIELDS
            if getattr(self, name)
        ]

    @property
    def latest_date(self):
        return max(date for _, date in self.key_dates) if self.key_dates else None

    @property
    def check_due(self):
        return self.last_checked < check_cutoff()

    @cached_property
    def source_list(self):
        return [block.value for block in self.sources]

    def get_meta_description(self):
        return self.search_description or shorten(self.what_it_means, 160)

    def as_data(self, request):
        """This entry as the open data lists it (see export.FIELDS)."""
        return {
            "id": self.pk,
            "title": self.title,
            "url": self.get_full_url(request),
            "nations": [nation.value for nation in self.nations],
            "uk_wide": self.uk_wide,
            "stage": self.stage,
            "topic": self.topic,
            "dates": {name: _iso(getattr(self, name)) for name in DATE_FIELDS},
            "treatments": [
                {"title": treatment.title, "url": treatment.get_full_url(request)}
                for treatment in self.treatments.all()
            ],
            "what_it_means": self.what_it_means,
            "sources": [
                {
                    "title": source["title"],
                    "publisher": source["publisher"],
                    "date": _iso(source["date"]),
                    "url": source["url"],
                }
                for source in self.source_list
            ],
            "last_checked": _iso(self.last_checked),
            "last_changed": self.last_published_at.isoformat() if self.last_published_at else None,
        }


def _iso(date):
    return date.isoformat() if date else None


class ComplaintsGuidePage(SectionIndexPage):
    """'Something went wrong?': the routes to complain or report, in the order to try
    them. We link and explain; nothing is sent to anyone from here."""

    subpage_types = []

    class Meta:
        verbose_name = "complaints guide"

    @cached_property
    def steps(self):
        """[(RouteKind, [ComplaintRoute])] in the order readers should try them."""
        steps = {}
        for route in ComplaintRoute.objects.in_order():
            steps.setdefault(RouteKind(route.kind), []).append(route)
        return list(steps.items())


class ComplaintRouteQuerySet(models.QuerySet):
    def in_order(self):
        return self.order_by("kind", "sort_order", "name")

    def for_practitioner(self, practitioner):
        """The routes open to a client of this practitioner: every general route, the
        register they are on, and the clinic bodies of the nations their clinics are in
        (one query, the nations a subquery)."""
        clinic_nations, known = nations_of(clinic.postcode for clinic in practitioner.clinics.all())
        return self.in_order().filter(
            Q(register__in={"", practitioner.registration_body}),
            Q(nation="") | Q(nation__in=clinic_nations) | Q(nation__in=known),
        )

    def checks_due(self, today=None):
        return self.filter(last_checked__lt=check_cutoff(today))


class ComplaintRoute(models.Model):
    """A place to complain or report, with when it helps and how to use it."""

    kind = models.PositiveSmallIntegerField(
        choices=RouteKind, help_text="Its step in the guide: readers try them in this order."
    )
    name = models.CharField(max_length=120, help_text="e.g. 'General Medical Council (GMC)'.")
    register = models.CharField(
        max_length=10,
        choices=ROUTE_REGISTERS,
        blank=True,
        help_text="Only for practitioners on this register (profiles show it to their "
        "clients). Leave blank for a route open to everyone.",
    )
    nation = models.CharField(
        max_length=20,
        choices=Nation,
        blank=True,
        help_text="Only where the clinic is in this nation, e.g. Healthcare Improvement "
        "Scotland. Leave blank for the whole UK.",
    )
    when_to_use = models.TextField(
        max_length=500, help_text="Plain words: what they can and can't do for you."
    )
    how = models.TextField(
        max_length=500, blank=True, help_text="How to use it: the form, a phone number, cost."
    )
    url = models.URLField(
        "Link", blank=True, help_text="Their own page for this, not ours (blank for none)."
    )
    last_checked = models.DateField(
        default=timezone.localdate,
        help_text="When an editor last checked the link and the words. Shown on the page.",
    )
    sort_order = models.PositiveSmallIntegerField(
        default=100, help_text="Lower numbers first within the same step."
    )

    objects = ComplaintRouteQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("sort_order")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("register"), FieldPanel("nation")]),
        FieldPanel("when_to_use"),
        FieldPanel("how"),
        FieldPanel("url"),
        FieldPanel("last_checked"),
    ]

    class Meta:
        ordering = ["kind", "sort_order", "name"]
        verbose_name = "complaint route"

    def __str__(self):
        return self.name

    @property
    def check_due(self):
        return self.last_checked < check_cutoff()

    @property
    def anchor(self):
        return f"route-{self.pk}"
