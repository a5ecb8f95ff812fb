"""The UK nation a question names. Cosmetic-procedure law is devolved (core.nations), so
"is botox legal in Scotland?" is answered with Scotland's rules, and a quote about another
nation's law is not offered as the answer."""

import re

from core.nations import Nation

NAMES = {
    Nation.ENGLAND: r"england|english",
    Nation.SCOTLAND: r"scotland|scottish",
    Nation.WALES: r"wales|welsh",
    Nation.NORTHERN_IRELAND: r"northern ireland|northern irish|n\.? ?ireland",
}
NAMED = {nation: re.compile(rf"\b({words})\b", re.IGNORECASE) for nation, words in NAMES.items()}


def nations_in(text):
    """The nations `text` names, in the order it names them."""
    found = [(match.start(), nation) for nation in Nation if (match := NAMED[nation].search(text))]
    return [nation for _, nation in sorted(found)]


def nation_in(text):
    """The first nation `text` names, or None."""
    named = nations_in(text)
    return named[0] if named else None


def is_about_another_nation(sentence, nation):
    """The sentence names a nation, but not `nation`: England's law is no answer for Wales."""
    named = nations_in(sentence)
    return bool(named) and nation not in named
