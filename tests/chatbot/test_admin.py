import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from chatbot.models import Conversation, Exchange, SurveyResponse
from chatbot.wagtail_hooks import conversation_viewset
from questions.models import Question

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("ed", "ed@example.com", "pw-long-enough-1")
    client.force_login(user)
    return user


def exchange(question, outcome=Exchange.Outcome.DECLINED, rating="", days_ago=0, **fields):
    conversation = Conversation.objects.create(
        started_at=timezone.now() - datetime.timedelta(days=days_ago)
    )
    return Exchange.objects.create(
        conversation=conversation,
        question=question,
        answer_html="<p>Sorry.</p>",
        outcome=outcome,
        rating=rating,
        created_at=conversation.started_at,
        **fields,
    )


@pytest.fixture
def feedback(db):
    exchange("can i have botox while pregnant", nearest_title="Anti-wrinkle", nearest_url="/tox/")
    exchange("can i have botox when pregnant?", nearest_title="Anti-wrinkle", nearest_url="/tox/")
    exchange("is botox safe during pregnancy")
    exchange("=cmd|' /C calc'!A0 mortgage rates")
    exchange("how much is hifu", outcome=Exchange.Outcome.ANSWERED, rating="down")
    exchange("are exosomes legal", outcome=Exchange.Outcome.ANSWERED, rating="up")
    for days, helpful, rating in [(0, True, 5), (1, False, 2), (15, True, 4)]:
        conversation = Conversation.objects.create()
        SurveyResponse.objects.create(
            conversation=conversation,
            helpful=helpful,
            use_again=True,
            rating=rating,
            helpful_why="Found it fast" if helpful else "",
            created_at=timezone.now() - datetime.timedelta(days=days),
        )


def test_content_gaps_are_grouped_by_meaning(client, editor, feedback):
    response = client.get("/admin/chatbot/gaps/")
    assert response.status_code == 200
    gaps = response.context["gaps"]
    assert gaps[0].count == 3 and "pregnan" in gaps[0].question
    assert gaps[0].nearest_page == ("Anti-wrinkle", "/tox/")
    assert {gap.question for gap in gaps} >= {"how much is hifu"}
    assert "are exosomes legal" not in {gap.question for gap in gaps}
    assert "Draft an Ask Alice answer from this" in response.content.decode()


def test_content_gaps_csv_is_safe_for_spreadsheets(client, editor, feedback):
    response = client.get("/admin/chatbot/gaps.csv")
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode()
    assert text.splitlines()[0] == "question,count,declined,thumbs_down,examples,nearest_page"
    assert "http://testserver/tox/" in text
    assert "'=cmd" in text and "\n=cmd" not in text


def test_drafting_an_ask_alice_answer_from_a_gap(client, editor, feedback):
    response = client.post(
        "/admin/chatbot/gaps/draft/", {"question": "can i have botox while pregnant"}
    )
    question = Question.objects.get()
    assert question.status == Question.Status.NEW and question.anonymous
    assert response["Location"] == f"/admin/snippets/questions/question/edit/{question.pk}/"


def test_survey_results_per_week_with_a_chart(client, editor, feedback):
    response = client.get("/admin/chatbot/survey/")
    html = response.content.decode()
    assert response.status_code == 200 and "<svg" in html and "<rect" in html
    this_week = response.context["weeks"][0]
    assert this_week.count >= 1 and 0 <= this_week.helpful <= 1
    assert "Found it fast" in html


def test_the_survey_chart_labels_axes_and_bars_and_has_a_table(client, editor, feedback):
    response = client.get("/admin/chatbot/survey/")
    page = BeautifulSoup(response.content, "html.parser")
    weeks = response.context["weeks"]
    # The chart is for the eye; screen readers get the same figures from the table.
    chart = page.select_one("figure.survey-chart")
    assert chart["aria-hidden"] == "true"
    plot = chart.select_one("svg.survey-chart__plot")
    texts = [text.get_text() for text in plot.find_all("text")]
    assert {"0%", "50%", "100%", "Share of answers", "Week beginning"} <= set(texts)
    assert [text.get_text() for text in plot.select(".survey-chart__week")] == [
        week.monday.strftime("%-d %b") for week in reversed(weeks)
    ]
    values = [text.get_text() for text in plot.select(".survey-chart__value")]
    assert len(values) == len(plot.find_all("rect")) == 3 * len(weeks)
    for week in weeks:
        assert {f"{round(week.helpful * 100)}%", f"{week.rating:.1f}"} <= set(values)
    legend = [item.get_text(strip=True) for item in chart.select(".survey-chart__legend li")]
    assert legend == ["Found it helpful", "Would use it again", "Average rating, out of 5"]

    table = page.select_one("table.survey-table")
    assert table.caption.get_text().startswith("Survey answers per week")
    assert [th.get_text() for th in table.thead.find_all("th", scope="col")][:3] == [
        "Week beginning",
        "Responses",
        "Found it helpful",
    ]
    rows = table.tbody.find_all("tr")
    assert [row.find("th", scope="row").get_text() for row in rows] == [
        week.monday.strftime("%-d %b %Y") for week in weeks
    ]


