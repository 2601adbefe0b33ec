"""Reads of the archive that views, feeds, exports and the API share.

Only published (accepted) slogans are ever returned: a pending or rejected slogan is
invisible to the public.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q, QuerySet
from django.db.models.functions import ExtractYear

from .models import Mention, Section, Slogan, Speech
from .parsing.slogans import extends

ACCEPTED = Slogan.Status.ACCEPTED
# Copies of one speech (text reuse, reuse.Copy) count once: only the speech counted
# for each group has no copy row.
COUNTED = Q(speech__copy_entry__isnull=True)
COUNTED_MENTIONS = Q(mentions__speech__copy_entry__isnull=True)

# Columns a list of speeches shows; the body and the raw text stay in the database.
SPEECH_ROW_FIELDS = (
    "id",
    "title",
    "date",
    "delivered",
    "effective_date",
    "speaker",
    "occasion",
    "admin_level",
    "source_site",
    "source_url",
    "truncated",
)


def section_tree(speech: Speech) -> list[dict]:
    """Return a speech's sections as nested dicts in the shape of Contract 1, with ids."""
    nodes: dict[int, dict] = {}
    roots: list[dict] = []
    for section in Section.objects.filter(speech=speech).order_by("position"):
        node = {
            "id": section.pk,
            "level": section.level,
            "label": section.label,
            "ordinal": section.ordinal,
            "heading": section.heading,
            "anchor": section.anchor,
            "text": section.text,
            "children": [],
        }
        nodes[section.pk] = node
        parent = nodes.get(section.parent_id)
        (parent["children"] if parent else roots).append(node)
    return roots


def speech_slogans(speech: Speech) -> list[str]:
    """Return the published slogans a speech uses on its own, in order of first use,
    each in the speech's own words (一个国家，两种制度 for 一国两制).

    A slogan met only inside a longer one (双报到 in 双报到双服务) is not listed; a later
    wording that continues the first (创新驱动发展战略 after 创新驱动发展) is listed in
    its stead, as the parser lists it (``slogans.extends``).
    """
    seen: dict[int, str] = {}
    for slogan_id, words, text in (
        speech.mentions.filter(slogan__status=ACCEPTED, nested=False)
        .order_by("offset", "-id")
        .values_list("slogan_id", "text", "slogan__text")
    ):
        first = seen.setdefault(slogan_id, words or text)
        if extends(words or text, first):
            seen[slogan_id] = words or text
    return list(dict.fromkeys(seen.values()))


# --- the archive as a whole -------------------------------------------------------


def archive_counts() -> dict[str, int]:
    """Return how many speeches, sections and accepted slogans the archive holds."""
    return {
        "speeches": Speech.objects.count(),
        "sections": Section.objects.count(),
        "slogans": Slogan.objects.filter(status=ACCEPTED).count(),
    }


def speeches_latest(*, limit: int = 8) -> QuerySet[Speech]:
    """Return the speeches with the newest dates, undated ones last."""
    return Speech.objects.only(*SPEECH_ROW_FIELDS).order_by(
        F("effective_date").desc(nulls_last=True), "-id"
    )[:limit]


# --- lists of speeches ------------------------------------------------------------


@dataclass(frozen=True)
class SpeechFilters:
    """What a reader narrowed the speech list to, and how it is ordered."""

    year: int | None = None
    level: str = ""
    site: str = ""
    speaker: str = ""
    has_slogan: bool = False
    sort: str = "newest"

    SORTS = {
        "newest": "日期（新→旧）",
        "oldest": "日期（旧→新）",
        "title": "标题",
    }

    @property
    def active(self) -> bool:
        return bool(
            self.year or self.level or self.site or self.speaker or self.has_slogan
        )


def speech_list(*, filters: SpeechFilters) -> QuerySet[Speech]:
    """Return the speeches that pass the filters, in the order asked for."""
    speeches = Speech.objects.only(*SPEECH_ROW_FIELDS)
    if filters.year:  # the year it was given where the text says, else published
        speeches = speeches.filter(
            effective_date__gte=dt.date(filters.year, 1, 1),
            effective_date__lt=dt.date(filters.year + 1, 1, 1),
        )
    if filters.level:
        speeches = speeches.filter(admin_level=filters.level)
    if filters.site:
        speeches = speeches.filter(source_site=filters.site)
    if filters.speaker:
        speeches = speeches.filter(speaker=filters.speaker)
    if filters.has_slogan:
        speeches = speeches.filter(
            Exists(
                Mention.objects.filter(speech=OuterRef("pk"), slogan__status=ACCEPTED)
            )
        )
    if filters.sort == "oldest":
        return speeches.order_by(F("effective_date").asc(nulls_last=True), "id")
    if filters.sort == "title":
        return speeches.order_by("title", "id")
    return speeches.order_by(F("effective_date").desc(nulls_last=True), "-id")


