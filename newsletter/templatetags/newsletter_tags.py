from django import template

from ..forms import SignupForm

register = template.Library()


@register.inclusion_tag("newsletter/includes/footer_signup.html", takes_context=True)
def newsletter_signup(context):
    """The mailing-list signup of the footer; `source` records the page it was on."""
    request = context["request"]
    return {
        "form": SignupForm(initial={"source": request.path}),
        "request": request,
        "settings": context.get("settings"),  # the privacy-policy link under the form
    }
