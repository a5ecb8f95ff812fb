"""The public trust report (/about/trust/), 'Report a problem with this page' and the
editors' Medical review report, checked against the database."""

import datetime
import statistics

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from articles.models import ArticlePage
from chatbot.models import Conversation, Exchange, SurveyResponse
from home.feedback import ProblemReport
from questions.models import Question
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory, ExpertFactory
from tests.questions.factories import AskAlicePageFactory, QuestionFactory
from tests.treatments.factories import TreatmentIndexPageFactory, TreatmentPageFactory
from treatments.models import TreatmentPage

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()
YEAR_AGO = TODAY - datetime.timedelta(days=365)


def days_ago(days):
    return TODAY - datetime.timedelta(days=days)


def change(days, kind, description):
    return {
        "type": "change",
        "value": {"date": days_ago(days).isoformat(), "kind": kind, "description": description},
    }


def reviewed(days, cycle_days=365):
    return {"last_reviewed": days_ago(days), "next_review_due": days_ago(days - cycle_days)}


@pytest.fixture
def content(home_page):
    expert = ExpertFactory(register="GMC", registration_number="7012345")
    news = ArticleIndexPageFactory(parent=home_page)
    finder = TreatmentIndexPageFactory(parent=home_page)
    AskAlicePageFactory(parent=home_page)
    fresh = ArticlePageFactory(
        parent=news,
        title="Fresh",
        reviewed_by=expert,
        changes=[
            change(20, "correction", "Fixed a price."),
            change(30, "update", "Added a section."),
            change(500, "correction", "An old fix."),
        ],
        **reviewed(10),
    )
    overdue = ArticlePageFactory(parent=news, title="Stale", reviewed_by=expert, **reviewed(400))
    ArticlePageFactory(parent=news, title="Never reviewed")
    draft = ArticlePageFactory(parent=news, title="Draft", **reviewed(5))
    draft.unpublish()
    treatment = TreatmentPageFactory(
        parent=finder,
        title="Botox",
        reviewed_by=expert,
        changes=[change(100, "correction", "Who may prescribe.")],
        **reviewed(100),
    )
    QuestionFactory(published=True, reviewed_by=expert, **reviewed(50))
    QuestionFactory()  # waiting: not counted
    conversation = Conversation.objects.create()
    for outcome, count in (("answered", 3), ("declined", 2), ("urgent", 1)):
        for _ in range(count):
            Exchange.objects.create(
                conversation=conversation, question="q", answer_html="a", outcome=outcome
            )
    for helpful in (True, True, False, None):
        SurveyResponse.objects.create(conversation=Conversation.objects.create(), helpful=helpful)
    ProblemReport.objects.create(title="Fresh", url="/", kind="wrong", details="x")
    ProblemReport.objects.create(
        title="Fresh", url="/", kind="wrong", details="y", status=ProblemReport.Status.FIXED
    )
    return {"fresh": fresh, "overdue": overdue, "treatment": treatment}


def figures(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        " ".join(item.dt.get_text().split()): item.dd.get_text(" ", strip=True).split()[0]
        for item in soup.select(".trust-figures__item")
    }, soup


def test_the_trust_report_figures_match_the_database(client, content):
    response = client.get("/about/trust/")
    assert response.status_code == 200
    shown, soup = figures(response)

    health = [
        *ArticlePage.objects.live(),
        *TreatmentPage.objects.live(),
        *Question.objects.published(),
    ]
    reviewed_recently = [
        item for item in health if item.last_reviewed and item.last_reviewed >= YEAR_AGO
    ]
    assert (len(health), len(reviewed_recently)) == (5, 3)
    assert shown["Reviewed in the last 12 months"] == f"{round(100 * 3 / 5)}%"
    median = statistics.median(
        (TODAY - item.last_reviewed).days for item in health if item.last_reviewed
    )
    assert shown["Typical time since the last review"] == str(round(median))
    overdue = [item for item in health if item.next_review_due and item.next_review_due < TODAY]
    assert shown["Overdue for review"] == str(len(overdue)) == "1"
    assert [a.get_text() for a in soup.select("#review-heading ~ .trust-list a")] == ["Stale"]

    corrections = [
        " ".join(li.get_text().split()) for li in soup.select("#corrections-heading ~ ul li")
    ]
    assert corrections == [
        f"{days_ago(20):%-d %B %Y}: Fresh. Fixed a price.",
        f"{days_ago(100):%-d %B %Y}: Botox. Who may prescribe.",
    ]
    assert shown["Ask Alice answers published"] == str(Question.objects.published().count())
    assert shown["Chatbot questions answered from our pages"] == str(
        Exchange.objects.filter(outcome="answered").count()
    )
    assert shown["Chatbot questions it declined to answer"] == "2"
    assert shown["Chatbot users who found it helpful"] == f"{round(100 * 2 / 3)}%"
    text = " ".join(soup.get_text().split())
    assert (
        "Readers sent 2 problem reports in the last 12 months; editors have dealt with 1." in text
    )


