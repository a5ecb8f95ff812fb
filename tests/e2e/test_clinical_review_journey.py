"""Clinical sign-off in the browser: an editor changes a health page and submits it to
Clinical review (there is no Publish for them); a clinical reviewer approves it; the page is
live with the reviewer and today's date under its title."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from playwright.sync_api import Page, expect
from wagtail.models import GroupPagePermission

from articles.workflows import set_up_clinical_review
from tests.articles.factories import ArticlePageFactory, make_clinical_reviewer

PASSWORD = "a-long-journey-password-42"
TITLE = "Exosomes explained"
NEW_TITLE = "Exosomes explained, checked"


def make_user(username, group):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", PASSWORD)
    user.groups.add(group)
    return user


def editors_group(home):
    """Editors may add and change any page, and publish (but not health pages)."""
    group = Group.objects.create(name="Page editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for permission_type in ("add", "change", "publish"):
        GroupPagePermission.objects.create(group=group, page=home, permission_type=permission_type)
    return group


def log_in(page: Page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(base_url + "/admin/")


def log_out(page: Page, base_url):
    page.context.clear_cookies()
    page.goto(base_url + "/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/"))


def test_editor_submits_reviewer_approves_page_is_live_with_the_stamp(
    page: Page, live_server, live_site, news_index
):
    group, _ = set_up_clinical_review([news_index])
    make_user("editor", editors_group(live_site))
    reviewer = make_user("reviewer", group)
    make_clinical_reviewer(reviewer, name="Dr Sarah Okafor", number="7012345")
    article = ArticlePageFactory(parent=news_index, title=TITLE, slug="exosomes")
    page.set_viewport_size({"width": 1280, "height": 900})

    # The editor changes the title and, with no Publish button, submits it for review.
    log_in(page, live_server.url, "editor")
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    page.get_by_role("textbox", name=re.compile(r"^Title")).fill(NEW_TITLE)
    footer = page.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="More actions").click()
    expect(footer.get_by_role("button", name="Publish")).to_have_count(0)
    footer.get_by_role("button", name="Submit to Clinical review").click()
    expect(page.get_by_text(re.compile(r"has been submitted for moderation"))).to_be_visible()
    article.refresh_from_db()
    assert article.title == TITLE  # still the live version
    log_out(page, live_server.url)

    # The reviewer finds it waiting on the dashboard and approves it.
    log_in(page, live_server.url, "reviewer")
    expect(page.get_by_role("link", name=NEW_TITLE).first).to_be_visible()
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    footer = page.get_by_role("navigation", name="Actions (footer)")
    approve = footer.get_by_role("button", name="Approve and Publish")
    if not approve.is_visible():
        footer.get_by_role("button", name="More actions").click()
    approve.click()
    expect(page.get_by_text(f"Page '{NEW_TITLE}' has been updated.")).to_be_visible()

    # The page is live, with the reviewer and today's date under the title.
    page.goto(f"{live_server.url}/news/exosomes/")
    expect(page.get_by_role("heading", level=1)).to_have_text(NEW_TITLE)
    today = timezone.localdate()
    expect(page.locator(".review-line")).to_contain_text(
        f"Medically reviewed by Dr Sarah Okafor (GMC 7012345) · Last reviewed {today:%-d %B %Y}"
    )
    article.refresh_from_db()
    assert article.reviewed_by.user == reviewer and article.last_reviewed == today
