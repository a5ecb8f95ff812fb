import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail_factories import ImageFactory

from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.treatments.factories import AreaFactory, TreatmentPageFactory
from videos.models import VideoPage, minutes_and_seconds
from videos.structured_data import iso_duration
from videos.wagtail_hooks import editor_warnings

from .factories import CaptionDocumentFactory, MediaFactory, VideoPageFactory

pytestmark = pytest.mark.django_db


def unsaved(self_hosted=False, **fields):
    """A page not in the tree yet, whose poster, file and captions are saved."""
    if self_hosted:
        fields = {
            "youtube_id": "",
            "media": MediaFactory(),
            "captions": CaptionDocumentFactory(),
            "duration": datetime.timedelta(seconds=20),
            **fields,
        }
    return VideoPageFactory.build(**{"poster": ImageFactory(), "expert": None, **fields})


def errors_of(page):
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    return error.value.message_dict


def test_a_video_needs_exactly_one_source(hub):
    both = unsaved(media=MediaFactory(), captions=CaptionDocumentFactory())
    assert "one of the two" in errors_of(both)["media"][0]
    neither = unsaved(youtube_id="")
    assert "one of the two" in errors_of(neither)["media"][0]


def test_our_own_file_needs_captions_and_a_video_file(hub):
    page = unsaved(self_hosted=True, media=MediaFactory(type="audio"), captions=None)
    errors = errors_of(page)
    assert "needs a caption file" in errors["captions"][0]
    assert "audio" in errors["media"][0]


def test_a_caption_file_that_is_not_webvtt_is_refused(hub):
    srt = CaptionDocumentFactory(
        file=ContentFile(b"1\n00:00:00,000 --> 00:00:01,000\nx\n", name="c.vtt")
    )
    page = unsaved(self_hosted=True, captions=srt)
    assert "not a WebVTT" in errors_of(page)["captions"][0]
    pdf = CaptionDocumentFactory(file=ContentFile(b"%PDF", name="c.pdf"))
    page = unsaved(self_hosted=True, captions=pdf)
    assert ".vtt" in errors_of(page)["captions"][0]


def test_the_length_comes_from_the_file_when_not_given(hub):
    page = unsaved(self_hosted=True, duration=None, slug="own")
    page.full_clean(exclude=["path", "depth"])
    assert page.duration == datetime.timedelta(seconds=20)
    youtube = unsaved(duration=None)
    assert "length" in errors_of(youtube)["duration"][0]


def test_youtube_without_a_transcript_may_go_live_with_a_warning(hub):
    page = VideoPageFactory(parent=hub, transcript="<p> </p>", captions=None)
    page.full_clean()
    warnings = editor_warnings(page)
    assert any("No transcript" in warning for warning in warnings)
    assert editor_warnings(VideoPageFactory(parent=hub, captions=CaptionDocumentFactory())) == []


def test_a_poster_is_required_for_youtube_too(hub):
    page = unsaved(poster=None)
    assert "poster" in errors_of(page)


def test_chapters_come_in_time_order_with_their_ends(hub):
    page = VideoPageFactory(parent=hub, chapters=[(30, "Middle"), (0, "Start"), (70, "End")])
    chapters = VideoPage.objects.get(pk=page.pk).chapter_list
    assert [(c.title, c.seconds, c.end_seconds) for c in chapters] == [
        ("Start", 0, 30),
        ("Middle", 30, 70),
        ("End", 70, 95),
    ]
    assert chapters[1].link == "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30s"


def test_chapters_of_our_own_file_link_to_a_media_fragment(hub):
    page = VideoPageFactory(parent=hub, self_hosted=True, chapters=[(0, "Hi"), (5, "Consult")])
    assert page.chapter_list[1].link == f"/video-files/{page.media_id}/{page.media.filename}#t=5"


def test_transcript_text_is_plain(hub):
    page = VideoPageFactory(
        parent=hub, transcript="<h3>One</h3><p>Two &amp; <b>three</b></p><p>Four</p>"
    )
    assert page.transcript_text == "One Two & three Four"


def test_start_time_tolerates_junk():
    page = VideoPageFactory.build(duration=datetime.timedelta(seconds=95))
    cases = [("30", 30), ("0", 0), ("-5", 0), ("95", 0), ("abc", 0), (None, 0), ("1e9", 0)]
    for value, expected in [*cases, ("9" * 5000, 0)]:
        assert page.start_at(value) == expected, value


def test_durations_read_well():
    assert minutes_and_seconds(65) == "1:05"
    assert minutes_and_seconds(3723) == "1:02:03"
    assert iso_duration(65) == "PT1M5S"
    assert iso_duration(3600) == "PT1H"
    assert iso_duration(0) == "PT0S"


def test_videos_about_a_treatment_or_an_article(hub, treatment, home_page):
    article = ArticlePageFactory(parent=ArticleIndexPageFactory(parent=home_page))
    about_treatment = VideoPageFactory(parent=hub, treatments=[treatment])
    about_article = VideoPageFactory(parent=hub, articles=[article])
    VideoPageFactory(parent=hub)
    draft = VideoPageFactory(parent=hub, treatments=[treatment], live=False)
    assert list(VideoPage.objects.for_listing().about(treatment)) == [about_treatment]
    assert list(VideoPage.objects.for_listing().about(article)) == [about_article]
    assert draft not in VideoPage.objects.for_listing()


def test_filters_follow_the_treatments_taxonomy(hub, treatment):
    area = AreaFactory(name="Lips", slug="lips")
    lips = TreatmentPageFactory(parent=treatment.get_parent(), title="Lip filler", areas=[area])
    wrinkles = VideoPageFactory(parent=hub, treatments=[treatment])
    both = VideoPageFactory(parent=hub, treatments=[treatment, lips])
    videos = VideoPage.objects.for_listing()
    assert list(videos.for_concern("lines-and-wrinkles")) == [both, wrinkles]
    assert list(videos.in_area("lips")) == [both]
    assert list(videos.about_treatment(lips.slug)) == [both]
    assert list(videos.by_expert(wrinkles.expert_id)) == [wrinkles]


def test_transcripts_are_searchable(hub):
    page = VideoPageFactory(parent=hub, transcript="<p>Botulinum relaxes the frown muscles.</p>")
    VideoPageFactory(parent=hub)
    assert list(VideoPage.objects.live().search("botulinum")) == [page]
    fields = {field.field_name for field in VideoPage.search_fields}
    assert {"title", "standfirst", "transcript"} <= fields
