import json

import pytest
from bs4 import BeautifulSoup
from wagtail.images.models import AbstractImage

from tests.articles.factories import ExpertFactory
from tests.treatments.factories import TreatmentPageFactory

from .factories import VideoPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def json_ld(page_soup, kind):
    found = [
        json.loads(tag.string) for tag in page_soup.select('script[type="application/ld+json"]')
    ]
    return [item for item in found if item["@type"] == kind]


def card_titles(page_soup):
    return [link.get_text() for link in page_soup.select(".card-grid .card-article__title a")]


@pytest.fixture
def videos(hub, treatment):
    other = TreatmentPageFactory(parent=treatment.get_parent(), title="Skin boosters")
    expert = ExpertFactory(name="Dr Kate Goldie")
    return {
        "wrinkles": VideoPageFactory(
            parent=hub, title="Wrinkles", slug="wrinkles", treatments=[treatment]
        ),
        "boosters": VideoPageFactory(
            parent=hub, title="Boosters", slug="boosters", treatments=[other], expert=expert
        ),
        "own": VideoPageFactory(
            parent=hub,
            title="Our own clip",
            slug="own",
            self_hosted=True,
            chapters=[(0, "Hello"), (8, "The consultation")],
            treatments=[treatment],
        ),
    }


def test_hub_lists_videos_newest_first(client, hub, videos):
    page = soup(client.get("/videos/"))
    assert card_titles(page) == ["Our own clip", "Boosters", "Wrinkles"]
    assert page.select_one(".card-video__duration").get_text(strip=True).endswith("0:20")
    assert len(page.find_all("h1")) == 1


def test_the_featured_video_leads_and_is_not_repeated(client, hub, videos):
    hub.featured_video = videos["boosters"]
    hub.save_revision().publish()
    page = soup(client.get("/videos/"))
    assert page.select_one(".video-featured__title").get_text(strip=True) == "Boosters"
    assert card_titles(page) == ["Our own clip", "Wrinkles"]
    filtered = soup(client.get("/videos/?concern=lines-and-wrinkles"))
    assert filtered.select_one(".video-featured") is None


def test_filters_by_concern_treatment_and_expert(client, hub, videos):
    assert card_titles(soup(client.get("/videos/?concern=lines-and-wrinkles"))) == [
        "Our own clip",
        "Wrinkles",
    ]
    assert card_titles(soup(client.get("/videos/?treatment=skin-boosters"))) == ["Boosters"]
    expert = videos["boosters"].expert_id
    assert card_titles(soup(client.get(f"/videos/?expert={expert}"))) == ["Boosters"]
    page = soup(client.get("/videos/?concern=lines-and-wrinkles"))
    assert page.select_one('meta[name="robots"]')["content"] == "noindex, follow"


# One page tree for every case: each is a link a reader might arrive with.
JUNK_QUERIES = [
    "page=abc",
    "page=-1",
    "page=99999999999999999999",
    "concern=not-a-concern",
    "concern=<script>alert(1)</script>",
    "expert=abc",
    "expert=999999",
    "treatment=' OR 1=1 --",
    "area=%00",
    "concern=a&concern=b",
]


def test_hub_tolerates_junk(client, hub, videos):
    for query in JUNK_QUERIES:
        response = client.get(f"/videos/?{query}")
        assert response.status_code == 200, query
        assert len(card_titles(soup(response))) == 3, query
        assert b"<script>alert(1)" not in response.content, query


def test_an_unknown_filter_is_reported(client, hub, videos):
    page = soup(client.get("/videos/?concern=nope&expert=abc"))
    notices = page.select_one(".video-filters__notices").get_text()
    assert "concern" in notices
    assert "expert" in notices


def test_filters_offer_only_choices_with_videos(client, hub, videos):
    page = soup(client.get("/videos/"))
    concerns = [option["value"] for option in page.select("#id_concern option")]
    assert concerns == ["", "lines-and-wrinkles"]
    assert page.select_one("label[for=id_expert]").get_text() == "Expert"


def test_hub_is_an_item_list(client, hub, videos):
    (item_list,) = json_ld(soup(client.get("/videos/")), "ItemList")
    assert [item["url"] for item in item_list["itemListElement"]] == [
        "http://testserver/videos/own/",
        "http://testserver/videos/boosters/",
        "http://testserver/videos/wrinkles/",
    ]
    assert [item["position"] for item in item_list["itemListElement"]] == [1, 2, 3]


def test_youtube_loads_nothing_from_youtube_until_played(client, hub, videos):
    response = client.get("/videos/wrinkles/")
    page = soup(response)
    html = response.content.decode()
    assert page.find("iframe") is None
    assert "ytimg" not in html
    assert "youtube.com/embed" not in html
    player = page.select_one("[data-embed-player]")
    assert player["data-embed-url"].startswith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    assert page.select_one(".video-player__poster")["src"].startswith("/media/images/")
    assert "may set cookies" in page.select_one(".video-player__notice").get_text()
    # Without JavaScript the play button is a plain link to the video on YouTube.
    assert page.select_one("[data-embed-play]")["href"].startswith("https://www.youtube.com/watch")


