import factory
import wagtail_factories

from core.models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "A plain page."
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Plain words about the guide.</p>"}]
    )

    class Meta:
        model = StandardPage
