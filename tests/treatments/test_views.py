import json

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from articles.models import ArticlePageTreatment
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from treatments.finder import Finder
from treatments.models import Downtime

from .factories import (
    AreaFactory,
    ConcernFactory,
    TreatmentIndexPageFactory,
    TreatmentPageFactory,
)

pytestmark = pytest.mark.django_db

FINDER_URL = "/tweakments/"


@pytest.fixture
def finder_page(home_page):
    return TreatmentIndexPageFactory(parent=home_page)


@pytest.fixture
def catalogue(finder_page):
    pigmentation = ConcernFactory(name="Pigmentation", slug="pigmentation")
    lines = ConcernFactory(name="Lines and wrinkles", slug="lines")
    face = AreaFactory(name="Face", slug="face")
    return {
        "peel": TreatmentPageFactory(
            parent=finder_page,
            title="Chemical peel",
            slug="peel",
            price_from=90,
            price_to=300,
            downtime=Downtime.FEW_DAYS,
            concerns=[pigmentation],
            areas=[face],
        ),
        "ipl": TreatmentPageFactory(
            parent=finder_page,
            title="IPL photofacial",
            slug="ipl",
            price_from=150,
            downtime=Downtime.NONE,
            concerns=[pigmentation],
            areas=[face],
        ),
        "botox": TreatmentPageFactory(
            parent=finder_page,
            title="Anti-wrinkle injections",
            slug="botox",
            price_from=180,
            downtime=Downtime.NONE,
            concerns=[lines],
            areas=[face],
            price_to=None,
            regulatory_status="prescription_only",
            repeat_every_months=4,
        ),
    }


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def result_titles(response):
    return [
        a.get_text() for a in soup_of(response).select("#finder-results .card-article__title a")
    ]


def test_finder_lists_everything_with_counts_and_a_to_z(client, catalogue):
    response = client.get(FINDER_URL)
    assert response.status_code == 200
    soup = soup_of(response)
    assert len(soup.find_all("h1")) == 1
    assert result_titles(response) == [
        "Anti-wrinkle injections",
        "Chemical peel",
        "IPL photofacial",
    ]
    counts = {
        label.contents[0].strip(): label.select_one(".finder__count").get_text()
        for label in soup.select(".finder__option label")
    }
    assert counts["Pigmentation"] == "2"
    assert counts["Lines and wrinkles"] == "1"
    assert counts["Any budget"] == "3"
    assert counts["Up to £100"] == "1"
    az = [a.get_text() for a in soup.select(".a-to-z a")]
    assert az == ["Anti-wrinkle injections", "Chemical peel", "IPL photofacial"]
    assert soup.find("link", rel="canonical")["href"] == "http://testserver/tweakments/"
    assert soup.find("script", src=lambda src: src and "treatments" in src).has_attr("defer")
    for field in soup.select("#finder-form input:not([type=hidden])"):
        assert soup.find("label", attrs={"for": field["id"]}), field


def test_finder_filters_by_get_parameters(client, catalogue):
    response = client.get(FINDER_URL, {"concern": "pigmentation", "budget": "100"})
    assert result_titles(response) == ["Chemical peel"]
    soup = soup_of(response)
    assert soup.find("input", attrs={"name": "concern", "value": "pigmentation"}).has_attr(
        "checked"
    )
    assert soup.find("input", attrs={"name": "budget", "value": "100"}).has_attr("checked")
    assert "1 treatment matches your choices" in soup.select_one("#finder-status").get_text()
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"


def test_finder_downtime_and_text(client, catalogue):
    assert result_titles(client.get(FINDER_URL, {"downtime": "0"})) == [
        "Anti-wrinkle injections",
        "IPL photofacial",
    ]
    assert result_titles(client.get(FINDER_URL, {"q": "peel"})) == ["Chemical peel"]


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"budget": "200", "downtime": "2"},
        {"concern": "pigmentation", "downtime": "0"},
        {"q": "i"},
    ],
)
def test_the_number_found_is_the_results_shown(client, catalogue, query):
    response = client.get(FINDER_URL, query)
    shown = len(result_titles(response))
    status = soup_of(response).select_one("#finder-status").get_text()
    assert status.startswith(f"{shown} treatment")


