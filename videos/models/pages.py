import datetime
import html
import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtailmedia.edit_handlers import MediaChooserPanel

from articles.models import Expert
from articles.readability import readable
from articles.review import ReviewedMixin, ReviewedQuerySetMixin
from core.models import (
    SectionIndexPage,
    SitePage,
    SitePageManager,
    SitePageQuerySet,
    chosen_live_pages,
)
from core.renditions import prefetch_renditions
from treatments.models import Area, Concern, TreatmentPage

from .. import youtube
from ..captions import is_caption_file, read_cues
from ..fields import YouTubeIDField
from ..forms import VideoPageForm
from ..hub import VideoHubListing
from ..structured_data import hub_item_list, video_object
from .parts import VideoPageArticle, VideoPageTreatment, minutes_and_seconds

# Where one block of rich text ends and the next begins: a space in the plain text.
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li)>|<br\s*/?>", re.IGNORECASE)
# The player's box when the file does not say (YouTube, or media without dimensions).
DEFAULT_WIDTH, DEFAULT_HEIGHT = 1280, 720


# What lists of videos show: a card (link, title, length, date, expert, standfirst, poster).
VIDEO_LISTING_FIELDS = ("title", "slug", "url_path", "date", "standfirst", "duration")
VIDEO_LISTING_FIELDS += ("expert__name", "poster")


class VideoPageQuerySet(ReviewedQuerySetMixin, SitePageQuerySet):
    def for_listing(self):
        """Live, public videos with what a card shows, newest first (the poster's
        renditions come with the page's: `core.renditions.prefetch_renditions`)."""
        return (
            self.live()
            .public()
            .select_related("expert", "poster")
            .only(*VIDEO_LISTING_FIELDS)
            .order_by("-date", "-pk")
        )

    def for_serving(self):
        return self.select_related("expert", "poster", "media", "reviewed_by")

    def playing(self, media):
        """Live, public pages that play this file: what lets anyone fetch it."""
        return self.live().public().filter(media=media)

    def about(self, page):
        """Videos whose editors linked this treatment or article page ("Videos about this")."""
        return self.filter(
            Exists(VideoPageTreatment.objects.filter(page=OuterRef("pk"), treatment_id=page.pk))
            | Exists(VideoPageArticle.objects.filter(page=OuterRef("pk"), article_id=page.pk))
        )

    def _about_treatments(self, **treatment_filter):
        return self.filter(
            Exists(
                VideoPageTreatment.objects.filter(
                    page=OuterRef("pk"),
                    **{f"treatment__{k}": v for k, v in treatment_filter.items()},
                )
            )
        )

    def for_concern(self, slug):
        """Videos about a treatment for this concern (the Tweakment Finder's taxonomy)."""
        return self._about_treatments(concerns__slug=slug)

    def in_area(self, slug):
        return self._about_treatments(areas__slug=slug)

    def about_treatment(self, slug):
        return self._about_treatments(slug=slug)

    def by_expert(self, expert_id):
        return self.filter(expert_id=expert_id)


VideoPageManager = SitePageManager.from_queryset(VideoPageQuerySet)


class VideoHubPage(SectionIndexPage):
    """The Video Hub at /videos/: every video, newest first, with filters."""

    featured_video = models.ForeignKey(
        "videos.VideoPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown large at the top of the hub (when no filter is chosen).",
    )

    content_panels = [*SectionIndexPage.content_panels, FieldPanel("featured_video")]

    subpage_types = ["videos.VideoPage"]

    class Meta:
        verbose_name = "video hub"

    @property
    def videos(self):
        return VideoPage.objects.child_of(self).for_listing()

    def filter_options(self, videos):
        """What the hub's filters offer: only choices that have a video here."""
        links = VideoPageTreatment.objects.filter(page__in=videos.values("pk"))
        return {
            "concerns": Concern.objects.filter(treatments__video_links__in=links).distinct(),
            "areas": Area.objects.filter(treatments__video_links__in=links).distinct(),
            "treatments": TreatmentPage.objects.live()
            .filter(video_links__in=links)
            .distinct()
            .only("pk", "title", "slug")
            .order_by("title"),
            "experts": Expert.objects.filter(videos__in=videos.values("pk")).distinct(),
        }

    def listing_for(self, request):
        """The filtered, paged videos for this request, built once for page and JSON-LD."""
        if getattr(self, "_listing_request", None) is not request:
            videos = self.videos
            self._listing_request = request
            options = {name: list(found) for name, found in self.filter_options(videos).items()}
            self._listing = VideoHubListing(request.GET, videos, options, self.featured_video_id)
        return self._listing

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = listing = self.listing_for(request)
        listing.all_shown  # noqa: B018 - with their posters' renditions
        return context

    def get_structured_data(self, request):
        listing = self.listing_for(request)
        return [
            hub_item_list(self, listing.all_shown, request),
            *super().get_structured_data(request),
        ]


