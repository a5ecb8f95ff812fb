import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from core import renditions
from core.models import SectionIndexPage, breadcrumb_list
from core.sites import absolute_url
from core.text import shorten

from . import geo, postcodes
from .choices import (
    PHYSICIAN_PROFESSIONS,
    PROFESSION_REGISTERS,
    REGISTER_SEARCH_URLS,
    Profession,
    RegistrationBody,
)
from .forms import DirectorySearchForm
from .postcodes import Postcode, format_postcode
from .querysets import (
    RESULTS_PER_PAGE,
    ClinicQuerySet,
    PractitionerQuerySet,
)

EARLIEST_PRACTISING_YEAR = 1950
# How old a registration check may be before the admin report lists it again.
REGISTRATION_CHECK_MAX_AGE = datetime.timedelta(days=365)


uk_phone = RegexValidator(
    r"^\+?[0-9 ()-]{10,20}$", "Enter a phone number of digits and spaces, e.g. 020 7946 0000."
)


class Practitioner(index.Indexed, ClusterableModel):
    """Someone who offers treatments, listed in the directory once approved."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for checks"
        APPROVED = "approved", "Approved: listed"
        HIDDEN = "hidden", "Not listed"

    name = models.CharField(
        max_length=120, help_text="As they like to be named, e.g. 'Dr Priya Shah'."
    )
    slug = models.SlugField(
        max_length=130,
        unique=True,
        blank=True,
        help_text="The end of the profile's address; made from the name when left blank.",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A square head-and-shoulders photo.",
    )
    profession = models.CharField(max_length=30, choices=Profession)
    registration_body = models.CharField(
        max_length=10, choices=RegistrationBody, blank=True, default=RegistrationBody.NONE
    )
    registration_number = models.CharField(
        max_length=20, blank=True, help_text="As shown on the register, e.g. GMC 7012345."
    )
    registration_checked_on = models.DateField(
        null=True,
        blank=True,
        help_text="When an editor last checked the register. Profiles show it; the "
        "'Registration checks due' report lists checks older than a year.",
    )
    practising_since = models.PositiveSmallIntegerField(
        "Practising since",
        help_text="The year they began practising; years of practice are worked out from it.",
    )
    bio = models.TextField(max_length=2000, blank=True, help_text="A few plain paragraphs.")
    treatments = models.ManyToManyField(
        "treatments.TreatmentPage",
        blank=True,
        related_name="practitioners",
        help_text="Treatments they offer; profiles link to these treatment pages.",
    )
    website = models.URLField(blank=True)
    phone = models.CharField(max_length=20, blank=True, validators=[uk_phone])
    public_email = models.EmailField(
        "Public e-mail",
        blank=True,
        help_text="Shown on the profile: only if the practitioner has asked for it.",
    )
    status = models.CharField(
        max_length=10,
        choices=Status,
        default=Status.PENDING,
        help_text="Only approved practitioners appear in the directory and search.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PractitionerQuerySet.as_manager()
    # Boxes other apps add to the profile (core/panels.py): how to report a problem.
    page_panels = ("practitioner_complaints",)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldPanel("profession"),
                FieldPanel("practising_since"),
                FieldPanel("photo"),
                FieldPanel("bio"),
                FieldPanel("treatments", widget=forms.CheckboxSelectMultiple),
            ],
            heading="About",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("registration_body"), FieldPanel("registration_number")]),
                FieldPanel("registration_checked_on"),
            ],
            heading="Registration",
        ),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("phone"), FieldPanel("public_email")],
            heading="Contact",
        ),
        InlinePanel(
            "clinics",
            heading="Clinics",
            label="Clinic",
            min_num=1,
            help_text="Where they practise. Map positions come from the postcode on saving.",
        ),
        FieldPanel("status"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("bio"),
        index.SearchField("get_profession_display"),
        index.RelatedFields("clinics", [index.SearchField("name"), index.SearchField("address")]),
        index.RelatedFields("treatments", [index.SearchField("title")]),
        index.FilterField("status"),
    ]

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["status", "practising_since"])]

    def __str__(self):
        return self.name

    def clean(self):
        this_year = timezone.localdate().year
        if self.practising_since is not None and not (
            EARLIEST_PRACTISING_YEAR <= self.practising_since <= this_year
        ):
            raise ValidationError(
                {
                    "practising_since": f"Enter a year between {EARLIEST_PRACTISING_YEAR} "
                    f"and {this_year}."
                }
            )
        required = PROFESSION_REGISTERS.get(self.profession)
        if required and self.registration_body != required:
            raise ValidationError(
                {
                    "registration_body": f"A {Profession(self.profession).label.lower()} must "
                    f"be on the {required.label.split(' (')[0]}: choose {required.value} and "
                    f"give their {required.value} number."
                }
            )
        if self.registration_body and not self.registration_number:
            raise ValidationError({"registration_number": "Enter the registration number."})

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def _unique_slug(self):
        base = slugify(self.name)[:120] or "practitioner"
        slug, number = base, 1
        while Practitioner.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug

    def get_absolute_url(self):
        return reverse("practitioners:profile", kwargs={"slug": self.slug})

    @property
    def years_practising(self):
        return max(0, timezone.localdate().year - self.practising_since)

    @property
    def register_search_url(self):
        return REGISTER_SEARCH_URLS.get(self.registration_body, "")

    @property
    def unplaced_postcodes(self):
        """Postcodes of clinics without a map position (prefetched by the admin report)."""
        clinics = getattr(self, "unplaced_clinics", None)
        if clinics is None:
            clinics = [clinic for clinic in self.clinics.all() if not clinic.has_location]
        return ", ".join(clinic.postcode for clinic in clinics)

    @property
    def registration_check_due(self):
        checked = self.registration_checked_on
        return checked is None or checked < timezone.localdate() - REGISTRATION_CHECK_MAX_AGE

    @cached_property
    def nearest_clinic(self):
        """The first clinic: nearest when listed with `for_listing(origin)`."""
        clinics = list(self.clinics.all())
        return clinics[0] if clinics else None

    def get_meta_description(self):
        summary = f"{self.name}, {self.get_profession_display().lower()}"
        if self.nearest_clinic:
            summary += f" at {self.nearest_clinic.name}, {self.nearest_clinic.postcode}"
        return shorten(f"{summary}. {self.bio}", 160)

    def schema_type(self):
        if self.profession in PHYSICIAN_PROFESSIONS:
            return "Physician"
        if self.profession == Profession.DENTIST:
            return "Dentist"
        return "MedicalBusiness"

    def map_data(self):
        """The clinics as the profile's map draws them."""
        points = [
            {
                "lat": clinic.latitude,
                "lng": clinic.longitude,
                "name": self.name,
                "clinic": clinic.name,
            }
            for clinic in self.clinics.all()
            if clinic.has_location
        ]
        return {"origin": None, "miles": None, "points": points}

    def get_structured_data(self, request, trail=()):
        """schema.org: the practice (with clinics and treatments), then the breadcrumbs."""
        return [self._schema_entity(request), *self._schema_breadcrumbs(request, trail)]

    def _schema_breadcrumbs(self, request, trail):
        if not trail:
            return []
        items = [(page.title, page.get_full_url(request)) for page in trail]
        return breadcrumb_list([*items, (self.name, absolute_url(self.get_absolute_url()))])

    def _schema_entity(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": self.schema_type(),
            "name": self.name,
            "url": absolute_url(self.get_absolute_url()),
            "description": self.get_meta_description(),
        }
        if self.photo:
            rendition = self.photo.get_rendition(renditions.SOCIAL_SQUARE)
            data["image"] = absolute_url(rendition.url)
        if self.phone:
            data["telephone"] = self.phone
        if self.public_email:
            data["email"] = self.public_email
        if self.website:
            data["sameAs"] = [self.website]
        if self.registration_body:
            data["identifier"] = {
                "@type": "PropertyValue",
                "propertyID": self.registration_body,
                "value": self.registration_number,
            }
        clinics = list(self.clinics.all())
        if clinics:
            data["address"] = clinics[0].postal_address()
            if clinics[0].has_location:
                data["geo"] = clinics[0].geo()
            data["location"] = [clinic.place() for clinic in clinics]
        treatments = list(self.treatments.all())
        if treatments:
            data["availableService"] = [
                {
                    "@type": "MedicalProcedure",
                    "name": treatment.title,
                    "url": treatment.get_full_url(request),
                }
                for treatment in treatments
            ]
        return data


