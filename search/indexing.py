"""The single writer of the index: drain the outbox, rebuild, report drift.

Changes reach the index only through the outbox (models.IndexTask, written by
receivers.py in the changing transaction). After a commit, the process that made
the change tries to take the writer lock (locking.py) without waiting: if it
gets it, it drains the whole outbox; if another process holds it, that process
drains this change too, because it looks at the outbox again after releasing the
lock. Bulk imports defer draining and drain once at the end, with two processes
and no segment merging.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from haystack import connections

from speeches.models import Speech
from speeches.signals import speeches_indexed

from .dictionary import apply_words, dictionary_hash, slogan_words
from .documents import INDEX_FORMAT, INDEXED_COLUMNS, speech_signature
from .engines import current_engine
from .locking import held_here, index_writer_lock, lock_holder, process_alive
from .matching import OffsetPhrase, covering_offsets
from .meta import IndexMeta, read_index_meta, write_index_meta
from .models import IndexTask

log = logging.getLogger(__name__)

# A drain started by a web request indexes at most this many speeches; the rest
# wait for the next change or for `manage.py search_index sync`.
INLINE_DRAIN_LIMIT = 200
# From this many speeches on, index with the multi-process bulk writer.
BULK_THRESHOLD = 50
# Commit a bulk load every this many characters (bounds the writers' memory).
BULK_CHUNK_CHARS = 12_000_000
# Outbox rows read per round.
TASK_BATCH = 5_000
# Changed dictionary words looked up in the index per query.
WORDS_PER_LOOKUP = 200

_local = threading.local()

Progress = Callable[[int, int], None]


@dataclass
class DrainReport:
    """What one drain did."""

    indexed: int = 0
    removed: int = 0
    characters: int = 0
    rebuilt: bool = False
    dictionary_changed: bool = False
    seconds: float = 0.0


@dataclass(frozen=True)
class DriftReport:
    """How the index differs from the database."""

    missing: tuple[int, ...] = ()
    stale: tuple[int, ...] = ()
    orphans: tuple[int, ...] = ()
    pending: int = 0
    format_ok: bool = True
    dictionary_ok: bool = True
    speeches: int = 0
    documents: int = 0
    notes: tuple[str, ...] = field(default=())

    @property
    def in_sync(self) -> bool:
        return (
            not self.missing
            and not self.stale
            and not self.orphans
            and self.format_ok
            and self.dictionary_ok
        )


@dataclass(frozen=True)
class OutboxState:
    """How many changes wait for the index, since when, and who is draining."""

    rows: int
    oldest: dt.datetime | None
    writer: int | None  # the process id holding the Whoosh writer lock, if alive


def outbox_state() -> OutboxState:
    """Return the outbox's size and age, and the living holder of the writer lock."""
    from django.db.models import Count, Min

    totals = IndexTask.objects.aggregate(rows=Count("pk"), oldest=Min("created_at"))
    writer = None
    if current_engine().name == "whoosh":
        holder = lock_holder(search_backend().path)
        writer = holder if holder is not None and process_alive(holder) else None
    return OutboxState(totals["rows"], totals["oldest"], writer)


def search_backend():
    """Return the haystack backend of the speech index."""
    return connections["default"].get_backend()


def speech_index():
    """Return the haystack SearchIndex of speeches."""
    return connections["default"].get_unified_index().get_index(Speech)


def use_index(path) -> None:
    """Point this process's search (haystack and the query dictionary) at a folder.

    For tests and benchmarks that build throw-away archives in one process.
    """
    from django.conf import settings

    from . import queries

    settings.WHOOSH_INDEX_PATH = path
    connections.connections_info["default"]["PATH"] = str(path)
    connections.reload("default")
    queries.forget_query_dictionary()


# Deferring (bulk imports)


@dataclass
class DeferredBatch:
    """Filled in when a deferred batch ends: what its drain did."""

    report: DrainReport | None = None


@contextmanager
def deferred_indexing(progress: Progress | None = None) -> Iterator[DeferredBatch]:
    """Queue changes without draining after each commit; drain once at the end.

    The end waits for the writer lock, so when the block returns, the index holds
    every change made in it.
    """
    batch = DeferredBatch()
    depth = getattr(_local, "deferred", 0)
    _local.deferred = depth + 1
    try:
        yield batch
    finally:
        _local.deferred = depth
    if depth == 0:
        batch.report = drain_queue(blocking=True, progress=progress)


