"""Segment writers of the archive's index: postings grouped by term as they arrive.

Whoosh's SegmentWriter puts every posting into a sorting pool as a 5-tuple, sorts
all of them (spilling pickled runs to disk past its memory limit) and then hands
them one by one to the codec, looking up the document's field length for each.
For a bulk load that is most of the indexing time. Here a new segment keeps, per
field and term, the postings in arrays (documents arrive in order, so each
term's list is already sorted); at the end only the terms are sorted, and each
term's list goes to the codec whole (codec.ArchiveFieldWriter).

``ParallelWriter`` indexes in several processes, each filling a segment of its
own, and commits them together: analysis (jieba) is most of the work and Python
runs it on one core per process.
"""

from __future__ import annotations

import ctypes
import heapq
import logging
import multiprocessing
import os
import queue
import signal
import sys
import traceback

from whoosh.reading import SegmentReader
from whoosh.util.numeric import length_to_byte
from whoosh.writing import IndexingError, SegmentWriter

from .codec import ArchiveCodec, archive_terms, encode_postings
from .merging import WholeSegment, joined_lists, pool_slices
from .whoosh_private import (
    close_segment,
    commit_segments,
    field_length_totals,
    finalize_segment,
    merge_segments,
    unique_documents,
)

log = logging.getLogger(__name__)

# A batch of documents handed to an indexing process: about this many characters.
BATCH_CHARACTERS = 200_000
# How long a process waits for work before checking that its parent still lives.
PARENT_CHECK_SECONDS = 5.0


def text_terms(field) -> bool:
    """Return True when the field's format yields terms as str the pool can key on.

    Whoosh encodes every term to UTF-8 per posting; the archive's formats let
    the pool encode each distinct term once, when the segment is written.
    """
    return getattr(field.format, "text_terms", False)


class TermPool:
    """The postings of a segment being written, grouped by field and term.

    Each term's postings are one flat list, ``[docnum, weight, value, docnum,
    weight, value, ...]`` (without the values for formats that store none): a
    list per term is the cheapest Python structure to create and to extend, and
    most terms occur in one or two documents.
    """

    def __init__(self, schema):
        self.schema = schema
        self.fields: dict[str, dict[bytes | str, list]] = {}
        self._stores_values: dict[str, bool] = {}

    def stores_values(self, fieldname: str) -> bool:
        """Return True when the field's format keeps a value per posting."""
        stores = self._stores_values.get(fieldname)
        if stores is None:
            fmt = self.schema[fieldname].format
            stores = self._stores_values[fieldname] = fmt.fixed_value_size() != 0
        return stores

    def add_field(self, fieldname: str, docnum: int, items, boost: float) -> int:
        """Add one document's postings of a field; return the field's length."""
        terms = self.fields.setdefault(fieldname, {})
        get = terms.get
        length = 0
        if self.stores_values(fieldname):
            for btext, frequency, weight, value in items:
                if boost != 1.0:
                    weight *= boost
                postings = get(btext)
                if postings is None:
                    terms[btext] = [docnum, weight, value]
                else:
                    postings += (docnum, weight, value)
                length += frequency
        else:
            for btext, frequency, weight, _value in items:
                if boost != 1.0:
                    weight *= boost
                postings = get(btext)
                if postings is None:
                    terms[btext] = [docnum, weight]
                else:
                    postings += (docnum, weight)
                length += frequency
        return length

    def add(self, item) -> None:
        """Add one (fieldname, btext, docnum, weight, value) posting (merging)."""
        fieldname, btext, docnum, weight, value = item
        if text_terms(self.schema[fieldname]):
            btext = btext.decode("utf-8")
        postings = self.fields.setdefault(fieldname, {}).setdefault(btext, [])
        if self.stores_values(fieldname):
            postings += (docnum, weight, value or b"")
        else:
            postings += (docnum, weight)

    def sorted_terms(self, fieldname: str) -> list[tuple[bytes, bytes | str]]:
        """Return (term as bytes, key in the pool) in the order the index wants."""
        terms = sorted(self.fields[fieldname])
        if text_terms(self.schema[fieldname]):
            # Code point order is UTF-8 byte order.
            return [(term.encode("utf-8"), term) for term in terms]
        return [(term, term) for term in terms]

    def term_postings(self, fieldname: str, term: bytes | str):
        """Return a term's (ids, weights, values or None), in document order."""
        postings = self.fields[fieldname][term]
        if self.stores_values(fieldname):
            return postings[0::3], postings[1::3], postings[2::3]
        return postings[0::2], postings[1::2], None

    def cleanup(self) -> None:
        self.fields.clear()


