"""The section tree on a speech's change page, and the text of one section.

What belongs here: the tree's rows (``SectionInline``) a page at a time, the check
that a tree changed elsewhere since the page was opened, and the page that rewrites
the text below one heading (or before the first). Mixed into ``SpeechAdmin``.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from .admin_base import SpeechPages
from .admin_forms import (
    SectionEditForm,
    SectionTextForm,
    SectionTreeFormSet,
    rows_touched,
    shown_rows,
)
from .concurrency import opened_state_read, tree_digest
from .editing import section_text_edit, speech_preamble_edit
from .models import Section, Speech
from .tree import TreeEditError

# The section table shows this many rows a page: a speech of thousands of sections
# edits page by page, and the page stays small (the whole tree is checked on save).
SECTIONS_PER_PAGE = 50
PREVIEW_CHARS = 40
OPENING = "opening"


def section_page(request) -> int:
    """Return the page of the section table a request asks for (?sections=2)."""
    value = request.GET.get("sections", "")
    return int(value) if value.isdecimal() and 0 < len(value) < 6 else 1


def section_page_of(position: int) -> int:
    return position // SECTIONS_PER_PAGE + 1


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


class SectionTreePages(SpeechPages):
    """Edit a speech's section tree a page at a time, and a section's text."""

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

    def response_change(self, request, obj):
        response = super().response_change(request, obj)
        page = section_page(request)
        if "_continue" in request.POST and page > 1 and response.status_code == 302:
            separator = "&" if "?" in response["Location"] else "?"
            response["Location"] += f"{separator}sections={page}"
        return response

    # --- the text itself, a section at a time ------------------------------------

    def text_view(self, request, object_id, part):
        """Rewrite the text below one heading, or before the first one."""
        with transaction.atomic():
            speech = self.speech_for_page(
                request, object_id, self.has_change_permission
            )
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


def _always(formset) -> bool:
    return True


def _no_edits(formset) -> list:
    return []


def _pk_or_none(object_id: str) -> int | None:
    return int(object_id) if object_id.isdecimal() and len(object_id) < 20 else None
