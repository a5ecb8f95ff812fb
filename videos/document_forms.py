"""The documents form, imported by Wagtail's admin (it needs the app registry ready)."""

from wagtail.documents.forms import BaseDocumentForm

from .captions import is_caption_file, read_cues


class CaptionCheckingDocumentForm(BaseDocumentForm):
    """Documents form that refuses a .vtt upload that is not WebVTT.

    Wired with WAGTAILDOCS_DOCUMENT_FORM_BASE = "videos.document_forms.CaptionCheckingDocumentForm".
    """

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and is_caption_file(file.name):
            read_cues(file)
        return file
