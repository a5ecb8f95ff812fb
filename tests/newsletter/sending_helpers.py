"""Running a send to the end inside a test transaction, where on-commit callbacks (the
outbox's deliveries) only run when captured."""

from newsletter.deliveries import Mailing
from newsletter.sending import send_issue, start_sending


def send_to_the_end(issue, capture, user=None):
    with capture(execute=True):
        count = start_sending(issue, user)
    mailing = Mailing.objects.get(issue=issue)
    # The outbox delivered on "commit", after the task's follow-up: one more step sees it.
    with capture(execute=True):
        send_issue.call(mailing.pk, mailing.run)
    mailing.refresh_from_db()
    return count, mailing
