"""YouTube videos by address or ID, read without asking YouTube anything.

Wagtail's oEmbed finder calls YouTube when an editor saves, which fails offline and in
tests; a video ID is all the player needs, and it can be taken from the address itself.
"""

import re
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError

# Eleven characters of URL-safe base64 holding a 64-bit number, so the last character
# carries only 4 bits: one of these 16.
VIDEO_ID = re.compile(r"[A-Za-z0-9_-]{10}[AEIMQUYcgkosw048]")
WATCH_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com"}
EMBED_HOSTS = WATCH_HOSTS | {"youtube-nocookie.com", "www.youtube-nocookie.com"}
SHORT_HOST = "youtu.be"
PATH_PREFIXES = ("embed", "shorts", "live", "v")
EMBED_ORIGIN = "https://www.youtube-nocookie.com"


def is_video_id(value):
    return bool(VIDEO_ID.fullmatch(value))


def validate_video_id(value):
    if value and not is_video_id(value):
        raise ValidationError("A YouTube video ID is 11 letters, digits, '-' or '_'.")


def parse_video_id(value):
    """The video ID in a YouTube address (watch, youtu.be, embed, shorts, live) or an ID.

    Raises ValidationError for anything else, so an editor sees what was wrong.
    """
    text = value.strip()
    if is_video_id(text):
        return text
    if "://" not in text:
        text = f"https://{text}"
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower()
    except ValueError:
        host = ""
    if host not in EMBED_HOSTS | {SHORT_HOST}:
        raise ValidationError(
            "Paste a YouTube address (youtube.com/watch?v=…, youtu.be/…) or an 11-character "
            "video ID."
        )
    segments = [segment for segment in parts.path.split("/") if segment]
    candidate = ""
    if host == SHORT_HOST and len(segments) == 1:
        candidate = segments[0]
    elif host in WATCH_HOSTS and segments == ["watch"]:
        candidate = parse_qs(parts.query).get("v", [""])[0]
    elif len(segments) == 2 and segments[0] in PATH_PREFIXES:
        candidate = segments[1]
    if not is_video_id(candidate):
        raise ValidationError(
            "That YouTube address has no valid video ID in it (11 letters, digits, '-' or '_')."
        )
    return candidate


def embed_url(video_id, start=0):
    """The privacy-enhanced player, which sets no cookies until the reader plays."""
    query = f"?autoplay=1&rel=0&start={start}" if start else "?autoplay=1&rel=0"
    return f"{EMBED_ORIGIN}/embed/{video_id}{query}"


def watch_url(video_id, start=0):
    return f"https://www.youtube.com/watch?v={video_id}" + (f"&t={start}s" if start else "")
