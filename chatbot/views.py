"""/chat/ (works without JavaScript) and the JSON endpoints the widget uses.

Every POST here comes from anonymous visitors, often from a page served from the cache,
so none carries a CSRF token: `same_origin_post` refuses posts from other sites instead.
Each is rate-limited per visitor, counted like Ask Alice's (an IPv4 address or an IPv6 /64).
"""

import json

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.origin import same_origin_post
from core.ratelimit import client_key, hit, too_many_requests
from core.sites import absolute_url

from . import chat
from .forms import AskForm, FeedbackForm, SurveyForm
from .models import Exchange

RATE_PERIOD = 60
# Thumbs and surveys a visitor may send a minute (questions: CHATBOT_RATE_LIMIT_PER_MINUTE).
FEEDBACK_PER_MINUTE = 30
SURVEYS_PER_MINUTE = 10
TOO_MANY = "You have sent a lot in a short time. Please wait a minute."
NOT_AN_OBJECT = "Send a JSON object."


def within_limit(request, scope, limit):
    """Count this request against the visitor's limit for `scope`."""
    if not getattr(settings, "RATE_LIMITS_ENABLED", True):
        return True
    return hit(scope, client_key(request), limit, RATE_PERIOD)


def asks_within_limit(request):
    return within_limit(request, "chatbot", settings.CHATBOT_RATE_LIMIT_PER_MINUTE)


def json_body(request):
    """The request's JSON object, or None if it is not one (not UTF-8, not JSON, nested
    too deeply to parse)."""
    try:
        data = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def json_error(message, status=400, **extra):
    return JsonResponse({"error": message, **extra}, status=status)


def first_error(form):
    return next(iter(form.errors.values()))[0]


def chat_url(conversation, fragment=""):
    url = reverse("chatbot:page") + f"?conversation={conversation.public_id}"
    return url + (f"#{fragment}" if fragment else "")


# --- The page --------------------------------------------------------------------------


@same_origin_post
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def chat_page(request):
    """The conversation so far, the question form and, after an answer, the survey."""
    if request.method == "POST":
        if not asks_within_limit(request):
            return too_many_requests(request, RATE_PERIOD)
        form = AskForm(request.POST)
        if form.is_valid():
            conversation = chat.find_conversation(form.cleaned_data["conversation"])
            if form.is_spam():
                return redirect(reverse("chatbot:page"))
            conversation, exchange, _ = chat.ask(
                form.cleaned_data["question"], conversation, request
            )
            return redirect(chat_url(conversation, f"answer-{exchange.public_id}"))
        conversation = chat.find_conversation(form.data.get("conversation"))
        status = 400
    else:
        conversation = chat.find_conversation(request.GET.get("conversation"))
        form = AskForm(initial={"conversation": conversation.public_id if conversation else None})
        status = 200
    exchanges = list(conversation.exchanges.all()) if conversation else []
    return TemplateResponse(
        request,
        "chatbot/chat_page.html",
        {
            "form": form,
            "conversation": conversation,
            "exchanges": exchanges,
            "show_survey": bool(exchanges) and conversation.wants_survey,
            "chat_page": True,
            "structured_data": {
                "@context": "https://schema.org",
                "@type": "WebPage",
                "name": "Ask the Tweakments chatbot",
                "url": absolute_url(reverse("chatbot:page")),
            },
        },
        status=status,
    )


@require_GET
def panel_parts(request):
    """The rating and survey forms the panel clones (as /chat/ has them), fetched with the
    panel's script when a visitor opens it rather than sent with every page."""
    return TemplateResponse(request, "chatbot/includes/panel_parts.html")


