"""Creating demo pages the way an editor would, so that re-running updates them.

Every helper finds what it made last time (by slug) and updates it, which keeps
`seed_demo` free of duplicates.
"""

from core.models import SiteSettings


def upsert_child_page(parent, page_class, slug, tags=None, **fields):
    """Create or update a live child page of `parent`, validated like the editor does."""
    page = page_class.objects.child_of(parent).filter(slug=slug).first()
    is_new = page is None
    if is_new:
        page = page_class(slug=slug)
    for name, value in fields.items():
        setattr(page, name, value)
    if tags is not None:
        page.tags.set(tags)
    if is_new:
        page.full_clean(exclude=["path", "depth"])
        parent.add_child(instance=page)
    else:
        page.full_clean()
        page.save()
    page.save_revision().publish()
    return page


def upsert_index_page(parent, page_class, data):
    """A section's index page from its `index.toml` (slug, title, introduction,
    search_description)."""
    return upsert_child_page(
        parent,
        page_class,
        data["slug"],
        title=data["title"],
        introduction=data["introduction"],
        search_description=data["search_description"],
    )


def add_menu_link(page, position=None, label=""):
    """Put a page in the header menu once, at `position` (the end if None), named `label`
    (the page's title if blank)."""
    navigation = SiteSettings.load()
    linked = [block.value.get("page") for block in navigation.main_menu]
    if any(linked_page and linked_page.pk == page.pk for linked_page in linked):
        return
    raw = [
        {"type": "link", "value": block.block.get_prep_value(block.value)}
        for block in navigation.main_menu
    ]
    link = {"type": "link", "value": {"page": page.pk, "external_url": "", "label": label}}
    raw.insert(len(raw) if position is None else position, link)
    navigation.main_menu = raw
    navigation.save()


def stream_data(blocks, convert=None):
    """StreamField data from content blocks: tables with a `type` and the block's fields.

    A heading (`text`) becomes an h2 and a paragraph is its `text`; other blocks keep their
    fields as they are, unless `convert` maps their type to a function of those fields
    (e.g. to turn an expert's key into a primary key).
    """
    convert = convert or {}
    data = []
    for block in blocks:
        kind = block["type"]
        fields = {name: value for name, value in block.items() if name != "type"}
        if kind == "heading":
            value = {"text": fields["text"], "level": "h2"}
        elif kind == "paragraph":
            value = fields["text"]
        else:
            value = convert.get(kind, dict)(fields)
        data.append({"type": kind, "value": value})
    return data
