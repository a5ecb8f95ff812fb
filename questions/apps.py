from django.apps import AppConfig


class QuestionsConfig(AppConfig):
    name = "questions"

    def ready(self):
        # Registers the panels Ask Alice adds to other pages, once models are ready.
        from . import panels  # noqa: F401
