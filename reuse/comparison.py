"""Two speeches side by side: their shared passages aligned, their slogans compared."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.safestring import SafeString

from speeches.marking import render_paragraphs
from speeches.models import Slogan, Speech
from speeches.selectors import speech_linked_slogans

from .alignment import Hashed, Match, align
from .fingerprints import Folded, fold_with_offsets, shingle_hashes

# The comparison page shows shorter shared passages than the archive stores:
# a reader looking at two texts wants every shared clause, not only reuse.
COMPARE_MIN_PASSAGE = 20
# "128", "#128", "/speeches/128/", "https://…/s/128": a speech named by id or address.
SPEECH_REFERENCE = re.compile(r"(?:^|/s/|/speeches/|#)(?P<id>\d{1,18})(?:/|$|#|\?)")


def speech_id_from(value: str) -> int | None:
    """Return the speech id a reader typed: a number or the address of a speech."""
    value = (value or "").strip()
    if value.isdecimal() and len(value) <= 18:
        return int(value)
    match = SPEECH_REFERENCE.search(value)
    return int(match["id"]) if match else None


@dataclass(frozen=True)
class Row:
    """One row of the side-by-side view: a passage of each speech."""

    shared: bool
    left: SafeString
    right: SafeString


@dataclass(frozen=True)
class Comparison:
    rows: list[Row]
    shared_chars: int
    left_coverage: float
    right_coverage: float
    only_left: list[Slogan]
    only_right: list[Slogan]
    both: list[Slogan]


def _body_span(folded: Folded, start: int, end: int) -> tuple[int, int]:
    return folded.source_span(start, end)


def _marked(
    body: str, start: int, end: int, spans: list[tuple[int, int]]
) -> SafeString:
    """Render body[start:end] as paragraphs, marking the spans inside it."""
    text = body[start:end]
    marks = []
    for span_start, span_end in spans:
        low, high = max(span_start, start) - start, min(span_end, end) - start
        position = low
        # A mark may not hold a line break: one mark per line piece.
        while position < high:
            line_end = text.find("\n", position, high)
            stop = high if line_end == -1 else line_end
            if stop > position:
                marks.append((position, stop))
            position = stop + 1
    return render_paragraphs(text, marks=sorted(marks))


def _chain(matches: list[Match]) -> list[Match]:
    """Return the matches that keep both texts' order (a heaviest increasing chain)."""
    ordered = sorted(matches, key=lambda m: (m.a_start, m.b_start))
    best: list[tuple[int, int]] = []  # (weight, previous index)
    for index, match in enumerate(ordered):
        weight, previous = match.length, -1
        for before in range(index):
            other = ordered[before]
            if (
                other.a_end <= match.a_start
                and other.b_end <= match.b_start
                and best[before][0] + match.length > weight
            ):
                weight, previous = best[before][0] + match.length, before
        best.append((weight, previous))
    if not best:
        return []
    index = max(range(len(best)), key=lambda i: best[i][0])
    chain = []
    while index != -1:
        chain.append(ordered[index])
        index = best[index][1]
    return chain[::-1]


def compare_speeches(left: Speech, right: Speech) -> Comparison:
    """Return two speeches aligned passage by passage, and their slogans compared."""
    left_folded, right_folded = (
        fold_with_offsets(left.body),
        fold_with_offsets(right.body),
    )
    matches = align(
        Hashed.of(shingle_hashes(left_folded.text)),
        Hashed.of(shingle_hashes(right_folded.text)),
        min_passage=COMPARE_MIN_PASSAGE,
    )
    left_spans = sorted(_body_span(left_folded, m.a_start, m.a_end) for m in matches)
    right_spans = sorted(_body_span(right_folded, m.b_start, m.b_end) for m in matches)
    rows: list[Row] = []
    left_at = right_at = 0
    for match in _chain(matches):
        left_start, left_end = _body_span(left_folded, match.a_start, match.a_end)
        right_start, right_end = _body_span(right_folded, match.b_start, match.b_end)
        left_start, right_start = max(left_start, left_at), max(right_start, right_at)
        if (
            left.body[left_at:left_start].strip()
            or right.body[right_at:right_start].strip()
        ):
            rows.append(
                Row(
                    False,
                    _marked(left.body, left_at, left_start, left_spans),
                    _marked(right.body, right_at, right_start, right_spans),
                )
            )
        rows.append(
            Row(
                True,
                _marked(left.body, left_start, left_end, left_spans),
                _marked(right.body, right_start, right_end, right_spans),
            )
        )
        left_at, right_at = max(left_at, left_end), max(right_at, right_end)
    if left.body[left_at:].strip() or right.body[right_at:].strip():
        rows.append(
            Row(
                False,
                _marked(left.body, left_at, len(left.body), left_spans),
                _marked(right.body, right_at, len(right.body), right_spans),
            )
        )
    left_slogans = {s.pk: s for s in speech_linked_slogans(left)}
    right_slogans = {s.pk: s for s in speech_linked_slogans(right)}
    shared = sum(m.a_end - m.a_start for m in matches)
    return Comparison(
        rows=rows,
        shared_chars=shared,
        left_coverage=_covered(left_spans, len(left.body.strip()) or 1),
        right_coverage=_covered(right_spans, len(right.body.strip()) or 1),
        only_left=[s for pk, s in left_slogans.items() if pk not in right_slogans],
        only_right=[s for pk, s in right_slogans.items() if pk not in left_slogans],
        both=[s for pk, s in left_slogans.items() if pk in right_slogans],
    )


def _covered(spans: list[tuple[int, int]], length: int) -> float:
    covered = reach = 0
    for start, end in spans:
        start = max(start, reach)
        if end > start:
            covered += end - start
            reach = end
    return min(1.0, covered / length)
