"""Reads of text reuse that the speech page, the comparison page and the API share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import F

from speeches.models import Speech

from .models import Copy, Relation, SharedPassage

RELATIVES = 8
# A speech whose text is (nearly) all inside another is contained in it: a
# speech reprinted in a compilation, a news item inside the day's bulletin.
CONTAINED_COVERAGE = 0.9


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


def _earliest_first(speech_ids) -> list[int]:
    """Return speech ids ordered by effective date (undated last), then id."""
    rows = Speech.objects.filter(pk__in=list(speech_ids)).values_list(
        "pk", "effective_date"
    )
    return [
        pk
        for pk, day in sorted(
            rows, key=lambda row: (row[1] is None, row[1] or dt.date.min, row[0])
        )
    ]


def canonical_id(speech_id: int) -> int:
    """Return the id of the speech counted for a speech's copy group."""
    copy = Copy.objects.filter(speech_id=speech_id).values_list("canonical_id").first()
    return copy[0] if copy else speech_id


def speech_copies(speech_id: int) -> list[int]:
    """Return the ids of the other copies of the same speech, earliest first."""
    canonical = canonical_id(speech_id)
    group = {canonical} | set(
        Copy.objects.filter(canonical_id=canonical).values_list("speech_id", flat=True)
    )
    group.discard(speech_id)
    return _earliest_first(group) if group else []


def speech_reused(speech_id: int) -> list[ReusedPassage]:
    """Return the passages of a speech that other speeches share, in body order.

    Overlapping passages shared with different speeches are one passage, shared
    with all of them.
    """
    rows = (
        SharedPassage.objects.filter(speech_id=speech_id)
        .order_by("start", "end")
        .values_list("start", "end", "other_id")
    )
    merged: list[tuple[int, int, set[int]]] = []
    for start, end, other in rows:
        if merged and start < merged[-1][1]:
            last_start, last_end, others = merged[-1]
            merged[-1] = (last_start, max(last_end, end), others | {other})
        else:
            merged.append((start, end, {other}))
    order = {
        pk: index
        for index, pk in enumerate(
            _earliest_first({other for _, _, others in merged for other in others})
        )
    }
    return [
        ReusedPassage(start, end, tuple(sorted(others, key=order.__getitem__)))
        for start, end, others in merged
    ]


def speech_relatives(speech_id: int, *, limit: int = RELATIVES) -> list[Relative]:
    """Return the speeches sharing most text with a speech, most first."""
    relations = list(
        Relation.objects.filter(speech_id=speech_id)
        .select_related("other")
        .only(
            "shared",
            "coverage",
            "copy",
            "other__id",
            "other__title",
            "other__date",
            "other__effective_date",
            "other__source_site",
        )
        .order_by("-shared", F("other__effective_date").asc(nulls_last=True), "other")[
            :limit
        ]
    )
    return [
        Relative(relation.other, relation.shared, relation.coverage, relation.copy)
        for relation in relations
    ]


def speech_containment(speech_id: int, *, inside: bool) -> list[Speech]:
    """Return the speeches (not copies) that hold nearly all of a speech's text
    (``inside``), or whose text the speech holds nearly all of; earliest first."""
    mine, theirs = ("speech", "other") if inside else ("other", "speech")
    return [
        getattr(relation, theirs)
        for relation in Relation.objects.filter(
            **{f"{mine}_id": speech_id},
            copy=False,
            coverage__gte=CONTAINED_COVERAGE,
        )
        .select_related(theirs)
        .only(
            *(f"{theirs}__{name}" for name in ("id", "title", "date", "effective_date"))
        )
        .order_by(F(f"{theirs}__effective_date").asc(nulls_last=True), theirs)
    ]


def speech_pair_passages(first_id: int, second_id: int) -> list[SharedPassage]:
    """Return the passages of one speech that a second shares, in the first's order."""
    return list(
        SharedPassage.objects.filter(speech_id=first_id, other_id=second_id).order_by(
            "start", "other_start"
        )
    )


def reuse_record(speech_id: int) -> dict:
    """Return a speech's ``copies`` and ``reused`` as Contract 2 gives them."""
    return {
        "copies": speech_copies(speech_id),
        "reused": [
            {
                "start": passage.start,
                "end": passage.end,
                "speeches": list(passage.speech_ids),
            }
            for passage in speech_reused(speech_id)
        ],
    }
