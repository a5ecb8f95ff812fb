from functools import wraps

from django.core import signing
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe
from django.views.decorators.vary import vary_on_headers
from wagtail.views import serve

from core.origin import same_origin_post
from core.ratelimit import hit, rate_limit

from .emails import send_confirmation, send_welcome
from .forms import PreferencesForm, SignupForm
from .models import CONFIRMATION_MAX_AGE, NewsletterIssuePage, Subscriber, mailbox

CONFIRMATION_DAYS = CONFIRMATION_MAX_AGE.days
HOUR = 60 * 60
DAY = 24 * HOUR
CONFIRMATIONS_PER_DAY = 3
LINK_POSTS_PER_HOUR = 30


def submitted_in_place(request):
    """newsletter.js posts with this header and swaps in the answer without a page load."""
    return request.headers.get("X-Requested-With") == "fetch"


@same_origin_post
@vary_on_headers("X-Requested-With")
@rate_limit("newsletter-signup", limit=10, period=HOUR)
@require_http_methods(["GET", "HEAD", "POST"])
def signup(request):
    if request.method != "POST":
        return _signup_form(request, SignupForm(initial={"source": request.path}))
    form = SignupForm(request.POST)
    if form.is_spam():
        return _signed_up(request)  # look like success; save nothing
    if not form.is_valid():
        return _signup_form(request, form)
    # The signup is saved before its e-mail is queued, and both commit together.
    with transaction.atomic():
        subscriber, send = form.subscribe()
        # "ann+1@", "ann+2@"... are one inbox: it gets a few confirmations a day at most.
        if send and hit(
            "newsletter-confirmations", mailbox(subscriber.email), CONFIRMATIONS_PER_DAY, DAY
        ):
            send_confirmation(subscriber, request)
    return _signed_up(request)


def _signup_form(request, form):
    template = (
        "newsletter/includes/signup_form.html"
        if submitted_in_place(request)
        else "newsletter/signup_page.html"
    )
    return TemplateResponse(request, template, {"form": form})


def _signed_up(request):
    """The same answer whether or not the address was already on the list."""
    if not submitted_in_place(request):
        return redirect("newsletter:thanks")
    return TemplateResponse(
        request,
        "newsletter/includes/signup_done.html",
        {"confirmation_days": CONFIRMATION_DAYS},
    )


@require_safe
def thanks(request):
    return TemplateResponse(
        request, "newsletter/thanks.html", {"confirmation_days": CONFIRMATION_DAYS}
    )


def with_subscriber(load):
    """View decorator: the signed token in the URL becomes the subscriber it names, or
    the reader is told plainly that the link is broken or has expired."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, token):
            try:
                subscriber = load(token)
            except signing.SignatureExpired:
                return _bad_link(request, expired=True)
            except (signing.BadSignature, Subscriber.DoesNotExist):
                return _bad_link(request, expired=False)
            return view(request, subscriber)

        return wrapped

    return decorator


def _bad_link(request, expired):
    return TemplateResponse(
        request,
        "newsletter/bad_link.html",
        {"expired": expired},
        status=410 if expired else 400,
    )


def link_token(request, token):
    """Limits on the personal-link pages count per link, not per address: RFC 8058
    unsubscribes arrive from a mail provider's few shared addresses."""
    return token


# A GET only shows a button: mail scanners fetch every link in an e-mail, and must not
# confirm a subscription the reader never saw.
@same_origin_post
@rate_limit("newsletter-confirm", limit=LINK_POSTS_PER_HOUR, period=HOUR, key=link_token)
@require_http_methods(["GET", "HEAD", "POST"])
@with_subscriber(Subscriber.objects.from_confirm_token)
def confirm(request, subscriber):
    just_confirmed = False
    if request.method != "POST" and subscriber.status == Subscriber.Status.PENDING:
        return TemplateResponse(request, "newsletter/confirm.html", {"subscriber": subscriber})
    if request.method == "POST":
        with transaction.atomic():
            just_confirmed = subscriber.confirm()
            if just_confirmed:
                send_welcome(subscriber, request)
    return TemplateResponse(
        request,
        "newsletter/confirmed.html",
        {"subscriber": subscriber, "just_confirmed": just_confirmed},
    )


# RFC 8058: mail clients unsubscribe by POSTing here with no cookies or CSRF token; the
# signed link is the proof. In a browser, GET shows a button so that link scanners
# which fetch every URL in an e-mail do not unsubscribe anybody.
@csrf_exempt
@rate_limit("newsletter-unsubscribe", limit=LINK_POSTS_PER_HOUR, period=HOUR, key=link_token)
@require_http_methods(["GET", "HEAD", "POST"])
@with_subscriber(Subscriber.objects.from_manage_token)
def unsubscribe(request, subscriber):
    if request.method == "POST":
        subscriber.unsubscribe()
        return TemplateResponse(request, "newsletter/unsubscribed.html", {"subscriber": subscriber})
    return TemplateResponse(request, "newsletter/unsubscribe.html", {"subscriber": subscriber})


@same_origin_post
@rate_limit("newsletter-preferences", limit=LINK_POSTS_PER_HOUR, period=HOUR, key=link_token)
@require_http_methods(["GET", "HEAD", "POST"])
@with_subscriber(Subscriber.objects.from_manage_token)
def preferences(request, subscriber):
    form = PreferencesForm(request.POST if request.method == "POST" else None, instance=subscriber)
    if subscriber.status != Subscriber.Status.UNSUBSCRIBED and form.is_valid():
        form.save()
        return redirect(f"{request.path}?saved=1")
    return TemplateResponse(
        request,
        "newsletter/preferences.html",
        {"form": form, "subscriber": subscriber, "saved": request.GET.get("saved") == "1"},
    )


# Private (never_cache) so neither the page cache nor the edge keeps an unpublished issue.
@never_cache
@require_safe
def issue_preview(request, token):
    """A test copy's web version: the latest saved version of the issue, published or not,
    for whoever holds the signed link; a broken or expired link is a plain 404."""
    try:
        issue = NewsletterIssuePage.objects.from_preview_token(token)
    except (signing.BadSignature, NewsletterIssuePage.DoesNotExist) as error:
        raise Http404("No such preview") from error
    draft = issue.get_latest_revision_as_object()
    response = draft.serve_preview(request, draft.default_preview_mode)
    response["X-Robots-Tag"] = "noindex"
    return response


def archive_pages(request, path):
    """/newsletter/issues/… : the archive page (a child of the home page whose url_path is
    /newsletter/issues/) and its issues, served like every other page."""
    return serve(request, f"newsletter/{path}")
