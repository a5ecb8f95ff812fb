"""Parts of the chatbot shared by /chat/ (without JavaScript) and the panel on every page,
which clones them from <template>s. Rendering them makes no query."""

from django import template
from django.utils.html import format_html_join

from ..forms import SURVEY_INTRO, SurveyForm
from ..models import Exchange

register = template.Library()


@register.inclusion_tag("chatbot/includes/survey_form.html")
def chat_survey_form(conversation=None):
    """The after-chat survey."""
    return {"survey": SurveyForm(), "conversation": conversation, "intro": SURVEY_INTRO}


@register.simple_tag
def survey_choices(field):
    """A radio question's choices as labelled inputs, written out: the survey is on every
    page (in the panel's <template>), and Django's subwidgets cost more than the rest of it."""
    chosen = {str(value) for value in field.field.widget.format_value(field.value())}
    required = " required" if field.field.required else ""
    return format_html_join(
        "",
        '<label class="chat-survey__choice"><input type="radio" name="{}" value="{}" id="{}"{}{}>'
        " {}</label>",
        (
            (
                field.html_name,
                value,
                f"{field.auto_id}_{index}",
                " checked" if str(value) in chosen else "",
                required,
                label,
            )
            for index, (value, label) in enumerate(field.field.choices)
        ),
    )


@register.inclusion_tag("chatbot/includes/rating.html")
def chat_rating(exchange=None):
    """Helpful / not helpful (and why) for one answer, showing what was pressed."""
    return {"exchange": exchange, "reasons": Exchange.Reason.choices}
