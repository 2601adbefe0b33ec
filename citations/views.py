"""Short permanent addresses: /s/<id> and /s/<id>/<section path>."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_GET

from speeches.models import Section, Speech

from .works import section_path


@require_GET
def speech(request, pk: int):
    return redirect(get_object_or_404(Speech.objects.only("id"), pk=pk), permanent=True)


@require_GET
def section(request, pk: int, path: str):
    speech = get_object_or_404(Speech.objects.only("id"), pk=pk)
    anchor = f"s{path}"
    if not Section.objects.filter(speech=speech, anchor=anchor).exists():
        raise Http404("本篇没有这一节")
    if section_path(anchor) != path:
        raise Http404
    return redirect(f"{speech.get_absolute_url()}#{anchor}", permanent=True)
