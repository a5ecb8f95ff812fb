import pytest

from core.text import shorten


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Is it too early to start anti-wrinkle injections?", 20, "Is it too early to…"),
        ("Short enough", 20, "Short enough"),
        ("  spaced\n  out   text ", 20, "spaced out text"),
        ("Ends at a word, then more", 16, "Ends at a word…"),
        ("Exactly twenty chars", 20, "Exactly twenty chars"),
        ("Supercalifragilistic", 10, "Supercali…"),
        ("", 10, ""),
        (None, 10, ""),
    ],
)
def test_shorten_cuts_after_a_whole_word(text, limit, expected):
    result = shorten(text, limit)
    assert result == expected
    assert len(result) <= limit
