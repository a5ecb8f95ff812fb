import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError

from tests.demo.seeding import run

pytestmark = pytest.mark.django_db


def test_local_admin_creates_one_superuser_and_prints_it(settings, tmp_path):
    settings.DEBUG = True
    settings.BASE_DIR = tmp_path
    first = run("local_admin")
    password = (tmp_path / ".local-admin.txt").read_text().strip()
    assert f"user: admin  password: {password}" in first
    assert get_user_model().objects.get(username="admin").check_password(password)
    assert password in run("local_admin")
    assert get_user_model().objects.count() == 1


def test_local_admin_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        run("local_admin")
