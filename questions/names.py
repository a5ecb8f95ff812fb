"""How an asker's name is printed on the public site.

Names are written by people, so they come with hyphens, apostrophes, accents, other
scripts and stray punctuation. Only letters make an initial; a name with none at all is
printed as "Anonymous".
"""

import re
import unicodedata

ANONYMOUS = "Anonymous"
APOSTROPHES = re.compile(r"['’]")


def _first_letter(text):
    return next((char.upper() for char in text if char.isalpha()), "")


def _letters_only(text):
    return "".join(char for char in text if char.isalpha() or char in "-'’")


def _word_initial(word):
    """ "Hart-Davis" → "H-D", "O'Brien" → "O'B", "Ann" → "A"."""
    parts = []
    for part in word.split("-"):
        # An elided prefix ("O'", "D'") is kept with the letter after it.
        pieces = [piece for piece in APOSTROPHES.split(part) if _first_letter(piece)]
        if len(pieces) > 1 and len(_letters_only(pieces[0])) == 1:
            parts.append(f"{_first_letter(pieces[0])}'{_first_letter(pieces[1])}")
        elif pieces:
            parts.append(_first_letter(pieces[0]))
    return "-".join(parts)


def _words(name):
    """The words of `name` that contain at least one letter."""
    return [
        word for word in unicodedata.normalize("NFC", name or "").split() if _first_letter(word)
    ]


def initials(name):
    """'Alice Hart-Davis' → 'A. H-D.'; 'Mary O'Brien' → 'M. O'B.'; '' → 'Anonymous'."""
    found = [initial for word in _words(name) if (initial := _word_initial(word))]
    return " ".join(f"{initial}." for initial in found) or ANONYMOUS


def first_name_and_initial(name):
    """'Mary O'Brien' → 'Mary O'B.'; a single name stays whole."""
    words = _words(name)
    if not words:
        return ANONYMOUS
    first = words[0].strip("-'’.,;:!?\"()[]")
    if len(words) == 1:
        return first
    return f"{first} {_word_initial(words[-1])}."
