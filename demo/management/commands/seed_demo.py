from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from core.sites import apply_site_url
from demo.shell import is_seeded
from demo.steps import all_steps


class Command(BaseCommand):
    help = (
        "Build the demo site from demo/content/: home, plain pages, experts, articles and "
        "every section in demo.steps.SECTIONS. Safe to re-run: it updates what it made before."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once",
            action="store_true",
            help="Do nothing if the demo site already exists (used by `make run`).",
        )

    def handle(self, *args, once=False, **options):
        if once and is_seeded():
            self.stdout.write(
                "Demo content already present; skipping (run without --once to refresh)."
            )
            return
        steps = all_steps()
        progress = tqdm(steps, desc="Seeding demo content", unit="step", file=self.stdout._out)
        for label, run in progress:
            progress.set_postfix_str(label)
            with transaction.atomic():
                run()
        apply_site_url()  # the seeded Site answers at SITE_URL, not localhost:80
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({len(steps)} steps)."))
