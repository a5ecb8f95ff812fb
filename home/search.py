"""Site search: pages from every section, plus practitioners and answers, which aren't pages.

Each section is asked through its own public queryset; one count covers everything shown.
A postcode or town typed as the search is also offered as a directory search there.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from wagtail.models import Page

from practitioners.models import DirectoryPage, Practitioner
from practitioners.postcodes import Location
from practitioners.towns import locate_place
from questions.models import AskAlicePage, Question

RESULTS_PER_PAGE = 10
EXTRA_MATCHES_SHOWN = 5


@dataclass
class SiteSearch:
    terms: str
    page_number: str | None
    request: object
    pages: object = None
    practitioners: list = field(default_factory=list)
    answers: list = field(default_factory=list)
    place: Location | None = None  # where the terms are, when they name a postcode or town

    def run(self):
        hits = Page.objects.live().public().filter(depth__gt=1).search(self.terms)
        self.pages = Paginator(hits, RESULTS_PER_PAGE).get_page(self.page_number)
        # Search returns base Page rows; fetch this page's specific pages in one go.
        ids = [page.pk for page in self.pages.object_list]
        specific = Page.objects.filter(pk__in=ids).specific().in_bulk()
        self.pages.object_list = [specific[pk] for pk in ids if pk in specific]
        self.practitioners = list(
            Practitioner.objects.listed().search(self.terms)[:EXTRA_MATCHES_SHOWN]
        )
        ask_page = AskAlicePage.find(self.request)
        if ask_page is not None:
            self.answers = [
                (question, ask_page.question_url(question, self.request))
                for question in Question.objects.published().matching(self.terms)[
                    :EXTRA_MATCHES_SHOWN
                ]
            ]
        if self.directory is not None:
            self.place = locate_place(self.terms)
        return self

    @property
    def count(self):
        return self.pages.paginator.count + len(self.practitioners) + len(self.answers)

    @property
    def directory(self):
        return DirectoryPage.find(self.request)

    @property
    def ask_page(self):
        return AskAlicePage.find(self.request)
