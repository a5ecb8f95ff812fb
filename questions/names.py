"""How an asker's name is printed on the public site.

Names are written by people, so they come with hyphens, apostrophes, accents, other
scripts and stray punctuation. Only letters make an initial; a name with none at all is
printed as "Anonymous".

The rule (`public_name`): an asker who posts anonymously gets initials ("M. O'B.").
Otherwise a full name is printed as first name and last initial ("Mary O'B."), with
"O'Brien, Mary" read as "Mary O'Brien". A name is printed as initials even when not
anonymous if it could identify or contact the asker by itself:
- one word that is not a plain first name (letters, at most one inner hyphen or
  apostrophe, capital first letter then small ones: "Mary", "Anne-Marie" are shown;
  "mary", "MARY", "jdoe_85" become initials), since a lone word is often a surname,
  user name or the local part of an address;
- a name in a script written without spaces (Chinese, Japanese, Thai...), where the
  first "word" is the whole name: "李小龙" is printed "李.";
- anything with "@" or digits (the form refuses those; for older rows the words with
  them are dropped first: "jane.doe@example.com" is printed "Anonymous").
"""

import re
import unicodedata

ANONYMOUS = "Anonymous"
APOSTROPHES = re.compile(r"['’]")
PLAIN_FIRST_NAME = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)?")
# Unicode character-name prefixes of scripts that write names without spaces.
UNSPACED_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")


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


def looks_like_contact_details(name):
    """An e-mail address or a number (telephone, date of birth) typed as a name."""
    return "@" in name or any(char.isdigit() for char in name)


def natural_order(name):
    """'O'Brien, Mary' → 'Mary O'Brien'; other names unchanged."""
    last, comma, first = (name or "").partition(",")
    if comma and first.strip() and last.strip() and "," not in first:
        return f"{first.strip()} {last.strip()}"
    return name or ""


def written_without_spaces(name):
    return any(
        unicodedata.name(char, "").startswith(UNSPACED_SCRIPTS) for char in name if char.isalpha()
    )


def is_plain_first_name(word):
    word = word.strip('.,;:!?"()[]')
    return bool(PLAIN_FIRST_NAME.fullmatch(word)) and all(
        part[0].isupper() and part[1:] == part[1:].lower() for part in re.split(r"[-'’]", word)
    )


def without_contact_details(name):
    """The words of `name` that are not an address or a number."""
    return " ".join(word for word in name.split() if not looks_like_contact_details(word))


def public_name(name, anonymous=False):
    """What the public site prints for an asker (the rule is in this module's docstring)."""
    name = natural_order(unicodedata.normalize("NFC", name or ""))
    words = _words(name)
    if looks_like_contact_details(name):
        return initials(without_contact_details(name))
    if (
        anonymous
        or written_without_spaces(name)
        or (len(words) == 1 and not is_plain_first_name(words[0]))
    ):
        return initials(name)
    return first_name_and_initial(name)
