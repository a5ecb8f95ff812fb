"""Parts of the chatbot shared by /chat/ (without JavaScript) and the panel on every page,
which clones them from <template>s. Rendering them makes no query."""

from django import template

from ..forms import SURVEY_INTRO, SurveyForm
from ..models import Exchange

register = template.Library()


@register.inclusion_tag("chatbot/includes/survey_form.html")
def chat_survey_form(conversation=None):
    """The after-chat survey."""
    return {"survey": SurveyForm(), "conversation": conversation, "intro": SURVEY_INTRO}


@register.inclusion_tag("chatbot/includes/rating.html")
def chat_rating(exchange=None):
    """Helpful / not helpful (and why) for one answer, showing what was pressed."""
    return {"exchange": exchange, "reasons": Exchange.Reason.choices}
