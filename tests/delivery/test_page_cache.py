"""The page cache: what it keeps, what it never keeps, and the one rule that renews it."""

import pytest
import wagtail_factories
from django.test import Client
from wagtail.models import Page

from core.models import SiteSettings
from questions.models import Question
from tests.articles.factories import ExpertFactory
from tests.core.factories import StandardPageFactory
from tests.practitioners.factories import DirectoryPageFactory, PractitionerFactory
from tests.questions.factories import QuestionFactory
from tweakments.delivery.models import SiteVersion
from tweakments.delivery.pages import cache_query


def test_an_anonymous_get_sets_no_cookie_and_is_public_for_the_edge(client, about):
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


def test_query_strings_are_normalised_and_only_declared_parameters_kept():
    assert cache_query("page=2&topic=a&utm_source=news&fbclid=x") == cache_query("topic=a&page=2")
    assert cache_query("page=1") != cache_query("page=2")
    assert cache_query("junk=1") is None
    # A visitor's own words are never kept.
    for words in ("q=botox", "question=can+I", "postcode=SW1A+1AA"):
        assert cache_query(words) is None


def test_query_variants_share_an_entry_and_differ_from_others(client, about):
    client.get("/about/?page=2&topic=a")
    assert client.get("/about/?topic=a&page=2&utm_medium=email")["X-Page-Cache"] == "hit"
    assert client.get("/about/?page=3")["X-Page-Cache"] == "miss"


@pytest.mark.parametrize("query", ["?q=my+lips", "?question=is+it+safe", "?junk=1"])
def test_a_visitors_words_and_junk_are_never_kept_here_or_at_the_edge(client, about, query):
    for _ in range(2):
        response = client.get(f"/about/{query}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]


def test_junk_values_cannot_fill_the_cache(client, about, settings):
    settings.PAGE_CACHE_MAX_VARIANTS = 3
    stored = [client.get(f"/about/?page={n}").get("X-Page-Cache") for n in range(1, 7)]
    assert stored == ["miss", "miss", "miss", None, None, None]
    assert "private" in client.get("/about/?page=6")["Cache-Control"]
    assert client.get("/about/")["X-Page-Cache"] == "miss"  # the page itself is not crowded out


def test_editors_with_a_session_are_never_served_or_stored(admin_client, about):
    assert "X-Page-Cache" not in admin_client.get("/about/")
    assert "X-Page-Cache" not in admin_client.get("/about/")
    assert Client().get("/about/")["X-Page-Cache"] == "miss"


def test_excluded_paths_and_errors_are_not_stored(client, cached):
    assert "X-Page-Cache" not in client.get("/no-such-page/")  # a 404
    assert "X-Page-Cache" not in client.get("/admin/login/")


def test_a_publish_is_served_at_once_everywhere(client, about, committed, edge):
    client.get("/about/")
    client.get("/")
    about.title = "About the guide"

    committed(lambda: about.save_revision().publish())

    response = client.get("/about/")
    assert response["X-Page-Cache"] == "miss"
    assert b"About the guide" in response.content
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert edge.purged == ["http://testserver/*"]


def test_drafts_and_autosaves_renew_nothing(client, about, committed):
    client.get("/about/")
    version = SiteVersion.current()
    about.title = "A draft title"
    committed(lambda: about.save_revision())
    assert SiteVersion.current() == version
    assert client.get("/about/")["X-Page-Cache"] == "hit"


def test_unpublishing_and_deleting_are_served_at_once(client, cached, committed):
    first = StandardPageFactory(parent=cached, title="First", slug="first")
    second = StandardPageFactory(parent=cached, title="Second", slug="second")
    client.get("/first/")
    client.get("/second/")

    committed(first.unpublish)
    committed(lambda: Page.objects.get(pk=second.pk).delete())

    assert client.get("/first/").status_code == 404
    assert client.get("/second/").status_code == 404


def test_moving_a_page_is_served_at_once(client, cached, committed):
    about = StandardPageFactory(parent=cached, title="About", slug="about")
    parent = StandardPageFactory(parent=cached, title="Legal", slug="legal")
    client.get("/about/")

    committed(lambda: about.move(parent, pos="last-child"))

    assert client.get("/about/").status_code == 404
    assert client.get("/legal/about/").status_code == 200


def test_saving_site_settings_renews_every_page(client, about, committed):
    client.get("/about/")
    settings = SiteSettings.load()
    settings.site_name = "The New Guide Name"

    committed(settings.save)

    assert b"The New Guide Name" in client.get("/about/").content


def test_saving_an_expert_renews_every_page(client, about, committed):
    client.get("/about/")
    committed(lambda: ExpertFactory(name="Dr New Expert"))
    assert client.get("/about/")["X-Page-Cache"] == "miss"


def test_saving_a_practitioner_renews_their_profile_and_the_directory(client, cached, committed):
    DirectoryPageFactory(parent=cached, slug="find-a-practitioner")
    practitioner = PractitionerFactory(name="Dr Ada Example")
    profile = practitioner.get_absolute_url()
    client.get(profile)
    client.get("/find-a-practitioner/?miles=10")
    practitioner.bio = "Now also offers skin boosters."

    committed(practitioner.save)

    response = client.get(profile)
    assert response["X-Page-Cache"] == "miss"
    assert b"skin boosters" in response.content
    assert client.get("/find-a-practitioner/?miles=10")["X-Page-Cache"] == "miss"


def test_a_published_answer_renews_but_a_new_question_in_moderation_does_not(
    client, ask_page, committed
):
    client.get("/ask-alice/")
    committed(lambda: QuestionFactory(question="Is this still pending moderation?"))
    assert client.get("/ask-alice/")["X-Page-Cache"] == "hit"

    committed(lambda: QuestionFactory(published=True, question="Does microneedling hurt much?"))
    response = client.get("/ask-alice/")
    assert response["X-Page-Cache"] == "miss"
    assert b"Does microneedling hurt much?" in response.content


def test_a_bulk_update_renews_too(client, ask_page, committed):
    answer = QuestionFactory(published=True, question="Which answer gets rejected in bulk?")
    assert b"rejected in bulk" in client.get("/ask-alice/").content

    committed(lambda: Question.objects.filter(pk=answer.pk).update(status=Question.Status.REJECTED))

    assert b"rejected in bulk" not in client.get("/ask-alice/").content


def test_editing_a_picture_renews_every_page_but_adding_one_does_not(client, about, committed):
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


def test_a_change_rolled_back_renews_nothing(client, about, django_capture_on_commit_callbacks):
    client.get("/about/")
    version = SiteVersion.current()
    with django_capture_on_commit_callbacks(execute=False):
        about.save_revision().publish()
    assert SiteVersion.current() == version
