"""Delivery: one page cache for anonymous readers, the edge in front, under one rule.

`pages` answers anonymous GETs from the shared cache while the site's version holds;
`rule` renews the version (`models.SiteVersion`, in the database, with a copy in Redis)
and purges the edge whenever anything a public page can show changes; `backends` makes any
Redis error a miss. Domain models, views and templates know none of this.
"""

from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "tweakments.delivery"
    label = "delivery"

    def ready(self):
        from . import rule

        rule.connect()
