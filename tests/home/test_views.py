import pytest
from bs4 import BeautifulSoup

from core.models import SiteSettings
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.core.factories import StandardPageFactory
from tests.home.factories import feature_articles

pytestmark = pytest.mark.django_db


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def news(home_page):
    return ArticleIndexPageFactory(parent=home_page)


def test_home_page_shows_featured_then_latest(client, home_page, news):
    older = ArticlePageFactory(parent=news, title="Older", date="2025-01-01")
    newer = ArticlePageFactory(parent=news, title="Newer", date="2026-01-01")
    ArticlePageFactory(parent=news, title="Newest", date="2026-02-01")  # the hero's
    feature_articles(home_page, [older])
    response = client.get("/")
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.find("h1").get_text() == home_page.hero_heading
    featured = soup.select("#featured-heading ~ .card-grid .card-article__title a")
    latest = (
        soup.select("#latest-heading")[0].find_parent("section").select(".card-article__title a")
    )
    assert [a.get_text() for a in featured] == ["Older"]
    assert [a.get_text() for a in latest] == [newer.title]
    assert soup.find("script", type="application/ld+json")


def test_the_hero_shows_the_newest_article_beside_its_heading(client, home_page, news):
    ArticlePageFactory(parent=news, title="Older", date="2025-01-01")
    ArticlePageFactory(parent=news, title="Newest", date="2026-02-01")
    hero = soup_of(client.get("/")).select_one("section.hero")
    feature = hero.select_one(".hero__feature")
    assert feature.select_one(".card-article__title a").get_text() == "Newest"
    assert feature.find("h2")  # under the page's one h1


def card_titles(soup, selector):
    return [a.get_text() for a in soup.select(f"{selector} .card-article__title a")]


def test_the_hero_article_is_the_editors_choice_and_is_not_repeated(client, home_page, news):
    chosen = ArticlePageFactory(parent=news, title="Chosen", date="2025-01-01")
    other = ArticlePageFactory(parent=news, title="Other", date="2025-06-01")
    ArticlePageFactory(parent=news, title="Newest", date="2026-02-01")
    feature_articles(home_page, [chosen, other])
    home_page.refresh_from_db()
    home_page.hero_article = chosen
    home_page.save()
    soup = soup_of(client.get("/"))
    assert card_titles(soup, ".hero__feature") == ["Chosen"]
    assert soup.select_one(".hero__feature-label").get_text() == "Our pick"  # not "Just published"
    assert card_titles(soup, ".card-grid--featured") == ["Other"]
    assert card_titles(soup, ".card-grid--rows") == ["Newest"]


def test_the_newest_article_in_the_hero_is_left_out_of_featured(client, home_page, news):
    older = ArticlePageFactory(parent=news, title="Older", date="2025-01-01")
    newest = ArticlePageFactory(parent=news, title="Newest", date="2026-02-01")
    feature_articles(home_page, [newest, older])
    soup = soup_of(client.get("/"))
    assert card_titles(soup, ".hero__feature") == ["Newest"]
    assert soup.select_one(".hero__feature-label").get_text() == "Just published"
    assert card_titles(soup, ".card-grid--featured") == ["Older"]
    assert "Newest" not in card_titles(soup, "main .page-section")


def test_editors_choose_the_hero_article_in_the_hero_panel(admin_client, home_page):
    soup = soup_of(admin_client.get(f"/admin/pages/{home_page.pk}/edit/"))
    chooser = soup.select_one("[data-contentpath=hero_article]")
    assert chooser and chooser.select_one("input[name=hero_article]")
    assert "Leave empty to show the newest article" in chooser.get_text()


def test_the_finder_box_links_every_concern_the_finder_has(client, home_page):
    from tests.treatments.factories import ConcernFactory, TreatmentIndexPageFactory
    from treatments.finder import finder_options

    TreatmentIndexPageFactory(parent=home_page)
    for number in range(12):
        ConcernFactory(name=f"Concern {number:02}", sort_order=100 - number)
    links = soup_of(client.get("/")).select(".home-finder__concerns a")
    concerns, _areas = finder_options()
    assert [a.get_text() for a in links] == [concern.name for concern in concerns]
    assert len(links) == 12
    # The lowest sort order first; slugs come from a factory sequence, so read it back.
    assert concerns[0].name == "Concern 11"
    assert links[0]["href"] == f"/tweakments/?concern={concerns[0].slug}"


@pytest.mark.parametrize(("videos", "shown"), [(5, 4), (3, 2), (1, 1)])
def test_home_videos_fill_their_rows(client, home_page, videos, shown):
    from tests.videos.factories import VideoHubPageFactory, VideoPageFactory

    hub = VideoHubPageFactory(parent=home_page)
    for _number in range(videos):
        VideoPageFactory(parent=hub)
    home_page.sections = [{"type": "videos", "value": {"heading": "Watch", "rows": 1}}]
    home_page.save()
    grid = soup_of(client.get("/")).select_one("#home-videos-heading").find_next("div")
    assert "card-grid--quarters" in grid["class"]
    assert len(grid.select(".card-article")) == shown


