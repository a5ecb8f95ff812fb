"""Response headers the whole site sends."""

from csp.middleware import CSPMiddleware
from django.conf import settings


class SiteCSPMiddleware(CSPMiddleware):
    """The strict CONTENT_SECURITY_POLICY for the public site; ADMIN_CONTENT_SECURITY_POLICY
    under /admin/, where Wagtail's editor still needs inline scripts and styles."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_admin(request):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts


def is_admin(request):
    return request.path_info.startswith(settings.ADMIN_URL_PREFIX)


def permissions_policy(get_response):
    """Permissions-Policy: no page uses the camera, microphone, location or payments."""

    def middleware(request):
        response = get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware
