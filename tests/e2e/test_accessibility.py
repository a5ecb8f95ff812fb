"""axe-core on every public page type at phone and desktop width, and on the admin editors.

axe-core comes from the npm registry, pinned in package.json and installed by `npm ci`
(`make test` runs it first); the test injects it into Debian's Chromium. The pages carry our
Content-Security-Policy, which refuses injected scripts, hence `bypass_csp`.
"""

import os
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from newsletter.models import Mailing
from tests.chatbot.conftest import build_site
from tests.core.factories import StandardPageFactory
from tests.newsletter.factories import (
    NewsletterArchivePageFactory,
    NewsletterIssuePageFactory,
    issue_body,
)
from tests.practitioners.factories import add_postcodes, practitioner_at
from tests.videos.factories import VideoHubPageFactory, VideoPageFactory

AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
BLOCKING = {"serious", "critical"}
WIDTHS = (390, 1280)
USERNAME, PASSWORD = "editor", "a-long-test-password"

# Wagtail's own admin markup (not our templates, panels or blocks): rule id and a pattern
# for the CSS selector axe gives. Named one by one so that anything new fails the test.
WAGTAIL_ADMIN_FINDINGS = [
    # Draftail rich-text boxes: the textbox is named by a placeholder id, not a label.
    ("aria-input-field-name", re.compile(r'^div\[aria-describedby="placeholder-\w+"\]$')),
    ("aria-input-field-name", re.compile(r"^\.notranslate$")),
    # The tag field's jQuery tag-it input has no label of its own.
    ("label", re.compile(r"^\.ui-autocomplete-input$")),
    # The minimap's toggle is smaller than 24 px at phone width.
    ("target-size", re.compile(r"^#w-minimap-toggle$")),
]


@pytest.fixture(scope="session")
def axe_script():
    if not AXE_SCRIPT.exists():
        if os.environ.get("CI") or os.environ.get("REQUIRE_BROWSER_TESTS"):
            pytest.fail(
                f"The accessibility test must run here (CI or REQUIRE_BROWSER_TESTS is set) "
                f"but {AXE_SCRIPT} is missing: run `npm ci` (or `make test`)"
            )
        pytest.skip("axe-core not installed (npm ci)")
    return str(AXE_SCRIPT)


