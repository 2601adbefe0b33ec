"""Reads of text reuse that the speech page, the comparison page and the API share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q

from speeches.models import Speech

from .models import Copy, PassageMember, Relation
from .rows import batches

RELATIVES = 8
# A speech whose text is (nearly) all inside another is contained in it: a
# speech reprinted in a compilation, a news item inside the day's bulletin.
CONTAINED_COVERAGE = 0.9
# What the pages show of the speeches they name.
SPEECH_FIELDS = ("id", "title", "date", "effective_date", "source_site")


@dataclass(frozen=True)
class ReusedPassage:
    """A passage of a speech's body that other speeches share, earliest of them first."""

    start: int
    end: int
    speech_ids: tuple[int, ...]


@dataclass(frozen=True)
class Relative:
    """A speech sharing text with another, and how much."""

    speech: Speech
    shared: int
    coverage: float
    copy: bool


@dataclass
class SpeechReuse:
    """All a speech page shows of a speech's reuse, read in four queries."""

    canonical: Speech | None = None  # set when the speech is a copy
    copies: list[Speech] = field(default_factory=list)
    passages: list[tuple[ReusedPassage, list[Speech]]] = field(default_factory=list)
    relatives: list[Relative] = field(default_factory=list)
    containers: list[Speech] = field(default_factory=list)
    contained: list[Speech] = field(default_factory=list)


def earliest_first(speeches) -> list:
    """Return speeches ordered by effective date (undated last), then id."""
    return sorted(
        speeches,
        key=lambda s: (s.effective_date is None, s.effective_date or dt.date.min, s.pk),
    )


def speech_group(speech_id: int) -> tuple[int, set[int]]:
    """Return the speech counted for a speech's copy group, and the whole group."""
    its_canonical = Copy.objects.filter(speech_id=speech_id).values("canonical_id")
    rows = Copy.objects.filter(
        Q(speech_id=speech_id)
        | Q(canonical_id=speech_id)
        | Q(canonical_id__in=its_canonical)
    ).values_list("speech_id", "canonical_id")
    canonical, group = speech_id, {speech_id}
    for copy_id, copy_canonical in rows:
        group |= {copy_id, copy_canonical}
        if copy_id == speech_id:
            canonical = copy_canonical
    return canonical, group


def _merged_passages(speech_id: int) -> list[tuple[int, int, set[int]]]:
    """Return a speech's shared passages in body order, overlapping ones merged.

    Each passage names the other speeches holding it (its Passage's members).
    """
    mine = list(
        PassageMember.objects.filter(speech_id=speech_id)
        .order_by("start", "end")
        .values_list("start", "end", "passage_id")
    )
    holders: dict[int, set[int]] = {passage: set() for _, _, passage in mine}
    for chunk in batches(holders):
        for passage, holder in PassageMember.objects.filter(
            passage_id__in=chunk
        ).values_list("passage_id", "speech_id"):
            holders[passage].add(holder)
    merged: list[tuple[int, int, set[int]]] = []
    for start, end, passage in mine:
        others = holders[passage] - {speech_id}
        if merged and start < merged[-1][1]:
            last_start, last_end, last_others = merged[-1]
            merged[-1] = (last_start, max(last_end, end), last_others | others)
        else:
            merged.append((start, end, others))
    return merged


def _speeches(ids: set[int]) -> dict[int, Speech]:
    """Return the speeches with these ids, with what pages show of them (no query
    when there are none)."""
    return Speech.objects.only(*SPEECH_FIELDS).in_bulk(list(ids)) if ids else {}


def reuse_record(speech_id: int) -> dict:
    """Return a speech's ``copies`` and ``reused`` as Contract 2 gives them.

    Copies and the speeches sharing each passage are listed earliest first.
    Overlapping passages shared with different speeches are one passage, shared
    with all of them.
    """
    _canonical, group = speech_group(speech_id)
    merged = _merged_passages(speech_id)
    named = _speeches(
        (group | {pk for _, _, others in merged for pk in others}) - {speech_id}
    )
    order = {s.pk: n for n, s in enumerate(earliest_first(named.values()))}
    return {
        "copies": sorted(group - {speech_id}, key=lambda pk: order.get(pk, 0)),
        "reused": [
            {
                "start": start,
                "end": end,
                "speeches": sorted(others, key=lambda pk: order.get(pk, 0)),
            }
            for start, end, others in merged
        ],
    }


def speech_copies(speech_id: int) -> list[int]:
    """Return the ids of the other copies of the same speech, earliest first."""
    return reuse_record(speech_id)["copies"]


def speech_reused(speech_id: int) -> list[ReusedPassage]:
    """Return the passages of a speech that other speeches share, in body order."""
    return [
        ReusedPassage(passage["start"], passage["end"], tuple(passage["speeches"]))
        for passage in reuse_record(speech_id)["reused"]
    ]


def speech_reuse(speech_id: int, *, relatives: int = RELATIVES) -> SpeechReuse:
    """Return a speech's copies, shared passages, relatives and containment."""
    canonical, group = speech_group(speech_id)
    merged = _merged_passages(speech_id)
    relations = list(
        Relation.objects.filter(
            Q(speech_id=speech_id)
            | Q(other_id=speech_id, copy=False, coverage__gte=CONTAINED_COVERAGE)
        ).values_list(
            "speech_id",
            "other_id",
            "shared",
            "coverage",
            "copy",
            "other__copy_entry__canonical_id",
        )
    )
    ids = group | {pk for _, _, others in merged for pk in others}
    ids |= {pk for row in relations for pk in row[:2]}
    named = _speeches(ids - {speech_id})
    order = {s.pk: n for n, s in enumerate(earliest_first(named.values()))}

    def listed(pks) -> list[Speech]:
        return sorted(
            (named[pk] for pk in pks if pk in named), key=lambda s: order[s.pk]
        )

    mine = [row[:5] for row in relations if row[0] == speech_id]
    # A group of copies is one relative (its counted speech), and the speech's
    # own copies are listed as copies, not as relatives.
    counted = [
        row[:5]
        for row in relations
        if row[0] == speech_id and row[1] not in group and row[5] is None
    ]
    ranked = sorted(counted, key=lambda row: (-row[2], order.get(row[1], 0)))
    return SpeechReuse(
        canonical=named.get(canonical) if canonical != speech_id else None,
        copies=listed(group - {speech_id}),
        passages=[
            (
                ReusedPassage(start, end, tuple(s.pk for s in listed(others))),
                listed(others),
            )
            for start, end, others in merged
        ],
        relatives=[
            Relative(named[other], shared, share, copy)
            for _, other, shared, share, copy in ranked[:relatives]
            if other in named
        ],
        containers=listed(
            other
            for _, other, _, share, copy in mine
            if not copy and share >= CONTAINED_COVERAGE
        ),
        contained=listed(row[0] for row in relations if row[1] == speech_id),
    )


def speech_relatives(speech_id: int, *, limit: int = RELATIVES) -> list[Relative]:
    """Return the speeches sharing most text with a speech, most first."""
    return speech_reuse(speech_id, relatives=limit).relatives
