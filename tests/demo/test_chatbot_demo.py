import pytest

from chatbot.models import Conversation, Exchange, SurveyResponse
from demo import chatbot as demo_chatbot
from demo import content

pytestmark = pytest.mark.django_db


def test_demo_conversations_are_replaced_on_reseeding(home_page):
    demo_chatbot.seed_conversations()
    demo_chatbot.seed_conversations()
    conversations = content.load("chatbot", "feedback")["conversations"]
    assert Conversation.objects.count() == len(conversations)
    assert Exchange.objects.count() == sum(len(item["questions"]) for item in conversations)
    assert SurveyResponse.objects.count() == sum("survey" in item for item in conversations)
