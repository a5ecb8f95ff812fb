"""CSRF protection for forms on cacheable pages.

A cached page can't carry a visitor's token or set their cookie, so its forms render an
empty token field (`{% csrf_field %}`). static/js/csrf.js fills it from `token` just before
the form is sent. Without JavaScript the POST arrives without a cookie: `csrf_failure`
answers with a page that sets the cookie and shows what the visitor wrote, ready to send
again. Any other CSRF failure gets Django's own 403.
"""

from django.http import JsonResponse
from django.middleware.csrf import REASON_NO_CSRF_COOKIE, get_token
from django.template.response import TemplateResponse
from django.views.csrf import csrf_failure as django_csrf_failure
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

CSRF_FIELD_NAME = "csrfmiddlewaretoken"


@never_cache
@require_GET
def token(request):
    """A fresh token (and the cookie it belongs to) for csrf.js and the chatbot."""
    return JsonResponse({"token": get_token(request)})


def csrf_failure(request, reason=""):
    if request.method != "POST" or reason != REASON_NO_CSRF_COOKIE:
        return django_csrf_failure(request, reason)
    fields = [
        (name, value)
        for name, values in request.POST.lists()
        if name != CSRF_FIELD_NAME
        for value in values
    ]
    response = TemplateResponse(
        request,
        "tweakments/csrf_resend.html",
        {
            "action": request.get_full_path(),
            "fields": fields,
            "written": [(name, value) for name, value in fields if len(value) > 2],
        },
        status=403,
    )
    return response
