"""haystack's Whoosh backend, fitted to the archive.

haystack's ``SearchIndex`` (search_indexes.py) defines the documents and
``HAYSTACK_CONNECTIONS`` chooses this backend; the archive's writer
(engine.py) writes through it while holding the writer lock.

- No memory-mapping: Whoosh 2.7 copies mapped segments into memory per searcher
  (+270 MiB per worker on a large index); plain reads cost nothing extra.
- No spelling field and only ids and a signature stored: pages read the rest
  from the database.
- Reading never creates an index: a missing or damaged one is IndexDamaged,
  which searches report and `manage.py search_index sync` repairs.
- haystack's own writing entry points (update, remove, clear: its
  update_index and clear_index commands) are refused: they would write beside
  the outbox's single writer. The archive's commands route to it instead.
- Whoosh errors are raised, never swallowed: a lost delete is worse than a failed
  command.
"""

from __future__ import annotations

import os
import pickle
import shutil
import struct
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress

from haystack import connections
from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SkipDocument
from whoosh import fields as whoosh_fields
from whoosh import index as whoosh_index
from whoosh.reading import ReaderClosed, SegmentReader

from .core.analyzers import (
    BigramPositions,
    CharacterCounts,
    JiebaWordCounts,
    bigram_analyzer,
    jieba_analyzer,
)
from .core.codec import ArchiveCodec
from .core.scoring import ArchiveWeighting
from .core.storage import PreadFileStorage
from .core.whoosh_private import segments_of
from .core.writer import ArchiveSegmentWriter, ParallelWriter

# A bulk load is indexed by this many processes, one new segment each.
BULK_PROCESSES = 2
# Commits never merge; merge_small_segments() folds segments this small together
# once there are this many, and never touches a bulk-loaded segment. (Writing a
# segment costs one block per distinct bigram: a one-speech commit takes about
# 0.2 s, merging eight of them a few seconds, so a request never merges.)
TINY_SEGMENT_DOCS = 4
TINY_SEGMENTS_BEFORE_MERGE = 8


def tiny_segments(segments) -> list:
    """Return the segments small enough to merge."""
    return [s for s in segments if s.doc_count_all() <= TINY_SEGMENT_DOCS]


def merge_tiny_segments(writer, segments):
    """Merge policy: fold many tiny segments into one, leave larger ones alone."""
    tiny = tiny_segments(segments)
    if len(tiny) < TINY_SEGMENTS_BEFORE_MERGE:
        return segments
    return _folded(writer, segments, tiny)


def _folded(writer, segments, chosen):
    """Add the chosen segments to the writer's new one; return the segments kept."""
    for segment in chosen:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [s for s in segments if s not in chosen]


def bulk_merge(fresh: set[str]):
    """Return a merge policy folding a bulk load's new segments into one.

    ``fresh``: the ids of the segments the bulk load wrote (its processes write
    one each per chunk). Older segments with no deleted document that are no
    larger than the new ones together go in too, so segment sizes grow
    geometrically and their number stays small. Every first read of a word
    costs a lookup and a read per segment: on the bulk archive, one segment
    instead of eight took searches from 2.2 to 0.8 ms at the median
    (docs/benchmarks.md). Merging copies posting blocks whole (core/merging.py).
    """

    def policy(writer, segments):
        new = [s for s in segments if s.segid in fresh]
        size = sum(s.doc_count_all() for s in new)
        chosen = new + [
            s
            for s in segments
            if s.segid not in fresh
            and not s.has_deletions()
            and s.doc_count_all() <= size
        ]
        if len(chosen) < 2:
            return segments
        return _folded(writer, segments, chosen)

    return policy


