import datetime

import factory
import wagtail_factories
from django.utils import timezone

from questions.models import AskAlicePage, Question


class AskAlicePageFactory(wagtail_factories.PageFactory):
    title = "Ask Alice"
    slug = "ask-alice"
    introduction = "Alice and our experts answer your questions."

    class Meta:
        model = AskAlicePage


class QuestionFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Reader Number{n}")
    email = factory.Sequence(lambda n: f"reader{n}@example.com")
    question = factory.Sequence(lambda n: f"Question number {n}: is this tweakment worth it?")
    consented_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Question
        skip_postgeneration_save = True

    class Params:
        published = factory.Trait(
            status=Question.Status.PUBLISHED,
            answer="<p>Yes, with a qualified practitioner.</p>",
            published_at=factory.Sequence(
                lambda n: timezone.now() - datetime.timedelta(hours=10_000 - n)
            ),
        )

    @factory.post_generation
    def topics(question, create, extracted, **kwargs):
        if extracted:
            question.tags.set(extracted)
            if create:
                question.save()
