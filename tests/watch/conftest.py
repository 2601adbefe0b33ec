"""Reuse tests store speeches through the real importer and index writer."""

from tests.search.conftest import indexed, make_speech, search_index  # noqa: F401
