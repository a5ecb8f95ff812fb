"""Caching is a delivery concern in one place (issue 21): the package stays small, and
templates and domain code know nothing of page caching (the rate limits and the health
check use the cache as a counter store and a probe, which is not page caching)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DELIVERY = ROOT / "tweakments" / "delivery"
DOMAIN_APPS = ["core", "articles", "treatments", "practitioners", "questions", "newsletter"]
DOMAIN_APPS += ["videos", "chatbot", "rules", "home"]


def test_the_delivery_package_fits_in_300_lines():
    lines = sum(len(path.read_text().splitlines()) for path in DELIVERY.glob("*.py"))
    assert lines <= 300


def test_templates_carry_no_cache_names():
    cache_tags = re.compile(r"{%\s*(cache|fragment)\b|{%\s*load\s+[^%]*\bcache\b")
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "templates").rglob("*.html")
        if cache_tags.search(path.read_text())
    ]
    assert offenders == []


def test_domain_code_knows_nothing_of_page_caching():
    cache_use = re.compile(r"tweakments\.delivery|cached_pages_showing|cache_page|cache_control")
    offenders = [
        str(path.relative_to(ROOT))
        for app in DOMAIN_APPS
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts and cache_use.search(path.read_text())
    ]
    assert offenders == []
