"""Registering an admin report: its two URLs (the page and its results-only fragment)."""

from django.urls import path


def report_urls(view, route):
    """URL patterns for a Wagtail ReportView at admin/reports/<route>/."""
    return [
        path(f"reports/{route}/", view.as_view(), name=view.index_url_name),
        path(
            f"reports/{route}/results/",
            view.as_view(results_only=True),
            name=view.index_results_url_name,
        ),
    ]
