import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from practitioners.geo import Point, bounding_box, miles_between
from practitioners.models import Clinic, Practitioner
from tests.practitioners.factories import (
    PLACES,
    ClinicFactory,
    PractitionerFactory,
    practitioner_at,
)

pytestmark = pytest.mark.django_db
THIS_YEAR = timezone.localdate().year


def origin(code):
    return Point(*PLACES[code][:2])


def test_years_practising_is_derived_from_the_starting_year():
    practitioner = PractitionerFactory(practising_since=THIS_YEAR - 12)
    assert practitioner.years_practising == 12


@pytest.mark.parametrize("year", [1900, THIS_YEAR + 1])
def test_starting_year_must_be_plausible(year):
    practitioner = PractitionerFactory.build(practising_since=year)
    with pytest.raises(ValidationError, match="practising_since"):
        practitioner.full_clean()


def test_registration_needs_a_number():
    practitioner = PractitionerFactory.build(registration_body="GMC", registration_number="")
    with pytest.raises(ValidationError, match="registration_number"):
        practitioner.full_clean()


def test_slugs_are_made_unique_from_the_name():
    first = PractitionerFactory(name="Dr Jo Bloggs")
    second = PractitionerFactory(name="Dr Jo Bloggs")
    assert (first.slug, second.slug) == ("dr-jo-bloggs", "dr-jo-bloggs-2")
    assert first.get_absolute_url() == "/practitioners/dr-jo-bloggs/"


def test_registration_check_due_after_a_year():
    today = timezone.localdate()
    fresh = PractitionerFactory(registration_checked_on=today - datetime.timedelta(days=30))
    stale = PractitionerFactory(registration_checked_on=today - datetime.timedelta(days=400))
    never = PractitionerFactory(registration_checked_on=None)
    assert not fresh.registration_check_due and stale.registration_check_due
    due = Practitioner.objects.registration_check_due(today - datetime.timedelta(days=365))
    assert set(due) == {stale, never}


def test_register_link_where_one_exists():
    assert PractitionerFactory(registration_body="GMC").register_search_url.startswith("https://")
    assert (
        PractitionerFactory(registration_body="", registration_number="").register_search_url == ""
    )


def test_clinic_postcode_is_tidied_and_validated():
    clinic = ClinicFactory.build(postcode="sw1a1aa", practitioner=PractitionerFactory())
    clinic.full_clean()
    assert clinic.postcode == "SW1A 1AA"
    clinic.postcode = "XYZ"
    with pytest.raises(ValidationError, match="postcode"):
        clinic.full_clean()


def test_new_clinic_is_geocoded_after_saving(postcode_table, django_capture_on_commit_callbacks):
    practitioner = PractitionerFactory()
    with django_capture_on_commit_callbacks(execute=True):
        clinic = Clinic.objects.create(
            practitioner=practitioner, name="Smithfield", address="1 Long Lane", postcode="ec1a1bb"
        )
    clinic.refresh_from_db()
    assert (clinic.latitude, clinic.longitude) == pytest.approx(PLACES["EC1A 1BB"][:2])


def test_changing_the_postcode_geocodes_again(postcode_table, django_capture_on_commit_callbacks):
    clinic = ClinicFactory(postcode="SW1A 1AA")
    clinic = Clinic.objects.get(pk=clinic.pk)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        clinic.name = "Renamed"
        clinic.save()
    # Same postcode: nothing to geocode (only the site's version is renewed).
    assert [callback.__name__ for callback in callbacks] == ["renew_now"]
    with django_capture_on_commit_callbacks(execute=True):
        clinic.postcode = "M2 4WU"
        clinic.save()
    clinic.refresh_from_db()
    assert clinic.latitude == pytest.approx(PLACES["M2 4WU"][0])
    with django_capture_on_commit_callbacks(execute=True):
        clinic.postcode = "ZZ9 9ZZ"  # well formed but unknown: off the map, not misplaced
        clinic.save()
    clinic.refresh_from_db()
    assert clinic.latitude is None and clinic.longitude is None


def test_within_miles_filters_and_orders_by_great_circle_distance():
    near = ClinicFactory(postcode="EC1A 1BB")
    further = ClinicFactory(postcode="SW4 7AA")
    ClinicFactory(postcode="M2 4WU")
    ClinicFactory(postcode="SW1A 1AA", latitude=None, longitude=None)
    found = list(Clinic.objects.within_miles(origin("SW1A 1AA"), 5))
    assert found == [near, further]
    expected = miles_between(origin("SW1A 1AA"), origin("EC1A 1BB"))
    assert found[0].distance == pytest.approx(expected, rel=1e-6)
    assert found[0].distance == pytest.approx(2.07, rel=0.01)