def test_csp_frames_only_the_privacy_minded_players(client, hub, videos):
    policy = client.get("/videos/wrinkles/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["frame-src"] == "https://www.youtube-nocookie.com https://player.vimeo.com"


def test_our_own_video_has_captions_and_no_layout_shift(client, hub, videos):
    page = soup(client.get("/videos/own/"))
    video = page.find("video")
    assert video["preload"] == "none"
    assert video["poster"].startswith("/media/images/")
    assert (video["width"], video["height"]) == ("640", "360")
    track = video.find("track")
    assert track["kind"] == "captions"
    assert track["src"] == videos["own"].captions.url
    assert video.find("source")["type"] == "video/mp4"


def test_chapters_are_links_that_work_without_javascript(client, hub, videos):
    page = soup(client.get("/videos/own/"))
    links = page.select("[data-chapters] a")
    assert [link.get_text(" ", strip=True) for link in links] == [
        "0:00 Hello",
        "0:08 The consultation",
    ]
    assert links[1]["href"] == f"{videos['own'].file_url}#t=8"
    assert links[1]["data-seek"] == "8"


def test_a_start_time_in_the_link_tolerates_junk(client, hub, videos):
    for start in ["abc", "-3", "99999", "1.5", "<b>"]:
        page = soup(client.get(f"/videos/own/?t={start}"))
        assert page.find("video")["data-start"] == "0", start


def test_a_start_time_in_the_link_starts_the_video_there(client, hub, videos):
    page = soup(client.get("/videos/own/?t=8"))
    assert page.find("source")["src"].endswith("#t=8")


def test_related_videos_share_treatments_first(client, hub, videos):
    page = soup(client.get("/videos/own/"))
    more = [a.get_text() for a in page.select(".related-videos .card-article__title a")]
    assert more == ["Wrinkles", "Boosters"]


def test_video_page_shows_what_it_is_about(client, hub, videos, treatment):
    page = soup(client.get("/videos/own/"))
    assert page.select_one(".video-transcript").get_text().count("welcome to the clinic") == 1
    assert [a.get_text() for a in page.select(".video-related__list a")] == [treatment.title]
    crumbs = [a.get_text() for a in page.select(".breadcrumbs a")]
    assert crumbs == ["Home", "Video Hub"]
    assert page.select_one(".share a")["href"].startswith("https://www.facebook.com/")
    assert page.select_one('link[rel="canonical"]')["href"] == "http://testserver/videos/own/"
    assert page.select_one('meta[property="og:image"]')


def test_video_object_has_what_google_requires(client, hub, videos):
    (video,) = json_ld(soup(client.get("/videos/own/")), "VideoObject")
    for field in ("name", "thumbnailUrl", "uploadDate"):  # required by Google
        assert video[field]
    assert video["thumbnailUrl"][0].startswith("http://testserver/media/images/")
    assert video["uploadDate"].startswith(videos["own"].date.isoformat() + "T00:00:00")
    assert video["duration"] == "PT20S"
    assert video["contentUrl"] == f"http://testserver{videos['own'].file_url}"
    assert "welcome to the clinic" in video["transcript"]
    assert video["hasPart"] == [
        {
            "@type": "Clip",
            "name": "Hello",
            "startOffset": 0,
            "endOffset": 8,
            "url": "http://testserver/videos/own/?t=0",
        },
        {
            "@type": "Clip",
            "name": "The consultation",
            "startOffset": 8,
            "endOffset": 20,
            "url": "http://testserver/videos/own/?t=8",
        },
    ]
    (youtube,) = json_ld(soup(client.get("/videos/wrinkles/")), "VideoObject")
    assert youtube["embedUrl"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert "contentUrl" not in youtube


def test_text_is_escaped_in_page_and_json_ld(client, hub):
    VideoPageFactory(parent=hub, slug="xss", title="</script><script>alert(1)</script>")
    response = client.get("/videos/xss/")
    assert b"<script>alert(1)" not in response.content
    (video,) = json_ld(soup(response), "VideoObject")
    assert video["name"] == "</script><script>alert(1)</script>"


def test_hub_and_videos_are_in_the_sitemap(client, hub, videos):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/videos/</loc>" in sitemap
    assert "http://testserver/videos/own/</loc>" in sitemap


def test_hub_query_count_does_not_grow(client, hub, treatment, django_assert_max_num_queries):
    VideoPageFactory(parent=hub, treatments=[treatment])
    VideoPageFactory(parent=hub, self_hosted=True)
    client.get("/videos/")  # renditions made once
    with django_assert_max_num_queries(11) as few:
        client.get("/videos/")
    few_count = len(few.captured_queries)
    for _ in range(8):
        VideoPageFactory(parent=hub, treatments=[treatment], expert=ExpertFactory())
    client.get("/videos/")
    with django_assert_max_num_queries(few_count):
        soup(client.get("/videos/"))


def test_video_page_query_count_does_not_grow(
    client, hub, treatment, django_assert_max_num_queries
):
    for _ in range(3):
        VideoPageFactory(parent=hub)
    VideoPageFactory(parent=hub, slug="one", chapters=[(0, "A")], treatments=[treatment])
    client.get("/videos/one/")
    with django_assert_max_num_queries(11) as few:
        client.get("/videos/one/")
    few_count = len(few.captured_queries)
    many = [TreatmentPageFactory(parent=treatment.get_parent()) for _ in range(4)]
    VideoPageFactory(
        parent=hub,
        slug="many",
        chapters=[(seconds, f"Part {seconds}") for seconds in range(0, 90, 10)],
        treatments=many,
    )
    client.get("/videos/many/")
    with django_assert_max_num_queries(few_count):
        soup(client.get("/videos/many/"))


def test_hub_makes_no_renditions_once_they_exist(client, hub, monkeypatch):
    # A poster prefetched without the featured sizes would regenerate them on every request.
    hub.featured_video = VideoPageFactory(parent=hub)
    hub.save_revision().publish()
    VideoPageFactory(parent=hub)
    client.get("/videos/")
    created = []
    make = AbstractImage.create_renditions

    def spy(image, *filters):
        created.extend(filter.spec for filter in filters)
        return make(image, *filters)

    monkeypatch.setattr(AbstractImage, "create_renditions", spy)
    soup(client.get("/videos/"))
    assert created == []