def test_finder_says_when_nothing_matches(client, catalogue):
    response = client.get(FINDER_URL, {"concern": "lines", "downtime": "1", "budget": "100"})
    assert result_titles(response) == []
    assert "No treatments match" in soup_of(response).select_one("#finder-status").get_text()


@pytest.mark.parametrize(
    ("query", "ignored"),
    [
        ("concern=not-a-concern", "concern"),
        ("area=%3Cscript%3E", "area"),
        ("budget=abc", "budget"),
        ("budget=-100", "budget"),
        (f"budget={10**12}", "budget"),
        ("downtime=99", "downtime"),
        ("q=" + "x" * 5000, "name or keyword"),
        ("q=%00", "name or keyword"),
        ("page=zzz", None),
        ("page=-1", None),
        (f"page={10**12}", None),
        ("budget=100&budget=250&budget=xyz", "budget"),
        ("concern=pigmentation&concern=pigmentation&concern=' OR 1=1 --", "concern"),
    ],
)
def test_finder_ignores_junk_and_says_so(client, catalogue, query, ignored):
    response = client.get(f"{FINDER_URL}?{query}")
    assert response.status_code == 200
    notices = soup_of(response).select_one("#finder-notices").get_text(" ")
    if ignored:
        assert ignored in notices.lower()
    else:
        assert notices.strip() == ""
    assert "<script>" not in response.content.decode()


def test_repeated_valid_parameters_use_the_last_single_value(client, catalogue):
    response = client.get(f"{FINDER_URL}?budget=100&budget=250")
    assert response.status_code == 200
    assert result_titles(response) == [
        "Anti-wrinkle injections",
        "Chemical peel",
        "IPL photofacial",
    ]


def test_finder_escapes_search_text(client, catalogue):
    response = client.get(FINDER_URL, {"q": '"><img src=x onerror=alert(1)>'})
    html = response.content.decode()
    assert "<img src=x" not in html
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


def test_finder_query_count_is_constant(client, django_assert_max_num_queries, finder_page):
    concerns = [ConcernFactory() for _ in range(3)]
    areas = [AreaFactory() for _ in range(2)]

    def add(count):
        for number in range(count):
            TreatmentPageFactory(
                parent=finder_page,
                concerns=concerns[: 1 + number % 3],
                areas=areas[: 1 + number % 2],
            )

    query = {
        "concern": [concerns[0].slug, concerns[1].slug],
        "area": areas[0].slug,
        "budget": "250",
        "downtime": "1",
        "q": "Treatment",
    }
    add(2)
    client.get(FINDER_URL, query)  # the pictures' renditions are made once
    with django_assert_max_num_queries(12) as few:
        client.get(FINDER_URL, query)
    baseline = len(few.captured_queries)
    add(20)
    client.get(FINDER_URL, query)
    with django_assert_max_num_queries(baseline):
        response = client.get(FINDER_URL, query)
    assert len(result_titles(response)) > 2
    with django_assert_max_num_queries(baseline):
        client.get(FINDER_URL)


def test_finder_pages_results(client, finder_page):
    for _ in range(26):
        TreatmentPageFactory(parent=finder_page)
    first = client.get(FINDER_URL, {"downtime": "0"})
    assert len(result_titles(first)) == 24
    assert soup_of(first).select_one(".pager a[rel=next]")["href"] == "?downtime=0&page=2"
    assert len(result_titles(client.get(FINDER_URL, {"downtime": "0", "page": "2"}))) == 2


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        ("2", 2),
        ("3", 2),
        ("99", 2),
        (str(10**12), 2),
        ("0", 2),
        ("-1", 2),
        ("zzz", 1),
        ("1.5", 1),
        ("%00", 1),
        ("<b>", 1),
        ("", 1),
    ],
)
def test_finder_clamps_junk_page_numbers(client, finder_page, monkeypatch, number, shown):
    monkeypatch.setattr("treatments.finder.RESULTS_PER_PAGE", 2)
    for title in ("Alpha", "Beta", "Gamma"):
        TreatmentPageFactory(parent=finder_page, title=title)
    response = client.get(f"{FINDER_URL}?page={number}")
    assert response.status_code == 200
    assert result_titles(response) == (["Gamma"] if shown == 2 else ["Alpha", "Beta"])
    assert f"Page {shown} of 2" in soup_of(response).select_one(".pager").get_text()
    assert soup_of(response).select_one("#finder-status").get_text() == "3 treatments"


