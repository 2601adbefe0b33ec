"""Which search engine answers: the one haystack's connection points at.

Which engine answers follows haystack's connection, set from the environment in
config/settings.py: ``SEARCH_URL=solr://…`` selects Solr, nothing selects the
Whoosh index on disk. An engine module is loaded by name when first chosen, as
haystack loads its backends: Solr's pulls in pysolr and requests, which a
Whoosh archive never needs.
"""

from __future__ import annotations

import sys
from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string
from haystack import connections

from .base import SearchEngine

ENGINES = {
    "whoosh": "search.engines.whoosh.engine.WhooshEngine",
    "solr": "search.engines.solr.engine.SolrEngine",
}


def search_backend():
    """Return the haystack backend of the speech index."""
    return connections["default"].get_backend()


def is_solr_backend(backend) -> bool:
    """Return True when haystack's connection speaks to Solr (without importing it)."""
    solr = sys.modules.get("haystack.backends.solr_backend")
    return solr is not None and isinstance(backend, solr.SolrSearchBackend)


@cache
def engine_class(kind: str):
    """Return the engine class of a kind ("whoosh", "solr")."""
    return import_string(ENGINES[kind])


def current_engine() -> SearchEngine:
    """Return the engine of haystack's default connection."""
    backend = search_backend()
    return engine_class("solr" if is_solr_backend(backend) else "whoosh")(backend)


def use_index(path) -> None:
    """Point this process's search at another Whoosh index folder.

    For tests and benchmarks that build throw-away archives in one process.
    """
    settings.WHOOSH_INDEX_PATH = path
    connections.connections_info["default"]["PATH"] = str(path)
    connections.reload("default")
    engine_class("whoosh").forget_index_state()
