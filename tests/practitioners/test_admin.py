import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from practitioners.models import Practitioner
from tests.practitioners.factories import PLACES, PractitionerFactory, practitioner_at

pytestmark = pytest.mark.django_db
LISTING = "/admin/snippets/practitioners/practitioner/"


def listed_names(response):
    page = BeautifulSoup(response.content, "html.parser")
    return sorted(
        link.get_text(strip=True) for link in page.select("tbody td.title .title-wrapper a")
    )


def test_listing_filters_by_profession_status_and_treatment(admin_client, treatments):
    doctor = PractitionerFactory(name="Dr Filler", treatments=[treatments["lip-filler"]])
    PractitionerFactory(name="Nurse Peel", profession="nurse-prescriber", registration_body="NMC")
    PractitionerFactory(name="Waiting", status=Practitioner.Status.PENDING)
    assert admin_client.get(LISTING).status_code == 200
    assert listed_names(admin_client.get(LISTING, {"profession": "nurse-prescriber"})) == [
        "Nurse Peel"
    ]
    assert listed_names(admin_client.get(LISTING, {"status": "pending"})) == ["Waiting"]
    by_treatment = admin_client.get(LISTING, {"treatments": treatments["lip-filler"].pk})
    assert listed_names(by_treatment) == [doctor.name]
    assert listed_names(admin_client.get(LISTING, {"q": doctor.registration_number})) == [
        "Dr Filler"
    ]


def test_editor_adds_a_practitioner_with_inline_clinics(
    admin_client, postcode_table, treatments, django_capture_on_commit_callbacks
):
    data = nested_form_data(
        {
            "name": "Dr New Person",
            "slug": "",
            "profession": "doctor",
            "practising_since": "2015",
            "bio": "Bio.",
            "registration_body": "GMC",
            "registration_number": "7123456",
            "registration_checked_on": "2026-01-10",
            "website": "",
            "phone": "",
            "public_email": "",
            "status": "approved",
            "clinics": inline_formset(
                [
                    {
                        "name": "Smithfield rooms",
                        "address": "1 Long Lane\nLondon",
                        "postcode": "ec1a1bb",
                        "opening_notes": "",
                    }
                ],
                min=1,
            ),
        }
    )
    data["treatments"] = [treatments["lip-filler"].pk]  # a multiple choice: not nested
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(LISTING + "add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    practitioner = Practitioner.objects.get(slug="dr-new-person")
    clinic = practitioner.clinics.get()
    assert clinic.postcode == "EC1A 1BB"
    assert clinic.latitude == pytest.approx(PLACES["EC1A 1BB"][0])
    assert list(practitioner.treatments.all()) == [treatments["lip-filler"]]


def test_registration_checks_report_lists_old_and_missing_checks(admin_client):
    today = timezone.localdate()
    practitioner_at("SW1A 1AA", name="Checked recently", registration_checked_on=today)
    practitioner_at(
        "SW1A 1AA",
        name="Checked long ago",
        registration_checked_on=today - datetime.timedelta(days=400),
    )
    practitioner_at("SW1A 1AA", name="Never checked", registration_checked_on=None)
    practitioner_at("SW1A 1AA", name="Not registered", registration_body="", registration_number="")
    response = admin_client.get("/admin/reports/registration-checks/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Checked long ago" in text and "Never checked" in text
    assert "Checked recently" not in text and "Not registered" not in text
    export = admin_client.get("/admin/reports/registration-checks/", {"export": "csv"})
    assert b"Checked long ago" in b"".join(export.streaming_content)


def test_report_is_in_the_reports_menu(admin_client):
    assert b"/admin/reports/registration-checks/" in admin_client.get("/admin/").content
