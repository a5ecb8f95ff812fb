from django.core.management.base import BaseCommand, CommandError

from core import privacy


class Command(BaseCommand):
    help = (
        "Erase what the site holds about one e-mail address, in every app at once: e.g. "
        "unpublished questions deleted, published ones anonymised, the subscriber and "
        "e-mails deleted, admin history redacted (an erasure request)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True, help="The person's e-mail address.")

    def handle(self, *args, email, **options):
        if not email.strip():
            raise CommandError("Give the e-mail address with --email.")
        for label, counts in privacy.erase(email).items():
            summary = ", ".join(f"{what} {count}" for what, count in counts.items())
            self.stdout.write(f"{label}: {summary}")
        self.stdout.write(self.style.SUCCESS("Done."))
