from django.urls import path

from . import views

app_name = "practitioners"
urlpatterns = [
    path("practitioners/<slug:slug>/", views.profile, name="profile"),
]
