"""The Tweakment Finder's vocabulary: the concerns and areas editors manage, and the fixed
scales every treatment is described by. Models here are part of the treatments app
(imported by models.py); the finder reads them without importing the page models.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.nations import Nation


class FinderOption(index.Indexed, models.Model):
    """A choice in the Tweakment Finder that editors manage (a concern or an area)."""

    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(
        max_length=60,
        unique=True,
        help_text="Used in finder addresses, e.g. /tweakments/?concern=pigmentation. "
        "Changing it breaks links people have shared.",
    )
    description = models.CharField(
        max_length=200, blank=True, help_text="One line for editors and screen readers."
    )
    sort_order = models.PositiveSmallIntegerField(
        default=100, help_text="Lower numbers come first in the finder; ties go A–Z."
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Concern(FinderOption):
    """What a reader wants to change: lines and wrinkles, pigmentation, redness…"""


class Area(FinderOption):
    """Where on the body a treatment is done: face, eyes, lips, neck, body…"""


class Downtime(models.IntegerChoices):
    """Ordered, so "at most a few days" is a simple comparison."""

    NONE = 0, "None"
    FEW_DAYS = 1, "A few days"
    WEEK_PLUS = 2, "A week or more"


class Pain(models.IntegerChoices):
    BARELY = 1, "1 – barely anything"
    MILD = 2, "2 – mild, a few pricks or some heat"
    MODERATE = 3, "3 – moderate, numbing cream helps"
    STRONG = 4, "4 – strong, numbing cream needed"
    SEVERE = 5, "5 – severe, numbing injections or sedation"


class RegulatoryStatus(models.TextChoices):
    PRESCRIPTION_ONLY = "prescription_only", "Prescription-only medicine"
    MEDICAL_DEVICE = "medical_device", "Regulated medical device"
    UNREGULATED = "unregulated", "Unregulated (licensing planned)"
    COSMETIC_PRODUCT = "cosmetic_product", "Cosmetic product or procedure"
    NOT_ALLOWED = "not_allowed", "Not allowed in cosmetics"


class RuleTopic(models.TextChoices):
    """What a treatment's rules where you live cover, in the order the page shows them."""

    WHO = "who", "Who may do it"
    PREMISES = "premises", "Where it may be done"
    AGE = "age", "Age limits"
    ADVERTISING = "advertising", "Advertising"


UK_WIDE = "uk"
RULE_SCOPES = [(UK_WIDE, "All UK nations"), *Nation.choices]
