import posixpath

from django.conf import settings
from django.http import Http404
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.views import serve as serve_page
from wagtailmedia.models import Media

from core.origin import same_origin_post
from core.views import healthz

VIDEO_UPLOADS = f"{Media._meta.get_field('file').upload_to}/"


def serve_media(request, path):
    """Uploads from MEDIA_ROOT; in a larger production set-up a proxy or S3-compatible
    storage serves them instead. Not wagtailmedia's folder of video files: /video-files/
    serves those, and only those of public pages (videos/views.py)."""
    if posixpath.normpath(path).lstrip("/").startswith(VIDEO_UPLOADS):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("newsletter/", include("newsletter.urls")),
    path("chat/", include("chatbot.urls")),
    path("video-files/", include("videos.urls")),
    path("", include("practitioners.urls")),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("healthz", healthz, name="healthz"),
    path("", include("home.urls")),
]

if settings.SERVE_MEDIA:
    urlpatterns += [re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve_media)]

urlpatterns += [
    # Pages take anonymous POSTs (the Ask Alice form) from cached pages: the same-origin
    # check stands in for the CSRF cookie they can't carry (core/origin.py).
    re_path(r"^((?:[\w\-]+/)*)$", same_origin_post(serve_page), name="wagtail_serve"),
    path("", include(wagtail_urls)),
]