class VideoPage(ReviewedMixin, SitePage):
    date = models.DateField("Published on", default=timezone.localdate)
    expert = models.ForeignKey(
        Expert,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="videos",
        help_text="Who speaks in the video (an Expert); shown on cards and under the player.",
    )
    standfirst = models.TextField(
        max_length=300,
        help_text="One or two sentences saying what the video answers; shown on cards and "
        "in search results.",
    )
    media = models.ForeignKey(
        "wagtailmedia.Media",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Video file",
        help_text="For a video we host ourselves (MP4 or WebM). Leave empty for YouTube.",
    )
    youtube_id = YouTubeIDField(
        "YouTube video",
        blank=True,
        help_text="For a video on YouTube: paste its address or its 11-character ID. Nothing "
        "is loaded from YouTube until a reader presses play.",
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The still shown before the video plays and on cards, 16:9. Required, also "
        "for YouTube: we never show YouTube's own thumbnails.",
    )
    captions = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A WebVTT (.vtt) caption file, uploaded as a document. Required for a video "
        "we host; optional for YouTube (readers can download it).",
    )
    duration = models.DurationField(
        null=True,
        blank=True,
        help_text="How long the video runs, e.g. 1:45 or 0:25. Taken from the video file "
        "when it has one.",
    )
    transcript = RichTextField(
        blank=True,
        features=["h3", "bold", "italic", "link", "ol", "ul"],
        help_text="Everything said in the video, as text. Shown under the player and used by "
        "site search and the assistant. Strongly recommended for YouTube videos.",
    )

    objects = VideoPageManager()
    base_form_class = VideoPageForm

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("expert"), FieldPanel("standfirst")],
            heading="About this video",
        ),
        MultiFieldPanel(
            [
                MediaChooserPanel("media", media_type="video"),
                FieldPanel("youtube_id"),
                FieldPanel("poster"),
                FieldPanel("captions"),
                FieldPanel("duration"),
            ],
            heading="The video",
            help_text="Choose a video file we host OR a YouTube video, not both.",
        ),
        InlinePanel(
            "chapters",
            heading="Chapters",
            label="Chapter",
            help_text="Where each part starts; readers can jump to it and search engines "
            "show them as key moments. Start the first at 0:00.",
        ),
        FieldPanel("transcript"),
        MultipleChooserPanel(
            "treatment_links",
            chooser_field_name="treatment",
            heading="Treatments in this video",
            label="Treatment",
            help_text="Each treatment page lists this video under 'Videos about this'; the "
            "hub's concern and area filters come from these.",
        ),
        MultipleChooserPanel(
            "article_links",
            chooser_field_name="article",
            heading="Related articles",
            label="Article",
            help_text="Each article lists this video under 'Videos about this'.",
        ),
        *ReviewedMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst", boost=2),
        index.SearchField("transcript"),
        index.RelatedFields("expert", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    parent_page_types = ["videos.VideoHubPage"]
    subpage_types = []

    class Meta:
        verbose_name = "video"

    def clean(self):
        super().clean()
        errors = {}
        if bool(self.media_id) == bool(self.youtube_id):
            errors["media"] = "Choose a video file or give a YouTube video (one of the two)."
        if self.media_id and self.media.type != "video":
            errors["media"] = "That media item is audio; choose a video."
        if self.media_id and not self.captions_id:
            errors["captions"] = "A video we host needs a caption file (WebVTT)."
        if self.captions_id:
            try:
                self.check_captions()
            except ValidationError as error:
                errors["captions"] = error.messages
        if self.duration is None and self.media_id and self.media.duration:
            self.duration = datetime.timedelta(seconds=round(self.media.duration))
        if self.duration is None:
            errors["duration"] = "Give the video's length, e.g. 1:45."
        if errors:
            raise ValidationError(errors)

    def check_captions(self):
        if not is_caption_file(self.captions.filename):
            raise ValidationError("Captions must be a .vtt (WebVTT) file.")
        with self.captions.open_file() as file:
            read_cues(file)

    @property
    def is_youtube(self):
        return bool(self.youtube_id)

    @property
    def needs_transcript(self):
        """YouTube videos may go live without one, with a warning to the editor."""
        return not strip_tags(self.transcript).strip()

    @property
    def seconds(self):
        return int(self.duration.total_seconds()) if self.duration else 0

    @property
    def duration_display(self):
        return minutes_and_seconds(self.seconds) if self.duration else ""

    @property
    def width(self):
        return (self.media and self.media.width) or DEFAULT_WIDTH

    @property
    def height(self):
        return (self.media and self.media.height) or DEFAULT_HEIGHT

    @property
    def file_url(self):
        """Our own file, from the view that answers byte ranges (so the player can seek)."""
        if not self.media_id:
            return ""
        return reverse("videos_media_file", args=[self.media_id, self.media.filename])

    @property
    def embed_url(self):
        return youtube.embed_url(self.youtube_id) if self.youtube_id else ""

    @property
    def watch_url(self):
        return youtube.watch_url(self.youtube_id) if self.youtube_id else ""

    @cached_property
    def chapter_list(self):
        """Chapters in time order, each with its end (the next start, or the video's end)."""
        chapters = sorted(self.chapters.all(), key=lambda chapter: chapter.start)
        ends = [chapter.seconds for chapter in chapters[1:]] + [self.seconds]
        for chapter, end in zip(chapters, ends, strict=False):
            chapter.end_seconds = end
            chapter.link = chapter.link_for(self)
        return chapters

    @cached_property
    def transcript_text(self):
        """The transcript as plain text (JSON-LD, and the assistant reads it)."""
        spaced = BLOCK_END.sub(" ", self.transcript)
        return " ".join(html.unescape(strip_tags(spaced)).split())

    @cached_property
    def treatments(self):
        return chosen_live_pages(self.treatment_links, "treatment")

    @cached_property
    def articles(self):
        return chosen_live_pages(self.article_links, "article")

    def related_videos(self, limit=3):
        """Other videos, those about the same treatments first, then the newest (one query)."""
        treatment_ids = [treatment.pk for treatment in self.treatments]
        shared = Count("treatment_links", filter=Q(treatment_links__treatment_id__in=treatment_ids))
        siblings = VideoPage.objects.sibling_of(self, inclusive=False).for_listing()
        return siblings.annotate(shared=shared).order_by("-shared", "-date", "-pk")[:limit]

    def start_at(self, value):
        """Seconds to start from (a ?t= link, as in the JSON-LD clips); 0 for junk."""
        try:
            seconds = int(value)
        except (TypeError, ValueError):
            return 0
        return seconds if 0 < seconds < self.seconds else 0

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["start"] = self.start_at(request.GET.get("t"))
        context["related_videos"] = related = list(self.related_videos())
        prefetch_renditions([self.poster, *(video.poster for video in related)])
        return context

    def get_meta_description(self):
        return self.search_description or Truncator(self.standfirst).chars(160)

    def get_social_image(self):
        return self.poster

    def readable_text(self):
        return readable([self.standfirst, self.transcript_text])

    def get_structured_data(self, request):
        video = video_object(self, request)
        return [
            video,
            self.medical_web_page(video["url"], self.title),
            *super().get_structured_data(request),
        ]
