"""Ask Alice pieces other pages show: the footer call-out, answer lists, the search form."""

from django import template

from ..forms import QuestionForm
from ..models import AskAlicePage

register = template.Library()


def _form_context(request, auto_id, **initial):
    page = AskAlicePage.find(request)
    if page is None:
        return {"ask_page": None}
    form = QuestionForm.for_request(request, compact=True, auto_id=auto_id)
    form.initial.update(initial)
    ask_url = page.get_url(request)
    return {
        "form": form,
        "ask_page": page,
        "ask_url": ask_url,
        "submit_url": page.submit_url(request),
        "similar_url": ask_url + page.reverse_subpage("similar"),
    }


@register.inclusion_tag("questions/includes/ask_callout.html", takes_context=True)
def ask_alice_callout(context):
    """The compact 'Post a Question' form of the footer."""
    return _form_context(context["request"], auto_id="footer-ask-%s")


@register.inclusion_tag("questions/includes/search_ask_form.html", takes_context=True)
def ask_alice_search_form(context, query):
    """After a search with no hits: the compact form with the search text as the question."""
    return _form_context(context["request"], auto_id="search-ask-%s", question=query)


@register.inclusion_tag("questions/includes/answer_list.html", takes_context=True)
def answer_list(context, answers, ask_page, heading="h3"):
    """Answers as a list of question links with who asked and answered, and a summary."""
    request = context.get("request")
    return {
        "items": [(question, ask_page.question_url(question, request)) for question in answers],
        "heading": heading,
    }
