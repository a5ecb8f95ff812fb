import pytest
from django.core.exceptions import ValidationError
from django.http import QueryDict

from treatments.finder import Comparison, Finder, FinderForm
from treatments.models import Downtime, TreatmentPage

from .factories import (
    AreaFactory,
    ConcernFactory,
    TreatmentIndexPageFactory,
    TreatmentPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def finder_page(home_page):
    return TreatmentIndexPageFactory(parent=home_page)


@pytest.fixture
def catalogue(finder_page):
    pigmentation = ConcernFactory(name="Pigmentation", slug="pigmentation")
    lines = ConcernFactory(name="Lines and wrinkles", slug="lines")
    face = AreaFactory(name="Face", slug="face")
    body = AreaFactory(name="Body", slug="body")
    return {
        "peel": TreatmentPageFactory(
            parent=finder_page,
            title="Chemical peel",
            slug="peel",
            price_from=90,
            price_to=300,
            downtime=Downtime.FEW_DAYS,
            concerns=[pigmentation],
            areas=[face],
        ),
        "ipl": TreatmentPageFactory(
            parent=finder_page,
            title="IPL",
            slug="ipl",
            price_from=150,
            price_to=350,
            downtime=Downtime.NONE,
            concerns=[pigmentation],
            areas=[face, body],
            also_known_as="Intense pulsed light",
        ),
        "botox": TreatmentPageFactory(
            parent=finder_page,
            title="Anti-wrinkle injections",
            slug="botox",
            price_from=180,
            price_to=350,
            downtime=Downtime.NONE,
            concerns=[lines],
            areas=[face],
        ),
        "co2": TreatmentPageFactory(
            parent=finder_page,
            title="CO2 laser",
            slug="co2",
            price_from=800,
            price_to=3000,
            downtime=Downtime.WEEK_PLUS,
            concerns=[pigmentation, lines],
            areas=[face],
        ),
    }


def slugs(queryset):
    return sorted(page.slug for page in queryset)


def finder(query, finder_page):
    return Finder(QueryDict(query), finder_page.treatments)


def test_queryset_filters_combine_in_the_database(catalogue, finder_page):
    treatments = finder_page.treatments
    assert slugs(treatments.for_concerns(["pigmentation"])) == ["co2", "ipl", "peel"]
    # Two concerns: either one, and each treatment once.
    assert slugs(treatments.for_concerns(["pigmentation", "lines"])) == [
        "botox",
        "co2",
        "ipl",
        "peel",
    ]
    assert slugs(treatments.in_areas(["body"])) == ["ipl"]
    assert slugs(treatments.within_budget(150)) == ["ipl", "peel"]
    assert slugs(treatments.with_downtime_at_most(Downtime.NONE)) == ["botox", "ipl"]
    assert slugs(treatments.matching("pulsed")) == ["ipl"]


def test_listing_leaves_out_drafts(catalogue, finder_page):
    catalogue["ipl"].unpublish()
    assert "ipl" not in slugs(finder_page.treatments)


def test_finder_counts_each_option_with_the_other_filters(catalogue, finder_page):
    result = finder("concern=pigmentation&budget=250", finder_page)
    assert slugs(result.results) == ["ipl", "peel"]
    counts = result.counts
    # Concern counts apply the budget but not the concern itself.
    assert counts["concern"] == {"pigmentation": 2, "lines": 1}
    # Budget counts apply the concern but not the budget.
    assert counts["budget"]["100"] == 1
    assert counts["budget"]["250"] == 2
    assert counts["budget"][""] == 3
    assert counts["area"] == {"face": 2, "body": 1}
    assert counts["downtime"] == {"": 2, "0": 1, "1": 2}


def test_finder_ignores_and_reports_bad_values(catalogue, finder_page):
    result = finder("concern=nope&concern=pigmentation&budget=-5&downtime=x&area=mars", finder_page)
    assert slugs(result.results) == ["co2", "ipl", "peel"]
    notices = " ".join(result.form.notices)
    assert "concern" in notices and "area" in notices and "budget" in notices
    assert "downtime" in notices


def test_finder_form_keeps_known_options_only():
    data = QueryDict("concern=a&concern=zzz&concern=a")
    form = FinderForm(data, [type("O", (), {"slug": "a", "name": "A"})()], [])
    assert form.is_valid()
    assert form.cleaned_data["concern"] == ["a"]
    assert form.unknown == {"concern": "concern"}


def test_comparison_keeps_order_caps_at_three_and_reports_unknowns(catalogue, finder_page):
    query = QueryDict("t=co2&t=ipl&t=ghost&t=peel&t=botox")
    comparison = Comparison(query, finder_page.treatments)
    assert [page.slug for page in comparison.treatments] == ["co2", "ipl"]
    assert len(comparison.notices) == 2


def test_price_and_yearly_cost_display(finder_page):
    page = TreatmentPage(price_from=180, price_to=350, repeat_every_months=4)
    assert page.price_display == "£180–£350"
    assert page.yearly_cost == (540, 1050)
    assert page.yearly_cost_display == "About £540–£1,050 a year"
    page.price_to = None
    assert page.price_display == "From £180"
    assert page.yearly_cost_display == "About £540 a year"
    page.repeat_every_months = None
    assert page.yearly_cost is None and page.yearly_cost_display == ""
    page.price_from = None
    assert page.price_display == ""


def test_yearly_cost_rounds_to_whole_pounds():
    page = TreatmentPage(price_from=250, price_to=450, repeat_every_months=9)
    assert page.yearly_cost == (333, 600)


def test_sessions_display():
    assert TreatmentPage(sessions_min=3, sessions_max=6).sessions == "3–6"
    assert TreatmentPage(sessions_min=1, sessions_max=None).sessions == "1"
    assert TreatmentPage(sessions_min=2, sessions_max=2).sessions == "2"


@pytest.mark.parametrize(
    ("fields", "bad_field"),
    [
        ({"price_from": 500, "price_to": 100}, "price_to"),
        ({"price_from": None, "price_to": 100}, "price_from"),
        ({"sessions_min": 4, "sessions_max": 2}, "sessions_max"),
    ],
)
def test_clean_rejects_inconsistent_facts(fields, bad_field):
    page = TreatmentPage(title="X", slug="x", summary="Y", **fields)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert bad_field in error.value.message_dict


def test_structured_data_is_a_medical_procedure(rf, catalogue):
    page = catalogue["ipl"]
    request = rf.get("/")
    procedure, medical_page, breadcrumbs = page.get_structured_data(request)
    assert procedure["@type"] == "MedicalProcedure"
    assert procedure["alternateName"] == ["Intense pulsed light"]
    assert procedure["legalStatus"] == "Unregulated (licensing planned)"
    assert procedure["bodyLocation"] == "Body, Face"  # sort order, then A–Z
    assert breadcrumbs["@type"] == "BreadcrumbList"
    assert [item["name"] for item in breadcrumbs["itemListElement"]] == [
        "Home",
        "Tweakment Finder",
        "IPL",
    ]


def test_treatments_are_found_by_site_search_with_names_boosted(catalogue):
    from wagtail.models import Page

    results = list(Page.objects.live().search("pulsed"))
    assert [page.specific.slug for page in results] == ["ipl"]
