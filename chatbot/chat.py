"""One question in a conversation: answered, stored without personal details, remembered
for follow-ups.

Every stored field is made from the scrubbed question (chatbot.privacy) and our own pages:
the answer repeats only the scrubbed words (the Ask Alice hand-off, the directory search).
"""

import uuid

from django.db import transaction
from django.utils import timezone

from . import privacy
from .answers import answer_question
from .models import Conversation, Exchange, is_overdue


def find_conversation(public_id):
    """The conversation with this id (a UUID or its text); None for junk or a pruned one."""
    if not isinstance(public_id, uuid.UUID):
        try:
            public_id = uuid.UUID(str(public_id or ""))
        except ValueError:
            return None
    return Conversation.objects.filter(public_id=public_id).first()


def ask(question, conversation=None, request=None):
    """Answer `question`; returns (conversation, exchange, answer)."""
    stored = privacy.scrub(question)
    answer = answer_question(
        question, conversation=conversation, stored_question=stored, request=request
    )
    topic = {}
    if answer.topic:
        topic = {"topic": privacy.scrub(answer.topic)[:500], "topic_source": answer.topic_source}
    with transaction.atomic():
        if conversation is None:
            conversation = Conversation.objects.create(**topic)
        elif topic:
            for name, value in topic.items():
                setattr(conversation, name, value)
            conversation.save(update_fields=list(topic))
        exchange = Exchange.objects.create(
            conversation=conversation,
            question=stored,
            resolved_query=privacy.scrub(answer.resolved_query),
            answer_html=answer.html,
            sources=answer.sources,
            review_overdue=any(is_overdue(s, timezone.localdate()) for s in answer.sources),
            handoff_url=answer.handoff_url or "",
            outcome=answer.outcome,
            top_score=answer.top_score,
            nearest_title=answer.nearest[0][:255],
            nearest_url=answer.nearest[1][:500],
        )
    return conversation, exchange, answer
