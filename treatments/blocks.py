"""The blocks a treatment page body is made of."""

from wagtail import blocks

from core.blocks import CaptionedImageBlock, HeadingBlock, RichTextParagraphBlock


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=[("tip", "Good to know"), ("warning", "Safety warning")],
        default="tip",
        help_text="Safety warnings stand out more.",
    )
    heading = blocks.CharBlock(max_length=80)
    text = RichTextParagraphBlock(features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        template = "treatments/blocks/callout_block.html"
        description = "A boxed tip or safety warning, e.g. who should avoid the treatment."
        preview_value = {
            "tone": "warning",
            "heading": "Who should avoid it",
            "text": "<p>Anyone pregnant or breastfeeding, or with an active skin infection.</p>",
        }


class TreatmentBodyBlock(blocks.StreamBlock):
    """What it is, how it works, what to expect, risks, aftercare: headings and text."""

    heading = HeadingBlock()
    paragraph = RichTextParagraphBlock()
    image = CaptionedImageBlock()
    callout = CalloutBlock()