def test_the_trust_report_with_no_content_shows_dashes(client, home_page):
    shown, _ = figures(client.get("/about/trust/"))
    assert shown["Reviewed in the last 12 months"] == "—"
    assert shown["Overdue for review"] == "0"


def report_url(page):
    return f"/report-a-problem/?page={page.pk}"


def test_the_report_form_names_the_page_and_saves_a_report(client, content):
    page = content["fresh"]
    soup = BeautifulSoup(client.get(report_url(page)).content, "html.parser")
    assert "Fresh" in soup.select_one(".lead").get_text()
    assert soup.select_one("input[name=page]")["value"] == str(page.pk)
    assert [label.get_text() for label in soup.select("fieldset .form-check-label")][0] == (
        "Something is wrong or out of date"
    )
    response = client.post(
        "/report-a-problem/",
        {"page": page.pk, "kind": "wrong", "details": "  The price is out of date.  "},
    )
    assert response.status_code == 302
    assert response.url == f"/report-a-problem/thanks/?page={page.pk}"
    report = ProblemReport.objects.get(details="The price is out of date.")
    assert (report.page_id, report.title, report.url) == (page.pk, "Fresh", page.url)
    thanks = client.get(response.url)
    assert b"Thank you for your report" in thanks.content
    assert f'href="{page.url}"'.encode() in thanks.content


def test_an_answer_can_be_reported(client, content):
    question = Question.objects.published().get()
    response = client.post(
        "/report-a-problem/", {"question": question.pk, "kind": "unclear", "details": "Jargon."}
    )
    assert response.status_code == 302
    assert ProblemReport.objects.get(details="Jargon.").question == question


@pytest.mark.parametrize(
    "query",
    ["", "?page=abc", "?page=-1", "?page=999999", "?question=<script>", "?question=99999"],
)
def test_unknown_or_junk_targets_are_not_found(client, content, query):
    assert client.get(f"/report-a-problem/{query}").status_code == 404


def test_only_health_pages_and_published_answers_can_be_reported(client, content, home_page):
    assert client.get(report_url(home_page)).status_code == 404
    waiting = Question.objects.waiting().get()
    assert client.get(f"/report-a-problem/?question={waiting.pk}").status_code == 404
    content["fresh"].unpublish()
    assert client.get(report_url(content["fresh"])).status_code == 404


def test_bad_input_is_explained_and_kept(client, content):
    page = content["fresh"]
    response = client.post(
        "/report-a-problem/", {"page": page.pk, "kind": "nonsense", "details": "x" * 2001}
    )
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    errors = soup.select(".invalid-feedback")
    assert len(errors) == 2
    assert soup.select_one("textarea").get_text().strip() == "x" * 2001
    assert not ProblemReport.objects.filter(page=page, details__startswith="xxx").exists()


def test_a_bot_filling_the_honeypot_is_thanked_and_nothing_is_kept(client, content):
    before = ProblemReport.objects.count()
    response = client.post(
        "/report-a-problem/",
        {"page": content["fresh"].pk, "kind": "wrong", "details": "Spam", "website": "x"},
    )
    assert response.status_code == 302
    assert ProblemReport.objects.count() == before


