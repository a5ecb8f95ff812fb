import re

import pytest

from core.models import SiteSettings
from demo import content
from demo import practitioners as demo_practitioners
from practitioners.models import Clinic, DirectoryPage, Practitioner

pytestmark = pytest.mark.django_db

PRONOUNS = {
    **dict.fromkeys(["she", "her", "hers", "herself"], "she"),
    **dict.fromkeys(["he", "him", "his", "himself"], "he"),
    **dict.fromkeys(["they", "them", "their", "theirs", "themselves"], "they"),
}


def pronouns_in(text):
    return {PRONOUNS[word] for word in re.findall(r"[a-z]+", text.lower()) if word in PRONOUNS}


def test_practitioners_are_idempotent_on_the_map_and_have_bios(home_page):
    for _ in range(2):
        demo_practitioners.seed_directory()
        demo_practitioners.seed_practitioners()
    people = content.load("practitioners", "practitioners")["practitioners"]
    assert DirectoryPage.objects.live().count() == 1
    assert Practitioner.objects.count() == len(people) == 60
    assert Practitioner.objects.listed().count() == 58
    assert Clinic.objects.count() == sum(len(person["places"]) for person in people)
    assert not Clinic.objects.filter(latitude__isnull=True).exists()
    menu = [block.value["page"].pk for block in SiteSettings.load().main_menu]
    assert menu.count(DirectoryPage.objects.get().pk) == 1
    # A bio joins the profession's words and the practitioner's own sentence.
    first = people[0]
    profession = content.load("practitioners", "professions")[first["profession"]]
    bio = Practitioner.objects.get(name=first["name"]).bio
    assert bio.startswith(f"{first['name']} is {profession['introduced_as']} ")
    assert first["about"] in bio and bio.endswith(profession["paragraph"])
    # The profession's paragraph must not switch pronouns on the practitioner's own sentence.
    for name, bio in Practitioner.objects.values_list("name", "bio"):
        assert len(pronouns_in(bio)) <= 1, (name, bio)
