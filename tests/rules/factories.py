import datetime

import factory
import wagtail_factories

from rules.models import ComplaintRoute, ComplaintsGuidePage, RuleEntryPage, RulesTrackerPage


class RulesTrackerPageFactory(wagtail_factories.PageFactory):
    title = "UK rules tracker"
    slug = "uk-rules"
    introduction = "Every rule we follow, by nation."

    class Meta:
        model = RulesTrackerPage


class ComplaintsGuidePageFactory(wagtail_factories.PageFactory):
    title = "Something went wrong?"
    slug = "something-went-wrong"
    introduction = "Who can help, in order."

    class Meta:
        model = ComplaintsGuidePage


def sources(url="https://www.gov.uk/example"):
    return [
        {
            "type": "source",
            "value": {
                "title": "A public source",
                "publisher": "GOV.UK",
                "date": datetime.date(2021, 9, 30),
                "url": url,
            },
        }
    ]


class RuleEntryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Rule {n}")
    england = True
    stage = "in-force"
    topic = "age"
    in_force_on = datetime.date(2021, 10, 1)
    what_it_means = "What it means, in plain words."
    sources = factory.LazyFunction(sources)
    last_checked = factory.LazyFunction(datetime.date.today)

    class Meta:
        model = RuleEntryPage
        skip_postgeneration_save = True

    @factory.post_generation
    def treatments(page, create, extracted, **kwargs):
        if extracted:
            page.treatments.set(extracted)
            if create:
                page.save_revision().publish()


class ComplaintRouteFactory(factory.django.DjangoModelFactory):
    kind = 1
    name = factory.Sequence(lambda n: f"Route {n}")
    when_to_use = "When it helps."
    url = "https://www.example.org/complain"
    last_checked = factory.LazyFunction(datetime.date.today)

    class Meta:
        model = ComplaintRoute


def toxin_rules():
    return [
        {"type": "rule", "value": {"applies_in": "uk", "topic": "advertising", "text": "No ads."}},
        {"type": "rule", "value": {"applies_in": "england", "topic": "age", "text": "18+ (E)."}},
        {"type": "rule", "value": {"applies_in": "scotland", "topic": "age", "text": "18+ (S)."}},
        {"type": "rule", "value": {"applies_in": "scotland", "topic": "who", "text": "HIS."}},
    ]


def toxin_aftercare():
    return [
        {
            "type": "stage",
            "value": {
                "stage": "later",
                "signs": [{"level": "999", "text": "Difficulty swallowing."}],
            },
        },
        {
            "type": "stage",
            "value": {
                "stage": "day-0",
                "signs": [
                    {"level": "normal", "text": "Small bumps."},
                    {"level": "999", "text": "Throat swelling."},
                    {"level": "normal", "text": "Redness."},
                ],
            },
        },
    ]
