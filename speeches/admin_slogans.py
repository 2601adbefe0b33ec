"""The slogan admin: the list, adding one by hand, and accepting, rejecting or
merging the selected slogans (the review queue is admin_slogan_review.py).
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from .admin_base import GuardedLookupsAdmin, count_column, count_of
from .admin_forms import SloganAddForm, SloganMergeForm
from .admin_slogan_review import SloganReviewPages
from .models import Mention, Slogan
from .slogans import (
    slogan_add,
    slogan_unmerge,
    slogans_accept,
    slogans_merge,
    slogans_reject,
)


class SloganAdmin(SloganReviewPages, GuardedLookupsAdmin):
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
                mentions_total=count_of(Mention, "slogan"),
                speeches_total=count_of(Mention, "slogan", counted="speech"),
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

    mention_count = count_column("mentions_total", "出处")
    speech_count = count_column("speeches_total", "讲话数")

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
