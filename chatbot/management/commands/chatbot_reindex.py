from django.core.management.base import BaseCommand
from tqdm import tqdm

from chatbot import indexing


class Command(BaseCommand):
    help = "Rebuild the chatbot's passage index from every live page and published answer."

    def handle(self, *args, **options):
        sources = list(indexing.all_sources())
        with tqdm(total=len(sources), unit="page", desc="Indexing", file=self.stderr) as bar:

            def progress(label):
                bar.set_postfix_str(label[:40])
                bar.update()

            count = indexing.reindex_all(progress, sources=sources)
        self.stdout.write(
            self.style.SUCCESS(f"Indexed {count} passages from {len(sources)} pages and answers.")
        )
