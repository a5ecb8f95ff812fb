from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.functional import cached_property
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from articles.models import ArticlePage
from articles.readability import readable
from articles.review import ReviewedMixin, ReviewedQuerySetMixin
from core import renditions
from core.models import (
    HeroImageMixin,
    SectionIndexPage,
    SitePage,
    SitePageManager,
    SitePageQuerySet,
)
from core.panels import page_panels
from core.renditions import prefetch_renditions
from core.sites import absolute_url
from core.text import shorten

from .aftercare import AftercareBlock, timeline
from .blocks import TreatmentBodyBlock
from .finder import Comparison, Finder
from .taxonomy import Area, Concern, Downtime, Pain, RegulatoryStatus
from .where_you_live import NationRulesBlock, age_rules, rules_for

# The most any one session is priced at; a bigger figure is a typing mistake.
MAX_PRICE = 100_000
# What a treatment's card shows (treatments/includes/treatment_card.html), and its link.
TREATMENT_CARD_FIELDS = ("title", "slug", "url_path", "summary", "price_from", "price_to")
TREATMENT_CARD_FIELDS += ("downtime",)


def pounds(amount):
    return f"£{amount:,}"


class TreatmentPageQuerySet(ReviewedQuerySetMixin, SitePageQuerySet):
    def for_listing(self):
        """Live, public treatments, A–Z."""
        return self.live().public().defer("body").order_by("title", "pk")

    def for_cards(self):
        """Only what a card shows: the picture (its renditions come with the page's:
        `core.renditions.prefetch_renditions`) and the concerns. A treatment has some sixty
        fields; reading only these halves the cost of a page of 24 cards."""
        return (
            self.select_related("hero_image")
            .prefetch_related("concerns")
            .only(*TREATMENT_CARD_FIELDS, "hero_image")
        )

    def for_links(self):
        """Only what a link to a treatment needs: its title, slug and URL."""
        return self.only("title", "slug", "url_path")

    def for_serving(self):
        return self.select_related("hero_image", "reviewed_by").prefetch_related(
            "concerns", "areas"
        )

    def _having(self, option_field, slugs):
        through = TreatmentPage._meta.get_field(option_field).remote_field.through
        return self.filter(
            Exists(
                through.objects.filter(
                    treatmentpage=OuterRef("pk"), **{f"{option_field[:-1]}__slug__in": slugs}
                )
            )
        )

    def for_concerns(self, slugs):
        """Treatments for any of these concerns (an EXISTS, so no duplicate rows)."""
        return self._having("concerns", slugs)

    def in_areas(self, slugs):
        return self._having("areas", slugs)

    def within_budget(self, pounds):
        """Treatments whose cheapest typical session costs at most `pounds`."""
        return self.filter(price_from__lte=pounds)

    def with_downtime_at_most(self, level):
        return self.filter(downtime__lte=level)

    def matching(self, text):
        """A plain substring match on names and summary, so it combines with the filters."""
        return self.filter(
            Q(title__icontains=text) | Q(also_known_as__icontains=text) | Q(summary__icontains=text)
        )


TreatmentPageManager = SitePageManager.from_queryset(TreatmentPageQuerySet)


class TreatmentIndexPage(RoutablePageMixin, SectionIndexPage):
    """The Tweakment Finder at /tweakments/: filters, results, compare and the A–Z."""

    subpage_types = ["treatments.TreatmentPage"]

    class Meta:
        verbose_name = "tweakment finder"

    def get_cached_paths(self):
        """What a purge of this page covers (wagtail.contrib.frontend_cache)."""
        return ["/", self.reverse_subpage("compare")]

    @property
    def treatments(self):
        return TreatmentPage.objects.child_of(self).for_listing()

    @path("")
    def finder_route(self, request):
        finder = Finder(request.GET, self.treatments)
        return self.render(request, context_overrides={"finder": finder})

    @path("compare/", name="compare")
    def compare_route(self, request):
        comparison = Comparison(request.GET, self.treatments)
        return self.render(
            request,
            template="treatments/compare_page.html",
            context_overrides={"comparison": comparison, "trail": [*self.breadcrumbs, self]},
        )


