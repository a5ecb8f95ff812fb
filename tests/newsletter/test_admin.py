import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from newsletter.models import Subscriber
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

Status = Subscriber.Status


@pytest.fixture
def admin_client(client, home_page):
    user = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    client.force_login(user)
    return client


def editor_with(client, *codenames):
    group = Group.objects.create(name="Newsletter editors " + "-".join(codenames))
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="newsletter", codename__in=codenames),
    )
    user = get_user_model().objects.create_user("ed" + str(group.pk), "ed@example.com", "pw")
    user.groups.add(group)
    client.force_login(user)
    return client


@pytest.fixture
def mixed(topics):
    week_ago = timezone.now() - datetime.timedelta(days=10)
    return {
        "new": SubscriberFactory(email="new@example.com", interests=[topics["Exosomes"]]),
        "old": SubscriberFactory(
            email="old@example.org", confirmed_at=week_ago, created_at=week_ago
        ),
        "pending": SubscriberFactory(email="wait@example.com", status=Status.PENDING),
        "gone": SubscriberFactory(email="gone@example.com", status=Status.UNSUBSCRIBED),
    }


def emails_listed(response):
    soup = BeautifulSoup(response.content, "html.parser")
    links = soup.select("tbody td.title a[href*=edit]")
    return sorted({link.get_text(strip=True) for link in links} - {"Edit"})


def test_listing_shows_counts_and_filters_by_status_interest_and_date(admin_client, mixed, topics):
    response = admin_client.get("/admin/subscribers/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "<strong>1</strong> pending confirmation" in text
    assert "<strong>2</strong> confirmed" in text
    assert len(emails_listed(response)) == 4
    confirmed = admin_client.get("/admin/subscribers/?status=confirmed")
    assert emails_listed(confirmed) == ["new@example.com", "old@example.org"]
    by_topic = admin_client.get(f"/admin/subscribers/?interests={topics['Exosomes'].pk}")
    assert emails_listed(by_topic) == ["new@example.com"]
    today = timezone.localdate().isoformat()
    recent = admin_client.get(f"/admin/subscribers/?created_at_from={today}")
    assert "old@example.org" not in emails_listed(recent)
    search = admin_client.get("/admin/subscribers/?q=example.org")
    assert emails_listed(search) == ["old@example.org"]


@pytest.mark.parametrize(
    "query",
    [
        "status=bogus",
        "interests=abc",
        "interests=999999",
        "created_at_from=not-a-date",
        "confirmed_at_to=2026-13-45",
        "p=-1",
        "q=%3Cscript%3E",
        "ordering=nonsense",
    ],
)
def test_listing_tolerates_junk_parameters(admin_client, mixed, query):
    assert admin_client.get(f"/admin/subscribers/?{query}").status_code == 200


def test_listing_keeps_each_address_whole_on_one_line(admin_client):
    long_address = "harriet.lowe-montgomery-smythe@a-long-domain-name.example.com"
    subscriber = SubscriberFactory(email=long_address)
    soup = BeautifulSoup(admin_client.get("/admin/subscribers/").content, "html.parser")
    [cell] = soup.select("td.subscriber-address")
    link = cell.select_one(".title-wrapper a")
    # newsletter-admin.css cuts a long one with an ellipsis; the tooltip has it whole.
    assert link.get_text(strip=True) == link["title"] == long_address
    assert link["href"].endswith(f"/{subscriber.pk}/")
    assert "css/newsletter-admin.css" in str(soup.head)


def test_listing_escapes_names(admin_client):
    SubscriberFactory(first_name="<img src=x onerror=alert(1)>")
    response = admin_client.get("/admin/subscribers/")
    assert b"<img src=x" not in response.content


def test_listing_query_count_does_not_grow(
    admin_client, mixed, topics, django_assert_max_num_queries
):
    admin_client.get("/admin/subscribers/")
    with django_assert_max_num_queries(60) as few:
        admin_client.get("/admin/subscribers/")
    SubscriberFactory.create_batch(10, interests=[topics["Exosomes"], topics["Skin boosters"]])
    with django_assert_max_num_queries(len(few.captured_queries)):
        admin_client.get("/admin/subscribers/")


def test_export_is_csv_of_confirmed_subscribers_only(admin_client, mixed):
    response = admin_client.get("/admin/subscribers/export/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert sorted(row["email"] for row in rows) == ["new@example.com", "old@example.org"]
    assert next(row for row in rows if row["email"] == "new@example.com")["interests"] == (
        "Exosomes"
    )


def test_export_neutralises_spreadsheet_formulas(admin_client):
    SubscriberFactory(email="=cmd@example.com", first_name='=HYPERLINK("x")')
    response = admin_client.get("/admin/subscribers/export/")
    (row,) = csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    assert row["email"] == "'=cmd@example.com" and row["first_name"].startswith("'=")


def test_export_needs_its_own_permission(client, home_page, mixed):
    viewer = editor_with(client, "view_subscriber", "change_subscriber")
    listing = viewer.get("/admin/subscribers/")
    assert listing.status_code == 200 and b"Export confirmed (CSV)" not in listing.content
    refused = viewer.get("/admin/subscribers/export/")
    assert refused.status_code in (302, 403)
    assert not refused.get("Content-Type", "").startswith("text/csv")


def test_export_permission_lets_an_editor_export(client, home_page, mixed):
    exporter = editor_with(client, "view_subscriber", "export_subscribers")
    assert b"Export confirmed (CSV)" in exporter.get("/admin/subscribers/").content
    response = exporter.get("/admin/subscribers/export/")
    assert response["Content-Type"].startswith("text/csv")


def test_subscribers_cannot_be_added_by_hand(admin_client):
    response = admin_client.get("/admin/subscribers/new/")
    assert response.status_code in (302, 403)
    assert not Subscriber.objects.exists()


def test_edit_offers_only_current_status_or_unsubscribed(admin_client, mixed):
    pending = mixed["pending"]
    response = admin_client.get(f"/admin/subscribers/edit/{pending.pk}/")
    soup = BeautifulSoup(response.content, "html.parser")
    options = [option["value"] for option in soup.select("select[name=status] option")]
    assert options == ["pending", "unsubscribed"]
    admin_client.post(
        f"/admin/subscribers/edit/{pending.pk}/",
        {"first_name": "Wait", "status": "confirmed"},
    )
    pending.refresh_from_db()
    assert pending.status == Status.PENDING


def test_inspect_shows_consent_record(admin_client, mixed):
    response = admin_client.get(f"/admin/subscribers/inspect/{mixed['new'].pk}/")
    assert response.status_code == 200
    assert b"Send me" in response.content  # the consent wording they agreed to


def test_dashboard_panel_counts_new_confirmed_this_week(admin_client, mixed):
    response = admin_client.get("/admin/")
    soup = BeautifulSoup(response.content, "html.parser")
    panel = soup.select_one("#newsletter-subscribers-section, [id^=newsletter-subscribers]")
    assert panel is not None
    assert "1 new confirmed subscriber in the last 7 days" in " ".join(soup.get_text().split())


def test_dashboard_panel_hidden_without_permission(client, home_page, mixed):
    nobody = editor_with(client)
    assert b"Mailing list" not in nobody.get("/admin/").content
