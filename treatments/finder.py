"""The Tweakment Finder's filters, their counts, and the side-by-side comparison.

Every filter comes from the query string and is validated by a form; whatever does not
validate is ignored and reported, so a stale or mangled link still shows a page.
"""

from typing import NamedTuple

from django import forms
from django.core.paginator import Paginator
from django.core.validators import slug_re
from django.db.models import CharField, Count, Q, Value
from django.utils.functional import cached_property
from django.utils.http import urlencode

from core.renditions import prefetch_renditions

from .taxonomy import Area, Concern, Downtime

RESULTS_PER_PAGE = 24
MAX_TEXT = 100
MAX_COMPARED = 3
BUDGETS = (100, 250, 500, 1000, 2500)
CHECKBOXES = forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"})
RADIOS = forms.RadioSelect(attrs={"class": "form-check-input"})
# "At most none" and "at most a few days"; a week or more is the same as any downtime.
DOWNTIME_LIMITS = (Downtime.NONE, Downtime.FEW_DAYS)


# A treatment fits a budget when its lowest typical price for a session does: the reader
# can have it for that money, though some clinics or courses cost more.
BUDGET_RULE = "A treatment fits when its lowest typical price for one session does."


def budget_label(pounds):
    return f"Up to £{pounds:,}"


class FinderForm(forms.Form):
    q = forms.CharField(label="Name or keyword", max_length=MAX_TEXT, required=False)
    concern = forms.MultipleChoiceField(label="Concern", required=False, widget=CHECKBOXES)
    area = forms.MultipleChoiceField(label="Area", required=False, widget=CHECKBOXES)
    budget = forms.TypedChoiceField(
        label="Budget per session",
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", "Any budget"), *((pounds, budget_label(pounds)) for pounds in BUDGETS)],
        widget=RADIOS,
        help_text=BUDGET_RULE,
    )
    downtime = forms.TypedChoiceField(
        label="Downtime you can take",
        required=False,
        coerce=int,
        empty_value=None,
        choices=[
            ("", "Any"),
            (Downtime.NONE.value, "None"),
            (Downtime.FEW_DAYS.value, "Up to a few days"),
        ],
        widget=RADIOS,
    )

    def __init__(self, data, concerns, areas):
        """`data` is the query string (a QueryDict); concerns and areas give the choices."""
        super().__init__(data)
        self.fields["concern"].choices = [(option.slug, option.name) for option in concerns]
        self.fields["area"].choices = [(option.slug, option.name) for option in areas]

    def full_clean(self):
        """Keep the known concerns and areas of a list that also has unknown ones."""
        self.unknown = {}
        data = self.data.copy()
        for name in ("concern", "area"):
            known = {str(slug) for slug, _ in self.fields[name].choices}
            values = list(dict.fromkeys(data.getlist(name)))
            data.setlist(name, [value for value in values if value in known])
            if len(values) > len(data.getlist(name)):
                self.unknown[name] = self.fields[name].label.lower()
        self.data = data
        super().full_clean()

    @property
    def notices(self):
        """What was ignored, in words a reader understands."""
        notices = [
            f"We didn't recognise one {label} in the link, so we left it out."
            for label in self.unknown.values()
        ]
        for name in self.errors:
            notices.append(
                f"We ignored the {self.fields[name].label.lower()} filter: "
                f"{' '.join(self.errors[name])}"
            )
        return notices

    def value(self, name):
        """A cleaned filter value; None (or [] for a list) when unset or ignored."""
        value = self.cleaned_data.get(name)
        if name in ("concern", "area"):
            return value or []
        if name == "q":
            return value or None
        return value


class Option(NamedTuple):
    slug: str
    name: str


def finder_options():
    """(concerns, areas) as Options in their editors' order, in one query."""

    def options(model, kind):
        fields = (Value(kind, output_field=CharField()), "sort_order", "name", "slug")
        return model.objects.order_by().values_list(*fields)

    found = {"concern": [], "area": []}
    rows = options(Concern, "concern").union(options(Area, "area"), all=True)
    for kind, *order, slug in sorted(rows):
        found[kind].append(Option(slug, order[1]))
    return found["concern"], found["area"]


def compared_slugs(query):
    """(slugs, notices): the treatments ticked for comparison (?t=…), first ones first,
    at most MAX_COMPARED of them, and only well-formed slugs (a NUL byte would make
    PostgreSQL fail)."""
    slugs = [slug for slug in dict.fromkeys(query.getlist("t")) if slug]
    notices = []
    if len(slugs) > MAX_COMPARED:
        notices.append(
            f"You can compare up to {MAX_COMPARED} treatments; we kept the first {MAX_COMPARED}."
        )
        slugs = slugs[:MAX_COMPARED]
    return [slug for slug in slugs if len(slug) <= 255 and slug_re.match(slug)], notices


