"""The UK rules tracker, its entries, "Something went wrong?" with its complaint routes,
and the rules where you live and aftercare of the most common treatments (content in
`demo/content/rules/`). Runs after the treatments, which the entries and rules describe."""

from functools import partial

from core.nations import Nation
from rules.models import (
    DATE_FIELDS,
    ComplaintRoute,
    ComplaintsGuidePage,
    RuleEntryPage,
    RulesTrackerPage,
)
from treatments.models import TreatmentPage

from . import content
from .pages import add_menu_link, upsert_child_page, upsert_index_page
from .shell import home_page

SECTION = "rules"


def seed_tracker():
    tracker = upsert_index_page(home_page(), RulesTrackerPage, content.load(SECTION, "tracker"))
    add_menu_link(tracker, label="UK rules")


def seed_entry(data):
    covered = {Nation(value) for value in data["nations"]}
    upsert_child_page(
        RulesTrackerPage.objects.get(),
        RuleEntryPage,
        data["slug"],
        title=data["title"],
        stage=data["stage"],
        topic=data["topic"],
        what_it_means=data["what_it_means"],
        last_checked=data["last_checked"],
        search_description=data["what_it_means"][:160],
        sources=[{"type": "source", "value": source} for source in data["sources"]],
        treatments=list(TreatmentPage.objects.filter(slug__in=data["treatments"])),
        **{nation.field_name: nation in covered for nation in Nation},
        **{name: data.get(name) for name in DATE_FIELDS},
    )


def seed_guide():
    guide = upsert_index_page(home_page(), ComplaintsGuidePage, content.load(SECTION, "guide"))
    add_menu_link(guide)


def seed_routes():
    for route in content.load(SECTION, "routes")["routes"]:
        ComplaintRoute.objects.update_or_create(
            name=route["name"],
            defaults={
                "kind": route["kind"],
                "register": route.get("register", ""),
                "nation": route.get("nation", ""),
                "when_to_use": route["when_to_use"],
                "how": route.get("how", ""),
                "url": route["url"],
                "last_checked": route["last_checked"],
                "sort_order": route.get("sort_order", 100),
            },
        )


def seed_treatment_rules():
    """Each treatment's rules where you live and aftercare, published as a new revision so
    the editor shows them."""
    for slug, data in content.load(SECTION, "treatments").items():
        page = TreatmentPage.objects.filter(slug=slug).first()
        if page is None:
            continue
        page.nation_rules = [{"type": "rule", "value": rule} for rule in data["rules"]]
        page.aftercare = [{"type": "stage", "value": stage} for stage in data["aftercare"]]
        page.rules_checked_on = data["rules_checked_on"]
        page.full_clean()
        page.save_revision().publish()


STEPS = [
    ("UK rules tracker", seed_tracker),
    *[
        (f"UK rule: {data['slug']}", partial(seed_entry, data))
        for data in content.load(SECTION, "entries")["entries"]
    ],
    ("Something went wrong? page", seed_guide),
    ("Complaint routes", seed_routes),
    ("Treatments' rules where you live and aftercare", seed_treatment_rules),
]
