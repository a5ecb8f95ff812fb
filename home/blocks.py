"""The home page's sections, one block each; editors choose and order them.

Each section works out what it shows in `content()`; the home page asks every section
before it renders, so one query fetches the renditions of every picture on the page
(`HomePage.get_context`).
"""

from django.db.models import Q
from wagtail import blocks

from articles.models import ArticleIndexPage, ArticlePage
from core.nations import Nation
from practitioners.forms import MILES, QUICK_SEARCH_MILES
from practitioners.models import DirectoryPage
from questions.models import AskAlicePage, Question
from rules.models import ComplaintsGuidePage, RulesTrackerPage
from treatments.models import Concern, TreatmentIndexPage
from videos.models import VideoHubPage, VideoPage


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80, help_text="The section's heading on the page.")

    class Meta:
        abstract = True

    def content(self, value, request):
        """What the section shows (a dict for its template)."""
        return {}

    def images(self, content):
        """The pictures in `content`."""
        return []

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        worked_out = context.get("section_content", {}).get(context.get("id"))
        context.update(worked_out or self.content(value, context.get("request")))
        return context


class ArticlesSectionBlock(SectionBlock):
    featured = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="articles.ArticlePage"),
        max_num=6,
        required=False,
        help_text="Shown first, in this order, under 'Featured'.",
    )
    latest_count = blocks.IntegerBlock(
        default=6, min_value=0, max_value=12, help_text="How many of the newest articles follow."
    )

    class Meta:
        icon = "doc-full"
        template = "home/blocks/articles_section_block.html"
        label = "Articles"
        description = "Featured articles chosen here, then the latest ones."
        preview_value = {"heading": "Latest news and reviews", "latest_count": 3}

    def content(self, value, request):
        """The featured articles and the newest others, in one query."""
        featured_ids = [page.pk for page in value.get("featured", []) if page]
        listing = ArticlePage.objects.for_listing()
        newest = listing.values("pk")[: value["latest_count"] + len(featured_ids)]
        articles = list(listing.filter(Q(pk__in=featured_ids) | Q(pk__in=newest)))
        by_id = {article.pk: article for article in articles}
        return {
            "featured": [by_id[pk] for pk in featured_ids if pk in by_id],
            "latest": [a for a in articles if a.pk not in featured_ids][: value["latest_count"]],
            "newest": articles[0] if articles else None,
            "news_index": ArticleIndexPage.find(request),
        }

    def images(self, content):
        return [article.hero_image for article in [*content["featured"], *content["latest"]]]


class FinderSectionBlock(SectionBlock):
    text = blocks.TextBlock(
        required=False, max_length=300, help_text="A sentence inviting readers into the finder."
    )
    concern_count = blocks.IntegerBlock(
        default=8, min_value=0, max_value=20, help_text="How many concerns to link to."
    )

    class Meta:
        icon = "search"
        template = "home/blocks/finder_section_block.html"
        label = "Tweakment Finder"
        description = "Quick links from concerns into the Tweakment Finder."
        preview_value = {"heading": "Tweakment Finder", "concern_count": 6}

    def content(self, value, request):
        return {
            "finder": TreatmentIndexPage.find(request),
            "concerns": Concern.objects.all()[: value["concern_count"]],
        }


class AnswersSectionBlock(SectionBlock):
    count = blocks.IntegerBlock(default=3, min_value=1, max_value=10)

    class Meta:
        icon = "help"
        template = "home/blocks/answers_section_block.html"
        label = "Latest answers"
        description = "The newest answers from Ask Alice."
        preview_value = {"heading": "Latest answers from Alice", "count": 3}

    def content(self, value, request):
        return {
            "ask_page": AskAlicePage.find(request),
            "answers": Question.objects.published().for_answer_list()[: value["count"]],
        }


class PractitionerSearchSectionBlock(SectionBlock):
    text = blocks.TextBlock(required=False, max_length=300)

    class Meta:
        icon = "user"
        template = "home/blocks/practitioner_search_section_block.html"
        label = "Find a practitioner"
        description = "A postcode search leading to the practitioner directory."
        preview_value = {"heading": "Find a practitioner"}

    def content(self, value, request):
        return {
            "directory": DirectoryPage.find(request),
            "distances": QUICK_SEARCH_MILES,
            "default_miles": MILES["default"],
        }


class VideosSectionBlock(SectionBlock):
    count = blocks.IntegerBlock(default=4, min_value=1, max_value=8)

    class Meta:
        icon = "media"
        template = "home/blocks/videos_section_block.html"
        label = "Videos"
        description = "The newest videos from the Video Hub."
        preview_value = {"heading": "Videos", "count": 4}

    def content(self, value, request):
        return {
            "hub": VideoHubPage.find(request),
            "videos": list(VideoPage.objects.for_listing()[: value["count"]]),
        }

    def images(self, content):
        return [video.poster for video in content["videos"]]


class RulesSectionBlock(SectionBlock):
    text = blocks.TextBlock(
        required=False, max_length=300, help_text="A sentence on why the rules matter."
    )

    class Meta:
        icon = "list-ul"
        template = "home/blocks/rules_section_block.html"
        label = "UK rules"
        description = "The UK rules tracker by nation, and where to complain."
        preview_value = {"heading": "UK rules where you live"}

    def content(self, value, request):
        """Links only, no query: the home page shows many sections within its budget."""
        return {
            "tracker": RulesTrackerPage.find(request),
            "guide": ComplaintsGuidePage.find(request),
            "nations": Nation,
        }


class HomeSectionsBlock(blocks.StreamBlock):
    articles = ArticlesSectionBlock()
    finder = FinderSectionBlock()
    answers = AnswersSectionBlock()
    practitioner_search = PractitionerSearchSectionBlock()
    videos = VideosSectionBlock()
    uk_rules = RulesSectionBlock()
