"""Exact alignment of the text two folded texts share, from their shingle hashes.

Pure: numpy, no Django. Two texts share a shingle at (i, j) when the k characters at
i in one equal those at j in the other. Consecutive shared shingles on one diagonal
(j - i constant) are one exact common run; runs close together on nearly the same
diagonal are one passage with a few characters changed, added or dropped (another
source's typo, a full-width comma). A passage is kept when it spans at least
MIN_PASSAGE characters in both texts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .fingerprints import SHINGLE

# A passage shorter than this (folded characters) is a shared phrase, not reuse:
# a stock formula of twenty characters recurs in every work report.
MIN_PASSAGE = 50
# Runs further apart than this are two passages (a changed character breaks
# SHINGLE shingles; a few changes close together break a few times that).
MAX_GAP = 4 * SHINGLE
# Most of a passage is text both hold: two short shared clauses around a clause
# each text words its own way are not one passage.
MIN_SHARED_SHARE = 0.85
# Shared runs of fewer shingles than this are left out before chaining.
MIN_RUN = 4
# Runs whose diagonals differ by more than this are not one passage with edits.
MAX_SHIFT = 8
# A shingle occurring more often than this in the other text ("，要", repeated
# headings) only adds runs of its own repeats: the first occurrences are enough.
MAX_OCCURRENCES = 16


@dataclass(frozen=True)
class Match:
    """A passage two texts share: [a_start, a_end) in one, [b_start, b_end) in the other."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    exact: bool  # one exact run: the two passages are the same characters
    runs: int = 1  # exact runs chained into the passage: its edits plus one

    @property
    def length(self) -> int:
        return min(self.a_end - self.a_start, self.b_end - self.b_start)


@dataclass(frozen=True)
class Hashed:
    """A text's shingle hashes, with their sorting order and the sorted values."""

    hashes: np.ndarray
    order: np.ndarray
    ordered: np.ndarray

    @classmethod
    def of(cls, hashes: np.ndarray) -> Hashed:
        order = np.argsort(hashes, kind="stable")
        return cls(hashes, order, hashes[order])


def shared_shingles(a: Hashed, b: Hashed) -> tuple[np.ndarray, np.ndarray]:
    """Return the positions (i, j) where a.hashes[i] == b.hashes[j]."""
    if len(a.hashes) == 0 or len(b.hashes) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    # Both sides sorted: the searches walk b once, in order.
    left = np.searchsorted(b.ordered, a.ordered, side="left")
    right = np.searchsorted(b.ordered, a.ordered, side="right")
    counts = np.minimum(right - left, MAX_OCCURRENCES)
    present = np.nonzero(counts)[0]
    if len(present) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    repeats = counts[present]
    i = a.order[np.repeat(present, repeats)]
    # For each match, its offset 0..count-1 in its block of equal values in b.
    firsts = np.repeat(left[present], repeats)
    within = np.arange(len(i)) - np.repeat(np.cumsum(repeats) - repeats, repeats)
    j = b.order[firsts + within]
    return i.astype(np.int64), j.astype(np.int64)


def exact_runs(i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Return the runs of consecutive shared shingles on one diagonal.

    Rows of (first i, last i, diagonal j - i), sorted by first i.
    """
    if len(i) == 0:
        return np.zeros((0, 3), np.int64)
    diagonal = j - i
    order = np.lexsort((i, diagonal))
    i, diagonal = i[order], diagonal[order]
    breaks = np.nonzero((np.diff(i) != 1) | (np.diff(diagonal) != 0))[0] + 1
    starts = np.concatenate(([0], breaks))
    ends = np.concatenate((breaks, [len(i)])) - 1
    runs = np.stack([i[starts], i[ends], diagonal[starts]], axis=1)
    return runs[np.lexsort((runs[:, 2], runs[:, 0]))]


def align(a: Hashed, b: Hashed, *, min_passage: int = MIN_PASSAGE) -> list[Match]:
    """Return the passages two texts share, given their shingle hashes, by a_start."""
    runs = exact_runs(*shared_shingles(a, b))
    # A run of a few shingles is a common phrase ("的重要讲话"), not part of reuse.
    runs = runs[runs[:, 1] - runs[:, 0] + 1 >= MIN_RUN]
    k = SHINGLE
    # Chain runs greedily: each run extends the open passage whose end it follows
    # closely on a near diagonal, else opens a passage of its own.
    # [a_start, a_end, b_start, b_end, exact, runs, characters inside runs]
    open_passages: list[list] = []
    done: list[list] = []
    for first, last, diagonal in runs.tolist():
        a_start, a_end = first, last + k
        b_start, b_end = first + diagonal, last + diagonal + k
        extended = False
        still_open = []
        for passage in open_passages:
            if a_start - passage[1] > MAX_GAP:
                done.append(passage)
                continue
            still_open.append(passage)
            if extended:
                continue
            shift = (b_start - a_start) - (passage[2] - passage[0])
            if (
                abs(shift) <= MAX_SHIFT
                and a_end > passage[1]
                and b_end > passage[3]
                and -k <= b_start - passage[3] <= MAX_GAP
            ):
                passage[4] = False  # a second run: something differs between
                passage[5] += 1
                passage[6] += a_end - max(a_start, passage[1])
                passage[1] = a_end
                passage[3] = b_end
                extended = True
        open_passages = still_open
        if not extended:
            open_passages.append(
                [a_start, a_end, b_start, b_end, True, 1, a_end - a_start]
            )
    done.extend(open_passages)
    matches = [
        Match(*passage[:6])
        for passage in done
        if passage[1] - passage[0] >= min_passage
        and passage[3] - passage[2] >= min_passage
        and passage[6] >= MIN_SHARED_SHARE * (passage[1] - passage[0])
    ]
    return sorted(matches, key=lambda match: (match.a_start, match.b_start))


def coverage(matches: list[Match], length: int, *, side: str = "a") -> float:
    """Return the share of a text's characters inside the matches (on side a or b)."""
    if length <= 0:
        return 0.0
    spans = sorted(
        (m.a_start, m.a_end) if side == "a" else (m.b_start, m.b_end) for m in matches
    )
    covered = 0
    reach = 0
    for start, end in spans:
        start = max(start, reach)
        if end > start:
            covered += end - start
            reach = end
    return covered / length
