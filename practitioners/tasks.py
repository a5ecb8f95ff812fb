"""Background work: placing clinics on the map from their postcodes."""

import logging

from django_tasks import task

from . import postcodes
from .models import Clinic

logger = logging.getLogger(__name__)


@task()
def geocode_clinic(clinic_id):
    """Set a clinic's latitude and longitude from its postcode (cleared if unknown)."""
    clinic = Clinic.objects.filter(pk=clinic_id).only("postcode").first()
    if clinic is None:
        return
    location = postcodes.locate(clinic.postcode)
    if location is None:
        logger.warning(
            "Clinic %s: postcode %s not found; not on the map", clinic_id, clinic.postcode
        )
        Clinic.objects.filter(pk=clinic_id).update(latitude=None, longitude=None)
        return
    # update() rather than save(): saving would ask for geocoding again.
    Clinic.objects.filter(pk=clinic_id).update(
        latitude=location.point.latitude, longitude=location.point.longitude
    )
