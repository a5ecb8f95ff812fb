from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "tweakments.delivery"
    label = "delivery"
    verbose_name = "Delivery"

    def ready(self):
        from . import rule

        rule.connect()
