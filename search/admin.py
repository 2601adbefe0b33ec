"""The searches that found nothing, most frequent first, for editors (read-only)."""

from django.contrib import admin

from .models import FruitlessQuery


@admin.register(FruitlessQuery)
class FruitlessQueryAdmin(admin.ModelAdmin):
    list_display = ("text", "count", "last_seen")
    search_fields = ("text",)
    date_hierarchy = "last_seen"
    ordering = ("-count", "-last_seen")
    readonly_fields = ("text", "count", "last_seen")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
