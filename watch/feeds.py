"""A followed search: an Atom feed of the speeches matching any query."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from speeches.models import Speech

from .searching import newest_matches

FEED_LENGTH = 30


@dataclass(frozen=True)
class FeedItem:
    speech: Speech
    passages: tuple
    created: dt.datetime
    updated: dt.datetime
    day: dt.date | None


# The query parameters of the search page that narrow a followed search.
SEARCH_PARAMS = ("q", "year", "level", "site", "speaker", "date_from", "date_to")


class SearchFeed(Feed):
    """The speeches matching a search, the most recently added first."""

    feed_type = Atom1Feed

    def get_object(self, request):
        q = request.GET.get("q", "").replace("\x00", "").strip()[:256]
        if not q:
            raise Http404("请给出检索词：/search/feed/?q=…")
        params = {
            name: request.GET.get(name, "")[:200]
            for name in SEARCH_PARAMS
            if request.GET.get(name)
        }
        params["q"] = q
        hits, shown = newest_matches(q, params)
        return {"q": q, "shown": shown or q, "params": params, "hits": hits}

    def title(self, obj) -> str:
        return f"讲话档案 · 检索“{obj['shown']}”"

    def subtitle(self, obj) -> str:
        return f"新收录的含“{obj['shown']}”的讲话"

    def link(self, obj) -> str:
        return f"{reverse('search:search')}?{urlencode(obj['params'])}"

    def feed_url(self, obj) -> str:
        return f"{reverse('watch:search-feed')}?{urlencode(obj['params'])}"

    def items(self, obj):
        # The hits carry what a results page shows; the feed's dates in one query.
        stamps = {
            row[0]: row[1:]
            for row in Speech.objects.filter(
                pk__in=[hit.speech.pk for hit in obj["hits"]]
            ).values_list("pk", "created_at", "updated_at", "effective_date")
        }
        items = [
            FeedItem(hit.speech, hit.passages, *stamps[hit.speech.pk])
            for hit in obj["hits"]
            if hit.speech.pk in stamps
        ]
        items.sort(key=lambda item: (item.created, item.speech.pk), reverse=True)
        return items[:FEED_LENGTH]

    def item_title(self, item) -> str:
        return item.speech.title

    def item_link(self, item) -> str:
        return item.speech.get_absolute_url()

    def item_description(self, item) -> str:
        speech = item.speech
        day = item.day
        facts = "；".join(
            part
            for part in (
                day.strftime("%Y年%-m月%-d日") if day else "",
                speech.speaker,
                speech.source_site,
            )
            if part
        )
        snippets = "".join(f"<p>{passage.snippet}</p>" for passage in item.passages[:3])
        return f"<p>{facts}</p>{snippets}" if facts else snippets

    def item_pubdate(self, item) -> dt.datetime:
        return item.created

    def item_updateddate(self, item) -> dt.datetime:
        return item.updated
