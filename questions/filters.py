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
    awaiting_sign_off = django_filters.BooleanFilter(
        label="Awaiting clinical sign-off",
        method="filter_awaiting_sign_off",
        help_text="New questions with a drafted answer, for a clinical reviewer to publish.",
    )
    created_at = django_filters.DateFromToRangeFilter(
        label="Asked between", widget=DateRangePickerWidget
    )

    class Meta:
        model = Question
        fields = ["status", "topic", "awaiting_sign_off", "created_at"]

    def filter_awaiting_sign_off(self, queryset, name, value):
        if value is None:
            return queryset
        awaiting = queryset.awaiting_sign_off()
        return awaiting if value else queryset.exclude(pk__in=awaiting.values("pk"))
