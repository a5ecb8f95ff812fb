"""The blocks a newsletter issue is made of.

Each block renders three ways: the web version (its Meta.template, on the site), and the
e-mail's HTML and plain-text parts (templates/newsletter/blocks/email/<block>.html and
templates/newsletter/blocks/text/<block>.txt, see newsletter/issue_email.py).
"""

from django.utils import timezone
from django.utils.functional import cached_property
from wagtail import blocks

from articles.models import ArticlePage
from core.blocks import require_page_or_address
from questions.models import AskAlicePage, Question


class IntroBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link"])
        super().__init__(**kwargs)

    class Meta:
        icon = "openquote"
        template = "newsletter/blocks/intro.html"
        description = "A friendly opening paragraph, a little larger than the rest."
        preview_value = "<p>Hello! This fortnight: exosomes, and what skin boosters cost.</p>"


class FeaturedArticlesValue(blocks.StructValue):
    @cached_property
    def live_articles(self):
        """The chosen articles still live, in the editor's order, with what a card shows."""
        chosen = [article.pk for article in self.get("articles") or [] if article]
        found = ArticlePage.objects.filter(pk__in=chosen).for_listing().in_bulk()
        return [found[pk] for pk in chosen if pk in found]

    def images(self):
        return [article.hero_image for article in self.live_articles]


class TreatmentSpotlightValue(blocks.StructValue):
    def images(self):
        treatment = self.get("treatment")
        return [treatment.hero_image] if treatment else []


class FeaturedArticlesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80, default="New on the site")
    articles = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="articles.ArticlePage"),
        min_num=1,
        max_num=6,
        help_text="Shown with their hero image and standfirst, in this order.",
    )

    class Meta:
        icon = "doc-full"
        template = "newsletter/blocks/featured_articles.html"
        value_class = FeaturedArticlesValue
        description = "Articles from the site, each with its picture and summary."


class TreatmentSpotlightBlock(blocks.StructBlock):
    treatment = blocks.PageChooserBlock(page_type="treatments.TreatmentPage")
    note = blocks.TextBlock(
        required=False,
        max_length=400,
        help_text="Why it is in the spotlight; leave blank to use the treatment's summary.",
    )

    class Meta:
        icon = "pick"
        template = "newsletter/blocks/treatment_spotlight.html"
        value_class = TreatmentSpotlightValue
        description = "One tweakment with its price range and a link to its page."


class LatestAnswersValue(blocks.StructValue):
    def answers(self, until=None):
        """The newest published answers as of `until` (when the issue went out), so an
        archived issue keeps showing what its readers received."""
        published = (
            Question.objects.published()
            .for_answer_list()
            .filter(published_at__lte=until or timezone.now())
        )
        page = AskAlicePage.objects.live().public().first()
        if page is None:
            return []
        latest = published[: self["count"]]
        return [(question, page.question_full_url(question)) for question in latest]


class LatestAnswersBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80, default="Alice answers")
    count = blocks.IntegerBlock(min_value=1, max_value=5, default=3)

    class Meta:
        icon = "help"
        template = "newsletter/blocks/latest_answers.html"
        value_class = LatestAnswersValue
        description = "The newest answers from Ask Alice at the time the issue is sent."


class CallOutValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        return page.url if page else self.get("external_url") or ""


class CallOutBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80)
    text = blocks.TextBlock(max_length=400)
    page = blocks.PageChooserBlock(required=False, help_text="Where the button goes.")
    external_url = blocks.URLBlock(required=False, help_text="Or an address elsewhere.")
    button_label = blocks.CharBlock(max_length=40, default="Find out more")

    def clean(self, value):
        return require_page_or_address(super().clean(value))

    class Meta:
        icon = "warning"
        template = "newsletter/blocks/call_out.html"
        value_class = CallOutValue
        description = "A boxed message with one button: an offer, an event, a survey."


class NewsletterTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul", "h3"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "newsletter/blocks/text.html"
        description = "Paragraphs of text with links and lists."
        preview_value = "<p>Industry titbits, in plain words.</p>"


class NewsletterBodyBlock(blocks.StreamBlock):
    intro = IntroBlock()
    featured_articles = FeaturedArticlesBlock()
    treatment_spotlight = TreatmentSpotlightBlock()
    latest_answers = LatestAnswersBlock()
    call_out = CallOutBlock()
    text = NewsletterTextBlock()
