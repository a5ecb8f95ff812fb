"""Anonymous forms sit on shared, cached pages: no CSRF cookie or token, so the browser's
own account of where a POST comes from decides (core/origin.py)."""

import pytest
from django.test import Client, RequestFactory

from core.origin import is_cross_site
from tests.newsletter.test_views import GOOD

factory = RequestFactory()


@pytest.mark.parametrize(
    "headers, cross",
    [
        ({}, False),  # scripts and very old browsers: nothing to go on, no credentials
        ({"HTTP_SEC_FETCH_SITE": "same-origin"}, False),
        ({"HTTP_SEC_FETCH_SITE": "none"}, False),  # typed or bookmarked
        ({"HTTP_SEC_FETCH_SITE": "cross-site"}, True),
        ({"HTTP_SEC_FETCH_SITE": "same-site"}, True),  # a sibling subdomain
        ({"HTTP_ORIGIN": "http://testserver"}, False),
        ({"HTTP_ORIGIN": "https://evil.example"}, True),
        ({"HTTP_ORIGIN": "null"}, True),  # sandboxed frames, data: URLs
        ({"HTTP_ORIGIN": "http://testserver.evil.example"}, True),
    ],
)
def test_cross_site_is_told_by_sec_fetch_site_and_origin(headers, cross):
    assert is_cross_site(factory.post("/", **headers)) is cross


def test_pages_carry_no_token_and_set_no_cookie(home_page):
    response = Client(enforce_csrf_checks=True).get("/")
    assert not response.cookies
    assert b"csrfmiddlewaretoken" not in response.content


def test_a_refused_post_gets_the_friendly_page_not_djangos(home_page):
    response = Client(enforce_csrf_checks=True).post(
        "/newsletter/", GOOD, HTTP_SEC_FETCH_SITE="cross-site"
    )
    assert response.status_code == 403
    html = response.content.decode()
    assert "We couldn't take that form" in html and "CSRF" not in html
    assert "<footer" in html  # the site's own page, with its header and footer


def test_forms_still_protected_by_csrf_get_the_friendly_page_too(home_page, django_user_model):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert "We couldn't take that form" in response.content.decode()
