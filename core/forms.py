import re

from django import forms

MAX_QUERY_LENGTH = 200
# Punctuation means nothing to a reader's search but is syntax to the full-text engines
# (SQLite FTS5 fails on an unmatched quote), so it becomes a space.
SEARCH_SYNTAX = re.compile(r"[^\w\s'’-]+")


class SearchForm(forms.Form):
    q = forms.CharField(label="Search the guide", required=False, strip=True)

    def clean_q(self):
        # Long pasted text is cut rather than refused: the search still runs.
        return self.cleaned_data["q"][:MAX_QUERY_LENGTH]

    def search_terms(self):
        """The words to search for, or "" when there are none."""
        if not self.is_valid():
            return ""
        return " ".join(SEARCH_SYNTAX.sub(" ", self.cleaned_data["q"]).split())


class HoneypotMixin(forms.Form):
    """A field people never see or fill; bots that fill every field give themselves away.

    The view checks `is_spam()` and, if true, answers as if all went well without saving.
    """

    website = forms.CharField(
        label="Leave this field empty",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self):
        return bool(self.data.get(self.add_prefix("website"), "").strip())
