from django.urls import path

from . import api, views

app_name = "search"

urlpatterns = [
    path("search/", views.search_page, name="search"),
    path("api/search", api.search_api, name="api-search"),
]
