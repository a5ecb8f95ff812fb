"""Image rendition specs that Python code renders, and fetching renditions in bulk.

Wagtail looks up each picture's renditions in a query of its own unless they were
prefetched. Listings select their pictures; a page then fetches the renditions of every
picture it shows in one query (`prefetch_renditions`).
"""

from django.db.models import prefetch_related_objects

# A card's picture at 1x and 2x ({% card_image %}).
CARD = ("fill-400x225|format-webp", "fill-800x450|format-webp")
PORTRAIT = ("fill-120x120|format-webp", "fill-240x240|format-webp")
# Link previews (Open Graph) and JSON-LD images: JPEG for the widest support.
SOCIAL = "fill-1200x630|format-jpeg"
SOCIAL_SQUARE = "fill-400x400|format-jpeg"
# A practitioner's profile: the photo at 1x and 2x, and its link-preview size.
PROFILE_PHOTO = ("fill-200x200|format-webp", "fill-400x400|format-webp", SOCIAL_SQUARE)


def prefetch_renditions(images):
    """The renditions of all these pictures in one query; None and pictures that have them
    already are skipped."""
    pending = [
        image
        for image in images
        if image is not None and "renditions" not in getattr(image, "_prefetched_objects_cache", {})
    ]
    if pending:
        prefetch_related_objects(pending, "renditions")
