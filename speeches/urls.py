from django.urls import path

from . import api, feeds, views

app_name = "speeches"

urlpatterns = [
    path("", views.home, name="home"),
    path("speeches/", views.speech_list, name="list"),
    path("speeches/feed/", feeds.LatestSpeechesFeed(), name="feed"),
    path("speeches/<int:pk>/", views.speech_detail, name="detail"),
    path("speeches/<int:pk>/raw/", views.speech_raw, name="raw"),
    path("speeches/<int:pk>/export.md", views.speech_markdown, name="export-markdown"),
    path("speeches/<int:pk>/export.json", views.speech_json, name="export-json"),
    path("slogans/", views.slogan_list, name="slogans"),
    path("slogans/export.csv", views.slogans_csv, name="slogans-csv"),
    path("slogans/<int:pk>/", views.slogan_detail, name="slogan"),
    path("slogans/<int:pk>/feed/", feeds.SloganSpeechesFeed(), name="slogan-feed"),
    path("api/speeches", api.speech_list, name="api-list"),
    path("api/speeches/<int:pk>", api.speech_detail, name="api-detail"),
]
