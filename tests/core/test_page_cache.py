"""The page cache: what it stores, what it never stores, and each kind of change that purges."""

import pytest
import wagtail_factories
from django.test import Client
from tweakments.page_cache import normalised_query
from wagtail.models import Page

from core.models import SiteSettings
from tests.articles.factories import ExpertFactory
from tests.core.factories import StandardPageFactory
from tests.practitioners.factories import DirectoryPageFactory, PractitionerFactory
from tests.questions.factories import AskAlicePageFactory, QuestionFactory


@pytest.fixture
def cached(settings, home_page):
    settings.PAGE_CACHE_ENABLED = True
    return home_page


@pytest.fixture
def about(cached):
    return StandardPageFactory(parent=cached, title="About us", slug="about")


@pytest.fixture
def ask_page(cached):
    page = AskAlicePageFactory(parent=cached)
    settings = SiteSettings.load()
    settings.ask_question_page = page
    settings.save()
    return page


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a change and its on-commit purges, as a real request's transaction would."""

    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            change()

    return run


def test_an_anonymous_get_sets_no_cookie_and_does_not_vary_on_it(client, about):
    response = client.get("/about/")
    assert response.status_code == 200
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    assert "public" in response["Cache-Control"] and "s-maxage" in response["Cache-Control"]


def test_second_get_is_served_from_the_cache_without_queries(
    client, about, django_assert_num_queries
):
    assert client.get("/about/")["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        response = client.get("/about/")
    assert response["X-Page-Cache"] == "hit"
    assert b"About us" in response.content
    assert response["Content-Security-Policy"]


def test_query_strings_are_normalised():
    assert normalised_query("b=2&a=1&utm_source=news&fbclid=x") == normalised_query("a=1&b=2")
    assert normalised_query("a=1") != normalised_query("a=2")


def test_query_variants_share_an_entry_and_differ_from_others(client, about):
    client.get("/about/?b=2&a=1")
    assert client.get("/about/?a=1&b=2&utm_medium=email")["X-Page-Cache"] == "hit"
    assert client.get("/about/?a=3")["X-Page-Cache"] == "miss"


def test_editors_with_a_session_are_never_served_or_stored(admin_client, about):
    assert "X-Page-Cache" not in admin_client.get("/about/")
    assert "X-Page-Cache" not in admin_client.get("/about/")
    assert Client().get("/about/")["X-Page-Cache"] == "miss"


def test_responses_that_set_cookies_and_excluded_paths_are_not_stored(client, cached):
    assert client.get("/csrf/").cookies
    assert "X-Page-Cache" not in client.get("/csrf/")
    assert "X-Page-Cache" not in client.get("/no-such-page/")  # a 404


def test_publishing_a_change_purges_the_page_and_its_parents(client, about, committed):
    client.get("/about/")
    client.get("/")
    about.title = "About the guide"

    committed(lambda: about.save_revision().publish())

    response = client.get("/about/")
    assert response["X-Page-Cache"] == "miss"
    assert b"About the guide" in response.content
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_unpublishing_and_deleting_purge_the_page(client, cached, committed):
    first = StandardPageFactory(parent=cached, title="First", slug="first")
    second = StandardPageFactory(parent=cached, title="Second", slug="second")
    client.get("/first/")
    client.get("/second/")

    committed(first.unpublish)
    committed(lambda: Page.objects.get(pk=second.pk).delete())

    assert client.get("/first/").status_code == 404
    assert client.get("/second/").status_code == 404


def test_moving_a_page_purges_everything(client, cached, committed):
    about = StandardPageFactory(parent=cached, title="About", slug="about")
    parent = StandardPageFactory(parent=cached, title="Legal", slug="legal")
    client.get("/about/")

    committed(lambda: about.move(parent, pos="last-child"))

    assert client.get("/about/").status_code == 404
    assert client.get("/legal/about/").status_code == 200


def test_saving_site_settings_purges_every_page(client, about, committed):
    client.get("/about/")
    settings = SiteSettings.load()
    settings.site_name = "The New Guide Name"

    committed(settings.save)

    assert b"The New Guide Name" in client.get("/about/").content


def test_saving_an_expert_purges_every_page(client, about, committed):
    client.get("/about/")
    committed(lambda: ExpertFactory(name="Dr New Expert"))
    assert client.get("/about/")["X-Page-Cache"] == "miss"


def test_saving_a_practitioner_purges_their_profile_and_the_directory(client, cached, committed):
    DirectoryPageFactory(parent=cached, slug="find-a-practitioner")
    practitioner = PractitionerFactory(name="Dr Ada Example")
    profile = practitioner.get_absolute_url()
    client.get(profile)
    client.get("/find-a-practitioner/?postcode=SW1A+1AA")
    client.get("/about-nothing/")
    practitioner.bio = "Now also offers skin boosters."

    committed(practitioner.save)

    response = client.get(profile)
    assert response["X-Page-Cache"] == "miss"
    assert b"skin boosters" in response.content
    assert client.get("/find-a-practitioner/?postcode=SW1A+1AA")["X-Page-Cache"] == "miss"


def test_publishing_an_answer_purges_ask_alice_and_home_but_not_other_pages(
    client, ask_page, about, committed
):
    for url in ("/", "/ask-alice/", "/about/"):
        assert client.get(url)["X-Page-Cache"] == "miss"

    committed(lambda: QuestionFactory(published=True, question="Does microneedling hurt much?"))

    assert client.get("/ask-alice/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/about/")["X-Page-Cache"] == "hit"


def test_a_new_unanswered_question_purges_nothing(client, ask_page, committed):
    client.get("/ask-alice/")
    committed(lambda: QuestionFactory(question="Is this still pending moderation?"))
    assert client.get("/ask-alice/")["X-Page-Cache"] == "hit"


def test_editing_a_picture_purges_every_page_but_adding_one_does_not(client, about, committed):
    picture = wagtail_factories.ImageFactory()
    client.get("/about/")
    committed(wagtail_factories.ImageFactory)
    assert client.get("/about/")["X-Page-Cache"] == "hit"
    picture.file_size = None
    committed(lambda: picture.get_file_size())  # Wagtail filling in what it measured
    assert client.get("/about/")["X-Page-Cache"] == "hit"

    picture.focal_point_x, picture.focal_point_y = 10, 10
    picture.focal_point_width = picture.focal_point_height = 20
    committed(picture.save)
    assert client.get("/about/")["X-Page-Cache"] == "miss"
    committed(picture.delete)
    assert client.get("/about/")["X-Page-Cache"] == "miss"
