from django.urls import path, re_path

from . import views

app_name = "newsletter"
urlpatterns = [
    path("", views.signup, name="signup"),
    path("thanks/", views.thanks, name="thanks"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("preferences/<str:token>/", views.preferences, name="preferences"),
    path("preview/<str:token>/", views.issue_preview, name="preview"),
    # The archive of issues is a Wagtail page; see NewsletterArchivePage.set_url_path.
    re_path(r"^(?P<path>issues/.*)$", views.archive_pages, name="archive"),
]
