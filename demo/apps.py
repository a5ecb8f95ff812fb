from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site's content and the dev-only commands that build it (`seed_demo`,
    `local_admin`). Installed by the dev and test settings only, never in production."""

    name = "demo"
    verbose_name = "Demo content"
