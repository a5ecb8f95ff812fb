from django.core.management.base import BaseCommand

from newsletter.privacy import erase


class Command(BaseCommand):
    help = (
        "Erase one address from the mailing list: the subscriber, their consent record "
        "and the list's e-mails to them (for an erasure request)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True, help="The address to erase.")

    def handle(self, *args, email, **options):
        counts = erase(email)
        self.stdout.write(
            self.style.SUCCESS(
                f"Erased {counts['subscribers']} subscriber(s) and {counts['emails']} e-mail(s)."
            )
        )
