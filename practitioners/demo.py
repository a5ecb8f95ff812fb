"""Demo directory and practitioners for `manage.py seed_demo`."""

import datetime
import zlib

from django.utils import timezone
from django.utils.text import slugify
from wagtail import hooks

from home.models import HomePage
from treatments.models import TreatmentPage
from tweakments.demo import add_menu_link, draw_portrait, save_image, upsert_child_page

from . import demo_data
from .models import Clinic, DirectoryPage, Practitioner

PROFESSION_PARAGRAPHS = {
    "doctor": (
        "Every treatment starts with a medical history and a frank talk about what is realistic."
    ),
    "dermatologist": (
        "As a skin specialist, they diagnose the problem before suggesting any treatment."
    ),
    "plastic-surgeon": (
        "They will tell you honestly when surgery, or nothing at all, would serve you better."
    ),
    "dentist": (
        "Dentists know the anatomy of the lower face in detail, from the jaw muscles to the lips."
    ),
    "nurse-prescriber": (
        "As an independent prescriber, they assess you in person before any prescription medicine."
    ),
    "nurse": "Treatments are skin-focused and need no prescription medicines.",
    "pharmacist-prescriber": (
        "As a prescriber, they carry out a face-to-face assessment before any prescription."
    ),
    "aesthetic-practitioner": (
        "They offer skin treatments that need no prescription and refer on when needed."
    ),
}


def seed_directory():
    data = demo_data.DIRECTORY
    directory = upsert_child_page(
        HomePage.objects.get(),
        DirectoryPage,
        data["slug"],
        title=data["title"],
        introduction=data["introduction"],
        search_description=data["search_description"],
    )
    add_menu_link(directory)


def _number(name, digits):
    """A stable made-up number for a fictional person."""
    return str(zlib.crc32(name.encode()) % 10**digits).zfill(digits)


def _registration(name, profession):
    body, prefix, _ = demo_data.PROFESSIONS[profession]
    if body == "NMC":
        code = _number(name, 6)
        return body, f"{code[:2]}A{code[2:]}E"
    return body, prefix + _number(name, 6 if body == "GDC" else 7)


def _phone(index, town):
    # Ofcom's numbers reserved for drama: never a real line.
    if town == "London":
        return f"020 7946 0{index:03d}"
    return f"01632 960{index:03d}"


def seed_practitioners():
    today = timezone.localdate()
    offered = {page.slug: page for page in TreatmentPage.objects.all()}
    for index, entry in enumerate(demo_data.PRACTITIONERS):
        name, profession, since, clinic_name, places, treatments, sentence = entry
        slug = slugify(name)
        main_town = demo_data.PLACES[places[0]][3]
        _, _, introduced_as = demo_data.PROFESSIONS[profession]
        body, number = _registration(name, profession)
        colour = demo_data.COLOURS[index % len(demo_data.COLOURS)]
        photo = save_image(f"Practitioner portrait: {name}", draw_portrait(name, colour))
        domain = slugify(clinic_name).replace("-", "")
        practitioner, _ = Practitioner.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "profession": profession,
                "practising_since": since,
                "registration_body": body,
                "registration_number": number,
                # Spread over 500 days so the 'checks due' report has a few to show.
                "registration_checked_on": today - datetime.timedelta(days=(index * 37) % 500),
                "photo": photo,
                "bio": (
                    f"{name} is {introduced_as} who has practised since {since}, seeing "
                    f"clients at {clinic_name} in {main_town}. {sentence}\n\n"
                    f"{PROFESSION_PARAGRAPHS[profession]}"
                ),
                "website": f"https://www.{domain}.example/",
                "phone": _phone(index, main_town),
                "public_email": f"hello@{domain}.example" if index % 3 else "",
                "status": Practitioner.Status.PENDING
                if index in (17, 42)
                else Practitioner.Status.APPROVED,
            },
        )
        for order, key in enumerate(places):
            postcode, latitude, longitude, town, street = demo_data.PLACES[key]
            Clinic.objects.update_or_create(
                practitioner=practitioner,
                sort_order=order,
                defaults={
                    "name": clinic_name if order == 0 else f"{clinic_name} {town}",
                    "address": f"{10 + index % 80} {street}\n{town}",
                    "postcode": postcode,
                    "latitude": latitude,
                    "longitude": longitude,
                    "opening_notes": "Tuesday to Saturday, by appointment"
                    if order == 0
                    else "One or two days a month; ask the main clinic for dates",
                },
            )
        practitioner.clinics.filter(sort_order__gte=len(places)).delete()
        practitioner.treatments.set([offered[slug] for slug in treatments if slug in offered])


@hooks.register("seed_demo_steps", order=50)
def practitioner_steps():
    return [("Find a Practitioner page", seed_directory), ("Practitioners", seed_practitioners)]
