import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from practitioners.loader import bundled_file, load_postcodes, row_count
from practitioners.models import Postcode


class Command(BaseCommand):
    help = (
        "Load every live UK postcode, sector and district with its position from the "
        "data shipped by the postcodinator package. Safe to re-run: it replaces the table."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--file",
            help="A parquet file with postcode, status, latitude, longitude and country columns "
            "(default: the one inside postcodinator).",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if postcodes are already loaded with their nations "
            "(used by `make run`; a table loaded before nations were kept is reloaded).",
        )

    def handle(self, *args, file=None, if_empty=False, **options):
        if if_empty and Postcode.objects.exclude(nation="").exists():
            self.stdout.write(
                "Postcodes already loaded; skipping (run without --if-empty to reload)."
            )
            return
        path = file or bundled_file()
        try:
            total = row_count(path)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        started = time.monotonic()
        with tqdm(
            total=total,
            desc="Loading postcodes",
            unit=" rows",
            unit_scale=True,
            file=self.stdout._out,
        ) as bar:
            result = load_postcodes(path, progress=bar.update)
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {result.units:,} postcodes, {result.sectors:,} sectors and "
                f"{result.districts:,} districts in {time.monotonic() - started:.1f} s "
                f"({result.skipped:,} terminated or unplaced postcodes left out)."
            )
        )
