from django.db import models
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from articles.models import ArticlePage
from core.models import HeroImageMixin, SitePage, SiteSettings

from .blocks import HomeSectionsBlock


class HomePage(HeroImageMixin, SitePage):
    """The front page: a hero, then the sections editors choose, in their order."""

    hero_heading = models.CharField(
        max_length=120, help_text="The big line at the top of the home page."
    )
    hero_text = models.TextField(
        max_length=300, blank=True, help_text="One or two sentences under the heading."
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where the button under the heading goes.",
    )
    hero_link_text = models.CharField(max_length=40, blank=True, default="Read the latest")
    sections = StreamField(
        HomeSectionsBlock(),
        blank=True,
        help_text="The sections under the hero, top to bottom. Drag to reorder.",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_text"),
            ],
            heading="Hero",
        ),
        FieldPanel("sections"),
    ]

    search_fields = [*Page.search_fields, index.SearchField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    @cached_property
    def hero_article(self):
        """The newest article, shown as a card beside the hero's heading."""
        return ArticlePage.objects.for_listing().first()

    def get_meta_description(self):
        return self.search_description or self.hero_text

    def get_structured_data(self, request):
        home_url = self.get_full_url(request)
        return [
            {
                "@context": "https://schema.org",
                "@type": "WebSite",
                "name": SiteSettings.load(request_or_site=request).site_name,
                "url": home_url,
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": f"{home_url}search/?q={{query}}",
                    "query-input": "required name=query",
                },
            }
        ]
