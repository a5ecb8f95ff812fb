"""Demo pictures look designed: initials avatars and titled covers, drawn offline."""

import pytest

from demo.pictures import draw_cover, draw_portrait, initials_of


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