class Clinic(Orderable):
    """A place where a practitioner sees clients."""

    practitioner = ParentalKey(Practitioner, on_delete=models.CASCADE, related_name="clinics")
    name = models.CharField(max_length=120)
    address = models.TextField(
        max_length=300, help_text="Street and town, one per line; the postcode goes below."
    )
    postcode = models.CharField(max_length=8, help_text="A full UK postcode, e.g. SW1A 1AA.")
    new_postcode = models.BooleanField(
        "this is a new postcode",
        default=False,
        help_text="Tick only if the postcode is right but too new for our postcode data. "
        "The clinic then has no map position and is missing from distance searches "
        "(see Reports › Clinics without a map position) until the data is updated.",
    )
    latitude = models.FloatField(null=True, blank=True, editable=False)
    longitude = models.FloatField(null=True, blank=True, editable=False)
    # The position on the unit sphere, kept by the database from latitude and longitude:
    # radius searches compare straight-line distances to it with arithmetic alone (geo.py).
    latitude_band = models.GeneratedField(
        expression=geo.LATITUDE_BAND, output_field=models.IntegerField(), db_persist=True
    )
    unit_x = models.GeneratedField(
        expression=geo.UNIT_X, output_field=models.FloatField(), db_persist=True
    )
    unit_y = models.GeneratedField(
        expression=geo.UNIT_Y, output_field=models.FloatField(), db_persist=True
    )
    unit_z = models.GeneratedField(
        expression=geo.UNIT_Z, output_field=models.FloatField(), db_persist=True
    )
    opening_notes = models.TextField(
        max_length=300,
        blank=True,
        help_text="e.g. 'Tuesdays and Saturdays; evenings by appointment'.",
    )

    objects = ClinicQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("postcode"),
        FieldPanel("new_postcode"),
        FieldPanel("opening_notes"),
    ]

    class Meta(Orderable.Meta):
        # The bounding box of a radius search is a few latitude bands and a longitude range
        # in each (see geo.py). On PostgreSQL the index also holds what the search reads:
        # an index-only scan.
        indexes = [
            models.Index(
                fields=["latitude_band", "longitude"],
                include=["latitude", "practitioner", "unit_x", "unit_y", "unit_z"],
                name="clinic_location",
            )
        ]

    def __str__(self):
        return f"{self.name}, {self.postcode}"

    @classmethod
    def from_db(cls, db, field_names, values):
        clinic = super().from_db(db, field_names, values)
        # Remembered so that saving geocodes again only when the postcode changed.
        clinic._saved_postcode = clinic.__dict__.get("postcode")
        return clinic

    def clean(self):
        tidy = format_postcode(self.postcode)
        if not tidy:
            raise ValidationError({"postcode": "Enter a full UK postcode, e.g. SW1A 1AA."})
        self.postcode = tidy
        if not self.new_postcode and Postcode.objects.exists() and postcodes.locate(tidy) is None:
            raise ValidationError(
                {
                    "postcode": f"{tidy} is not in our UK postcode data, so nobody could find "
                    "this clinic by distance. Check it; if it is right but brand new, tick "
                    "'this is a new postcode'."
                }
            )

    def save(self, *args, **kwargs):
        self.postcode = format_postcode(self.postcode) or self.postcode.strip().upper()
        super().save(*args, **kwargs)

    @property
    def needs_geocoding(self):
        """True for a new clinic without coordinates, or when the postcode changed."""
        if not hasattr(self, "_saved_postcode"):  # not loaded from the database
            return not self.has_location
        return self.postcode != self._saved_postcode or not self.has_location

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def address_lines(self):
        return [line.strip() for line in self.address.splitlines() if line.strip()]

    def postal_address(self):
        lines = self.address_lines
        return {
            "@type": "PostalAddress",
            "streetAddress": ", ".join(lines[:-1]) if len(lines) > 1 else ", ".join(lines),
            "addressLocality": lines[-1] if len(lines) > 1 else "",
            "postalCode": self.postcode,
            "addressCountry": "GB",
        }

    def geo(self):
        return {"@type": "GeoCoordinates", "latitude": self.latitude, "longitude": self.longitude}

    def place(self):
        place = {"@type": "Place", "name": self.name, "address": self.postal_address()}
        if self.has_location:
            place["geo"] = self.geo()
        return place


