from django.urls import path

from . import views

urlpatterns = [
    path("search/", views.search, name="search"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("about/trust/", views.trust_report, name="trust_report"),
    path("report-a-problem/", views.report_problem, name="report_problem"),
    path("report-a-problem/thanks/", views.report_problem_thanks, name="report_problem_thanks"),
]
