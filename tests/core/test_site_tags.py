"""Tags of every page that write out what Wagtail would render, for less work."""

import pytest
from django import forms
from django.template import Context, Template
from django.utils.safestring import mark_safe
from wagtail_factories import ImageFactory

from core.templatetags.site_tags import card_image, form_field

pytestmark = pytest.mark.django_db

SIZES = "(min-width: 992px) 30vw, 100vw"
SRCSET_IMAGE = Template(
    "{% load wagtailimages_tags %}{% srcset_image image fill-{400x225,800x450} format-webp "
    'sizes=sizes alt="" loading="lazy" class="card-article__image" %}'
)


def wagtails_card_image(image):
    return SRCSET_IMAGE.render(Context({"image": image, "sizes": SIZES}))


def test_a_card_picture_is_what_wagtails_srcset_image_renders():
    image = ImageFactory(file__width=1600, file__height=900)
    html = card_image(image, SIZES)
    assert 'srcset="' in html and " 800w" in html
    assert html == wagtails_card_image(image)


def test_a_card_picture_whose_file_is_gone_is_wagtails_not_found_picture():
    image = ImageFactory()
    image.file.storage.delete(image.file.name)
    html = card_image(image, SIZES)
    assert "not-found" in html
    assert html == wagtails_card_image(image)


class ExampleForm(forms.Form):
    name = forms.CharField(label="Name <first>", help_text="As you'd like it shown")
    story = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    agree = forms.BooleanField(label=mark_safe('I agree to the <a href="/terms/">terms</a>'))


def test_a_field_is_written_out_with_its_label_help_and_escaped_value():
    form = ExampleForm({"name": '"><script>', "story": "a & b", "agree": "on"})
    assert form.is_valid()
    assert form_field(form["name"]) == (
        '<div id="div_id_name" class="mb-3"><label class="form-label requiredField"'
        ' for="id_name">Name &lt;first&gt;<span class="asteriskField">*</span></label>\n'
        '<input type="text" name="name" aria-describedby="id_name_helptext"'
        ' class="form-control" id="id_name" value="&quot;&gt;&lt;script&gt;" required>\n'
        '<div class="form-text" id="id_name_helptext">As you&#x27;d like it shown</div></div>'
    )
    assert form_field(form["story"]).startswith(
        '<div id="div_id_story" class="mb-3">'
        '<label class="form-label" for="id_story">Story</label>\n'
        '<textarea name="story" class="form-control" cols="40" id="id_story" rows="3">\n'
        "a &amp; b</textarea>"
    )
    assert '<a href="/terms/">terms</a>' in form_field(form["agree"])
    assert 'id="id_agree" checked required>' in form_field(form["agree"])


def test_a_field_with_an_error_says_so_to_screen_readers():
    form = ExampleForm({"name": "", "agree": ""})
    html = form_field(form["name"])
    assert 'aria-invalid="true"' in html and 'class="form-control is-invalid"' in html
    assert '<div class="invalid-feedback d-block">This field is required.</div>' in html


class ChoiceForm(forms.Form):
    size = forms.ChoiceField(
        choices=[("", "Any size"), ("s", "Small & neat"), ("l", "Large")], required=False
    )


@pytest.mark.parametrize(("data", "selected"), [({}, "Any size"), ({"size": "s"}, "Small")])
def test_a_select_has_its_options_and_the_chosen_one_selected(data, selected):
    html = form_field(ChoiceForm(data or None)["size"])
    assert '<select name="size" class="form-select" id="id_size">' in html
    assert html.count("<option") == 3 and html.count(" selected") == 1
    assert f" selected>{selected}" in html and "Small &amp; neat" in html


class TopicsForm(forms.Form):
    topics = forms.MultipleChoiceField(
        choices=[("1", "Lips"), ("2", "Skin <care>")],
        widget=forms.CheckboxSelectMultiple,
        help_text="Pick any",
    )


def test_a_multiple_choice_is_a_fieldset_of_boxes_with_the_chosen_ones_ticked():
    html = form_field(TopicsForm({"topics": ["2"]})["topics"])
    assert html.startswith('<div id="div_id_topics" class="mb-3">')
    assert (
        '<fieldset aria-describedby="id_topics_helptext"><legend class="form-label fs-6">' in html
    )
    assert 'value="1" id="id_topics_0">' in html and 'value="2" id="id_topics_1" checked>' in html
    assert '<label for="id_topics_1" class="form-check-label">Skin &lt;care&gt;</label>' in html
