"""The Find a Practitioner page and fictional practitioners at real town-centre postcodes
(content in `demo/content/practitioners/`)."""

import datetime
import zlib

from django.utils import timezone
from django.utils.text import slugify

from practitioners.models import Clinic, DirectoryPage, Practitioner
from treatments.models import TreatmentPage

from . import content
from .pages import add_menu_link, upsert_index_page
from .pictures import draw_portrait, initials_of, save_image
from .shell import home_page

SECTION = "practitioners"
# Listed in the demo data but waiting for an editor's approval.
PENDING = (17, 42)


def seed_directory():
    directory = upsert_index_page(home_page(), DirectoryPage, content.load(SECTION, "index"))
    add_menu_link(directory)


def _number(name, digits):
    """A stable made-up number for a fictional person."""
    return str(zlib.crc32(name.encode()) % 10**digits).zfill(digits)


def _registration(name, profession):
    register = profession["register"]
    if register == "NMC":
        code = _number(name, 6)
        return register, f"{code[:2]}A{code[2:]}E"
    return register, profession["number_prefix"] + _number(name, 6 if register == "GDC" else 7)


def _phone(index, town):
    # Ofcom's numbers reserved for drama: never a real line.
    if town == "London":
        return f"020 7946 0{index:03d}"
    return f"01632 960{index:03d}"


def seed_practitioners():
    places = content.load(SECTION, "places")
    professions = content.load(SECTION, "professions")
    data = content.load(SECTION, "practitioners")
    colours = data["portrait_colours"]
    today = timezone.localdate()
    offered = {page.slug: page for page in TreatmentPage.objects.all()}
    for index, item in enumerate(data["practitioners"]):
        name, since, clinic_name = item["name"], item["practising_since"], item["clinic"]
        profession = professions[item["profession"]]
        main_town = places[item["places"][0]]["town"]
        register, number = _registration(name, profession)
        photo = save_image(
            f"Practitioner portrait: {name}",
            draw_portrait(colours[index % len(colours)], initials=initials_of(name)),
        )
        domain = slugify(clinic_name).replace("-", "")
        practitioner, _ = Practitioner.objects.update_or_create(
            slug=slugify(name),
            defaults={
                "name": name,
                "profession": item["profession"],
                "practising_since": since,
                "registration_body": register,
                "registration_number": number,
                # Spread over 500 days so the 'checks due' report has a few to show.
                "registration_checked_on": today - datetime.timedelta(days=(index * 37) % 500),
                "photo": photo,
                "bio": (
                    f"{name} is {profession['introduced_as']} who has practised since {since}, "
                    f"seeing clients at {clinic_name} in {main_town}. {item['about']}\n\n"
                    f"{profession['paragraph']}"
                ),
                "website": f"https://www.{domain}.example/",
                "phone": _phone(index, main_town),
                "public_email": f"hello@{domain}.example" if index % 3 else "",
                "status": Practitioner.Status.PENDING
                if index in PENDING
                else Practitioner.Status.APPROVED,
            },
        )
        for order, key in enumerate(item["places"]):
            place = places[key]
            Clinic.objects.update_or_create(
                practitioner=practitioner,
                sort_order=order,
                defaults={
                    "name": clinic_name if order == 0 else f"{clinic_name} {place['town']}",
                    "address": f"{10 + index % 80} {place['street']}\n{place['town']}",
                    "postcode": place["postcode"],
                    "latitude": place["latitude"],
                    "longitude": place["longitude"],
                    "opening_notes": "Tuesday to Saturday, by appointment"
                    if order == 0
                    else "One or two days a month; ask the main clinic for dates",
                },
            )
        practitioner.clinics.filter(sort_order__gte=len(item["places"])).delete()
        practitioner.treatments.set(
            [offered[slug] for slug in item["treatments"] if slug in offered]
        )


STEPS = [("Find a Practitioner page", seed_directory), ("Practitioners", seed_practitioners)]
