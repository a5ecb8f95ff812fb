"""The UK rules demo content refers only to things that exist, with dated, sourced entries."""

import datetime

from core.nations import Nation
from demo import content
from rules.choices import ROUTE_REGISTERS, RouteKind, Stage, Topic
from rules.models import DATE_FIELDS
from treatments.aftercare import Level
from treatments.aftercare import Stage as AftercareStage
from treatments.taxonomy import RULE_SCOPES, RuleTopic

TREATMENTS = {page["slug"] for page in content.load_pages("treatments")}


def test_entries_are_dated_sourced_and_name_real_treatments():
    entries = content.load("rules", "entries")["entries"]
    assert len(entries) >= 10
    assert len({entry["slug"] for entry in entries}) == len(entries)
    for entry in entries:
        assert entry["nations"] and set(entry["nations"]) <= set(Nation.values), entry["slug"]
        assert entry["stage"] in Stage.values and entry["topic"] in Topic.values
        assert set(entry["treatments"]) <= TREATMENTS, entry["slug"]
        assert any(isinstance(entry.get(name), datetime.date) for name in DATE_FIELDS)
        assert isinstance(entry["last_checked"], datetime.date)
        assert entry["sources"], entry["slug"]
        for source in entry["sources"]:
            assert source["url"].startswith(("https://", "http://")), source
            assert source["title"] and source["publisher"]


def test_routes_use_known_steps_registers_and_nations():
    routes = content.load("rules", "routes")["routes"]
    assert {route["kind"] for route in routes} == set(RouteKind.values)
    registers = {value for value, _ in ROUTE_REGISTERS}
    for route in routes:
        assert route.get("register", "") in registers | {""}
        assert route.get("nation", "") in set(Nation.values) | {""}
        assert isinstance(route["last_checked"], datetime.date)


def test_treatment_rules_and_aftercare_cover_the_eight_most_common_treatments():
    treatments = content.load("rules", "treatments")
    assert len(treatments) >= 8 and set(treatments) <= TREATMENTS
    scopes = {value for value, _ in RULE_SCOPES}
    for slug, data in treatments.items():
        for rule in data["rules"]:
            assert rule["applies_in"] in scopes and rule["topic"] in RuleTopic.values, slug
        stages = [stage["stage"] for stage in data["aftercare"]]
        assert set(stages) <= set(AftercareStage.values) and len(stages) == len(set(stages))
        levels = {sign["level"] for stage in data["aftercare"] for sign in stage["signs"]}
        assert levels <= set(Level.values) and "normal" in levels, slug
