from django.apps import AppConfig


class PractitionersConfig(AppConfig):
    name = "practitioners"
    verbose_name = "Find a Practitioner"

    def ready(self):
        # Registers signal handlers and page panels (the Django idiom: models are ready now).
        from . import panels, signals  # noqa: F401
