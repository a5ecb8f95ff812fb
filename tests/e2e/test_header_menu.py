"""Every section is reachable from the header on a phone, with JavaScript on or off."""

import pytest
from playwright.sync_api import Browser, expect

from core.models import SiteSettings

# Today's four sections plus the two that later issues add (Video Hub, chat).
SECTIONS = [
    "News and reviews",
    "Tweakment Finder",
    "Ask Alice",
    "Find a Practitioner",
    "Video Hub",
    "Chat",
]


@pytest.fixture
def six_section_menu(live_site):
    navigation = SiteSettings.load()
    navigation.main_menu = [
        {
            "type": "link",
            "value": {"page": None, "external_url": f"http://example.com/{n}/", "label": label},
        }
        for n, label in enumerate(SECTIONS)
    ]
    navigation.save()
    return live_site


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_every_section_is_reachable_from_320_px_to_desktop(
    browser: Browser, live_server, six_section_menu, javascript
):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    for width in (320, 390, 430):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(live_server.url + "/")
        nav = page.get_by_role("navigation", name="Main")
        expect(nav.get_by_role("link", name="Ask Alice")).to_be_hidden()

        nav.get_by_text("Menu").click()
        for label in SECTIONS:
            link = nav.get_by_role("link", name=label)
            expect(link).to_be_visible()
            box = link.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, f"{label}: {box}"
        assert page.evaluate("document.documentElement.scrollWidth") <= width

    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_server.url + "/")
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_text("Menu")).to_be_hidden()
    tops = set()
    for label in SECTIONS:
        link = nav.get_by_role("link", name=label)
        expect(link).to_be_visible()
        tops.add(round(link.bounding_box()["y"]))
    assert len(tops) == 1, "on a desktop the menu is one row"
    context.close()
