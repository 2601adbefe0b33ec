"""The JSON API for speeches (Contract 2): a paged list and one speech."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_GET

from citations.works import speech_citations, with_section_citations
from reuse.selectors import reuse_record

from .exports import speech_record
from .models import Speech
from .selectors import speech_slogans

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# A speech id no archive reaches, to find where ids go in the page's URL.
_URL_PLACEHOLDER = 987654321987654321


def speech_urls(request):
    """Return a function giving the absolute URL of a speech's page from its id.

    The route is resolved once per response instead of once per row: a page
    of results would otherwise spend about a millisecond in reverse().
    """
    template = request.build_absolute_uri(
        reverse("speeches:detail", args=[_URL_PLACEHOLDER])
    )
    head, tail = template.split(str(_URL_PLACEHOLDER))
    return lambda pk: f"{head}{int(pk)}{tail}"


def page_params(request) -> tuple[int, int]:
    """Read ?page= and ?page_size= leniently: bad values fall back to defaults."""
    try:
        page = max(1, int(request.GET.get("page", 1)))
    except (TypeError, ValueError):
        page = 1
    try:
        size = int(request.GET.get("page_size", DEFAULT_PAGE_SIZE))
    except (TypeError, ValueError):
        size = DEFAULT_PAGE_SIZE
    return page, min(max(1, size), MAX_PAGE_SIZE)


def page_links(request, page: int, has_next: bool) -> tuple[str | None, str | None]:
    """Return absolute URLs of the next and previous pages of a list."""

    def url(number):
        params = request.GET.copy()
        params["page"] = number
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    return (url(page + 1) if has_next else None, url(page - 1) if page > 1 else None)


@require_GET
def speech_list(request):
    page, size = page_params(request)
    speeches = Speech.objects.order_by("id").only("id", "title", "date")
    paginator = Paginator(speeches, size)
    number = min(page, max(1, paginator.num_pages))
    current = paginator.page(number)
    next_url, previous_url = page_links(request, number, current.has_next())
    url = speech_urls(request)
    return JsonResponse(
        {
            "count": paginator.count,
            "next": next_url,
            "previous": previous_url,
            "results": [
                {
                    "id": speech.pk,
                    "title": speech.title,
                    "date": speech.date.isoformat() if speech.date else None,
                    "url": url(speech.pk),
                }
                for speech in current.object_list
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def speech_detail(request, pk: int):
    speech = get_object_or_404(Speech.objects.defer("raw_text"), pk=pk)
    record = speech_record(speech, absolute_url=request.build_absolute_uri)
    record["slogans"] = speech_slogans(speech)
    record.update(reuse_record(speech.pk))
    record["citation"] = speech_citations(speech, request=request)
    with_section_citations(speech, record["sections"], request=request)
    return JsonResponse(record, json_dumps_params={"ensure_ascii": False})
