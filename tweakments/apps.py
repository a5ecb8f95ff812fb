from django.apps import AppConfig


class TweakmentsConfig(AppConfig):
    name = "tweakments"
    verbose_name = "Site"

    def ready(self):
        from . import purging

        purging.connect()
