from django.urls import path

from . import feeds, views

app_name = "watch"

urlpatterns = [
    path("search/feed/", feeds.SearchFeed(), name="search-feed"),
    path("slogans/compare/", views.slogan_compare, name="slogan-compare"),
]
