"""Demo videos for the Video Hub (content in `demo/content/videos/`).

The clips we host are made here, at seed time: a title card per chapter, drawn with
Pillow, with a moving ring and a progress bar laid over them, encoded to H.264 by the
ffmpeg binary that the imageio-ffmpeg wheel ships. Nothing is downloaded, and the clips
are encoded side by side (under a second of CPU each). YouTube videos get a poster drawn
the same way; their IDs are well formed and nothing is fetched from YouTube.
"""

import datetime
import subprocess
import tempfile
import textwrap
from functools import partial
from pathlib import Path

import imageio_ffmpeg
from django.core.files import File
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtailmedia.models import Media

from articles.models import ArticlePage, Expert
from treatments.models import TreatmentPage
from videos.models import (
    VideoChapter,
    VideoHubPage,
    VideoPage,
    VideoPageArticle,
    VideoPageTreatment,
)
from videos.youtube import parse_video_id

from . import content
from .pages import add_menu_link, upsert_child_page, upsert_index_page
from .pictures import draw_picture, draw_subject, hex_to_rgb, save_image
from .review import review_of
from .shell import home_page

SECTION = "videos"
POSTER_SIZE = (1280, 720)
CLIP_SIZE = (640, 360)
FRAMES_PER_SECOND = 12
INK = (31, 26, 29)


def _pages():
    return content.load_pages(SECTION)


def _font(size):
    # Pillow's own scalable font: no font files needed on the machine.
    return ImageFont.load_default(size=size)


