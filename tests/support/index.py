"""A search index as `search_index sync` leaves one on an empty archive."""

from search.documents import INDEX_FORMAT
from search.engines.base import IndexMeta
from search.engines.connection import current_engine
from search.engines.whoosh.core.dictionary import dictionary_hash
from search.engines.whoosh.core.meta import write_index_meta


def empty_whoosh_index() -> None:
    """Create an empty, complete Whoosh index where search points (not for Solr).

    Reading never creates an index, and a drain after a commit never builds one
    (only the commands do): a test's archive starts from this, as a deployed one
    starts from `make run`.
    """
    engine = current_engine()
    if engine.name == "whoosh":
        engine.backend.create_index()
        write_index_meta(
            engine.backend.path, IndexMeta(INDEX_FORMAT, dictionary_hash(()))
        )
