import django_filters
from taggit.models import Tag
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from .models import Question


class QuestionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=Question.Status.choices, empty_label="Any")
    topic = django_filters.ModelChoiceFilter(
        label="Topic",
        field_name="tags",
        queryset=Tag.objects.filter(questions_questiontag_items__isnull=False)
        .distinct()
        .order_by("name"),
    )
    created_at = django_filters.DateFromToRangeFilter(
        label="Asked between", widget=DateRangePickerWidget
    )

    class Meta:
        model = Question
        fields = ["status", "topic", "created_at"]
