"""Cross-site protection for the anonymous public forms, without a cookie or a token.

The forms sit on pages shared through the page cache and the edge, which can carry neither
a visitor's CSRF cookie nor their token. Browsers say where a POST comes from instead:
`Sec-Fetch-Site` (every current browser) and `Origin` (sent with every POST). A form sent
from another site is refused with a friendly page; one sent from ours goes through in one
step, with or without JavaScript. Clients that send neither header (scripts, very old
browsers) carry no visitor's credentials to abuse; rate limits and honeypots still apply.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt

SAME_SITE_FETCHES = {"same-origin", "none"}


def trusted_origins(request):
    """Origins allowed to post: this request's own host, SITE_URL, CSRF_TRUSTED_ORIGINS."""
    scheme = "https" if request.is_secure() else "http"
    return {
        f"{scheme}://{request.get_host()}",
        settings.SITE_URL.rstrip("/"),
        *settings.CSRF_TRUSTED_ORIGINS,
    }


def is_cross_site(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site not in SAME_SITE_FETCHES:
        return True
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    parts = urlsplit(origin)
    return origin == "null" or f"{parts.scheme}://{parts.netloc}" not in trusted_origins(request)


def cross_site_refused(request):
    return TemplateResponse(request, "403_cross_site.html", status=403)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: the friendly page, never Django's raw 403."""
    return cross_site_refused(request)


def same_origin_post(view):
    """For views whose POSTs come from anonymous visitors on cached pages: Django's
    cookie-based check is replaced by the browser's own account of where the POST is from."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD", "OPTIONS") and is_cross_site(request):
            return cross_site_refused(request)
        return view(request, *args, **kwargs)

    return csrf_exempt(wrapped)
