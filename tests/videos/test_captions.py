import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from videos.captions import read_cues
from videos.document_forms import CaptionCheckingDocumentForm

from .factories import CAPTIONS, CaptionDocumentFactory

SRT = b"1\n00:00:00,000 --> 00:00:02,000\nNot WebVTT\n"


def test_webvtt_cues_are_read():
    cues = read_cues(io.BytesIO(CAPTIONS.encode()))
    assert cues[0] == (0.0, 4.0, "Hello, and welcome to the clinic.")
    assert len(cues) == 2


def test_a_byte_order_mark_is_fine():
    assert read_cues(io.BytesIO(b"\xef\xbb\xbf" + CAPTIONS.encode()))


@pytest.mark.parametrize(
    "content, message",
    [
        (SRT, "not a WebVTT"),
        (b"Hello there, no captions here", "not a WebVTT"),
        (b"\xff\xfe\x00W\x00E\x00B", "not a WebVTT"),
        (b"WEBVTT\n\n", "no captions"),
        (b"WEBVTT\n\nbad --> timing\nx\n", "no captions"),
        (b"WEBVTT\n\n00:05.000 --> 00:02.000\nBackwards\n", "ends before it starts"),
        (b"WEBVTT\n\n" + b"x" * 600_000, "512 KB"),
    ],
)
def test_files_that_are_not_webvtt_are_refused(content, message):
    with pytest.raises(ValidationError) as error:
        read_cues(io.BytesIO(content))
    assert message in str(error.value)


@pytest.mark.django_db
@override_settings(
    WAGTAILDOCS_DOCUMENT_FORM_BASE="videos.document_forms.CaptionCheckingDocumentForm"
)
def test_the_documents_form_refuses_a_vtt_that_is_not_webvtt():
    from wagtail.documents import get_document_model
    from wagtail.documents.forms import get_document_form

    form_class = get_document_form(get_document_model())
    assert issubclass(form_class, CaptionCheckingDocumentForm)
    bad = form_class(
        data={"title": "Captions"}, files={"file": SimpleUploadedFile("clip.vtt", SRT)}, user=None
    )
    assert not bad.is_valid()
    assert "not a WebVTT" in str(bad.errors["file"])
    good = form_class(
        data={"title": "Captions"},
        files={"file": SimpleUploadedFile("clip.vtt", CAPTIONS.encode())},
        user=None,
    )
    assert good.is_valid(), good.errors
    other = form_class(
        data={"title": "Price list"},
        files={"file": SimpleUploadedFile("prices.txt", b"anything")},
        user=None,
    )
    assert other.is_valid(), other.errors


@pytest.mark.django_db
def test_caption_files_are_served_as_text_vtt(client):
    document = CaptionDocumentFactory()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vtt")
    assert b"".join(response.streaming_content).startswith(b"WEBVTT")


@pytest.mark.django_db
def test_vtt_is_an_allowed_document_extension():
    CaptionDocumentFactory().full_clean()  # checks WAGTAILDOCS_EXTENSIONS
    with pytest.raises(ValidationError):
        CaptionDocumentFactory(file=ContentFile(b"MZ", name="setup.exe")).full_clean()
