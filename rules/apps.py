from django.apps import AppConfig


class RulesConfig(AppConfig):
    name = "rules"
    verbose_name = "UK rules"

    def ready(self):
        # Registers the panels this app adds to treatment pages, the directory and profiles.
        from . import panels  # noqa: F401
