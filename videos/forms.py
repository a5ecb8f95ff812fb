from wagtail.admin.forms import WagtailAdminPageForm


class VideoPageForm(WagtailAdminPageForm):
    """Checks chapters against each other and the video's length."""

    def clean(self):
        cleaned_data = super().clean()
        duration = cleaned_data.get("duration")
        starts = set()
        for form in self.formsets["chapters"].forms:
            start = form.cleaned_data.get("start") if form.is_valid() else None
            if start is None or form.cleaned_data.get("DELETE"):
                continue
            if start in starts:
                form.add_error("start", "Another chapter starts at the same time.")
            elif duration is not None and start >= duration:
                form.add_error("start", "This is after the end of the video.")
            starts.add(start)
        return cleaned_data
