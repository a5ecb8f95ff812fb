def card_context(context, page, image, heading="h3", **extra):
    """What includes/card.html shows of a page: its link, title and picture."""
    return {
        "url": page.get_url(context.get("request")),
        "title": page.title,
        "image": image,
        "heading": heading,
        **extra,
    }
