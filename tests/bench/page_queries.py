"""Run inside the served repository (`manage.py shell < page_queries.py`): finds one URL of
each page type in the seeded demo content and counts the SQL queries of a request to it,
with the settings it runs under (the benchmark runs it with every cache a no-op), after a
first request that makes the pictures' renditions. Prints one JSON line.

It uses only Wagtail's Page tree and Django's test client, so it works on older commits too.
"""

import json

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page


def page_url(model, **filters):
    pages = Page.objects.live().filter(content_type__model=model, **filters).order_by("path")
    page = pages.first()
    return page.get_url() if page else None


def with_query(url, query):
    return f"{url}?{query}" if url else None


def practitioner_url():
    from practitioners.models import Practitioner

    practitioner = Practitioner.objects.filter(status="approved").order_by("pk").first()
    return practitioner.get_absolute_url() if practitioner else None


def answer_url():
    from questions.models import AskAlicePage, Question

    page = AskAlicePage.objects.live().first()
    answer = Question.objects.filter(status="published").order_by("pk").first()
    return page.question_url(answer) if page and answer else None


news = page_url("articleindexpage", slug="news") or page_url("articleindexpage")
urls = {
    "home": "/",
    "article": page_url("articlepage"),
    "news index": news,
    "treatment": page_url("treatmentpage"),
    "finder": page_url("treatmentindexpage"),
    "directory (postcode)": with_query(page_url("directorypage"), "postcode=SW1A+1AA"),
    "Ask Alice": page_url("askalicepage"),
    "search": "/search/?q=lips",
    "about": page_url("standardpage", slug="about"),
    "video hub": page_url("videohubpage"),
    "video": page_url("videopage"),
    "newsletter archive": page_url("newsletterarchivepage"),
}
urls["practitioner"] = practitioner_url()
urls["answer"] = answer_url()

client = Client(HTTP_HOST="localhost")
pages = {}
for name, url in urls.items():
    if url is None:
        pages[name] = None
        continue
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    pages[name] = {"url": url, "status": status, "queries": len(queries)}
print("PAGE_QUERIES " + json.dumps(pages))