def request_drain() -> None:
    """Drain after a commit unless deferred; never wait for another writer.

    Merging segments is left for after the response (merge_after_request).
    """
    if getattr(_local, "deferred", 0):
        return
    try:
        drain_queue(blocking=False, limit=INLINE_DRAIN_LIMIT, merge=False)
        _local.merge_wanted = True
    except Exception:
        # The change is committed and its outbox row stays: the next drain, or
        # `manage.py search_index sync`, indexes it. Never fail the request.
        log.exception("search index drain failed; changes stay queued")


@contextmanager
def writer_session(path, *, blocking: bool = True) -> Iterator[bool]:
    """Hold the writer lock; after releasing it, drain what others queued meanwhile.

    A process that failed to get the lock left its change to the holder, so every
    holder must look at the outbox once it lets go, whatever it held the lock for.
    """
    with index_writer_lock(path, blocking=blocking) as held:
        yield held
    if held:
        drain_if_queued(path)


def drain_if_queued(path) -> None:
    """Drain (without waiting) if the outbox holds rows and we hold no lock."""
    if not held_here(path) and IndexTask.objects.exists():
        whoosh_drain_queue(blocking=False)


def merge_after_request(sender=None, **kwargs) -> None:
    """Once a response has gone out, let the engine do its deferred upkeep."""
    if not getattr(_local, "merge_wanted", False):
        return
    _local.merge_wanted = False
    current_engine().after_request()


def whoosh_merge_small_segments() -> None:
    """Merge small Whoosh segments if a drain left many and nobody writes."""
    backend = search_backend()
    try:
        with writer_session(backend.path, blocking=False) as held:
            if held:
                backend.merge_small_segments()
    except Exception:
        log.exception("merging small search index segments failed")


# The engine's entry points: every caller goes through these.


def drain_queue(
    *,
    blocking: bool = True,
    limit: int | None = None,
    merge: bool = True,
    progress: Progress | None = None,
) -> DrainReport | None:
    """Bring the index up to date with the outbox; None if another process holds it."""
    return current_engine().drain(
        blocking=blocking, limit=limit, merge=merge, progress=progress
    )


def rebuild_index(*, progress: Progress | None = None) -> DrainReport:
    """Build the index from nothing out of the database (waits for the writer)."""
    return current_engine().rebuild(progress=progress)


def sync_index(*, progress: Progress | None = None) -> DrainReport:
    """Make the index match the database, from any state: empty, stale or fine."""
    return current_engine().sync(progress=progress)


def index_drift() -> DriftReport:
    """Compare the index with the database: which speeches are missing or stale."""
    return current_engine().drift()


# Draining (Whoosh)


def whoosh_drain_queue(
    *,
    blocking: bool = True,
    limit: int | None = None,
    merge: bool = True,
    progress: Progress | None = None,
) -> DrainReport | None:
    """Bring the index up to date with the outbox; None if another process holds it.

    After releasing the lock, look at the outbox again: a change committed while
    we held the lock was left to us by its process. ``merge``: then fold small
    segments together if many have piled up.
    """
    backend = search_backend()
    total = DrainReport()
    started = time.perf_counter()
    budget = limit
    first = True
    while budget is None or budget > 0:
        with index_writer_lock(backend.path, blocking=blocking) as held:
            if not held:
                # Busy: the holder looks at the outbox again after releasing.
                return None if first else _finish(total, started)
            part, rows = _drain_locked(backend, limit=budget, progress=progress)
            _merge(total, part)
            if merge:
                backend.merge_small_segments()
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
    return _finish(total, started)


def _finish(total: DrainReport, started: float) -> DrainReport:
    total.seconds = time.perf_counter() - started
    return total


def _merge(total: DrainReport, part: DrainReport) -> None:
    total.indexed += part.indexed
    total.removed += part.removed
    total.characters += part.characters
    total.rebuilt |= part.rebuilt
    total.dictionary_changed |= part.dictionary_changed


