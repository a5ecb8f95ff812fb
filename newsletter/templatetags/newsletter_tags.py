"""The newsletter's template tags: the footer signup, the archive link, and filters for
the e-mail templates (absolute links, rich text as e-mail HTML and as plain text)."""

from django import template
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from core.sites import absolute_url

from ..forms import FooterSignupForm
from ..links import absolute_links
from ..models import NewsletterArchivePage
from ..plain_text import html_to_text

register = template.Library()


@register.inclusion_tag("newsletter/includes/footer_signup.html", takes_context=True)
def newsletter_signup(context):
    """The mailing-list signup of the footer; `source` records the page it was on."""
    request = context["request"]
    return {
        "form": FooterSignupForm(initial={"source": request.path}),
        "request": request,
        "settings": context.get("settings"),  # the privacy-policy link under the form
    }


@register.filter
def absolute(url):
    return absolute_url(url)


@register.filter
def email_richtext(value):
    """Editor rich text (already sanitised by Wagtail) with absolute links."""
    return mark_safe(absolute_links(expand_db_html(str(getattr(value, "source", value)))))  # noqa: S308


@register.filter
def plain_richtext(value):
    return html_to_text(absolute_links(expand_db_html(str(getattr(value, "source", value)))))


@register.filter
def answers_as_of(value, moment):
    """A latest-answers block's (question, url) pairs as of when the issue went out."""
    return value.answers(until=moment)


@register.simple_tag
def newsletter_archive():
    """The live archive of issues, or None: for "see past issues" links."""
    return NewsletterArchivePage.objects.live().public().first()