class DirectoryPage(SectionIndexPage):
    """Find a Practitioner: the directory searched by postcode, miles and experience."""

    subpage_types = []
    # Above the results: the rules where the searched place is, or for under-18s.
    page_panels = ("directory_rules",)

    class Meta:
        verbose_name = "practitioner directory"

    def search_form(self, request):
        """The search this request asks for, validated once: the page and the panels
        above its results (the rules where the reader searched) share it."""
        if getattr(self, "_search", (None, None))[0] is not request:
            self._search = (request, DirectorySearchForm(request.GET))
        return self._search[1]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.search_form(request)
        results = Paginator(Practitioner.objects.directory_search(form), RESULTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        context.update(
            form=form,
            location=form.location,
            results=results,
            map_data=map_data(form, results),
        )
        return context


def map_data(form, results):
    """What the directory map draws (printed with json_script, so user text is escaped)."""
    points = []
    for practitioner in results:
        clinic = practitioner.nearest_clinic
        if clinic is not None and clinic.has_location:
            points.append(
                {
                    "lat": clinic.latitude,
                    "lng": clinic.longitude,
                    "name": practitioner.name,
                    "clinic": clinic.name,
                    "url": practitioner.get_absolute_url(),
                }
            )
    location = form.location
    origin = location and {"lat": location.point.latitude, "lng": location.point.longitude}
    return {"origin": origin, "miles": form.chosen["miles"], "points": points}
