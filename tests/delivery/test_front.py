"""The WSGI front (`page_cache_front`): it answers a hit exactly as the middleware would,
before Django, and hands everything else to Django untouched."""

import time
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.cache import caches

from tweakments.delivery import pages


class Django:
    """Stands in for Django's WSGI application: records what the front handed on."""

    def __init__(self):
        self.handed_on = []

    def __call__(self, environ, start_response):
        self.handed_on.append(environ["PATH_INFO"])
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"rendered by Django"]


@pytest.fixture
def django_app():
    return Django()


@pytest.fixture
def front(django_app):
    def call(path, method="GET", query="", **headers):
        environ = {}
        setup_testing_defaults(environ)
        environ.update(REQUEST_METHOD=method, PATH_INFO=path, QUERY_STRING=query)
        environ.update({"HTTP_HOST": "testserver", **headers})
        answer = {}

        def start_response(status, header_list, exc_info=None):
            answer.update(status=status, headers=header_list)

        body = b"".join(pages.page_cache_front(django_app)(environ, start_response))
        return answer["status"], dict(answer["headers"]), body

    return call


def test_a_hit_is_answered_before_django_as_the_middleware_answers_it(
    client, about, front, django_app, django_assert_num_queries
):
    assert client.get("/about/")["X-Page-Cache"] == "miss"
    by_middleware = client.get("/about/")

    with django_assert_num_queries(0):
        status, headers, body = front("/about/")

    assert django_app.handed_on == []
    assert status == "200 OK" and body == by_middleware.content
    assert headers.pop("Content-Length") == str(len(body))
    assert headers == dict(by_middleware.items())
    assert headers["X-Page-Cache"] == "hit" and headers["X-Content-Type-Options"] == "nosniff"


def test_head_has_the_headers_and_no_body(client, about, front):
    page = client.get("/about/").content
    status, headers, body = front("/about/", method="HEAD")
    assert status == "200 OK" and body == b""
    assert headers["Content-Length"] == str(len(page))


@pytest.mark.parametrize(
    "request_",
    [
        {"HTTP_COOKIE": "sessionid=abc"},
        {"HTTP_COOKIE": "_ga=1; sessionid = abc"},  # as Django reads cookies
        {"HTTP_AUTHORIZATION": "Basic eDp5"},
        {"method": "POST"},
        {"query": "q=my+lips"},
        {"HTTP_HOST": "evil.example"},  # Django refuses it
        {"wsgi.url_scheme": "https"},  # kept apart: a page over HTTPS carries HSTS
    ],
    ids=[
        "session",
        "session-among-others",
        "authorization",
        "post",
        "visitors-words",
        "bad-host",
        "other-scheme",
    ],
)
def test_what_the_cache_does_not_answer_goes_to_django(client, about, front, django_app, request_):
    client.get("/about/")
    status, headers, body = front("/about/", **request_)
    assert django_app.handed_on == ["/about/"] and body == b"rendered by Django"


def test_behind_a_proxy_the_scheme_it_reports_keys_the_page(client, about, front, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    by_middleware = client.get("/about/", headers={"X-Forwarded-Proto": "https, http"})

    assert front("/about/", HTTP_X_FORWARDED_PROTO="https")[2] == by_middleware.content
    assert front("/about/", HTTP_X_FORWARDED_PROTO="http")[2] == b"rendered by Django"
    assert front("/about/")[2] == b"rendered by Django"  # plain HTTP, no proxy header


def test_a_version_due_its_database_check_goes_to_django(client, about, front, django_app):
    client.get("/about/")
    pages._checked_at = time.monotonic() - 2  # over a second ago: the middleware checks
    front("/about/")
    assert django_app.handed_on == ["/about/"]


def test_a_stale_entry_goes_to_django(client, about, front, django_app):
    client.get("/about/")
    caches["pages"].set(pages.VERSION_KEY, 10**9, None)  # renewed since the page was kept
    front("/about/")
    assert django_app.handed_on == ["/about/"]
