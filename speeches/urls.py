from django.urls import path

from . import api, views

app_name = "speeches"

urlpatterns = [
    path("", views.home, name="home"),
    path("speeches/<int:pk>/", views.speech_detail, name="detail"),
    path("slogans/<int:pk>/", views.slogan_detail, name="slogan"),
    path("api/speeches", api.speech_list, name="api-list"),
    path("api/speeches/<int:pk>", api.speech_detail, name="api-detail"),
]
