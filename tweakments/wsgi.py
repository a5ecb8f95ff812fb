import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tweakments.settings.production")

application = get_wsgi_application()
# What loading made (apps, models, blocks) lives as long as the process: the collector
# need not scan it again at every full collection (see the README's page benchmark).
gc.freeze()
