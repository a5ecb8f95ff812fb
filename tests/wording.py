"""Checks on rendered prose: what a reader sees must not stutter.

A site name can start with "The" ("The Tweakments Guide") and printed initials end with a
full stop ("H. N-S."), so a template that writes "the {{ site_name }}" or ends a sentence
after the initials doubles a word or a full stop.
"""

import re

from bs4 import BeautifulSoup

DOUBLED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
# Two sentence marks in a row ("N-S..", "S.,"), but not an ellipsis or a URL.
DOUBLED_PUNCTUATION = re.compile(r"(?<!\.)[.,;:!?]\s?[.,;:!?](?!\.)")


def visible_text(html):
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def assert_reads_cleanly(text):
    text = " ".join(text.split())
    for pattern in (DOUBLED_WORD, DOUBLED_PUNCTUATION):
        match = pattern.search(text)
        assert match is None, (
            f"{match.group(0)!r} in: …{text[max(0, match.start() - 60) : match.end() + 60]}…"
        )
