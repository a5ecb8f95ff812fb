from django import forms
from django.utils import timezone
from django.utils.html import format_html
from wagtail.models import Page

from core.forms import HoneypotMixin, SearchForm
from core.models import SiteSettings

from .names import looks_like_contact_details
from .question import QUESTION_MAX_LENGTH, Question

QUESTION_MIN_LENGTH = 10


class QuestionForm(HoneypotMixin, forms.ModelForm):
    """A visitor's question for Alice (the full form and the compact call-out)."""

    consent = forms.BooleanField(
        required=True,
        error_messages={
            "required": "Please agree to the terms and privacy policy so that we can reply."
        },
    )

    class Meta:
        model = Question
        fields = ["name", "email", "question", "anonymous"]
        labels = {
            "name": "Your name",
            "email": "Your e-mail address",
            "question": "Your question for Alice",
            "anonymous": "Post anonymously",
        }
        help_texts = {
            "name": "Printed as your first name and the initial of your last name.",
            "email": "So we can tell you when Alice answers. Never shown or shared.",
            "question": f"Up to {QUESTION_MAX_LENGTH:,} characters.",
            "anonymous": (
                "Tick this box to hide your name on the answers page; "
                "we will only print your initials."
            ),
        }
        error_messages = {
            "name": {"required": "Please tell us your name (you can still post anonymously)."},
            "email": {
                "required": "Please enter your e-mail address so we can reply.",
                "invalid": "Please enter a valid e-mail address, like name@example.com.",
            },
            "question": {
                "required": "Please write your question.",
                "max_length": (
                    "Please keep your question to %(limit_value)d characters or fewer "
                    "(it has %(show_value)d)."
                ),
            },
        }
        widgets = {
            # minlength lets the browser tell when the question is long enough to clear
            # its error (static/js/questions.js); the server still checks it.
            "question": forms.Textarea(
                attrs={"rows": 5, "minlength": QUESTION_MIN_LENGTH, "data-question-input": ""}
            ),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, terms_url="", privacy_url="", compact=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].required = True
        self.fields["email"].required = True
        self.fields["consent"].label = consent_label(terms_url, privacy_url)
        if compact:
            self.fields["question"].widget.attrs["rows"] = 3

    @classmethod
    def for_request(cls, request, data=None, **kwargs):
        """The form with the site's terms links, and ?question= pre-filled (search page)."""
        settings = SiteSettings.load(request_or_site=request)
        initial = {}
        if data is None:
            question = request.GET.get("question", "")
            initial["question"] = " ".join(question.split())[:QUESTION_MAX_LENGTH]
        return cls(
            data,
            initial=initial,
            terms_url=page_url(settings.linked_page("terms_page", request), request),
            privacy_url=page_url(settings.linked_page("privacy_page", request), request),
            **kwargs,
        )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if looks_like_contact_details(name):
            raise forms.ValidationError(
                "Please write just your name, without an e-mail address or numbers."
            )
        return name

    def clean_question(self):
        question = self.cleaned_data["question"].strip()
        if len(question) < QUESTION_MIN_LENGTH:
            raise forms.ValidationError(
                "Please tell us a little more, so that Alice can answer properly."
            )
        return question

    def save(self, commit=True):
        self.instance.consented_at = timezone.now()
        return super().save(commit=commit)

    def save_once(self):
        """Store the question unless it is a resubmission: (question, created)."""
        return self.save(commit=False).save_once()


def page_url(page: Page | None, request):
    return page.get_url(request) if page else ""


def consent_label(terms_url, privacy_url):
    terms = (
        format_html('<a href="{}">terms and conditions</a>', terms_url)
        if terms_url
        else ("terms and conditions")
    )
    privacy = (
        format_html('<a href="{}">privacy policy</a>', privacy_url)
        if privacy_url
        else ("privacy policy")
    )
    return format_html("I agree to the {} and {}", terms, privacy)


class AnswerFilterForm(SearchForm):
    """GET filters of the answers list: words and a topic. Junk is ignored, never an error."""

    topic = forms.CharField(required=False, max_length=100)

    def __init__(self, *args, topics, **kwargs):
        super().__init__(*args, **kwargs)
        self.topics = topics
        self.fields["q"].label = "Search the answers"

    @property
    def chosen_topic(self):
        slug = self.cleaned_data.get("topic", "") if self.is_valid() else ""
        return next((tag for tag in self.topics if tag.slug == slug), None) if slug else None

    def filter(self, answers):
        if self.chosen_topic:
            topic_ids = Question.objects.with_topic(self.chosen_topic).values("id")
            answers = answers.filter(id__in=topic_ids)
        terms = self.search_terms()
        return answers.matching(terms) if terms else answers
