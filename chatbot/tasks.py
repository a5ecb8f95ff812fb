"""Background work: keep the passage index in step with what is published."""

from django_tasks import task

from . import indexing


@task()
def reindex_page(page_id):
    return indexing.reindex_page(page_id)


@task()
def reindex_question(question_id):
    return indexing.reindex_question(question_id)
