import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtailmedia.models import Media

from tests.articles.factories import ExpertFactory
from videos.models import (
    VideoChapter,
    VideoHubPage,
    VideoPage,
    VideoPageArticle,
    VideoPageTreatment,
)

CAPTIONS = """WEBVTT

00:00.000 --> 00:04.000
Hello, and welcome to the clinic.

00:04.000 --> 00:09.500
First, a consultation.
"""
# Well formed (see videos/youtube.py); nothing ever fetches it.
YOUTUBE_ID = "dQw4w9WgXcQ"


class CaptionDocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Captions {n}")
    file = factory.LazyFunction(lambda: ContentFile(CAPTIONS.encode(), name="captions.vtt"))

    class Meta:
        model = get_document_model()


class MediaFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Clip {n}")
    type = "video"
    duration = 20
    width = 640
    height = 360
    file = factory.LazyFunction(lambda: ContentFile(b"\x00" * 64, name="clip.mp4"))

    class Meta:
        model = Media


class VideoHubPageFactory(wagtail_factories.PageFactory):
    title = "Video Hub"
    slug = "videos"
    introduction = "Experts explain tweakments."

    class Meta:
        model = VideoHubPage


class VideoPageFactory(wagtail_factories.PageFactory):
    """A YouTube video by default; `self_hosted=True` gives our own file with captions."""

    title = factory.Sequence(lambda n: f"Video number {n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    standfirst = "What happens, step by step."
    expert = factory.SubFactory(ExpertFactory)
    poster = factory.SubFactory(wagtail_factories.ImageFactory)
    youtube_id = YOUTUBE_ID
    duration = datetime.timedelta(seconds=95)
    transcript = "<p>Hello, and welcome to the clinic. First, a consultation.</p>"

    class Meta:
        model = VideoPage
        skip_postgeneration_save = True

    class Params:
        self_hosted = factory.Trait(
            youtube_id="",
            media=factory.SubFactory(MediaFactory),
            captions=factory.SubFactory(CaptionDocumentFactory),
            duration=datetime.timedelta(seconds=20),
        )

    @factory.post_generation
    def chapters(page, create, extracted, **kwargs):
        """(seconds, title) pairs."""
        for order, (seconds, title) in enumerate(extracted or []):
            VideoChapter.objects.create(
                page=page, sort_order=order, start=datetime.timedelta(seconds=seconds), title=title
            )

    @factory.post_generation
    def treatments(page, create, extracted, **kwargs):
        for order, treatment in enumerate(extracted or []):
            VideoPageTreatment.objects.create(page=page, treatment=treatment, sort_order=order)

    @factory.post_generation
    def articles(page, create, extracted, **kwargs):
        for order, article in enumerate(extracted or []):
            VideoPageArticle.objects.create(page=page, article=article, sort_order=order)
