"""The comparison page: /compare/?a=ID&b=ID."""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from speeches.models import Speech

from .comparison import compare_speeches, speech_id_from


@require_GET
def compare(request):
    ids = [speech_id_from(request.GET.get(name, "")[:300]) for name in ("a", "b")]
    found = Speech.objects.defer("raw_text").in_bulk([pk for pk in ids if pk])
    left, right = (found.get(pk) if pk else None for pk in ids)
    problems = [
        f"{label}：{'找不到这篇讲话' if request.GET.get(name) else '请填写讲话编号或网址'}"
        for label, name, speech in (("左栏", "a", left), ("右栏", "b", right))
        if speech is None
    ]
    context = {
        "left": left,
        "right": right,
        "a": request.GET.get("a", "")[:300],
        "b": request.GET.get("b", "")[:300],
        "problems": problems,
        "comparison": None,
    }
    if not problems:
        context["comparison"] = compare_speeches(left, right)
    asked = request.GET.get("a") or request.GET.get("b")
    status = 404 if problems and asked else 200
    return render(request, "reuse/compare.html", context, status=status)
