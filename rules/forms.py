"""The tracker's GET forms. Every value comes from an address a reader may have mangled:
what does not validate is ignored (and said so), never an error page."""

from urllib.parse import urlencode, urlsplit

from django import forms
from django.utils.http import url_has_allowed_host_and_scheme

from core.nations import Nation
from practitioners.towns import nation_of_place

from .choices import Stage

MAX_POSTCODE = 40
MAX_NEXT = 300


class TrackerFilters(forms.Form):
    nation = forms.ChoiceField(
        label="Nation", required=False, choices=[("", "Every nation"), *Nation.choices]
    )
    treatment = forms.ChoiceField(label="Treatment", required=False)
    stage = forms.ChoiceField(
        label="Stage", required=False, choices=[("", "Any stage"), *Stage.choices]
    )

    def __init__(self, data, treatments):
        """`data` is the query string; `treatments` those the entries affect."""
        super().__init__(data)
        self.treatments = {treatment.slug: treatment for treatment in treatments}
        self.fields["treatment"].choices = [
            ("", "Any treatment"),
            *((slug, treatment.title) for slug, treatment in self.treatments.items()),
        ]

    @property
    def chosen(self):
        """{name: value} of the filters that apply (valid and not blank)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    @property
    def notices(self):
        return [
            f"We ignored the {self.fields[name].label.lower()} in the link." for name in self.errors
        ]

    @property
    def query(self):
        """The filters that apply, as a query string for links (the feed, the JSON)."""
        return urlencode(self.chosen)

    @property
    def chosen_nation(self):
        return Nation.parse(self.chosen.get("nation"))

    @property
    def chosen_treatment(self):
        return self.treatments.get(self.chosen.get("treatment"))

    def apply(self, entries):
        chosen = self.chosen
        if "nation" in chosen:
            entries = entries.in_nation(chosen["nation"])
        if self.chosen_treatment is not None:
            entries = entries.affecting(self.chosen_treatment)
        if "stage" in chosen:
            entries = entries.at_stage(chosen["stage"])
        return entries


class NationLookupForm(forms.Form):
    """A postcode (or town) to the reader's nation, and the page to take them back to."""

    postcode = forms.CharField(
        label="Your postcode or town",
        max_length=MAX_POSTCODE,
        help_text="For example EH1 1YZ, CF10, or Leeds. We don't keep it.",
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "spellcheck": "false"}),
    )
    next = forms.CharField(required=False, max_length=MAX_NEXT, widget=forms.HiddenInput)

    def clean_postcode(self):
        nation = nation_of_place(self.cleaned_data["postcode"])
        if nation is None:
            raise forms.ValidationError(
                "We couldn't tell which nation that is in. Check it, or choose your nation below."
            )
        return nation

    def clean_next(self):
        """A path on this site (never another site), without its query string."""
        path = urlsplit(self.cleaned_data["next"].strip()).path
        if not path.startswith("/") or not url_has_allowed_host_and_scheme(
            path, allowed_hosts=None
        ):
            return "/"
        return path

    @property
    def destination(self):
        query = urlencode({"nation": self.cleaned_data["postcode"].value})
        return f"{self.cleaned_data['next']}?{query}#rules"
