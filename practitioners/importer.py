"""Bulk import of practitioners and their clinics from a CSV file (one clinic per row).

A practitioner is recognised again by their registration (body and number) or, without
one, by their name; a clinic by its practitioner, name and postcode. Re-running a file
therefore updates what it made before instead of adding duplicates. Several rows may
name the same practitioner to give them several clinics.
"""

import csv
from dataclasses import dataclass, field

from django import forms
from django.db import transaction
from django.utils.text import slugify

from treatments.models import TreatmentPage

from .models import Clinic, Practitioner, Profession, RegistrationBody
from .postcodes import format_postcode

COLUMNS = [
    "name",
    "profession",
    "practising_since",
    "registration_body",
    "registration_number",
    "registration_checked_on",
    "bio",
    "website",
    "phone",
    "public_email",
    "treatments",
    "status",
    "clinic_name",
    "clinic_address",
    "clinic_postcode",
    "opening_notes",
]
REQUIRED_COLUMNS = {"name", "profession", "practising_since", "clinic_name", "clinic_postcode"}


def _choice(value, choices):
    """A choice's value from its value or label, ignoring case, spaces and hyphens."""
    wanted = slugify(value or "")
    for choice_value, label in choices:
        if wanted in (slugify(choice_value), slugify(label)):
            return choice_value
    return value


class PractitionerRowForm(forms.ModelForm):
    """One CSV row: the practitioner's fields (model rules apply) and one clinic."""

    status = forms.ChoiceField(choices=Practitioner.Status.choices, required=False)
    treatments = forms.CharField(required=False)
    clinic_name = forms.CharField(max_length=120)
    clinic_address = forms.CharField(max_length=300, required=False)
    clinic_postcode = forms.CharField(max_length=20)
    opening_notes = forms.CharField(max_length=300, required=False)

    class Meta:
        model = Practitioner
        fields = [
            "name",
            "profession",
            "practising_since",
            "registration_body",
            "registration_number",
            "registration_checked_on",
            "bio",
            "website",
            "phone",
            "public_email",
        ]

    def __init__(self, data, **kwargs):
        data = {key: (value or "").strip() for key, value in data.items() if key}
        data["profession"] = _choice(data.get("profession"), Profession.choices)
        data["registration_body"] = _choice(data.get("registration_body"), RegistrationBody.choices)
        data["status"] = _choice(data.get("status"), Practitioner.Status.choices)
        # Addresses may be written on one line with "|" between the lines.
        data["clinic_address"] = data.get("clinic_address", "").replace("|", "\n")
        super().__init__(data, instance=self._existing(data), **kwargs)

    @staticmethod
    def _existing(data):
        if data.get("registration_body") and data.get("registration_number"):
            match = Practitioner.objects.filter(
                registration_body=data["registration_body"],
                registration_number__iexact=data["registration_number"],
            )
        else:
            match = Practitioner.objects.filter(
                name__iexact=data.get("name", ""), registration_body=""
            )
        return match.first()

    def clean_status(self):
        return self.cleaned_data["status"] or self.instance.status or Practitioner.Status.PENDING

    def clean_treatments(self):
        slugs = [slug.strip() for slug in self.cleaned_data["treatments"].split(";")]
        slugs = [slug for slug in slugs if slug]
        found = {page.slug: page for page in TreatmentPage.objects.filter(slug__in=slugs)}
        unknown = [slug for slug in slugs if slug not in found]
        if unknown:
            raise forms.ValidationError(f"Unknown treatment: {', '.join(unknown)}.")
        return list(found.values())

    def clean_clinic_postcode(self):
        postcode = format_postcode(self.cleaned_data["clinic_postcode"])
        if not postcode:
            raise forms.ValidationError("Not a full UK postcode.")
        return postcode

    @transaction.atomic
    def save(self):
        practitioner = super().save(commit=False)
        practitioner.status = self.cleaned_data["status"]
        practitioner.save()
        practitioner.treatments.add(*self.cleaned_data["treatments"])
        data = self.cleaned_data
        clinic = Clinic.objects.filter(
            practitioner=practitioner,
            name__iexact=data["clinic_name"],
            postcode=data["clinic_postcode"],
        ).first() or Clinic(practitioner=practitioner, sort_order=practitioner.clinics.count())
        clinic.name = data["clinic_name"]
        clinic.postcode = data["clinic_postcode"]
        clinic.address = data["clinic_address"]
        clinic.opening_notes = data["opening_notes"]
        clinic.save()
        return practitioner


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    errors: list = field(default_factory=list)  # (line number, message)


def read_rows(file):
    """(line number, row) pairs from an open CSV file; raises ValueError on bad headers."""
    reader = csv.DictReader(file)
    missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
    if missing:
        raise ValueError(f"Missing column(s): {', '.join(sorted(missing))}")
    for row in reader:
        yield reader.line_num, row


def import_row(line, row, report):
    """Validate and save one row, noting the outcome in `report`."""
    form = PractitionerRowForm(row)
    if not form.is_valid():
        reasons = [
            f"{name}: {' '.join(messages)}" if name != "__all__" else " ".join(messages)
            for name, messages in form.errors.items()
        ]
        report.errors.append((line, "; ".join(reasons)))
        return
    is_new = form.instance.pk is None
    form.save()
    if is_new:
        report.created += 1
    else:
        report.updated += 1
