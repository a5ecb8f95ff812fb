from django.conf import settings
from django.core.management.base import BaseCommand

from questions.notifications import send_digest


class Command(BaseCommand):
    help = (
        "E-mail moderators one digest of the questions that arrived while the site was busy "
        "(more than QUESTION_ALERT_LIMIT in QUESTION_DIGEST_MINUTES), at most once every "
        "QUESTION_DIGEST_MINUTES. Run it every few minutes."
    )

    def handle(self, *args, **options):
        told = send_digest()
        if told:
            self.stdout.write(self.style.SUCCESS(f"Digest sent to {told} moderator(s)."))
        else:
            self.stdout.write(
                f"No digest due (one goes once a question has waited "
                f"{settings.QUESTION_DIGEST_MINUTES} minutes untold)."
            )
