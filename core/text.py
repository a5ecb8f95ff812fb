"""Shortening text for titles and descriptions without cutting a word in half."""

ELLIPSIS = "…"


def shorten(text, limit):
    """`text` on one line in at most `limit` characters, cut after a whole word.

    'Is it too early to start?' shortened to 20 gives 'Is it too early to…', never
    'Is it too early t…'. A single word longer than the limit is cut as a last resort.
    """
    text = " ".join(str(text or "").split())
    if len(text) <= limit:
        return text
    room = text[: limit - len(ELLIPSIS) + 1]  # one more: is the cut at a word's end?
    words = room.rsplit(" ", 1)[0] if " " in room else room[:-1]
    return words.rstrip(" ,;:.!?-–—") + ELLIPSIS
