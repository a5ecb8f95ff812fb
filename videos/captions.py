"""WebVTT caption files: checked before a video may use them."""

import webvtt
from django.core.exceptions import ValidationError
from webvtt.errors import MalformedFileError

MAX_CAPTION_BYTES = 512 * 1024


def read_cues(file):
    """The cues of a WebVTT file as (start seconds, end seconds, text); raise if not WebVTT."""
    file.seek(0)
    raw = file.read(MAX_CAPTION_BYTES + 1)
    file.seek(0)
    if len(raw) > MAX_CAPTION_BYTES:
        raise ValidationError("A caption file should be well under 512 KB.")
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        captions = webvtt.from_string(text).captions
    except (UnicodeDecodeError, MalformedFileError) as error:
        raise ValidationError(
            "This is not a WebVTT caption file: it must start with 'WEBVTT' and be UTF-8 text."
        ) from error
    cues = [(cue.start_in_seconds, cue.end_in_seconds, cue.text) for cue in captions]
    if not cues:
        raise ValidationError("This caption file has no captions in it.")
    for start, end, _text in cues:
        if end <= start:
            raise ValidationError(f"A caption at {start} s ends before it starts.")
    return cues


def is_caption_file(filename):
    return filename.lower().endswith(".vtt")
