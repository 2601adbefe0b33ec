"""HTML pages and downloads for reading speeches and following slogans."""

from __future__ import annotations

import json

from django.core.paginator import Page, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET

from . import exports, selectors
from .charts import usage_chart
from .marking import keyword_marks, render_inline
from .models import Slogan, Speech
from .reading import speech_text

SPEECHES_PER_PAGE = 20
SLOGANS_PER_PAGE = 50
MENTIONS_PER_PAGE = 50
SLOGANS_PER_ROW = 3
MAX_PARAM_CHARS = 200


def _param(request: HttpRequest, name: str) -> str:
    """Return a query parameter, trimmed and capped so odd input stays harmless.

    NUL characters go: PostgreSQL refuses them in any text it is asked to compare.
    """
    return request.GET.get(name, "").replace("\x00", "").strip()[:MAX_PARAM_CHARS]


def _page(request: HttpRequest, items, per_page: int) -> Page:
    """Return the asked page of a list; a bad or too large number gives a real page."""
    page = Paginator(items, per_page).get_page(request.GET.get("page"))
    page.elided_range = list(
        page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    )
    return page


def _query_without_page(request: HttpRequest) -> str:
    """Return the current filters as a query string for the pagination links."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def _download(content: str | bytes, *, content_type: str, filename: str):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=filename
    )
    return response


@require_GET
def home(request):
    return render(
        request,
        "speeches/home.html",
        {
            "counts": selectors.archive_counts(),
            "latest": selectors.speeches_latest(limit=8),
            "most_used": selectors.slogans_most_used(limit=12),
            "newest_slogans": selectors.slogans_newest(limit=12),
        },
    )


def speech_filters(request: HttpRequest) -> selectors.SpeechFilters:
    """Read the speech list's filters from the query string, ignoring bad values."""
    year = _param(request, "year")
    sort = _param(request, "sort")
    return selectors.SpeechFilters(
        year=int(year) if year.isdecimal() and 1 <= int(year) <= 9999 else None,
        level=_param(request, "level"),
        site=_param(request, "site"),
        speaker=_param(request, "speaker"),
        has_slogan=_param(request, "has_slogan") in {"1", "on", "true"},
        sort=sort if sort in selectors.SpeechFilters.SORTS else "newest",
    )


@require_GET
def speech_list(request):
    filters = speech_filters(request)
    page = _page(request, selectors.speech_list(filters=filters), SPEECHES_PER_PAGE)
    speeches = list(page.object_list)
    top_slogans = selectors.speeches_top_slogans(
        [speech.pk for speech in speeches], per_speech=SLOGANS_PER_ROW
    )
    rows = [(speech, top_slogans.get(speech.pk, [])) for speech in speeches]
    return render(
        request,
        "speeches/speech_list.html",
        {
            "filters": filters,
            "options": selectors.speech_filter_options(),
            "sorts": selectors.SpeechFilters.SORTS,
            "page": page,
            "rows": rows,
            "page_query": _query_without_page(request),
        },
    )


@require_GET
def speech_detail(request, pk: int):
    speech = get_object_or_404(Speech.objects.defer("raw_text"), pk=pk)
    query = _param(request, "q")
    sections = selectors.speech_sections(speech)
    slogans = selectors.speech_linked_slogans(speech)
    text = speech_text(
        speech,
        sections=sections,
        slogans=slogans,
        mentions=selectors.speech_mentions(speech),
        query=query,
        exact_script=request.GET.get("script") == "exact",
    )
    return render(
        request,
        "speeches/speech_detail.html",
        {
            "speech": speech,
            "query": query,
            "text": text,
            "slogans": slogans,
            "related": selectors.speeches_related(speech),
        },
    )


@require_GET
def speech_raw(request, pk: int):
    speech = get_object_or_404(Speech, pk=pk)
    return render(request, "speeches/speech_raw.html", {"speech": speech})


@require_GET
def speech_markdown(request, pk: int):
    speech = get_object_or_404(Speech.objects.defer("raw_text"), pk=pk)
    markdown = exports.speech_markdown(
        speech,
        sections=selectors.speech_sections(speech),
        absolute_url=request.build_absolute_uri,
    )
    return _download(
        markdown,
        content_type="text/markdown; charset=utf-8",
        filename=f"speech-{speech.pk}.md",
    )


@require_GET
def speech_json(request, pk: int):
    speech = get_object_or_404(Speech.objects.defer("raw_text"), pk=pk)
    document = exports.speech_document(
        speech,
        slogans=selectors.speech_linked_slogans(speech),
        absolute_url=request.build_absolute_uri,
    )
    return _download(
        json.dumps(document, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
        filename=f"speech-{speech.pk}.json",
    )


@require_GET
def slogan_list(request):
    kind = _param(request, "kind")
    if kind not in Slogan.Kind.values:
        kind = ""
    sort = _param(request, "sort")
    if sort not in selectors.SLOGAN_SORTS:
        sort = "speeches"
    q = _param(request, "q")
    page = _page(
        request, selectors.slogan_list(kind=kind, sort=sort, q=q), SLOGANS_PER_PAGE
    )
    return render(
        request,
        "speeches/slogan_list.html",
        {
            "q": q,
            "page": page,
            "kind": kind,
            "kinds": Slogan.Kind.choices,
            "sort": sort,
            "sort_label": selectors.SLOGAN_SORTS[sort][0],
            "sorts": {key: label for key, (label, _) in selectors.SLOGAN_SORTS.items()},
            "page_query": _query_without_page(request),
        },
    )


@require_GET
def slogans_csv(request):
    # Reversing 3,000 URLs one by one is most of this view's time: reverse once.
    slogan_path = reverse("speeches:slogan", args=[0]).removesuffix("0/")
    base = request.build_absolute_uri(slogan_path)
    table = exports.slogans_csv(
        selectors.slogan_list(sort="speeches"), slogan_url=lambda pk: f"{base}{pk}/"
    )
    return _download(
        table.encode("utf-8"),
        content_type="text/csv; charset=utf-8",
        filename="slogans.csv",
    )


@require_GET
def slogan_detail(request, pk: int):
    slogan = selectors.slogans_with_usage().filter(pk=pk).first()
    if slogan is None:
        # A merged variant's address moved for good to the slogan it was merged into.
        variant = get_object_or_404(Slogan, pk=pk, status=Slogan.Status.MERGED)
        canonical = selectors.slogan_canonical(variant)
        if canonical is None:
            raise Http404
        return redirect(canonical, permanent=True)
    usage = selectors.slogan_usage_by_year(slogan)
    page = _page(request, selectors.slogan_mentions(slogan), MENTIONS_PER_PAGE)
    contexts = [
        (
            mention,
            render_inline(
                mention.context,
                marks=keyword_marks(mention.context, mention.text or slogan.text),
            ),
        )
        for mention in page.object_list
    ]
    return render(
        request,
        "speeches/slogan_detail.html",
        {
            "slogan": slogan,
            "usage": usage,
            "chart": usage_chart(usage),
            "companions": selectors.slogan_companions(slogan),
            "longer": selectors.slogans_containing(slogan),
            "page": page,
            "contexts": contexts,
            "page_query": _query_without_page(request),
        },
    )
