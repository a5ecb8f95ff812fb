import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.models import PageViewRestriction

from videos.views import requested_range

from .factories import MediaFactory, VideoPageFactory

pytestmark = pytest.mark.django_db
CONTENT = bytes(range(256)) * 4  # 1024 bytes


@pytest.fixture
def clip(hub):
    """The file of a live, public video page."""
    media = MediaFactory(file=ContentFile(CONTENT, name="clip.mp4"))
    VideoPageFactory(parent=hub, self_hosted=True, media=media)
    return media


def url(media):
    return f"/video-files/{media.pk}/{media.filename}"


def body(response):
    return b"".join(response.streaming_content)


def test_the_whole_file_says_it_takes_ranges(client, clip):
    response = client.get(url(clip))
    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Type"] == "video/mp4"
    assert body(response) == CONTENT


@pytest.mark.parametrize(
    "header, first, last",
    [
        ("bytes=0-", 0, 1023),
        ("bytes=100-199", 100, 199),
        ("bytes=-24", 1000, 1023),
        ("bytes=1000-5000", 1000, 1023),
    ],
)
def test_a_range_is_sent_as_partial_content(client, clip, header, first, last):
    response = client.get(url(clip), HTTP_RANGE=header)
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {first}-{last}/1024"
    assert body(response) == CONTENT[first : last + 1]
    assert int(response["Content-Length"]) == last - first + 1


def test_a_range_past_the_end_is_refused(client, clip):
    response = client.get(url(clip), HTTP_RANGE="bytes=2000-")
    assert response.status_code == 416
    assert response["Content-Range"] == "bytes */1024"


@pytest.mark.parametrize("header", ["bytes=5-2", "bytes=-", "items=0-1", "bytes=0-1,5-6", "x"])
def test_a_range_we_do_not_handle_gets_the_whole_file(client, clip, header):
    response = client.get(url(clip), HTTP_RANGE=header)
    assert response.status_code == 200
    assert body(response) == CONTENT


def test_wrong_names_and_audio_are_not_found(client, clip):
    assert client.get(f"/video-files/{clip.pk}/other.mp4").status_code == 404
    assert client.get("/video-files/999999/clip.mp4").status_code == 404
    audio = MediaFactory(type="audio", file=ContentFile(b"x", name="talk.mp3"))
    assert client.get(url(audio)).status_code == 404
    assert client.post(url(clip)).status_code == 405


@pytest.fixture
def unpublished(hub):
    media = MediaFactory(file=ContentFile(CONTENT, name="draft.mp4"))
    VideoPageFactory(parent=hub, self_hosted=True, media=media, live=False)
    return media


@pytest.fixture
def private(hub):
    media = MediaFactory(file=ContentFile(CONTENT, name="private.mp4"))
    page = VideoPageFactory(parent=hub, self_hosted=True, media=media)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Editors"))
    return media


def test_files_of_unpublished_private_or_unused_videos_are_not_served(client, unpublished, private):
    unused = MediaFactory(file=ContentFile(CONTENT, name="unused.mp4"))
    for media in (unpublished, private, unused):
        assert client.get(url(media)).status_code == 404
        assert client.get(url(media), HTTP_RANGE="bytes=0-9").status_code == 404


def test_editors_still_see_them_in_previews_and_no_one_keeps_a_copy(
    client, unpublished, private, admin_user
):
    client.force_login(admin_user)
    for media in (unpublished, private):
        response = client.get(url(media))
        assert response.status_code == 200 and body(response) == CONTENT
        assert "private" in response["Cache-Control"]


def test_a_video_page_keeps_its_file_while_another_unpublished_page_uses_it_too(client, clip, hub):
    VideoPageFactory(parent=hub, self_hosted=True, media=clip, live=False)
    response = client.get(url(clip))
    assert response.status_code == 200 and "public" in response["Cache-Control"]


def test_requested_range():
    assert requested_range(None, 10) is None
    assert requested_range("bytes=0-0", 10) == (0, 0)
    assert requested_range("bytes=3-1", 10) is None
    for unsatisfiable in ("bytes=10-", "bytes=-0"):
        with pytest.raises(ValueError):
            requested_range(unsatisfiable, 10)


def test_video_files_are_not_served_from_media_behind_the_views_back(client, unpublished, clip):
    """With SERVE_MEDIA (development, tests) /media/ would hand out any upload by its
    name; the video folder is left to /video-files/ (the README has the proxy's rule)."""
    for media in (unpublished, clip):
        assert client.get(media.file.url).status_code == 404
        name = media.file.name
        for sneaky in (f"/media//{name}", f"/media/x/../{name}", f"/media/./{name}"):
            assert client.get(sneaky).status_code == 404
