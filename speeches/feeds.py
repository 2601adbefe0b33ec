"""Atom feeds: speeches newly added to the archive, and new speeches using a slogan."""

from __future__ import annotations

import datetime as dt
import re

from django.contrib.syndication.views import Feed
from django.db.models import Exists, OuterRef
from django.db.models.functions import Substr
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from .models import Mention, Slogan, Speech

FEED_LENGTH = 30
SUMMARY_CHARS = 200
# Characters XML 1.0 cannot hold at all: "\x1b[31m" in a scraped title.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(value):
    """Return a feed value without the characters XML 1.0 cannot hold."""
    if isinstance(value, str):
        return NOT_XML.sub("", value)
    if isinstance(value, list | tuple):
        return type(value)(xml_safe(item) for item in value)
    return value


class ArchiveAtomFeed(Atom1Feed):
    """Atom that drops control characters rather than failing on them."""

    def __init__(self, *args, **kwargs):
        super().__init__(
            *map(xml_safe, args), **{k: xml_safe(v) for k, v in kwargs.items()}
        )

    def add_item(self, *args, **kwargs):
        super().add_item(
            *map(xml_safe, args), **{k: xml_safe(v) for k, v in kwargs.items()}
        )


def _summary(speech: Speech) -> str:
    """Return a speech's facts and opening as HTML (type="html"): its text escaped."""
    facts = "；".join(
        part
        for part in (
            speech.date.strftime("%Y年%-m月%-d日") if speech.date else "",
            speech.speaker,
            speech.occasion,
            speech.source_site,
        )
        if part
    )
    excerpt = speech.excerpt.strip()
    if len(excerpt) >= SUMMARY_CHARS:
        excerpt += "……"
    lines = [facts, excerpt] if facts else [excerpt]
    return "<br>".join(escape(line).replace("\n", "<br>") for line in lines)


class LatestSpeechesFeed(Feed):
    """The speeches most recently added to the archive."""

    feed_type = ArchiveAtomFeed
    title = "讲话档案 · 新收录讲话"
    subtitle = "讲话档案最近收录的讲话"

    def link(self):
        return reverse("speeches:list")

    def items(self):
        return (
            Speech.objects.annotate(excerpt=Substr("body", 1, SUMMARY_CHARS))
            .defer("body", "raw_text")
            .order_by("-created_at", "-id")[:FEED_LENGTH]
        )

    def item_title(self, item: Speech) -> str:
        return item.title

    def item_description(self, item: Speech) -> str:
        return _summary(item)

    def item_pubdate(self, item: Speech) -> dt.datetime:
        return item.created_at

    def item_updateddate(self, item: Speech) -> dt.datetime:
        return item.updated_at


class SloganSpeechesFeed(LatestSpeechesFeed):
    """The speeches most recently added to the archive that use one slogan."""

    def get_object(self, request, pk: int) -> Slogan:
        return get_object_or_404(Slogan, pk=pk, status=Slogan.Status.ACCEPTED)

    def title(self, obj: Slogan) -> str:
        return f"讲话档案 · 提法“{obj.text}”"

    def subtitle(self, obj: Slogan) -> str:
        return f"最近收录的使用“{obj.text}”的讲话"

    def link(self, obj: Slogan) -> str:
        return obj.get_absolute_url()

    def items(self, obj: Slogan):
        return (
            Speech.objects.filter(
                Exists(Mention.objects.filter(speech=OuterRef("pk"), slogan=obj))
            )
            .annotate(excerpt=Substr("body", 1, SUMMARY_CHARS))
            .defer("body", "raw_text")
            .order_by("-created_at", "-id")[:FEED_LENGTH]
        )