def test_finder_queries_do_not_grow_with_treatments(client, finder_page):
    """The same number of queries for 5 treatments as for 30 (a full page of cards)."""
    concern = ConcernFactory()
    picture = wagtail_factories.ImageFactory()
    query = {"concern": concern.slug, "budget": "250", "downtime": "1", "page": "1"}

    def add(count):
        for _ in range(count):
            TreatmentPageFactory(parent=finder_page, hero_image=picture, concerns=[concern])

    def queries():
        client.get(FINDER_URL, query)  # the picture's renditions are made once
        with CaptureQueriesContext(connection) as counted:
            response = client.get(FINDER_URL, query)
        return len(counted), len(result_titles(response))

    add(5)
    count, shown = queries()
    assert shown == 5
    add(25)
    assert queries() == (count, 24)


def test_finder_cards_and_a_to_z_change_when_a_treatment_is_published(client, catalogue):
    client.get(FINDER_URL)
    peel = catalogue["peel"]
    peel.title = "Glycolic peel"
    peel.save_revision().publish()
    response = client.get(FINDER_URL)
    assert "Glycolic peel" in result_titles(response)
    assert "Chemical peel" not in response.content.decode()
    catalogue["ipl"].unpublish()
    a_to_z = soup_of(client.get(FINDER_URL)).select_one(".a-to-z").get_text()
    assert "Glycolic peel" in a_to_z
    assert "IPL photofacial" not in a_to_z


def test_finder_class_builds_results_without_python_filtering(catalogue, finder_page):
    finder = Finder(QueryDict("concern=pigmentation"), finder_page.treatments)
    assert "EXISTS" in str(finder.filtered().query).upper()


def test_treatment_page_shows_summary_box_body_and_blocks(client, catalogue):
    response = client.get("/tweakments/botox/")
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.find("h1").get_text() == "Anti-wrinkle injections"
    assert len(soup.find_all("h1")) == 1
    box = soup.select_one(".summary-box").get_text(" ")
    assert "From £180 a session" in box
    assert "About £540 a year" in box
    assert "Lines and wrinkles" in box
    # The UK status is in the rules box, which the summary box points to.
    assert soup.select_one(".summary-box a[href='#rules']")
    assert "Prescription-only medicine" in soup.select_one("#rules").get_text(" ")
    assert soup.select_one(".treatment-callout--warning")
    hero = soup.select_one(".article__hero img")
    assert hero["src"].endswith(".webp") and hero.has_attr("srcset")
    compare = soup.select_one(".treatment__compare a")["href"]
    assert compare == "/tweakments/compare/?t=botox"
    data = [json.loads(tag.string) for tag in soup.find_all("script", type="application/ld+json")]
    assert [item["@type"] for item in data] == [
        "MedicalProcedure",
        "MedicalWebPage",
        "BreadcrumbList",
    ]


def test_treatment_page_lists_articles_that_discuss_it(client, catalogue, home_page):
    news = ArticleIndexPageFactory(parent=home_page)
    article = ArticlePageFactory(parent=news, title="Peels, explained", slug="peels")
    ArticlePageFactory(parent=news, title="Unrelated", slug="unrelated")
    ArticlePageTreatment.objects.create(page=article, treatment=catalogue["peel"])
    response = client.get("/tweakments/peel/")
    titles = [a.get_text() for a in soup_of(response).select(".treatment-articles__title")]
    assert titles == ["Peels, explained"]
    # And the article links back.
    article_response = client.get("/news/peels/")
    links = soup_of(article_response).select(".article-treatments a")
    assert [(a.get_text(), a["href"]) for a in links] == [("Chemical peel", "/tweakments/peel/")]


def test_treatment_page_query_count(client, catalogue, home_page, django_assert_max_num_queries):
    news = ArticleIndexPageFactory(parent=home_page)
    for number in range(4):
        article = ArticlePageFactory(parent=news, slug=f"a{number}")
        ArticlePageTreatment.objects.create(page=article, treatment=catalogue["peel"])
    client.get("/tweakments/peel/")
    with django_assert_max_num_queries(10):
        client.get("/tweakments/peel/")


