"""The parts of a video page: its chapters and what it is about."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from .. import youtube


def minutes_and_seconds(seconds):
    """'1:05' for 65 seconds; '1:02:03' past an hour."""
    hours, rest = divmod(int(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


class VideoChapter(Orderable):
    page = ParentalKey("videos.VideoPage", on_delete=models.CASCADE, related_name="chapters")
    start = models.DurationField(help_text="Where it starts, e.g. 0:00 or 1:05.")
    title = models.CharField(max_length=100, help_text="What this part covers, in a few words.")

    panels = [FieldPanel("start"), FieldPanel("title")]

    def __str__(self):
        return self.title

    @property
    def seconds(self):
        return int(self.start.total_seconds())

    @property
    def start_display(self):
        return minutes_and_seconds(self.seconds)

    def link_for(self, video):
        """Without JavaScript a chapter still works: a media fragment (#t=) on the file,
        or YouTube's own start time."""
        if video.is_youtube:
            return youtube.watch_url(video.youtube_id, start=self.seconds)
        return f"{video.file_url}#t={self.seconds}"


class VideoPageTreatment(Orderable):
    page = ParentalKey("videos.VideoPage", on_delete=models.CASCADE, related_name="treatment_links")
    treatment = models.ForeignKey(
        "treatments.TreatmentPage", on_delete=models.CASCADE, related_name="video_links"
    )

    panels = [FieldPanel("treatment")]

    class Meta(Orderable.Meta):
        unique_together = [("page", "treatment")]


class VideoPageArticle(Orderable):
    page = ParentalKey("videos.VideoPage", on_delete=models.CASCADE, related_name="article_links")
    article = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="video_links"
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        unique_together = [("page", "article")]
