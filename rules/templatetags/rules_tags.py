from django import template

register = template.Library()


@register.inclusion_tag("rules/includes/entry_summary.html", takes_context=True)
def rule_entry(context, entry, show_treatments=False, words=45):
    """A tracker entry as the timeline shows it, wherever entries are listed: what it
    means cut to `words`, and the treatments it affects if asked (they are prefetched)."""
    return {
        "entry": entry,
        "show_treatments": show_treatments,
        "words": words,
        "request": context.get("request"),
    }
