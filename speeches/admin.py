"""The editors' desk: speeches with their section trees, slogans, and history."""

from __future__ import annotations

import re

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import models, transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.constants import LOOKUP_SEP
from django.db.models.functions import Cast, Coalesce, ExtractYear
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from .admin_forms import (
    SectionEditForm,
    SectionTextForm,
    SectionTreeFormSet,
    SloganAddForm,
    SloganMergeForm,
    SpeechChangeForm,
    rows_touched,
    shown_rows,
)
from .admin_people import yes_no_column
from .concurrency import opened_state_read, tree_digest
from .editing import (
    section_text_edit,
    speech_edit,
    speech_preamble_edit,
    speeches_mark,
)
from .history import (
    field_label,
    revision_revert,
    snapshot_changes,
    speech_snapshot,
)
from .models import DOUBTS, Mention, Revision, Section, Slogan, SloganJob, Speech
from .reparse import speech_reparse, speech_reparse_preview
from .slogans import (
    slogan_add,
    slogan_contexts,
    slogan_unmerge,
    slogans_accept,
    slogans_merge,
    slogans_reject,
)
from .tree import TreeEditError

admin.site.site_header = "讲话档案 · 编辑台"
admin.site.site_title = "讲话档案编辑台"
admin.site.index_title = "编辑工作"


# Lookups an editor's URL may not use: a regular expression runs inside the
# database, and "(.*a){20}$" on every body pinned a worker for 30 s.
REFUSED_LOOKUPS = {"regex", "iregex"}
# Date parts an integer year of a calendar can take; "?date__year=9999999999…" is 500.
DATE_PARTS = {"year", "iso_year", "month", "day", "week", "week_day", "quarter"}
YEARS = range(1, 10000)


class GuardedLookupsAdmin(admin.ModelAdmin):
    """Refuse URL lookups that run regular expressions or overflow a date part."""

    def lookup_allowed(self, lookup, value, request=None):
        parts = lookup.split(LOOKUP_SEP)
        if REFUSED_LOOKUPS & set(parts):
            return False
        date_part = len(parts) > 1 and (
            parts[-1] in DATE_PARTS or (len(parts) > 2 and parts[-2] in DATE_PARTS)
        )
        a_year = bool(re.fullmatch(r"\d{1,4}", value)) and int(value) in YEARS
        if date_part and not a_year:
            return False
        return super().lookup_allowed(lookup, value, request)


# The section table shows this many rows a page: a speech of thousands of sections
# edits page by page, and the page stays small (the whole tree is checked on save).
SECTIONS_PER_PAGE = 50
# The change page shows the start of the body; the text is edited section by section.
BODY_PREVIEW_CHARS = 1500
PREVIEW_CHARS = 40
OPENING = "opening"


def section_page(request) -> int:
    """Return the page of the section table a request asks for (?sections=2)."""
    value = request.GET.get("sections", "")
    return int(value) if value.isdecimal() and 0 < len(value) < 6 else 1


