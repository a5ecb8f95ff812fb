import factory
import wagtail_factories

from practitioners.models import Clinic, DirectoryPage, Postcode, Practitioner

# Real positions from the postcodinator data, with their Ordnance Survey grid references
# (easting, northing in metres) for checking distances independently.
PLACES = {
    "SW1A 1AA": (51.501009, -0.141588, 529090, 179645),  # Buckingham Palace
    "EC1A 1BB": (51.524565, -0.112042, 531073, 182317),  # Smithfield
    "W1G 9PF": (51.517390, -0.146010, None, None),  # Harley Street
    "SW4 7AA": (51.461550, -0.137840, None, None),  # Clapham
    "TW9 1HP": (51.461460, -0.304140, None, None),  # Richmond
    "M2 4WU": (53.480597, -2.242934, 383975, 398234),  # Manchester
    "EH2 4AD": (55.951049, -3.204297, 324894, 673768),  # Edinburgh
    "CF10 1EP": (51.47576, -3.17922, None, None),  # Cardiff
}
# The nation each place is in, as the postcode data's country column gives it.
NATIONS = {"EH2 4AD": "scotland", "CF10 1EP": "wales"}


def add_postcodes(*codes):
    """Postcode rows for these full postcodes, plus their districts at the same place."""
    rows = []
    for code in codes or PLACES:
        lat, lng = PLACES[code][:2]
        place = {"latitude": lat, "longitude": lng, "nation": NATIONS.get(code, "england")}
        rows.append(Postcode(code=code, kind="unit", **place))
        rows.append(Postcode(code=code.split()[0], kind="district", **place))
    Postcode.objects.bulk_create(rows, ignore_conflicts=True)


class DirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Find a Practitioner"
    slug = "find-a-practitioner"
    introduction = "Practitioners across the UK."

    class Meta:
        model = DirectoryPage


class PractitionerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Dr Person {n}")
    profession = "doctor"
    registration_body = "GMC"
    registration_number = factory.Sequence(lambda n: f"{7000000 + n}")
    practising_since = 2010
    bio = "Careful, natural-looking results."
    status = Practitioner.Status.APPROVED

    class Meta:
        model = Practitioner
        skip_postgeneration_save = True

    @factory.post_generation
    def treatments(practitioner, create, extracted, **kwargs):
        if extracted:
            practitioner.treatments.set(extracted)


class ClinicFactory(factory.django.DjangoModelFactory):
    practitioner = factory.SubFactory(PractitionerFactory)
    name = factory.Sequence(lambda n: f"Clinic {n}")
    address = "1 High Street\nLondon"
    postcode = "SW1A 1AA"
    latitude = factory.LazyAttribute(lambda clinic: PLACES.get(clinic.postcode, [None])[0])
    longitude = factory.LazyAttribute(lambda clinic: PLACES.get(clinic.postcode, [None, None])[1])

    class Meta:
        model = Clinic


def practitioner_at(postcode, **fields):
    practitioner = PractitionerFactory(**fields)
    ClinicFactory(practitioner=practitioner, postcode=postcode)
    return practitioner
