"""Sentence embeddings from wordllama's 256-dimension model, which ships inside its wheel.

Loaded once per process, from the package's own folder, with downloads turned off: the
site never fetches a model at run time.
"""

from functools import cache
from pathlib import Path

import numpy as np

DIMENSIONS = 256


@cache
def model():
    import wordllama

    return wordllama.WordLlama.load(
        dim=DIMENSIONS, cache_dir=Path(wordllama.__file__).parent, disable_download=True
    )


def embed(texts):
    """Unit-length float32 vectors, one row per text (cosine similarity is a dot product)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = np.asarray(model().embed(list(texts), norm=True), dtype=np.float32)
    return np.nan_to_num(vectors)


def to_bytes(vector):
    return np.asarray(vector, dtype=np.float32).tobytes()


def from_bytes(data):
    return np.frombuffer(bytes(data), dtype=np.float32)
