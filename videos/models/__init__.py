from .pages import VideoHubPage, VideoPage, VideoPageQuerySet
from .parts import VideoChapter, VideoPageArticle, VideoPageTreatment, minutes_and_seconds

__all__ = [
    "VideoChapter",
    "VideoHubPage",
    "VideoPage",
    "VideoPageArticle",
    "VideoPageQuerySet",
    "VideoPageTreatment",
    "minutes_and_seconds",
]
