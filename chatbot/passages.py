"""Cutting sections into passages of about 80–200 words, on sentence boundaries."""

from dataclasses import dataclass

from .extract import sentences

MIN_WORDS = 80
MAX_WORDS = 200
TARGET_WORDS = 150


@dataclass
class Chunk:
    heading: str
    anchor: str
    text: str


def words(text):
    return len(text.split())


def _split_long(section_text):
    """Sentences grouped into runs of at most MAX_WORDS, the last run never tiny."""
    runs, current, count = [], [], 0
    for sentence in sentences(section_text):
        length = words(sentence)
        if current and count + length > TARGET_WORDS:
            runs.append(current)
            current, count = [], 0
        current.append(sentence)
        count += length
    if current:
        if runs and count < MIN_WORDS and words(" ".join(runs[-1] + current)) <= MAX_WORDS:
            runs[-1] += current
        else:
            runs.append(current)
    return [" ".join(run) for run in runs]


def chunk_sections(sections):
    """Passages of a page. A short section joins the next ones (it keeps its own heading
    and anchor) until the passage reaches MIN_WORDS, as long as it stays under MAX_WORDS."""
    chunks = []
    pending = None
    for section in sections:
        for text in _split_long(section.text):
            if pending is not None and words(pending.text) + words(text) <= MAX_WORDS:
                pending.text = f"{pending.text} {text}"
            else:
                if pending is not None:
                    chunks.append(pending)
                pending = Chunk(section.heading, section.anchor, text)
            if words(pending.text) >= MIN_WORDS:
                chunks.append(pending)
                pending = None
    if pending is not None:
        chunks.append(pending)
    return chunks
