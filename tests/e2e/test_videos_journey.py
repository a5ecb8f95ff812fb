"""A reader on a phone filters the Video Hub, watches one of our videos with captions,
jumps to a chapter, then plays a YouTube video: nothing leaves this machine before the click."""

import re
from urllib.parse import urlsplit

import pytest
from django.core.files import File
from playwright.sync_api import Page, expect

from demo.videos import start_clip_encoding
from tests.e2e.conftest import LOCAL_HOSTS, PHONE, keep_to_this_machine
from tests.treatments.factories import (
    ConcernFactory,
    TreatmentIndexPageFactory,
    TreatmentPageFactory,
)
from tests.videos.factories import YOUTUBE_ID, MediaFactory, VideoHubPageFactory, VideoPageFactory

CLIP = {
    "slug": "journey-clip",
    "title": "What happens in an appointment",
    "seconds": 10,
    "poster": {"palette": ["#f3e3ec", "#6b1f5c"], "motif": "circles", "seed": 1},
    "chapters": [{"start": 0, "title": "Hello"}, {"start": 6, "title": "The consultation"}],
}


@pytest.fixture
def clip_file(tmp_path):
    """A real 10-second H.264 clip, encoded the way the demo makes them."""
    process, output = start_clip_encoding(CLIP, tmp_path)
    _, errors = process.communicate()
    assert process.returncode == 0, errors
    return output


@pytest.fixture
def hub_content(live_site, clip_file):
    finder = TreatmentIndexPageFactory(parent=live_site)
    wrinkles = ConcernFactory(name="Lines and wrinkles", slug="lines-and-wrinkles")
    redness = ConcernFactory(name="Redness", slug="redness")
    injections = TreatmentPageFactory(
        parent=finder, title="Anti-wrinkle injections", concerns=[wrinkles]
    )
    laser = TreatmentPageFactory(parent=finder, title="Vascular laser", concerns=[redness])
    hub = VideoHubPageFactory(parent=live_site)
    with clip_file.open("rb") as file:
        media = MediaFactory(duration=10, file=File(file, name="journey-clip.mp4"))
    VideoPageFactory(
        parent=hub,
        title="What happens in an appointment",
        slug="appointment",
        self_hosted=True,
        media=media,
        duration="00:00:10",
        chapters=[(0, "Hello"), (6, "The consultation")],
        treatments=[injections],
    )
    VideoPageFactory(
        parent=hub,
        title="How to check a registration",
        slug="registration",
        chapters=[(0, "Why"), (48, "The registers")],
        treatments=[injections],
    )
    VideoPageFactory(parent=hub, title="Calming red skin", slug="redness", treatments=[laser])
    return hub


def video_state(page, expression):
    return page.evaluate(
        f"() => {{ const video = document.querySelector('video'); return {expression}; }}"
    )


def test_reader_watches_videos_and_youtube_waits_for_the_click(
    page: Page, live_server, hub_content
):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    blocked = keep_to_this_machine(page)
    page.set_viewport_size(PHONE)

    # The hub, narrowed to a concern from the treatments' taxonomy.
    page.goto(f"{live_server.url}/videos/")
    expect(page.locator(".card-grid .card-article__title")).to_have_count(3)
    page.get_by_label("Concern").select_option(label="Lines and wrinkles")
    page.get_by_role("button", name="Show videos").click()
    expect(page).to_have_url(re.compile(r"concern=lines-and-wrinkles"))
    titles = page.locator(".card-grid .card-article__title")
    expect(titles).to_have_count(2)
    expect(page.get_by_text("Calming red skin")).to_have_count(0)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]

    # Our own video: it plays and advances, captions come on, a chapter seeks.
    page.get_by_role("link", name="What happens in an appointment").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("What happens in an appointment")
    captions = page.get_by_role("button", name="Captions")
    expect(captions).to_have_attribute("aria-pressed", "false")
    captions.click()
    expect(captions).to_have_attribute("aria-pressed", "true")
    assert video_state(page, "video.textTracks[0].mode") == "showing"
    video_state(page, "video.play()")
    page.wait_for_function("() => document.querySelector('video').currentTime > 1")
    page.wait_for_function(
        "() => document.querySelector('video').textTracks[0].activeCues.length > 0"
    )
    cue = video_state(page, "video.textTracks[0].activeCues[0].text")
    assert cue in {"Hello, and welcome to the clinic.", "First, a consultation."}
    page.get_by_role("link", name="0:06 The consultation").click()
    page.wait_for_function("() => document.querySelector('video').currentTime >= 6")
    expect(page).to_have_url(re.compile(r"#t=6$"))
    expect(page.locator("[data-seek='6']")).to_have_attribute("aria-current", "true")

    # A YouTube video: our poster, and not one request to another host until play.
    requests.clear()
    page.goto(f"{live_server.url}/videos/registration/")
    expect(page.get_by_text("may set cookies")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert requests, "the page made no requests at all?"
    assert {urlsplit(url).hostname for url in requests} <= LOCAL_HOSTS, requests
    assert blocked == []
    expect(page.locator("iframe")).to_have_count(0)
    page.get_by_role("link", name=re.compile("Play video")).click()
    iframe = page.locator("iframe.video-player__iframe")
    expect(iframe).to_have_count(1)
    expect(iframe).to_have_attribute(
        "src", re.compile(rf"^https://www\.youtube-nocookie\.com/embed/{YOUTUBE_ID}\?autoplay=1")
    )
    page.wait_for_timeout(300)
    assert blocked and all(
        urlsplit(url).hostname == "www.youtube-nocookie.com" for url in blocked
    ), blocked
