from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class CoreConfig(AppConfig):
    """The floor every section builds on. Its label is the one these models had when they
    lived in the project package, which keeps their tables, content types and migrations."""

    name = "core"
    label = "tweakments"
    verbose_name = "Site"

    def ready(self):
        from tweakments import purging

        from .sites import apply_site_url_after_migrate

        purging.connect()
        connect_content_version()

        post_migrate.connect(apply_site_url_after_migrate, sender=self)


def connect_content_version():
    """Any page saved, moved or deleted may change a menu, a section's URL or a listing."""
    from wagtail.signals import post_page_move

    from tweakments.content_version import renew, renew_if_page

    post_save.connect(renew_if_page, dispatch_uid="content-version-page-saved")
    post_delete.connect(renew_if_page, dispatch_uid="content-version-page-deleted")
    post_page_move.connect(renew, dispatch_uid="content-version-page-moved")