def test_treatment_page_escapes_editor_text(client, finder_page):
    TreatmentPageFactory(
        parent=finder_page,
        slug="odd",
        title="<b>Odd</b>",
        also_known_as="</script><script>alert(1)</script>",
        regulatory_note="<i>note</i>",
    )
    html = client.get("/tweakments/odd/").content.decode()
    assert "<b>Odd</b>" not in html and "&lt;b&gt;Odd&lt;/b&gt;" in html
    assert "<script>alert(1)" not in html
    assert "<i>note</i>" not in html


def test_compare_page_side_by_side(client, catalogue):
    response = client.get("/tweakments/compare/?t=botox&t=peel")
    assert response.status_code == 200
    soup = soup_of(response)
    headers = [th.get_text() for th in soup.select("thead th")]
    assert headers == ["Anti-wrinkle injections", "Chemical peel"]
    rows = {
        tr.th.get_text(): [td.get_text(" ", strip=True) for td in tr.find_all("td")]
        for tr in soup.select("tbody tr")
    }
    assert rows["Typical cost a session"] == ["From £180", "£90–£300"]
    assert rows["UK regulatory status"][0] == "Prescription-only medicine"
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"


@pytest.mark.parametrize(
    "query",
    ["", "t=", "t=nope", "t=botox&t=botox", "t=a&t=b&t=c&t=d&t=e", "t=" + "x" * 5000, "t=%00"],
)
def test_compare_tolerates_junk(client, catalogue, query):
    response = client.get(f"/tweakments/compare/?{query}")
    assert response.status_code == 200


def test_compare_caps_at_three(client, catalogue, finder_page):
    TreatmentPageFactory(parent=finder_page, slug="fourth", title="Fourth")
    response = client.get("/tweakments/compare/?t=botox&t=peel&t=ipl&t=fourth")
    soup = soup_of(response)
    assert len(soup.select("thead th")) == 3
    assert "up to 3" in soup.select_one(".finder__notices").get_text()


def test_summary_box_preview_mode(rf, admin_user, catalogue):
    page = catalogue["botox"]
    assert ("summary", "Summary box") in page.preview_modes
    request = rf.get("/")
    request.user = admin_user
    response = page.serve_preview(request, "summary")
    response.render()
    soup = soup_of(response)
    assert soup.select_one(".summary-box")
    assert not soup.select_one(".treatment__body")


def test_home_page_slot_links_concerns(client, catalogue):
    response = client.get("/")
    soup = soup_of(response)
    links = [a["href"] for a in soup.select(".home-finder__concerns a")]
    assert "/tweakments/?concern=pigmentation" in links
    assert soup.select_one(".home-finder h2").get_text() == "Tweakment Finder"


def test_home_page_without_finder_has_no_slot(client, home_page):
    assert not soup_of(client.get("/")).select_one(".home-finder")


def test_admin_screens_for_editors(admin_client, catalogue, finder_page):
    assert admin_client.get("/admin/snippets/treatments/concern/?q=pig").status_code == 200
    assert b"Pigmentation" in admin_client.get("/admin/snippets/treatments/concern/?q=pig").content
    assert admin_client.get("/admin/snippets/treatments/area/").status_code == 200
    edit = admin_client.get(f"/admin/pages/{catalogue['botox'].pk}/edit/")
    assert edit.status_code == 200
    assert b"Facts for the summary box" in edit.content
    add = admin_client.get(f"/admin/pages/add/treatments/treatmentpage/{finder_page.pk}/")
    assert add.status_code == 200


def test_article_editor_has_treatments_chooser(admin_client, home_page, catalogue):
    news = ArticleIndexPageFactory(parent=home_page)
    article = ArticlePageFactory(parent=news)
    response = admin_client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    assert b"Treatments discussed" in response.content


def test_a_renamed_concern_shows_on_the_finder_at_once(client, finder_page):
    concern = ConcernFactory(name="Fine lines")
    TreatmentPageFactory(parent=finder_page, concerns=[concern])
    assert "Fine lines" in client.get(FINDER_URL).content.decode()
    concern.name = "Lines and wrinkles"
    concern.save()
    page = client.get(FINDER_URL).content.decode()
    assert "Lines and wrinkles" in page and "Fine lines" not in page