def speech_filter_options() -> dict[str, list]:
    """Return the values each speech filter offers, with how many speeches have each."""

    def counted(field: str) -> list[tuple[str, int]]:
        return list(
            Speech.objects.exclude(**{field: ""})
            .values_list(field)
            .annotate(count=Count("id"))
            .order_by("-count", field)
        )

    return {
        "years": [
            day.year
            for day in Speech.objects.dates("effective_date", "year", order="DESC")
        ],
        "levels": counted("admin_level"),
        "sites": counted("source_site"),
        "speakers": counted("speaker"),
    }


def speeches_top_slogans(
    speech_ids: list[int], *, per_speech: int = 3
) -> dict[int, list[dict]]:
    """Return each speech's most mentioned accepted slogans, in one query."""
    rows = (
        Mention.objects.filter(speech_id__in=speech_ids, slogan__status=ACCEPTED)
        .values("speech_id", "slogan_id", "slogan__text")
        .annotate(count=Count("id"))
        .order_by("speech_id", "-count", "slogan__text")
    )
    tops: dict[int, list[dict]] = defaultdict(list)
    for row in rows:
        if len(tops[row["speech_id"]]) < per_speech:
            tops[row["speech_id"]].append(
                {"id": row["slogan_id"], "text": row["slogan__text"]}
            )
    return tops


# --- one speech -------------------------------------------------------------------


def speech_sections(speech: Speech) -> list[Section]:
    """Return a speech's sections in document order."""
    return list(
        Section.objects.filter(speech=speech)
        .order_by("position")
        .only(
            "id",
            "parent_id",
            "level",
            "label",
            "heading",
            "text",
            "anchor",
            "start_offset",
        )
    )


def speech_linked_slogans(speech: Speech) -> list[Slogan]:
    """Return the accepted slogans mentioned in a speech, most mentioned first."""
    return list(
        Slogan.objects.filter(status=ACCEPTED, mentions__speech=speech)
        .annotate(count=Count("mentions"))
        .order_by("-count", "text")
    )


def speech_mentions(speech: Speech) -> list[tuple[int, int, str]]:
    """Return (offset, slogan id, words) of each accepted slogan's mention, in order.

    The words are those printed at the offset: a merged variant's mention counts for
    its canonical slogan but keeps its own wording.
    """
    return list(
        Mention.objects.filter(speech=speech, slogan__status=ACCEPTED)
        .order_by("offset")
        .values_list("offset", "slogan_id", "text")
    )


def slogan_canonical(slogan: Slogan) -> Slogan | None:
    """Return the accepted slogan a merged variant now counts for, or None."""
    seen = {slogan.pk}
    while slogan.status == Slogan.Status.MERGED and slogan.canonical_id is not None:
        if slogan.canonical_id in seen:
            return None
        seen.add(slogan.canonical_id)
        # Whole rows: callers show the slogan that is returned (text, link).
        slogan = Slogan.objects.get(pk=slogan.canonical_id)
    return slogan if slogan.status == ACCEPTED else None


def speeches_related(speech: Speech, *, limit: int = 6) -> list[Speech]:
    """Return the speeches that share most accepted slogans with a speech.

    Each group of copies appears once (its counted speech), and never the
    speech's own group.
    """
    own_slogans = Mention.objects.filter(speech=speech, slogan__status=ACCEPTED).values(
        "slogan_id"
    )
    return list(
        Speech.objects.exclude(pk__in=speech_group(speech.pk).values("pk"))
        .filter(copy_entry__isnull=True)
        .filter(mentions__slogan_id__in=own_slogans)
        .annotate(shared=Count("mentions__slogan", distinct=True))
        .only("id", "title", "date", "effective_date")
        .order_by("-shared", F("effective_date").desc(nulls_last=True), "id")[:limit]
    )


def speech_group(speech_id: int) -> QuerySet[Speech]:
    """Return a speech and the other copies of the same speech (text reuse)."""
    its_canonical = Speech.objects.filter(pk=speech_id).values(
        "copy_entry__canonical_id"
    )
    return Speech.objects.filter(
        Q(pk=speech_id)
        | Q(pk__in=its_canonical)
        | Q(copy_entry__canonical_id=speech_id)
        | Q(copy_entry__canonical_id__in=its_canonical)
    )


# --- slogans ----------------------------------------------------------------------


