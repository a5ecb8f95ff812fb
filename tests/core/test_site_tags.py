"""Tags of every page that write out what Wagtail would render, for less work."""

import pytest
from django.template import Context, Template
from wagtail_factories import ImageFactory

from core.templatetags.site_tags import card_image

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
