"""Admin reports about pages of every kind (registered in wagtail_hooks.py)."""

import datetime

from django.db.models import Q
from django.utils import timezone
from wagtail.admin.views.reports.base import PageReportView

# A new page nobody has touched for this long was most likely autosaved and abandoned.
ABANDONED_AFTER = datetime.timedelta(days=7)


class AbandonedDraftsView(PageReportView):
    """New pages that were never published and have not been edited for a week.

    Wagtail's autosave keeps a new page as a draft in the tree as soon as an editor types,
    so a page started and then left behind stays there; this lists them for clean-up.
    """

    page_title = "Abandoned drafts"
    header_icon = "doc-empty"
    index_url_name = "abandoned_drafts"
    index_results_url_name = "abandoned_drafts_results"

    def get_filename(self):
        return f"abandoned-drafts-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        cutoff = timezone.now() - ABANDONED_AFTER
        self.queryset = (
            self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
            .filter(live=False, first_published_at__isnull=True, depth__gt=1)
            .filter(
                Q(latest_revision_created_at__lt=cutoff)
                | Q(latest_revision_created_at__isnull=True)
            )
            .order_by("latest_revision_created_at")
            .specific(defer=True)
        )
        return super().get_queryset()
