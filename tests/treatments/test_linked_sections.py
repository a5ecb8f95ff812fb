"""What other sections add to a treatment page through the "treatment" slot."""

import pytest
from bs4 import BeautifulSoup

from tests.practitioners.factories import DirectoryPageFactory
from tests.questions.factories import AskAlicePageFactory, QuestionFactory
from tests.treatments.factories import TreatmentIndexPageFactory, TreatmentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def treatment(home_page):
    finder = TreatmentIndexPageFactory(parent=home_page)
    return TreatmentPageFactory(parent=finder, title="Skin boosters", slug="skin-boosters")


def test_treatment_page_lists_its_answers_and_a_practitioner_search(client, home_page, treatment):
    AskAlicePageFactory(parent=home_page)
    DirectoryPageFactory(parent=home_page)
    answered = QuestionFactory(published=True, question="Do skin boosters hurt much at all?")
    unanswered = QuestionFactory(question="Unanswered skin booster question")
    for question in (answered, unanswered):
        question.treatments.add(treatment)  # a parental M2M: saved with the question
        question.save()
    QuestionFactory(published=True, question="Something about peels")

    soup = BeautifulSoup(client.get(treatment.url).content, "html.parser")
    section = soup.find(id="treatment-answers-heading").find_parent("section")
    links = [a.get_text() for a in section.select(".answer-card__question a")]
    assert links == [answered.title]
    assert answered.email not in str(soup)
    near_you = soup.select_one(".practitioner-box form")
    assert near_you["action"] == "/find-a-practitioner/"
    assert near_you.find("input", attrs={"name": "treatment"})["value"] == "skin-boosters"


def test_treatment_page_without_those_sections(client, treatment):
    soup = BeautifulSoup(client.get(treatment.url).content, "html.parser")
    assert soup.find(id="treatment-answers-heading") is None
    assert soup.select_one(".practitioner-box") is None
