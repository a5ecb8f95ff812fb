"""Image rendition specs that Python code prefetches or renders.

Templates ask for the same sizes (`fill-{400x225,800x450} format-webp` on cards); prefetching
these specs with the listing keeps a list of any length to a fixed number of queries.
"""

CARD = ("fill-400x225|format-webp", "fill-800x450|format-webp")
# The Video Hub's featured video and the player's poster. Listings prefetch these with the
# card sizes: a prefetched image looks only in what was prefetched, and would regenerate
# (and throw away) any size it lacks on every request.
VIDEO_HERO = ("fill-640x360|format-webp", "fill-1280x720|format-webp")
PORTRAIT = ("fill-120x120|format-webp", "fill-240x240|format-webp")
# Link previews (Open Graph) and JSON-LD images: JPEG for the widest support.
SOCIAL = "fill-1200x630|format-jpeg"
SOCIAL_SQUARE = "fill-400x400|format-jpeg"
