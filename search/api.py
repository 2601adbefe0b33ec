"""/api/search (Contract 2): the same search_speeches as the page, as JSON."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from speeches.api import page_links, page_params, speech_urls

from .service import SCRIPT_EXACT, parse_filters, search_speeches


@require_GET
def search_api(request):
    page, size = page_params(request)
    # Exact script unless script=any: Contract 2's counts (docs/search.md).
    filters, _problems = parse_filters(request.GET, script=SCRIPT_EXACT)
    result = search_speeches(
        q=request.GET.get("q", ""),
        filters=filters,
        sort=request.GET.get("sort", "relevance"),
        page=page,
        page_size=size,
        extras=False,
    )
    if not result.index_ready:
        return JsonResponse(
            {
                "detail": "检索索引正在重建，请稍后再试。"
                if result.index_rebuilding
                else "检索索引暂不可用：需由管理员运行 manage.py search_index sync。"
            },
            status=503,
            json_dumps_params={"ensure_ascii": False},
        )
    next_url, previous_url = page_links(request, result.page, result.has_next)
    url = speech_urls(request)
    return JsonResponse(
        {
            "count": result.count,
            "next": next_url,
            "previous": previous_url,
            "results": [
                {
                    "id": hit.speech.pk,
                    "title": hit.speech.title,
                    "date": hit.speech.date.isoformat() if hit.speech.date else None,
                    "delivered": hit.speech.delivered or None,
                    "url": url(hit.speech.pk),
                    "score": round(hit.score, 4),
                    "sections": [
                        {
                            "id": passage.section_id,
                            "heading": passage.heading,
                            "snippet": passage.snippet,
                        }
                        for passage in hit.passages
                    ],
                }
                for hit in result.hits
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )
