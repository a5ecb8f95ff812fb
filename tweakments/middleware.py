"""Response headers the whole site sends."""

from csp.middleware import CSPMiddleware
from django.conf import settings


class SiteCSPMiddleware(CSPMiddleware):
    """The strict CONTENT_SECURITY_POLICY for the public site; ADMIN_CONTENT_SECURITY_POLICY
    under /admin/, where Wagtail's editor still needs inline scripts and styles, except on
    the sign-in pages (ADMIN_SIGN_IN_CONTENT_SECURITY_POLICY), which need no inline script.
    See the settings for why."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_admin(request):
            parts.config = (
                settings.ADMIN_SIGN_IN_CONTENT_SECURITY_POLICY
                if request.path_info.startswith(tuple(settings.ADMIN_SIGN_IN_PATHS))
                else settings.ADMIN_CONTENT_SECURITY_POLICY
            )
        return parts


def is_admin(request):
    """Under /admin/, or a preview the admin renders (Wagtail runs the page's own path
    through the middleware, and the public policy would forbid the preview's frame)."""
    return request.path_info.startswith(settings.ADMIN_URL_PREFIX) or getattr(
        request, "is_preview", False
    )


def permissions_policy(get_response):
    """Permissions-Policy: no page uses the camera, microphone, location or payments."""

    def middleware(request):
        response = get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware
