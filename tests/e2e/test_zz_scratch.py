import re
from django.contrib.auth import get_user_model
from playwright.sync_api import Page


def dump(page, name):
    page.screenshot(path=f"/tmp/e2e-shots/{name}.png", full_page=True)
    open(f"/tmp/e2e-shots/{name}.html", "w").write(page.content())


def test_scratch(page: Page, live_server, news_index, expert):
    get_user_model().objects.create_superuser("editor", "editor@example.com", "correct-horse-9")
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("correct-horse-9")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    page.goto(f"{live_server.url}/admin/pages/add/articles/articlepage/{news_index.pk}/")
    page.get_by_role("textbox", name=re.compile(r"^Title")).fill(
        "Polynucleotides explained zebrafin"
    )
    page.get_by_role("textbox", name=re.compile(r"^Standfirst")).fill("Salmon DNA for tired skin.")
    page.locator("#body-root").get_by_role("button", name="Insert a block").click()
    dump(page, "picker")
    page.get_by_role("option", name="Heading").click()
    dump(page, "heading")
    page.locator("#body-root").get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name="Expert quote").click()
    dump(page, "quote")
    body = page.locator("#body-root")
    heading = body.get_by_role("region", name=re.compile(r"^Heading"))
    heading.get_by_role("textbox", name=re.compile(r"^Text")).fill("Why salmon DNA?")
    quote = body.get_by_role("region", name=re.compile(r"^Expert quote"))
    quote.get_by_role("textbox", name=re.compile(r"^Quote")).fill("It calms inflamed skin.")
    quote.get_by_role("button", name="Choose expert").click()
    page.wait_for_timeout(1500)
    dump(page, "modal")
