"""The admin under its own Content-Security-Policy (ADMIN_CONTENT_SECURITY_POLICY): an
editor signs in, edits a page (date, image chooser, chapters), saves a draft, previews it,
and edits a question and the navigation, and the browser reports no violation."""

import re

from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect

from articles.models import ArticlePage
from tests.questions.factories import QuestionFactory
from tests.videos.factories import VideoHubPageFactory, VideoPageFactory

USERNAME = "editor"
PASSWORD = "a-long-editor-password-42"
# Violations as the browser reports them, in the page and in its frames (the preview).
RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__csp.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
});
"""


def log_in(page: Page, base_url: str):
    response = page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(base_url + "/admin/")
    return response.headers["content-security-policy"]


def test_editing_breaks_none_of_the_admin_policy(page: Page, live_server, journey_content):
    get_user_model().objects.create_superuser(USERNAME, "editor@example.com", PASSWORD)
    article = journey_content["articles"][0]
    hub = VideoHubPageFactory(parent=journey_content["home"])
    video = VideoPageFactory(parent=hub, title="Peels on film", chapters=[(0, "Start")])
    question = QuestionFactory(published=True)
    violations = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and violations.append(message.text)
        ),
    )
    page.add_init_script(RECORD_VIOLATIONS)
    page.set_viewport_size({"width": 1280, "height": 900})

    # django-csp writes the directives in no fixed order (it builds them from a set).
    sign_in_policy = log_in(page, live_server.url)
    directives = dict(part.strip().split(" ", 1) for part in sign_in_policy.split(";"))
    assert directives["script-src"] == "'self'"

    # An article: a date, an image chooser, tags and a StreamField; save a draft.
    editor = page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    policy = editor.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "object-src 'none'" in policy
    assert "unsafe-eval" not in policy
    title = page.get_by_role("textbox", name=re.compile(r"^Title"))
    title.fill("Exosomes, revised")
    hero = page.locator("#id_hero_image-chooser")
    hero.get_by_role("button", name="Actions").click()
    hero.locator("[data-chooser-action-choose]").first.click()
    chooser = page.get_by_role("dialog")
    expect(chooser.get_by_role("heading", name="Choose an image")).to_be_visible()
    chooser.get_by_role("link").filter(has=page.locator("img")).first.click()
    expect(chooser).to_be_hidden()
    page.get_by_role("button", name="Toggle preview").click()
    expect(page.frame_locator("#w-preview-iframe").get_by_role("heading", level=1)).to_have_text(
        "Exosomes, revised"
    )
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("has been updated")).to_be_visible()
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().title == "Exosomes, revised"
    assert ArticlePage.objects.get(pk=article.pk).title != "Exosomes, revised"  # still live

    # A video page: its chapters are an inline panel.
    page.goto(f"{live_server.url}/admin/pages/{video.pk}/edit/")
    page.get_by_role("button", name="Add Chapter").click()
    expect(page.locator("[id^=inline_child_chapters-]").nth(1)).to_be_visible()

    # A question (a snippet with rich text) and the navigation (site settings).
    page.goto(f"{live_server.url}/admin/snippets/questions/question/edit/{question.pk}/")
    expect(page.locator(".Draftail-Editor").first).to_be_visible()
    page.goto(f"{live_server.url}/admin/settings/tweakments/sitesettings/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    # Uploads (previews from blob:), reports and charts.
    for path in (
        *("/admin/images/multiple/add/", "/admin/documents/multiple/add/"),
        *("/admin/media/video/add/", "/admin/chatbot/survey/", "/admin/chatbot/gaps/"),
        *("/admin/reports/site-history/", "/admin/users/"),
    ):
        assert page.goto(live_server.url + path).ok
        page.wait_for_load_state("networkidle")

    violations += page.evaluate("() => window.__csp")
    assert violations == []
