"""Demo pictures drawn with Pillow, so the demo site needs no image files or downloads."""

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model


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


def draw_portrait(colour, size=400):
    """A faceless placeholder portrait on a background of the given colour."""
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


def picture_from_spec(title, spec, size=(1600, 900)):
    """The image a content file's `[image]` table describes: `palette` (two colours),
    `motif`, `seed` (varies the pattern) and `alt`."""
    picture = draw_picture(spec["palette"], spec["motif"], size=size, seed=spec.get("seed", 0))
    return save_image(title, picture, alt=spec.get("alt", ""))
