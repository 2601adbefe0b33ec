"""Recurring runs of Chinese characters across many texts, counted in bounded memory.

Discovery needs, for every run of 4 to 10 characters that recurs in enough texts,
how many texts use it, how often, which characters stand before and after it, and
how many texts use its two halves. Counted with Python dictionaries of strings this
took 1.3 GB for a thousand evening bulletins. Here each text becomes 16-bit codes, a
run of n characters a 64-bit polynomial hash of them, and every count a sort of
numpy arrays: level by level (Apriori: a run of n characters recurs in enough texts
only if both of its runs of n - 1 do), one share of the hashes at a time (their top
bits), one chunk of whole texts at a time. No Django here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np

# Clauses: runs of Chinese characters between punctuation, digits and Latin letters.
CLAUSE = re.compile(r"[\u4e00-\u9fff]{4,}")
# Between clauses and texts (never a character of a clause)
SEPARATOR = 0
# An odd 64-bit multiplier: a run's hash is sum(code * HASH_BASE ** k), wrapping
HASH_BASE = np.uint64(0x9E3779B97F4A7C15)
# Positions hashed per step, and runs counted per share of the hashes: together
# they bound the memory of every sort
CHUNK_POSITIONS = 1_000_000
SHARE_POSITIONS = 4_000_000
# Texts read between two calls of ``step``
STEP_TEXTS = 1_000


@dataclass(frozen=True)
class Run:
    """A run that recurs in enough texts, with what discovery judges it by."""

    text: str
    speeches: int  # texts that use it
    occurrences: int  # uses in all texts
    half_speeches: int  # texts using the more used of its two halves (0: none)
    left_entropy: float  # of the characters before it (clause start counts as one)
    right_entropy: float


class Corpus:
    """Texts as one array of character codes, clauses and texts apart."""

    def __init__(self, texts: Iterable[str]):
        codes, firsts, length = [], [], 0
        for text in texts:
            clauses = CLAUSE.findall(text)
            if not clauses:
                continue
            joined = "\0".join(clauses) + "\0"
            array = np.frombuffer(joined.encode("utf-16-le"), dtype=np.uint16)
            codes.append(array)
            firsts.append(length)
            length += len(array)
        self.codes = np.concatenate(codes) if codes else np.zeros(0, np.uint16)
        self.text_starts = np.array(firsts, dtype=np.int64)
        # Chunks end where a text ends, so that a text's runs are counted in one
        self.chunk_ends = _chunk_ends(self.text_starts, length)

    @property
    def characters(self) -> int:
        """Return how many characters the clauses hold."""
        return int(np.count_nonzero(self.codes))

    def owner(self, positions: np.ndarray) -> np.ndarray:
        """Return the number of the text each position is in."""
        return np.searchsorted(self.text_starts, positions, side="right") - 1

    def hashes(self, starts: np.ndarray, size: int) -> np.ndarray:
        """Return the hash of the run of ``size`` characters at each start."""
        value = np.zeros(len(starts), dtype=np.uint64)
        with np.errstate(over="ignore"):
            for offset in range(size):
                code = self.codes[starts + offset].astype(np.uint64)
                value = value * HASH_BASE + code
        return value

    def text(self, start: int, size: int) -> str:
        return self.codes[start : start + size].tobytes().decode("utf-16-le")

    def chunks(self, starts: np.ndarray) -> Iterator[np.ndarray]:
        """Yield the starts (sorted) a chunk of whole texts at a time."""
        previous = 0
        for bound in np.searchsorted(starts, self.chunk_ends):
            if bound > previous:
                yield starts[previous:bound]
            previous = bound
        if previous < len(starts):
            yield starts[previous:]


def _chunk_ends(text_starts: np.ndarray, total: int) -> list[int]:
    ends, last = [], 0
    for start in [*text_starts[1:].tolist(), total]:
        if start - last >= CHUNK_POSITIONS:
            ends.append(start)
            last = start
    return ends


def recurring_runs(
    texts: Iterable[str],
    *,
    min_texts: int,
    min_chars: int,
    max_chars: int,
    min_cohesion: float = 0.0,
    min_entropy: float = 0.0,
    step: Callable[[], None] | None = None,
) -> tuple[list[Run], int]:
    """Return the runs of min_chars..max_chars characters used in at least min_texts
    texts, with their counts, and the number of characters the clauses hold.

    Only runs that hold together are returned (used in at least ``min_cohesion``
    of the texts that use its more used half; a run of min_chars has no counted
    halves) with at least ``min_entropy`` of neighbours on each side: the longer
    levels are still counted from every recurring run. ``step`` is called after
    reading every thousand texts and after each share of each level.
    """
    limits = (min_cohesion, min_entropy)
    corpus = Corpus(_stepping(texts, step))
    starts = _windows(corpus.codes, min_chars)
    runs: list[Run] = []
    previous: tuple[np.ndarray, np.ndarray] | None = None  # (sorted keys, their df)
    for size in range(min_chars, max_chars + 1):
        if not len(starts):
            break
        used = np.zeros(len(corpus.codes) + 1, dtype=bool)
        level_keys, level_df = [], []
        shares = max(1, -(-len(starts) // SHARE_POSITIONS))
        for share in range(shares):
            keys, df = _text_frequencies(corpus, starts, size, share, shares)
            frequent = df >= min_texts
            keys, df = keys[frequent], df[frequent]
            if len(keys):
                runs += _describe(
                    corpus, starts, size, keys, df, previous, used, limits
                )
                level_keys.append(keys)
                level_df.append(df)
            if step:
                step()
        if not level_keys:
            break
        # Shares follow the hashes' top bits: joined in order, the keys stay sorted.
        previous = (np.concatenate(level_keys), np.concatenate(level_df))
        # Apriori: the next level starts where this level's run and the one after
        # it are both frequent
        starts = np.flatnonzero(used[:-1] & used[1:]).astype(np.int32)
        starts = starts[starts + size + 1 <= len(corpus.codes)]
    return runs, corpus.characters


def _stepping(texts: Iterable[str], step: Callable[[], None] | None):
    for number, text in enumerate(texts, 1):
        if step and number % STEP_TEXTS == 0:
            step()
        yield text


def _windows(codes: np.ndarray, size: int) -> np.ndarray:
    """Return where a run of ``size`` characters inside one clause starts."""
    found = []
    for begin in range(0, len(codes), CHUNK_POSITIONS):
        part = codes[begin : begin + CHUNK_POSITIONS + size - 1] != SEPARATOR
        if len(part) < size:
            break
        inside = part[: len(part) - size + 1].copy()
        for offset in range(1, size):
            inside &= part[offset : offset + len(inside)]
        found.append((np.flatnonzero(inside) + begin).astype(np.int32))
    return np.concatenate(found) if found else np.zeros(0, np.int32)


def _in_share(hashes: np.ndarray, share: int, shares: int) -> np.ndarray:
    """Tell which hashes fall in one share of the 64-bit range (by their top bits)."""
    if shares == 1:
        return np.ones(len(hashes), dtype=bool)
    width = (1 << 64) // shares
    low = share * width
    high = (1 << 64) - 1 if share == shares - 1 else (share + 1) * width - 1
    return (hashes >= np.uint64(low)) & (hashes <= np.uint64(high))


def _member(values: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """Return, for each value, its index in the sorted keys, or -1."""
    if not len(sorted_keys):
        return np.full(len(values), -1, dtype=np.int64)
    found = np.searchsorted(sorted_keys, values)
    found[found == len(sorted_keys)] = 0
    return np.where(sorted_keys[found] == values, found, -1)


def _text_frequencies(
    corpus: Corpus, starts: np.ndarray, size: int, share: int, shares: int
) -> tuple[np.ndarray, np.ndarray]:
    """Return the hashes of one share (sorted) and how many texts use each."""
    per_text = []
    for chunk in corpus.chunks(starts):
        hashes = corpus.hashes(chunk, size)
        mine = _in_share(hashes, share, shares)
        hashes, owners = hashes[mine], corpus.owner(chunk[mine])
        order = np.lexsort((owners, hashes))
        hashes, owners = hashes[order], owners[order]
        new = np.ones(len(hashes), dtype=bool)
        new[1:] = (hashes[1:] != hashes[:-1]) | (owners[1:] != owners[:-1])
        per_text.append(hashes[new])
    return _run_lengths(np.sort(np.concatenate(per_text)))


def _run_lengths(sorted_values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the distinct values of a sorted array and how often each occurs."""
    if not len(sorted_values):
        return sorted_values, np.zeros(0, dtype=np.int64)
    edges = np.flatnonzero(sorted_values[1:] != sorted_values[:-1]) + 1
    firsts = np.concatenate(([0], edges))
    counts = np.diff(np.concatenate((firsts, [len(sorted_values)])))
    return sorted_values[firsts], counts


