"""Load what every search needs once: in the master before forking, then per worker."""

import logging

from django.conf import settings
from django.db import close_old_connections

from .dictionary import start_jieba
from .folding import folding_sources
from .queries import sync_query_dictionary

log = logging.getLogger(__name__)


def warm_up() -> None:
    """Load jieba with the index's user words, and the folding table.

    Reads files only: no database and no open index, since file handles opened
    before a fork would be shared by the workers.
    """
    start_jieba()
    folding_sources()
    sync_query_dictionary(settings.WHOOSH_INDEX_PATH)


def warm_worker() -> None:
    """Open the index and the database in a new worker, before its first request.

    Otherwise a worker's first search opens every segment (term dictionaries,
    stored fields, the field lengths BM25 needs) and the database connection,
    100-200 ms on a 5,000-bulletin archive, in the middle of somebody's request.
    Never fatal: a worker that could not warm up opens things when asked. An
    index that does not exist yet is left alone (opening it would create an
    empty one, which /healthz must not mistake for a built index).
    """
    from whoosh import index as whoosh_index

    from .engines import current_engine
    from .queries import search_speeches
    from .scoring import field_length_array

    try:
        engine = current_engine()
        if engine.name == "whoosh":
            if not whoosh_index.exists_in(engine.backend.path):
                return
            searcher = engine.backend.searcher()
            scorable = [name for name, f in searcher.schema.items() if f.scorable]
            for reader, _offset in searcher.reader().leaf_readers():
                for name in scorable:
                    field_length_array(reader, name)
        search_speeches(q="工作", page_size=1)
    except Exception:
        log.warning("warming up the search index failed", exc_info=True)
    finally:
        close_old_connections()
