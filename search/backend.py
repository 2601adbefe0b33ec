"""haystack's Whoosh backend, fitted to the archive.

- No memory-mapping: Whoosh 2.7 copies mapped segments into memory per searcher
  (+270 MiB per worker on a large index); plain reads cost nothing extra.
- No spelling field and only ids and a signature stored: pages read the rest
  from the database.
- Every write holds the archive's one writer lock (locking.py), so haystack's own
  commands (rebuild_index, update_index, clear_index) are safe beside the drainer.
- Whoosh errors are raised, never swallowed: a lost delete is worse than a failed
  command.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier
from whoosh import fields as whoosh_fields
from whoosh import index as whoosh_index

from .analyzers import (
    BigramPositions,
    CharacterCounts,
    JiebaWordCounts,
    bigram_analyzer,
    jieba_analyzer,
)
from .codec import ArchiveCodec
from .locking import index_writer_lock
from .scoring import ArchiveWeighting
from .storage import PreadFileStorage
from .writer import ArchiveSegmentWriter, ParallelWriter

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
    from whoosh.reading import SegmentReader

    tiny = tiny_segments(segments)
    if len(tiny) < TINY_SEGMENTS_BEFORE_MERGE:
        return segments
    for segment in tiny:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [s for s in segments if s not in tiny]


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


class ArchiveWhooshBackend(WhooshSearchBackend):
    """The Whoosh backend with the archive's schema, storage and writer lock."""

    def setup(self):
        from haystack import connections

        os.makedirs(self.path, exist_ok=True)
        self.storage = PreadFileStorage(self.path)
        self.content_field_name, self.schema = self.build_schema(
            connections[self.connection_alias].get_unified_index().all_searchfields()
        )
        self._searcher = None
        try:
            self.index = self.storage.open_index(schema=self.schema)
            self.setup_complete = True
        except whoosh_index.EmptyIndexError:
            with index_writer_lock(self.path):
                if whoosh_index.exists_in(self.path):
                    self.index = self.storage.open_index(schema=self.schema)
                else:
                    self.index = self.storage.create_index(self.schema)
                self.setup_complete = True
            from .indexing import drain_if_queued

            drain_if_queued(self.path)

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
        """Return the index as it is now on disk (setting the backend up if needed)."""
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        return self.index

    # Reading

    def searcher(self):
        """Return this process's searcher, refreshed when the index has changed."""
        if not self.setup_complete:
            self.setup()
        if self._searcher is None:
            self.index = self.index.refresh()
            self._searcher = self.index.searcher(weighting=ArchiveWeighting())
        elif not self._searcher.up_to_date():
            self._searcher = self._searcher.refresh()
        return self._searcher

    def indexed_signatures(self) -> dict[int, str]:
        """Return {speech id: signature} of every document in the index."""
        signatures = {}
        with self.current_index().searcher() as searcher:
            for stored in searcher.all_stored_fields():
                signatures[int(stored[DJANGO_ID])] = stored.get("signature", "")
        return signatures

    # Writing: every path holds the writer lock

    def writer_session(self):
        """Hold the writer lock, draining what others queued once it is released."""
        from .indexing import writer_session

        return writer_session(self.path)

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

    def update(self, index, iterable, commit=True, *, bulk: bool = False):
        if not self.setup_complete:
            self.setup()
        with self.writer_session():
            writer = self.writer(bulk=bulk)
            try:
                for obj in iterable:
                    document = self.document(index, obj)
                    if document is not None:
                        writer.update_document(**document)
            except BaseException:
                writer.cancel()
                raise
            writer.commit(merge=False)

    def remove(self, obj_or_string, commit=True):
        if not self.setup_complete:
            self.setup()
        self.remove_identifiers([get_identifier(obj_or_string)])

    def remove_identifiers(self, identifiers: Iterable[str]) -> None:
        """Delete documents by haystack identifier ("speeches.speech.7")."""
        with self.writer_session():
            writer = self.writer()
            for identifier in identifiers:
                writer.delete_by_term(ID, identifier)
            writer.commit(merge=False)

    def needs_merge(self) -> bool:
        """Return True when enough tiny segments have piled up to merge them."""
        segments = self.current_index()._segments()
        return len(tiny_segments(segments)) >= TINY_SEGMENTS_BEFORE_MERGE

    def merge_small_segments(self) -> bool:
        """Merge the tiny segments if there are enough; the caller holds the lock."""
        if not self.needs_merge():
            return False
        writer = self.writer()
        writer.commit(mergetype=merge_tiny_segments)
        return True

    def clear(self, models=None, commit=True):
        if not self.setup_complete:
            self.setup()
        with self.writer_session():
            self.delete_index()

    def delete_index(self):
        self._searcher = None
        if os.path.exists(self.path):
            shutil.rmtree(self.path)
        self.setup()


class ArchiveWhooshEngine(WhooshEngine):
    backend = ArchiveWhooshBackend