def test_database_distance_matches_over_long_distances():
    ClinicFactory(postcode="EH2 4AD")
    clinic = Clinic.objects.within_miles(origin("M2 4WU"), 200).get()
    assert clinic.distance == pytest.approx(
        miles_between(origin("M2 4WU"), origin("EH2 4AD")), rel=1e-6
    )


def test_the_corners_of_the_box_are_not_within_the_radius():
    # Smithfield is 1.6 miles north and 1.3 miles east of the palace (2.07 miles away):
    # inside the 1.9 mile box, outside the 1.9 mile circle.
    ClinicFactory(postcode="EC1A 1BB")
    assert Clinic.objects.filter(**bounding_box(origin("SW1A 1AA"), 1.9)).exists()
    assert not Clinic.objects.within_miles(origin("SW1A 1AA"), 1.9).exists()


def test_near_orders_practitioners_by_their_nearest_clinic():
    two_clinics = practitioner_at("M2 4WU", name="Two clinics")
    ClinicFactory(practitioner=two_clinics, postcode="W1G 9PF")
    close = practitioner_at("EC1A 1BB", name="Close")
    practitioner_at("EH2 4AD", name="Far away")
    hidden = practitioner_at("SW1A 1AA", name="Hidden", status=Practitioner.Status.HIDDEN)
    found = list(Practitioner.objects.listed().near(origin("SW1A 1AA"), 10))
    assert found == [two_clinics, close]
    assert found[0].distance == pytest.approx(
        miles_between(origin("SW1A 1AA"), origin("W1G 9PF")), rel=1e-6
    )
    assert hidden not in Practitioner.objects.listed()


@pytest.mark.parametrize("listed_clinics", [False, True], ids=["clinics tested", "listed clinics"])
def test_near_counts_and_pages_like_the_whole_list(listed_clinics):
    # Two practitioners sharing a clinic's postcode are equally near: name decides.
    for name in ["Dr Young", "Dr Adams"]:
        practitioner_at("W1G 9PF", name=name)
    practitioner_at("EC1A 1BB", name="Dr Close")
    practitioner_at("SW4 7AA", name="Dr Clapham", status=Practitioner.Status.HIDDEN)
    practitioner_at("SW4 7AA", name="Dr Waiting", status=Practitioner.Status.PENDING)
    clinics = Clinic.objects.listed() if listed_clinics else None
    results = Practitioner.objects.listed().near(origin("SW1A 1AA"), 10, clinics)
    everyone = list(results)
    assert [p.name for p in everyone] == ["Dr Adams", "Dr Young", "Dr Close"]
    assert results.count() == 3
    assert results[0:2] + results[2:10] == everyone
    assert results[3:4] == []
    with pytest.raises(TypeError):
        results[0]


def test_radius_search_follows_a_clinic_moved_by_update():
    # The geocoding task writes with update(): the database recomputes the unit-sphere
    # position the search compares.
    clinic = ClinicFactory(postcode="M2 4WU")
    assert not Clinic.objects.within_miles(origin("SW1A 1AA"), 5).exists()
    latitude, longitude = PLACES["EC1A 1BB"][:2]
    Clinic.objects.filter(pk=clinic.pk).update(latitude=latitude, longitude=longitude)
    assert list(Clinic.objects.within_miles(origin("SW1A 1AA"), 5)) == [clinic]


def test_the_radius_is_exact_at_its_edge():
    ClinicFactory(postcode="EC1A 1BB")
    miles = miles_between(origin("SW1A 1AA"), origin("EC1A 1BB"))
    assert Clinic.objects.within_miles(origin("SW1A 1AA"), miles * (1 + 1e-9)).exists()
    assert not Clinic.objects.within_miles(origin("SW1A 1AA"), miles * (1 - 1e-9)).exists()


def test_practising_for_at_least():
    veteran = PractitionerFactory(practising_since=THIS_YEAR - 20)
    PractitionerFactory(practising_since=THIS_YEAR - 2)
    assert list(Practitioner.objects.practising_for_at_least(5)) == [veteran]
    assert Practitioner.objects.practising_for_at_least(0).count() == 2


def test_schema_type_fits_the_profession():
    assert PractitionerFactory(profession="doctor").schema_type() == "Physician"
    assert PractitionerFactory(profession="dentist").schema_type() == "Dentist"
    assert PractitionerFactory(profession="nurse-prescriber").schema_type() == "MedicalBusiness"
