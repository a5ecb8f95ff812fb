import mimetypes

from django.apps import AppConfig


class VideosConfig(AppConfig):
    name = "videos"
    verbose_name = "Video Hub"

    def ready(self):
        # Caption files are Wagtail documents; the document view sends the type that
        # mimetypes guesses, and browsers ignore a <track> that is not text/vtt. Not every
        # system's mime.types lists .vtt, so say it here.
        mimetypes.add_type("text/vtt", ".vtt")
        # Registers "Videos about this" on treatment and article pages.
        from . import panels  # noqa: F401
