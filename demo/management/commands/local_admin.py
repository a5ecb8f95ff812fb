import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Create a superuser for local development and print its login. The password is "
        "random, kept in .local-admin.txt (git-ignored) so later runs can print it again."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("local_admin is for development only (DEBUG is off).")
        password_file = settings.BASE_DIR / ".local-admin.txt"
        user_model = get_user_model()
        user = user_model.objects.filter(username=USERNAME).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            user_model.objects.create_superuser(USERNAME, "admin@localhost", password)
            password_file.write_text(password + "\n")
        elif password_file.exists():
            password = password_file.read_text().strip()
        else:
            password = "(unchanged: set one with `manage.py changepassword admin`)"  # noqa: S105
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: http://127.0.0.1:8000/admin/  user: {USERNAME}  password: {password}"
            )
        )
