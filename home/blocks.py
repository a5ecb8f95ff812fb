"""The home page's sections, one block each; editors choose and order them.

Each section works out what it shows in `content()`; the home page asks every section
before it renders, so one query fetches the renditions of every picture on the page
(`HomePage.get_context`).
"""

from django.db.models import Q
from django.utils.text import get_text_list
from wagtail import blocks

from articles.models import ArticleIndexPage, ArticlePage
from core.nations import Nation
from practitioners.choices import Profession
from practitioners.forms import MILES, QUICK_SEARCH_MILES
from practitioners.models import DirectoryPage
from questions.models import AskAlicePage, Question
from rules.models import ComplaintsGuidePage, RulesTrackerPage
from treatments.finder import finder_options
from treatments.models import TreatmentIndexPage
from videos.models import VideoHubPage, VideoPage

# The home page's videos fill rows of four (two on tablets): a count that never leaves one
# alone in a row.
VIDEOS_PER_ROW = 4


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80, help_text="The section's heading on the page.")

    class Meta:
        abstract = True

    def content(self, value, request, page=None):
        """What the section shows (a dict for its template); `page` is the home page showing
        it (None in the editor's preview)."""
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

    def content(self, value, request, page=None):
        """The home page's hero article (its editors' choice, or the newest), then the
        featured articles and the newest others without it, in one query."""
        chosen_id = page.hero_article_id if page else None
        featured_ids = [article.pk for article in value.get("featured", []) if article]
        listing = ArticlePage.objects.for_listing()
        # One more than shown, as the hero may be among the newest.
        newest = listing.values("pk")[: value["latest_count"] + len(featured_ids) + 1]
        wanted = [pk for pk in [*featured_ids, chosen_id] if pk]
        articles = list(listing.filter(Q(pk__in=wanted) | Q(pk__in=newest)))
        by_id = {article.pk: article for article in articles}
        hero = (by_id.get(chosen_id) or next(iter(articles), None)) if page else None
        featured = [by_id[pk] for pk in featured_ids if pk in by_id]
        latest = [a for a in articles if a.pk not in featured_ids]
        return {
            "hero": hero,
            "featured": [article for article in featured if article is not hero],
            "latest": [article for article in latest if article is not hero][
                : value["latest_count"]
            ],
            "news_index": ArticleIndexPage.find(request),
        }

    def images(self, content):
        return [article.hero_image for article in [*content["featured"], *content["latest"]]]


class FinderSectionBlock(SectionBlock):
    text = blocks.TextBlock(
        required=False, max_length=300, help_text="A sentence inviting readers into the finder."
    )

    class Meta:
        icon = "search"
        template = "home/blocks/finder_section_block.html"
        label = "Tweakment Finder"
        description = "Links from every concern into the Tweakment Finder."
        preview_value = {"heading": "Tweakment Finder"}

    def content(self, value, request, page=None):
        concerns, _areas = finder_options()  # the finder's own concerns, in its order
        return {"finder": TreatmentIndexPage.find(request), "concerns": concerns}


class AnswersSectionBlock(SectionBlock):
    count = blocks.IntegerBlock(default=3, min_value=1, max_value=10)

    class Meta:
        icon = "help"
        template = "home/blocks/answers_section_block.html"
        label = "Latest answers"
        description = "The newest answers from Ask Alice."
        preview_value = {"heading": "Latest answers from Alice", "count": 3}

    def content(self, value, request, page=None):
        return {
            "ask_page": AskAlicePage.find(request),
            "answers": Question.objects.published().for_answer_list()[: value["count"]],
        }


def professions_in_words():
    """Who the directory lists, from its professions: "doctors, …, nurses and aesthetic
    practitioners" (no query, so the home page stays within its budget)."""
    return get_text_list([f"{label.lower()}s" for label in Profession.labels], "and")


class PractitionerSearchSectionBlock(SectionBlock):
    text = blocks.TextBlock(
        required=False,
        max_length=300,
        help_text="Follows the line naming who the directory lists (made from its professions).",
    )

    class Meta:
        icon = "user"
        template = "home/blocks/practitioner_search_section_block.html"
        label = "Find a practitioner"
        description = "A postcode search leading to the practitioner directory."
        preview_value = {"heading": "Find a practitioner"}

    def content(self, value, request, page=None):
        return {
            "directory": DirectoryPage.find(request),
            "professions": professions_in_words(),
            "distances": QUICK_SEARCH_MILES,
            "default_miles": MILES["default"],
        }


class VideosSectionBlock(SectionBlock):
    rows = blocks.IntegerBlock(
        default=1,
        min_value=1,
        max_value=2,
        help_text=f"Rows of {VIDEOS_PER_ROW} videos (two to a row on tablets, one on phones).",
    )

    class Meta:
        icon = "media"
        template = "home/blocks/videos_section_block.html"
        label = "Videos"
        description = "The newest videos from the Video Hub."
        preview_value = {"heading": "Videos", "rows": 1}

    def content(self, value, request, page=None):
        videos = list(VideoPage.objects.for_listing()[: value["rows"] * VIDEOS_PER_ROW])
        # An even number (when there are several), so none sits alone in a row of two.
        return {"hub": VideoHubPage.find(request), "videos": videos[: max(1, len(videos) // 2 * 2)]}

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

    def content(self, value, request, page=None):
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