def slogans_with_usage() -> QuerySet[Slogan]:
    """Return published slogans with their speech and mention counts and first/last use.

    Every count of the slogan pages goes through here: a speech counts once however
    often it says the slogan (an anthology of a thousand pages cannot dominate), a
    use inside a longer formula counts (双报到 in 双报到双服务), and first and last
    use follow the speeches' effective dates, undated speeches left out.
    """
    return Slogan.objects.filter(status=ACCEPTED).annotate(
        mention_count=Count("mentions", filter=COUNTED_MENTIONS),
        speech_count=Count("mentions__speech", distinct=True, filter=COUNTED_MENTIONS),
        first_date=Min("mentions__speech__effective_date", filter=COUNTED_MENTIONS),
        last_date=Max("mentions__speech__effective_date", filter=COUNTED_MENTIONS),
    )


SLOGAN_SORTS = {
    "speeches": ("讲话数", ("-speech_count", "-mention_count", "text")),
    "mentions": ("出现次数", ("-mention_count", "-speech_count", "text")),
    "newest": ("首次使用（新→旧）", (F("first_date").desc(nulls_last=True), "text")),
    "oldest": ("首次使用（旧→新）", (F("first_date").asc(nulls_last=True), "text")),
    "name": ("名称", ("text",)),
}


def slogan_list(
    *, kind: str = "", sort: str = "speeches", q: str = ""
) -> QuerySet[Slogan]:
    """Return published slogans with usage, narrowed by kind and by words they
    contain, in the asked order."""
    slogans = slogans_with_usage()
    if kind:
        slogans = slogans.filter(kind=kind)
    for word in q.split():
        slogans = slogans.filter(text__contains=word)
    _, ordering = SLOGAN_SORTS.get(sort, SLOGAN_SORTS["speeches"])
    return slogans.order_by(*ordering)


def slogans_most_used(*, limit: int = 10) -> QuerySet[Slogan]:
    """Return the published slogans used in most speeches."""
    return slogan_list(sort="speeches")[:limit]


def slogans_newest(*, limit: int = 10) -> QuerySet[Slogan]:
    """Return the published slogans whose first dated use is the most recent."""
    return slogan_list(sort="newest").filter(first_date__isnull=False)[:limit]


def slogans_containing(slogan: Slogan, *, limit: int = 20) -> QuerySet[Slogan]:
    """Return the published longer formulas that hold a slogan (双报到双服务 for 双报到)."""
    return (
        slogans_with_usage()
        .filter(text__contains=slogan.text)
        .exclude(pk=slogan.pk)
        .order_by("-speech_count", "text")[:limit]
    )


@dataclass(frozen=True)
class YearUsage:
    year: int
    speeches: int
    mentions: int


def slogan_usage_by_year(slogan: Slogan) -> list[YearUsage]:
    """Return a slogan's speeches and mentions per year of the speeches' effective
    dates, every year of its span; undated speeches are left out."""
    rows = (
        Mention.objects.filter(
            COUNTED, slogan=slogan, speech__effective_date__isnull=False
        )
        .annotate(year=ExtractYear("speech__effective_date"))
        .values("year")
        .annotate(speeches=Count("speech", distinct=True), mentions=Count("id"))
        .order_by("year")
    )
    by_year = {row["year"]: row for row in rows}
    if not by_year:
        return []
    return [
        YearUsage(
            year=year,
            speeches=by_year.get(year, {}).get("speeches", 0),
            mentions=by_year.get(year, {}).get("mentions", 0),
        )
        for year in range(min(by_year), max(by_year) + 1)
    ]


def slogan_companions(slogan: Slogan, *, limit: int = 12) -> list[Slogan]:
    """Return the accepted slogans that share most speeches with a slogan."""
    its_speeches = Mention.objects.filter(COUNTED, slogan=slogan).values("speech_id")
    return list(
        Slogan.objects.filter(status=ACCEPTED, mentions__speech_id__in=its_speeches)
        .exclude(pk=slogan.pk)
        .annotate(shared=Count("mentions__speech", distinct=True))
        .order_by("-shared", "text")[:limit]
    )


def slogan_mentions(slogan: Slogan) -> QuerySet[Mention]:
    """Return every mention of a slogan with its speech and section, oldest first."""
    return (
        Mention.objects.filter(slogan=slogan)
        .select_related("speech", "section")
        .only(
            "id",
            "offset",
            "text",
            "context",
            "speech__id",
            "speech__title",
            "speech__date",
            "speech__effective_date",
            "section__id",
            "section__label",
            "section__heading",
            "section__anchor",
        )
        .order_by(
            F("speech__effective_date").asc(nulls_last=True), "speech_id", "offset"
        )
    )
