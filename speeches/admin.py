"""The editors' desk: speeches with their section trees, slogans, and history."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce, ExtractYear
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from .admin_forms import (
    SectionEditForm,
    SectionTreeFormSet,
    SloganAddForm,
    SloganMergeForm,
)
from .admin_people import yes_no_column
from .editing import speech_edit, speeches_mark
from .history import (
    METADATA_FIELDS,
    revision_revert,
    snapshot_changes,
    speech_snapshot,
)
from .models import Mention, Revision, Section, Slogan, Speech
from .reparse import speech_reparse, speech_reparse_preview
from .slogans import (
    slogan_add,
    slogan_unmerge,
    slogans_accept,
    slogans_merge,
    slogans_reject,
)

admin.site.site_header = "讲话档案 · 编辑台"
admin.site.site_title = "讲话档案编辑台"
admin.site.index_title = "编辑工作"


def _count_of(model, link: str, counted: str = "pk", **filters) -> Coalesce:
    """Return a per-row count of distinct ``counted`` values as a subquery.

    A list page then costs one query however many rows it shows, and the count
    can be sorted on.
    """
    counts = (
        model.objects.filter(**{link: OuterRef("pk")}, **filters)
        .order_by()
        .values(link)
        .annotate(count=Count(counted, distinct=True))
        .values("count")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), 0)


def _count_column(annotation: str, description: str):
    """Return a list column showing a count that get_queryset annotated."""

    @admin.display(description=description, ordering=annotation)
    def column(model_admin, obj) -> int:
        return getattr(obj, annotation)

    return column


class YearFilter(admin.SimpleListFilter):
    title = "年份"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = (
            Speech.objects.filter(date__isnull=False)
            .annotate(year=ExtractYear("date"))
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        return [(str(year), f"{year}年") for year in years] + [("none", "日期不详")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "none":
            return queryset.filter(date__isnull=True)
        if value and value.isdecimal():
            return queryset.filter(date__year=int(value))
        return queryset


class SectionInline(admin.TabularInline):
    """The section tree as rows an editor can change, move, split, merge or delete."""

    model = Section
    form = SectionEditForm
    formset = SectionTreeFormSet
    fields = [
        "anchor",
        "label",
        "heading",
        "level",
        "parent_choice",
        "text_preview",
        "move",
        "split_at",
        "merge_previous",
    ]
    readonly_fields = ["anchor", "text_preview"]
    ordering = ["position"]
    extra = 0
    verbose_name = "章节"
    verbose_name_plural = "章节树（保存时整体校验；删除会连同下级章节和文字一并删去）"

    def has_add_permission(self, request, obj=None):
        # New sections come from splitting one: a section needs its place in the body.
        return False

    @admin.display(description="本节文字")
    def text_preview(self, section: Section) -> str:
        if not section.text:
            return "（无）"
        return format_html(
            '<details class="section-text"><summary>{}{}</summary>'
            '<div class="section-text-full">{}</div></details>',
            section.text[:40],
            f"…（{len(section.text)} 字）" if len(section.text) > 40 else "",
            section.text,
        )


@admin.register(Speech)
class SpeechAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "date",
        "admin_level",
        "source_site",
        "status",
        "truncated_column",
        "section_count",
        "slogan_count",
    ]
    list_filter = ["status", YearFilter, "admin_level", "source_site", "truncated"]
    search_fields = ["title", "speaker", "occasion", "source_site"]
    list_per_page = 50
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
                sections_total=_count_of(Section, "speech"),
                slogans_total=_count_of(
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
    section_count = _count_column("sections_total", "章节")
    slogan_count = _count_column("slogans_total", "提法")

    @admin.display(description="正文")
    def body_display(self, speech: Speech) -> str:
        return format_html('<div class="speech-body">{}</div>', speech.body)

    @admin.display(description="修订历史")
    def revision_link(self, speech: Speech) -> str:
        if speech.pk is None:
            return "—"
        count = speech.revisions.count()
        url = reverse("admin:speeches_speech_history", args=[speech.pk])
        return format_html('<a href="{}">共 {} 次修改，查看或恢复</a>', url, count)

    # --- saving: one service call for metadata and tree --------------------------

    def save_model(self, request, obj, form, change):
        """Defer to save_related, where the tree edits are known too."""

    def save_related(self, request, form, formsets, change):
        tree = next((fs for fs in formsets if isinstance(fs, SectionTreeFormSet)), None)
        was_parsed = (
            Speech.objects.filter(pk=form.instance.pk)
            .values_list("status", flat=True)
            .first()
            == Speech.Status.PARSED
        )
        fields = {
            name: form.cleaned_data[name]
            for name in form.changed_data
            if name in METADATA_FIELDS
        }
        speech_edit(
            speech=form.instance,
            fields=fields,
            edits=tree.section_edits() if tree is not None else [],
            user=request.user,
        )
        for formset in formsets:
            formset.save()  # a no-op for the tree; the admin's change message reads it
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

    # --- history -------------------------------------------------------------------

    def get_urls(self):
        revert = self.admin_site.admin_view(self.revert_view)
        return [
            path(
                "<path:object_id>/revisions/<int:revision_id>/revert/",
                revert,
                name="speeches_speech_revert",
            ),
            *super().get_urls(),
        ]

    def history_view(self, request, object_id, extra_context=None):
        speech = self.get_object(request, object_id)
        if speech is None:
            return self._get_obj_does_not_exist_redirect(
                request, self.model._meta, object_id
            )
        if not self.has_view_or_change_permission(request, speech):
            raise PermissionDenied
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
        speech = self.get_object(request, object_id)
        if speech is None:
            return self._get_obj_does_not_exist_redirect(
                request, self.model._meta, object_id
            )
        if not self.has_change_permission(request, speech):
            raise PermissionDenied
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


@admin.register(Slogan)
class SloganAdmin(admin.ModelAdmin):
    list_display = [
        "text",
        "kind",
        "status",
        "canonical",
        "mention_count",
        "speech_count",
        "added_by",
    ]
    list_filter = ["status", "kind"]
    search_fields = ["text"]
    list_select_related = ["canonical", "added_by"]
    list_per_page = 100
    actions = [
        "accept_selected",
        "reject_selected",
        "merge_selected",
        "unmerge_selected",
    ]
    readonly_fields = [
        "text",
        "status",
        "canonical",
        "added_by",
        "created_at",
        "variant_list",
        "mention_link",
    ]
    fields = [
        "text",
        "kind",
        "status",
        "canonical",
        "variant_list",
        "mention_link",
        "added_by",
        "created_at",
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                mentions_total=_count_of(Mention, "slogan"),
                speeches_total=_count_of(Mention, "slogan", counted="speech"),
            )
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = SloganAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request, obj=None):
        return ["text", "kind"] if obj is None else self.fields

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else self.readonly_fields

    mention_count = _count_column("mentions_total", "出处")
    speech_count = _count_column("speeches_total", "讲话数")

    @admin.display(description="合并进来的变体")
    def variant_list(self, slogan: Slogan) -> str:
        variants = list(slogan.variants.values_list("text", flat=True))
        return "、".join(variants) if variants else "—"

    @admin.display(description="出处")
    def mention_link(self, slogan: Slogan) -> str:
        url = (
            reverse("admin:speeches_mention_changelist")
            + f"?slogan__id__exact={slogan.pk}"
        )
        return format_html(
            '<a href="{}">{} 处，见于 {} 篇讲话</a>',
            url,
            slogan.mentions_total,
            slogan.speeches_total,
        )

    def save_model(self, request, obj, form, change):
        if change:
            obj.save(update_fields=["kind"])
            return
        created = slogan_add(text=obj.text, kind=obj.kind, user=request.user)
        obj.pk = created.pk
        obj.created_at = created.created_at
        obj.added_by = created.added_by
        obj._state.adding = False

    @admin.action(description="采用所选提法", permissions=["change"])
    def accept_selected(self, request, queryset):
        count = slogans_accept(slogans=queryset)
        self._log_each(request, queryset, "采用")
        self.message_user(
            request,
            f"已采用 {count} 个提法，并在全部讲话中查找了出处。",
            messages.SUCCESS,
        )

    @admin.action(
        description="弃用所选提法（网站不再显示，导入不再提取）", permissions=["change"]
    )
    def reject_selected(self, request, queryset):
        self._log_each(request, queryset, "弃用")
        count = slogans_reject(slogans=queryset)
        self.message_user(request, f"已弃用 {count} 个提法。", messages.SUCCESS)

    @admin.action(description="合并所选提法…", permissions=["change"])
    def merge_selected(self, request, queryset):
        slogans = list(queryset.order_by("text"))
        form = SloganMergeForm(
            request.POST if request.POST.get("confirm") == "yes" else None,
            slogans=slogans,
        )
        if form.is_bound and form.is_valid():
            try:
                canonical = slogans_merge(
                    slogans=slogans,
                    canonical_text=form.cleaned_data["text"],
                    user=request.user,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self._log_each(request, slogans, f"合并到“{canonical.text}”")
                self.message_user(
                    request,
                    f"已把 {len(slogans)} 个提法合并为“{canonical.text}”，"
                    f"共 {canonical.mentions.count()} 处出处。",
                    messages.SUCCESS,
                )
                return None
        if len(slogans) < 2 and not form.is_bound:
            self.message_user(request, "请至少选择两个提法再合并。", messages.WARNING)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "合并提法",
            "opts": self.model._meta,
            "slogans": slogans,
            "form": form,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/speeches/slogan/merge.html", context)

    @admin.action(description="取消合并（变体恢复为独立提法）", permissions=["change"])
    def unmerge_selected(self, request, queryset):
        merged = list(queryset.filter(status=Slogan.Status.MERGED))
        for slogan in merged:
            slogan_unmerge(slogan=slogan)
        self._log_each(request, merged, "取消合并")
        self.message_user(
            request, f"已取消合并 {len(merged)} 个提法。", messages.SUCCESS
        )

    def _log_each(self, request, slogans, message: str) -> None:
        for slogan in slogans:
            self.log_change(request, slogan, message)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows editors read but never add, change or delete here: services write them."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Mention)
class MentionAdmin(ReadOnlyAdmin):
    """Mentions are derived from the text: editors read them, services write them."""

    list_display = ["slogan", "text", "speech", "section", "context"]
    list_filter = ["slogan__status"]
    search_fields = ["slogan__text", "context"]
    list_select_related = ["slogan", "speech", "section"]
    raw_id_fields = ["slogan", "speech", "section"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer("speech__body", "speech__raw_text", "section__text")
        )


@admin.register(Revision)
class RevisionAdmin(ReadOnlyAdmin):
    """Every editorial change, newest first; revert from a speech's history."""

    list_display = ["created_at", "speech_link", "user", "action", "summary"]
    list_filter = ["action", "user"]
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
