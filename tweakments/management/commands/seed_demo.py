from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import autodiscover_modules
from tqdm import tqdm
from wagtail import hooks

from tweakments.demo import is_seeded
from tweakments.sites import apply_site_url


class Command(BaseCommand):
    help = (
        "Build the demo site: home, plain pages, experts, articles and what later "
        "sections add. Safe to re-run: it updates what it made before."
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
        # Each app's demo.py registers its steps with the "seed_demo_steps" hook.
        autodiscover_modules("demo")
        steps = [step for fn in hooks.get_hooks("seed_demo_steps") for step in fn()]
        progress = tqdm(steps, desc="Seeding demo content", unit="step", file=self.stdout._out)
        for label, run in progress:
            progress.set_postfix_str(label)
            with transaction.atomic():
                run()
        apply_site_url()  # the seeded Site answers at SITE_URL, not localhost:80
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({len(steps)} steps)."))
