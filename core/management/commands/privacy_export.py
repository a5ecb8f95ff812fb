import json

from django.core.management.base import BaseCommand, CommandError

from core import privacy


class Command(BaseCommand):
    help = (
        "Print, as JSON, everything the site holds about one e-mail address, app by app "
        "(a subject access request)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True, help="The person's e-mail address.")

    def handle(self, *args, email, **options):
        if not email.strip():
            raise CommandError("Give the e-mail address with --email.")
        data = privacy.export(email)
        self.stdout.write(
            json.dumps({"email": email.strip(), **data}, indent=2, ensure_ascii=False)
        )
        self.stderr.write(
            self.style.SUCCESS(f"Found data in: {', '.join(data) or 'nothing is stored'}.")
        )
