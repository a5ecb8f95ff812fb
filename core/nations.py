"""The UK's four nations. Health and cosmetic-procedure law is devolved, so the rules a
reader lives under depend on which one they are in (England unless we know better)."""

from django.db import models


class Nation(models.TextChoices):
    ENGLAND = "england", "England"
    SCOTLAND = "scotland", "Scotland"
    WALES = "wales", "Wales"
    NORTHERN_IRELAND = "northern-ireland", "Northern Ireland"

    @classmethod
    def parse(cls, value):
        """The nation a query-string value names, or None for anything else."""
        try:
            return cls(str(value or "").strip().lower())
        except ValueError:
            return None

    @classmethod
    def from_country(cls, name):
        """The nation of a country name as the postcode data writes it ("Northern Ireland");
        None for the Channel Islands, the Isle of Man and anything unknown."""
        return {nation.label.lower(): nation for nation in cls}.get(str(name or "").lower())

    @property
    def field_name(self):
        """The name of a model's yes/no field for this nation ("northern_ireland")."""
        return self.value.replace("-", "_")


DEFAULT_NATION = Nation.ENGLAND
