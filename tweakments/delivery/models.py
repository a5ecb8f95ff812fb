from django.db import models
from django.db.models import F


class SiteVersion(models.Model):
    """One row: a number renewed whenever anything a public page shows changes."""

    number = models.PositiveBigIntegerField(default=1)

    def __str__(self):
        return f"Site version {self.number}"

    @classmethod
    def current(cls):
        return cls.objects.values_list("number", flat=True).first() or 0

    @classmethod
    def renew(cls):
        """The next number; the row is made by the migration (again here if a test's flush
        deleted it)."""
        if not cls.objects.filter(pk=1).update(number=F("number") + 1):
            cls.objects.get_or_create(pk=1, defaults={"number": 2})
        return cls.current()
