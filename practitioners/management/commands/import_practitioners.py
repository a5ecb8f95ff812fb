from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from practitioners.importer import COLUMNS, ImportReport, import_row, read_rows


class Command(BaseCommand):
    help = (
        "Import practitioners and their clinics from a CSV file, one clinic per row. "
        f"Columns: {', '.join(COLUMNS)}. Bad rows are reported with their line numbers "
        "and skipped; the rest are imported. Safe to re-run: rows update what they made."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to a UTF-8 CSV file with a header row.")

    def handle(self, *args, file, **options):
        try:
            with open(file, encoding="utf-8-sig", newline="") as handle:
                rows = list(read_rows(handle))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise CommandError(f"Cannot import {file}: {error}") from error
        report = ImportReport()
        for line, row in tqdm(rows, desc="Importing", unit=" rows", file=self.stdout._out):
            import_row(line, row, report)
        for line, message in report.errors:
            self.stderr.write(f"Line {line}: {message}")
        summary = (
            f"{report.created} new, {report.updated} updated, {len(report.errors)} "
            f"row{'s' if len(report.errors) != 1 else ''} skipped."
        )
        style = self.style.WARNING if report.errors else self.style.SUCCESS
        self.stdout.write(style(summary))
