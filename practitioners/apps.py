from django.apps import AppConfig


class PractitionersConfig(AppConfig):
    name = "practitioners"
