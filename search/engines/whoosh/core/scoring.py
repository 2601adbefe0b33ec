"""BM25F with field lengths read once per segment instead of once per posting."""

from __future__ import annotations

import numpy as np
from whoosh.scoring import BM25F, BM25FScorer, bm25

# Reader attribute holding {fieldname: lengths of doc 0, doc 1, ...} (array, list).
LENGTHS_ATTRIBUTE = "_archive_field_lengths"


def field_length_array(reader, fieldname: str) -> np.ndarray:
    """Return the length of a field in every document of a segment (or index), cached."""
    cache = reader.__dict__.setdefault(LENGTHS_ATTRIBUTE, {})
    if fieldname not in cache:
        if not reader.is_atomic():  # the whole index: its segments end to end
            parts = [field_length_array(r, fieldname) for r, _ in reader.leaf_readers()]
            lengths = np.concatenate(parts) if parts else np.zeros(0)
        else:
            lengths = np.array(
                [
                    reader.doc_field_length(docnum, fieldname, 1) or 0
                    for docnum in range(reader.doc_count_all())
                ],
                np.float64,
            )
        cache[fieldname] = (lengths, None)
    return cache[fieldname][0]


def field_lengths(reader, fieldname: str) -> list[float]:
    """Return field_length_array() as a list (for scoring one document at a time)."""
    lengths = field_length_array(reader, fieldname)
    cache = reader.__dict__[LENGTHS_ATTRIBUTE]
    if cache[fieldname][1] is None:
        cache[fieldname] = (lengths, lengths.tolist())
    return cache[fieldname][1]


def bm25_array(idf, tf, fl, avgfl, B, K1):
    """Whoosh's bm25() over arrays: the same operations in the same order."""
    return idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))


class CachedLengthScorer(BM25FScorer):
    """BM25F's scorer, looking field lengths up in a per-segment list."""

    def setup(self, searcher, fieldname, text):
        super().setup(searcher, fieldname, text)
        lengths = field_lengths(searcher.reader(), fieldname)
        self.dfl = lengths.__getitem__


class ArchiveWeighting(BM25F):
    """BM25F over the archive's fields; the title counts more than the body."""

    def scorer(self, searcher, fieldname, text, qf=1):
        if not searcher.schema[fieldname].scorable:
            return super().scorer(searcher, fieldname, text, qf=qf)
        B = self._field_B.get(fieldname, self.B)
        return CachedLengthScorer(searcher, fieldname, text, B, self.K1, qf=qf)


class PhraseScorer:
    """Score a document by how often an exact phrase occurs in it (BM25)."""

    def __init__(self, searcher, fieldname: str, words: list[str], weighting):
        parent = searcher.get_parent()
        self.idf = max(parent.idf(fieldname, word) for word in words)
        self.avgfl = parent.avg_field_length(fieldname) or 1
        self.B = getattr(weighting, "B", 0.75)
        self.K1 = getattr(weighting, "K1", 1.2)
        self.reader = searcher.reader()
        self.fieldname = fieldname

    def score(self, docnum: int, frequency: int) -> float:
        """Return the BM25 score of a document holding the phrase ``frequency`` times."""
        length = field_lengths(self.reader, self.fieldname)[docnum]
        return bm25(self.idf, frequency, length, self.avgfl, self.B, self.K1)

    def scores(self, docnums: np.ndarray, frequencies: np.ndarray) -> np.ndarray:
        """Return score() of many documents at once."""
        lengths = field_length_array(self.reader, self.fieldname)[docnums]
        return bm25_array(
            self.idf,
            frequencies.astype(np.float64),
            lengths,
            self.avgfl,
            self.B,
            self.K1,
        )
