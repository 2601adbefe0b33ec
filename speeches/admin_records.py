"""Rows the services write and editors only read: mentions and slogan jobs."""

from __future__ import annotations

from django.contrib import admin

from .admin_base import ReadOnlyAdmin
from .admin_people import yes_no_column
from .models import SloganJob


class MentionAdmin(ReadOnlyAdmin):
    """Mentions are derived from the text: editors read them, services write them."""

    list_display = ["slogan", "text", "speech", "section", "nested_column", "context"]
    fields = [
        "slogan",
        "speech",
        "section",
        "offset",
        "text",
        "nested_column",
        "context",
    ]
    readonly_fields = ["nested_column"]
    list_filter = ["slogan__status"]
    search_fields = ["slogan__text", "context"]
    list_select_related = ["slogan", "speech", "section"]
    raw_id_fields = ["slogan", "speech", "section"]

    nested_column = yes_no_column("nested", "在更长提法中")

    def has_delete_permission(self, request, obj=None):
        # Derived rows go with their speech: whoever may delete a speech may see its
        # mentions deleted with it (the admin asks this for each one); never alone.
        return obj is not None and request.user.has_perm("speeches.delete_speech")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer("speech__body", "speech__raw_text", "section__text")
        )


class SloganJobAdmin(ReadOnlyAdmin):
    """Archive-wide slogan work and its progress."""

    list_display = ["created_at", "kind", "slogan", "state", "progress", "message"]
    list_filter = ["state", "kind"]
    list_select_related = ["slogan"]

    @admin.display(description="进度")
    def progress(self, job: SloganJob) -> str:
        return f"{job.done}/{job.total}（{job.percent}%）" if job.total else "—"
