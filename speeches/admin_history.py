"""A speech's revision history, reverting a revision, and the list of revisions."""

from __future__ import annotations

from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from .admin_base import ReadOnlyAdmin, SpeechPages
from .history import revision_revert, snapshot_changes, speech_snapshot
from .models import Revision, Speech


class SpeechHistoryPages(SpeechPages):
    """Show a speech's revisions and revert one; mixed into SpeechAdmin."""

    def history_view(self, request, object_id, extra_context=None):
        speech = self.speech_for_page(
            request, object_id, self.has_view_or_change_permission
        )
        if not isinstance(speech, Speech):
            return speech
        context = {
            **self.admin_site.each_context(request),
            "title": f"修订历史：{speech.title}",
            "subtitle": None,
            "opts": self.model._meta,
            "object": speech,
            "original": speech,
            "revisions": speech.revisions.select_related("user"),
            "can_revert": self.has_change_permission(request, speech),
            **(extra_context or {}),
        }
        return TemplateResponse(
            request, "admin/speeches/speech/revision_history.html", context
        )

    def revert_view(self, request, object_id, revision_id):
        speech = self.speech_for_page(request, object_id, self.has_change_permission)
        if not isinstance(speech, Speech):
            return speech
        revision = get_object_or_404(Revision, pk=revision_id, speech=speech)
        history_url = reverse("admin:speeches_speech_history", args=[speech.pk])
        if request.method == "POST":
            revision_revert(revision=revision, user=request.user)
            self.log_change(request, speech, f"恢复到修订 #{revision.pk} 之前")
            self.message_user(
                request,
                f"已恢复到修订 #{revision.pk} 之前的状态。",
                messages.SUCCESS,
            )
            return HttpResponseRedirect(history_url)
        context = {
            **self.admin_site.each_context(request),
            "title": f"恢复到修订 #{revision.pk} 之前",
            "opts": self.model._meta,
            "object": speech,
            "original": speech,
            "revision": revision,
            "changes": snapshot_changes(speech_snapshot(speech), revision.before),
            "history_url": history_url,
        }
        return TemplateResponse(
            request, "admin/speeches/speech/revision_revert.html", context
        )


class RevisionAdmin(ReadOnlyAdmin):
    """Every editorial change, newest first; revert from a speech's history."""

    list_display = ["created_at", "speech_link", "user", "action", "summary"]
    # Only editors who made a change: a filter of every account would list the
    # superuser's and everyone's user names to any editor.
    list_filter = ["action", ("user", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["speech__title", "summary"]
    list_select_related = ["speech", "user"]
    fields = ["created_at", "speech", "user", "action", "summary"]
    readonly_fields = fields

    @admin.display(description="讲话")
    def speech_link(self, revision: Revision) -> str:
        url = reverse("admin:speeches_speech_history", args=[revision.speech_id])
        return format_html('<a href="{}">{}</a>', url, revision.speech.title)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer("before", "after", "speech__body", "speech__raw_text")
        )
