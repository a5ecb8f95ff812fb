import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from core.models import SiteSettings
from tests.articles.factories import make_clinical_reviewer
from tests.core.factories import StandardPageFactory
from tests.questions.factories import AskAlicePageFactory


@pytest.fixture
def ask_page(home_page):
    page = AskAlicePageFactory(parent=home_page)
    settings = SiteSettings.load()
    settings.ask_question_page = page
    settings.terms_page = StandardPageFactory(parent=home_page, title="Terms", slug="terms")
    settings.privacy_page = StandardPageFactory(parent=home_page, title="Privacy", slug="privacy")
    settings.save()
    return page


@pytest.fixture
def moderator(db):
    user = get_user_model().objects.create_user(
        "moderator", "moderator@example.com", "a-long-moderator-password-42"
    )
    user.groups.add(Group.objects.get(name="Question moderators"))
    make_clinical_reviewer(user)  # answers are published by clinical reviewers
    return user


def question_data(**overrides):
    return {
        "name": "Mary O'Brien",
        "email": "mary@example.com",
        "question": "How long do anti-wrinkle injections last?",
        "consent": "on",
        **overrides,
    }
