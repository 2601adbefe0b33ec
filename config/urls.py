"""URL configuration: each app owns its own routes."""

from django.contrib import admin
from django.urls import include, path

from config.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("", include("search.urls")),
    path("", include("reuse.urls")),
    path("", include("citations.urls")),
    path("", include("watch.urls")),
    path("", include("speeches.urls")),
]
