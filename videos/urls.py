from django.urls import path

from . import views

urlpatterns = [
    path("<int:media_id>/<str:filename>", views.media_file, name="videos_media_file"),
]
