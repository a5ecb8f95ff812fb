"""The demo videos' content files: what the seed step and the players rely on."""

import io

import pytest

from demo import content
from demo.videos import SECTION, captions_text, transcript_html
from videos.captions import read_cues
from videos.youtube import parse_video_id

VIDEOS = content.load_pages(SECTION)


def test_there_are_six_to_eight_videos_from_both_sources():
    assert 6 <= len(VIDEOS) <= 8
    sources = {data["source"] for data in VIDEOS}
    assert sources == {"file", "youtube"}
    featured = content.load(SECTION, "index")["featured"]
    assert featured in {data["slug"] for data in VIDEOS}


@pytest.mark.parametrize("data", VIDEOS, ids=[data["slug"] for data in VIDEOS])
def test_chapters_and_captions_fit_the_video(data):
    starts = [chapter["start"] for chapter in data["chapters"]]
    assert starts[0] == 0 and starts == sorted(set(starts))
    assert starts[-1] < data["seconds"]
    cues = read_cues(io.BytesIO(captions_text(data).encode()))
    assert cues[-1][1] <= data["seconds"]
    assert [cue[0] for cue in cues] == sorted(cue[0] for cue in cues)
    if data["source"] == "file":
        assert 15 <= data["seconds"] <= 30  # short clips, encoded at seed time
    else:
        assert parse_video_id(data["youtube"])


def test_the_transcript_follows_the_chapters_and_is_escaped():
    data = {
        "seconds": 10,
        "chapters": [{"start": 0, "title": "Fish & chips"}, {"start": 5, "title": "After"}],
        "captions": [
            {"start": 0.0, "end": 5.0, "text": "<b>Hello</b>"},
            {"start": 5.0, "end": 10.0, "text": "Goodbye"},
        ],
    }
    assert transcript_html(data) == (
        "<h3>Fish &amp; chips</h3><p>&lt;b&gt;Hello&lt;/b&gt;</p><h3>After</h3><p>Goodbye</p>"
    )
