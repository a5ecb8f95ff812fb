"""Ask Alice's panels on other apps' pages (see tweakments/panels.py)."""

from core.panels import PagePanel, register_page_panel

from .models import AskAlicePage, Question

ANSWERS_ON_TREATMENT = 5


@register_page_panel("treatment_answers")
def treatment_answers(treatment, request):
    """The newest answers linked to a treatment."""
    ask_page = AskAlicePage.find(request)
    if ask_page is None:
        return None
    answers = list(
        Question.objects.published()
        .filter(treatments=treatment)
        .for_answer_list()[:ANSWERS_ON_TREATMENT]
    )
    if not answers:
        return None
    return PagePanel(
        "questions/includes/treatment_answers.html",
        {"answers": answers, "ask_page": ask_page, "treatment": treatment},
    )
