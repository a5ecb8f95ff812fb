"""How hard a health page is to read, as a UK reading age (the age a reader needs to be).

The figure is the Flesch–Kincaid grade from `textstat` plus 5 (US school grade 1 is age 6;
the usual UK conversion). The NHS aims for a reading age of 9 to 11; our target is 12 or
lower.
"""

import html

import textstat
from django.utils.html import strip_tags

READING_AGE_TARGET = 12
GRADE_TO_AGE = 5


textstat.set_lang("en_GB")


def readable(chunks):
    """The text of a page's parts (headings, paragraphs, quotes) as readers meet them: a part
    that ends without a full stop, such as a heading, is still a sentence of its own."""
    sentences = []
    for chunk in chunks:
        chunk = " ".join(html.unescape(strip_tags(chunk.replace("<", " <"))).split())
        if chunk:
            sentences.append(chunk if chunk[-1] in ".!?:;" else f"{chunk}.")
    return " ".join(sentences)


def reading_age(text):
    """The reading age of `text` (a whole number), or None when there is no text."""
    if not text.strip():
        return None
    return max(0, round(textstat.flesch_kincaid_grade(text) + GRADE_TO_AGE))


def is_above_target(age):
    return age is not None and age > READING_AGE_TARGET
