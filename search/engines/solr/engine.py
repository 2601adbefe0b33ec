"""The Solr engine: the archive's index in Solr (SolrCloud), selected by SEARCH_URL.

Same documents as the Whoosh index (search_indexes.SpeechIndex over documents.py),
sent by the same single drainer of the outbox, in batches over HTTP:

- drains add and delete with ``commitWithin`` and end with one soft commit, so a
  change is searchable when the drain returns (as with Whoosh) without a hard
  commit per edit; Solr's autoCommit (solrconfig.xml) makes it durable;
- a rebuild marks the index incomplete, replaces every speech, hard-commits and
  marks it complete. What the index was built with lives in Solr itself, in one
  meta document (searches and counts filter it out), so every web machine reads
  the same state;
- one drainer at a time across every machine: the drain holds a PostgreSQL
  advisory lock (web machines share the database, not a disk); on SQLite, which
  is one machine's file anyway, the archive's file lock (locking.py).

Passages and highlighting come from the database text (passages.py), as with
Whoosh: Solr only says which speeches match, how well, and the facet counts.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pysolr
from django.conf import settings
from django.db import connection
from haystack import connections

from speeches.models import Speech

from ...documents import INDEX_FORMAT
from ...models import IndexTask
from ..base import FACET_FIELDS, DrainReport, Found, IndexMeta, IndexUnavailable
from ..database import (
    announce_indexed,
    drain_outbox,
    drift_against,
    last_task,
    meta_notes,
    queue_repairs,
    speech_chunks,
    speeches_to_index,
)
from ..locking import index_writer_lock
from .query import SPEECH_CONTENT_TYPE, solr_params, term_filter

log = logging.getLogger(__name__)

# Filled by the schema's copyField rules from "text" (see schema.xml): sending
# them too would give a single-valued field two values. Saves two thirds of
# every request.
COPIED_FIELDS = ("grams", "chars", "title_chars", "exact_chars", "exact_title_chars")
META_ID = "search.indexmeta.archive"
META_CONTENT_TYPE = "search.indexmeta"
# One update request carries about this many characters of speech text.
BATCH_CHARS = 2_000_000
# Solr makes added documents visible within this many milliseconds at the latest.
COMMIT_WITHIN_MS = 5_000
# Outbox rows read per round, and ids per delete or lookup request.
TASK_BATCH = 2_000
IDS_PER_REQUEST = 500
# Refused, timed out, an error status, or an answer that is not what was asked
# for (not JSON, a field missing): all mean Solr cannot answer now.
SOLR_ERRORS = (pysolr.SolrError, OSError, ValueError, KeyError)
# The PostgreSQL advisory lock of the Solr drainer: any fixed 64-bit key that
# nothing else in the database uses ("SpeechAr" in ASCII).
DRAINER_LOCK_KEY = 0x5370656563684172
# "Every match" (an exact-script search checks them all): more than any archive.
ALL_ROWS = 1_000_000
# Searches reuse the meta document read this recently (one request fewer each);
# the partial-index notice may lag a rebuild's start or end by as much.
META_TTL_SECONDS = 5.0
# {Solr URL: (when read, meta)} for searches.
_meta_read: dict[str, tuple[float, IndexMeta | None]] = {}


@contextmanager
def solr_answers() -> Iterator[None]:
    """Turn a failed Solr request into IndexUnavailable, naming Solr's answer."""
    try:
        yield
    except SOLR_ERRORS as error:
        raise IndexUnavailable(f"Solr: {error}") from error


@contextmanager
def advisory_lock(key: int, *, blocking: bool = True) -> Iterator[bool]:
    """Hold a PostgreSQL session advisory lock; yield False when busy and not blocking.

    Session locks are reentrant (each lock needs its unlock) and die with the
    connection, so a drainer that crashes leaves no stale lock.
    """
    with connection.cursor() as cursor:
        if blocking:
            cursor.execute("SELECT pg_advisory_lock(%s)", [key])
            held = True
        else:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
            held = bool(cursor.fetchone()[0])
    try:
        yield held
    finally:
        if held:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])


def drainer_lock(*, blocking: bool = True):
    """Return the lock that makes the Solr drainer single, across machines if need be."""
    if connection.vendor == "postgresql":
        return advisory_lock(DRAINER_LOCK_KEY, blocking=blocking)
    return index_writer_lock(Path(settings.VAR_DIR) / "solr-outbox", blocking=blocking)


def solr_date(value) -> str:
    """Return a date as Solr's DatePointField reads it (midnight UTC)."""
    return f"{value.isoformat()}T00:00:00Z"


def solr_document(prepared: dict) -> dict:
    """Return the Solr document of a prepared speech (SearchIndex.full_prepare)."""
    document = {}
    for name, value in prepared.items():
        if value is None or name in COPIED_FIELDS or name == "boost":
            continue
        document[name] = solr_date(value) if name == "date" else value
    return document


