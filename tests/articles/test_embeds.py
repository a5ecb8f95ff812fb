"""Videos in an article's body: our own panel until the reader presses play."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from articles.blocks import VideoEmbedBlock
from articles.embeds import embedded_video
from tests.articles.factories import (
    VIMEO_URL,
    YOUTUBE_URL,
    ArticleIndexPageFactory,
    ArticlePageFactory,
    store_oembed,
    video_body,
)

pytestmark = pytest.mark.django_db
FLICKR_URL = "https://www.flickr.com/photos/someone/123"


@pytest.fixture
def news(home_page):
    store_oembed(YOUTUBE_URL, VIMEO_URL)
    return ArticleIndexPageFactory(parent=home_page)


def test_youtube_and_vimeo_show_our_panel_and_request_nothing_from_them(client, news):
    article = ArticlePageFactory(parent=news, body=video_body(YOUTUBE_URL, VIMEO_URL))
    response = client.get(article.url)
    page = BeautifulSoup(response.content, "html.parser")
    players = page.select("[data-embed-player]")
    assert [player["data-embed-url"] for player in players] == [
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0",
        "https://player.vimeo.com/video/76979871?h=8272103f6e&app_id=122963&autoplay=1&dnt=1",
    ]
    assert [player["data-title"] for player in players] == [
        "Anti-wrinkle injections, step by step",
        "Inside a laser clinic",
    ]
    # Nothing the browser fetches on its own points at another host: no frame, no thumbnail.
    assert page.find("iframe") is None
    sources = [tag["src"] for tag in page.find_all(src=True)]
    assert sources and all(source.startswith("/") for source in sources), sources
    html = response.content.decode()
    assert "ytimg" not in html and "vimeocdn" not in html
    # Without JavaScript each play button is a plain link to the video on its host.
    assert [link["href"] for link in page.select("[data-embed-play]")] == [YOUTUBE_URL, VIMEO_URL]
    notices = [notice.get_text() for notice in page.select(".video-embed figcaption")]
    assert ["YouTube" in notices[0], "Vimeo" in notices[1]] == [True, True]
    # The page loads the player's script and styles only because it has a video.
    assert page.select_one("script[src$='js/videos.js']")
    plain = ArticlePageFactory(parent=news)
    assert "js/videos.js" not in client.get(plain.url).content.decode()


def test_csp_frames_exactly_the_two_players(client, news):
    article = ArticlePageFactory(parent=news, body=video_body(YOUTUBE_URL))
    policy = client.get(article.url)["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["frame-src"].split() == [
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ]


def test_another_host_is_refused_by_the_block_and_shown_as_a_link(client, news):
    Embed.objects.create(
        url=FLICKR_URL,
        hash=get_embed_hash(FLICKR_URL),
        type="photo",
        html='<img src="https://live.staticflickr.com/1.jpg">',
    )
    assert embedded_video(FLICKR_URL) is None
    with pytest.raises(ValidationError, match="YouTube or Vimeo"):
        VideoEmbedBlock().clean(EmbedValue(FLICKR_URL))
    assert VideoEmbedBlock().clean(EmbedValue(VIMEO_URL)).url == VIMEO_URL
    # An address no finder knows (nothing is fetched) still leaves the reader a link.
    unknown = "https://videos.example/clip"
    article = ArticlePageFactory(parent=news, body=video_body(unknown))
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert page.select_one(".video-embed a")["href"] == unknown
    assert page.select_one("[data-embed-player]") is None
