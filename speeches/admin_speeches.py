"""The speech admin: the list, the change page's fields, saving, and actions.

The section tree and a section's text are edited by ``SectionTreePages``
(admin_sections.py), the history by ``SpeechHistoryPages`` (admin_history.py).
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import models
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from .admin_base import GuardedLookupsAdmin, count_column, count_of
from .admin_filters import DoubtFilter, YearFilter
from .admin_forms import SectionTreeFormSet, SpeechChangeForm
from .admin_history import SpeechHistoryPages
from .admin_people import yes_no_column
from .admin_sections import OPENING, SectionInline, SectionTreePages
from .editing import speech_edit, speeches_mark
from .history import field_label
from .models import Mention, Section, Slogan, Speech
from .reparse import speech_reparse, speech_reparse_preview

# The change page shows the start of the body; the text is edited section by section.
BODY_PREVIEW_CHARS = 1500


class SpeechAdmin(SpeechHistoryPages, SectionTreePages, GuardedLookupsAdmin):
    list_display = [
        "title",
        "date",
        "admin_level",
        "source_site",
        "status",
        "truncated_column",
        "section_count",
        "slogan_count",
        "doubt_list",
    ]
    list_filter = [
        "status",
        DoubtFilter,
        YearFilter,
        "admin_level",
        "source_site",
        "truncated",
    ]
    search_fields = ["title", "speaker", "occasion", "source_site"]
    list_per_page = 50
    form = SpeechChangeForm
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    actions = ["reparse_selected", "mark_reviewed", "mark_parsed"]
    inlines = [SectionInline]
    readonly_fields = [
        "body_display",
        "source_file",
        "raw_encoding",
        "parser_version",
        "content_hash",
        "created_at",
        "updated_at",
        "revision_link",
        "doubt_list",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    ("delivered", "date", "admin_level"),
                    ("speaker", "occasion"),
                    ("source_site", "source_url"),
                    ("truncated", "status"),
                    "doubt_list",
                    "revision_link",
                ]
            },
        ),
        ("正文（清理后）", {"fields": ["body_display"]}),
        (
            "来源",
            {
                "classes": ["collapse"],
                "fields": [
                    "source_file",
                    ("raw_encoding", "parser_version"),
                    "content_hash",
                    ("created_at", "updated_at"),
                ],
            },
        ),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer("raw_text", "body")
            .annotate(
                sections_total=count_of(Section, "speech"),
                slogans_total=count_of(
                    Mention,
                    "speech",
                    counted="slogan",
                    slogan__status=Slogan.Status.ACCEPTED,
                ),
            )
        )

    def get_object(self, request, object_id, from_field=None):
        # The edit page shows the body, which the list defers. The raw text stays
        # deferred: no page here shows it, and saving leaves deferred fields alone.
        speech = super().get_object(request, object_id, from_field)
        if speech is not None:
            speech.refresh_from_db(fields=["body"])
        return speech

    def has_add_permission(self, request):
        # Speeches enter the archive through import_speeches, never by hand.
        return False

    truncated_column = yes_no_column("truncated", "不完整")
    section_count = count_column("sections_total", "章节")

    @admin.display(description="存疑", ordering="-doubt_score")
    def doubt_list(self, speech: Speech) -> str:
        return "、".join(speech.doubt_labels) or "—"

    slogan_count = count_column("slogans_total", "提法")

    @admin.display(description="正文")
    def body_display(self, speech: Speech) -> str:
        if speech.pk is None:
            return "—"
        opening = reverse("admin:speeches_speech_text", args=[speech.pk, OPENING])
        shown = speech.body[:BODY_PREVIEW_CHARS]
        rest = len(speech.body) - len(shown)
        return format_html(
            '<div class="speech-body">{}{}</div><p class="body-links">'
            '<a href="{}">改写开头（第一节之前的文字）</a>；各节文字在下面章节树的'
            '“改写”里修改。 <a href="{}">在网站上阅读全文</a></p>',
            shown,
            f"……（以下还有 {rest} 字）" if rest > 0 else "",
            opening,
            speech.get_absolute_url(),
        )

    @admin.display(description="修订历史")
    def revision_link(self, speech: Speech) -> str:
        if speech.pk is None:
            return "—"
        count = speech.revisions.count()
        url = reverse("admin:speeches_speech_history", args=[speech.pk])
        return format_html('<a href="{}">共 {} 次修改，查看或恢复</a>', url, count)

    # --- saving: one service call for metadata and tree --------------------------

    def construct_change_message(self, request, form, formsets, add=False):
        merge = getattr(form, "merge", None)
        if merge is None:
            return super().construct_change_message(request, form, formsets, add)
        changed = [field_label(name) for name in merge.mine]
        return [{"changed": {"fields": changed}}] if changed else []

    def save_model(self, request, obj, form, change):
        """Defer to save_related, where the tree edits are known too."""

    def save_related(self, request, form, formsets, change):
        tree = next((fs for fs in formsets if isinstance(fs, SectionTreeFormSet)), None)
        # The form's instance holds every posted value; write only what this editor
        # changed, onto the speech as stored now (locked since validation).
        speech = Speech.objects.get(pk=form.instance.pk)
        was_parsed = speech.status == Speech.Status.PARSED
        fields = dict(form.merge.mine)
        speech_edit(
            speech=speech,
            fields=fields,
            edits=tree.section_edits() if tree is not None else [],
            user=request.user,
        )
        form.instance = speech
        for formset in formsets:
            formset.save()  # a no-op for the tree; the admin's change message reads it
        if form.merge.stale:
            kept = "、".join(field_label(name) for name in form.merge.theirs)
            if form.merge.tree_changed:
                kept = f"{kept}、正文和章节树" if kept else "正文和章节树"
            self.message_user(
                request,
                f"这篇讲话在你打开之后被改动过（{form.merge.since or '其他来源'}）："
                f"已保存你改动的部分，对方改动的{kept}原样保留。",
                messages.WARNING,
            )
        if (
            was_parsed
            and form.instance.status == Speech.Status.REVIEWED
            and "status" not in fields
        ):
            self.message_user(
                request,
                "这篇讲话已自动标记为“已审校”：重新导入变动的文件不会覆盖你的修改。",
                messages.INFO,
            )

    # --- actions -------------------------------------------------------------------

    @admin.action(description="重新解析所选讲话（先预览改动）", permissions=["change"])
    def reparse_selected(self, request, queryset):
        include_reviewed = request.POST.get("include_reviewed") == "on"
        speeches = list(queryset.defer(None).order_by("pk"))
        if request.POST.get("confirm") == "yes":
            outcomes = [
                speech_reparse(
                    speech=speech, user=request.user, include_reviewed=include_reviewed
                )
                for speech in speeches
            ]
            applied = [outcome for outcome in outcomes if outcome.applied]
            skipped = [outcome for outcome in outcomes if not outcome.applied]
            self.message_user(
                request, f"已重新解析 {len(applied)} 篇讲话。", messages.SUCCESS
            )
            for outcome in skipped:
                self.message_user(
                    request,
                    f"跳过“{outcome.speech.title}”：{outcome.reason}",
                    messages.WARNING,
                )
            return None
        previews = [speech_reparse_preview(speech=speech) for speech in speeches]
        context = {
            **self.admin_site.each_context(request),
            "title": "重新解析：确认改动",
            "opts": self.model._meta,
            "previews": previews,
            "reviewed_count": sum(preview.reviewed for preview in previews),
            "include_reviewed": include_reviewed,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(
            request, "admin/speeches/speech/reparse_preview.html", context
        )

    @admin.action(description="标记为已审校（重新导入时保留）", permissions=["change"])
    def mark_reviewed(self, request, queryset):
        count = speeches_mark(
            speeches=queryset, status=Speech.Status.REVIEWED, user=request.user
        )
        self.message_user(
            request, f"已将 {count} 篇讲话标记为已审校。", messages.SUCCESS
        )

    @admin.action(description="取消已审校标记", permissions=["change"])
    def mark_parsed(self, request, queryset):
        count = speeches_mark(
            speeches=queryset, status=Speech.Status.PARSED, user=request.user
        )
        self.message_user(
            request, f"已取消 {count} 篇讲话的已审校标记。", messages.SUCCESS
        )

    # --- its own pages: revert a revision, rewrite a section's text ---------------

    def get_urls(self):
        revert = self.admin_site.admin_view(self.revert_view)
        text = self.admin_site.admin_view(self.text_view)
        return [
            path(
                "<path:object_id>/revisions/<int:revision_id>/revert/",
                revert,
                name="speeches_speech_revert",
            ),
            path(
                "<path:object_id>/text/<str:part>/",
                text,
                name="speeches_speech_text",
            ),
            *super().get_urls(),
        ]