def section_page_of(position: int) -> int:
    return position // SECTIONS_PER_PAGE + 1


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
    """The year a speech was given where its text says, else the year published."""

    title = "年份"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = (
            Speech.objects.filter(effective_date__isnull=False)
            .annotate(year=ExtractYear("effective_date"))
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        return [(str(year), f"{year}年") for year in years] + [("none", "日期不详")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "none":
            return queryset.filter(effective_date__isnull=True)
        if value and value.isdecimal():
            year = int(value)
            if year not in YEARS:
                return queryset.none()
            return queryset.filter(effective_date__year=year)
        return queryset


class DoubtFilter(admin.SimpleListFilter):
    """What the parser was unsure of: each doubt, any, or none."""

    title = "存疑"
    parameter_name = "doubt"
    ANY, NONE = "any", "none"

    def lookups(self, request, model_admin):
        return [
            (self.ANY, "有存疑"),
            (self.NONE, "无存疑"),
            *((code, label) for code, (label, _) in DOUBTS.items()),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == self.ANY:
            return queryset.filter(doubt_score__gt=0)
        if value == self.NONE:
            return queryset.filter(doubt_score=0)
        if value in DOUBTS:
            # a JSON list read as text: '["no_title", "no_date"]' on every database
            return queryset.annotate(
                doubts_text=Cast("doubts", models.TextField())
            ).filter(doubts_text__contains=f'"{value}"')
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
    template = "admin/speeches/speech/section_tree.html"
    extra = 0
    verbose_name = "章节"
    verbose_name_plural = "章节树（保存时整体校验；删除会连同下级章节和文字一并删去）"

    def has_add_permission(self, request, obj=None):
        # New sections come from splitting one: a section needs its place in the body.
        return False

    def get_queryset(self, request):
        start = (section_page(request) - 1) * SECTIONS_PER_PAGE
        return (
            super()
            .get_queryset(request)
            .filter(position__gte=start, position__lt=start + SECTIONS_PER_PAGE)
        )

    @admin.display(description="本节文字")
    def text_preview(self, section: Section) -> str:
        url = reverse(
            "admin:speeches_speech_text", args=[section.speech_id, section.pk]
        )
        return format_html(
            '<span class="section-text-start">{}{}</span> <a href="{}">改写</a>',
            section.text[:PREVIEW_CHARS] or "（无）",
            f"…（{len(section.text)} 字）" if len(section.text) > PREVIEW_CHARS else "",
            url,
        )


@admin.register(Speech)
class SpeechAdmin(GuardedLookupsAdmin):
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

    @admin.display(description="存疑", ordering="-doubt_score")
    def doubt_list(self, speech: Speech) -> str:
        return "、".join(speech.doubt_labels) or "—"

    slogan_count = _count_column("slogans_total", "提法")

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

    # --- the change page: sections a page at a time, saves over what was seen ------

    def change_view(self, request, object_id, form_url="", extra_context=None):
        total = Section.objects.filter(speech_id=_pk_or_none(object_id)).count()
        pages = range(1, section_page_of(max(total - 1, 0)) + 1)
        context = {
            "section_total": total,
            "section_page": section_page(request),
            "section_pages": [
                (
                    page,
                    (page - 1) * SECTIONS_PER_PAGE + 1,
                    min(page * SECTIONS_PER_PAGE, total),
                )
                for page in pages
            ]
            if total > SECTIONS_PER_PAGE
            else [],
            **(extra_context or {}),
        }
        return super().change_view(request, object_id, form_url, context)

    def get_formsets_with_inlines(self, request, obj=None):
        for formset_class, inline in super().get_formsets_with_inlines(request, obj):
            if isinstance(inline, SectionInline):
                verdict = self._tree_verdict(request, obj)
                if verdict == "left alone":
                    # Changed elsewhere and not touched here: show it, save nothing.
                    formset_class = type(
                        "UntouchedSectionTree",
                        (formset_class,),
                        {"is_valid": _always, "section_edits": _no_edits},
                    )
            yield formset_class, inline

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if getattr(request, "_tree_verdict", "ok") != "ok":
            # Show the tree as it is now. Unbound, a refused tree blocks the save.
            kwargs.pop("data", None)
            kwargs.pop("files", None)
        return kwargs

    def _tree_verdict(self, request, obj) -> str:
        """Tell whether a POST's tree edits may be applied: "ok", "left alone" (the
        tree changed elsewhere and the editor did not touch it) or "refused"."""
        if request.method != "POST" or obj is None:
            return "ok"
        if not hasattr(request, "_tree_verdict"):
            verdict = "ok"
            opened = opened_state_read(request.POST.get("opened", ""))
            if opened is not None and opened.get("tree") != tree_digest(obj):
                # The rows' ids may be gone (a re-import): compare what was posted
                # with the rows the page showed.
                touched = rows_touched(request.POST, opened)
                verdict = "refused" if touched else "left alone"
            request._tree_verdict = verdict
        return request._tree_verdict

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        extra = {"tree_refused": getattr(request, "_tree_verdict", "") == "refused"}
        if obj is not None:
            window = SectionInline(Speech, self.admin_site).get_queryset(request)
            extra["shown_rows"] = shown_rows(window.filter(speech=obj))
        return type(form.__name__, (form,), extra)

    def _changeform_view(self, request, object_id, form_url, extra_context):
        # The form is built before the inlines: decide about the tree first.
        if request.method == "POST" and object_id:
            self._tree_verdict(request, self.get_object(request, object_id))
        return super()._changeform_view(request, object_id, form_url, extra_context)

    def construct_change_message(self, request, form, formsets, add=False):
        merge = getattr(form, "merge", None)
        if merge is None:
            return super().construct_change_message(request, form, formsets, add)
        changed = [field_label(name) for name in merge.mine]
        return [{"changed": {"fields": changed}}] if changed else []

    def response_change(self, request, obj):
        response = super().response_change(request, obj)
        page = section_page(request)
        if "_continue" in request.POST and page > 1 and response.status_code == 302:
            separator = "&" if "?" in response["Location"] else "?"
            response["Location"] += f"{separator}sections={page}"
        return response

    # --- saving: one service call for metadata and tree --------------------------

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

    # --- history -------------------------------------------------------------------

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

    # --- the text itself, a section at a time ------------------------------------

    def text_view(self, request, object_id, part):
        """Rewrite the text below one heading, or before the first one."""
        with transaction.atomic():
            speech = self._speech_page(request, object_id, self.has_change_permission)
            if not isinstance(speech, Speech):
                return speech
            if request.method == "POST":
                speech = Speech.objects.select_for_update().get(pk=speech.pk)
            section = None
            if part == OPENING:
                first = speech.sections.order_by("position").first()
                current = speech.body[: first.start_offset if first else None].strip()
                where = "开头（第一节之前）"
            elif part.isdecimal() and len(part) < 20:
                section = speech.sections.filter(pk=int(part)).first()
                if section is None:
                    raise Http404("这篇讲话没有这一节。")
                current = section.text
                where = f"{section.label} {section.heading}".strip()
            else:
                raise Http404("这篇讲话没有这一节。")
            back = reverse("admin:speeches_speech_change", args=[speech.pk])
            if section is not None:
                back += f"?sections={section_page_of(section.position)}"
            form = SectionTextForm(
                request.POST if request.method == "POST" else None, current=current
            )
            if form.is_bound and form.is_valid():
                try:
                    text = form.cleaned_data["text"]
                    if section is None:
                        speech_preamble_edit(
                            speech=speech, text=text, user=request.user
                        )
                    else:
                        section_text_edit(section=section, text=text, user=request.user)
                except TreeEditError as error:
                    form.add_error(None, str(error))
                else:
                    self.log_change(request, speech, f"改写文字：{where}")
                    self.message_user(
                        request, f"已保存“{where}”的文字。", messages.SUCCESS
                    )
                    return HttpResponseRedirect(back)
        context = {
            **self.admin_site.each_context(request),
            "title": f"改写文字：{where}",
            "opts": self.model._meta,
            "object": speech,
            "original": speech,
            "form": form,
            "current": current if form.errors else None,
            "back_url": back,
        }
        return TemplateResponse(
            request, "admin/speeches/speech/text_edit.html", context
        )

    def _speech_page(self, request, object_id, allowed):
        """Return the speech a page is about, or the admin's answer when it is gone."""
        speech = self.get_object(request, object_id)
        if speech is None:
            return self._get_obj_does_not_exist_redirect(
                request, self.model._meta, object_id
            )
        if not allowed(request, speech):
            raise PermissionDenied
        return speech

    def history_view(self, request, object_id, extra_context=None):
        speech = self._speech_page(
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
        speech = self._speech_page(request, object_id, self.has_change_permission)
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


def _always(formset) -> bool:
    return True


def _no_edits(formset) -> list:
    return []


def _pk_or_none(object_id: str) -> int | None:
    return int(object_id) if object_id.isdecimal() and len(object_id) < 20 else None


@admin.register(Slogan)
class SloganAdmin(GuardedLookupsAdmin):
    list_display = [
        "text",
        "kind",
        "status",
        "source",
        "doubt",
        "canonical",
        "mention_count",
        "speech_count",
        "added_by",
    ]
    list_filter = ["status", "kind", "source"]
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

    # --- the review queue ------------------------------------------------------------

    def get_urls(self):
        queue = self.admin_site.admin_view(self.review_view)
        decide = self.admin_site.admin_view(self.decide_view)
        return [
            path("review/", queue, name="speeches_slogan_review"),
            path("<int:pk>/decide/", decide, name="speeches_slogan_decide"),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "pending_count": Slogan.objects.filter(
                status=Slogan.Status.PENDING
            ).count(),
            "jobs": SloganJob.objects.select_related("slogan")[:5],
        }
        return super().changelist_view(request, extra_context)

    def review_view(self, request):
        """The slogans waiting for an editor, least doubtful first, with evidence."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        order = "-doubt" if request.GET.get("o") == "doubt" else "doubt"
        q = request.GET.get("q", "").strip()[:200]
        pending = self.get_queryset(request).filter(status=Slogan.Status.PENDING)
        if q:
            pending = pending.filter(text__contains=q)
        page = Paginator(
            pending.order_by(order, "-speeches_total", "text"), 50
        ).get_page(request.GET.get("page"))
        rows = [(slogan, slogan_contexts(slogan)) for slogan in page.object_list]
        context = {
            **self.admin_site.each_context(request),
            "title": "待审提法",
            "opts": self.model._meta,
            "page": page,
            "rows": rows,
            "order": order,
            "q": q,
            "can_change": self.has_change_permission(request),
            "jobs": SloganJob.objects.select_related("slogan")[:5],
        }
        return TemplateResponse(request, "admin/speeches/slogan/review.html", context)

    def decide_view(self, request, pk: int):
        """Accept, reject or merge one slogan in one click (POST), then go back."""
        if request.method != "POST" or not self.has_change_permission(request):
            raise PermissionDenied
        slogan = get_object_or_404(Slogan, pk=pk)
        decision = request.POST.get("decision")
        back = request.POST.get("next") or reverse("admin:speeches_slogan_review")
        if not back.startswith("/"):
            back = reverse("admin:speeches_slogan_review")
        try:
            if decision == "accept":
                slogans_accept(slogans=[slogan], user=request.user)
                message = f"已采用“{slogan.text}”，正在后台查找全部出处。"
            elif decision == "reject":
                slogans_reject(slogans=[slogan], user=request.user)
                message = f"已弃用“{slogan.text}”，以后导入不再提取。"
            elif decision == "merge":
                target = request.POST.get("target", "")
                canonical = slogans_merge(
                    slogans=[slogan, *Slogan.objects.filter(text=target.strip())],
                    canonical_text=target,
                    user=request.user,
                )
                message = f"已把“{slogan.text}”合并到“{canonical.text}”。"
            else:
                raise ValidationError("未知的操作。")
        except ValidationError as error:
            self.message_user(request, "；".join(error.messages), messages.ERROR)
        else:
            self.log_change(request, slogan, message)
            self.message_user(request, message, messages.SUCCESS)
        return HttpResponseRedirect(back)

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
        count = slogans_accept(slogans=queryset, user=request.user)
        self._log_each(request, queryset, "采用")
        self.message_user(
            request,
            f"已采用 {count} 个提法，正在后台查找它们在全部讲话中的出处。",
            messages.SUCCESS,
        )

    @admin.action(
        description="弃用所选提法（网站不再显示，导入不再提取）", permissions=["change"]
    )
    def reject_selected(self, request, queryset):
        self._log_each(request, queryset, "弃用")
        count = slogans_reject(slogans=queryset, user=request.user)
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


class ReadOnlyAdmin(GuardedLookupsAdmin):
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


@admin.register(Revision)
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


@admin.register(SloganJob)
class SloganJobAdmin(ReadOnlyAdmin):
    """Archive-wide slogan work and its progress."""

    list_display = ["created_at", "kind", "slogan", "state", "progress", "message"]
    list_filter = ["state", "kind"]
    list_select_related = ["slogan"]

    @admin.display(description="进度")
    def progress(self, job: SloganJob) -> str:
        return f"{job.done}/{job.total}（{job.percent}%）" if job.total else "—"
