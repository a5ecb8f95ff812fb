"""Delivery: one page cache for anonymous readers, the edge in front, under one rule:
`pages` keeps and answers pages, `rule` renews the site's version (`models`) and purges the
edge, `backends` makes any Redis error a miss. Nothing else knows of them."""

from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "tweakments.delivery"
    label = "delivery"

    def ready(self):
        from . import rule

        rule.connect()
