from django import forms
from django.utils.http import url_has_allowed_host_and_scheme
from taggit.models import Tag

from core.forms import HoneypotMixin

from .models import CONSENT_WORDING, CURRENT_CONSENT_VERSION, Subscriber, topics_in_use


class QuerySetCachedChoiceIterator(forms.models.ModelChoiceIterator):
    """Choices from the queryset's own result cache: the template tests the topics for
    emptiness and then renders them, and that should cost one query, not two."""

    def __iter__(self):
        for topic in self.queryset:
            yield self.choice(topic)


class InterestsField(forms.ModelMultipleChoiceField):
    """The topics of live articles, looked up afresh for each form."""

    widget = forms.CheckboxSelectMultiple
    iterator = QuerySetCachedChoiceIterator

    def __init__(self, **kwargs):
        super().__init__(
            queryset=Tag.objects.none(),
            required=False,
            label="Topics you're interested in (optional)",
            help_text="So the offers and news we send suit you.",
            error_messages={
                "invalid_choice": "Please choose from the topics listed.",
                "invalid_pk_value": "Please choose from the topics listed.",
            },
            **kwargs,
        )

    def __deepcopy__(self, memo):
        # Every form instance deep-copies its fields; building the queryset here rather
        # than at import keeps the database out of start-up (public() runs a query).
        field = super().__deepcopy__(memo)
        field.queryset = topics_in_use()
        return field


class SignupForm(HoneypotMixin, forms.Form):
    # Fields ids start "newsletter-" so the footer form never clashes with a page's form.
    auto_id = "newsletter-%s"

    email = forms.EmailField(
        label="E-mail address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": "Enter an e-mail address like name@example.com."},
    )
    first_name = forms.CharField(
        label="First name (optional)",
        max_length=60,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    interests = InterestsField()
    consent = forms.BooleanField(
        label=CONSENT_WORDING[CURRENT_CONSENT_VERSION],
        error_messages={"required": "Please tick the box to say you'd like our e-mails."},
    )
    source = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", self.auto_id)
        super().__init__(*args, **kwargs)

    def clean_first_name(self):
        return " ".join(self.cleaned_data["first_name"].split())

    def clean_source(self):
        """The path of the page the form was on; anything else is dropped."""
        source = self.cleaned_data["source"][:255]
        if source.startswith("/") and url_has_allowed_host_and_scheme(source, allowed_hosts=None):
            return source
        return ""

    def subscribe(self):
        data = self.cleaned_data
        return Subscriber.objects.subscribe(
            data["email"],
            first_name=data["first_name"],
            interests=data["interests"],
            source_path=data["source"],
        )


class FooterSignupForm(SignupForm):
    """The footer's short form: topics are chosen on the signup page or later."""

    interests = None


class PreferencesForm(forms.ModelForm):
    interests = InterestsField()

    class Meta:
        model = Subscriber
        fields = ["first_name", "interests"]
        labels = {"first_name": "First name (optional)"}
