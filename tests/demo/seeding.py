"""What the demo tests share: running a command, and counting what the demo makes."""

import io

from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from articles.models import ArticlePage, ArticlePageTreatment, Expert
from core.models import StandardPage
from home.models import HomePage
from newsletter.models import Subscriber
from practitioners.models import Clinic, Practitioner
from questions.models import Question
from treatments.models import Area, Concern, TreatmentPage


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
