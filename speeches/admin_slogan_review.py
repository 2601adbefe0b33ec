"""The slogan review queue: slogans waiting for an editor, decided in one click.

Mixed into ``SloganAdmin``: its own URLs (review/, <pk>/decide/) and the list page's
count of pending slogans and recent archive-wide jobs.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse

from .models import Slogan, SloganJob
from .slogans import slogan_contexts, slogans_accept, slogans_merge, slogans_reject


class SloganReviewPages:
    """The review queue and one-click decisions; mixed into SloganAdmin."""

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