class TreatmentPage(ReviewedMixin, HeroImageMixin, SitePage):
    also_known_as = models.CharField(
        max_length=200,
        blank=True,
        help_text="Other names readers search for, comma-separated, e.g. "
        "'Botox, tox, wrinkle relaxers'. Brand names are fine here.",
    )
    summary = models.TextField(
        max_length=300,
        help_text="One or two plain sentences: what it is and what it does. Shown on cards.",
    )
    body = StreamField(
        TreatmentBodyBlock(),
        blank=True,
        help_text="Suggested sections: what it is, how it works, what to expect, risks, "
        "aftercare. Start each with an H2 heading.",
    )
    concerns = ParentalManyToManyField(
        Concern, blank=True, related_name="treatments", help_text="What it is used to treat."
    )
    areas = ParentalManyToManyField(
        Area, blank=True, related_name="treatments", help_text="Where it can be done."
    )
    price_from = models.PositiveIntegerField(
        "From (£)",
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_PRICE)],
        help_text="Typical lowest UK price for one session, in whole pounds. "
        "The finder's budget filter uses this.",
    )
    price_to = models.PositiveIntegerField(
        "To (£)",
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_PRICE)],
        help_text="Typical top UK price for one session. Leave blank to show 'from £…'.",
    )
    sessions_min = models.PositiveSmallIntegerField(
        "Sessions (fewest)",
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text="Sessions in a usual first course.",
    )
    sessions_max = models.PositiveSmallIntegerField(
        "Sessions (most)",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text="Leave blank if the course is always the same length.",
    )
    downtime = models.PositiveSmallIntegerField(
        choices=Downtime,
        default=Downtime.NONE,
        help_text="How long before most people feel fine being seen. The finder filters on it.",
    )
    downtime_detail = models.CharField(
        max_length=160, blank=True, help_text="e.g. 'Redness and pinpoint marks for 24–48 hours'."
    )
    results_last = models.CharField(
        "How long results last",
        max_length=80,
        blank=True,
        help_text="e.g. '3–4 months' or 'Years, with sun protection'.",
    )
    repeat_every_months = models.PositiveSmallIntegerField(
        "Repeated every (months)",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text="How often a top-up session is usually booked once results are there. "
        "Used for the yearly cost estimate; leave blank for one-off treatments.",
    )
    pain = models.PositiveSmallIntegerField(
        "Pain level", choices=Pain, default=Pain.MILD, help_text="How it usually feels."
    )
    who_can_perform = models.CharField(
        "Who may perform it in the UK",
        max_length=200,
        blank=True,
        help_text="e.g. 'A doctor, dentist or nurse prescriber must prescribe it "
        "after a face-to-face consultation'.",
    )
    regulatory_status = models.CharField(
        max_length=20,
        choices=RegulatoryStatus,
        default=RegulatoryStatus.UNREGULATED,
        help_text="The status of the product or procedure in the UK.",
    )
    regulatory_note = models.TextField(
        "Regulatory status explained",
        max_length=600,
        blank=True,
        help_text="A short plain-English explanation, e.g. what licensing is planned.",
    )
    # --- Rules where you live and aftercare (the rules box and the care cards) ---
    nation_rules = StreamField(
        NationRulesBlock(),
        blank=True,
        verbose_name="Rules by nation",
        help_text="Who may do it, where, age limits and advertising, in all UK nations or "
        "one. 'Who may do it' for all nations is the field above.",
    )
    rules_checked_on = models.DateField(
        "Rules last checked",
        null=True,
        blank=True,
        help_text="When an editor last checked this treatment's rules in every nation "
        "against the UK rules tracker. Shown in the 'Rules where you live' box.",
    )
    aftercare = StreamField(
        AftercareBlock(),
        blank=True,
        help_text="What is normal after treatment and when to get help, one block per "
        "stage (day 0, days 1 to 3, the first 2 weeks, later). Shown as care cards.",
    )

    objects = TreatmentPageManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("also_known_as"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading="Hero image"
        ),
        MultiFieldPanel(
            [
                FieldPanel("concerns", widget=forms.CheckboxSelectMultiple),
                FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("price_from"), FieldPanel("price_to")]),
                FieldRowPanel([FieldPanel("sessions_min"), FieldPanel("sessions_max")]),
                FieldRowPanel([FieldPanel("downtime"), FieldPanel("downtime_detail")]),
                FieldRowPanel([FieldPanel("results_last"), FieldPanel("repeat_every_months")]),
                FieldPanel("pain"),
            ],
            heading="Facts for the summary box and the finder",
            help_text="Use the 'Summary box' preview to check how these read.",
        ),
        MultiFieldPanel(
            [
                FieldPanel("regulatory_status"),
                FieldPanel("regulatory_note"),
                FieldPanel("who_can_perform"),
                FieldPanel("nation_rules"),
                FieldPanel("rules_checked_on"),
            ],
            heading="UK regulation: the 'Rules where you live' box",
        ),
        FieldPanel("body"),
        FieldPanel("aftercare"),
        *ReviewedMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        # The name and its other names are what readers type: weigh them above the text
        # (a later entry for the same field replaces Page's title boost of 2).
        index.SearchField("title", boost=5),
        index.SearchField("also_known_as", boost=4),
        index.AutocompleteField("also_known_as"),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.RelatedFields("concerns", [index.SearchField("name")]),
        index.SearchField("nation_rules"),
        index.SearchField("aftercare"),
        index.FilterField("price_from"),
        index.FilterField("downtime"),
    ]

    parent_page_types = ["treatments.TreatmentIndexPage"]
    # Boxes other apps add under the page, in this order (tweakments/panels.py).
    page_panels = ("treatment_answers", "treatment_videos", "treatment_practitioners")
    # The rules where you live, shown under the summary box (a higher app's panel).
    rules_panels = ("treatment_rules",)
    subpage_types = []

    preview_modes = [("", "Whole page"), ("summary", "Summary box")]

    class Meta:
        verbose_name = "treatment"

    def clean(self):
        super().clean()
        errors = {}
        if self.price_to is not None and self.price_from is None:
            errors["price_from"] = "Give a 'from' price as well."
        elif self.price_to is not None and self.price_to < self.price_from:
            errors["price_to"] = "The top price can't be below the 'from' price."
        if self.sessions_max is not None and self.sessions_max < self.sessions_min:
            errors["sessions_max"] = "Can't be fewer than the fewest sessions."
        if errors:
            raise ValidationError(errors)

    @property
    def price_display(self):
        """'£200–£350', 'From £200', or '' when editors gave no price."""
        if self.price_from is None:
            return ""
        if self.price_to and self.price_to != self.price_from:
            return f"{pounds(self.price_from)}–{pounds(self.price_to)}"
        return f"From {pounds(self.price_from)}"

    @property
    def sessions(self):
        if self.sessions_max and self.sessions_max != self.sessions_min:
            return f"{self.sessions_min}–{self.sessions_max}"
        return str(self.sessions_min)

    @property
    def yearly_cost(self):
        """(low, high) pounds a year of repeat sessions, from the price range and how often
        it is usually repeated; None for one-off treatments or without a price."""
        if not self.repeat_every_months or self.price_from is None:
            return None
        per_year = Decimal(12) / Decimal(self.repeat_every_months)

        def yearly(price):
            return int((price * per_year).quantize(Decimal(1), rounding=ROUND_HALF_UP))

        return yearly(self.price_from), yearly(self.price_to or self.price_from)

    @property
    def yearly_cost_display(self):
        if self.yearly_cost is None:
            return ""
        low, high = self.yearly_cost
        if low == high:
            return f"About {pounds(low)} a year"
        return f"About {pounds(low)}–{pounds(high)} a year"

    @cached_property
    def concern_list(self):
        return list(self.concerns.all())

    @cached_property
    def area_list(self):
        return list(self.areas.all())

    def rules_for(self, nation):
        """The rules in `nation` (a Nation value), topic by topic (see where_you_live)."""
        return rules_for(self.nation_rules, nation, self.who_can_perform)

    @cached_property
    def age_rules(self):
        """The age-limit rules of every nation, shown near the top of the page."""
        return age_rules(self.nation_rules)

    @cached_property
    def aftercare_timeline(self):
        return timeline(self.aftercare)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["rules_panels"] = page_panels(self, request, self.rules_panels)
        prefetch_renditions(
            [self.hero_image, *(image for panel in context["panels"] for image in panel.images)]
        )
        return context

    def related_articles(self, limit=6):
        """Live articles that editors marked as discussing this treatment, newest first,
        with what their links show."""
        return (
            ArticlePage.objects.live()
            .public()
            .filter(treatment_links__treatment=self)
            .only("title", "slug", "url_path", "date", "standfirst")
            .order_by("-date", "-pk")[:limit]
        )

    def get_meta_description(self):
        return self.search_description or shorten(self.summary, 160)

    def readable_text(self):
        return readable([self.summary, *self.body.stream_block.get_searchable_content(self.body)])

    def get_preview_template(self, request, mode_name):
        if mode_name == "summary":
            return "treatments/previews/summary_box.html"
        return super().get_preview_template(request, mode_name)

    def get_structured_data(self, request):
        procedure = {
            "@context": "https://schema.org",
            "@type": "MedicalProcedure",
            "name": self.title,
            "description": self.get_meta_description(),
            "url": self.get_full_url(request),
            "procedureType": "https://schema.org/NoninvasiveProcedure",
            "legalStatus": self.get_regulatory_status_display(),
        }
        if self.also_known_as:
            procedure["alternateName"] = [
                name.strip() for name in self.also_known_as.split(",") if name.strip()
            ]
        if self.area_list:
            procedure["bodyLocation"] = ", ".join(area.name for area in self.area_list)
        if self.hero_image:
            rendition = self.hero_image.get_rendition(renditions.SOCIAL)
            procedure["image"] = absolute_url(rendition.url)
        return [
            procedure,
            self.medical_web_page(procedure["url"], self.title),
            *super().get_structured_data(request),
        ]
