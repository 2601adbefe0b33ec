"""The Whoosh engine: the index on disk that the archive uses unless SEARCH_URL is set.

The single writer of the index lives here: only the holder of the writer lock
(core/locking.py) opens a Whoosh writer. It drains the outbox (reading each
speech's current state), rebuilds, reports drift and keeps jieba's words equal
to the accepted slogans. A drain that finds the index unreadable, of another
format or half-built leaves the outbox alone unless it was allowed to rebuild:
only `manage.py search_index` and bulk imports are, never a web request.
Searches run the query objects of core/queries.py.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from haystack import connections

from speeches.models import Speech

from ...dictionary import slogan_words
from ...documents import INDEX_FORMAT
from ...models import IndexTask
from ..base import (
    DrainReport,
    DriftReport,
    Found,
    IndexMeta,
    IndexUnavailable,
    Progress,
)
from ..database import (
    announce_indexed,
    drain_outbox,
    drift_against,
    last_task,
    meta_notes,
    queue_repairs,
    queue_speeches,
    speech_chunks,
    speeches_to_index,
)
from ..locking import held_here, index_writer_lock, lock_holder, process_alive
from .backend import ArchiveWhooshBackend, IndexDamaged
from .core.dictionary import applied_words, apply_words, dictionary_hash, start_jieba
from .core.matching import OffsetPhrase, covering_offsets, scores_of
from .core.meta import meta_stamp, read_index_meta, write_index_meta
from .core.queries import facet_counts, run, stored_ids
from .core.scoring import field_length_array

log = logging.getLogger(__name__)

# From this many speeches on, index with the multi-process bulk writer.
BULK_THRESHOLD = 50
# Commit a bulk load every this many characters (bounds the writers' memory).
BULK_CHUNK_CHARS = 12_000_000
# Outbox rows read per round.
TASK_BATCH = 5_000
# Changed dictionary words looked up in the index per query.
WORDS_PER_LOOKUP = 200

# (stamp of the meta file, the meta) as last read by this process's searches.
_meta_seen: list = [None, None]


def sync_query_dictionary(index_path) -> IndexMeta | None:
    """Cut queries with the words the index was built with (meta file), if changed.

    Return the index's meta: a stat per search, a read only when it changed.
    """
    stamp = meta_stamp(index_path)
    if stamp is not None and stamp == _meta_seen[0]:
        return _meta_seen[1]
    meta = read_index_meta(index_path)
    start_jieba()
    if meta is not None and meta.dictionary != dictionary_hash(applied_words()):
        apply_words(meta.words)
    _meta_seen[:] = [stamp, meta]
    return meta


def speech_index():
    """Return the haystack SearchIndex of speeches."""
    return connections["default"].get_unified_index().get_index(Speech)


class WhooshEngine:
    """Search and index through the archive's Whoosh backend."""

    name = "whoosh"

    def __init__(self, backend: ArchiveWhooshBackend):
        self.backend = backend

    @staticmethod
    def forget_index_state() -> None:
        """Make the next search read the index's meta file again."""
        _meta_seen[:] = [None, None]

    # Reading

    def find(self, parsed, *, filters, sort, start, rows, facets) -> Found:
        meta = sync_query_dictionary(self.backend.path)
        if meta is not None and meta.format != INDEX_FORMAT:
            # Written by an older version whose postings this code would decode
            # wrongly: unavailable until `search_index sync` has rebuilt it.
            raise IndexUnavailable(
                f"index format {meta.format}, code expects {INDEX_FORMAT}"
            )
        try:
            searcher = self.backend.searcher()
            ranked = run(searcher, parsed, filters, sort)
            stop = None if rows is None else start + rows
            ids = stored_ids(searcher)[ranked.docnums[start:stop]].tolist()
            hits = tuple(zip(ranked.scores[start:stop].tolist(), ids, strict=True))
            counted = facet_counts(searcher, ranked) if facets else {}
        except IndexDamaged as error:
            raise IndexUnavailable(str(error)) from error
        return Found(
            count=len(ranked),
            hits=hits,
            facets=counted,
            partial=meta is None or not meta.complete,
        )

    def warm(self) -> None:
        """Open every segment and read the field lengths BM25 needs, if indexed."""
        try:
            searcher = self.backend.searcher()
        except IndexDamaged:
            return
        scorable = [name for name, f in searcher.schema.items() if f.scorable]
        for reader, _offset in searcher.reader().leaf_readers():
            for name in scorable:
                field_length_array(reader, name)

    def document_count(self) -> int:
        """Count documents opening the index read-only (a health check creates nothing)."""
        return self.backend.document_count()

    def writer_pid(self) -> int | None:
        """Return the living process that holds the writer lock, if any."""
        holder = lock_holder(self.backend.path)
        return holder if holder is not None and process_alive(holder) else None

    def rebuild_pending(self) -> bool:
        """Return True when the index must be rebuilt before it can be read."""
        meta = read_index_meta(self.backend.path)
        return meta is None or meta.format != INDEX_FORMAT or not meta.complete

    # Writing: every path holds the writer lock

    @contextmanager
    def writer_session(self, *, blocking: bool = True) -> Iterator[bool]:
        """Hold the writer lock; after releasing it, drain what others queued.

        A process that failed to get the lock left its change to the holder, so
        every holder looks at the outbox once it lets go.
        """
        with index_writer_lock(self.backend.path, blocking=blocking) as held:
            yield held
        if held and not held_here(self.backend.path) and IndexTask.objects.exists():
            self.drain(blocking=False, rebuild=False)

    def drain(
        self,
        *,
        blocking: bool = True,
        limit: int | None = None,
        merge: bool = True,
        rebuild: bool = False,
        progress: Progress | None = None,
    ) -> DrainReport | None:
        """Bring the index up to date with the outbox; None if another process holds it.

        After releasing the lock, look at the outbox again: a change committed
        while we held the lock was left to us by its process. ``merge``: then
        fold small segments together if many have piled up.
        """
        total = DrainReport()
        started = time.perf_counter()
        budget = limit
        first = True
        while budget is None or budget > 0:
            with index_writer_lock(self.backend.path, blocking=blocking) as held:
                if not held:
                    # Busy: the holder looks at the outbox again after releasing.
                    return None if first else finished(total, started)
                part, rows = self.drain_locked(
                    limit=budget, rebuild=rebuild, progress=progress
                )
                total.add(part)
                if merge and not part.awaiting_rebuild:
                    self.backend.merge_small_segments()
            if part.awaiting_rebuild:
                break
            if budget is not None:
                budget -= rows
            if not IndexTask.objects.exists():
                break
            first, blocking = False, False
        else:
            log.warning(
                "search index: outbox not empty after %d rows; "
                "run `manage.py search_index sync`",
                limit,
            )
        return finished(total, started)

    def drain_locked(self, *, limit, rebuild, progress) -> tuple[DrainReport, int]:
        """Index what the outbox names, up to ``limit`` rows; return the report and rows."""
        if self.rebuild_pending() or not self.backend.readable():
            if rebuild:
                return self.rebuild_locked(progress=progress), 0
            log.warning(
                "search index needs a rebuild: outbox left for "
                "`manage.py search_index sync`"
            )
            return DrainReport(awaiting_rebuild=True), 0
        changed = self.sync_dictionary_locked(read_index_meta(self.backend.path))
        report, handled = drain_outbox(
            self.index_speeches_locked, limit=limit, batch=TASK_BATCH, progress=progress
        )
        report.dictionary_changed = changed
        return report, handled

    def sync_dictionary_locked(self, meta: IndexMeta) -> bool:
        """Apply the slogans' words; queue the speeches whose cut they change."""
        words = slogan_words()
        digest = dictionary_hash(words)
        apply_words(words)
        if digest == meta.dictionary:
            return False
        changed = set(meta.words) ^ set(words)
        queue_ids = self.speeches_containing(changed)
        queue_speeches(queue_ids)
        write_index_meta(
            self.backend.path, IndexMeta(INDEX_FORMAT, digest, tuple(words))
        )
        log.info(
            "jieba dictionary changed (%d words); %d speeches queued for re-cutting",
            len(changed),
            len(queue_ids),
        )
        return True

    def speeches_containing(self, words: Iterable[str]) -> list[int]:
        """Return the ids of indexed speeches whose text contains any of the words."""
        words = sorted(w for w in words if len(w) >= 2)
        index = self.backend.current_index()
        if not words or index.doc_count() == 0:
            return []
        found: set[int] = set()
        with index.searcher() as searcher:
            for word in words:
                phrase = OffsetPhrase(
                    "grams",
                    [(o, word[o : o + 2]) for o in covering_offsets(len(word))],
                )
                for docnum in scores_of(phrase, searcher).docnums.tolist():
                    found.add(int(searcher.stored_fields(docnum)["django_id"]))
        return sorted(found)

    def index_speeches_locked(
        self,
        speech_ids: list[int],
        *,
        everything: bool = False,
        progress: Progress | None = None,
    ) -> DrainReport:
        """Index the current state of these speeches; remove those that are gone."""
        report = DrainReport()
        if not speech_ids:
            return report
        index = speech_index()
        bulk = len(speech_ids) >= BULK_THRESHOLD
        present: set[int] = set()
        speeches = speeches_to_index(speech_ids, everything=everything)
        before = self.backend.segment_ids() if bulk else set()
        for chunk in speech_chunks(speeches, BULK_CHUNK_CHARS):
            writer = self.backend.writer(bulk=bulk)
            try:
                for speech in chunk:
                    document = self.backend.document(index, speech)
                    if document is not None:
                        writer.update_document(**document)
                    present.add(speech.pk)
                    report.characters += len(speech.title) + len(speech.body)
            except BaseException:
                writer.cancel()
                raise
            writer.commit(merge=False)
            report.indexed += len(chunk)
            if progress:
                progress(report.indexed, len(speech_ids))
        if bulk:
            self.backend.merge_bulk_load(before)
        return announce_indexed(
            report,
            speech_ids,
            present,
            everything=everything,
            remove=self.remove_speeches,
        )

    def remove_speeches(self, speech_ids: list[int]) -> None:
        """Delete speeches' documents; the caller holds the writer lock."""
        self.backend.remove_identifiers(f"speeches.speech.{pk}" for pk in speech_ids)

    def rebuild(self, *, progress: Progress | None = None) -> DrainReport:
        """Build the index from nothing out of the database (waits for the lock)."""
        with self.writer_session():
            return self.rebuild_locked(progress=progress)

    def rebuild_locked(self, *, progress: Progress | None = None) -> DrainReport:
        started = time.perf_counter()
        newest_task = last_task()
        words = slogan_words()
        apply_words(words)
        self.backend.delete_index()
        meta = IndexMeta(INDEX_FORMAT, dictionary_hash(words), tuple(words))
        write_index_meta(self.backend.path, replace(meta, complete=False))
        speech_ids = list(Speech.objects.order_by("pk").values_list("pk", flat=True))
        report = self.index_speeches_locked(
            speech_ids, everything=True, progress=progress
        )
        write_index_meta(self.backend.path, meta)
        if newest_task is not None:
            # Rows written during the rebuild may announce changes it did not see.
            IndexTask.objects.filter(pk__lte=newest_task).delete()
        report.rebuilt = True
        report.seconds = time.perf_counter() - started
        return report

    def sync(self, *, progress: Progress | None = None) -> DrainReport:
        """Make the index match the database, from any state: missing, damaged, stale.

        Rebuilds when the index is missing, of another format, half-built or
        unreadable; otherwise queues whatever the drift report finds (missing,
        stale, orphaned) and drains.
        """
        with self.writer_session():
            if self.rebuild_pending() or not self.backend.readable():
                return self.rebuild_locked(progress=progress)
            queue_repairs(self.drift())
            report = self.drain(blocking=True, rebuild=True, progress=progress)
        return report or DrainReport()

    def drift(self) -> DriftReport:
        """Compare the index with the database: which speeches are missing or stale."""
        meta = read_index_meta(self.backend.path)
        format_ok, notes = meta_notes(meta, missing="no index yet")
        words = slogan_words()
        dictionary_ok = meta is not None and meta.dictionary == dictionary_hash(words)
        if meta is not None and not dictionary_ok:
            notes.append(
                "jieba dictionary changed since indexing: speeches await re-cutting"
            )
        indexed: dict[int, tuple[str, str]] = {}
        if format_ok:
            try:
                indexed = self.backend.indexed_signatures()
            except IndexDamaged as error:
                format_ok = False
                notes.append(f"{error}: run `manage.py search_index sync`")
        return drift_against(
            indexed, format_ok=format_ok, dictionary_ok=dictionary_ok, notes=notes
        )

    def after_request(self) -> None:
        """Merge small segments if a drain left many and nobody writes."""
        try:
            with self.writer_session(blocking=False) as held:
                if held:
                    self.backend.merge_small_segments()
        except Exception:
            log.exception("merging small search index segments failed")


def finished(total: DrainReport, started: float) -> DrainReport:
    total.seconds = time.perf_counter() - started
    return total
