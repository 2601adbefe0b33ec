"""Links to followed searches: {% search_feed_url request.GET as url %}."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse

from ..feeds import SEARCH_PARAMS

register = template.Library()


@register.simple_tag
def search_feed_url(params) -> str:
    """Return the Atom feed of a search page's query and filters ("" without a query)."""
    if not params.get("q", "").strip():
        return ""
    followed = {name: params.get(name) for name in SEARCH_PARAMS if params.get(name)}
    return f"{reverse('watch:search-feed')}?{urlencode(followed)}"
