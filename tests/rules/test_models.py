import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction

from core.nations import Nation
from practitioners import postcodes, towns
from practitioners.models import Practitioner
from rules.models import ComplaintRoute, RuleEntryPage
from tests.practitioners.factories import ClinicFactory, PractitionerFactory
from tests.rules.conftest import soup
from tests.rules.factories import ComplaintRouteFactory, sources
from treatments.aftercare import Level, Stage
from treatments.taxonomy import RuleTopic

pytestmark = pytest.mark.django_db


def test_nation_parses_only_the_four_nations():
    assert Nation.parse("scotland") is Nation.SCOTLAND
    assert Nation.parse(" Northern-Ireland ") is Nation.NORTHERN_IRELAND
    for junk in ("", None, "uk", "1", "'; DROP TABLE x;--", "<b>", "x" * 10_000):
        assert Nation.parse(junk) is None
    assert Nation.from_country("Northern Ireland") is Nation.NORTHERN_IRELAND
    assert Nation.from_country("Isle of Man") is None
    assert Nation.NORTHERN_IRELAND.field_name == "northern_ireland"


def test_an_entry_needs_a_nation_a_date_and_a_consultation_that_closes_after_it_opens():
    entry = RuleEntryPage(
        title="Rule",
        slug="rule",
        stage="proposed",
        topic="age",
        what_it_means="Words.",
        sources=sources(),
        consultation_opens=datetime.date(2024, 2, 1),
        consultation_closes=datetime.date(2024, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        entry.clean()
    assert set(error.value.message_dict) == {"england", "consultation_closes"}
    entry.wales = True
    entry.consultation_opens = entry.consultation_closes = None
    with pytest.raises(ValidationError) as error:
        entry.clean()
    assert set(error.value.message_dict) == {"announced_on"}
    entry.announced_on = datetime.date(2024, 1, 1)
    entry.clean()


def test_where_an_entry_applies_in_words(rules_site):
    entries = rules_site["entries"]
    assert entries["uk"].where == "UK-wide" and entries["uk"].uk_wide
    assert entries["scotland"].where == "Scotland"
    both = RuleEntryPage(england=True, wales=True)
    assert both.where == "England and Wales"
    three = RuleEntryPage(england=True, wales=True, scotland=True)
    assert three.where == "England, Scotland and Wales"
    assert entries["scotland"].covers("scotland") and not entries["scotland"].covers("england")


def test_key_dates_are_in_the_order_they_happen(rules_site):
    entry = rules_site["entries"]["scotland"]
    assert [label for label, _ in entry.key_dates] == ["Announced", "Passed or made"]
    assert entry.latest_date == datetime.date(2026, 5, 12)


def test_timeline_is_latest_first_whatever_dates_are_missing(rules_site):
    titles = [entry.title for entry in RuleEntryPage.objects.for_timeline()]
    assert titles == [
        "Scotland's Act",
        "England consultation",
        "Under-18 ban in England",
        "No ads for Botox",
    ]
    dates = [entry.timeline_date for entry in RuleEntryPage.objects.for_timeline()]
    assert dates[0] == datetime.date(2026, 5, 12)


def test_published_leaves_out_drafts_and_private_entries(rules_site):
    entries = rules_site["entries"]
    entries["uk"].unpublish()
    PageViewRestriction.objects.create(page=entries["scotland"], restriction_type="login")
    titles = set(RuleEntryPage.objects.published().values_list("title", flat=True))
    assert titles == {"Under-18 ban in England", "England consultation"}


def test_querysets_filter_by_nation_treatment_stage_topic_and_due_checks(rules_site):
    entries = RuleEntryPage.objects.published()
    assert set(entries.in_nation("scotland").values_list("slug", flat=True)) == {
        "no-ads",
        "scotland-act",
    }
    lips = rules_site["lips"]
    assert set(entries.affecting(lips).values_list("slug", flat=True)) == {
        "under-18s",
        "scotland-act",
    }
    assert list(entries.at_stage("passed").values_list("slug", flat=True)) == ["scotland-act"]
    assert list(entries.about("advertising").values_list("slug", flat=True)) == ["no-ads"]
    assert list(RuleEntryPage.objects.checks_due().values_list("slug", flat=True)) == [
        "consultation"
    ]
    assert rules_site["entries"]["consultation"].check_due
    assert not rules_site["entries"]["uk"].check_due


def test_an_entry_as_open_data(rules_site, rf):
    request = rf.get("/")
    data = rules_site["entries"]["scotland"].as_data(request)
    assert data["nations"] == ["scotland"] and data["uk_wide"] is False
    assert data["stage"] == "passed" and data["topic"] == "age"
    assert data["dates"] == {
        "announced_on": "2025-10-08",
        "consultation_opens": None,
        "consultation_closes": None,
        "passed_on": "2026-05-12",
        "in_force_on": None,
    }
    assert [t["title"] for t in data["treatments"]] == ["Anti-wrinkle injections", "Lip filler"]
    assert data["treatments"][0]["url"].startswith("http")
    assert data["sources"] == [
        {
            "title": "A public source",
            "publisher": "GOV.UK",
            "date": "2021-09-30",
            "url": "https://www.gov.uk/example",
        }
    ]


def test_routes_for_a_practitioner_follow_their_register_and_clinic_nations(rules_site):
    doctor = rules_site["doctor"]  # GMC, a clinic in Edinburgh
    names = [route.name for route in ComplaintRoute.objects.for_practitioner(doctor)]
    assert names == [
        "The practitioner",
        "GMC",
        "Yellow Card",
        "Healthcare Improvement Scotland",
        "NHS 111",
    ]
    aesthetician = rules_site["aesthetician"]  # no register, a clinic in London
    names = [route.name for route in ComplaintRoute.objects.for_practitioner(aesthetician)]
    assert names == ["The practitioner", "Yellow Card", "CQC", "NHS 111"]


def test_a_northern_ireland_clinic_is_known_without_postcode_data(rules_site):
    ComplaintRouteFactory(kind=6, name="RQIA", nation="northern-ireland")
    nurse = PractitionerFactory(name="Nurse Belfast", profession="nurse", registration_body="NMC")
    ClinicFactory(practitioner=nurse, postcode="BT1 1AA")
    nurse = Practitioner.objects.for_listing().get(pk=nurse.pk)
    names = [route.name for route in ComplaintRoute.objects.for_practitioner(nurse)]
    assert "RQIA" in names and "NMC" in names and "CQC" not in names


def test_routes_due_a_check(rules_site):
    assert list(ComplaintRoute.objects.checks_due().values_list("name", flat=True)) == [
        "Healthcare Improvement Scotland"
    ]


def test_rules_for_a_nation_replace_the_uk_wide_rule_topic_by_topic(rules_site):
    botox = rules_site["botox"]
    england = botox.rules_for("england")
    assert [(fact.topic, fact.text, fact.nation_specific) for fact in england] == [
        (RuleTopic.WHO, "A prescriber must assess you.", False),
        (RuleTopic.AGE, "18+ (E).", True),
        (RuleTopic.ADVERTISING, "No ads.", False),
    ]
    scotland = {fact.topic: fact.text for fact in botox.rules_for("scotland")}
    assert scotland[RuleTopic.WHO] == "HIS."
    wales = {fact.topic: fact.text for fact in botox.rules_for("wales")}
    assert RuleTopic.AGE not in wales
    assert [(rule.where, rule.text) for rule in botox.age_rules] == [
        ("England", "18+ (E)."),
        ("Scotland", "18+ (S)."),
    ]
    assert rules_site["peel"].rules_for("england") == []


def test_aftercare_is_a_timeline_in_time_order_with_cards_by_level(rules_site):
    stages = rules_site["botox"].aftercare_timeline
    assert [stage.stage for stage in stages] == [Stage.DAY_0, Stage.LATER]
    day_0 = stages[0]
    assert [card.level for card in day_0.cards] == [Level.NORMAL, Level.EMERGENCY]
    assert day_0.cards[0].signs == ("Small bumps.", "Redness.")
    assert day_0.cards[1].anchor == "aftercare-day-0-999" and day_0.cards[1].urgent
    assert Level.EMERGENCY.heading == "Call 999 or go to A&E now if you have:"
    assert rules_site["peel"].aftercare_timeline == []


def test_nation_of_a_postcode_district_town_or_bt_postcode(rules_site):
    assert postcodes.nation_of("eh2 4ad") is Nation.SCOTLAND
    assert postcodes.nation_of("CF10") is Nation.WALES
    assert postcodes.nation_of("BT1 1AA") is Nation.NORTHERN_IRELAND
    assert postcodes.nation_of("SW1A1AA") is Nation.ENGLAND
    assert postcodes.nation_of("ZZ9 9ZZ") is None
    for junk in ("", None, "junk", "'; DROP TABLE x;--", "x" * 10_000):
        assert postcodes.nation_of(junk) is None
    assert towns.nation_of_place("cardiff") is Nation.WALES
    assert postcodes.locate("EH2 4AD").nation is Nation.SCOTLAND


def test_entries_are_found_by_site_search(rules_site, client):
    response = client.get("/search/", {"q": "Scotland"})
    titles = [a.get_text() for a in soup(response).select(".search-result__title a")]
    assert "Scotland's Act" in titles
