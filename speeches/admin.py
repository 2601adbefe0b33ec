from django.contrib import admin

from .models import Slogan, Speech


@admin.register(Speech)
class SpeechAdmin(admin.ModelAdmin):
    list_display = ["title", "date", "source_site", "status"]
    search_fields = ["title"]


@admin.register(Slogan)
class SloganAdmin(admin.ModelAdmin):
    list_display = ["text", "kind", "status"]
    search_fields = ["text"]
