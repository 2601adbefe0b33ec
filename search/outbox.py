"""The outbox: changes to the archive become rows, drained into the index.

A change writes its row in the changing transaction (so a change cannot commit
without its row, and a rolled-back change leaves none): ``speeches_changed``,
and post_save/post_delete of Speech (a safety net for code that forgets the
signal) and of Slogan (jieba's words). One row per speech per transaction,
however many saves and signals the change made, and one drain after commit.

After the commit, the process that made the change tries to drain without
waiting for the writer lock: if another process holds it, that process drains
this change too, when it lets go. A drain started here never rebuilds the
index: a web request must not run a full rebuild; `manage.py search_index
sync` does. Bulk imports defer draining to one drain at the end.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Min

from speeches.signals import index_drained

from .engines.base import DrainReport, DriftReport, Progress
from .engines.connection import current_engine
from .models import IndexTask

log = logging.getLogger(__name__)

# A drain started by a web request indexes at most this many speeches; the rest
# wait for the next change or for `manage.py search_index sync`.
INLINE_DRAIN_LIMIT = 200

_local = threading.local()


# Writing rows, inside the changing transaction


class QueuedInTransaction:
    """An on-commit hook that drains once, and remembers what this transaction queued.

    Django drops the hooks of a rolled-back savepoint together with its rows, so
    a hook never claims a row that is gone. One hook per savepoint level: the
    speech ids a savepoint queued are forgotten with it.
    """

    def __init__(self):
        self.speech_ids: set[int] = set()
        self.dictionary = False

    def __call__(self) -> None:
        request_drain()


def transaction_hooks() -> list[QueuedInTransaction]:
    """Return this transaction's outbox hooks (none outside a transaction)."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        return []
    return [
        func
        for _ids, func, _robust in connection.run_on_commit
        if isinstance(func, QueuedInTransaction)
    ]


def current_hook() -> QueuedInTransaction:
    """Return the hook of the current savepoint level, registering one if needed."""
    connection = transaction.get_connection()
    hooks = [
        (sids, func)
        for sids, func, _robust in connection.run_on_commit
        if isinstance(func, QueuedInTransaction)
    ]
    if hooks and hooks[-1][0] == set(connection.savepoint_ids):
        return hooks[-1][1]
    hook = QueuedInTransaction()
    transaction.on_commit(hook)
    return hook


def queue_speeches(speech_ids) -> None:
    """Record that the index must catch up with these speeches (once each)."""
    ids = {int(pk) for pk in speech_ids if pk is not None}
    queued_here = set().union(*(hook.speech_ids for hook in transaction_hooks()))
    if ids & queued_here:
        # Queued earlier in this transaction, and not drained since (a drain in
        # the same transaction, as a bulk import's, deletes the rows it did).
        ids -= set(
            IndexTask.objects.filter(
                kind=IndexTask.Kind.SPEECH, speech_id__in=ids & queued_here
            ).values_list("speech_id", flat=True)
        )
    if not ids:
        return
    IndexTask.objects.bulk_create(
        [IndexTask(kind=IndexTask.Kind.SPEECH, speech_id=pk) for pk in sorted(ids)]
    )
    current_hook().speech_ids |= ids


def queue_dictionary() -> None:
    """Record that jieba's user words may have changed (once per pending drain)."""
    if any(hook.dictionary for hook in transaction_hooks()):
        return
    if not IndexTask.objects.filter(kind=IndexTask.Kind.DICTIONARY).exists():
        IndexTask.objects.create(kind=IndexTask.Kind.DICTIONARY)
    current_hook().dictionary = True


def on_speeches_changed(sender, speech_ids=(), **kwargs):
    queue_speeches(speech_ids)


def on_speech_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        queue_speeches([instance.pk])


def on_speech_deleted(sender, instance, **kwargs):
    queue_speeches([instance.pk])


def on_slogan_changed(sender, instance, **kwargs):
    queue_dictionary()


# Draining


@dataclass
class DeferredBatch:
    """Filled in when a deferred batch ends: what its drain did."""

    report: DrainReport | None = None


@contextmanager
def deferred_indexing(progress: Progress | None = None) -> Iterator[DeferredBatch]:
    """Queue changes without draining after each commit; drain once at the end.

    For commands (bulk imports), never a web request: the end waits for the
    writer lock and may build the index from nothing, so when the block
    returns, the index holds every change made in it.
    """
    batch = DeferredBatch()
    depth = getattr(_local, "deferred", 0)
    _local.deferred = depth + 1
    try:
        yield batch
    finally:
        _local.deferred = depth
    if depth == 0:
        batch.report = drain_queue(blocking=True, rebuild=True, progress=progress)


def request_drain() -> None:
    """Drain after a commit unless deferred; never wait, never rebuild.

    Merging segments is left for after the response (merge_after_request).
    """
    if getattr(_local, "deferred", 0):
        return
    try:
        drain_queue(blocking=False, limit=INLINE_DRAIN_LIMIT, merge=False, inline=True)
        _local.merge_wanted = True
    except Exception:
        # The change is committed and its outbox row stays: the next drain, or
        # `manage.py search_index sync`, indexes it. Never fail the request.
        log.exception("search index drain failed; changes stay queued")


def merge_after_request(sender=None, **kwargs) -> None:
    """Once a response has gone out, let the engine do its deferred upkeep."""
    if not getattr(_local, "merge_wanted", False):
        return
    _local.merge_wanted = False
    current_engine().after_request()


# The engine's entry points: commands, health and tests go through these.


def drain_queue(
    *,
    blocking: bool = True,
    limit: int | None = None,
    merge: bool = True,
    rebuild: bool = False,
    progress: Progress | None = None,
    inline: bool = False,
) -> DrainReport | None:
    """Bring the index up to date with the outbox; None if another process holds it.

    ``inline``: a web request's drain (what follows it keeps to a small bound).
    """
    report = current_engine().drain(
        blocking=blocking, limit=limit, merge=merge, rebuild=rebuild, progress=progress
    )
    if report is not None:
        index_drained.send(sender=IndexTask, inline=inline)
    return report


def rebuild_index(*, progress: Progress | None = None) -> DrainReport:
    """Build the index from nothing out of the database (waits for the writer)."""
    report = current_engine().rebuild(progress=progress)
    index_drained.send(sender=IndexTask, inline=False)
    return report


def sync_index(*, progress: Progress | None = None) -> DrainReport:
    """Make the index match the database, from any state: empty, damaged, stale."""
    report = current_engine().sync(progress=progress)
    index_drained.send(sender=IndexTask, inline=False)
    return report


def index_drift() -> DriftReport:
    """Compare the index with the database: which speeches are missing or stale."""
    return current_engine().drift()


@dataclass(frozen=True)
class OutboxState:
    """How many changes wait for the index, since when, and who is draining."""

    rows: int
    oldest: dt.datetime | None
    writer: int | None  # the process id holding the writer lock, if alive


def outbox_state() -> OutboxState:
    """Return the outbox's size and age, and the living holder of the writer lock."""
    totals = IndexTask.objects.aggregate(rows=Count("pk"), oldest=Min("created_at"))
    return OutboxState(totals["rows"], totals["oldest"], current_engine().writer_pid())
