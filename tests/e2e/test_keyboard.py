"""Keyboard only: the finder at phone and desktop width, then compare, the directory, the chat
panel and video chapters at desktop width. Every focus stop on the way must show its focus,
Tab must always move on (no trap), and the key controls must come in the order they are seen."""

import itertools
import re

import pytest
from django.core.files import File
from playwright.sync_api import Page, expect

from demo.videos import start_clip_encoding
from tests.e2e.conftest import PHONE
from tests.practitioners.factories import DirectoryPageFactory, add_postcodes, practitioner_at
from tests.treatments.factories import (
    ConcernFactory,
    TreatmentIndexPageFactory,
    TreatmentPageFactory,
)
from tests.videos.factories import MediaFactory, VideoHubPageFactory, VideoPageFactory

DESKTOP = {"width": 1280, "height": 900}
CLIP = {
    "slug": "keyboard-clip",
    "title": "Lip filler, step by step",
    "seconds": 10,
    "poster": {"palette": ["#f3e3ec", "#6b1f5c"], "motif": "circles", "seed": 1},
    "chapters": [{"start": 0, "title": "Hello"}, {"start": 6, "title": "The treatment"}],
}
# What has the focus: enough to name it, find it on screen and see whether focus shows.
FOCUSED = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  // WCAG 2.2's "focus not obscured": the floating chat button must not sit on top of it.
  const chat = document.querySelector("[data-chat-open]");
  const over = chat && chat !== element && element !== document.body
    ? chat.getBoundingClientRect() : null;
  const covered = Boolean(over && over.width && over.left < box.right && box.left < over.right
    && over.top < box.bottom && box.top < over.bottom);
  const label = element.labels && element.labels.length ? element.labels[0].textContent : "";
  return {
    // Past the last control the focus leaves the page for the browser's own controls.
    outside: element === document.body,
    // A <video>'s own controls take Tab one by one inside it and draw their own focus ring.
    media: element instanceof HTMLMediaElement,
    id: element.id,
    field: element.getAttribute("name"),
    name: (element.getAttribute("aria-label") || label || element.textContent || "")
      .replace(/\\s+/g, " ").trim(),
    covered: covered,
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== "none",
    x: box.x + window.scrollX,
    y: box.y + window.scrollY,
  };
}"""


@pytest.fixture
def keyboard_content(live_site, tmp_path):
    finder = TreatmentIndexPageFactory(parent=live_site)
    lines = ConcernFactory(name="Lines and wrinkles", slug="lines-and-wrinkles")
    volume = ConcernFactory(name="Lost volume", slug="lost-volume")
    pores = ConcernFactory(name="Large pores", slug="large-pores")
    lip_filler = TreatmentPageFactory(
        parent=finder, title="Lip filler", slug="lip-filler", concerns=[volume]
    )
    TreatmentPageFactory(
        parent=finder, title="Anti-wrinkle injections", slug="toxin", concerns=[lines]
    )
    TreatmentPageFactory(
        parent=finder, title="Cheek filler", slug="cheek-filler", concerns=[volume, lines]
    )
    TreatmentPageFactory(parent=finder, title="Microneedling", slug="needling", concerns=[pores])
    DirectoryPageFactory(parent=live_site)
    add_postcodes("SW1A 1AA", "W1G 9PF")
    practitioner_at("W1G 9PF", name="Dr Aisha Rahman", treatments=[lip_filler])
    process, clip = start_clip_encoding(CLIP, tmp_path)
    _, errors = process.communicate()
    assert process.returncode == 0, errors
    with clip.open("rb") as file:
        media = MediaFactory(duration=10, file=File(file, name="keyboard-clip.mp4"))
    hub = VideoHubPageFactory(parent=live_site)
    return VideoPageFactory(
        parent=hub,
        title=CLIP["title"],
        slug="lip-filler-step-by-step",
        self_hosted=True,
        media=media,
        duration="00:00:10",
        chapters=[(0, "Hello"), (6, "The treatment")],
    )


def tab_to(page: Page, is_target, key="Tab", limit=150):
    """Press Tab (or Shift+Tab) until `is_target(focused)`; every stop on the way must
    show its focus, and each press must move it (no trap). Returns the stops."""
    stops = [page.evaluate(FOCUSED)]
    for _ in range(limit):
        page.keyboard.press(key)
        focused = page.evaluate(FOCUSED)
        if focused["media"]:
            stops.append(focused)
            continue
        assert not same_element(focused, stops[-1]), f"{key} did not move the focus from {focused}"
        assert focused["outside"] or focused["outline"] or focused["shadow"], (
            f"no visible focus on {focused}"
        )
        assert not focused["covered"], f"the chat button covers the focus on {focused}"
        stops.append(focused)
        if is_target(focused):
            return stops
    raise AssertionError(f"{key} ×{limit} never reached the target; last stops: {stops[-5:]}")


def same_element(one, other):
    return all(one[key] == other[key] for key in ("id", "name", "x", "y"))


def by_id(element_id):
    return lambda focused: focused["id"] == element_id


def by_name(pattern):
    return lambda focused: re.search(pattern, focused["name"]) is not None


def in_panel(panel):
    return panel.evaluate("(panel) => panel.contains(document.activeElement)")


def assert_reading_order(stops):
    """Each stop is below the last, or on the same line and to its right."""
    for before, after in itertools.pairwise(stops):
        same_line = abs(after["y"] - before["y"]) < 8
        assert (same_line and after["x"] > before["x"]) or (
            not same_line and after["y"] > before["y"]
        ), f"{after['name']!r} comes after {before['name']!r} but is seen before it"


def test_keyboard_only_finder_compare_directory_chat_and_chapters(
    page: Page, live_server, keyboard_content
):
    # Bootstrap scrolls smoothly: with reduced motion each focus stop is where it ends up.
    page.emulate_media(reduced_motion="reduce")
    # On a phone the finder's filters fold behind "Filter": Enter opens them, and the
    # first concern chip comes next.
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/tweakments/")
    tab_to(page, by_name(r"^Filter"))
    page.keyboard.press("Enter")
    tab_to(page, by_name(r"^Large pores"))
    page.keyboard.press("Space")
    expect(page.locator("#finder-status")).to_contain_text("1 treatment matches")
    # Each control down the directory's form comes into view above the chat button.
    page.goto(live_server.url + "/find-a-practitioner/")
    tab_to(page, by_name(r"^Find practitioners$"))

    # At desktop width: the concern chips in the order they are seen; Space ticks one and
    # the results narrow to it.
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/tweakments/")
    stops = tab_to(page, by_name(r"^Lost volume"))
    chips = [stop for stop in stops if stop["field"] == "concern"]
    assert [chip["name"].split(" ")[0] for chip in chips] == ["Large", "Lines", "Lost"]
    assert_reading_order(chips)
    page.keyboard.press("Space")
    expect(page.locator("#finder-status")).to_contain_text("2 treatments match")

    # Tick both results (A to Z) to compare, then back up to "Compare ticked".
    tab_to(page, by_id("compare-cheek-filler"))
    page.keyboard.press("Space")
    tab_to(page, by_id("compare-lip-filler"))
    page.keyboard.press("Space")
    tab_to(page, by_name(r"^Compare ticked$"), key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Compare")
    expect(page.locator("caption")).to_contain_text("2 treatments side by side")
    # The table scrolls sideways on its own, so it takes the focus for the arrow keys.
    tab_to(page, lambda focused: focused["name"].startswith("2 treatments side by side"))

    # Directory: a postcode, a wider radius with the arrow keys, the results by Tab.
    page.goto(live_server.url + "/find-a-practitioner/")
    tab_to(page, by_id("id_postcode"))
    page.keyboard.type("SW1A 1AA")
    # The miles slider moves by step; the hidden <select> beside it holds what is sent.
    miles = tab_to(page, by_id("id_miles_slider"))[-1]
    assert miles["name"].startswith("Within")
    before = page.locator("#id_miles").input_value()
    page.keyboard.press("ArrowRight")
    after = page.locator("#id_miles").input_value()
    assert int(after) > int(before)
    expect(page.locator("#id_miles_output")).to_contain_text(f"{after} miles")
    tab_to(page, by_name(r"^Find practitioners$"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"miles={after}"))
    expect(page.locator(".directory-results__count")).to_contain_text("1 practitioner")
    tab_to(page, by_name(r"Dr Aisha Rahman"))

    # Chat panel: open it, ask, Escape closes and gives the focus back to the button.
    chat_button = page.locator("[data-chat-open]")
    tab_to(page, by_name(r"^Ask the chatbot$"))
    page.keyboard.press("Enter")
    panel = page.get_by_role("dialog", name="Ask the Tweakments chatbot")
    question = panel.get_by_label("Your question for the chatbot")
    expect(question).to_be_focused()
    page.keyboard.type("How long does lip filler last?")
    page.keyboard.press("Enter")
    expect(panel.locator(".chat-exchange .chat-answer")).to_be_focused()
    # The docked panel sits beside the page: Tab leads out of it and round to the top of
    # the page, Shift+Tab back in.
    tab_to(page, lambda focused: not focused["outside"] and not in_panel(panel))
    tab_to(page, lambda focused: in_panel(panel), key="Shift+Tab")
    # Escape first offers the one-off survey, then closes.
    page.keyboard.press("Escape")
    expect(panel.get_by_role("heading", name="Your feedback")).to_be_visible()
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(chat_button).to_be_focused()

    # Video chapters: reached by Tab, Enter seeks our own player.
    page.goto(live_server.url + keyboard_content.url)
    tab_to(page, by_name(r"0:06 The treatment"))
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('video').currentTime >= 6")
    expect(page.locator("[data-seek='6']")).to_have_attribute("aria-current", "true")
