"""/chat/ (works without JavaScript) and the JSON endpoints the widget uses."""

import json

from django.conf import settings
from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.ratelimit import client_address, hit, too_many_requests
from core.sites import absolute_url

from . import chat
from .forms import SURVEY_INTRO, AskForm, FeedbackForm, SurveyForm
from .models import Exchange

RATE_PERIOD = 60
TOO_MANY = "You have asked a lot of questions in a short time. Please wait a minute."


def within_rate_limit(request):
    return hit(
        "chatbot", client_address(request), settings.CHATBOT_RATE_LIMIT_PER_MINUTE, RATE_PERIOD
    )


def json_body(request):
    """The request's JSON object, or None if it is not one (or not UTF-8)."""
    try:
        data = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
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


@never_cache
@require_http_methods(["GET", "POST"])
def chat_page(request):
    """The conversation so far, the question form and, after an answer, the survey."""
    if request.method == "POST":
        if not within_rate_limit(request):
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
    survey = SurveyForm() if exchanges and conversation.wants_survey else None
    return TemplateResponse(
        request,
        "chatbot/chat_page.html",
        {
            "form": form,
            "conversation": conversation,
            "exchanges": exchanges,
            "survey": survey,
            "survey_intro": SURVEY_INTRO,
            "reasons": Exchange.Reason.choices,
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


@require_POST
def feedback(request):
    """Thumbs up or down on one answer (the no-JS form; the widget uses feedback_api)."""
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return redirect(reverse("chatbot:page"))
    exchange = get_object_or_404(Exchange, public_id=form.cleaned_data["answer_id"])
    exchange.rate(form.cleaned_data["rating"], form.cleaned_data["reason"])
    return redirect(chat_url(exchange.conversation, f"answer-{exchange.public_id}"))


@require_POST
def survey(request):
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


@never_cache
@require_GET
def csrf_token(request):
    """The CSRF token, fetched when the widget opens so pages themselves set no cookie."""
    return JsonResponse({"csrf_token": get_token(request)})


@require_POST
def ask_api(request):
    if not within_rate_limit(request):
        return json_error(TOO_MANY, status=429)
    data = json_body(request)
    if data is None:
        return json_error("Send a JSON object with a question.")
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
            "conversation": str(conversation.public_id),
            "answer_id": str(exchange.public_id),
        }
    )


@require_POST
def feedback_api(request):
    data = json_body(request) or {}
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


@require_POST
def survey_api(request):
    data = json_body(request) or {}
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
