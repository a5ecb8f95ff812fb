import pytest

from practitioners import demo
from practitioners.models import Clinic, DirectoryPage, Practitioner
from tweakments.models import NavigationSettings

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent_and_on_the_map(home_page):
    for _ in range(2):
        demo.seed_directory()
        demo.seed_practitioners()
    assert DirectoryPage.objects.live().count() == 1
    assert Practitioner.objects.count() == 60
    assert Practitioner.objects.listed().count() == 58
    assert Clinic.objects.count() == sum(len(entry[4]) for entry in demo.demo_data.PRACTITIONERS)
    assert not Clinic.objects.filter(latitude__isnull=True).exists()
    menu = [block.value["page"].pk for block in NavigationSettings.load().main_menu]
    assert menu.count(DirectoryPage.objects.get().pk) == 1
