"""The Whoosh engine: the index on disk that the archive uses unless SEARCH_URL is set.

A thin adapter over the Whoosh code in queries.py (query objects, cached runs,
facet columns) and indexing.py (writer lock, outbox drain, meta file).
"""

from __future__ import annotations

from haystack.backends.whoosh_backend import WhooshSearchBackend
from whoosh import index as whoosh_index

from .documents import INDEX_FORMAT
from .engines import Found, IndexUnavailable, Progress
from .storage import PreadFileStorage


class WhooshEngine:
    """Search and index through the archive's Whoosh backend."""

    name = "whoosh"

    def __init__(self, backend: WhooshSearchBackend):
        self.backend = backend

    def find(self, parsed, *, filters, sort, start, rows, facets) -> Found:
        from .queries import _run, facet_counts, sync_query_dictionary

        meta = sync_query_dictionary(self.backend.path)
        if meta is not None and meta.format != INDEX_FORMAT:
            # Written by an older version whose postings this code would decode
            # wrongly: "rebuilding" until `search_index sync` has rebuilt it.
            raise IndexUnavailable(
                f"index format {meta.format}, code expects {INDEX_FORMAT}"
            )
        try:
            searcher = self.backend.searcher()
            ranked = _run(searcher, parsed, filters, sort)
        except (OSError, whoosh_index.IndexError) as error:
            raise IndexUnavailable(str(error)) from error
        hits = tuple(
            (score, int(searcher.stored_fields(docnum)["django_id"]))
            for score, docnum in ranked.pairs(
                start, None if rows is None else start + rows
            )
        )
        return Found(
            count=len(ranked),
            hits=hits,
            facets=facet_counts(searcher, ranked) if facets else {},
            partial=meta is None or not meta.complete,
        )

    def drain(self, *, blocking=True, limit=None, merge=True, progress=None):
        from .indexing import whoosh_drain_queue

        return whoosh_drain_queue(
            blocking=blocking, limit=limit, merge=merge, progress=progress
        )

    def rebuild(self, *, progress: Progress | None = None):
        from .indexing import whoosh_rebuild_index

        return whoosh_rebuild_index(progress=progress)

    def sync(self, *, progress: Progress | None = None):
        from .indexing import whoosh_sync_index

        return whoosh_sync_index(progress=progress)

    def drift(self):
        from .indexing import whoosh_index_drift

        return whoosh_index_drift()

    def document_count(self) -> int:
        """Count documents opening the index read-only.

        haystack's own Whoosh setup() creates a missing index: a health check must
        not report an empty new index as a healthy one.
        """
        storage = PreadFileStorage(self.backend.path, readonly=True)
        index = storage.open_index()
        try:
            return index.doc_count()
        finally:
            index.close()

    def after_request(self) -> None:
        from .indexing import whoosh_merge_small_segments

        whoosh_merge_small_segments()
