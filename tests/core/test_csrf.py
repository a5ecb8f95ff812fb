"""Forms on cacheable pages: the token comes from /csrf/, or from the resend page."""

import pytest
from django.test import Client

from tests.newsletter.test_views import GOOD


@pytest.fixture
def strict_client():
    return Client(enforce_csrf_checks=True)


def test_footer_forms_carry_an_empty_token_field_and_no_cookie(strict_client, home_page):
    response = strict_client.get("/")
    assert not response.cookies
    assert b'name="csrfmiddlewaretoken" value="" data-csrf-token' in response.content
    assert b"js/csrf.js" in response.content


def test_token_endpoint_sets_the_cookie_and_is_never_cached(strict_client, db):
    response = strict_client.get("/csrf/")
    assert response.json()["token"]
    assert "csrftoken" in response.cookies
    assert "no-cache" in response["Cache-Control"]


def test_with_the_fetched_token_the_signup_goes_through(strict_client, home_page):
    token = strict_client.get("/csrf/").json()["token"]
    response = strict_client.post("/newsletter/", {**GOOD, "csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_without_javascript_the_post_gets_a_resend_page_with_the_visitors_text(
    strict_client, home_page
):
    response = strict_client.post(
        "/newsletter/", {**GOOD, "first_name": "Annabel", "csrfmiddlewaretoken": ""}
    )
    assert response.status_code == 403
    assert "csrftoken" in response.cookies
    html = response.content.decode()
    assert "Please send it again" in html and "Annabel" in html
    assert 'action="/newsletter/"' in html

    token = response.context["csrf_token"]
    again = strict_client.post("/newsletter/", {**GOOD, "csrfmiddlewaretoken": str(token)})
    assert again.status_code == 302


def test_a_wrong_token_with_a_cookie_still_gets_djangos_403(strict_client, home_page):
    strict_client.get("/csrf/")
    response = strict_client.post("/newsletter/", {**GOOD, "csrfmiddlewaretoken": "x" * 64})
    assert response.status_code == 403
    assert b"Please send it again" not in response.content
