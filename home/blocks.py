"""The home page's sections, one block each; editors choose and order them."""

from wagtail import blocks

from articles.models import ArticleIndexPage, ArticlePage
from practitioners.forms import MILES, QUICK_SEARCH_MILES
from practitioners.models import DirectoryPage
from questions.models import AskAlicePage, Question
from treatments.models import Concern, TreatmentIndexPage


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80, help_text="The section's heading on the page.")

    class Meta:
        abstract = True


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

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        featured_ids = [page.pk for page in value["featured"] if page]
        listing = ArticlePage.objects.for_listing()
        by_id = listing.in_bulk(featured_ids) if featured_ids else {}
        context["featured"] = [by_id[pk] for pk in featured_ids if pk in by_id]
        context["latest"] = listing.exclude(pk__in=featured_ids)[: value["latest_count"]]
        context["news_index"] = ArticleIndexPage.find(context.get("request"))
        return context


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

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["finder"] = TreatmentIndexPage.find(context.get("request"))
        context["concerns"] = Concern.objects.all()[: value["concern_count"]]
        return context


class AnswersSectionBlock(SectionBlock):
    count = blocks.IntegerBlock(default=3, min_value=1, max_value=10)

    class Meta:
        icon = "help"
        template = "home/blocks/answers_section_block.html"
        label = "Latest answers"
        description = "The newest answers from Ask Alice."
        preview_value = {"heading": "Latest answers from Alice", "count": 3}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["ask_page"] = AskAlicePage.find(context.get("request"))
        context["answers"] = Question.objects.published().for_listing()[: value["count"]]
        return context


class PractitionerSearchSectionBlock(SectionBlock):
    text = blocks.TextBlock(required=False, max_length=300)

    class Meta:
        icon = "user"
        template = "home/blocks/practitioner_search_section_block.html"
        label = "Find a practitioner"
        description = "A postcode search leading to the practitioner directory."
        preview_value = {"heading": "Find a practitioner"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["directory"] = DirectoryPage.find(context.get("request"))
        context["distances"] = QUICK_SEARCH_MILES
        context["default_miles"] = MILES["default"]
        return context


class HomeSectionsBlock(blocks.StreamBlock):
    articles = ArticlesSectionBlock()
    finder = FinderSectionBlock()
    answers = AnswersSectionBlock()
    practitioner_search = PractitionerSearchSectionBlock()
