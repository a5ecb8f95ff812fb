import pytest
from wagtail.blocks import StructBlockValidationError

from core.blocks import NavigationLinkBlock
from core.models import SiteSettings
from tests.core.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_site_settings_lists_only_filled_social_links():
    settings = SiteSettings.load()
    settings.instagram_url = "https://instagram.test/guide"
    assert settings.social_links == [("Instagram", "https://instagram.test/guide")]


def test_navigation_link_needs_a_page_or_address():
    block = NavigationLinkBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"page": None, "external_url": "", "label": ""}))
    assert "page" in error.value.block_errors


def test_navigation_link_text_and_url(home_page):
    about = StandardPageFactory(parent=home_page, title="About us", slug="about")
    navigation = SiteSettings.load()
    navigation.main_menu = [
        {"type": "link", "value": {"page": about.pk, "external_url": "", "label": ""}},
        {
            "type": "link",
            "value": {"page": None, "external_url": "https://shop.test/", "label": "Shop"},
        },
    ]
    navigation.save()
    links = [block.value for block in SiteSettings.load().main_menu]
    assert [(link.text(), link.url()) for link in links] == [
        ("About us", "/about/"),
        ("Shop", "https://shop.test/"),
    ]


def test_home_page_structured_data_is_a_website_with_search(home_page, rf):
    (website,) = home_page.get_structured_data(rf.get("/"))
    assert website["@type"] == "WebSite"
    assert website["potentialAction"]["target"].endswith("/search/?q={query}")
