from django.core.management.base import BaseCommand, CommandError

from questions.privacy import erase


class Command(BaseCommand):
    help = (
        "Remove the personal data held about one e-mail address: unpublished questions are "
        "deleted, published ones kept only as anonymous text, and e-mails to it are removed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True, help="The asker's e-mail address.")

    def handle(self, *args, email, **options):
        if not email.strip():
            raise CommandError("Give the e-mail address with --email.")
        result = erase(email)
        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {result['deleted']} question(s), anonymised {result['anonymised']}, "
                f"removed {result['emails']} e-mail(s)."
            )
        )
