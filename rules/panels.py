"""What the rules app adds to other apps' pages (see core/panels.py): the rules box on
treatment pages, the rules where a directory search is (or the law for under-18s), and
how to report a problem with a practitioner."""

from dataclasses import dataclass

from core.nations import DEFAULT_NATION, Nation
from core.panels import PagePanel, register_page_panel
from practitioners import postcodes

from .choices import Stage, Topic
from .models import ComplaintRoute, ComplaintsGuidePage, RuleEntryPage, RulesTrackerPage

# What still matters to someone booking: rules in force or about to be.
CURRENT = (Stage.IN_FORCE, Stage.PASSED)


@dataclass
class NationRules:
    nation: Nation
    facts: list
    entries: list
    selected: bool


@register_page_panel("treatment_rules")
def treatment_rules(treatment, request):
    """Every nation's rules for the treatment, with the tracker's entries that affect it
    there; the reader's nation (?nation=, England by default) is the one shown first."""
    chosen = Nation.parse(request.GET.get("nation")) or DEFAULT_NATION
    entries = RuleEntryPage.objects.published().with_timeline_date().affecting(treatment)
    entries = list(entries.for_links())
    nations = [
        NationRules(
            nation,
            treatment.rules_for(nation),
            [entry for entry in entries if entry.covers(nation)],
            nation == chosen,
        )
        for nation in Nation
    ]
    return PagePanel(
        "rules/includes/treatment_rules_box.html",
        {
            "treatment": treatment,
            "nations": nations,
            "chosen": chosen,
            "tracker": RulesTrackerPage.find(request),
            "guide": ComplaintsGuidePage.find(request),
        },
    )


@register_page_panel("directory_rules")
def directory_rules(directory, request):
    """For a search in Scotland, Wales or Northern Ireland, the rules that apply there;
    for a reader under 18, the age limits (the directory lists no one to book)."""
    form = directory.search_form(request)
    nation = form.location.nation if form.location else nation_of_typed(form)
    under_18 = form.chosen["under18"]
    if not under_18 and nation in (None, DEFAULT_NATION):
        return None
    entries = RuleEntryPage.objects.published().with_timeline_date().filter(stage__in=CURRENT)
    if nation is not None:
        entries = entries.in_nation(nation)
    if under_18:
        entries = entries.about(Topic.AGE)
    else:
        entries = [entry for entry in entries if not entry.uk_wide]
    return PagePanel(
        "rules/includes/directory_rules.html",
        {
            "nation": nation,
            "under_18": under_18,
            "entries": list(entries),
            "tracker": RulesTrackerPage.find(request),
        },
    )


def nation_of_typed(form):
    """Northern Ireland for a BT postcode the directory can't place (its data has none)."""
    typed = postcodes.normalise(form.data.get("postcode"))
    return Nation.NORTHERN_IRELAND if postcodes.NORTHERN_IRELAND.match(typed) else None


@register_page_panel("practitioner_complaints")
def practitioner_complaints(practitioner, request):
    """The complaint routes open to this practitioner's clients: their register's, and
    the clinic bodies of the nations their clinics are in."""
    return PagePanel(
        "rules/includes/practitioner_complaints.html",
        {
            "practitioner": practitioner,
            "routes": list(ComplaintRoute.objects.for_practitioner(practitioner)),
            "guide": ComplaintsGuidePage.find(request),
        },
    )
