import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from chatbot.models import Conversation


class Command(BaseCommand):
    help = "Delete chatbot conversations (questions, answers, ratings, survey) past their age."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.CHATBOT_RETENTION_DAYS,
            help="Delete conversations started more than this many days ago "
            "(default: CHATBOT_RETENTION_DAYS, %(default)s).",
        )

    def handle(self, *args, days, **options):
        cutoff = timezone.now() - datetime.timedelta(days=max(days, 0))
        deleted, _ = Conversation.objects.older_than(cutoff).delete()
        self.stdout.write(self.style.SUCCESS(f"Deleted {deleted} rows older than {days} days."))
