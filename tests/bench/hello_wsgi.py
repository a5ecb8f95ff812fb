"""A Django hello-world view as a WSGI app: the ceiling bench_pages.py measures pages against.

Minimal settings and no middleware, served by the same gunicorn as the site
(`gunicorn --chdir tests/bench hello_wsgi:application`).
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path


def hello(request):
    return HttpResponse("Hello, world")


urlpatterns = [path("", hello)]

settings.configure(
    DEBUG=False,
    SECRET_KEY="hello-world-bench",
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
)
application = get_wsgi_application()
