"""Videos from YouTube or Vimeo in an article's body, loaded only when the reader asks.

An editor pastes the video's address; Wagtail's oEmbed finder looks it up once and keeps
the answer (its title and player) in the database. The page shows our own panel with a
play link to the video's address, and `static/js/videos.js` swaps in the host's player
on a click, so nothing is requested from the host before then.
"""

import html
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException

# The players the site frames (the public CSP's frame-src names these origins): a host an
# oEmbed answer may give, and the origin we load its player from. YouTube's is the
# privacy-enhanced one, which sets no cookies until the video plays.
PLAYERS = {
    "www.youtube.com": ("YouTube", "https://www.youtube-nocookie.com"),
    "youtube.com": ("YouTube", "https://www.youtube-nocookie.com"),
    "www.youtube-nocookie.com": ("YouTube", "https://www.youtube-nocookie.com"),
    "player.vimeo.com": ("Vimeo", "https://player.vimeo.com"),
}
# Vimeo's "do not track" keeps its player from setting cookies too.
PLAYER_OPTIONS = {"YouTube": {"autoplay": "1", "rel": "0"}, "Vimeo": {"autoplay": "1", "dnt": "1"}}
IFRAME_SRC = re.compile(r"<iframe[^>]*\ssrc=[\"']([^\"']+)[\"']", re.IGNORECASE)


@dataclass(frozen=True)
class EmbeddedVideo:
    url: str  # the video's own page: where the play link goes without JavaScript
    title: str
    provider: str
    player_url: str  # loaded into a frame when the reader presses play


def embedded_video(url):
    """The video at `url` if it is on YouTube or Vimeo and oEmbed knows it, else None."""
    try:
        embed = get_embed(url)
    except EmbedException:
        return None
    match = IFRAME_SRC.search(embed.html)
    if match is None:
        return None
    player = urlsplit(html.unescape(match.group(1)))
    if player.hostname not in PLAYERS:
        return None
    provider, origin = PLAYERS[player.hostname]
    options = {name: value for name, value in parse_qsl(player.query) if name != "feature"}
    query = urlencode({**options, **PLAYER_OPTIONS[provider]})
    return EmbeddedVideo(
        url=url,
        title=embed.title or f"A video on {provider}",
        provider=provider,
        player_url=f"{origin}{player.path}?{query}",
    )