def whoosh_field(field_class):
    """Return the Whoosh field for one haystack field of the speech index."""
    kind = field_class.field_type
    if kind == "jieba":
        # Ranking only: counts, no positions (never searched as a phrase).
        field = whoosh_fields.TEXT(analyzer=jieba_analyzer(), phrase=False)
        field.format = JiebaWordCounts()
    elif kind == "bigrams":
        field = whoosh_fields.TEXT(analyzer=bigram_analyzer(), phrase=True)
        field.format = BigramPositions()
    elif kind == "characters":
        field = whoosh_fields.TEXT(analyzer=bigram_analyzer(), phrase=False)
        field.format = CharacterCounts()
    elif kind == "facet_key":
        field = whoosh_fields.ID(stored=False, sortable=True)
    elif kind in ("date", "datetime"):
        # For date ranges only; newest-first sorts on the "day" key (a missing
        # date in a DATETIME column reads back as an out-of-range datetime).
        field = whoosh_fields.DATETIME(stored=False, sortable=False)
    elif kind == "signature":
        field = whoosh_fields.STORED()
    else:
        raise ValueError(f"{field_class.index_fieldname}: unsupported type {kind!r}")
    return field


class IndexDamaged(Exception):
    """The index is missing, or cannot be read as written (a damaged segment)."""


# What reading a missing, truncated or overwritten index raises, from the file
# system up through Whoosh's table of contents and the codec's blocks.
READ_ERRORS = (
    OSError,
    EOFError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    struct.error,
    pickle.UnpicklingError,
    whoosh_index.IndexError,
)


@contextmanager
def reading(path) -> Iterator[None]:
    """Turn a failure to read the index into IndexDamaged, naming the index."""
    try:
        yield
    except READ_ERRORS as error:
        raise IndexDamaged(
            f"search index {path} unreadable: {type(error).__name__}: {error}"
        ) from error


