"""The Video Hub's panels on other apps' pages (see tweakments/panels.py)."""

from core.panels import PagePanel, register_page_panel

from .models import VideoPage

VIDEOS_ABOUT_A_PAGE = 3


def videos_about(page, request):
    videos = list(VideoPage.objects.for_listing().about(page)[:VIDEOS_ABOUT_A_PAGE])
    if not videos:
        return None
    return PagePanel(
        "videos/includes/related_videos.html",
        {"videos": videos},
        images=tuple(video.poster for video in videos),
    )


register_page_panel("treatment_videos")(videos_about)
register_page_panel("article_videos")(videos_about)