class ArchiveSegmentWriter(SegmentWriter):
    """A SegmentWriter that pools postings by term and writes each term whole."""

    def __init__(self, ix, **kwargs):
        kwargs.setdefault("codec", ArchiveCodec())
        super().__init__(ix, **kwargs)
        self.pool = TermPool(self.schema)
        self._unique_searcher = None
        self._whole: list[WholeSegment] = []

    def add_document(self, **fields):
        self._check_state()
        schema = self.schema
        docnum = self.docnum
        perdocwriter = self.perdocwriter
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        for fieldname in fieldnames:
            value = fields[fieldname]
            if value is None:
                continue
            field = schema[fieldname]
            if field.separate_spelling() or field.vector:
                raise IndexingError(f"{fieldname}: spelling and vectors not supported")
            length = 0
            if field.indexed:
                boost = self._field_boost(fields, fieldname, docboost)
                items = (
                    field.format.word_values(value, field.analyzer, mode="index")
                    if text_terms(field)
                    else field.index(value)
                )
                length = self.pool.add_field(fieldname, docnum, items, boost)
                if not field.scorable:
                    length = 0
            stored = fields.get(f"_stored_{fieldname}", value)
            perdocwriter.add_field(
                fieldname, field, stored if field.stored else None, length
            )
            if field.column_type and stored is not None:
                perdocwriter.add_column_value(
                    fieldname, field.column_type, field.to_column_value(stored)
                )
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def update_document(self, **fields):
        """Replace the documents with the same unique values; one searcher per writer."""
        self._check_state()
        unique = self._unique_fields(fields)
        if unique and self.segments:
            if self._unique_searcher is None:
                self._unique_searcher = self.searcher()
            for docnum in unique_documents(
                self._unique_searcher, [(name, fields[name]) for name in unique]
            ):
                self.delete_document(docnum)
        self.add_document(**fields)

    def add_reader(self, reader):
        """Merge a segment into this one (a merge policy calls this).

        A segment of the archive's codec with no deleted document is merged
        block by block when this segment is written (merging.py); any other
        posting by posting, as Whoosh does.
        """
        if reader.has_deletions() or archive_terms(reader) is None:
            return super().add_reader(reader)
        self._check_state()
        base = self.docnum
        fieldnames = set(self.schema.names()) | {
            name for name in reader.indexed_field_names() if name in self.schema
        }
        totals = field_length_totals(self)
        before = dict(totals)
        self.write_per_doc(fieldnames, reader)
        for fieldname in fieldnames:
            totals[fieldname] = before.get(fieldname, 0) + reader.field_length(
                fieldname
            )
        # The merge policy closes its reader once this returns.
        own = SegmentReader(self.storage, self.schema, reader.segment())
        self._whole.append(WholeSegment(own, base, self.docnum - base))
        self._added = True
        return None

    def _flush_segment(self):
        self.perdocwriter.close()
        reader = self.per_document_reader()
        fieldwriter = self.fieldwriter
        fieldnames = set(self.pool.fields)
        for whole in self._whole:
            fieldnames |= {
                name
                for name in whole.reader.indexed_field_names()
                if name in self.schema
            }
        try:
            for fieldname in sorted(fieldnames):
                length_bytes = bytes(
                    length_to_byte(reader.doc_field_length(docnum, fieldname))
                    for docnum in range(self.docnum)
                )
                fieldwriter.start_field(fieldname, self.schema[fieldname])
                if self._whole:
                    self._write_merged_field(fieldname, length_bytes)
                else:
                    for btext, term in self.pool.sorted_terms(fieldname):
                        fieldwriter.add_term_postings(
                            btext,
                            *self.pool.term_postings(fieldname, term),
                            length_bytes,
                        )
                fieldwriter.finish_field()
            fieldwriter.close()
        finally:
            reader.close()

    def _write_merged_field(self, fieldname: str, length_bytes: bytes) -> None:
        """Write a field's terms from the pool and the whole segments, in term order."""
        streams = [
            ((btext, -1, term) for btext, term in self.pool.sorted_terms(fieldname))
            if fieldname in self.pool.fields
            else iter(())
        ]
        streams += [
            whole.numbered_terms(fieldname, number)
            for number, whole in enumerate(self._whole)
        ]
        bases = [whole.base for whole in self._whole]
        # (term, stream number) never ties: the third item is never compared.
        merged = heapq.merge(*streams)
        entries: list = []
        for entry in merged:
            if entries and entry[0] != entries[0][0]:
                self._write_merged_term(fieldname, entries, bases, length_bytes)
                entries = []
            entries.append(entry)
        if entries:
            self._write_merged_term(fieldname, entries, bases, length_bytes)

    def _write_merged_term(self, fieldname, entries, bases, length_bytes) -> None:
        btext = entries[0][0]
        if len(entries) == 1:
            _btext, number, found = entries[0]
            if number == -1:
                self.fieldwriter.add_term_postings(
                    btext, *self.pool.term_postings(fieldname, found), length_bytes
                )
                return
            whole = self._whole[number]
            if not whole.base:
                # In one segment, whose documents keep their numbers: as written.
                data, info = whole.written_list(found)
                self.fieldwriter.add_term_written(btext, data, info)
                return
        parts = []  # (written list, offset, total weight, first id once moved)
        for _btext, number, found in entries:
            if number >= 0:
                whole = self._whole[number]
                data, info = whole.written_list(found)
                parts.append((data, whole.base, info[1], info[6] + whole.base))
                continue
            ids, weights, values = self.pool.term_postings(fieldname, found)
            for start, end in pool_slices(ids, bases):
                data, _stats = encode_postings(
                    ids[start:end],
                    weights[start:end],
                    values[start:end] if values is not None else None,
                    length_bytes,
                    self.codec._blocklimit,
                )
                parts.append((data, 0, sum(weights[start:end]), ids[start]))
        parts.sort(key=lambda part: part[3])
        data, stats = joined_lists(parts)
        self.fieldwriter.add_term_list(btext, data, stats)

    def _close_whole(self) -> None:
        for whole in self._whole:
            whole.reader.close()
        self._whole = []

    def _finish(self):
        if self._unique_searcher is not None:
            self._unique_searcher.close()
            self._unique_searcher = None
        self._close_whole()
        super()._finish()

    def cancel(self):
        self._close_whole()
        super().cancel()


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent dies (Linux), or exit now.

    An indexing process that outlived a killed drain would write segment files
    that nobody commits, and wait for work for ever.
    """
    if sys.platform.startswith("linux"):
        PR_SET_PDEATHSIG = 1
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # died before the line above
        os._exit(1)


def _index_in_process(storage, indexname, codec, jobs, results, number, parent):
    """Index the batches from ``jobs`` into a new segment; report it on ``results``."""
    die_with_parent(parent)
    try:
        ix = storage.open_index(indexname)
        writer = ArchiveSegmentWriter(ix, _lk=False, codec=codec)
        while True:
            try:
                batch = jobs.get(timeout=PARENT_CHECK_SECONDS)
            except queue.Empty:
                if os.getppid() != parent:
                    return  # the parent died: nobody will commit this segment
                continue
            if batch is None:
                break
            for fields in batch:
                writer.add_document(**fields)
        if writer.doc_count():
            results.put((number, finalize_segment(writer), None))
        else:
            close_segment(writer)
            results.put((number, None, None))
    except BaseException:
        results.put((number, None, traceback.format_exc()))


class ParallelWriter(ArchiveSegmentWriter):
    """Index new documents in ``procs`` processes, one new segment each.

    Deletions (update_document) happen here, on the existing segments; the
    documents go in batches to whichever process is free. ``commit`` waits for
    every process and fails, committing nothing, if any of them failed.
    """

    def __init__(self, ix, *, procs: int = 2, **kwargs):
        super().__init__(ix, **kwargs)
        context = multiprocessing.get_context("fork")
        self._jobs = context.Queue(maxsize=procs * 2)
        self._results = context.Queue()
        self._processes = [
            context.Process(
                target=_index_in_process,
                args=(
                    ix.storage,
                    ix.indexname,
                    self.codec,
                    self._jobs,
                    self._results,
                    number,
                    os.getpid(),
                ),
                daemon=True,
            )
            for number in range(procs)
        ]
        for process in self._processes:
            process.start()
        self._batch: list[dict] = []
        self._batch_size = 0

    def add_document(self, **fields):
        self._check_state()
        self._batch.append(fields)
        self._batch_size += sum(len(v) for v in fields.values() if isinstance(v, str))
        if self._batch_size >= BATCH_CHARACTERS:
            self._send_batch()

    def _send_batch(self) -> None:
        if self._batch:
            self._put_job(self._batch)
        self._batch, self._batch_size = [], 0

    def _put_job(self, job) -> None:
        """Queue a batch (or None, "stop") for the processes; raise if all have died.

        A process that fails stops taking batches: without this check a full
        queue would block the parent for ever once none is left.
        """
        while True:
            try:
                self._jobs.put(job, timeout=PARENT_CHECK_SECONDS)
                return
            except queue.Full:
                if all(process.exitcode is not None for process in self._processes):
                    self._collect_reports()  # raises with the processes' reasons
                    raise IndexingError("every indexing process has stopped") from None

    def _segments_from_processes(self) -> list:
        """Stop the processes and return their segments; raise if any failed."""
        self._send_batch()
        for _process in self._processes:
            self._put_job(None)
        return self._collect_reports()

    def _collect_reports(self) -> list:
        """Wait for every process's report; return the segments, raise on failure."""
        segments, failures, pending = {}, [], set(range(len(self._processes)))

        def take(report) -> None:
            number, segment, failure = report
            pending.discard(number)
            if failure:
                failures.append(failure)
            elif segment is not None:
                segments[number] = segment

        while pending:
            try:
                take(self._results.get(timeout=1.0))
            except queue.Empty:
                exited = [n for n in pending if self._processes[n].exitcode is not None]
                # A process sends its report before it exits: read what is sent.
                while True:
                    try:
                        take(self._results.get(timeout=0.1))
                    except queue.Empty:
                        break
                for number in set(exited) & pending:
                    failures.append(f"indexing process {number} died")
                    pending.discard(number)
        self._stop_processes()
        if failures:
            raise IndexingError("indexing in processes failed:\n" + "\n".join(failures))
        return [segments[n] for n in sorted(segments)]

    def commit(self, mergetype=None, optimize=None, merge=None):
        self._check_state()
        try:
            new_segments = self._segments_from_processes()
        except BaseException:
            self.cancel()
            raise
        final = merge_segments(self, mergetype, optimize, merge)
        if self._added:
            final.append(finalize_segment(self))
        else:
            close_segment(self)
        commit_segments(self, final + new_segments)

    def _stop_processes(self) -> None:
        """End the processes; forget batches nobody took (exit must not wait on them)."""
        for process in self._processes:
            if process.is_alive():
                process.terminate()
            process.join()
        self._jobs.cancel_join_thread()
        self._jobs.close()

    def cancel(self):
        self._stop_processes()
        if not self.is_closed:
            super().cancel()
