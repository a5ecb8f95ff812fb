"""The admin speaks as the site: its name, mark and sign-in message, short menu labels."""

import json

import pytest
from bs4 import BeautifulSoup

from core.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_name(home_page):
    settings = SiteSettings.load()
    settings.site_name = "The Tweakments Guide"
    settings.save()
    return settings.site_name


def test_sign_in_page_carries_the_site_name_and_mark(client, site_name):
    page = BeautifulSoup(client.get("/admin/login/").content, "html.parser")
    assert page.find("h1").get_text(strip=True) == f"Sign in to {site_name}"
    assert page.title.get_text() == f"Sign in - {site_name} admin"
    assert "Wagtail" not in page.title.get_text()
    assert "For the guide's editors" in page.select_one(".login-message").get_text()
    assert page.select_one(".login-logo img")["src"].endswith("images/favicon.svg")


def test_admin_pages_are_titled_and_branded_as_the_site(admin_client, site_name):
    page = BeautifulSoup(admin_client.get("/admin/").content, "html.parser")
    assert page.title.get_text().endswith(f" - {site_name} admin")
    logo = BeautifulSoup(
        page.select_one("template[data-wagtail-sidebar-branding-logo]").decode_contents(),
        "html.parser",
    )
    assert logo.img["alt"] == site_name


def test_sidebar_labels_fit_without_being_cut(admin_client, site_name):
    page = BeautifulSoup(admin_client.get("/admin/").content, "html.parser")
    props = json.loads(page.find(id="wagtail-sidebar-props").string)
    text = json.dumps(props)
    assert '"Finder"' in text and "Tweakment Finder" not in text
