import math

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core import renditions
from core.models import (
    HeroImageMixin,
    SectionIndexPage,
    SitePage,
    SitePageManager,
    SitePageQuerySet,
    SiteSettings,
    chosen_live_pages,
)
from core.renditions import prefetch_renditions
from core.sites import absolute_url
from core.text import shorten

from .blocks import ArticleBodyBlock
from .feeds import ArticleFeed
from .readability import readable
from .review import (
    REGISTER_SEARCH_URLS,
    Register,
    ReviewedMixin,
    ReviewedQuerySetMixin,
    check_registration,
)
from .workflows import ClinicalReviewTask  # noqa: F401 - a model of this app

ARTICLES_PER_PAGE = 12
WORDS_PER_MINUTE = 220


class ExpertManager(models.Manager):
    def get_queryset(self):
        # Where an expert is shown, so is their photo: body quotes are fetched in bulk
        # through this manager. (Joined, so update_or_create() must use `_base_manager`:
        # PostgreSQL can't lock the nullable side of an outer join.)
        return super().get_queryset().select_related("photo")


class Expert(index.Indexed, models.Model):
    """Someone quoted in articles: a doctor, a surgeon, a scientist or the guide's editor."""

    name = models.CharField(
        max_length=120, help_text="As they like to be named, e.g. 'Dr Dev Patel'."
    )
    job_title = models.CharField(
        max_length=160,
        blank=True,
        help_text="e.g. 'Aesthetic doctor' or 'Consultant plastic surgeon'.",
    )
    clinic = models.CharField(max_length=160, blank=True, help_text="Clinic or organisation.")
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A square head-and-shoulders photo.",
    )
    bio = models.TextField(max_length=600, blank=True)
    website = models.URLField(blank=True)
    is_main_author = models.BooleanField(
        "main author",
        default=False,
        help_text="New articles start with this author (the guide's editor). Tick it for "
        "one expert; if several are ticked, the first added wins.",
    )
    register = models.CharField(
        max_length=4,
        choices=Register,
        blank=True,
        help_text="The statutory register they are on. Only registered experts can be "
        "clinical reviewers.",
    )
    registration_number = models.CharField(
        max_length=12,
        blank=True,
        help_text="Their number on that register, printed with a link to the register.",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expert_profile",
        verbose_name="admin user",
        help_text="Their sign-in, if they approve pages as a clinical reviewer: their "
        "approval stamps this expert on the page.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("job_title"),
        FieldPanel("clinic"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("website"),
        FieldPanel("is_main_author"),
        MultiFieldPanel(
            [FieldPanel("register"), FieldPanel("registration_number"), FieldPanel("user")],
            heading="Clinical reviewer",
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("clinic"),
        index.FilterField("job_title"),
    ]

    objects = ExpertManager()

    class Meta:
        ordering = ["name"]
        permissions = [
            (
                "skip_clinical_review",
                "Can publish minor edits to health content without clinical review (logged)",
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        self.registration_number = self.registration_number.strip().upper()
        errors = check_registration(self.register, self.registration_number)
        if errors:
            raise ValidationError(errors)

    @property
    def credentials(self):
        """'Job title, Clinic' as printed under a quote."""
        return ", ".join(part for part in (self.job_title, self.clinic) if part)

    @property
    def registration(self):
        """'GMC 1234567', or '' when not on a register."""
        return f"{self.register} {self.registration_number}" if self.register else ""

    @property
    def register_url(self):
        return REGISTER_SEARCH_URLS.get(self.register, "")

    def as_person(self):
        """schema.org Person, with their registration as an identifier."""
        person = {"@type": "Person", "name": self.name}
        if self.job_title:
            person["jobTitle"] = self.job_title
        if self.register:
            person["identifier"] = {
                "@type": "PropertyValue",
                "propertyID": self.register,
                "value": self.registration_number,
            }
        return person


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


# What lists of articles show: a card (link, title, date, author, standfirst, picture)
# and the feed's publication time.
ARTICLE_LISTING_FIELDS = ("title", "slug", "url_path", "date", "standfirst", "first_published_at")
ARTICLE_LISTING_FIELDS += ("author__name", "hero_image", "hero_image_alt")


class ArticlePageQuerySet(ReviewedQuerySetMixin, SitePageQuerySet):
    def for_listing(self):
        """Live, public articles with only what a list shows, newest first (its picture's
        renditions come with the page's: `core.renditions.prefetch_renditions`)."""
        return (
            self.live()
            .public()
            .select_related("author", "hero_image")
            .only(*ARTICLE_LISTING_FIELDS)
            .order_by("-date", "-pk")
        )

    def for_serving(self):
        return self.select_related("author", "hero_image", "reviewed_by").prefetch_related("tags")

    def with_topic(self, tag):
        return self.filter(tagged_items__tag=tag)

    def topics(self):
        """The topics (tags) these articles use, A–Z."""
        used = ArticlePageTag.objects.filter(content_object__in=self).values("tag_id")
        return Tag.objects.filter(pk__in=used).order_by("name")


ArticlePageManager = SitePageManager.from_queryset(ArticlePageQuerySet)


class ArticleIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = ["articles.ArticlePage"]

    class Meta:
        verbose_name = "article index"

    def get_cached_paths(self):
        """What a purge of this page covers (wagtail.contrib.frontend_cache)."""
        return ["/", self.reverse_subpage("feed")]

    @property
    def articles(self):
        return ArticlePage.objects.child_of(self).for_listing()

    @cached_property
    def topics(self):
        """Topics used by live articles here, with how many articles each has."""
        live_articles = ArticlePage.objects.child_of(self).live().public()
        return (
            Tag.objects.filter(articles_articlepagetag_items__content_object__in=live_articles)
            .annotate(article_count=Count("articles_articlepagetag_items"))
            .order_by("name")
        )

    def paginate(self, request, articles):
        """One page of articles, with their pictures' renditions."""
        page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
        prefetch_renditions(article.hero_image for article in page)
        return page

    @path("")
    def index_route(self, request):
        return self.render(
            request, context_overrides={"articles": self.paginate(request, self.articles)}
        )

    @path("topic/<slug:topic>/", name="topic")
    def topic_route(self, request, topic):
        tag = get_object_or_404(Tag, slug=topic)
        articles = self.articles.with_topic(tag)
        if not articles.exists():
            raise Http404("No articles on this topic")
        return self.render(
            request,
            template="articles/topic_page.html",
            context_overrides={"topic": tag, "articles": self.paginate(request, articles)},
        )

    @path("feed/", name="feed")
    def feed_route(self, request):
        return ArticleFeed(self)(request)


def main_author():
    """The expert a new article starts with (their pk), or None when none is marked."""
    return (
        Expert.objects.filter(is_main_author=True).order_by("pk").values_list("pk", flat=True)
    ).first()


class ArticlePage(ReviewedMixin, HeroImageMixin, SitePage):
    date = models.DateField("Published on", default=timezone.localdate)
    author = models.ForeignKey(
        Expert,
        null=True,
        blank=True,
        default=main_author,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text="Who wrote it (an Expert). New articles start with the main author.",
    )
    standfirst = models.TextField(
        max_length=300,
        help_text="The one- or two-sentence summary under the headline, also used in lists.",
    )
    body = StreamField(ArticleBodyBlock())
    tags = ClusterTaggableManager(
        through=ArticlePageTag,
        blank=True,
        verbose_name="Topics",
        help_text="Topics readers can browse by, e.g. 'Exosomes', 'Skin boosters'.",
    )

    objects = ArticlePageManager()

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("author"), FieldPanel("tags")],
            heading="About this article",
        ),
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading="Hero image"
        ),
        FieldPanel("body"),
        MultipleChooserPanel(
            "treatment_links",
            chooser_field_name="treatment",
            heading="Treatments discussed",
            label="Treatment",
            help_text="Tweakment pages this article is about; each lists the article.",
        ),
        *ReviewedMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst", boost=2),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.RelatedFields("author", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []
    # Shown after the article by the apps that provide them (see tweakments/panels.py).
    page_panels = ("article_videos", "article_practitioners")

    class Meta:
        verbose_name = "article"

    def readable_text(self):
        return readable(
            [self.standfirst, *self.body.stream_block.get_searchable_content(self.body)]
        )

    @property
    def reading_minutes(self):
        text = self.body.stream_block.get_searchable_content(self.body)
        words = sum(len(strip_tags(chunk).split()) for chunk in text)
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    @cached_property
    def topics(self):
        return sorted(self.tags.all(), key=lambda tag: tag.name)

    @cached_property
    def treatments_discussed(self):
        """Live treatment pages chosen under 'Treatments discussed', in editor order."""
        return chosen_live_pages(self.treatment_links, "treatment")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.related_articles()
        prefetch_renditions(
            [
                self.hero_image,
                *(block.value["expert"].photo for block in self.expert_quotes),
                *(article.hero_image for article in context["related"]),
                *(image for panel in context["panels"] for image in panel.images),
            ]
        )
        return context

    @property
    def expert_quotes(self):
        return [
            block
            for block in self.body
            if block.block_type == "expert_quote" and block.value["expert"] is not None
        ]

    @property
    def has_video_embed(self):
        """Whether the body holds a video, whose player the page then loads on a click."""
        return any(block.block_type == "embed" for block in self.body)

    def related_articles(self, limit=3):
        """Articles sharing the most topics with this one, then the newest."""
        tag_ids = [tag.pk for tag in self.topics]
        siblings = ArticlePage.objects.sibling_of(self, inclusive=False).for_listing()
        return list(
            siblings.annotate(
                shared=Count("tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids))
            ).order_by("-shared", "-date", "-pk")[:limit]
        )

    def get_meta_description(self):
        return self.search_description or shorten(self.standfirst, 160)

    def get_structured_data(self, request):
        article = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title,
            "description": self.get_meta_description(),
            "datePublished": self.date.isoformat(),
            "mainEntityOfPage": self.get_full_url(request),
            "publisher": {
                "@type": "Organization",
                "name": SiteSettings.load(request_or_site=request).site_name,
            },
            "keywords": [tag.name for tag in self.topics],
        }
        if self.last_published_at:
            article["dateModified"] = self.last_published_at.isoformat()
        if self.author:
            article["author"] = {
                "@type": "Person",
                "name": self.author.name,
                "jobTitle": self.author.job_title,
            }
        if self.hero_image:
            rendition = self.hero_image.get_rendition(renditions.SOCIAL)
            article["image"] = absolute_url(rendition.url)
        return [
            article,
            self.medical_web_page(article["mainEntityOfPage"], self.title),
            *super().get_structured_data(request),
        ]


class ArticlePageTreatment(Orderable):
    """A treatment an article discusses (ArticlePage's 'Treatments discussed')."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="treatment_links")
    treatment = models.ForeignKey(
        "treatments.TreatmentPage", on_delete=models.CASCADE, related_name="article_links"
    )

    panels = [FieldPanel("treatment")]

    class Meta(Orderable.Meta):
        unique_together = [("page", "treatment")]
