import io

import pytest
from django.core.management import CommandError, call_command

from practitioners.models import Clinic, Practitioner

pytestmark = pytest.mark.django_db

HEADER = (
    "name,profession,practising_since,registration_body,registration_number,"
    "treatments,status,clinic_name,clinic_address,clinic_postcode"
)
ROWS = [
    "Dr Ann Example,Doctor,2010,GMC,1234567,lip-filler;chemical-peels,approved,"
    "Long Lane Clinic,1 Long Lane|London,ec1a1bb",
    "Wizard,wizard,3000,,,nope,,Tower,,XYZ",
    "Dr Ann Example,doctor,2010,gmc,1234567,,,Manchester Rooms,1 King Street|Manchester,M2 4WU",
    "Jo Blogs,Aesthetic practitioner,2019,,,,,Jo's Skin,2 High Street|London,SW4 7AA",
    "Dr No Number,doctor,2001,GMC,,,,Somewhere,1 Road,SW1A 1AA",
]
CSV = "\n".join([HEADER, *ROWS, ""])


def run(tmp_path, text=CSV):
    path = tmp_path / "practitioners.csv"
    path.write_text(text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    call_command("import_practitioners", str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_reports_bad_rows_and_imports_the_rest(
    tmp_path, postcode_table, treatments, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        out, err = run(tmp_path)
    assert "2 new, 1 updated, 2 rows skipped." in out
    lines = err.splitlines()
    assert lines[0].startswith("Line 3: ")
    assert "profession: Select a valid choice" in lines[0]
    assert "Unknown treatment: nope" in lines[0]
    assert "clinic_postcode: Not a full UK postcode" in lines[0]
    assert "practising_since: Enter a year between 1950" in lines[0]
    assert lines[1].startswith("Line 6: registration_number: Enter the registration number")
    ann = Practitioner.objects.get(registration_number="1234567")
    assert ann.status == "approved"
    assert sorted(ann.treatments.values_list("slug", flat=True)) == ["chemical-peels", "lip-filler"]
    assert list(ann.clinics.values_list("postcode", flat=True)) == ["EC1A 1BB", "M2 4WU"]
    assert ann.clinics.get(postcode="EC1A 1BB").address == "1 Long Lane\nLondon"
    assert all(clinic.latitude is not None for clinic in Clinic.objects.all())
    assert Practitioner.objects.get(name="Jo Blogs").status == "pending"


def test_re_running_adds_no_duplicates(tmp_path, postcode_table, treatments):
    run(tmp_path)
    out, _ = run(tmp_path)
    assert "0 new, 3 updated, 2 rows skipped." in out
    assert Practitioner.objects.count() == 2
    assert Clinic.objects.count() == 3


def test_missing_columns_stop_the_import(tmp_path):
    with pytest.raises(CommandError, match="Missing column"):
        run(tmp_path, "name,profession\nDr X,doctor\n")
    with pytest.raises(CommandError, match="Cannot import"):
        call_command("import_practitioners", str(tmp_path / "missing.csv"))
