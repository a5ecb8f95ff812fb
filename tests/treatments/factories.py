import factory
import wagtail_factories

from treatments.models import Area, Concern, TreatmentIndexPage, TreatmentPage


class ConcernFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Concern {n}")
    slug = factory.Sequence(lambda n: f"concern-{n}")

    class Meta:
        model = Concern
        django_get_or_create = ("slug",)


class AreaFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Area {n}")
    slug = factory.Sequence(lambda n: f"area-{n}")

    class Meta:
        model = Area
        django_get_or_create = ("slug",)


class TreatmentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tweakment Finder"
    slug = "tweakments"
    introduction = "Every tweakment, by concern, area, cost and downtime."

    class Meta:
        model = TreatmentIndexPage


def treatment_body(heading="What it is"):
    return [
        {"type": "heading", "value": {"text": heading, "level": "h2"}},
        {"type": "paragraph", "value": "<p>A treatment explained in plain words.</p>"},
        {
            "type": "callout",
            "value": {"tone": "warning", "heading": "Who should avoid it", "text": "<p>No.</p>"},
        },
    ]


class TreatmentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Treatment {n}")
    summary = "What it is and what it does."
    hero_image = factory.SubFactory(wagtail_factories.ImageFactory)
    body = factory.LazyFunction(treatment_body)
    price_from = 200
    price_to = 350
    downtime = 0
    pain = 2
    regulatory_status = "unregulated"

    class Meta:
        model = TreatmentPage
        skip_postgeneration_save = True

    @factory.post_generation
    def concerns(page, create, extracted, **kwargs):
        if extracted:
            page.concerns.set(extracted)
            if create:
                page.save_revision().publish()

    @factory.post_generation
    def areas(page, create, extracted, **kwargs):
        if extracted:
            page.areas.set(extracted)
            if create:
                page.save_revision().publish()
