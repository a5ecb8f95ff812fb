"""A treatment's own text may have an "Aftercare" (or "Rules") heading; its anchor must not
take the id of the page's aftercare cards or rules box, which the chatbot and the summary
box link to (#aftercare, #rules)."""

from collections import Counter

import pytest

from core.blocks import heading_anchor
from tests.rules.conftest import soup
from tests.treatments.factories import treatment_body

pytestmark = pytest.mark.django_db


def test_a_body_heading_never_takes_a_section_id_of_the_page():
    assert heading_anchor("What it is") == "what-it-is"
    assert heading_anchor("Aftercare") == "section-aftercare"
    for text in ["Main", "Rules", "Survey", "Report a problem"]:
        assert heading_anchor(text) not in {"main", "rules", "survey", "report-a-problem"}


def test_aftercare_heading_in_the_text_leaves_aftercare_to_the_cards(client, rules_site):
    botox = rules_site["botox"]
    botox.body = [*treatment_body(), *treatment_body("Aftercare"), *treatment_body("Rules")]
    botox.save_revision().publish()
    page = soup(client.get("/tweakments/botox/"))
    ids = Counter(tag["id"] for tag in page.select("[id]"))
    assert [name for name, count in ids.items() if count > 1] == []
    assert page.select_one("#aftercare").name == "section"
    assert page.select_one("#aftercare .aftercare__when") is not None
    assert page.select_one("#rules").name == "section"
