"""Publishing, unpublishing or deleting a page (or an Ask Alice answer) reindexes it."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from questions.models import Question

from . import tasks
from .indexing import question_key
from .models import Passage


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_delete, sender=Page)  # sent for the base row of every page type
def page_changed(sender, instance, **kwargs):
    page_id = instance.pk
    # After commit, so the task (the immediate backend or a worker) sees the saved page.
    transaction.on_commit(lambda: tasks.reindex_page.enqueue(page_id))


@receiver(post_save, sender=Question)
@receiver(post_delete, sender=Question)
def question_changed(sender, instance, **kwargs):
    """Only answers that are, or were, published: a new visitor question is not indexed."""
    question_id = instance.pk
    if instance.is_published or Passage.objects.for_source(question_key(question_id)).exists():
        transaction.on_commit(lambda: tasks.reindex_question.enqueue(question_id))
