"""Delivery: one page cache for anonymous readers and the edge in front, under one rule.

* `pages.PageCacheMiddleware` answers anonymous GETs from the shared cache; a response is
  kept with the site's version number and served only while that number holds.
* `rule` renews the version whenever anything a public page can show changes, and purges
  the edge (Varnish, a CDN) of the whole site at the same moment.
* `models.SiteVersion` is that number, in the database; Redis holds a copy, so a change made
  while Redis is away is not lost.
* `backends.SafeRedisCache` makes any Redis error a miss, never a 500.

Domain models, views and templates know none of this.
"""