def axe_findings(page, axe_script):
    """Every violation axe reports on the open page, as (impact, rule id, target, summary)."""
    page.add_script_tag(path=axe_script)
    result = page.evaluate(
        # Only violations: axe skips the node details of what passed, several times faster.
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [
        (rule["impact"], rule["id"], " ".join(node["target"]), node["failureSummary"])
        for rule in result["violations"]
        for node in rule["nodes"]
    ]


def report(findings):
    return "\n".join(
        f"{width} px {path}: {impact} {rule} at {target}\n    {summary}"
        for width, path, (impact, rule, target, summary) in findings
    )


@pytest.fixture
def whole_site(live_site):
    """One page of every public type: the chatbot's site plus videos, newsletter issues,
    a practitioner near Westminster and the editorial policy."""
    site = build_site(live_site)
    hub = VideoHubPageFactory(parent=live_site)
    site["video"] = VideoPageFactory(
        parent=hub,
        title="Lip filler, step by step",
        slug="lip-filler-step-by-step",
        expert=site["expert"],
        chapters=[(0, "The consultation"), (40, "The treatment")],
        treatments=[site["lip_filler"]],
    )
    archive = NewsletterArchivePageFactory(parent=site["home"])
    site["issue"] = NewsletterIssuePageFactory(
        parent=archive, title="Winter glow", slug="winter-glow", body=issue_body([site["article"]])
    )
    Mailing.objects.create(
        issue=site["issue"], status=Mailing.Status.SENT, started_at=timezone.now()
    )
    add_postcodes("SW1A 1AA", "W1G 9PF")
    site["practitioner"] = practitioner_at(
        "W1G 9PF", name="Dr Aisha Rahman", slug="aisha-rahman", treatments=[site["lip_filler"]]
    )
    StandardPageFactory(parent=site["about"], title="Editorial policy", slug="editorial-policy")
    site["article"].tags.add("Exosomes")
    site["article"].save_revision().publish()
    return site


def public_paths(site):
    ask = site["ask_page"]
    return [
        "/",
        site["article"].get_parent().url,
        site["article"].url,
        site["article"].get_parent().url + "topic/exosomes/",
        site["treatment"].get_parent().url,
        site["treatment"].url,
        site["treatment"].get_parent().url + "compare/?t=lip-filler&t=fat-freezing",
        site["directory"].url + "?postcode=SW1A+1AA&miles=10",
        site["practitioner"].get_absolute_url(),
        ask.url,
        ask.question_url(site["answer"]),
        ask.url + "thanks/",
        "/newsletter/",
        "/newsletter/thanks/",
        site["issue"].get_parent().url,
        site["issue"].url,
        site["video"].get_parent().url,
        site["video"].url,
        "/chat/",
        "/search/?q=filler",
        site["tracker"].url,
        site["england_entry"].url,
        site["guide"].url,
        "/about/trust/",
        "/about/editorial-policy/",
        "/no-such-page/",
    ]


def post_as_it_stands(page, form_selector):
    """Send a form as a plain POST, as a browser without JavaScript does, so the server's
    errors show (form.submit() skips the browser's checks and our scripts)."""
    with page.expect_navigation():
        page.locator(form_selector).evaluate("form => form.submit()")


# One test per width, so the two can run on different workers.
@pytest.mark.parametrize("width", WIDTHS)
def test_public_pages_have_no_serious_violations(
    browser, live_server, whole_site, axe_script, width
):
    findings = []
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
    page = context.new_page()
    for path in public_paths(whole_site):
        response = page.goto(live_server.url + path)
        assert response.status == (404 if path == "/no-such-page/" else 200), path
        findings += [(width, path, finding) for finding in axe_findings(page, axe_script)]

    # The forms after a send with mistakes: errors beside their fields.
    page.goto(live_server.url + whole_site["ask_page"].url)
    post_as_it_stands(page, "#ask form.question-form")
    expect(page.locator("#ask .invalid-feedback").first).to_be_visible()
    findings += [(width, "ask errors", f) for f in axe_findings(page, axe_script)]
    page.goto(live_server.url + "/newsletter/")
    signup = page.locator("main .newsletter-signup form")
    signup.get_by_label("E-mail address").fill("not-an-address")
    post_as_it_stands(page, "main .newsletter-signup form")
    expect(signup.locator(".invalid-feedback").first).to_be_visible()
    findings += [(width, "signup errors", f) for f in axe_findings(page, axe_script)]
    context.close()

    blocking = [item for item in findings if item[2][0] in BLOCKING]
    assert not blocking, "axe found serious or critical violations:\n" + report(findings)
    assert not findings, "axe found violations:\n" + report(findings)


def test_admin_editors_have_no_serious_violations_of_ours(
    browser, live_server, whole_site, axe_script
):
    get_user_model().objects.create_superuser(USERNAME, "editor@example.com", PASSWORD)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    findings = []
    editors = {
        "article editor": f"/admin/pages/{whole_site['article'].pk}/edit/",
        "question editor": f"/admin/snippets/questions/question/edit/{whole_site['answer'].pk}/",
    }
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for name, path in editors.items():
            page.goto(live_server.url + path)
            findings += [(width, name, finding) for finding in axe_findings(page, axe_script)]
    context.close()

    ours = [
        (width, path, (impact, rule, target, summary))
        for width, path, (impact, rule, target, summary) in findings
        if impact in BLOCKING
        and not any(
            rule == known and pattern.search(target) for known, pattern in WAGTAIL_ADMIN_FINDINGS
        )
    ]
    assert not ours, "axe found serious or critical violations:\n" + report(findings)