class Finder:
    """Filters a queryset of treatment pages and counts what each option would leave.

    The treatments ticked for comparison travel in the query string (?t=…) with the
    filters and the page number, so ticks survive paging and filtering without JavaScript."""

    compare_limit = MAX_COMPARED

    def __init__(self, query, treatments):
        self.treatments = treatments
        self.form = FinderForm(query, *finder_options())
        self.form.is_valid()
        self.page_number = query.get("page")
        self.compared_slugs, self.compare_notices = compared_slugs(query)

    def filtered(self, skip=()):
        """The treatments matching every filter except those named in `skip` (for counts)."""
        form = self.form
        treatments = self.treatments
        if form.value("q"):
            treatments = treatments.matching(form.value("q"))
        if "concern" not in skip and form.value("concern"):
            treatments = treatments.for_concerns(form.value("concern"))
        if "area" not in skip and form.value("area"):
            treatments = treatments.in_areas(form.value("area"))
        if "budget" not in skip and form.value("budget") is not None:
            treatments = treatments.within_budget(form.value("budget"))
        if "downtime" not in skip and form.value("downtime") is not None:
            treatments = treatments.with_downtime_at_most(form.value("downtime"))
        return treatments

    @property
    def is_filtered(self):
        return any(self.form.value(name) not in (None, []) for name in self.form.fields)

    @property
    def active_filters(self):
        """The chosen filters in words ("Wrinkles", "Up to £500"), for the Filter button."""
        form = self.form
        labels = [f"“{form.value('q')}”"] if form.value("q") else []
        for name in ("concern", "area", "budget", "downtime"):
            chosen = form.value(name)
            chosen = {str(value) for value in (chosen if isinstance(chosen, list) else [chosen])}
            labels += [label for value, label in form.fields[name].choices if str(value) in chosen]
        return labels

    @cached_property
    def results(self):
        """This page of results, with what their cards show."""
        paginator = Paginator(self.filtered().for_cards(), RESULTS_PER_PAGE)
        paginator.count = self.counts["all"][""]  # counted with the options: no COUNT query
        results = paginator.get_page(self.page_number)
        prefetch_renditions(treatment.hero_image for treatment in results)
        return results

    def _option_counts(self, model, name):
        """(filter name, slug, treatments) for each concern or area, counted among the
        treatments that match the other filters."""
        ids = self.filtered(skip=(name,)).order_by().values("pk")
        return (
            model.objects.order_by()
            .annotate(
                filter_name=Value(name, output_field=CharField()),
                matches=Count("treatments", filter=Q(treatments__in=ids)),
            )
            .values_list("filter_name", "slug", "matches")
        )

    def _level_counts(self):
        """Budget and downtime counts in one aggregate: both are columns of the treatment,
        so each option is counted among those matching the rest with the other one applied."""
        budget, downtime = self.form.value("budget"), self.form.value("downtime")
        within_budget = Q(price_from__lte=budget) if budget is not None else Q()
        within_downtime = Q(downtime__lte=downtime) if downtime is not None else Q()

        def count(condition):
            return Count("pk", filter=condition) if condition else Count("pk")

        return self.filtered(skip=("budget", "downtime")).aggregate(
            **{"all:": count(within_budget & within_downtime)},
            **{"budget:": count(within_downtime), "downtime:": count(within_budget)},
            **{
                f"budget:{pounds}": count(within_downtime & Q(price_from__lte=pounds))
                for pounds in BUDGETS
            },
            **{
                f"downtime:{level}": count(within_budget & Q(downtime__lte=level))
                for level in DOWNTIME_LIMITS
            },
        )

    @cached_property
    def counts(self):
        """{field name: {choice value: treatments it would show}}, in two queries; "all"
        holds the treatments every filter leaves ({"": n})."""
        counts = {"all": {}, "concern": {}, "area": {}, "budget": {}, "downtime": {}}
        for key, matches in self._level_counts().items():
            name, value = key.split(":")
            counts[name][value] = matches
        options = self._option_counts(Concern, "concern").union(
            self._option_counts(Area, "area"), all=True
        )
        for name, slug, matches in options:
            counts[name][slug] = matches
        return counts

    def options(self, name):
        """(bound checkbox or radio, count) pairs for one filter."""
        counts = self.counts[name]
        return [(choice, counts.get(str(choice.data["value"]), 0)) for choice in self.form[name]]

    @property
    def fieldsets(self):
        return [
            (self.form[name], self.options(name))
            for name in ("concern", "area", "budget", "downtime")
        ]

    @property
    def notices(self):
        return [*self.form.notices, *self.compare_notices]

    @cached_property
    def _titles(self):
        """{slug: title} of every live treatment, from one narrow query (A–Z and ticks)."""
        return dict(self.treatments.values_list("slug", "title"))

    @cached_property
    def ticked(self):
        """[(slug, title)] of the treatments ticked for comparison that exist."""
        return [(slug, self._titles[slug]) for slug in self.compared_slugs if slug in self._titles]

    @property
    def ticked_slugs(self):
        return [slug for slug, _ in self.ticked]

    @property
    def ticked_elsewhere(self):
        """Ticked treatments whose cards are not on this page of results: the form carries
        them as hidden fields."""
        shown = {treatment.slug for treatment in self.results}
        return [(slug, title) for slug, title in self.ticked if slug not in shown]

    @property
    def ticked_query(self):
        """The query "?t=…" keeping the ticks, for links that drop the filters ("" if none)."""
        return f"?{urlencode({'t': self.ticked_slugs}, doseq=True)}" if self.ticked else ""

    @cached_property
    def a_to_z(self):
        """[(letter, [(title, slug)])] of every live treatment.

        Slugs, not page objects: every treatment is a child of the finder, so its address
        is the finder's plus the slug, and 500 links cost no URL routing."""
        groups = {}
        for slug, title in self._titles.items():
            letter = title[:1].upper()
            groups.setdefault(letter if letter.isalpha() else "#", []).append((title, slug))
        return sorted(groups.items())


class Comparison:
    """Up to three treatments side by side, chosen by slug in the query string (?t=…)."""

    def __init__(self, query, treatments):
        slugs = [slug for slug in dict.fromkeys(query.getlist("t")) if slug][:MAX_COMPARED]
        valid, self.notices = compared_slugs(query)
        found = {page.slug: page for page in treatments.filter(slug__in=valid)}
        self.treatments = [found[slug] for slug in slugs if slug in found]
        if len(self.treatments) < len(slugs):
            self.notices.append("We couldn't find one of the treatments in the link.")
