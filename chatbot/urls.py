from django.urls import path

from . import views

app_name = "chatbot"
urlpatterns = [
    path("", views.chat_page, name="page"),
    path("panel-parts/", views.panel_parts, name="panel_parts"),
    path("feedback/", views.feedback, name="feedback"),
    path("survey/", views.survey, name="survey"),
    path("api/ask/", views.ask_api, name="ask"),
    path("api/feedback/", views.feedback_api, name="feedback_api"),
    path("api/survey/", views.survey_api, name="survey_api"),
]
