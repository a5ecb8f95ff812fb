import math

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property

from treatments.models import TreatmentPage

from . import postcodes, towns
from .choices import Profession

# The distances a reader can search within: fine steps near home, coarse ones further out,
# so each is easy to set on a phone's slider.
MILE_STEPS = (1, 3, 5, 10, 25, 50, 100)
MILES = {"min": MILE_STEPS[0], "max": MILE_STEPS[-1], "default": 10}
YEARS = {"min": 0, "max": 40, "default": 0}
# The distances offered by compact search boxes.
QUICK_SEARCH_MILES = MILE_STEPS[1:]
QUICK_SEARCH_YEARS = (0, 5, 10, 15, 20)


def quick_search_context(directory, treatment=None):
    """What the compact "Find a Practitioner" box shows: postcode, miles and years."""
    return {
        "directory": directory,
        "treatment": treatment,
        "distances": QUICK_SEARCH_MILES,
        "default_miles": MILES["default"],
        "year_options": QUICK_SEARCH_YEARS,
    }


class ClampedIntegerField(forms.IntegerField):
    """A whole number kept within [min_value, max_value]: never an error.

    A slider's value can be typed into the address bar as anything. Out-of-range numbers
    are clamped ('-5' -> 1, '1e9' -> 100) and junk ('abc', 'nan') becomes the default,
    so the search still runs with a sensible filter.
    """

    def __init__(self, *, default, **kwargs):
        self.default = default
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value):
        try:
            number = float(str(value).strip())
        except (TypeError, ValueError):
            return self.default
        if not math.isfinite(number):
            return self.default
        return max(self.min_value, min(self.max_value, round(number)))


class SteppedIntegerField(ClampedIntegerField):
    """One of a few allowed whole numbers (`steps`, ascending): never an error.

    Any other number in range goes up to the next step ('7' -> 10), so a search covers at
    least what was asked; out-of-range numbers and junk are clamped as by the parent."""

    def __init__(self, *, steps, unit, **kwargs):
        self.steps = tuple(steps)
        self.unit = unit
        super().__init__(min_value=self.steps[0], max_value=self.steps[-1], **kwargs)

    def to_python(self, value):
        number = super().to_python(value)
        return next(step for step in self.steps if step >= number)

    @property
    def choices(self):
        """[(number, "3 miles")] for a <select> or a slider's ticks."""
        return [(step, f"{step} {self.unit}{'' if step == 1 else 's'}") for step in self.steps]


class TitleChoiceIterator(forms.models.ModelChoiceIterator):
    """A page choice's options read as (slug, title) pairs: a page object made for each
    option cost the directory's form 1.3 ms for 25 treatments."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from self.queryset.values_list(self.field.to_field_name, "title")


class DirectorySearchForm(forms.Form):
    """The directory's GET form. Only the postcode can be wrong; the rest is clamped."""

    postcode = forms.CharField(
        label="Postcode or town",
        required=False,
        help_text="A postcode (SW1A 1AA), its first half (SW1A), or a town or city (Leeds).",
        widget=forms.TextInput(
            attrs={"autocomplete": "postal-code", "maxlength": 40, "spellcheck": "false"}
        ),
    )
    miles = SteppedIntegerField(
        label="Distance", steps=MILE_STEPS, unit="mile", default=MILES["default"]
    )
    years = ClampedIntegerField(
        label="Practising for at least",
        min_value=YEARS["min"],
        max_value=YEARS["max"],
        default=YEARS["default"],
    )
    treatment = forms.ModelChoiceField(
        label="Treatment",
        queryset=TreatmentPage.objects.none(),  # set per form: public() queries the database
        to_field_name="slug",
        required=False,
        empty_label="Any treatment",
        error_messages={"invalid_choice": "We don't list that treatment: showing all of them."},
    )
    profession = forms.ChoiceField(
        label="Profession",
        choices=[("", "Any profession"), *Profession.choices],
        required=False,
        error_messages={"invalid_choice": "Choose a profession from the list."},
    )
    # A reader under 18 is shown the law instead of practitioners to book.
    under18 = forms.BooleanField(label="I am under 18", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        treatments = TreatmentPage.objects.live().public().for_links().order_by("title")
        self.fields["treatment"].iterator = TitleChoiceIterator  # before the queryset, which
        self.fields["treatment"].queryset = treatments  # hands the widget its choices

    def clean_postcode(self):
        text = postcodes.normalise(self.cleaned_data["postcode"])
        if not text:
            return None
        location = towns.locate_place(text)
        if location is None and postcodes.parse(text):
            raise ValidationError(
                f"We couldn't find {text}. Check it, or try just its first half, such as SW1A."
            )
        if location is None:
            raise ValidationError(
                "We don't know that as a UK postcode or town. Enter a postcode such as "
                "SW1A 1AA, its first half (SW1A), or a town or city such as Leeds."
            )
        return location

    @cached_property
    def chosen(self):
        """Every filter as it was applied: cleaned, or its default when refused."""
        self.is_valid()
        chosen = {
            name: self.cleaned_data.get(name, getattr(field, "default", None))
            for name, field in self.fields.items()
        }
        chosen["profession_label"] = (
            Profession(chosen["profession"]).label if chosen["profession"] else ""
        )
        return chosen

    @property
    def location(self):
        return self.chosen["postcode"]
