"""Demo pictures drawn with Pillow, so the demo site needs no image files or downloads."""

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter, ImageFont
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


# A serif face where the system has one (Debian's DejaVu); Pillow's own font otherwise.
SERIF_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def _font(size):
    try:
        return ImageFont.truetype(SERIF_BOLD, size)
    except OSError:
        return ImageFont.load_default(size=size)


def initials_of(name):
    """'Dr Leila Haddad' -> 'LH': the first and last names' initials, titles left out."""
    words = [
        word
        for word in name.replace(".", " ").split()
        if word not in {"Dr", "Mr", "Ms", "Mrs", "Prof"}
    ]
    return "".join(
        word[0] for word in (words[:1] + words[-1:] if len(words) > 1 else words)
    ).upper()


def draw_portrait(colour, size=400, initials=""):
    """An avatar: the person's initials in white on a disc-friendly square of their colour."""
    background = _hex_to_rgb(colour)
    picture = PILImage.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(picture)
    ring = tuple(min(255, channel + 70) for channel in background)
    draw.ellipse(
        [size * 0.06, size * 0.06, size * 0.94, size * 0.94], outline=ring, width=size // 40
    )
    if initials:
        draw.text(
            (size / 2, size / 2), initials, font=_font(size * 0.36), fill="white", anchor="mm"
        )
    return picture


def _line_art_face(draw, box, colour, area):
    """A face in a few strokes, with the treated area (eyes, lips, face, …) marked."""
    left, top, right, bottom = box
    width, height = right - left, bottom - top
    cx = left + width / 2
    stroke = max(3, int(width / 90))
    marks = {
        "eyes": [cx - width * 0.3, top + height * 0.36, cx + width * 0.3, top + height * 0.5],
        "lips": [cx - width * 0.18, top + height * 0.68, cx + width * 0.18, top + height * 0.8],
        "face": [cx - width * 0.4, top + height * 0.12, cx + width * 0.4, top + height * 0.3],
        "neck-and-chest": [
            cx - width * 0.3,
            top + height * 0.95,
            cx + width * 0.3,
            bottom + height * 0.2,
        ],
    }
    if area in marks:
        draw.ellipse(marks[area], fill=(*colour, 55))
    draw.ellipse(
        [cx - width * 0.42, top, cx + width * 0.42, top + height], outline=colour, width=stroke
    )
    for side in (-1, 1):  # eyes and brows
        ex = cx + side * width * 0.17
        draw.arc(
            [ex - width * 0.09, top + height * 0.38, ex + width * 0.09, top + height * 0.48],
            200,
            340,
            fill=colour,
            width=stroke,
        )
        draw.arc(
            [ex - width * 0.11, top + height * 0.3, ex + width * 0.11, top + height * 0.4],
            200,
            340,
            fill=colour,
            width=stroke,
        )
    draw.line(
        [
            (cx, top + height * 0.45),
            (cx - width * 0.04, top + height * 0.6),
            (cx + width * 0.02, top + height * 0.62),
        ],
        fill=colour,
        width=stroke,
    )
    draw.arc(
        [cx - width * 0.14, top + height * 0.66, cx + width * 0.14, top + height * 0.78],
        20,
        160,
        fill=colour,
        width=stroke,
    )
    draw.line(
        [(cx - width * 0.14, top + height * 0.71), (cx + width * 0.14, top + height * 0.71)],
        fill=colour,
        width=stroke,
    )
    if area in ("hands", "body"):  # an open hand or a silhouette beside the face
        hx = right + width * 0.15
        draw.rounded_rectangle(
            [hx, top + height * 0.5, hx + width * 0.3, bottom],
            radius=width * 0.08,
            outline=colour,
            width=stroke,
        )


def _wrap(draw, text, font, width):
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


def draw_cover(title, palette, motif, area="face", size=(1600, 900), seed=0):
    """A designed cover: the topic's palette, its motif faintly behind, the treated area in
    line art on the right and the title set in serif on the left."""
    picture = draw_picture(palette, motif, size=size, seed=seed).convert("RGBA")
    width, height = size
    light, dark = (_hex_to_rgb(colour) for colour in palette[:2])
    veil = PILImage.new("RGBA", size, (*light, 150))
    # Drawn on RGB with an RGBA pen, so the area's tint blends in.
    picture = PILImage.alpha_composite(picture, veil).convert("RGB")
    draw = ImageDraw.Draw(picture, "RGBA")
    face_height = height * 0.62
    face_box = [
        width * 0.66,
        (height - face_height) / 2,
        width * 0.66 + face_height * 0.78,
        (height + face_height) / 2,
    ]
    _line_art_face(draw, face_box, dark, area)
    font = _font(int(height * 0.085))
    lines = _wrap(draw, title, font, width * 0.52)[:4]
    line_height = height * 0.105
    y = height / 2 - line_height * len(lines) / 2
    for line in lines:
        draw.text((width * 0.07, y), line, font=font, fill=dark)
        y += line_height
    draw.rectangle(
        [width * 0.07, y + height * 0.03, width * 0.17, y + height * 0.03 + stroke_of(height)],
        fill=dark,
    )
    return picture


def stroke_of(height):
    return max(4, int(height / 110))


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


def picture_from_spec(title, spec, size=(1600, 900), cover_title=None, area="face"):
    """The image a content file's `[image]` table describes: `palette` (two colours),
    `motif`, `seed` (varies the pattern) and `alt`. With `cover_title` it is a designed
    cover (title and line art of `area`); without, an abstract picture (the home hero)."""
    seed = spec.get("seed", 0)
    if cover_title:
        picture = draw_cover(cover_title, spec["palette"], spec["motif"], area, size, seed)
    else:
        picture = draw_picture(spec["palette"], spec["motif"], size=size, seed=seed)
    return save_image(title, picture, alt=spec.get("alt", ""))
