"""HTML pages for reading speeches and slogans."""

from django.shortcuts import get_object_or_404, render

from .models import Slogan, Speech
from .selectors import section_tree


def home(request):
    latest = Speech.objects.order_by("-date", "-id")[:10]
    return render(request, "speeches/home.html", {"latest": latest})


def speech_detail(request, pk: int):
    speech = get_object_or_404(Speech, pk=pk)
    return render(
        request,
        "speeches/speech_detail.html",
        {"speech": speech, "tree": section_tree(speech)},
    )


def slogan_detail(request, pk: int):
    slogan = get_object_or_404(Slogan, pk=pk, status=Slogan.Status.ACCEPTED)
    return render(request, "speeches/slogan_detail.html", {"slogan": slogan})
