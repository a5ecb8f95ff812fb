from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Clinic
from .tasks import geocode_clinic


@receiver(post_save, sender=Clinic)
def geocode_when_postcode_changes(sender, instance, raw=False, **kwargs):
    if raw or not instance.needs_geocoding:
        return
    instance._saved_postcode = instance.postcode
    clinic_id = instance.pk
    # After commit, so a worker in another process can read the saved clinic.
    transaction.on_commit(lambda: geocode_clinic.enqueue(clinic_id))
