"""Medical review of health content: the fields' rules, the blocks, the page and JSON-LD."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError

from articles.models import ArticlePage
from articles.readability import is_above_target, reading_age
from articles.review import ChangeBlock, SourceBlock, add_months
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory, ExpertFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 3)


@pytest.fixture
def news(home_page):
    return ArticleIndexPageFactory(parent=home_page)


@pytest.fixture
def reviewer():
    return ExpertFactory(
        name="Dr Sarah Okafor", job_title="GP", register="GMC", registration_number="7012345"
    )


def source(**overrides):
    return {
        "type": "source",
        "value": {
            "title": "Botox injections",
            "publisher": "NHS",
            "year": 2024,
            "url": "https://www.nhs.uk/conditions/cosmetic-procedures/botox-injections/",
            "doi": "",
            **overrides,
        },
    }


def reviewed_article(news, reviewer, **fields):
    return ArticlePageFactory(
        parent=news,
        reviewed_by=reviewer,
        last_reviewed=TODAY,
        next_review_due=datetime.date(2027, 3, 3),
        sources=[source(), source(title="A review", url="", doi="10.3390/ijms23126742")],
        changes=[
            {
                "type": "change",
                "value": {"date": "2026-03-03", "kind": "correction", "description": "Fixed."},
            },
            {
                "type": "change",
                "value": {"date": "2025-01-10", "kind": "update", "description": "Added."},
            },
        ],
        **fields,
    )


def test_months_are_added_to_the_end_of_short_months():
    assert add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)
    assert add_months(datetime.date(2024, 2, 29), 12) == datetime.date(2025, 2, 28)
    assert add_months(datetime.date(2026, 11, 15), 3) == datetime.date(2027, 2, 15)


def test_a_stamp_sets_reviewer_and_date_and_the_next_review_a_year_on(news, reviewer):
    article = ArticlePageFactory(parent=news)
    article.stamp_review(reviewer, TODAY)
    assert article.reviewed_by == reviewer
    assert article.last_reviewed == TODAY
    assert article.next_review_due == datetime.date(2027, 3, 3)


def test_a_stamp_keeps_the_cycle_the_editor_chose(news, reviewer):
    article = ArticlePageFactory(
        parent=news,
        last_reviewed=datetime.date(2024, 1, 10),
        next_review_due=datetime.date(2026, 1, 10),  # a two-year cycle
    )
    article.stamp_review(reviewer, TODAY)
    assert article.next_review_due == datetime.date(2028, 3, 3)


@pytest.mark.parametrize(
    ("next_due", "error"),
    [
        (datetime.date(2029, 3, 4), "At most 3 years"),
        (datetime.date(2026, 3, 3), "after the last review"),
        (datetime.date(2025, 1, 1), "after the last review"),
    ],
)
def test_the_next_review_is_after_the_last_and_at_most_three_years_on(
    news, reviewer, next_due, error
):
    article = reviewed_article(news, reviewer)
    article.next_review_due = next_due
    with pytest.raises(ValidationError) as raised:
        article.full_clean()
    assert error in str(raised.value.message_dict["next_review_due"])


def test_three_years_exactly_is_allowed(news, reviewer):
    article = reviewed_article(news, reviewer)
    article.next_review_due = datetime.date(2029, 3, 3)
    article.full_clean()


def test_review_status_over_the_cycle(news, reviewer):
    article = reviewed_article(news, reviewer)
    assert article.review_status(TODAY) == "current"
    assert article.review_status(datetime.date(2027, 2, 10)) == "due soon"
    assert article.review_status(datetime.date(2027, 3, 4)) == "overdue"
    assert ArticlePageFactory(parent=news).review_status(TODAY) == "unreviewed"
    assert list(ArticlePage.objects.overdue(datetime.date(2027, 3, 4))) == [article]


def test_a_source_needs_a_url_or_a_valid_doi():
    block = SourceBlock()
    value = source()["value"]
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(block.to_python({**value, "url": "", "doi": ""}))
    assert "url" in raised.value.block_errors
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(block.to_python({**value, "doi": "not-a-doi"}))
    assert "doi" in raised.value.block_errors
    cleaned = block.clean(
        block.to_python({**value, "url": "", "doi": "https://doi.org/10.1000/xyz"})
    )
    assert cleaned["doi"] == "10.1000/xyz"
    assert cleaned.link == "https://doi.org/10.1000/xyz"


def test_a_change_block_has_a_date_a_kind_and_words():
    block = ChangeBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"date": None, "kind": "update", "description": ""}))


@pytest.mark.parametrize(
    ("register", "number", "field"),
    [
        ("GMC", "12345", "registration_number"),
        ("NMC", "1234567", "registration_number"),
        ("GMC", "", "registration_number"),
        ("", "7012345", "register"),
    ],
)
def test_an_experts_registration_is_checked(register, number, field):
    expert = ExpertFactory.build(register=register, registration_number=number)
    with pytest.raises(ValidationError) as raised:
        expert.full_clean()
    assert field in raised.value.message_dict


def test_valid_registrations_are_accepted_and_linked():
    for register, number in [("GMC", "7012345"), ("NMC", "09a1234e"), ("HCPC", "PA12345")]:
        expert = ExpertFactory.build(register=register, registration_number=number)
        expert.full_clean()
        assert expert.register_url.startswith("https://")
    assert expert.registration == "HCPC PA12345"


def test_the_review_line_breaks_between_its_parts_not_inside_a_date(client, news, reviewer):
    """At 1280 px "Next review" ended one line and "March 2027" began the next: each part
    (dot, words and date) is held together by non-breaking spaces."""
    article = reviewed_article(news, reviewer)
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    text = soup.select_one(".review-line").get_text()
    assert "(GMC 7012345)\xa0·" in text
    assert "Last\xa0reviewed\xa03\xa0March\xa02026\xa0·" in text
    assert "Next\xa0review\xa0March\xa02027" in text


def test_the_page_shows_the_review_line_sources_and_changes(client, news, reviewer):
    article = reviewed_article(news, reviewer)
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    line = " ".join(soup.select_one(".review-line").get_text().split())
    assert line == (
        "Medically reviewed by Dr Sarah Okafor (GMC 7012345) · Last reviewed 3 March 2026 "
        "· Next review March 2027"
    )
    register = soup.select_one(".review-line a")
    assert (
        register["href"] == "https://www.gmc-uk.org/registration-and-licensing/the-medical-register"
    )
    sources = soup.select(".review-footer__sources li")
    assert [li.a["href"] for li in sources] == [
        "https://www.nhs.uk/conditions/cosmetic-procedures/botox-injections/",
        "https://doi.org/10.3390/ijms23126742",
    ]
    changes = [" ".join(li.get_text().split()) for li in soup.select(".review-footer__changes li")]
    assert changes == ["3 March 2026: Correction. Fixed.", "10 January 2025: Added."]
    report = soup.find("a", string="Report a problem with this page")
    assert report["href"] == f"/report-a-problem/?page={article.pk}"


def test_an_unreviewed_page_says_so(client, news):
    article = ArticlePageFactory(parent=news)
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert soup.select_one(".review-line").get_text(strip=True) == "Awaiting medical review"
    assert not soup.select(".review-footer__sources")


def test_json_ld_is_a_medical_web_page_with_reviewer_date_and_citations(client, news, reviewer):
    article = reviewed_article(news, reviewer)
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    data = [json.loads(tag.string) for tag in soup.find_all("script", type="application/ld+json")]
    page = next(item for item in data if item["@type"] == "MedicalWebPage")
    assert page["@context"] == "https://schema.org"
    assert page["url"] == f"http://testserver{article.url}"
    assert page["reviewedBy"] == {
        "@type": "Person",
        "name": "Dr Sarah Okafor",
        "jobTitle": "GP",
        "identifier": {"@type": "PropertyValue", "propertyID": "GMC", "value": "7012345"},
    }
    assert datetime.date.fromisoformat(page["lastReviewed"]) == TODAY
    assert [work["@type"] for work in page["citation"]] == ["CreativeWork", "CreativeWork"]
    assert page["citation"][0]["publisher"] == {"@type": "Organization", "name": "NHS"}
    assert page["citation"][1]["url"] == "https://doi.org/10.3390/ijms23126742"


def test_reading_age_is_none_without_text_and_measured_with_it():
    assert reading_age("   ") is None
    assert reading_age("The cat sat on the mat. It was warm.") <= 7
    long = "Notwithstanding considerable heterogeneity, dermatological interventions demonstrate"
    assert reading_age(f"{long} substantial, statistically significant improvements.") > 12
    assert not is_above_target(None)
    assert is_above_target(13) and not is_above_target(12)
