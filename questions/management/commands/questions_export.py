import json

from django.core.management.base import BaseCommand, CommandError

from questions.privacy import personal_data


class Command(BaseCommand):
    help = "Print, as JSON, everything held about one e-mail address (a subject access request)."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True, help="The asker's e-mail address.")

    def handle(self, *args, email, **options):
        if not email.strip():
            raise CommandError("Give the e-mail address with --email.")
        data = personal_data(email)
        self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
        self.stderr.write(
            self.style.SUCCESS(
                f"{len(data['questions'])} question(s), {len(data['emails'])} e-mail(s)."
            )
        )
