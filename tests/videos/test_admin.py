import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail_factories import ImageFactory

from videos.models import VideoPage

from .factories import YOUTUBE_ID, VideoPageFactory

pytestmark = pytest.mark.django_db
LISTING = "/admin/videos/"


@pytest.fixture
def editor_client(client):
    client.force_login(get_user_model().objects.create_superuser("ed", "ed@example.com", "pw"))
    return client


def add_url(hub):
    return f"/admin/pages/add/videos/videopage/{hub.pk}/"


def video_form(poster, **overrides):
    return nested_form_data(
        {
            "title": "Checking a registration",
            "slug": "checking",
            "date": "2026-11-10",
            "expert": "",
            "standfirst": "How to look someone up.",
            "media": "",
            "youtube_id": f"https://www.youtube.com/watch?v={YOUTUBE_ID}&t=3s",
            "poster": poster.pk,
            "captions": "",
            "duration": "3:42",
            "sources-count": "0",
            "changes-count": "0",
            "transcript": rich_text("<p>Anyone who prescribes must be registered.</p>"),
            "chapters": inline_formset(
                [{"start": "0:00", "title": "Why"}, {"start": "0:48", "title": "Registers"}]
            ),
            "treatment_links": inline_formset([]),
            "article_links": inline_formset([]),
            "action-publish": "publish",
            **overrides,
        }
    )


def test_an_editor_adds_a_youtube_video_by_its_address(editor_client, hub):
    response = editor_client.post(add_url(hub), video_form(ImageFactory()))
    assert response.status_code == 302, response.content.decode()[:3000]
    video = VideoPage.objects.get(slug="checking")
    assert video.live
    assert video.youtube_id == YOUTUBE_ID
    assert [chapter.title for chapter in video.chapter_list] == ["Why", "Registers"]


def test_a_bad_youtube_address_is_explained_beside_the_field(editor_client, hub):
    response = editor_client.post(
        add_url(hub), video_form(ImageFactory(), youtube_id="https://youtu.be/too-short")
    )
    assert response.status_code == 200
    assert "no valid video ID" in response.content.decode()
    assert not VideoPage.objects.filter(slug="checking").exists()


def test_chapters_after_the_end_or_twice_at_once_are_refused(editor_client, hub):
    chapters = inline_formset(
        [
            {"start": "0:00", "title": "A"},
            {"start": "0:00", "title": "B"},
            {"start": "9:00", "title": "C"},
        ]
    )
    data = video_form(ImageFactory())
    data.update(nested_form_data({"chapters": chapters}))
    html = editor_client.post(add_url(hub), data).content.decode()
    assert "Another chapter starts at the same time." in html
    assert "This is after the end of the video." in html
    assert not VideoPage.objects.filter(slug="checking").exists()


def test_a_youtube_video_without_transcript_goes_live_with_a_warning(editor_client, hub):
    data = video_form(ImageFactory(), transcript=rich_text(""))
    response = editor_client.post(add_url(hub), data, follow=True)
    assert VideoPage.objects.get(slug="checking").live
    messages = [str(message) for message in response.context["messages"]]
    assert any("No transcript" in message for message in messages)


def test_the_editor_sees_what_each_field_is_for(editor_client, hub):
    html = editor_client.get(add_url(hub)).content.decode()
    for help_text in (
        "paste its address or its 11-character ID",
        "WebVTT (.vtt)",
        "never show YouTube",
    ):
        assert help_text in html


def test_the_videos_listing_searches_and_filters(editor_client, hub):
    VideoPageFactory(parent=hub, title="Exosomes and the law", captions=None)
    VideoPageFactory(parent=hub, title="Our own clip", self_hosted=True)
    page = BeautifulSoup(editor_client.get(LISTING).content, "html.parser")
    titles = page.get_text()
    assert "Exosomes and the law" in titles and "Our own clip" in titles
    assert "No caption file" in titles
    searched = editor_client.get(LISTING, {"q": "exosomes"}).content.decode()
    assert "Exosomes and the law" in searched and "Our own clip" not in searched
    youtube_only = editor_client.get(LISTING, {"source": "youtube"}).content.decode()
    assert "Exosomes and the law" in youtube_only and "Our own clip" not in youtube_only
    own_only = editor_client.get(LISTING, {"source": "file"}).content.decode()
    assert "Our own clip" in own_only and "Exosomes and the law" not in own_only
    assert editor_client.get(LISTING, {"source": "<junk>", "expert": "abc"}).status_code == 200


def test_videos_are_listed_newest_first_beside_articles_with_an_add_button(editor_client, hub):
    for day, title in [(3, "Middle clip"), (9, "Newest clip"), (1, "Oldest clip")]:
        VideoPageFactory(parent=hub, title=title, date=f"2026-05-0{day}")
    page = BeautifulSoup(editor_client.get(LISTING).content, "html.parser")
    titles = [a.get_text(strip=True) for a in page.select("tbody td.title .title-wrapper a")]
    assert titles == ["Newest clip", "Middle clip", "Oldest clip"]
    assert "Published on" in page.select_one("thead").get_text()
    assert page.find("a", href="/admin/videos/choose_parent/")
    menu = editor_client.get("/admin/").content.decode()
    # Content pages together at the top: Articles, Treatments, Videos, then the snippets.
    paths = ["articles/", "treatments/", "videos/", "snippets/questions/question/"]
    positions = [menu.index(f'"/admin/{path}"') for path in paths]
    assert positions == sorted(positions)
