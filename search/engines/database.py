"""What every engine reads from the database: speeches to index, and drift."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from speeches.models import Speech
from speeches.signals import speeches_indexed

from ..documents import (
    INDEX_FORMAT,
    INDEXED_COLUMNS,
    speech_script,
    speech_signature,
)
from ..models import IndexTask
from .base import DrainReport, DriftReport, Progress


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


def speeches_to_index(speech_ids: list[int], *, everything: bool = False):
    """Return the speeches to index, in id order, with only the indexed columns.

    ``everything``: all speeches rather than a list of ids (a rebuild: no IN
    clause with more ids than the database accepts).
    """
    queryset = Speech.objects.only(*INDEXED_COLUMNS).order_by("pk")
    if not everything:
        queryset = queryset.filter(pk__in=speech_ids)
    return queryset.iterator(chunk_size=100)


def queued_tasks(size: int) -> list[tuple[int, int | None]]:
    """Return the oldest outbox rows, (row id, speech id) each."""
    return list(IndexTask.objects.order_by("pk").values_list("pk", "speech_id")[:size])


def drain_outbox(
    index_speeches, *, limit: int | None, batch: int, progress: Progress | None
) -> tuple[DrainReport, int]:
    """Index what the outbox names, oldest first, up to ``limit`` rows.

    ``index_speeches(speech_ids, progress=)`` is the engine's: it indexes the
    speeches' current state and removes those that are gone. A row is deleted
    only once its speech is indexed. Return the report and the rows handled.
    """
    report = DrainReport()
    handled = 0
    while limit is None or handled < limit:
        tasks = queued_tasks(batch if limit is None else min(batch, limit - handled))
        if not tasks:
            break
        speech_ids = sorted({speech_id for _pk, speech_id in tasks if speech_id})
        report.add(index_speeches(speech_ids, progress=progress))
        IndexTask.objects.filter(pk__in=[pk for pk, _speech_id in tasks]).delete()
        handled += len(tasks)
    return report, handled


def announce_indexed(
    report: DrainReport,
    speech_ids: list[int],
    present: set[int],
    *,
    everything: bool,
    remove,
) -> DrainReport:
    """Remove the speeches that are gone, then send speeches_indexed; return report.

    ``remove(speech_ids)`` is the engine's. Sent while the writer still holds
    its lock, so receivers run one at a time, in the order of the changes.
    """
    gone = [] if everything else [pk for pk in speech_ids if pk not in present]
    if gone:
        remove(gone)
        report.removed = len(gone)
    speeches_indexed.send(
        sender=Speech,
        speech_ids=sorted(present),
        removed_ids=gone,
        rebuilt=everything,
    )
    return report


def last_task() -> int | None:
    """Return the id of the newest outbox row, if any."""
    return IndexTask.objects.order_by("-pk").values_list("pk", flat=True).first()


def queue_speeches(speech_ids: Iterable[int]) -> None:
    """Queue speeches for indexing (repairs and re-cuts found by the writer)."""
    IndexTask.objects.bulk_create(
        [IndexTask(kind=IndexTask.Kind.SPEECH, speech_id=pk) for pk in speech_ids]
    )


def meta_notes(meta, *, missing: str) -> tuple[bool, list[str]]:
    """Return whether an index's meta says it is complete and current, and why not."""
    if meta is None:
        return False, [f"{missing}: run `manage.py search_index sync`"]
    if meta.format != INDEX_FORMAT:
        return False, [
            f"index format {meta.format}, code expects {INDEX_FORMAT}: "
            "run `manage.py search_index sync`"
        ]
    if not meta.complete:
        return False, ["a rebuild is running or was interrupted"]
    return True, []


def drift_against(
    indexed: dict[int, tuple[str, str]],
    *,
    format_ok: bool,
    dictionary_ok: bool,
    notes: list[str],
) -> DriftReport:
    """Compare an engine's {speech id: (signature, script)} with the database's
    speeches: a document is stale when either differs from what its speech gives."""
    expected = {
        speech.pk: (speech_signature(speech), speech_script(speech) or "")
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
    queue_speeches(sorted(set(drift.missing) | set(drift.stale) | set(drift.orphans)))
