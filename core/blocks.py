"""StreamField blocks shared by every page type."""

from django.utils.text import slugify
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

# Ids of sections the page templates add around the body (the rules box, the aftercare
# cards, the survey, the practitioner's complaint routes), which the chatbot and the summary
# box link to. A body heading with the same words ("Aftercare") gets a prefix instead, so
# each id is on one element and #aftercare reaches the cards.
PAGE_SECTION_IDS = frozenset({"main", "rules", "aftercare", "survey", "report-a-problem"})


def heading_anchor(text):
    """The id a heading is linked by (#anchor): its slug. The chatbot links to it too."""
    anchor = slugify(text)[:120]
    return f"section-{anchor}" if anchor in PAGE_SECTION_IDS else anchor


class HeadingValue(blocks.StructValue):
    @property
    def anchor(self):
        return heading_anchor(self.get("text", ""))


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text="A short section heading.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section (H2)"), ("h3", "Sub-section (H3)")],
        default="h2",
        help_text="Use H2 for sections; H3 only inside an H2 section.",
    )

    class Meta:
        icon = "title"
        value_class = HeadingValue
        template = "blocks/heading_block.html"
        description = "A section heading; it also appears in the page outline."
        preview_value = {"text": "What exactly are exosomes?", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="Describe the picture for people who can't see it. "
        "Leave blank to use the image's own description.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        description = "An image across the text column, with an optional caption."


class RichTextParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault(
            "features", ["bold", "italic", "link", "ol", "ul", "h3", "h4", "blockquote"]
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        description = "Paragraphs of text with links and lists."
        preview_value = "<p>Tiny messengers with a big reputation.</p>"


class LinkStructValue(blocks.StructValue):
    """The URL and text of a link to a page or an outside address."""

    def url(self):
        page = self.get("page")
        if page:
            return page.url
        return self.get("external_url") or ""

    def text(self):
        if self.get("label"):
            return self.get("label")
        page = self.get("page")
        return page.title if page else self.get("external_url")


def require_page_or_address(value):
    """A link block's rule: it goes to a chosen page or to an address elsewhere."""
    if not value.get("page") and not value.get("external_url"):
        raise blocks.StructBlockValidationError(
            block_errors={"page": "Choose a page or enter an address."}
        )
    return value


class NavigationLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(required=False, help_text="A page on this site.")
    external_url = blocks.URLBlock(required=False, help_text="Or an address elsewhere.")
    label = blocks.CharBlock(
        required=False, max_length=40, help_text="Leave blank to use the page title."
    )

    def clean(self, value):
        return require_page_or_address(super().clean(value))

    class Meta:
        icon = "link"
        value_class = LinkStructValue
        label = "Link"


class StandardBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = RichTextParagraphBlock()
    image = CaptionedImageBlock()
