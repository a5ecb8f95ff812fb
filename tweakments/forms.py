from django import forms

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(label="Search the guide", required=False, strip=True)

    def clean_q(self):
        # Long pasted text is cut rather than refused: the search still runs.
        return self.cleaned_data["q"][:MAX_QUERY_LENGTH]