def _drain_locked(backend, *, limit, progress) -> tuple[DrainReport, int]:
    """Index what the outbox names, up to ``limit`` rows; return the report and rows."""
    report = DrainReport()
    meta = read_index_meta(backend.path)
    if meta is None or meta.format != INDEX_FORMAT or not meta.complete:
        return _rebuild_locked(backend, progress=progress), 0
    report.dictionary_changed = _sync_dictionary_locked(backend, meta)
    handled = 0
    while limit is None or handled < limit:
        size = TASK_BATCH if limit is None else min(TASK_BATCH, limit - handled)
        tasks = list(
            IndexTask.objects.order_by("pk").values_list("pk", "speech_id")[:size]
        )
        if not tasks:
            break
        speech_ids = sorted({speech_id for _pk, speech_id in tasks if speech_id})
        _merge(report, _index_speeches_locked(backend, speech_ids, progress=progress))
        IndexTask.objects.filter(pk__in=[pk for pk, _speech_id in tasks]).delete()
        handled += len(tasks)
    return report, handled


def _sync_dictionary_locked(backend, meta: IndexMeta) -> bool:
    """Apply the slogans' words; queue the speeches whose cut they change."""
    words = slogan_words()
    digest = dictionary_hash(words)
    apply_words(words)
    if digest == meta.dictionary:
        return False
    changed = set(meta.words) ^ set(words)
    queue_ids = speeches_containing(backend, changed)
    if queue_ids:
        IndexTask.objects.bulk_create(
            [IndexTask(kind=IndexTask.Kind.SPEECH, speech_id=pk) for pk in queue_ids]
        )
    write_index_meta(backend.path, IndexMeta(INDEX_FORMAT, digest, tuple(words)))
    log.info(
        "jieba dictionary changed (%d words); %d speeches queued for re-cutting",
        len(changed),
        len(queue_ids),
    )
    return True


def speeches_containing(backend, words: Iterable[str]) -> list[int]:
    """Return the ids of indexed speeches whose text contains any of the words."""
    from whoosh.query import Or

    words = sorted(w for w in words if len(w) >= 2)
    found: set[int] = set()
    index = backend.current_index()
    if not words or index.doc_count() == 0:
        return []
    with index.searcher() as searcher:
        for start in range(0, len(words), WORDS_PER_LOOKUP):
            batch = words[start : start + WORDS_PER_LOOKUP]
            query = Or(
                [
                    OffsetPhrase(
                        "grams", [(o, w[o : o + 2]) for o in covering_offsets(len(w))]
                    )
                    for w in batch
                ]
            )
            for docnum in query.docs(searcher):
                found.add(int(searcher.stored_fields(docnum)["django_id"]))
    return sorted(found)


def speech_chunks(speeches: Iterable[Speech], limit: int) -> Iterator[list[Speech]]:
    """Group speeches into lists of about ``limit`` characters of title and body."""
    chunk: list[Speech] = []
    size = 0
    for speech in speeches:
        chunk.append(speech)
        size += len(speech.title) + len(speech.body)
        if size >= limit:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _index_speeches_locked(
    backend,
    speech_ids: list[int],
    *,
    everything: bool = False,
    progress: Progress | None = None,
) -> DrainReport:
    """Index the current state of these speeches; remove those that are gone.

    With ``everything``, read all speeches rather than a list of ids (a rebuild:
    no IN clause with more ids than the database accepts).
    """
    report = DrainReport()
    if not speech_ids:
        return report
    index = speech_index()
    bulk = len(speech_ids) >= BULK_THRESHOLD
    present: set[int] = set()
    queryset = Speech.objects.only(*INDEXED_COLUMNS).order_by("pk")
    if not everything:
        queryset = queryset.filter(pk__in=speech_ids)
    for chunk in speech_chunks(queryset.iterator(chunk_size=100), BULK_CHUNK_CHARS):
        writer = backend.writer(bulk=bulk)
        try:
            for speech in chunk:
                document = backend.document(index, speech)
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
    gone = [] if everything else [pk for pk in speech_ids if pk not in present]
    if gone:
        backend.remove_identifiers(f"speeches.speech.{pk}" for pk in gone)
        report.removed = len(gone)
    speeches_indexed.send(
        sender=Speech,
        speech_ids=sorted(present),
        removed_ids=gone,
        rebuilt=everything,
    )
    return report


# Rebuilding (Whoosh)


