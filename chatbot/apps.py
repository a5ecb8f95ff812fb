from django.apps import AppConfig


class ChatbotConfig(AppConfig):
    name = "chatbot"
    verbose_name = "Chatbot"

    def ready(self):
        from . import signals  # noqa: F401  (connects the reindex receivers)
