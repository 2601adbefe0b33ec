"""The one place this app asks the search app for matching speeches."""

from __future__ import annotations

from search.service import parse_filters, search_speeches

# Matching speeches looked at per feed: the newest by the archive's date.
FEED_SCAN = 100


def newest_matches(q: str, params) -> tuple[list, str]:
    """Return the newest speeches matching a query (by date) and the query as parsed.

    Each item is a search hit: ``.speech`` and ``.passages`` (with HTML snippets).
    """
    filters, _problems = parse_filters(params)
    page = search_speeches(
        q=q, filters=filters, sort="newest", page=1, page_size=FEED_SCAN, extras=False
    )
    return list(page.hits), page.query.highlight_text()