def whoosh_rebuild_index(*, progress: Progress | None = None) -> DrainReport:
    """Build the index from nothing out of the database (waits for the lock)."""
    backend = search_backend()
    with writer_session(backend.path):
        return _rebuild_locked(backend, progress=progress)


def _rebuild_locked(backend, *, progress: Progress | None = None) -> DrainReport:
    started = time.perf_counter()
    last_task = IndexTask.objects.order_by("-pk").values_list("pk", flat=True).first()
    words = slogan_words()
    apply_words(words)
    backend.delete_index()
    meta = IndexMeta(INDEX_FORMAT, dictionary_hash(words), tuple(words))
    write_index_meta(backend.path, replace(meta, complete=False))
    speech_ids = list(Speech.objects.order_by("pk").values_list("pk", flat=True))
    report = _index_speeches_locked(
        backend, speech_ids, everything=True, progress=progress
    )
    write_index_meta(backend.path, meta)
    if last_task is not None:
        # Rows written during the rebuild may announce changes it did not see.
        IndexTask.objects.filter(pk__lte=last_task).delete()
    report.rebuilt = True
    report.seconds = time.perf_counter() - started
    return report


def whoosh_sync_index(*, progress: Progress | None = None) -> DrainReport:
    """Make the index match the database, from any state: empty, stale or fine.

    Rebuilds when the index is missing or of another format; otherwise queues
    whatever the drift report finds (missing, stale, orphaned) and drains.
    """
    backend = search_backend()
    with writer_session(backend.path):
        meta = read_index_meta(backend.path)
        if meta is None or meta.format != INDEX_FORMAT or not meta.complete:
            return _rebuild_locked(backend, progress=progress)
        queue_repairs(whoosh_index_drift())
        report = whoosh_drain_queue(blocking=True, progress=progress)
    return report or DrainReport()


# Drift (Whoosh)


def whoosh_index_drift() -> DriftReport:
    """Compare the index with the database: which speeches are missing or stale."""
    backend = search_backend()
    meta = read_index_meta(backend.path)
    format_ok, notes = meta_notes(meta, missing="no index yet")
    words = slogan_words()
    dictionary_ok = meta is not None and meta.dictionary == dictionary_hash(words)
    if meta is not None and not dictionary_ok:
        notes.append(
            "jieba dictionary changed since indexing: speeches await re-cutting"
        )
    return drift_against(
        backend.indexed_signatures() if format_ok else {},
        format_ok=format_ok,
        dictionary_ok=dictionary_ok,
        notes=notes,
    )


def meta_notes(meta: IndexMeta | None, *, missing: str) -> tuple[bool, list[str]]:
    """Return whether an index's meta says it is complete and current, and why not."""
    if meta is None:
        return False, [f"{missing}: run `manage.py search_index sync`"]
    if meta.format != INDEX_FORMAT:
        return False, [
            f"index format {meta.format}, code expects {INDEX_FORMAT}: rebuild"
        ]
    if not meta.complete:
        return False, ["a rebuild is running or was interrupted"]
    return True, []


def drift_against(
    indexed: dict[int, str], *, format_ok: bool, dictionary_ok: bool, notes: list[str]
) -> DriftReport:
    """Compare an engine's {speech id: signature} with the database's speeches."""
    expected = {
        speech.pk: speech_signature(speech)
        for speech in Speech.objects.only(*INDEXED_COLUMNS).iterator(chunk_size=200)
    }
    return DriftReport(
        missing=tuple(sorted(set(expected) - set(indexed))),
        stale=tuple(
            sorted(
                pk
                for pk, signature in expected.items()
                if pk in indexed and indexed[pk] != signature
            )
        ),
        orphans=tuple(sorted(set(indexed) - set(expected))),
        pending=IndexTask.objects.count(),
        format_ok=format_ok,
        dictionary_ok=dictionary_ok,
        speeches=len(expected),
        documents=len(indexed),
        notes=tuple(notes),
    )


def queue_repairs(drift: DriftReport) -> None:
    """Queue every speech the drift report found missing, stale or orphaned."""
    repair = sorted(set(drift.missing) | set(drift.stale) | set(drift.orphans))
    IndexTask.objects.bulk_create(
        [IndexTask(kind=IndexTask.Kind.SPEECH, speech_id=pk) for pk in repair]
    )
