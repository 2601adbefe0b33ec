"""Every private name of Whoosh 2.7 the archive reads from outside a subclass.

Whoosh 2.7 is finished (no release since 2016) and pinned, so these do not move
under us; each is read here only, with the reason no public name serves.
Subclasses that replace a Whoosh internal (the codec's posting writer and
reader in codec.py, the segment writer in writer.py) use their own inherited
attributes where they are defined; docs/search.md lists those too.
"""

from __future__ import annotations

import numpy as np
from whoosh.codec.whoosh3 import W3TermInfo

# W3's term info layout (flags, total weight, documents, min/max length, max
# weight, first and last id): the codec writes term infos whole, without
# building a W3TermInfo object per term; Whoosh names the layout only here.
TERMINFO_STRUCT = W3TermInfo._struct


def segments_of(index) -> list:
    """Return an index's segments (FileIndex has no public list of them)."""
    return index._segments()


def segment_codec(reader):
    """Return the codec that wrote a segment (SegmentReader keeps it private)."""
    return getattr(reader, "_codec", None)


def segment_terms(reader):
    """Return a segment's term reader: the codec's object that reads postings whole.

    SegmentReader offers postings only through matchers, one posting at a time.
    """
    return reader._terms


def postings_file(terms):
    """Return the open postings file of a term reader (W3TermsReader keeps it)."""
    return terms._postfile


def term_dictionary(terms) -> tuple[bytes, int, dict[str, int]]:
    """Return a term reader's dictionary records, read whole, where they end, and
    the field numbers its keys start with.

    W3TermsReader reads the dictionary one record at a time, a read per key
    and per value: merging a segment reads every record, so it reads them all
    at once (the records are W3's OrderedHashWriter file, from its start).
    """
    tindex = terms._tindex
    return tindex.dbfile.get(0, tindex.endofdata), tindex.endofdata, terms._fieldmap


def first_key_position(terms, key: bytes) -> int | None:
    """Return where the first dictionary key >= ``key`` starts, or None."""
    return terms._tindex.closest_key_pos(key)


def deleted_documents(reader) -> np.ndarray | None:
    """Return the deleted document numbers of a segment, or None if there are none.

    SegmentReader answers is_deleted() one document at a time; the set is
    read once per segment reader and kept on it.
    """
    if not reader.has_deletions():
        return None
    cached = reader.__dict__.get("_archive_deleted")
    if cached is None:
        cached = np.fromiter(reader._perdoc.deleted_docs(), np.int64)
        reader.__dict__["_archive_deleted"] = cached
    return cached


def field_length_totals(writer) -> dict[str, int]:
    """Return the field length totals a segment writer's per-document writer sums.

    Whoosh keeps each document's field length as one byte (an approximation)
    and the segment's totals exactly; merging a segment through the bytes would
    change every BM25 score, so the archive's merge puts the exact totals back
    (W3PerDocWriter has no public name for them).
    """
    return writer.perdocwriter._fieldlengths


def finalize_segment(writer):
    """Write a segment writer's new segment and return it, committing nothing.

    An indexing process hands its segment to the parent, which commits every
    process's segment at once (Whoosh's own MpWriter does the same).
    """
    return writer._finalize_segment()


def close_segment(writer) -> None:
    """Throw away a segment writer's empty new segment."""
    writer._close_segment()


def merge_segments(writer, mergetype, optimize, merge) -> list:
    """Return the segments left after the merge policy ran (before the commit)."""
    return writer._merge_segments(mergetype, optimize, merge)


def commit_segments(writer, segments) -> None:
    """Write the table of contents naming these segments and release the writer."""
    writer._commit_toc(segments)
    writer._finish()


def unique_documents(searcher, pairs) -> list[int]:
    """Return the documents holding these unique (field, value) pairs.

    update_document() deletes them before adding the new version; Whoosh's
    own writer asks its searcher the same way, with one searcher per writer.
    """
    return searcher._find_unique(pairs)
