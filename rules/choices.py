"""The tracker's vocabulary: where a rule is in its life, what it is about, and the kinds
of complaint route, in the order a reader should try them."""

from django.db import models

from practitioners.choices import RegistrationBody


class Stage(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    CONSULTATION = "consultation", "Consultation"
    PASSED = "passed", "Passed, not yet in force"
    IN_FORCE = "in-force", "In force"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Topic(models.TextChoices):
    LICENSING = "licensing", "Licensing: who may do it and where"
    AGE = "age", "Age limits"
    ADVERTISING = "advertising", "Advertising"
    SAFETY = "safety", "Product safety"
    REVIEW = "review", "Reviews and reports"


class RouteKind(models.IntegerChoices):
    """A complaint route's step: the guide lists them in this order."""

    PRACTITIONER = 1, "Talk to the practitioner"
    REGULATOR = 2, "Their professional regulator"
    VOLUNTARY_REGISTER = 3, "A register they belong to"
    PRODUCT = 4, "Report the product or side effect"
    TRADING_STANDARDS = 5, "Trading standards"
    PREMISES = 6, "The body that registers the clinic"
    URGENT_CARE = 7, "NHS care for urgent harm"


SAVE_FACE = "SaveFace"
# The registers a route can belong to: a practitioner's own (statutory or JCCP), or Save
# Face, which practitioners tell readers about themselves.
ROUTE_REGISTERS = [
    *((value, label) for value, label in RegistrationBody.choices if value),
    (SAVE_FACE, "Save Face (voluntary)"),
]