def test_the_practitioner_search_says_who_the_directory_lists(client, home_page):
    from practitioners.choices import Profession
    from tests.practitioners.factories import DirectoryPageFactory

    DirectoryPageFactory(parent=home_page)
    text = soup_of(client.get("/")).select_one(".home-practitioners p").get_text()
    assert text.startswith("Doctors, consultant dermatologists, plastic surgeons, dentists,")
    assert text.endswith("pharmacist prescribers and aesthetic practitioners near you.")
    assert all(label.lower() in text.lower() for label in Profession.labels)


def test_without_articles_the_hero_has_no_empty_card(client, home_page):
    assert not soup_of(client.get("/")).select(".hero__feature")


def test_home_page_query_count_does_not_grow(
    client, home_page, news, django_assert_max_num_queries
):
    first = ArticlePageFactory(parent=news, topics=["A"])
    ArticlePageFactory(parent=news, topics=["B"])  # one in "Latest" too
    feature_articles(home_page, [first])
    client.get("/")
    # 12: the sections (9) + the hero's newest article (the page, image, renditions).
    with django_assert_max_num_queries(12) as few:
        client.get("/")
    few_count = len(few.captured_queries)
    more = [ArticlePageFactory(parent=news, topics=[f"T{number}"]) for number in range(8)]
    feature_articles(home_page, [first, *more[:5]])
    client.get("/")
    with django_assert_max_num_queries(few_count):
        client.get("/")


def test_search_finds_pages_and_pages_through_results(client, home_page, news):
    for number in range(12):
        ArticlePageFactory(parent=news, title=f"Exosome story {number}")
    ArticlePageFactory(parent=news, title="Fillers")
    response = client.get("/search/", {"q": "exosome"})
    soup = soup_of(response)
    assert soup.select_one(".search-count").get_text() == "12 results"
    assert len(soup.select(".search-result")) == 10
    assert soup.select_one(".search-result__type").get_text() == "Article"
    page_two = soup_of(client.get("/search/", {"q": "exosome", "page": "2"}))
    assert len(page_two.select(".search-result")) == 2


def test_search_offers_to_post_a_question(client, home_page):
    ask = StandardPageFactory(parent=home_page, title="Ask Alice", slug="ask-alice")
    site_settings = SiteSettings.load()
    site_settings.ask_question_page = ask
    site_settings.save()
    soup = soup_of(client.get("/search/", {"q": "nothing matches this"}))
    assert soup.select_one(".search-count").get_text() == "0 results"
    link = soup.select_one(".ask-prompt a")
    assert link.get_text() == "Post a question"
    assert link["href"] == "/ask-alice/?question=nothing%20matches%20this"


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": "exosome", "page": "abc"},
        {"q": "exosome", "page": "-1"},
        {"q": "exosome", "page": "99999999"},
        {"q": "'; DROP TABLE wagtailcore_page; --"},
        {"q": "<script>alert(1)</script>"},
        {"q": 'AND OR NOT ( " * :'},
        {"q": ""},
        {},
    ],
)
def test_search_survives_junk(client, home_page, news, params):
    ArticlePageFactory(parent=news, title="Exosome story")
    response = client.get("/search/", params)
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content


def test_long_search_is_cut_not_refused(client, home_page):
    soup = soup_of(client.get("/search/", {"q": "a" * 5000}))
    assert len(soup.select_one("#search-page-q")["value"]) == 200


@pytest.mark.parametrize("url", ["/search/", "/search/?q=filler", "/about/trust/"])
def test_head_answers_like_get_without_a_body(client, home_page, news, url):
    get, head = client.get(url), client.head(url)
    assert head.status_code == get.status_code == 200
    assert head["Content-Type"] == get["Content-Type"]
    assert head.content == b""


def title_case_words(heading):
    """Capitalised words that neither start a sentence nor name something (Alice, UK)."""
    words = heading.replace("?", "?|").replace(".", ".|").split()
    starts = {0} | {number + 1 for number, word in enumerate(words) if word.endswith("|")}
    return [
        word
        for number, word in enumerate(words)
        if number not in starts and word[:1].isupper() and word.strip("|?.") not in {"Alice", "UK"}
    ]


def test_footer_headings_are_in_sentence_case(client, home_page):
    from tests.questions.factories import AskAlicePageFactory

    AskAlicePageFactory(parent=home_page)
    headings = [h.get_text() for h in soup_of(client.get("/")).select("footer h2")]
    assert "Join our mailing list" in headings
    assert len(headings) == 2
    assert {heading: title_case_words(heading) for heading in headings} == {
        heading: [] for heading in headings
    }


def test_footer_calls_to_action_link_to_the_full_forms(client, home_page):
    from tests.questions.factories import AskAlicePageFactory

    AskAlicePageFactory(parent=home_page)
    footer = soup_of(client.get("/")).find("footer")
    links = {a.get_text(): a["href"] for a in footer.select(".footer-form__cta a")}
    assert links == {"Sign up": "/newsletter/", "Ask Alice": "/ask-alice/#ask"}
    # The full forms are there too, for wider screens (site.css swaps them).
    assert footer.select(".footer-form__full form") and len(footer.select("form")) == 2
