"""The tracker as open data: its entries as JSON at /uk-rules/json/ (the tracker's filters
apply there too). FIELDS documents every field; the JSON carries it, and the README and
the tracker page repeat it."""

from core.models import SiteSettings

LICENCE = {
    "name": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}

FIELDS = {
    "id": "A number that stays the same for an entry.",
    "title": "What the rule is.",
    "url": "The entry's page on this site.",
    "nations": "Where it applies: any of england, scotland, wales, northern-ireland.",
    "uk_wide": "true when it applies in all four nations.",
    "stage": "proposed, consultation, passed (not yet in force), in-force or withdrawn.",
    "topic": "licensing, age, advertising, safety or review.",
    "dates": "announced_on, consultation_opens, consultation_closes, passed_on and "
    "in_force_on, as YYYY-MM-DD, or null when not known or not applicable.",
    "treatments": "The treatment pages it affects: title and url.",
    "what_it_means": "What it means for a reader, in plain words.",
    "sources": "Where to check it: title, publisher, date (YYYY-MM-DD or null) and url.",
    "last_checked": "When an editor last checked it at its sources (YYYY-MM-DD).",
    "last_changed": "When the entry was last published (ISO 8601 date and time).",
}


def export(tracker, entries, request):
    site_name = SiteSettings.load(request_or_site=request).site_name
    return {
        "title": f"{site_name}: {tracker.title}",
        "url": tracker.get_full_url(request),
        "licence": {**LICENCE, "attribution": f"{site_name}, {tracker.title}"},
        "fields": FIELDS,
        "entries": [entry.as_data(request) for entry in entries],
    }
