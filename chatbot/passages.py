"""Cutting sections into passages of 80–200 words, on sentence boundaries."""

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
    """Passages of a page. Sections are never merged, so every passage links to the heading
    it sits under; a section shorter than MIN_WORDS is one short passage."""
    return [
        Chunk(section.heading, section.anchor, text)
        for section in sections
        for text in _split_long(section.text)
    ]
