"""BM25F with field lengths read once per segment instead of once per posting."""

from __future__ import annotations

from whoosh.scoring import BM25F, BM25FScorer, bm25

# Reader attribute holding {fieldname: [length of doc 0, doc 1, ...]}.
LENGTHS_ATTRIBUTE = "_archive_field_lengths"


def field_lengths(reader, fieldname: str) -> list[int]:
    """Return the length of a field in every document of one segment, cached."""
    cache = reader.__dict__.setdefault(LENGTHS_ATTRIBUTE, {})
    lengths = cache.get(fieldname)
    if lengths is None:
        lengths = [
            reader.doc_field_length(docnum, fieldname, 1)
            for docnum in range(reader.doc_count_all())
        ]
        cache[fieldname] = lengths
    return lengths


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
        self.lengths = field_lengths(searcher.reader(), fieldname)

    def score(self, docnum: int, frequency: int) -> float:
        """Return the BM25 score of a document holding the phrase ``frequency`` times."""
        return bm25(
            self.idf, frequency, self.lengths[docnum], self.avgfl, self.B, self.K1
        )
