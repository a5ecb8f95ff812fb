from django.core.management.base import BaseCommand

from newsletter.models import Subscriber


class Command(BaseCommand):
    help = (
        "Delete signups that were never confirmed and whose confirmation link has "
        "expired (run daily from cron)."
    )

    def handle(self, *args, **options):
        _, deleted = Subscriber.objects.expired_pending().delete()
        count = deleted.get(Subscriber._meta.label, 0)
        self.stdout.write(self.style.SUCCESS(f"Purged {count} expired pending signup(s)."))
