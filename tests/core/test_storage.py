"""Media on S3-compatible storage (django-storages), against moto's in-process S3."""

import io

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from moto import mock_aws
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from tweakments.settings.base import media_origin, media_storage

BUCKET = "tweakments-media"
CDN = "media.tweakments.test"


@pytest.fixture
def s3_media(monkeypatch, settings):
    """The storage media_storage() configures from the environment, on a mocked bucket."""
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_CUSTOM_DOMAIN": CDN,
    }.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        boto3.client("s3", region_name="us-east-1").create_bucket(Bucket=BUCKET)
        settings.STORAGES = {**settings.STORAGES, "default": media_storage()}
        yield boto3.client("s3", region_name="us-east-1")


def png(width=120, height=80):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 120, 140)).save(buffer, "PNG")
    return buffer.getvalue()


def test_without_a_bucket_media_stays_on_disk(monkeypatch):
    monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME", raising=False)
    storage = media_storage()
    assert storage["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert media_origin(storage) is None


def test_a_bucket_puts_media_on_s3_behind_the_cdn_domain(s3_media):
    name = default_storage.save("notes/hello.txt", ContentFile(b"hello from S3"))
    assert name == "notes/hello.txt"
    # Stored in the bucket under the media prefix, and read back through the storage.
    stored = s3_media.get_object(Bucket=BUCKET, Key="media/notes/hello.txt")
    assert stored["Body"].read() == b"hello from S3"
    with default_storage.open(name) as handle:
        assert handle.read() == b"hello from S3"
    # Stable public URLs on the CDN's domain (no signed query string), which the CSP allows.
    assert default_storage.url(name) == f"https://{CDN}/media/notes/hello.txt"
    assert media_origin(media_storage()) == f"https://{CDN}"
    # A second file of the same name keeps the first.
    assert default_storage.save("notes/hello.txt", ContentFile(b"again")) != name


@pytest.mark.django_db
def test_wagtail_images_renditions_and_documents_live_in_the_bucket(s3_media):
    image = Image.objects.create(title="Lips", file=ImageFile(io.BytesIO(png()), name="lips.png"))
    assert (image.width, image.height) == (120, 80)
    rendition = image.get_rendition("fill-60x40")
    assert (rendition.width, rendition.height) == (60, 40)
    assert rendition.url.startswith(f"https://{CDN}/media/images/")
    key = f"media/{rendition.file.name}"
    with PILImage.open(
        io.BytesIO(s3_media.get_object(Bucket=BUCKET, Key=key)["Body"].read())
    ) as shown:
        assert shown.size == (60, 40)

    document = Document.objects.create(
        title="Aftercare", file=ContentFile(b"%PDF-1.4 aftercare", name="aftercare.pdf")
    )
    with document.file.open() as handle:
        assert handle.read() == b"%PDF-1.4 aftercare"
    assert document.file.url.startswith(f"https://{CDN}/media/documents/")
