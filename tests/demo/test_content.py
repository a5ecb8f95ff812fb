"""The demo content files and where demo code may live."""

import datetime
import importlib.util
import tomllib
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

from demo import content, steps
from demo.pages import stream_data
from tweakments.settings import base

PRODUCT_APPS = ["core", "articles", "treatments", "practitioners", "questions", "newsletter"]
REPO = Path(settings.BASE_DIR)


@pytest.mark.parametrize("path", content.all_files(), ids=lambda path: path.name)
def test_every_content_file_parses(path):
    with path.open("rb") as file:
        assert tomllib.load(file)


def test_every_section_has_content_and_steps():
    folders = {path.name for path in content.CONTENT_DIR.iterdir() if path.is_dir()}
    assert folders == {section.SECTION for section in steps.SECTIONS}
    for section in steps.SECTIONS:
        assert section.STEPS, section.__name__
        for label, run in section.STEPS:
            assert isinstance(label, str) and label and callable(run)


def test_content_refers_only_to_things_it_defines():
    experts = {expert["key"] for expert in content.load("articles", "experts")["experts"]}
    articles = content.load_pages("articles")
    for article in articles:
        assert article["author"] in experts
        assert isinstance(article["date"], datetime.date)
        quoted = {block["expert"] for block in article["body"] if block["type"] == "expert_quote"}
        assert quoted <= experts, article["slug"]
    treatments = {page["slug"] for page in content.load_pages("treatments")}
    links = content.load("treatments", "article-links")
    assert set(links) <= {article["slug"] for article in articles}
    assert {slug for slugs in links.values() for slug in slugs} <= treatments
    places = content.load("practitioners", "places")
    professions = content.load("practitioners", "professions")
    for person in content.load("practitioners", "practitioners")["practitioners"]:
        assert set(person["places"]) <= set(places), person["name"]
        assert set(person["treatments"]) <= treatments, person["name"]
        assert person["profession"] in professions
    names = {expert["name"] for expert in content.load("articles", "experts")["experts"]}
    for question in content.load("questions", "questions")["questions"]:
        assert question.get("answered_by", "Alice Hart-Davis") in names
        assert set(question["treatments"]) <= treatments


def test_treatment_names_belong_to_their_treatment():
    pages = {page["slug"]: page for page in content.load_pages("treatments")}
    # A lip flip is toxin, not filler: it is explained on the anti-wrinkle page instead.
    assert "lip flip" not in pages["lip-filler"]["also_known_as"].lower()
    assert "lip flip" in pages["anti-wrinkle-injections"]["body"]["expect"].lower()
    # AquaGold is a microneedling device, not a hydradermabrasion facial.
    assert "aquagold" not in pages["hydrafacial"]["also_known_as"].lower()


def test_stream_data_makes_headings_h2_and_converts_named_blocks():
    blocks = [
        {"type": "heading", "text": "Costs"},
        {"type": "paragraph", "text": "<p>Hi</p>"},
        {"type": "expert_quote", "expert": "alice", "quote": "Yes."},
    ]
    data = stream_data(blocks, convert={"expert_quote": lambda value: {**value, "expert": 7}})
    assert data == [
        {"type": "heading", "value": {"text": "Costs", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Hi</p>"},
        {"type": "expert_quote", "value": {"expert": 7, "quote": "Yes."}},
    ]


@pytest.mark.parametrize("app", PRODUCT_APPS)
def test_product_apps_hold_no_demo_code_or_content(app):
    folder = REPO / app
    demo_files = [path.name for path in folder.rglob("*demo*") if "__pycache__" not in path.parts]
    assert demo_files == []
    assert importlib.util.find_spec(f"{app}.demo") is None
    # Nor do they reach into the demo app, which production does not install.
    for path in folder.rglob("*.py"):
        code = path.read_text()
        assert "from demo" not in code and "import demo" not in code, path
        assert "seed_demo_steps" not in code, path


def test_demo_is_installed_for_development_and_tests_only():
    assert apps.is_installed("demo")
    assert "demo" not in base.INSTALLED_APPS
    for name in ("dev.py", "test.py"):
        assert '"demo"' in (REPO / "tweakments" / "settings" / name).read_text()
    assert "demo" not in (REPO / "tweakments" / "settings" / "production.py").read_text()
