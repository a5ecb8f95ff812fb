import pytest

from tests.treatments.factories import (
    ConcernFactory,
    TreatmentIndexPageFactory,
    TreatmentPageFactory,
)

from .factories import VideoHubPageFactory


@pytest.fixture
def hub(home_page):
    return VideoHubPageFactory(parent=home_page)


@pytest.fixture
def treatment(home_page):
    finder = TreatmentIndexPageFactory(parent=home_page)
    concern = ConcernFactory(name="Lines and wrinkles", slug="lines-and-wrinkles")
    return TreatmentPageFactory(parent=finder, title="Anti-wrinkle injections", concerns=[concern])