def test_conversations_are_listed_and_read_only(client, editor, feedback):
    listing = client.get("/admin/chatbot_conversations/")
    assert listing.status_code == 200
    assert "can i have botox while pregnant" in listing.content.decode()
    conversation = Exchange.objects.get(question="how much is hifu").conversation
    inspect = client.get(f"/admin/chatbot_conversations/inspect/{conversation.pk}/")
    assert "how much is hifu" in inspect.content.decode()
    add_url = reverse(conversation_viewset.get_url_name("add"))
    assert client.get(add_url).status_code in (302, 403)  # nobody writes conversations


def test_dashboard_panel_shows_this_weeks_rating_and_top_gap(client, editor, feedback):
    html = client.get("/admin/").content.decode()
    assert "Chatbot this week" in html
    assert "Average rating 3.5 of 5" in html
    assert "pregnan" in html


def test_reports_need_permission(client, django_user_model, feedback):
    user = django_user_model.objects.create_user("reader", password="pw-long-enough-1")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/chatbot/gaps/").status_code in (302, 403)
    assert client.get("/admin/chatbot/gaps.csv").status_code in (302, 403)


def test_prune_deletes_only_old_conversations(db, settings):
    settings.CHATBOT_RETENTION_DAYS = 90
    old = exchange("old question", days_ago=91)
    recent = exchange("recent question", days_ago=89)
    call_command("chatbot_prune")
    assert not Conversation.objects.filter(pk=old.conversation_id).exists()
    assert Conversation.objects.filter(pk=recent.conversation_id).exists()


def source(title, url, reviewed=None, review_due=None):
    return {"title": title, "url": url, "reviewed": reviewed, "review_due": review_due}


@pytest.fixture
def cited(db):
    """An answer from a page whose review was overdue, and one from a current page."""
    overdue = exchange(
        "how long does lip filler last",
        outcome=Exchange.Outcome.ANSWERED,
        sources=[
            source("Lip filler", "/tweakments/lip-filler/", "2024-01-10", "2025-01-10"),
            source("About", "/about/"),
        ],
        review_overdue=True,
    )
    current = exchange(
        "how much is botox",
        outcome=Exchange.Outcome.ANSWERED,
        sources=[source("Anti-wrinkle", "/tweakments/botox/", "2026-03-03", "2099-03-03")],
    )
    return overdue, current


def test_the_conversations_report_marks_pages_overdue_for_review(client, editor, cited):
    overdue, current = cited
    listing = client.get("/admin/chatbot_conversations/")
    rows = {
        row.select_one("td").get_text(" ", strip=True): row.get_text(" ", strip=True)
        for row in BeautifulSoup(listing.content, "html.parser").select("tbody tr")
    }
    assert "Review overdue" in rows["how long does lip filler last"]
    assert "Review overdue" not in rows["how much is botox"]

    only = client.get("/admin/chatbot_conversations/", {"review_overdue": "true"})
    assert list(only.context["object_list"]) == [overdue.conversation]
    others = client.get("/admin/chatbot_conversations/", {"review_overdue": "false"})
    assert list(others.context["object_list"]) == [current.conversation]
    for junk in ["maybe", "1 OR 1=1", "<b>"]:
        response = client.get("/admin/chatbot_conversations/", {"review_overdue": junk})
        assert response.status_code == 200 and len(response.context["object_list"]) == 2


def test_the_inspect_view_marks_each_source_overdue_or_not(client, editor, cited):
    overdue, current = cited
    page = client.get(f"/admin/chatbot_conversations/inspect/{overdue.conversation.pk}/")
    items = [
        li.get_text(" ", strip=True)
        for li in BeautifulSoup(page.content, "html.parser").select("section ul li")
    ]
    assert items == ["Lip filler · Reviewed January 2024 · Review overdue", "About"]
    page = client.get(f"/admin/chatbot_conversations/inspect/{current.conversation.pk}/")
    assert "Reviewed March 2026" in page.content.decode()
    assert "Review overdue" not in page.content.decode().split("Sources")[-1]
