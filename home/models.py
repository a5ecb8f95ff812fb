from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from articles.models import ArticlePage
from core.models import HeroImageMixin, SitePage, SitePageManager, SitePageQuerySet, SiteSettings
from core.renditions import prefetch_renditions

from .blocks import HomeSectionsBlock


class HomePageQuerySet(SitePageQuerySet):
    def for_serving(self):
        return self.select_related("hero_image", "hero_link")


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
    hero_article = models.ForeignKey(
        "articles.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The article in the hero's card ('Our pick'), left out of the articles "
        "section below. Leave empty to show the newest article ('Just published').",
    )
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
                FieldPanel("hero_article"),
            ],
            heading="Hero",
        ),
        FieldPanel("sections"),
    ]

    search_fields = [*Page.search_fields, index.SearchField("hero_text")]

    objects = SitePageManager.from_queryset(HomePageQuerySet)()

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = [(child.id, child.block, child.value) for child in self.sections]
        content = {id: block.content(value, request, page=self) for id, block, value in sections}
        heroes = [found["hero"] for found in content.values() if "hero" in found]
        context["hero_article"] = heroes[0] if heroes else self.hero_article_or_newest()
        context["section_content"] = content
        prefetch_renditions(
            [
                self.hero_image,
                getattr(context["hero_article"], "hero_image", None),
                *(image for id, block, _ in sections for image in block.images(content[id])),
            ]
        )
        return context

    def hero_article_or_newest(self):
        """The hero's article when no articles section has fetched it."""
        listing = ArticlePage.objects.for_listing()
        chosen = self.hero_article_id and listing.filter(pk=self.hero_article_id).first()
        return chosen or listing.first()

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
