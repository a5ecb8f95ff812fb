import datetime

import pytest
from bs4 import BeautifulSoup

from tests.conftest import make_home_page, module_transaction, reloaded
from tests.practitioners.factories import (
    ClinicFactory,
    DirectoryPageFactory,
    PractitionerFactory,
    add_postcodes,
    practitioner_at,
)
from tests.rules.factories import (
    ComplaintRouteFactory,
    ComplaintsGuidePageFactory,
    RuleEntryPageFactory,
    RulesTrackerPageFactory,
    toxin_aftercare,
    toxin_rules,
)
from tests.treatments.factories import TreatmentIndexPageFactory, TreatmentPageFactory

TODAY = datetime.date.today()


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture(scope="module")
def rules_site_rows(django_db_setup, django_db_blocker, tmp_path_factory):
    """rules_site's rows, made once per test module (module_transaction): about half a
    second a test otherwise. Yields the media folder and the rows."""
    with module_transaction(django_db_blocker, tmp_path_factory) as media:
        yield media, make_rules_site(make_home_page())


@pytest.fixture
def rules_site(db, rules_site_rows, settings):
    """A finder with three treatments, the tracker with four entries, the guide with its
    routes, and the directory with a doctor in Edinburgh and a practitioner in London."""
    media, rows = rules_site_rows
    settings.MEDIA_ROOT = media
    return reloaded(rows)


def make_rules_site(home_page):
    finder = TreatmentIndexPageFactory(parent=home_page)
    botox = TreatmentPageFactory(
        parent=finder,
        title="Anti-wrinkle injections",
        slug="botox",
        regulatory_status="prescription_only",
        regulatory_note="A prescription-only medicine.",
        who_can_perform="A prescriber must assess you.",
        nation_rules=toxin_rules(),
        aftercare=toxin_aftercare(),
        rules_checked_on=datetime.date(2026, 12, 7),
    )
    lips = TreatmentPageFactory(parent=finder, title="Lip filler", slug="lip-filler")
    peel = TreatmentPageFactory(parent=finder, title="Chemical peel", slug="peel")
    tracker = RulesTrackerPageFactory(parent=home_page)
    entries = {
        "england": RuleEntryPageFactory(
            parent=tracker,
            title="Under-18 ban in England",
            slug="under-18s",
            in_force_on=datetime.date(2021, 10, 1),
            treatments=[botox, lips],
        ),
        "uk": RuleEntryPageFactory(
            parent=tracker,
            title="No ads for Botox",
            slug="no-ads",
            england=True,
            scotland=True,
            wales=True,
            northern_ireland=True,
            topic="advertising",
            in_force_on=datetime.date(2012, 8, 14),
            treatments=[botox],
        ),
        "scotland": RuleEntryPageFactory(
            parent=tracker,
            title="Scotland's Act",
            slug="scotland-act",
            england=False,
            scotland=True,
            stage="passed",
            in_force_on=None,
            announced_on=datetime.date(2025, 10, 8),
            passed_on=datetime.date(2026, 5, 12),
            treatments=[botox, lips],
        ),
        "consultation": RuleEntryPageFactory(
            parent=tracker,
            title="England consultation",
            slug="consultation",
            stage="consultation",
            topic="licensing",
            in_force_on=None,
            consultation_opens=datetime.date(2023, 9, 2),
            consultation_closes=datetime.date(2023, 10, 28),
            last_checked=TODAY - datetime.timedelta(days=200),
        ),
    }
    guide = ComplaintsGuidePageFactory(parent=home_page)
    routes = {
        "practitioner": ComplaintRouteFactory(kind=1, name="The practitioner", url=""),
        "gmc": ComplaintRouteFactory(kind=2, name="GMC", register="GMC"),
        "nmc": ComplaintRouteFactory(kind=2, name="NMC", register="NMC"),
        "jccp": ComplaintRouteFactory(kind=3, name="JCCP", register="JCCP"),
        "yellow": ComplaintRouteFactory(kind=4, name="Yellow Card"),
        "cqc": ComplaintRouteFactory(kind=6, name="CQC", nation="england"),
        "his": ComplaintRouteFactory(
            kind=6,
            name="Healthcare Improvement Scotland",
            nation="scotland",
            last_checked=TODAY - datetime.timedelta(days=120),
        ),
        "nhs": ComplaintRouteFactory(kind=7, name="NHS 111"),
    }
    add_postcodes()
    directory = DirectoryPageFactory(parent=home_page)
    doctor = practitioner_at("EH2 4AD", name="Dr Scot", treatments=[botox])
    aesthetician = PractitionerFactory(
        name="Ms Lon", profession="aesthetic-practitioner", registration_body=""
    )
    ClinicFactory(practitioner=aesthetician, postcode="SW1A 1AA")
    return {
        "finder": finder,
        "botox": botox,
        "lips": lips,
        "peel": peel,
        "tracker": tracker,
        "entries": entries,
        "guide": guide,
        "routes": routes,
        "directory": directory,
        "doctor": doctor,
        "aesthetician": aesthetician,
    }
