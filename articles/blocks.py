"""The blocks an article body is made of."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import CaptionedImageBlock, HeadingBlock, RichTextParagraphBlock

from .embeds import embedded_video


class ExpertQuoteBlock(blocks.StructBlock):
    expert = SnippetChooserBlock("articles.Expert", help_text="Who said it.")
    quote = blocks.TextBlock(max_length=1200, help_text="Their words, without quotation marks.")

    class Meta:
        icon = "openquote"
        template = "articles/blocks/expert_quote_block.html"
        description = "A quotation from an expert, with their name, title and clinic."


class PriceRowBlock(blocks.StructBlock):
    item = blocks.CharBlock(max_length=120, help_text="For example 'Exosomes after microneedling'.")
    price = blocks.CharBlock(max_length=60, help_text="For example '£500–£800'.")


class PriceCalloutBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80, default="What it costs")
    prices = blocks.ListBlock(PriceRowBlock(), min_num=1)
    note = blocks.TextBlock(
        required=False, max_length=300, help_text="Where the prices come from, and when."
    )

    class Meta:
        icon = "tag"
        template = "articles/blocks/price_callout_block.html"
        description = "A boxed list of typical UK prices."
        preview_value = {
            "heading": "What it costs",
            "prices": [{"item": "Exosomes added to a needling session", "price": "£500–£800"}],
            "note": "Typical London prices quoted by clinics.",
        }


class VideoEmbedBlock(EmbedBlock):
    """A YouTube or Vimeo video, shown as our own panel until the reader presses play."""

    def clean(self, value):
        value = super().clean(value)
        if value is not None and embedded_video(value.url) is None:
            raise ValidationError("Paste the address of a video on YouTube or Vimeo.")
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["video"] = embedded_video(value.url) if value else None
        return context

    class Meta:
        icon = "media"
        template = "articles/blocks/embed_block.html"
        description = "A video from YouTube or Vimeo, by its address."


class ArticleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = RichTextParagraphBlock()
    expert_quote = ExpertQuoteBlock()
    image = CaptionedImageBlock()
    embed = VideoEmbedBlock()
    price_callout = PriceCalloutBlock()
