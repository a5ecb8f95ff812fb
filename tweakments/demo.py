"""Building blocks for `manage.py seed_demo`, and the site shell's own demo content.

Every helper finds what it made last time (by slug or title) and updates it, so the
command can be re-run without duplicates.
"""

import datetime
import io
import math
import random

from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from home.models import HomePage

from . import demo_data
from .models import NavigationSettings, SiteSettings, StandardPage


def _hex_to_rgb(value):
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def draw_picture(palette, motif, size=(1600, 900), seed=0):
    """A soft abstract picture: a two-colour gradient with a repeated motif."""
    width, height = size
    light, dark = (_hex_to_rgb(colour) for colour in palette[:2])
    picture = PILImage.new("RGB", size, light)
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        mix = y / height
        colour = tuple(round(a + (b - a) * mix * 0.85) for a, b in zip(light, dark, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    overlay = PILImage.new("RGBA", size, (0, 0, 0, 0))
    shapes = ImageDraw.Draw(overlay)
    rng = random.Random(seed)
    accent = (*light, 90)
    deep = (*dark, 110)
    for index in range(18):
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        radius = rng.uniform(height * 0.05, height * 0.22)
        fill = accent if index % 2 else deep
        if motif == "circles" or motif == "drops":
            shapes.ellipse(
                [x - radius, y - radius, x + radius, y + radius * (1.3 if motif == "drops" else 1)],
                fill=fill,
            )
        elif motif == "rings":
            shapes.ellipse([x - radius, y - radius, x + radius, y + radius], outline=fill, width=14)
        elif motif == "waves":
            points = [
                (px, y + math.sin(px / 90 + index) * radius * 0.4)
                for px in range(0, width + 40, 40)
            ]
            shapes.line(points, fill=fill, width=18)
        elif motif == "petals":
            for turn in range(6):
                angle = turn * math.pi / 3
                cx, cy = x + math.cos(angle) * radius * 0.6, y + math.sin(angle) * radius * 0.6
                shapes.ellipse(
                    [cx - radius / 2, cy - radius / 4, cx + radius / 2, cy + radius / 4], fill=fill
                )
        else:  # grid
            step = int(radius)
            shapes.rectangle([x, y, x + step, y + step], fill=fill)
    overlay = overlay.filter(ImageFilter.GaussianBlur(6))
    picture.paste(overlay, (0, 0), overlay)
    return picture


def draw_portrait(name, colour, size=400):
    """A round-faced placeholder portrait with the person's initials."""
    background = _hex_to_rgb(colour)
    picture = PILImage.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(picture)
    light = tuple(min(255, channel + 120) for channel in background)
    draw.ellipse([size * 0.3, size * 0.16, size * 0.7, size * 0.56], fill=light)
    draw.ellipse([size * 0.14, size * 0.6, size * 0.86, size * 1.3], fill=light)
    return picture


def save_image(title, picture, alt=""):
    """Store a Pillow picture as a Wagtail image, or return the one already stored."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82, optimize=True)
    filename = "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:60] + ".jpg"
    image = image_model(title=title, description=alt, file=ImageFile(buffer, name=filename))
    # Keep the middle of the picture when Wagtail crops it.
    image.set_focal_point(None)
    image.focal_point_x, image.focal_point_y = picture.width // 2, picture.height // 2
    image.focal_point_width, image.focal_point_height = picture.width // 2, picture.height // 2
    image.save()
    return image


def picture_from_spec(title, spec, seed=0, size=(1600, 900)):
    picture = draw_picture(spec["palette"], spec["motif"], size=size, seed=seed)
    return save_image(title, picture, alt=spec.get("alt", ""))


def upsert_child_page(parent, page_class, slug, tags=None, **fields):
    """Create or update a live child page of `parent`, validated like the editor does."""
    page = page_class.objects.child_of(parent).filter(slug=slug).first()
    is_new = page is None
    if is_new:
        page = page_class(slug=slug)
    for name, value in fields.items():
        setattr(page, name, value)
    if tags is not None:
        page.tags.set(tags)
    if is_new:
        page.full_clean(exclude=["path", "depth"])
        parent.add_child(instance=page)
    else:
        page.full_clean()
        page.save()
    page.save_revision().publish()
    return page


def add_menu_link(page, position=None):
    """Put a page in the header menu once (later sections call this for themselves)."""
    navigation = NavigationSettings.load()
    linked = [block.value.get("page") for block in navigation.main_menu]
    if any(linked_page and linked_page.pk == page.pk for linked_page in linked):
        return
    raw = [
        {"type": "link", "value": block.block.get_prep_value(block.value)}
        for block in navigation.main_menu
    ]
    link = {"type": "link", "value": {"page": page.pk, "external_url": "", "label": ""}}
    raw.insert(len(raw) if position is None else position, link)
    navigation.main_menu = raw
    navigation.save()


def is_seeded():
    return HomePage.objects.exists()


def seed_home():
    data = demo_data.HOME
    root = Page.get_first_root_node()
    # Wagtail's first migration makes a plain "Welcome" page as the site root; it goes
    # (with its Site row, recreated below) so the home page can take the slug "home".
    Page.objects.filter(depth=2, content_type=ContentType.objects.get_for_model(Page)).delete()
    image = picture_from_spec("Home hero", data["image"], seed=1, size=(1920, 900))
    fields = {
        "title": data["title"],
        "hero_heading": data["hero_heading"],
        "hero_text": data["hero_text"],
        "hero_link_text": data["hero_link_text"],
        "hero_image": image,
        "search_description": data["search_description"],
    }
    home = upsert_child_page(root, HomePage, "home", **fields)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page = home
    site.hostname = site.hostname or "localhost"
    site.port = site.port or 80
    site.site_name = demo_data.SITE["site_name"]
    site.save()
    return home


def seed_standard_pages():
    home = HomePage.objects.get()
    pages = {}
    for data in demo_data.STANDARD_PAGES:
        body = [
            {"type": "heading", "value": {"text": value, "level": "h2"}}
            if kind == "heading"
            else {"type": kind, "value": value}
            for kind, value in data["body"]
        ]
        updated = data.get("last_updated")
        pages[data["slug"]] = upsert_child_page(
            home,
            StandardPage,
            data["slug"],
            title=data["title"],
            introduction=data["introduction"],
            search_description=data["search_description"],
            last_updated=datetime.date.fromisoformat(updated) if updated else None,
            body=body,
        )
    settings = SiteSettings.load()
    for name, value in demo_data.SITE.items():
        setattr(settings, name, value)
    settings.terms_page = pages.get("terms")
    settings.privacy_page = pages.get("privacy")
    settings.save()
    if "about" in pages:
        navigation = NavigationSettings.load()
        if not navigation.footer_menu:
            navigation.footer_menu = [
                {
                    "type": "link",
                    "value": {"page": pages["about"].pk, "external_url": "", "label": "About us"},
                }
            ]
            navigation.save()


@hooks.register("seed_demo_steps", order=0)
def shell_steps():
    return [("Home page", seed_home), ("About, terms and privacy", seed_standard_pages)]
