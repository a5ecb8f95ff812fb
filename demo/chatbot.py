"""The chatbot's passage index over the demo site, and example conversations and feedback
(content in `demo/content/chatbot/`) for the admin's Chatbot area."""

import datetime
import uuid

from django.utils import timezone

from chatbot import chat, indexing
from chatbot.models import Conversation, Exchange, SurveyResponse

from . import content

SECTION = "chatbot"
# Demo conversations get fixed ids, so re-seeding replaces them rather than adding more.
DEMO_IDS = uuid.UUID("6d656f2d-6368-6174-626f-740000000000")


def demo_id(number):
    return uuid.uuid5(DEMO_IDS, str(number))


def build_index():
    indexing.reindex_all()


def seed_conversations():
    data = content.load(SECTION, "feedback")["conversations"]
    Conversation.objects.filter(public_id__in=[demo_id(n) for n in range(len(data))]).delete()
    now = timezone.now()
    for number, item in enumerate(data):
        started = now - datetime.timedelta(days=item["days_ago"], hours=number)
        conversation = Conversation.objects.create(public_id=demo_id(number), started_at=started)
        for question in item["questions"]:
            conversation, exchange, _ = chat.ask(question, conversation)
        Exchange.objects.filter(conversation=conversation).update(created_at=started)
        if "rating" in item:
            exchange.rate(item["rating"], item.get("reason", ""))
        if "survey" in item:
            SurveyResponse.objects.create(
                conversation=conversation, created_at=started, **item["survey"]
            )
            conversation.survey_closed = True
            conversation.save(update_fields=["survey_closed"])


STEPS = [("Chatbot index", build_index), ("Chatbot conversations", seed_conversations)]
