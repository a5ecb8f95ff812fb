"""Places on shared pages that apps fill without editing the shell's templates.

An app registers a Wagtail hook named ``slot_<name>`` (for example ``slot_home`` or
``slot_footer``). The hook is called with the template context and returns a
``SlotItem`` or ``None``; ``{% render_slot "home" %}`` renders the items in order.
"""

from dataclasses import dataclass, field

from django.template.loader import render_to_string
from wagtail import hooks


@dataclass(frozen=True)
class SlotItem:
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


def render_slot(name, context):
    items = [item for fn in hooks.get_hooks(f"slot_{name}") if (item := fn(context))]
    items.sort(key=lambda item: item.order)
    request = context.get("request")
    shared = {"request": request, "page": context.get("page"), "settings": context.get("settings")}
    return "".join(
        render_to_string(item.template, {**shared, **item.context}, request=request)
        for item in items
    )
