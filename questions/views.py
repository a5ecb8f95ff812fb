from django.shortcuts import redirect

from tweakments.ratelimit import rate_limit

from . import notifications
from .forms import QuestionForm

SUBMISSIONS_PER_HOUR = 5
HOUR = 60 * 60
ASKED_AS_SESSION_KEY = "questions_asked_as"


@rate_limit("ask-alice", limit=SUBMISSIONS_PER_HOUR, period=HOUR)
def submit_question(request, page):
    """The POST of the Ask Alice form, wherever it is shown (page, footer, search)."""
    if request.method != "POST":
        return redirect(page.get_url(request))
    form = QuestionForm.for_request(request, data=request.POST)
    thanks_url = page.get_url(request) + page.reverse_subpage("thanks")
    if form.is_spam():
        return redirect(thanks_url)  # a bot: answer as if all went well, keep nothing
    if not form.is_valid():
        return page.render_form_page(request, form)
    # Saved (and committed) first; the e-mails are queued after it.
    question = form.save()
    notifications.question_received(question)
    request.session[ASKED_AS_SESSION_KEY] = question.asker_display
    return redirect(thanks_url)
