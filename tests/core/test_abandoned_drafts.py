"""New pages abandoned as autosaved drafts are listed for clean-up."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.core.factories import StandardPageFactory

pytestmark = pytest.mark.django_db
REPORT = "/admin/reports/abandoned-drafts/"


def test_old_never_published_drafts_are_listed_and_nothing_else(admin_client, home_page):
    long_ago = timezone.now() - datetime.timedelta(days=30)
    abandoned = StandardPageFactory(parent=home_page, title="Untitled autosave", live=False)
    abandoned.save_revision()
    type(abandoned).objects.filter(pk=abandoned.pk).update(latest_revision_created_at=long_ago)
    fresh = StandardPageFactory(parent=home_page, title="Being written now", live=False)
    fresh.save_revision()
    StandardPageFactory(parent=home_page, title="Published page", live=True)

    response = admin_client.get(REPORT)
    assert response.status_code == 200
    titles = [
        " ".join(cell.get_text(" ").split())
        for cell in BeautifulSoup(response.content, "html.parser").select("tbody td.title")
    ]
    assert len(titles) == 1 and "Untitled autosave" in titles[0]
    assert REPORT.encode() in admin_client.get("/admin/").content
