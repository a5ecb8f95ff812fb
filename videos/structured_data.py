"""schema.org JSON-LD for videos: VideoObject with a Clip per chapter, and the hub's ItemList.

Google requires name, thumbnailUrl and uploadDate for a VideoObject, and name, startOffset
and url for each Clip (https://developers.google.com/search/docs/appearance/structured-data/video).
"""

import datetime

from django.utils import timezone

from core.sites import absolute_url

THUMBNAIL_RENDITION = "fill-1280x720|format-jpeg"


def iso_duration(seconds):
    """ISO 8601, as schema.org wants it: PT1M5S."""
    hours, rest = divmod(int(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    parts = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    return f"PT{parts}{seconds}S" if seconds or not parts else f"PT{parts}"


def start_link(page_url, seconds):
    """The page, playing from a time (the video page reads ?t=)."""
    return f"{page_url}?t={seconds}"


def video_object(video, request):
    page_url = video.get_full_url(request)
    upload = datetime.datetime.combine(
        video.date, datetime.time(), tzinfo=timezone.get_current_timezone()
    )
    data = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": video.title,
        "description": video.get_meta_description(),
        "uploadDate": upload.isoformat(),
        "url": page_url,
    }
    if video.poster:
        thumbnail = video.poster.get_rendition(THUMBNAIL_RENDITION)
        data["thumbnailUrl"] = [absolute_url(thumbnail.url)]
    if video.duration:
        data["duration"] = iso_duration(video.seconds)
    if video.is_youtube:
        data["embedUrl"] = f"https://www.youtube-nocookie.com/embed/{video.youtube_id}"
    elif video.media:
        data["contentUrl"] = absolute_url(video.file_url)
    if video.transcript_text:
        data["transcript"] = video.transcript_text
    if video.expert:
        data["author"] = {"@type": "Person", "name": video.expert.name}
    clips = [
        {
            "@type": "Clip",
            "name": chapter.title,
            "startOffset": chapter.seconds,
            "endOffset": chapter.end_seconds,
            "url": start_link(page_url, chapter.seconds),
        }
        for chapter in video.chapter_list
    ]
    if clips:
        data["hasPart"] = clips
    return data


def hub_item_list(hub, videos, request):
    """The videos on this page of the hub, as a summary-page ItemList."""
    return {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": hub.title,
        "itemListElement": [
            {"@type": "ListItem", "position": position, "url": video.get_full_url(request)}
            for position, video in enumerate(videos, start=1)
        ],
    }
