from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The top of the site: the home page, site search and the footer, which compose sections."""

    name = "home"
    verbose_name = "Home"
