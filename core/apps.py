from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    """The floor every section builds on. Its label is the one these models had when they
    lived in the project package, which keeps their tables, content types and migrations."""

    name = "core"
    label = "tweakments"
    verbose_name = "Site"

    def ready(self):
        from .sites import apply_site_url_after_migrate

        post_migrate.connect(apply_site_url_after_migrate, sender=self)
