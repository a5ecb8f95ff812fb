import factory
import wagtail_factories

from tweakments.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = "home"
    hero_heading = "Honest advice on tweakments"
    hero_text = "Independent, expert reviews of non-surgical treatments."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "A plain page."
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Plain words about the guide.</p>"}]
    )

    class Meta:
        model = StandardPage
