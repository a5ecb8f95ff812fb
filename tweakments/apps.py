from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class TweakmentsConfig(AppConfig):
    name = "tweakments"
    verbose_name = "Site"

    def ready(self):
        from . import purging
        from .sites import apply_site_url_after_migrate

        purging.connect()
        connect_section_page_cache()

        post_migrate.connect(apply_site_url_after_migrate, sender=self)


def connect_section_page_cache():
    from wagtail.signals import post_page_move

    from .models import forget_section_pages, forget_section_pages_if_page

    post_save.connect(forget_section_pages_if_page, dispatch_uid="section-pages-saved")
    post_delete.connect(forget_section_pages_if_page, dispatch_uid="section-pages-deleted")
    post_page_move.connect(forget_section_pages, dispatch_uid="section-pages-moved")
