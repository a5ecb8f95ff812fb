import pytest

from tests.practitioners.factories import DirectoryPageFactory, add_postcodes
from tests.treatments.factories import TreatmentIndexPageFactory, TreatmentPageFactory


@pytest.fixture
def postcode_table(db):
    add_postcodes()


@pytest.fixture
def directory(home_page, postcode_table):
    return DirectoryPageFactory(parent=home_page)


@pytest.fixture
def treatments(home_page):
    index = TreatmentIndexPageFactory(parent=home_page)
    return {
        slug: TreatmentPageFactory(parent=index, title=title, slug=slug)
        for slug, title in [("lip-filler", "Lip filler"), ("chemical-peels", "Chemical peels")]
    }
