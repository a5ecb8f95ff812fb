from django.apps import AppConfig
from django.db.models.signals import post_migrate


class TweakmentsConfig(AppConfig):
    name = "tweakments"
    verbose_name = "Site"

    def ready(self):
        from . import purging
        from .sites import apply_site_url_after_migrate

        purging.connect()

        post_migrate.connect(apply_site_url_after_migrate, sender=self)