class ArchiveWhooshBackend(WhooshSearchBackend):
    """The Whoosh backend with the archive's schema and storage."""

    def setup(self):
        self.storage = PreadFileStorage(self.path)
        self.content_field_name, self.schema = self.build_schema(
            connections[self.connection_alias].get_unified_index().all_searchfields()
        )
        self._searcher = None
        self.index = None
        self.setup_complete = True

    def build_schema(self, fields):
        schema_fields = {
            ID: whoosh_fields.ID(stored=True, unique=True),
            DJANGO_CT: whoosh_fields.ID(stored=False),
            DJANGO_ID: whoosh_fields.ID(stored=True),
        }
        content_field_name = ""
        for field_class in fields.values():
            schema_fields[field_class.index_fieldname] = whoosh_field(field_class)
            if field_class.document:
                content_field_name = field_class.index_fieldname
        return content_field_name, whoosh_fields.Schema(**schema_fields)

    def current_index(self):
        """Return the index as it is now on disk; IndexDamaged if there is none."""
        if not self.setup_complete:
            self.setup()
        with reading(self.path):
            if self.index is None:
                if not whoosh_index.exists_in(self.path):
                    raise IndexDamaged(f"no search index in {self.path}")
                self.index = self.storage.open_index(schema=self.schema)
            else:
                self.index = self.index.refresh()
        return self.index

    # Reading

    def searcher(self):
        """Return this thread's searcher, opened anew when the index has changed.

        Never Whoosh's ``Searcher.refresh``: it lends the old readers to the new
        one, closes them when opening a segment fails (another worker's merge
        deleted it a moment before) and closes them again when Whoosh retries,
        raising ReaderClosed from then on. Here the old searcher is closed first
        and forgotten, so a failed open leaves nothing half-closed behind: the
        next search opens the index afresh.
        """
        if not self.setup_complete:
            self.setup()
        with reading(self.path):
            if self._searcher is not None and not self._searcher.up_to_date():
                stale, self._searcher = self._searcher, None
                with suppress(ReaderClosed):
                    stale.close()
            if self._searcher is None:
                self._searcher = self.current_index().searcher(
                    weighting=ArchiveWeighting()
                )
        return self._searcher

    def readable(self) -> bool:
        """Return True when the index opens (a cheap check, before each drain)."""
        try:
            with reading(self.path), self.current_index().reader() as reader:
                reader.doc_count_all()
        except IndexDamaged:
            return False
        return True

    def document_count(self) -> int:
        """Count documents opening the index read-only, without creating one."""
        with reading(self.path):
            storage = PreadFileStorage(self.path, readonly=True)
            index = storage.open_index()
            try:
                return index.doc_count()
            finally:
                index.close()

    def indexed_signatures(self) -> dict[int, tuple[str, str]]:
        """Return {speech id: (signature, script)} of every document, reading every
        segment ("" where a document has no ``script``).

        Reads each segment's stored fields, its script column and the postings
        of its id field, so that a damaged segment is found here (IndexDamaged).
        """
        signatures = {}
        with reading(self.path), self.current_index().searcher() as searcher:
            for reader, _offset in searcher.reader().leaf_readers():
                scripts = (
                    reader.column_reader("script", translate=True)
                    if reader.has_column("script")
                    else None
                )
                for docnum, stored in reader.iter_docs():
                    script = scripts[docnum] if scripts is not None else ""
                    signatures[int(stored[DJANGO_ID])] = (
                        stored.get("signature", ""),
                        script or "",
                    )
                for term in reader.lexicon(ID):
                    list(reader.postings(ID, term).all_ids())
        return signatures

    # Writing: the caller (engine.py) holds the writer lock

    def create_index(self):
        """Create an empty index (after delete_index)."""
        if not self.setup_complete:
            self.setup()
        os.makedirs(self.path, exist_ok=True)
        self._searcher = None
        self.index = self.storage.create_index(self.schema)
        return self.index

    def writer(self, *, bulk: bool = False):
        """Open a Whoosh writer; the caller must hold the writer lock."""
        index = self.current_index()
        procs = max(1, min(BULK_PROCESSES, os.cpu_count() or 1))
        if bulk and procs > 1:
            return ParallelWriter(index, procs=procs, codec=ArchiveCodec())
        return ArchiveSegmentWriter(index, codec=ArchiveCodec())

    def document(self, index, obj) -> dict | None:
        """Return the Whoosh document of a model instance, or None to skip it."""
        try:
            prepared = index.full_prepare(obj)
        except SkipDocument:
            return None
        return {
            key: self._from_python(value)
            for key, value in prepared.items()
            if value is not None and key != "boost"
        }

    def remove_identifiers(self, identifiers: Iterable[str]) -> None:
        """Delete documents by haystack identifier ("speeches.speech.7")."""
        writer = self.writer()
        for identifier in identifiers:
            writer.delete_by_term(ID, identifier)
        writer.commit(merge=False)

    def needs_merge(self) -> bool:
        """Return True when enough tiny segments have piled up to merge them."""
        segments = segments_of(self.current_index())
        return len(tiny_segments(segments)) >= TINY_SEGMENTS_BEFORE_MERGE

    def merge_small_segments(self) -> bool:
        """Merge the tiny segments if there are enough; the caller holds the lock."""
        if not self.needs_merge():
            return False
        writer = self.writer()
        writer.commit(mergetype=merge_tiny_segments)
        return True

    def segment_ids(self) -> set[str]:
        """Return the ids of the index's segments."""
        return {s.segid for s in segments_of(self.current_index())}

    def merge_bulk_load(self, before: set[str]) -> None:
        """Merge the segments written since ``before`` (bulk_merge); the caller holds the lock."""
        fresh = self.segment_ids() - before
        if fresh:
            writer = self.writer()
            writer.commit(mergetype=bulk_merge(fresh))

    def delete_index(self):
        """Delete the index folder and start an empty index."""
        if not self.setup_complete:
            self.setup()
        self._searcher = None
        self.index = None
        if os.path.exists(self.path):
            shutil.rmtree(self.path)
        self.create_index()

    # haystack's writing entry points: not the archive's writer

    def update(self, index, iterable, commit=True):
        raise NotTheArchiveWriter("update")

    def remove(self, obj_or_string, commit=True):
        raise NotTheArchiveWriter("remove")

    def clear(self, models=None, commit=True):
        raise NotTheArchiveWriter("clear")


class NotTheArchiveWriter(Exception):
    """haystack tried to write the index beside the archive's single writer."""

    def __init__(self, operation: str):
        super().__init__(
            f"haystack's {operation}() does not write the archive's index: "
            "use `manage.py search_index sync|rebuild|drain`"
        )


class ArchiveWhooshEngine(WhooshEngine):
    backend = ArchiveWhooshBackend
