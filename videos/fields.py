from django import forms
from django.db import models

from .youtube import parse_video_id, validate_video_id


class YouTubeVideoFormField(forms.CharField):
    """Takes a pasted YouTube address or an ID and cleans it to the ID."""

    def to_python(self, value):
        value = super().to_python(value)
        return parse_video_id(value) if value else value


class YouTubeIDField(models.CharField):
    """Stores an 11-character YouTube video ID; its form field also accepts addresses."""

    default_validators = [validate_video_id]

    def __init__(self, *args, **kwargs):
        kwargs["max_length"] = 11
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        del kwargs["max_length"]
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        # Room for a whole address; cleaning leaves the ID.
        return super().formfield(
            **{"form_class": YouTubeVideoFormField, **kwargs, "max_length": 300}
        )
