from django.apps import AppConfig


class PractitionersConfig(AppConfig):
    name = "practitioners"
    verbose_name = "Find a Practitioner"

    def ready(self):
        from . import signals  # noqa: F401
