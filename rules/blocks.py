"""A rule's sources: where a reader can check it for themselves."""

from wagtail import blocks


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=250, help_text="As the source titles it.")
    publisher = blocks.CharBlock(
        max_length=120, help_text="Who published it, e.g. 'Department of Health and Social Care'."
    )
    date = blocks.DateBlock(required=False, help_text="When it was published, if it says.")
    url = blocks.URLBlock(help_text="The page itself, not a search result.")

    class Meta:
        icon = "link"
        label = "Source"
        description = "A law, consultation, notice or report a reader can check."
        preview_value = {
            "title": "Botulinum toxin and cosmetic fillers for under 18s",
            "publisher": "Department of Health and Social Care",
            "url": "https://www.gov.uk/government/publications/botulinum-toxin-and-cosmetic-fillers-for-under-18s",
        }
