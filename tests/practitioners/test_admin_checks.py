"""Editors can't save a clinic nobody could find, or a profession on the wrong register."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from practitioners.models import Clinic, Practitioner
from tests.practitioners.factories import ClinicFactory, PractitionerFactory

pytestmark = pytest.mark.django_db
ADD = "/admin/snippets/practitioners/practitioner/add/"
REPORT = "/admin/reports/unplaced-clinics/"


def practitioner_data(postcode, new_postcode="", **fields):
    return nested_form_data(
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
                        "name": "Rooms",
                        "address": "1 Long Lane\nLondon",
                        "postcode": postcode,
                        "new_postcode": new_postcode,
                        "opening_notes": "",
                    }
                ],
                min=1,
            ),
            **fields,
        }
    )


def errors(response):
    page = BeautifulSoup(response.content, "html.parser")
    return " ".join(page.select_one("main").get_text(" ").split())


def test_a_postcode_missing_from_the_postcode_data_is_refused(admin_client, postcode_table):
    response = admin_client.post(ADD, practitioner_data("ZZ1 1ZZ"))
    assert response.status_code == 200
    assert "ZZ1 1ZZ is not in our UK postcode data" in errors(response)
    assert not Practitioner.objects.exists()


def test_an_editor_can_vouch_for_a_brand_new_postcode_and_it_is_reported(
    admin_client, postcode_table, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(ADD, practitioner_data("ZZ1 1ZZ", new_postcode="on"))
    assert response.status_code == 302
    clinic = Clinic.objects.get()
    assert clinic.new_postcode and not clinic.has_location

    ClinicFactory(practitioner=PractitionerFactory(name="Dr Placed"))  # has a position
    report = admin_client.get(REPORT)
    assert report.status_code == 200
    rows = [
        " ".join(row.get_text(" ").split())
        for row in BeautifulSoup(report.content, "html.parser").select("tbody tr")
    ]
    assert len(rows) == 1 and "Dr New Person" in rows[0] and "ZZ1 1ZZ" in rows[0]
    export = admin_client.get(REPORT, {"export": "csv"})
    assert b"ZZ1 1ZZ" in b"".join(export.streaming_content)
    assert REPORT.encode() in admin_client.get("/admin/").content


def test_a_known_postcode_saves_without_ticking_anything(admin_client, postcode_table):
    assert admin_client.post(ADD, practitioner_data("EC1A 1BB")).status_code == 302


@pytest.mark.parametrize(
    ("profession", "register", "allowed"),
    [
        ("doctor", "GDC", False),
        ("doctor", "", False),
        ("doctor", "GMC", True),
        ("dentist", "GMC", False),
        ("dentist", "GDC", True),
        ("nurse-prescriber", "NMC", True),
        ("nurse-prescriber", "GPhC", False),
        ("pharmacist-prescriber", "GPhC", True),
        ("aesthetic-practitioner", "JCCP", True),
        ("aesthetic-practitioner", "", True),
    ],
)
def test_profession_and_register_must_match(profession, register, allowed):
    practitioner = PractitionerFactory.build(
        profession=profession, registration_body=register, registration_number="1234567"
    )
    if allowed:
        practitioner.clean()
        return
    with pytest.raises(ValidationError) as error:
        practitioner.clean()
    assert "registration_body" in error.value.message_dict


def test_the_admin_refuses_a_doctor_with_only_a_gdc_number(admin_client, postcode_table):
    data = practitioner_data("EC1A 1BB", registration_body="GDC")
    response = admin_client.post(ADD, data)
    assert response.status_code == 200
    assert "A doctor must be on the General Medical Council: choose GMC" in errors(response)
