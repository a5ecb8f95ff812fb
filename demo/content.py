"""Reads the demo content: TOML files under `demo/content/<section>/`.

A section keeps its one-off pages and lists in named files (`index.toml`,
`experts.toml`, ...) and its many pages one file each in `pages/`.
"""

import tomllib
from pathlib import Path

CONTENT_DIR = Path(__file__).resolve().parent / "content"


def _read(path):
    with path.open("rb") as file:
        return tomllib.load(file)


def load(section, name):
    """The data in `demo/content/<section>/<name>.toml`."""
    return _read(CONTENT_DIR / section / f"{name}.toml")


def load_pages(section):
    """Every file in `demo/content/<section>/pages/`, in file-name order."""
    return [_read(path) for path in sorted((CONTENT_DIR / section / "pages").glob("*.toml"))]


def all_files():
    """Every content file, for checks that they all parse."""
    return sorted(CONTENT_DIR.rglob("*.toml"))
