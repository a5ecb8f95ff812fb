import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tweakments.settings.production")

django_application = get_wsgi_application()
from tweakments.delivery.pages import page_cache_front  # noqa: E402 - needs the apps loaded

application = page_cache_front(django_application)
# What loading made (apps, models, blocks) lives as long as the process: the collector
# need not scan it again at every full collection (see the README's page benchmark).
gc.freeze()