@same_origin_post
@require_POST
def feedback(request):
    """Thumbs up or down on one answer (the no-JS form; the widget uses feedback_api)."""
    if not within_limit(request, "chatbot-feedback", FEEDBACK_PER_MINUTE):
        return too_many_requests(request, RATE_PERIOD)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return redirect(reverse("chatbot:page"))
    exchange = get_object_or_404(Exchange, public_id=form.cleaned_data["answer_id"])
    exchange.rate(form.cleaned_data["rating"], form.cleaned_data["reason"])
    return redirect(chat_url(exchange.conversation, f"answer-{exchange.public_id}"))


@same_origin_post
@require_POST
def survey(request):
    if not within_limit(request, "chatbot-survey", SURVEYS_PER_MINUTE):
        return too_many_requests(request, RATE_PERIOD)
    conversation = chat.find_conversation(request.POST.get("conversation"))
    if conversation is None or not conversation.wants_survey:
        return redirect(reverse("chatbot:page"))
    if "skip" not in request.POST:
        form = SurveyForm(request.POST)
        if not form.is_valid():
            return redirect(chat_url(conversation, "survey"))
        form.instance.conversation = conversation
        form.save()
    conversation.survey_closed = True
    conversation.save(update_fields=["survey_closed"])
    return redirect(chat_url(conversation, "survey"))


# --- JSON for the widget ---------------------------------------------------------------


@same_origin_post
@require_POST
def ask_api(request):
    if not asks_within_limit(request):
        return json_error(TOO_MANY, status=429)
    data = json_body(request)
    if data is None:
        return json_error(NOT_AN_OBJECT)
    form = AskForm(
        {
            "question": data.get("question") if isinstance(data.get("question"), str) else "",
            "conversation": str(data.get("conversation") or ""),
            "website": str(data.get("website") or ""),
        }
    )
    if not form.is_valid():
        return json_error(first_error(form))
    conversation = chat.find_conversation(form.cleaned_data["conversation"])
    if form.is_spam():
        return json_error("Your question could not be sent.")
    conversation, exchange, answer = chat.ask(form.cleaned_data["question"], conversation, request)
    return JsonResponse(
        {
            "answer": answer.html,
            "sources": answer.sources,
            "handoff_url": answer.handoff_url,
            "urgent": answer.urgent,
            "outcome": answer.outcome,
            "conversation": str(conversation.public_id),
            "answer_id": str(exchange.public_id),
        }
    )


@same_origin_post
@require_POST
def feedback_api(request):
    if not within_limit(request, "chatbot-feedback", FEEDBACK_PER_MINUTE):
        return json_error(TOO_MANY, status=429)
    data = json_body(request)
    if data is None:
        return json_error(NOT_AN_OBJECT)
    form = FeedbackForm(
        {key: str(data.get(key) or "") for key in ("answer_id", "rating", "reason")}
    )
    if not form.is_valid():
        return json_error(first_error(form))
    exchange = Exchange.objects.filter(public_id=form.cleaned_data["answer_id"]).first()
    if exchange is None:
        return json_error("That answer no longer exists.", status=404)
    exchange.rate(form.cleaned_data["rating"], form.cleaned_data["reason"])
    return JsonResponse({"rating": exchange.rating, "reason": exchange.reason})


@same_origin_post
@require_POST
def survey_api(request):
    if not within_limit(request, "chatbot-survey", SURVEYS_PER_MINUTE):
        return json_error(TOO_MANY, status=429)
    data = json_body(request)
    if data is None:
        return json_error(NOT_AN_OBJECT)
    conversation = chat.find_conversation(data.get("conversation"))
    if conversation is None:
        return json_error("That conversation no longer exists.", status=404)
    if not conversation.wants_survey:
        return json_error("Thank you: this conversation's survey is already done.", status=409)
    if not data.get("skip"):
        form = SurveyForm({key: str(value) for key, value in data.items() if value is not None})
        if not form.is_valid():
            return json_error(first_error(form))
        form.instance.conversation = conversation
        form.save()
    conversation.survey_closed = True
    conversation.save(update_fields=["survey_closed"])
    return JsonResponse({"thanks": "Thank you for your feedback."})
