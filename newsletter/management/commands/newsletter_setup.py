from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from newsletter.models import NewsletterArchivePage


class Command(BaseCommand):
    help = (
        "Create the newsletter archive page (/newsletter/issues/) under the home page if "
        "the site has none. Safe to run again: deploys run it after migrate."
    )

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        home = site.root_page.specific if site else None
        if home is None or not NewsletterArchivePage.can_exist_under(home):
            raise CommandError(
                "The default site's root page is not the home page yet: create the home "
                "page and make it the site's root, then run this again."
            )
        archive, created = NewsletterArchivePage.ensure(home)
        url = archive.get_url()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Created the newsletter archive at {url}"))
        else:
            self.stdout.write(f"The newsletter archive is already there, at {url}")
