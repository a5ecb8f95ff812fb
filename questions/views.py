from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST
from taggit.models import Tag

from tweakments.ratelimit import client_key, hit, is_exhausted, rate_limit, too_many_requests

from . import notifications
from .forms import AnswerFilterForm, QuestionForm
from .models import Question

SUBMISSIONS_PER_HOUR = 5
# The hint is asked for as the visitor pauses in typing: generous, but not a search API.
SIMILAR_LOOKUPS_PER_HOUR = 200
HOUR = 60 * 60
RATE_LIMIT_SCOPE = "ask-alice"
ASKED_AS_SESSION_KEY = "questions_asked_as"


def submit_question(request, page):
    """The POST of the Ask Alice form, wherever it is shown (page, footer, search).

    Only accepted questions count towards the hourly limit: a visitor correcting a
    mistake in the form is not locked out.
    """
    if request.method != "POST":
        return redirect(page.get_url(request))
    visitor = client_key(request)
    if is_exhausted(RATE_LIMIT_SCOPE, visitor, SUBMISSIONS_PER_HOUR):
        return too_many_requests(request, HOUR)
    form = QuestionForm.for_request(request, data=request.POST)
    thanks_url = page.get_url(request) + page.reverse_subpage("thanks")
    if form.is_spam():
        hit(RATE_LIMIT_SCOPE, visitor, SUBMISSIONS_PER_HOUR, HOUR)
        return redirect(thanks_url)  # a bot: answer as if all went well, keep nothing
    if not form.is_valid():
        return page.render_form_page(request, form)
    # The question and its e-mails commit together or not at all, so a retry after an
    # error stores it once; a retry after success finds the first copy.
    with transaction.atomic():
        question = Question.objects.resubmission_of(form.instance)
        if question is None:
            question = form.save()
            notifications.question_received(question)
            hit(RATE_LIMIT_SCOPE, visitor, SUBMISSIONS_PER_HOUR, HOUR)
    request.session[ASKED_AS_SESSION_KEY] = question.asker_display
    return redirect(thanks_url)


# A POST, not a GET: the text is a draft health question, and query strings end up in
# access logs and browser history.
@require_POST
@rate_limit("ask-alice-similar", limit=SIMILAR_LOOKUPS_PER_HOUR, period=HOUR)
def similar_answers(request, page):
    terms = AnswerFilterForm(request.POST, topics=Tag.objects.none()).search_terms()
    return JsonResponse({"results": page.similar_to(terms, request)})