def speech_document(speech: Speech) -> dict:
    """Return the Solr document of one speech."""
    index = connections["default"].get_unified_index().get_index(Speech)
    return solr_document(index.full_prepare(speech))


def meta_document(meta: IndexMeta) -> dict:
    """Return the document that records what the index was built with."""
    return {
        "id": META_ID,
        "django_ct": META_CONTENT_TYPE,
        "django_id": "0",
        "signature": json.dumps(
            {"format": meta.format, "complete": meta.complete}, ensure_ascii=False
        ),
    }


def facet_counts(results: pysolr.Results) -> dict[str, Counter]:
    """Read Solr's facet lists ([value, count, value, count…]) into Counters."""
    fields = (results.facets or {}).get("facet_fields", {})
    counts = {}
    for name in FACET_FIELDS:
        flat = fields.get(name, [])
        counts[name] = Counter(
            {value: count for value, count in zip(flat[::2], flat[1::2], strict=True)}
        )
    return counts


class SolrEngine:
    """Search and index through a Solr core or collection."""

    name = "solr"

    def __init__(self, backend):
        self.conn = backend.conn

    # Reading

    def find(self, parsed, *, filters, sort, start, rows, facets) -> Found:
        params = solr_params(
            parsed,
            filters=filters,
            sort=sort,
            start=start,
            rows=ALL_ROWS if rows is None else rows,
            facets=facets,
        )
        query = params.pop("q")
        with solr_answers():
            results = self.conn.search(query, **params)
            meta = self.recent_meta()
            return Found(
                count=results.hits,
                hits=tuple(
                    (float(doc.get("score", 0.0)), int(doc["django_id"]))
                    for doc in results.docs
                ),
                facets=facet_counts(results) if facets else {},
                partial=meta is None or not meta.complete,
            )

    def recent_meta(self) -> IndexMeta | None:
        """Return the meta document as read at most META_TTL_SECONDS ago."""
        now = time.monotonic()
        read_at, meta = _meta_read.get(self.conn.url, (None, None))
        if read_at is None or now - read_at > META_TTL_SECONDS:
            meta = self.read_meta()
            _meta_read[self.conn.url] = (now, meta)
        return meta

    def read_meta(self) -> IndexMeta | None:
        """Return what the index was built with, or None before the first build."""
        results = self.conn.search(f'id:"{META_ID}"', fl="signature", rows=1)
        if not results.docs:
            return None
        try:
            data = json.loads(results.docs[0]["signature"])
            return IndexMeta(
                format=str(data["format"]),
                dictionary="",
                complete=bool(data["complete"]),
            )
        except (KeyError, ValueError, TypeError):
            return None

    def document_count(self) -> int:
        with solr_answers():
            return self.conn.search(
                "*:*", fq=term_filter("django_ct", SPEECH_CONTENT_TYPE), rows=0
            ).hits

    def indexed_signatures(self) -> dict[int, tuple[str, str]]:
        """Return {speech id: (signature, script)} of every speech in Solr, page by
        page ("" where a document has no ``script``)."""
        signatures = {}
        cursor = "*"
        while True:
            results = self.conn.search(
                "*:*",
                fq=term_filter("django_ct", SPEECH_CONTENT_TYPE),
                fl="django_id,signature,script",
                sort="id asc",
                rows=IDS_PER_REQUEST,
                cursorMark=cursor,
            )
            for doc in results.docs:
                signatures[int(doc["django_id"])] = (
                    doc.get("signature", ""),
                    doc.get("script", ""),
                )
            if not results.nextCursorMark or results.nextCursorMark == cursor:
                return signatures
            cursor = results.nextCursorMark

    # Writing: one drainer, holding drainer_lock()

    def write_meta(self, meta: IndexMeta, *, hard: bool = False) -> None:
        """Record what the index is built with; visible to searches at once."""
        if hard:
            self.conn.add([meta_document(meta)], commit=True)
        else:
            self.conn.add([meta_document(meta)], commit=False, softCommit=True)
        _meta_read[self.conn.url] = (time.monotonic(), meta)

    def send(self, speeches: list[Speech]) -> None:
        self.conn.add(
            [speech_document(speech) for speech in speeches],
            commit=False,
            commitWithin=COMMIT_WITHIN_MS,
        )

    def remove(self, speech_ids: list[int]) -> None:
        for start in range(0, len(speech_ids), IDS_PER_REQUEST):
            batch = speech_ids[start : start + IDS_PER_REQUEST]
            self.conn.delete(
                id=[f"{SPEECH_CONTENT_TYPE}.{pk}" for pk in batch], commit=False
            )

    def index_speeches(self, speech_ids: list[int], *, everything=False, progress=None):
        """Send the current state of these speeches; delete those that are gone."""
        report = DrainReport()
        if not speech_ids:
            return report
        speeches = speeches_to_index(speech_ids, everything=everything)
        present: set[int] = set()
        for chunk in speech_chunks(speeches, BATCH_CHARS):
            self.send(chunk)
            present.update(speech.pk for speech in chunk)
            report.characters += sum(len(s.title) + len(s.body) for s in chunk)
            report.indexed += len(chunk)
            if progress:
                progress(report.indexed, len(speech_ids))
        return announce_indexed(
            report, speech_ids, present, everything=everything, remove=self.remove
        )

    def drain(
        self, *, blocking=True, limit=None, merge=True, rebuild=False, progress=None
    ):
        with solr_answers():
            return self.drain_rounds(
                blocking=blocking, limit=limit, rebuild=rebuild, progress=progress
            )

    def drain_rounds(self, *, blocking, limit, rebuild, progress):
        """Drain until the outbox is empty, ``limit`` rows or another holds the lock."""
        total = DrainReport()
        started = time.perf_counter()
        budget = limit
        first = True
        while budget is None or budget > 0:
            with drainer_lock(blocking=blocking) as held:
                if not held:
                    # Busy: the holder looks at the outbox again after releasing.
                    return None if first else finish(total, started)
                part, rows = self.drain_locked(
                    limit=budget, rebuild=rebuild, progress=progress
                )
                total.add(part)
            if part.awaiting_rebuild:
                break
            if budget is not None:
                budget -= rows
            if not IndexTask.objects.exists():
                break
            first, blocking = False, False
        return finish(total, started)

    def drain_locked(self, *, limit, rebuild, progress):
        """Index what the outbox names, up to ``limit`` rows; soft-commit once."""
        meta = self.read_meta()
        if meta is None or meta.format != INDEX_FORMAT or not meta.complete:
            if rebuild:
                return self.rebuild_locked(progress=progress), 0
            return DrainReport(awaiting_rebuild=True), 0
        report, handled = drain_outbox(
            self.index_speeches, limit=limit, batch=TASK_BATCH, progress=progress
        )
        if report.indexed or report.removed:
            self.conn.commit(softCommit=True)
        return report, handled

    def rebuild(self, *, progress=None):
        with solr_answers(), drainer_lock():
            report = self.rebuild_locked(progress=progress)
        self.drain_if_queued()
        return report

    def drain_if_queued(self) -> None:
        """Drain what others queued while we held the lock: they left it to us."""
        if IndexTask.objects.exists():
            self.drain(blocking=False, rebuild=False)

    def rebuild_locked(self, *, progress=None):
        """Replace every speech document from the database; hard-commit at the end."""
        started = time.perf_counter()
        newest_task = last_task()
        meta = IndexMeta(INDEX_FORMAT, "")
        self.write_meta(IndexMeta(INDEX_FORMAT, "", complete=False))
        self.conn.delete(q=term_filter("django_ct", SPEECH_CONTENT_TYPE), commit=False)
        speech_ids = list(Speech.objects.order_by("pk").values_list("pk", flat=True))
        report = self.index_speeches(speech_ids, everything=True, progress=progress)
        self.write_meta(meta, hard=True)
        if newest_task is not None:
            # Rows written during the rebuild may announce changes it did not see.
            IndexTask.objects.filter(pk__lte=newest_task).delete()
        report.rebuilt = True
        report.seconds = time.perf_counter() - started
        return report

    def sync(self, *, progress=None):
        with solr_answers(), drainer_lock():
            meta = self.read_meta()
            if meta is None or meta.format != INDEX_FORMAT or not meta.complete:
                report = self.rebuild_locked(progress=progress)
                self.drain_if_queued()
                return report
            queue_repairs(self.drift_report())
            report = self.drain(blocking=True, rebuild=True, progress=progress)
        return report or DrainReport()

    def drift(self):
        with solr_answers():
            return self.drift_report()

    def drift_report(self):
        format_ok, notes = meta_notes(self.read_meta(), missing="no index in Solr yet")
        return drift_against(
            self.indexed_signatures() if format_ok else {},
            format_ok=format_ok,
            # smartcn's words do not learn the archive's slogans: nothing to redo.
            dictionary_ok=True,
            notes=notes,
        )

    def clear(self) -> None:
        """Delete every document, the meta document too (tests, before a rebuild)."""
        self.conn.delete(q="*:*", commit=True)
        _meta_read.pop(self.conn.url, None)

    def after_request(self) -> None:
        """Nothing to do: Solr merges segments itself."""

    def writer_pid(self) -> int | None:
        """Return None: Solr's drainer may run on any machine."""
        return None


def finish(total, started: float):
    total.seconds = time.perf_counter() - started
    return total
