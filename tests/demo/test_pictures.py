"""Demo pictures look designed: initials avatars and titled covers, drawn offline."""

import pytest
from PIL import Image, ImageDraw

from demo import content
from demo.pictures import (
    SUBJECTS,
    draw_cover,
    draw_portrait,
    fit_title,
    initials_of,
    title_box,
)

COVER = (1600, 900)
LONG_TITLE = "What's the big buzz about exosomes, and are they legal in the UK?"


@pytest.mark.parametrize(
    ("name", "initials"),
    [("Dr Leila Haddad", "LH"), ("Alice Hart-Davis", "AH"), ("Sophie", "S"), ("Mr. A B C", "AC")],
)
def test_initials_skip_titles(name, initials):
    assert initials_of(name) == initials


def test_portrait_shows_initials_not_a_silhouette():
    plain = draw_portrait("#6b1f5c")
    lettered = draw_portrait("#6b1f5c", initials="LH")
    centre = (
        plain.width // 2 - 60,
        plain.height // 2 - 40,
        plain.width // 2 + 60,
        plain.height // 2 + 40,
    )
    assert plain.crop(centre).getcolors() == [(120 * 80, (107, 31, 92))]  # background only
    assert (255, 255, 255) in {colour for _, colour in lettered.crop(centre).getcolors(10_000)}


def test_cover_sets_the_title_and_line_art_in_the_topic_palette():
    cover = draw_cover("Lip filler", ["#fbe8ef", "#7a2342"], "drops", "lips", size=(800, 450))
    assert cover.size == (800, 450) and cover.mode == "RGB"
    title_band = cover.crop((40, 180, 300, 260)).getcolors(100_000)
    assert any(colour == (122, 35, 66) for _, colour in title_band)  # the dark ink of the title


def _layout(title, size=COVER):
    draw = ImageDraw.Draw(Image.new("RGB", size))
    _, _, width, height = title_box(size)
    return draw, width, height, fit_title(draw, title, size)


@pytest.mark.parametrize(
    "title",
    [
        page["title"]
        for section in ("articles", "treatments")
        for page in content.load_pages(section)
    ],
)
def test_every_demo_title_is_set_whole_inside_its_box(title):
    draw, width, height, layout = _layout(title)
    font, lines, line_height = layout
    assert " ".join(lines) == " ".join(title.split())  # every word, none cut off
    assert all(draw.textlength(line, font=font) <= width for line in lines)
    assert line_height * len(lines) <= height


def test_a_long_title_shrinks_to_fit_and_one_that_cannot_fit_is_left_out():
    _, _, _, (short_font, _, _) = _layout("Lip filler")
    _, _, _, (long_font, lines, _) = _layout(" ".join([LONG_TITLE] * 3))
    assert long_font.size < short_font.size and len(lines) > 4
    assert _layout("Supercalifragilisticexpialidocious-microneedling")[3] is None
    # Left out, the title's box holds only the background and motif: no ink of the title.
    cover = draw_cover("X" * 80, ["#fbe8ef", "#7a2342"], "drops", "face", size=(800, 450))
    left, top, width, height = (round(value) for value in title_box((800, 450)))
    ink = (122, 35, 66)
    box = cover.crop((left, top, left + width, top + height))
    assert ink not in {colour for _, colour in box.getcolors(1_000_000)}


def test_subjects_differ_and_every_cover_and_poster_names_a_known_subject():
    drawn = {
        subject: draw_cover("", ["#ffffff", "#000000"], "grid", subject, size=(400, 225))
        .crop((256, 0, 400, 225))
        .tobytes()
        for subject in SUBJECTS
    }
    assert len(set(drawn.values())) == len(SUBJECTS)
    for section in ("articles", "treatments"):
        for page in content.load_pages(section):
            assert page["image"]["subject"] in SUBJECTS, page["slug"]
    for video in content.load_pages("videos"):
        assert video["poster"]["subject"] in SUBJECTS, video["slug"]
