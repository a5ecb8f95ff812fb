import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from articles.models import ArticlePage, ArticlePageTreatment, Expert
from core.models import StandardPage
from home.models import HomePage
from newsletter.models import Subscriber
from practitioners.models import Clinic, Practitioner
from questions.models import Question
from treatments.models import Area, Concern, TreatmentPage

pytestmark = pytest.mark.django_db


def run(*args, **options):
    out = io.StringIO()
    call_command(*args, stdout=out, **options)
    return out.getvalue()


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            HomePage,
            StandardPage,
            Expert,
            ArticlePage,
            ArticlePageTreatment,
            Concern,
            Area,
            TreatmentPage,
            Question,
            Subscriber,
            Practitioner,
            Clinic,
            get_image_model(),
        )
    }


def test_local_admin_creates_one_superuser_and_prints_it(settings, tmp_path):
    settings.DEBUG = True
    settings.BASE_DIR = tmp_path
    first = run("local_admin")
    password = (tmp_path / ".local-admin.txt").read_text().strip()
    assert f"user: admin  password: {password}" in first
    assert get_user_model().objects.get(username="admin").check_password(password)
    assert password in run("local_admin")
    assert get_user_model().objects.count() == 1


def test_local_admin_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        run("local_admin")
