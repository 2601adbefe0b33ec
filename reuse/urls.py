from django.urls import path

from . import views

app_name = "reuse"

urlpatterns = [
    path("compare/", views.compare, name="compare"),
]