def test_a_cross_site_post_is_refused_kindly(client, content):
    response = client.post(
        "/report-a-problem/",
        {"page": content["fresh"].pk, "kind": "wrong", "details": "Hi"},
        headers={"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
    )
    assert response.status_code == 403
    assert b"<h1" in response.content


def test_reports_are_rate_limited_per_address(client, content):
    data = {"page": content["fresh"].pk, "kind": "wrong", "details": "Again."}
    codes = [client.post("/report-a-problem/", data).status_code for _ in range(11)]
    assert codes[:10] == [302] * 10 and codes[10] == 429
    assert ProblemReport.objects.filter(details="Again.").count() == 10


def test_the_health_pages_link_to_the_report_form(client, content):
    soup = BeautifulSoup(client.get(content["treatment"].url).content, "html.parser")
    link = soup.find("a", string="Report a problem with this page")
    assert link["href"] == report_url(content["treatment"])


# --- The editors' side -------------------------------------------------------------------


@pytest.fixture
def editor(admin_client):
    return admin_client


def test_the_medical_review_report_lists_what_is_due_and_exports_csv(editor, content):
    response = editor.get("/admin/reports/medical-review/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    titles = [row.strong.get_text() for row in soup.select("table.listing tbody tr")]
    assert titles == ["Never reviewed", "Stale"]  # never reviewed first, then the soonest due
    unsourced = editor.get("/admin/reports/medical-review/?show=unsourced")
    assert b"Fresh" in unsourced.content
    assert editor.get("/admin/reports/medical-review/?show=<junk>").status_code == 200
    csv = editor.get("/admin/reports/medical-review/csv/?show=all")
    assert csv["Content-Type"].startswith("text/csv")
    lines = csv.content.decode().splitlines()
    assert lines[0].startswith("title,type,reviewed_by,last_reviewed,next_review_due,status")
    assert len(lines) == 1 + 5
    assert any(line.startswith("Stale,article,") and ",overdue," in line for line in lines)


def test_the_dashboard_shows_reviews_due(editor, content):
    response = editor.get("/admin/")
    soup = BeautifulSoup(response.content, "html.parser")
    panel = " ".join(soup.select_one("#reviews-due-content").get_text().split())
    assert "2 overdue and 0 due within 30 days" in panel


def test_problem_reports_are_queued_for_editors(editor, content):
    response = editor.get("/admin/snippets/home/problemreport/?status=new")
    assert response.status_code == 200
    assert response.content.decode().count("Fresh") >= 1
    report = ProblemReport.objects.get(details="x")
    edit = editor.post(
        f"/admin/snippets/home/problemreport/edit/{report.pk}/",
        {"status": "no_change", "editor_note": "Checked with the NHS page."},
    )
    assert edit.status_code == 302
    report.refresh_from_db()
    assert report.status == "no_change" and report.details == "x"


def test_the_report_needs_the_admin(client, content):
    assert client.get("/admin/reports/medical-review/").status_code == 302
    assert client.get("/admin/reports/medical-review/csv/").status_code in (302, 403)


class FakeTextstat:
    """Stands in for textstat: a fixed Flesch–Kincaid grade, whatever the text."""

    def __init__(self, grade):
        self.grade = grade

    def flesch_kincaid_grade(self, text):
        return self.grade


def test_reading_ages_above_the_target_are_listed(editor, content, monkeypatch):
    monkeypatch.setattr("articles.readability.textstat", FakeTextstat(8.6))  # age 14
    response = editor.get("/admin/reports/medical-review/?show=hard-to-read")
    soup = BeautifulSoup(response.content, "html.parser")
    rows = soup.select("table.listing tbody tr")
    assert len(rows) == 5
    assert "14 (above 12)" in " ".join(rows[0].get_text().split())
    monkeypatch.setattr("articles.readability.textstat", FakeTextstat(6.4))  # age 11
    calm = editor.get("/admin/reports/medical-review/?show=hard-to-read")
    assert b"Nothing to show here." in calm.content


def test_signed_in_editors_get_wagtails_userbar_and_readers_do_not(editor, client, content):
    url = content["fresh"].url
    assert b"<wagtail-userbar" in editor.get(url).content
    anonymous = client.get(url)
    assert b"<wagtail-userbar" not in anonymous.content
    assert "Cookie" not in anonymous.get("Vary", "")
