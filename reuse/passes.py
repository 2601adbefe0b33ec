"""The reuse pass: text reuse catches up with what the index writer indexed.

The index drain records every speech it indexed or removed as a ReuseTask
(receivers.py): after the index holds the speech and before the drain deletes
the speech's outbox row, so a crash in between leaves the outbox row, and the
next drain records the speech again. Once the drain has committed and let go of
the index writer lock, the same process runs this pass (signal
``index_drained``): the index is searchable while reuse works. The pass has a
lock of its own beside the index's, so one process at a time runs it, in the
order of the changes; each batch of speeches is updated and its rows deleted in
one transaction, so a crash leaves them pending and the next pass does them.

A web request's drain runs at most INLINE_LIMIT speeches, never a rebuild and
never waits for the lock; the rest waits for the next drain, ``search_index
drain --loop`` (``make run``'s worker) or ``manage.py reuse sync``.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Min

from search.engines.locking import index_writer_lock, lock_holder, process_alive

from .models import ReuseTask
from .rows import batches
from .services import Progress, ReuseReport, reuse_rebuild, reuse_sync, reuse_update

# A web request's drain brings reuse up to date for at most this many speeches.
INLINE_LIMIT = 20
# Speeches updated per transaction: a crash loses at most one batch's work, and
# other writers of a SQLite archive wait for one batch at most.
BATCH = 50

_local = threading.local()


def lock_base() -> Path:
    """Return the path the reuse pass's lock file is named after (beside the index)."""
    index = Path(settings.WHOOSH_INDEX_PATH)
    return index.with_name(index.name + ".reuse")


def reuse_queue(
    *, speech_ids: Iterable[int], removed_ids: Iterable[int], rebuilt: bool
) -> None:
    """Record what the reuse pass must catch up with (once per pending speech)."""
    if rebuilt:
        if not ReuseTask.objects.filter(kind=ReuseTask.Kind.REBUILD).exists():
            ReuseTask.objects.create(kind=ReuseTask.Kind.REBUILD)
        return
    ids = {int(pk) for pk in [*speech_ids, *removed_ids]}
    if not ids:
        return
    pending: set[int] = set()
    for chunk in batches(ids):
        pending |= set(
            ReuseTask.objects.filter(
                kind=ReuseTask.Kind.SPEECH, speech_id__in=chunk
            ).values_list("speech_id", flat=True)
        )
    ReuseTask.objects.bulk_create(
        [
            ReuseTask(kind=ReuseTask.Kind.SPEECH, speech_id=pk)
            for pk in sorted(ids - pending)
        ],
        batch_size=500,
    )


def reuse_pass(
    *, limit: int | None = None, blocking: bool = True
) -> ReuseReport | None:
    """Catch text reuse up with the recorded changes, oldest first.

    ``limit``: at most this many speeches, and no rebuild (a web request's
    pass). None when another process runs the pass (it will do these rows too)
    or when there is nothing to do.
    """
    with index_writer_lock(lock_base(), blocking=blocking) as held:
        if not held:
            return None
        report, handled = _catch_up(limit=limit)
    if not handled:
        return None
    for collected in _collectors():
        collected.append(report)
    return report


def _catch_up(*, limit: int | None) -> tuple[ReuseReport, int]:
    """Handle the recorded rows, up to ``limit`` speeches; return the report and count."""
    started = time.perf_counter()
    total = ReuseReport()
    done = 0
    while limit is None or done < limit:
        rows = list(
            ReuseTask.objects.order_by("pk").values_list("pk", "kind", "speech_id")[
                : BATCH if limit is None else min(BATCH, limit - done)
            ]
        )
        if not rows:
            break
        rebuild = ReuseTask.objects.filter(kind=ReuseTask.Kind.REBUILD).first()
        if rebuild is not None:
            if limit is not None:
                break  # never inside a web request
            part = _rebuild(progress=None)
            _add(total, part)
            done += part.speeches
            continue
        speech_ids = sorted({speech_id for _pk, _kind, speech_id in rows})
        present = set(_present(speech_ids))
        with transaction.atomic():
            part = reuse_update(
                speech_ids=sorted(present),
                removed_ids=sorted(set(speech_ids) - present),
            )
            ReuseTask.objects.filter(pk__in=[pk for pk, _kind, _id in rows]).delete()
        _add(total, part)
        done += len(speech_ids)
    total.seconds = time.perf_counter() - started
    return total, done


def _rebuild(*, progress: Progress | None) -> ReuseReport:
    """Rebuild from nothing; it covers every row recorded before it started."""
    newest = ReuseTask.objects.order_by("-pk").values_list("pk", flat=True).first()
    with transaction.atomic():
        report = reuse_rebuild(progress=progress)
        if newest is not None:
            ReuseTask.objects.filter(pk__lte=newest).delete()
    return report


def reuse_rebuild_all(*, progress: Progress | None = None) -> ReuseReport:
    """Rebuild text reuse from nothing under the pass's lock (waits for it)."""
    with index_writer_lock(lock_base()):
        return _rebuild(progress=progress)


def reuse_repair() -> tuple[ReuseReport | None, ReuseReport]:
    """Run the pending pass, then recompute what drifted; wait for the lock.

    Return the pass's report (None when nothing was pending) and the repair's.
    """
    with index_writer_lock(lock_base()):
        pending = reuse_pass(blocking=True)
        return pending, reuse_sync()


def _present(speech_ids: list[int]) -> list[int]:
    from speeches.models import Speech

    return list(Speech.objects.filter(pk__in=speech_ids).values_list("pk", flat=True))


def _add(total: ReuseReport, part: ReuseReport) -> None:
    for name in ("speeches", "keys", "pairs", "related", "passages", "copies"):
        setattr(total, name, getattr(total, name) + getattr(part, name))


@dataclass(frozen=True)
class ReuseQueueState:
    """How many speeches wait for the reuse pass, since when, and who runs it."""

    rows: int
    oldest: dt.datetime | None
    worker: int | None  # the process id holding the reuse lock, if alive
    rebuild: bool  # a rebuild from nothing is pending


def reuse_queue_state() -> ReuseQueueState:
    """Return the pending reuse work and the living holder of the pass's lock."""
    totals = ReuseTask.objects.aggregate(rows=Count("pk"), oldest=Min("created_at"))
    holder = lock_holder(lock_base())
    return ReuseQueueState(
        rows=totals["rows"],
        oldest=totals["oldest"],
        worker=holder if holder is not None and process_alive(holder) else None,
        rebuild=ReuseTask.objects.filter(kind=ReuseTask.Kind.REBUILD).exists(),
    )


def _collectors() -> list[list[ReuseReport]]:
    return getattr(_local, "collectors", [])


@contextmanager
def passes_collected() -> Iterator[list[ReuseReport]]:
    """Collect the reports of the reuse passes this thread runs inside the block.

    For commands that report the pass apart from the index drain that ran it.
    """
    collected: list[ReuseReport] = []
    _local.collectors = [*_collectors(), collected]
    try:
        yield collected
    finally:
        _local.collectors = [c for c in _collectors() if c is not collected]


def summed(reports: list[ReuseReport]) -> ReuseReport | None:
    """Return the reports added up, None when there are none."""
    if not reports:
        return None
    total = ReuseReport()
    for report in reports:
        _add(total, report)
        total.seconds += report.seconds
    return total
