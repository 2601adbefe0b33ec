"""Fingerprints of a text for finding reuse: folding with offsets, shingles, MinHash.

Pure: numpy and datasketch, no Django. A text is folded as search folds it (NFKC,
no whitespace, lower case), keeping for each folded character the offset of the
character it came from, so that passages found in folded text map back to the body.

Candidates are found per *window*: each sentence of the folded text (a run ending
in 。！？；!?; or 】, long runs cut in pieces), shingled into overlapping character
k-grams and summarised by a MinHash signature. Sentences are the unit because
reuse in these texts copies sentences: a speech quoted inside another, a news item
inside a bulletin, begins and ends at a sentence boundary in both, so the two
windows hold the same shingles whatever text surrounds them. Signatures are cut
into LSH bands (datasketch's permutations and banding); two texts that share a
band key in some window are candidates, and alignment.py decides what they share.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

# "全　面\n从严" -> "全面从严": whitespace is folded away, as search does.
_SPACES = re.compile(r"\s+")
# "……加强党建。深化改革！" -> a window ends after 。 and after ！
SENTENCE_END = re.compile(r"[。！？；!?;】]")

SHINGLE = 6  # characters per shingle, for windows and for alignment
NUM_PERM = 16
SEED = 7
# Bands x rows of each signature: a pair of windows with Jaccard similarity J
# shares a band key with probability 1 - (1 - J**4)**4 (0.94 at J = 0.84: one
# character changed in a sentence of 60; 0.02 at J = 0.3).
BANDS, ROWS = 4, 4
# A sentence shorter than this is not a window ("同志们：", "谢谢大家！").
MIN_WINDOW = 12
# A sentence longer than this is cut into windows of this size.
MAX_WINDOW = 120

_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_BASE = np.uint64(1_000_003)
_MIX = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True)
class Folded:
    """A folded text and, for each of its characters, the source character's offset."""

    text: str
    offsets: np.ndarray  # int64, len(text) + 1: the last entry is len(source)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the source offsets of folded characters [start, end)."""
        if end <= start:
            position = int(self.offsets[start])
            return position, position
        return int(self.offsets[start]), int(self.offsets[end - 1]) + 1


def fold_with_offsets(source: str) -> Folded:
    """Fold a text (NFKC, no whitespace, lower case) and keep where each character was.

    Character by character, through a table of the text's distinct characters;
    whole-string NFKC differs only where a combining mark follows a letter.
    """
    if not source:
        return Folded("", np.zeros(1, dtype=np.int64))
    codes = np.frombuffer(source.encode("utf-32-le"), dtype=np.uint32)
    distinct, inverse = np.unique(codes, return_inverse=True)
    pieces = [_fold_char(chr(code)) for code in distinct.tolist()]
    lengths = np.array([len(piece) for piece in pieces], dtype=np.int64)[inverse]
    table = {
        code: piece
        for code, piece in zip(distinct.tolist(), pieces, strict=True)
        if piece != chr(code)
    }
    text = source.translate(table) if table else source
    offsets = np.repeat(np.arange(len(source), dtype=np.int64), lengths)
    return Folded(text, np.append(offsets, len(source)))


@cache
def _fold_char(char: str) -> str:
    return "".join(
        piece
        for piece in unicodedata.normalize("NFKC", char).lower()
        if not piece.isspace()
    )


def fold(source: str) -> str:
    """Return a text folded as search folds it, without offsets."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", source)).lower()


def shingle_hashes(text: str, k: int = SHINGLE) -> np.ndarray:
    """Return a 64-bit hash of each k-character shingle of a text, by start position."""
    if len(text) < k:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(codes) - k + 1
    hashes = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(k):
            hashes = hashes * _BASE + codes[offset : offset + count]
        hashes ^= hashes >> np.uint64(29)
        hashes *= _MIX
        hashes ^= hashes >> np.uint64(32)
    return hashes


def windows(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each window of a folded text: its sentences."""
    spans = []
    start = 0
    ends = [match.end() for match in SENTENCE_END.finditer(text)]
    if not ends or ends[-1] != len(text):
        ends.append(len(text))
    for end in ends:
        length = end - start
        if length >= MIN_WINDOW:
            pieces = max(1, round(length / MAX_WINDOW))
            step = length / pieces
            for piece in range(pieces):
                spans.append(
                    (start + round(piece * step), start + round((piece + 1) * step))
                )
        start = end
    return spans


@cache
def permutations() -> tuple[np.ndarray, np.ndarray]:
    """Return datasketch's MinHash permutations (a, b) for NUM_PERM and SEED."""
    a, b = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="legacy").permutations
    return a.astype(np.uint64), b.astype(np.uint64)


def hash32(hashes: np.ndarray) -> np.ndarray:
    """Return the 32-bit values MinHash permutes: the low half of each shingle hash."""
    return hashes & np.uint64(0xFFFFFFFF)


def signatures(hashes: np.ndarray, spans: list[tuple[int, int]]) -> np.ndarray:
    """Return the MinHash signature (NUM_PERM uint32) of the shingles of each window.

    A window [start, end) holds the shingles that start in [start, end - k]; the
    formula is datasketch's (``MinHash.update_batch``, scheme "legacy"), applied to all windows at once.
    """
    if not spans or len(hashes) == 0:
        return np.zeros((0, NUM_PERM), dtype=np.uint64)
    a, b = permutations()
    values = hash32(hashes)
    prime = np.uint64((1 << 61) - 1)
    with np.errstate(over="ignore"):
        permuted = ((a[:, None] * values[None, :] + b[:, None]) % prime) & np.uint64(
            0xFFFFFFFF
        )
    starts = np.array([start for start, _ in spans], dtype=np.int64)
    stops = np.array([end - SHINGLE + 1 for _, end in spans], dtype=np.int64)
    starts = np.minimum(starts, len(values) - 1)
    stops = np.clip(stops, starts + 1, len(values))
    # One reduceat over [start, stop) and the gap [stop, next start) after each
    # window; a column of maxima at the end lets the last stop be an index.
    padded = np.concatenate(
        [permuted, np.full((NUM_PERM, 1), np.uint64(0xFFFFFFFF), dtype=np.uint64)],
        axis=1,
    )
    bounds = np.empty(2 * len(spans), dtype=np.int64)
    bounds[0::2], bounds[1::2] = starts, stops
    return np.minimum.reduceat(padded, bounds, axis=1)[:, 0::2].T.copy()


def band_keys(signature_rows: np.ndarray) -> np.ndarray:
    """Return the LSH band keys (int64, BANDS per window) of MinHash signatures."""
    if len(signature_rows) == 0:
        return np.zeros(0, dtype=np.int64)
    keys = []
    with np.errstate(over="ignore"):
        for band in range(BANDS):
            key = np.full(len(signature_rows), np.uint64(band + 1), dtype=np.uint64)
            for row in range(band * ROWS, (band + 1) * ROWS):
                key = (key * _MIX) ^ signature_rows[:, row]
                key ^= key >> np.uint64(31)
            keys.append(key)
    return np.concatenate(keys).view(np.int64)


def text_keys(folded: str) -> np.ndarray:
    """Return the distinct band keys of a folded text's windows, sorted."""
    hashes = shingle_hashes(folded)
    spans = [(start, end) for start, end in windows(folded) if end - start >= SHINGLE]
    return np.unique(band_keys(signatures(hashes, spans)))


def lsh_parameters() -> tuple[int, int]:
    """Return (bands, rows) as datasketch's MinHashLSH holds them for these settings."""
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    return lsh.b, lsh.r