def _title_panel(picture, lines, sizes):
    """Dark text panel across the top of a picture, one font size per line. The top, so
    that the player's controls, its captions and the play button don't cover it."""
    width = picture.width
    panel = PILImage.new("RGBA", picture.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(panel)
    pad = width // 24
    total = sum(int(size * 1.25) for size in sizes)
    draw.rectangle([0, 0, width, total + pad * 2], fill=(*INK, 190))
    y = pad
    for text, size in zip(lines, sizes, strict=True):
        draw.text((pad, y), text, font=_font(size), fill=(255, 255, 255, 255))
        y += int(size * 1.25)
    picture.paste(panel, (0, 0), panel)
    return picture


def draw_poster(data):
    spec = data["poster"]
    picture = draw_picture(spec["palette"], spec["motif"], size=POSTER_SIZE, seed=spec["seed"])
    # The subject's line art in white bottom right (where the gradient is darkest), clear
    # of the title panel and the play button.
    width, height = POSTER_SIZE
    art = height * 0.42
    box = [width - art * 1.25, height - art * 1.15, width - art * 0.25, height - art * 0.15]
    draw_subject(ImageDraw.Draw(picture, "RGBA"), spec["subject"], box, (255, 255, 255))
    lines = textwrap.wrap(data["title"], width=34)
    return _title_panel(picture, ["THE TWEAKMENTS GUIDE", *lines], [26] + [56] * len(lines))


def draw_chapter_card(data, background, chapter, number):
    picture = background.copy()
    title = textwrap.wrap(chapter["title"], width=30)
    heading = f"{number}/{len(data['chapters'])} · {data['title']}"
    return _title_panel(picture, [textwrap.shorten(heading, 58), *title], [15] + [34] * len(title))


def _sprites(folder, colour):
    ring = PILImage.new("RGBA", (72, 72), (0, 0, 0, 0))
    ImageDraw.Draw(ring).ellipse([4, 4, 68, 68], outline=(255, 255, 255, 230), width=8)
    ring.save(folder / "ring.png", compress_level=0)
    PILImage.new("RGBA", (CLIP_SIZE[0], 8), colour).save(folder / "bar.png", compress_level=0)


def start_clip_encoding(data, folder):
    """Draw a clip's cards and start ffmpeg on them; returns (process, output path)."""
    seconds = data["seconds"]
    starts = [chapter["start"] for chapter in data["chapters"]]
    lengths = [end - start for start, end in zip(starts, [*starts[1:], seconds], strict=True)]
    accent = hex_to_rgb(data["poster"]["palette"][1])
    _sprites(folder, (*accent, 255))
    # Each card is one frame held for its chapter (decoded once) and repeated by the fps
    # filter; the overlays are positioned per frame in YUV, which keeps a 20 s clip
    # under a second of CPU.
    spec = data["poster"]
    background = draw_picture(spec["palette"], spec["motif"], size=CLIP_SIZE, seed=spec["seed"])
    inputs = []
    for number, (chapter, length) in enumerate(zip(data["chapters"], lengths, strict=True)):
        card = folder / f"card-{number}.png"
        # Uncompressed: ffmpeg reads it once, and zlib would cost more than the encode.
        draw_chapter_card(data, background, chapter, number + 1).save(card, compress_level=0)
        inputs += ["-loop", "1", "-framerate", "1", "-t", str(length), "-i", str(card)]
    for sprite in ("ring.png", "bar.png"):
        inputs += ["-loop", "1", "-framerate", "1", "-i", str(folder / sprite)]
    cards = len(lengths)
    graph = (
        "".join(f"[{n}]" for n in range(cards))
        + f"concat=n={cards}:v=1:a=0,format=yuv420p,fps={FRAMES_PER_SECOND}[cards];"
        + f"[cards][{cards}]overlay=x='mod(t*90,W+72)-72':y='H*0.55+24*sin(t*2)'"
        + ":shortest=1:format=yuv420[moving];"
        + f"[moving][{cards + 1}]overlay=x='-w+w*t/{seconds}':y=H-8:shortest=1:format=yuv420[out]"
    )
    output = folder / f"{data['slug']}.mp4"
    command = [
        imageio_ffmpeg.get_ffmpeg_exe(),
        *("-y", "-loglevel", "error", *inputs, "-filter_complex", graph, "-map", "[out]"),
        *("-t", str(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-crf", "30"),
        *("-movflags", "+faststart", str(output)),
    ]
    return subprocess.Popen(command, stderr=subprocess.PIPE), output  # noqa: S603 - our own arguments


def _media_title(data):
    return f"Video: {data['title']}"


def seed_clips():
    """Encode the clips not made yet, all at once (ffmpeg runs in parallel)."""
    wanted = [
        data
        for data in _pages()
        if data["source"] == "file" and not Media.objects.filter(title=_media_title(data)).exists()
    ]
    with tempfile.TemporaryDirectory(prefix="demo-clips-") as workdir:
        jobs = []
        for data in wanted:
            folder = Path(workdir) / data["slug"]
            folder.mkdir()
            jobs.append((data, *start_clip_encoding(data, folder)))
        for data, process, output in jobs:
            _, errors = process.communicate()
            if process.returncode:
                raise RuntimeError(f"ffmpeg failed on {data['slug']}: {errors.decode()[-500:]}")
            with output.open("rb") as file:
                Media.objects.create(
                    title=_media_title(data),
                    type="video",
                    duration=data["seconds"],
                    width=CLIP_SIZE[0],
                    height=CLIP_SIZE[1],
                    file=File(file, name=output.name),
                )


def timestamp(seconds):
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes):02}:{rest:06.3f}"


def captions_text(data):
    cues = [
        f"{timestamp(cue['start'])} --> {timestamp(cue['end'])}\n{cue['text']}\n"
        for cue in data["captions"]
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def transcript_html(data):
    """What is said, grouped under the chapter headings."""
    starts = [chapter["start"] for chapter in data["chapters"]]
    parts = []
    for number, chapter in enumerate(data["chapters"]):
        end = starts[number + 1] if number + 1 < len(starts) else data["seconds"]
        said = [cue["text"] for cue in data["captions"] if chapter["start"] <= cue["start"] < end]
        parts.append(f"<h3>{escape(chapter['title'])}</h3><p>{escape(' '.join(said))}</p>")
    return "".join(parts)


def save_captions(data):
    document_model = get_document_model()
    title = f"Captions: {data['title']}"
    text = captions_text(data).encode()
    document = document_model.objects.filter(title=title).first()
    if document is None:
        document = document_model(title=title)
    elif document.file and document.file.read() == text:
        return document
    document.file = ContentFile(text, name=f"{data['slug']}.vtt")
    document.save()
    return document


def seed_hub():
    hub = upsert_index_page(home_page(), VideoHubPage, content.load(SECTION, "index"))
    add_menu_link(hub)


def seed_video(data):
    experts = {
        expert["key"]: expert["name"] for expert in content.load("articles", "experts")["experts"]
    }
    own_file = data["source"] == "file"
    upsert_child_page(
        VideoHubPage.objects.get(),
        VideoPage,
        data["slug"],
        title=data["title"],
        date=data["date"],
        expert=Expert.objects.get(name=experts[data["expert"]]),
        standfirst=data["standfirst"],
        poster=save_image(f"Video poster: {data['title']}", draw_poster(data)),
        media=Media.objects.get(title=_media_title(data)) if own_file else None,
        youtube_id="" if own_file else parse_video_id(data["youtube"]),
        captions=save_captions(data),
        duration=datetime.timedelta(seconds=data["seconds"]),
        transcript=transcript_html(data),
        chapters=[
            VideoChapter(start=datetime.timedelta(seconds=chapter["start"]), title=chapter["title"])
            for chapter in data["chapters"]
        ],
        treatment_links=[
            VideoPageTreatment(treatment=TreatmentPage.objects.get(slug=slug))
            for slug in data["treatments"]
        ],
        article_links=[
            VideoPageArticle(article=ArticlePage.objects.get(slug=slug))
            for slug in data["articles"]
        ],
        first_published_at=timezone.make_aware(
            datetime.datetime.combine(data["date"], datetime.time(9))
        ),
        **review_of("videos", data["slug"]),
    )


def seed_featured_video():
    hub = VideoHubPage.objects.get()
    hub.featured_video = VideoPage.objects.child_of(hub).get(
        slug=content.load(SECTION, "index")["featured"]
    )
    hub.save_revision().publish()


STEPS = [
    ("Video Hub", seed_hub),
    ("Video clips (ffmpeg)", seed_clips),
    *[(f"Video: {data['slug']}", partial(seed_video, data)) for data in _pages()],
    ("Featured video", seed_featured_video),
]
