import unicodedata

from django import forms

from core.forms import HoneypotMixin

from .models import QUESTION_MAX_LENGTH, Exchange, SurveyResponse
from .privacy import scrub

YES_NO = [("yes", "Yes"), ("no", "No")]
SURVEY_INTRO = (
    "Thank you for using The Tweakments Chatbot. We would like to know how your experience "
    "was today. Can you spare a minute to share your feedback?"
)
WHY_LABEL = "In a few words, could you tell us why, so we can improve your experience?"


def readable(text):
    """Text as a person typed it: no control characters, no undecodable bytes."""
    text = text.encode("utf-8", errors="replace").decode("utf-8")
    return "".join(
        char for char in text if char in "\n\t" or unicodedata.category(char)[0] != "C"
    ).strip()


class ReadableCharField(forms.CharField):
    """Control characters (a pasted NUL included) are dropped before validation."""

    def to_python(self, value):
        return readable(super().to_python(value))


class AskForm(HoneypotMixin, forms.Form):
    question = ReadableCharField(
        label="Your question for the chatbot",
        max_length=QUESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": QUESTION_MAX_LENGTH}),
        error_messages={
            "required": "Please type a question.",
            "max_length": (
                "Please keep your question to %(limit_value)d characters or fewer "
                "(it has %(show_value)d)."
            ),
        },
    )
    # An unknown or pruned conversation simply starts a new one.
    conversation = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_question(self):
        return " ".join(self.cleaned_data["question"].split())


class FeedbackForm(forms.Form):
    answer_id = forms.UUIDField()
    rating = forms.ChoiceField(choices=Exchange.Rating.choices)
    reason = forms.ChoiceField(choices=Exchange.Reason.choices, required=False)


class YesNoField(forms.TypedChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            choices=YES_NO,
            coerce=lambda value: value == "yes",
            empty_value=None,
            required=False,
            widget=forms.RadioSelect,
            **kwargs,
        )


class SurveyForm(forms.ModelForm):
    """The reference page's after-chat survey. Every question may be left unanswered."""

    helpful = YesNoField(
        label="Was the chatbot helpful in finding what you were looking for today?"
    )
    use_again = YesNoField(label="Would you use the chatbot next time you visit the website?")
    rating = forms.TypedChoiceField(
        label="Overall, how would you rate your experience of The Tweakments chatbot?",
        choices=[(str(n), str(n)) for n in range(1, 6)],
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = SurveyResponse
        fields = ["helpful", "helpful_why", "use_again", "use_again_why", "rating"]
        labels = {"helpful_why": WHY_LABEL, "use_again_why": WHY_LABEL}
        widgets = {
            "helpful_why": forms.Textarea(attrs={"rows": 2, "maxlength": 500}),
            "use_again_why": forms.Textarea(attrs={"rows": 2, "maxlength": 500}),
        }

    def clean(self):
        cleaned = super().clean()
        for name in ("helpful_why", "use_again_why"):
            cleaned[name] = scrub(readable(cleaned.get(name) or ""))
        return cleaned
