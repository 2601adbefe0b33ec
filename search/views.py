"""The search page: /search/?q=…, results grouped by speech, facets, pages."""

from __future__ import annotations

from urllib.parse import urlencode

from django.shortcuts import render
from django.views.decorators.http import require_GET

from .engines.base import FACET_FIELDS
from .service import DEFAULT_PAGE_SIZE, SCRIPT_ANY, parse_filters, search_speeches

FACET_LABELS = {
    "year": "年份",
    "level": "行政层级",
    "site": "来源网站",
    "speaker": "讲话人",
}
OPTION_LABELS = {"field": ("范围", "只检索标题"), "script": ("字形", "区分繁简")}
SORT_LABELS = {"relevance": "相关度", "newest": "日期（新→旧）"}
# Parameters that define a search; everything else in the URL is ignored.
SEARCH_PARAMETERS = (
    "q",
    "sort",
    *FACET_FIELDS,
    "date_from",
    "date_to",
    "field",
    "script",
)


def page_number(value) -> int:
    """Read ?page= leniently: anything odd means page 1."""
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1


def search_url(params: dict, **changes) -> str:
    """Return /search/ with the given parameters changed (None or "" removes one)."""
    merged = {name: params.get(name, "") for name in SEARCH_PARAMETERS}
    merged.update(changes)
    query = urlencode({name: value for name, value in merged.items() if value})
    return f"/search/?{query}" if query else "/search/"


@require_GET
def search_page(request):
    query_text = request.GET.get("q", "")
    # Either script finds both unless 区分繁简 (script=exact) is ticked.
    filters, problems = parse_filters(request.GET, script=SCRIPT_ANY)
    sort = request.GET.get("sort", "relevance")
    result = search_speeches(
        q=query_text,
        filters=filters,
        sort=sort,
        page=page_number(request.GET.get("page")),
        page_size=DEFAULT_PAGE_SIZE,
    )
    params = {"q": query_text, "sort": result.sort, **filters.active()}
    if result.sort == "relevance":
        params.pop("sort")
    facets = [
        {
            "name": name,
            "label": FACET_LABELS[name],
            "values": [
                {
                    "value": value.value,
                    "count": value.count,
                    "selected": value.selected,
                    "url": search_url(
                        params, **{name: "" if value.selected else value.value}
                    ),
                }
                for value in result.facets.get(name, ())
            ],
        }
        for name in FACET_FIELDS
    ]
    active_filters = [
        {
            "label": FACET_LABELS.get(name, label),
            "value": value,
            "url": search_url(params, **{name: ""}),
        }
        for name, value, label in (
            *((name, getattr(filters, name), name) for name in FACET_FIELDS),
            ("date_from", params.get("date_from", ""), "起始日期"),
            ("date_to", params.get("date_to", ""), "截止日期"),
        )
        if value
    ] + [
        {
            "label": label,
            "value": value,
            "url": search_url(params, **{name: ""}),
        }
        for name, (label, value) in OPTION_LABELS.items()
        if params.get(name)
    ]
    return render(
        request,
        "search/search.html",
        status=200 if result.index_ready else 503,
        context={
            "q": query_text,
            "result": result,
            "notices": (*problems, *result.notices),
            "facets": facets,
            "active_filters": active_filters,
            "clear_filters_url": search_url(
                {"q": query_text, "sort": params.get("sort", "")}
            ),
            "sort_labels": SORT_LABELS,
            "previous_url": search_url(params, page=result.page - 1)
            if result.has_previous
            else "",
            "next_url": search_url(params, page=result.page + 1)
            if result.has_next
            else "",
            "highlight": urlencode(
                {"q": result.highlight_query, "script": params.get("script", "")}
                if filters.exact_script
                else {"q": result.highlight_query}
            ),
            "first_number": (result.page - 1) * result.page_size + 1,
        },
    )