def _describe(
    corpus: Corpus,
    starts: np.ndarray,
    size: int,
    keys: np.ndarray,
    df: np.ndarray,
    previous: tuple[np.ndarray, np.ndarray] | None,
    used: np.ndarray,
    limits: tuple[float, float],
) -> list[Run]:
    """Return the frequent runs of one share that hold together, with their uses,
    neighbours and halves; mark in ``used`` where every frequent run starts."""
    codes = corpus.codes
    occurrences = np.zeros(len(keys), dtype=np.int64)
    first = np.full(len(keys), len(codes), dtype=np.int64)
    left_pairs, right_pairs = [], []
    for chunk in corpus.chunks(starts):
        index = _member(corpus.hashes(chunk, size), keys)
        at, index = chunk[index >= 0].astype(np.int64), index[index >= 0]
        used[at] = True
        occurrences += np.bincount(index, minlength=len(keys))
        np.minimum.at(first, index, at)
        left = np.where(at > 0, codes[np.maximum(at - 1, 0)], SEPARATOR)
        after = np.minimum(at + size, len(codes) - 1)
        right = np.where(at + size < len(codes), codes[after], SEPARATOR)
        left_pairs.append(_pair_counts(index, left))
        right_pairs.append(_pair_counts(index, right))
    left_entropy = _neighbour_entropy(left_pairs, len(keys))
    right_entropy = _neighbour_entropy(right_pairs, len(keys))
    if previous is None:
        half = np.zeros(len(keys), dtype=np.int64)
    else:
        half_keys, half_df = previous
        head = _member(corpus.hashes(first, size - 1), half_keys)
        tail = _member(corpus.hashes(first + 1, size - 1), half_keys)
        half = np.maximum(
            np.where(head >= 0, half_df[head], 0),
            np.where(tail >= 0, half_df[tail], 0),
        )
    min_cohesion, min_entropy = limits
    holding = (
        (df >= min_cohesion * np.where(half > 0, half, df))
        & (left_entropy >= min_entropy)
        & (right_entropy >= min_entropy)
    )
    return [
        Run(
            text=corpus.text(int(first[i]), size),
            speeches=int(df[i]),
            occurrences=int(occurrences[i]),
            half_speeches=int(half[i]),
            left_entropy=float(left_entropy[i]),
            right_entropy=float(right_entropy[i]),
        )
        for i in np.flatnonzero(holding)
    ]


def _pair_counts(index: np.ndarray, neighbour: np.ndarray) -> tuple:
    """Return the distinct (run, neighbouring character) pairs and their counts."""
    pairs = index.astype(np.uint64) << np.uint64(16) | neighbour.astype(np.uint64)
    return _run_lengths(np.sort(pairs))


def _neighbour_entropy(pair_counts: list[tuple], runs: int) -> np.ndarray:
    """Return, per run, the entropy of the characters next to its uses."""
    if not pair_counts:
        return np.zeros(runs)
    pairs = np.concatenate([pairs for pairs, _ in pair_counts])
    counts = np.concatenate([counts for _, counts in pair_counts])
    order = np.argsort(pairs, kind="stable")
    pairs, counts = pairs[order], counts[order]
    distinct, _ = _run_lengths(pairs)
    if not len(distinct):
        return np.zeros(runs)
    per_pair = np.add.reduceat(counts, np.searchsorted(pairs, distinct))
    owner = (distinct >> np.uint64(16)).astype(np.int64)
    totals = np.bincount(owner, weights=per_pair, minlength=runs)
    share = per_pair / totals[owner]
    return np.bincount(owner, weights=-share * np.log(share), minlength=runs)
