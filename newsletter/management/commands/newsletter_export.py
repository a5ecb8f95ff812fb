import json

from django.core.management.base import BaseCommand

from newsletter.privacy import personal_data


class Command(BaseCommand):
    help = (
        "Print, as JSON, everything the mailing list holds about one address "
        "(for a subject access request)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True, help="The address to look up.")

    def handle(self, *args, email, **options):
        data = personal_data(email)
        if data is None:
            self.stderr.write("Nothing is stored about that address.")
            return
        self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
