"""Keep the passage index in step with what the public can read.

A page published again is reindexed by a task. A page that is unpublished, deleted, moved
or made private (or inside a section that is) leaves the index at once, when its change
commits, and is then reindexed by a task if it is still public (a move changes its URL).
A complaint route (a snippet) is read as part of the "Something went wrong?" guide, so a
change to one reindexes the guide.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from questions.models import Question
from rules.models import ComplaintRoute, ComplaintsGuidePage

from . import tasks
from .indexing import page_key, question_key
from .models import Passage


def forget_then_reindex(page_ids):
    """After commit, so the task (the immediate backend or a worker) sees the change."""

    def run():
        Passage.objects.filter(source_key__in=[page_key(pk) for pk in page_ids]).delete()
        for page_id in page_ids:
            tasks.reindex_page.enqueue(page_id)

    transaction.on_commit(run)


@receiver(page_published)
def page_published_again(sender, instance, **kwargs):
    page_id = instance.pk
    transaction.on_commit(lambda: tasks.reindex_page.enqueue(page_id))


@receiver(page_unpublished)
@receiver(post_delete, sender=Page)  # sent for the base row of every page type
def page_withdrawn(sender, instance, **kwargs):
    forget_then_reindex([instance.pk])


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    forget_then_reindex(list(instance.get_descendants(inclusive=True).values_list("pk", flat=True)))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, **kwargs):
    section = Page.objects.filter(pk=instance.page_id).first()
    if section is not None:
        pages = section.get_descendants(inclusive=True).values_list("pk", flat=True)
        forget_then_reindex(list(pages))


@receiver(post_save, sender=Question)
@receiver(post_delete, sender=Question)
def question_changed(sender, instance, **kwargs):
    """Only answers that are, or were, published: a new visitor question is not indexed."""
    question_id = instance.pk
    if instance.is_published or Passage.objects.for_source(question_key(question_id)).exists():
        transaction.on_commit(lambda: tasks.reindex_question.enqueue(question_id))


@receiver(post_save, sender=ComplaintRoute)
@receiver(post_delete, sender=ComplaintRoute)
def complaint_route_changed(sender, instance, **kwargs):
    guides = list(ComplaintsGuidePage.objects.live().values_list("pk", flat=True))

    def run():
        for page_id in guides:
            tasks.reindex_page.enqueue(page_id)

    transaction.on_commit(run)
