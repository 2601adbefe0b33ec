"""Load what every search needs once: in the master before forking, then per worker."""

import logging

from django.conf import settings
from django.db import close_old_connections

from .engines.connection import current_engine
from .engines.whoosh.core.dictionary import start_jieba
from .engines.whoosh.engine import sync_query_dictionary
from .folding import folding_sources
from .service import search_speeches

log = logging.getLogger(__name__)


def warm_up() -> None:
    """Load jieba with the index's user words, and the folding tables.

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
    Never fatal: a worker that could not warm up opens things when asked. A
    missing index is left alone (searches report it; reading never creates one).
    """
    try:
        engine = current_engine()
        if engine.name == "whoosh":
            engine.warm()
        search_speeches(q="工作", page_size=1)
    except Exception:
        log.warning("warming up the search index failed", exc_info=True)
    finally:
        close_old_connections()
