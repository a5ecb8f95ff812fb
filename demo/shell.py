"""The site shell's demo content: the home page, About / Terms / Privacy and the site
settings (content in `demo/content/shell/`)."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from core.models import SiteSettings, StandardPage
from home.models import HomePage

from . import content
from .pages import stream_data, upsert_child_page
from .pictures import picture_from_spec

SECTION = "shell"


def home_page():
    """The home page every section's index hangs under."""
    return HomePage.objects.get()


def is_seeded():
    return HomePage.objects.exists()


def seed_home():
    data = content.load(SECTION, "home")
    root = Page.get_first_root_node()
    # Wagtail's first migration makes a plain "Welcome" page as the site root; it goes
    # (with its Site row, recreated below) so the home page can take the slug "home".
    Page.objects.filter(depth=2, content_type=ContentType.objects.get_for_model(Page)).delete()
    image = picture_from_spec("Home hero", data["image"], size=(1920, 900))
    home = upsert_child_page(
        root,
        HomePage,
        "home",
        title=data["title"],
        hero_heading=data["hero_heading"],
        hero_text=data["hero_text"],
        hero_link_text=data["hero_link_text"],
        hero_image=image,
        search_description=data["search_description"],
    )
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page = home
    site.hostname = site.hostname or "localhost"
    site.port = site.port or 80
    site.site_name = content.load(SECTION, "site")["site_name"]
    site.save()
    return home


def seed_standard_pages():
    home = home_page()
    pages = {}
    for data in content.load_pages(SECTION):
        pages[data["slug"]] = upsert_child_page(
            home,
            StandardPage,
            data["slug"],
            title=data["title"],
            introduction=data["introduction"],
            search_description=data["search_description"],
            last_updated=data.get("last_updated"),
            body=stream_data(data["body"]),
        )
    settings = SiteSettings.load()
    for name, value in content.load(SECTION, "site").items():
        setattr(settings, name, value)
    settings.terms_page = pages.get("terms")
    settings.privacy_page = pages.get("privacy")
    if "about" in pages and not settings.footer_menu:
        settings.footer_menu = [
            {
                "type": "link",
                "value": {"page": pages["about"].pk, "external_url": "", "label": "About us"},
            }
        ]
    settings.save()


STEPS = [("Home page", seed_home), ("About, terms and privacy", seed_standard_pages)]
