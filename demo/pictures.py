"""Demo pictures drawn with Pillow, so the demo site needs no image files or downloads."""

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter, ImageFont
from wagtail.images import get_image_model


def hex_to_rgb(value):
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def draw_picture(palette, motif, size=(1600, 900), seed=0):
    """A soft abstract picture: a two-colour gradient with a repeated motif."""
    width, height = size
    light, dark = (hex_to_rgb(colour) for colour in palette[:2])
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
    background = hex_to_rgb(colour)
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


class _Frame:
    """A box to draw a subject in, addressed in fractions of its width and height."""

    def __init__(self, box):
        self.left, self.top, right, bottom = box
        self.width, self.height = right - self.left, bottom - self.top
        self.stroke = max(3, int(self.width / 60))
        self.thin = max(2, self.stroke // 2)

    def at(self, x, y):
        return (self.left + x * self.width, self.top + y * self.height)

    def box(self, x0, y0, x1, y1):
        return [*self.at(x0, y0), *self.at(x1, y1)]


# Each subject is a few strokes of line art over a light tint: the treated area, a kind of
# product or the clinic, so that covers differ by what they are about.
def _face(draw, frame, ink, tint):
    draw.ellipse(frame.box(0.18, 0.02, 0.82, 0.98), fill=tint, outline=ink, width=frame.stroke)
    for y in (0.16, 0.23):  # forehead lines
        draw.arc(frame.box(0.34, y, 0.66, y + 0.1), 200, 340, fill=ink, width=frame.thin)
    for x in (0.38, 0.62):
        draw.arc(frame.box(x - 0.08, 0.42, x + 0.08, 0.5), 200, 340, fill=ink, width=frame.stroke)
    draw.arc(frame.box(0.38, 0.66, 0.62, 0.78), 20, 160, fill=ink, width=frame.stroke)


def _lips(draw, frame, ink, tint):
    upper = [frame.at(x, y) for x, y in ((0.05, 0.5), (0.3, 0.3), (0.5, 0.4), (0.7, 0.3))]
    lower = [frame.at(x, y) for x, y in ((0.95, 0.5), (0.7, 0.72), (0.3, 0.72))]
    draw.polygon([*upper, *lower], fill=tint)
    draw.line([*upper, *lower, upper[0]], fill=ink, width=frame.stroke, joint="curve")
    draw.line([frame.at(0.05, 0.5), frame.at(0.95, 0.5)], fill=ink, width=frame.thin)


def _eyes(draw, frame, ink, tint):
    draw.ellipse(frame.box(0.05, 0.3, 0.95, 0.9), fill=tint, outline=ink, width=frame.stroke)
    draw.ellipse(frame.box(0.38, 0.44, 0.62, 0.76), outline=ink, width=frame.stroke)
    draw.ellipse(frame.box(0.46, 0.55, 0.54, 0.65), fill=ink)
    for x in (0.2, 0.35, 0.5, 0.65, 0.8):  # lashes
        draw.line(
            [frame.at(x, 0.36 + abs(x - 0.5) * 0.2), frame.at(x + (x - 0.5) * 0.3, 0.2)],
            fill=ink,
            width=frame.thin,
        )


def _skin(draw, frame, ink, tint):
    """A cross-section: a wavy surface over layers, with pores and a hair follicle."""
    surface = [frame.at(x / 20, 0.3 + math.sin(x / 2) * 0.03) for x in range(21)]
    draw.polygon([*surface, frame.at(1, 1), frame.at(0, 1)], fill=tint)
    draw.line(surface, fill=ink, width=frame.stroke, joint="curve")
    for y in (0.55, 0.8):
        draw.line([frame.at(0, y), frame.at(1, y)], fill=ink, width=frame.thin)
    for x in (0.15, 0.45, 0.7, 0.9):
        draw.ellipse(frame.box(x - 0.04, 0.62, x + 0.04, 0.7), outline=ink, width=frame.thin)
    draw.line([frame.at(0.3, 0.05), frame.at(0.3, 0.72)], fill=ink, width=frame.stroke)


def _body(draw, frame, ink, tint):
    left = [frame.at(x, y) for x, y in ((0.3, 0.02), (0.22, 0.3), (0.32, 0.55), (0.2, 0.98))]
    right = [frame.at(1 - x, y) for x, y in ((0.2, 0.98), (0.32, 0.55), (0.22, 0.3), (0.3, 0.02))]
    draw.polygon([*left, *right], fill=tint)
    draw.line(left, fill=ink, width=frame.stroke, joint="curve")
    draw.line(right, fill=ink, width=frame.stroke, joint="curve")
    draw.ellipse(frame.box(0.48, 0.5, 0.52, 0.54), outline=ink, width=frame.thin)


def _hair(draw, frame, ink, tint):
    draw.rectangle(frame.box(0, 0.62, 1, 1), fill=tint)
    draw.line([frame.at(0, 0.62), frame.at(1, 0.62)], fill=ink, width=frame.stroke)
    for x in (0.15, 0.38, 0.62, 0.85):
        draw.ellipse(frame.box(x - 0.05, 0.8, x + 0.05, 0.92), fill=ink)
        strand = [frame.at(x + math.sin(i) * 0.04, 0.86 - i / 10) for i in range(9)]
        draw.line(strand, fill=ink, width=frame.stroke, joint="curve")


def _hands(draw, frame, ink, tint):
    radius = frame.width * 0.05
    for index, x in enumerate((0.26, 0.39, 0.52, 0.65)):
        top = 0.1 if index in (1, 2) else 0.18
        draw.rounded_rectangle(
            frame.box(x, top, x + 0.11, 0.55), radius, fill=tint, outline=ink, width=frame.stroke
        )
    draw.rounded_rectangle(
        frame.box(0.25, 0.45, 0.77, 0.98), radius, fill=tint, outline=ink, width=frame.stroke
    )
    thumb = ((0.26, 0.62), (0.06, 0.4), (0.12, 0.34), (0.3, 0.52))
    draw.polygon([frame.at(x, y) for x, y in thumb], fill=tint, outline=ink, width=frame.stroke)


def _neck_and_chest(draw, frame, ink, tint):
    points = ((0.36, 0), (0.38, 0.4), (0.05, 0.6), (0.02, 1), (0.98, 1), (0.95, 0.6), (0.62, 0.4))
    outline = [frame.at(x, y) for x, y in (*points, (0.64, 0))]
    draw.polygon(outline, fill=tint)
    draw.line(outline, fill=ink, width=frame.stroke, joint="curve")
    draw.arc(frame.box(0.15, 0.5, 0.49, 0.66), 200, 340, fill=ink, width=frame.thin)  # collarbones
    draw.arc(frame.box(0.51, 0.5, 0.85, 0.66), 200, 340, fill=ink, width=frame.thin)


def _veins(draw, frame, ink, tint):
    draw.rounded_rectangle(
        frame.box(0.3, 0, 0.7, 1), frame.width * 0.15, fill=tint, outline=ink, width=frame.stroke
    )
    trunk = [(0.5 + math.sin(i * 0.7) * 0.05, i / 10) for i in range(1, 10)]
    draw.line([frame.at(x, y) for x, y in trunk], fill=ink, width=frame.stroke, joint="curve")
    for (x, y), side in zip(trunk[1::2], (-1, 1, -1, 1), strict=True):
        draw.line(
            [frame.at(x, y), frame.at(0.5 + side * 0.14, y + 0.08)], fill=ink, width=frame.thin
        )


def _syringe(draw, frame, ink, tint):
    draw.rectangle(frame.box(0.2, 0.38, 0.72, 0.62), fill=tint, outline=ink, width=frame.stroke)
    for x in (0.32, 0.44, 0.56):  # the scale
        draw.line([frame.at(x, 0.38), frame.at(x, 0.48)], fill=ink, width=frame.thin)
    draw.line([frame.at(0.02, 0.5), frame.at(0.2, 0.5)], fill=ink, width=frame.stroke * 2)
    draw.line([frame.at(0.02, 0.36), frame.at(0.02, 0.64)], fill=ink, width=frame.stroke * 2)
    draw.line([frame.at(0.72, 0.5), frame.at(0.98, 0.5)], fill=ink, width=frame.thin)
    draw.line([frame.at(0.15, 0.3), frame.at(0.15, 0.7)], fill=ink, width=frame.stroke)


def _vial(draw, frame, ink, tint):
    draw.rounded_rectangle(
        frame.box(0.28, 0.35, 0.72, 0.98),
        frame.width * 0.06,
        fill=tint,
        outline=ink,
        width=frame.stroke,
    )
    draw.rectangle(frame.box(0.4, 0.2, 0.6, 0.35), outline=ink, width=frame.stroke)
    draw.ellipse(frame.box(0.38, 0.02, 0.62, 0.22), outline=ink, width=frame.stroke)  # dropper
    draw.rectangle(frame.box(0.36, 0.55, 0.64, 0.75), outline=ink, width=frame.thin)  # label


def _tube(draw, frame, ink, tint):
    corners = ((0.3, 0.05), (0.7, 0.05), (0.64, 0.78), (0.36, 0.78))
    draw.polygon([frame.at(x, y) for x, y in corners], fill=tint, outline=ink, width=frame.stroke)
    draw.rectangle(frame.box(0.42, 0.78, 0.58, 0.96), fill=ink)  # the cap
    draw.line([frame.at(0.3, 0.12), frame.at(0.7, 0.12)], fill=ink, width=frame.thin)
    draw.text(
        frame.at(0.5, 0.42), "SPF", font=_font(int(frame.width * 0.12)), fill=ink, anchor="mm"
    )


def _device(draw, frame, ink, tint):
    """A handheld laser or ultrasound head over the skin, with its beams."""
    draw.rounded_rectangle(
        frame.box(0.35, 0.02, 0.65, 0.55),
        frame.width * 0.08,
        fill=tint,
        outline=ink,
        width=frame.stroke,
    )
    draw.rectangle(frame.box(0.4, 0.55, 0.6, 0.62), fill=ink)
    for x in (0.3, 0.5, 0.7):
        draw.line([frame.at(0.5, 0.62), frame.at(x, 0.88)], fill=ink, width=frame.thin)
    draw.line([frame.at(0.05, 0.9), frame.at(0.95, 0.9)], fill=ink, width=frame.stroke)
    draw.ellipse(frame.box(0.45, 0.15, 0.55, 0.24), fill=ink)  # the button


def _mask(draw, frame, ink, tint):
    """An LED face mask: a face-shaped shell with eye holes, dotted with lights."""
    draw.ellipse(frame.box(0.15, 0.02, 0.85, 0.98), fill=tint, outline=ink, width=frame.stroke)
    for x in (0.36, 0.64):
        draw.ellipse(frame.box(x - 0.08, 0.36, x + 0.08, 0.46), fill=ink)
    for row in range(5):
        for column in range(5):
            x, y = 0.28 + column * 0.11, 0.16 + row * 0.17
            inside = (x - 0.5) ** 2 / 0.1 + (y - 0.5) ** 2 / 0.2 < 1
            if inside and not 0.3 < y < 0.5:
                draw.ellipse(frame.box(x - 0.02, y - 0.015, x + 0.02, y + 0.015), fill=ink)


def _clinic(draw, frame, ink, tint):
    draw.rectangle(frame.box(0.1, 0.25, 0.9, 0.98), fill=tint, outline=ink, width=frame.stroke)
    roof = ((0.05, 0.28), (0.5, 0.02), (0.95, 0.28))
    draw.line([frame.at(x, y) for x, y in roof], fill=ink, width=frame.stroke, joint="curve")
    draw.rectangle(frame.box(0.42, 0.68, 0.58, 0.98), outline=ink, width=frame.stroke)  # door
    for x in (0.18, 0.66):
        draw.rectangle(frame.box(x, 0.62, x + 0.16, 0.78), outline=ink, width=frame.thin)
    draw.rectangle(frame.box(0.46, 0.32, 0.54, 0.56), fill=ink)  # the sign's cross
    draw.rectangle(frame.box(0.38, 0.4, 0.62, 0.48), fill=ink)


SUBJECTS = {
    "face": _face,
    "lips": _lips,
    "eyes": _eyes,
    "skin": _skin,
    "body": _body,
    "hair": _hair,
    "hands": _hands,
    "neck-and-chest": _neck_and_chest,
    "veins": _veins,
    "syringe": _syringe,
    "vial": _vial,
    "tube": _tube,
    "device": _device,
    "mask": _mask,
    "clinic": _clinic,
}


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


def draw_subject(draw, subject, box, colour):
    """The line art of one of `SUBJECTS` in `box`, in `colour` over a light tint of it."""
    SUBJECTS[subject](draw, _Frame(box), colour, (*colour, 40))


def title_box(size):
    """Where a cover's title goes: (left, top, width, height), clear of the line art and
    inside the middle band an article's hero keeps when it crops the picture to 26rem high
    at desktop widths (the top and bottom sixths go)."""
    width, height = size
    return width * 0.07, height * 0.2, width * 0.52, height * 0.58


def fit_title(draw, title, size):
    """The title wrapped to the title box of a cover of `size`, at the largest font size
    whose lines all fit in the box: (font, lines, line height). None when even the smallest
    size does not fit: a cover leaves its title out rather than cutting it."""
    _, _, width, height = title_box(size)
    for font_size in range(int(size[1] * 0.085), int(size[1] * 0.05) - 1, -2):
        font = _font(font_size)
        lines = _wrap(draw, title, font, width)
        line_height = font_size * 1.25
        fits_across = all(draw.textlength(line, font=font) <= width for line in lines)
        if fits_across and line_height * len(lines) <= height:
            return font, lines, line_height
    return None


def draw_cover(title, palette, motif, subject="face", size=(1600, 900), seed=0):
    """A designed cover: the topic's palette, its motif faintly behind, the subject in line
    art on the right and the whole title set in serif on the left (or no title at all)."""
    picture = draw_picture(palette, motif, size=size, seed=seed).convert("RGBA")
    width, height = size
    light, dark = (hex_to_rgb(colour) for colour in palette[:2])
    veil = PILImage.new("RGBA", size, (*light, 150))
    # Drawn on RGB with an RGBA pen, so the subject's tint blends in.
    picture = PILImage.alpha_composite(picture, veil).convert("RGB")
    draw = ImageDraw.Draw(picture, "RGBA")
    art = height * 0.6
    draw_subject(
        draw,
        subject,
        [width * 0.64, (height - art) / 2, width * 0.64 + art, (height + art) / 2],
        dark,
    )
    layout = fit_title(draw, title, size)
    if layout:
        left, top, _, box_height = title_box(size)
        font, lines, line_height = layout
        y = top + (box_height - line_height * len(lines)) / 2
        for line in lines:
            draw.text((left, y), line, font=font, fill=dark)
            y += line_height
        draw.rectangle(
            [left, y + height * 0.01, left + width * 0.1, y + height * 0.01 + stroke_of(height)],
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


def picture_from_spec(title, spec, size=(1600, 900), cover_title=None):
    """The image a content file's `[image]` table describes: `palette` (two colours),
    `motif`, `seed` (varies the pattern), `subject` (a key of `SUBJECTS`, for covers) and
    `alt`. With `cover_title` it is a designed cover (the title and line art of its
    subject); without, an abstract picture (the home hero)."""
    seed = spec.get("seed", 0)
    if cover_title:
        subject = spec["subject"]
        picture = draw_cover(cover_title, spec["palette"], spec["motif"], subject, size, seed)
    else:
        picture = draw_picture(spec["palette"], spec["motif"], size=size, seed=seed)
    return save_image(title, picture, alt=spec.get("alt", ""))
