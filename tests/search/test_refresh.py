"""A worker's searcher follows the index while other workers merge it away.

Each process keeps one searcher and refreshes it when another process has
committed. Another worker's merge can delete a segment file between the moment
this worker reads the table of contents and the moment it opens the segment;
Whoosh then retries the open. Whoosh's own ``Searcher.refresh`` hands the old
readers in for reuse, closes them on the first failed try and closes them again
on the retry, raising ``ReaderClosed`` for every search of that worker from then
on (a 500 on /api/search, seen with two gunicorn workers editing at once).
"""

from __future__ import annotations

from urllib.parse import quote

from search.engines.connection import search_backend
from search.engines.whoosh.core.storage import PreadFileStorage
from search.service import search_speeches

from .conftest import CITY_RECRUITS, COUNTY_PARTY_BUILDING, whoosh_only

pytestmark = whoosh_only("how a worker's searcher follows the index files")


def vanish_once(monkeypatch, suffix: str) -> list[str]:
    """Make the next open of a file ending in ``suffix`` fail as a deleted file would."""
    failed: list[str] = []
    real_open = PreadFileStorage.open_file

    def open_file(self, name, **kwargs):
        if name.endswith(suffix) and not failed:
            failed.append(name)
            raise FileNotFoundError(2, "deleted by another worker's merge", name)
        return real_open(self, name, **kwargs)

    monkeypatch.setattr(PreadFileStorage, "open_file", open_file)
    return failed


def test_a_segment_deleted_under_a_refresh_is_retried_and_later_searches_answer(
    indexed, monkeypatch
):
    indexed(COUNTY_PARTY_BUILDING)
    assert search_speeches(q="双报到").count == 1  # this worker's searcher is open
    indexed(CITY_RECRUITS)  # another commit: the searcher is out of date
    failed = vanish_once(monkeypatch, ".seg")
    assert search_speeches(q="双报到").count == 1
    assert failed, "the refresh never opened a segment"
    for _ in range(3):
        assert search_speeches(q="双报到").count == 1
    indexed(dict(COUNTY_PARTY_BUILDING, title="第二次推进会上的讲话"))
    assert search_speeches(q="双报到").count == 2


def test_a_refresh_that_fails_every_try_answers_503_and_the_next_search_recovers(
    indexed, monkeypatch, client
):
    indexed(COUNTY_PARTY_BUILDING)
    assert search_speeches(q="双报到").count == 1
    indexed(CITY_RECRUITS)
    real_open = PreadFileStorage.open_file

    def always_gone(self, name, **kwargs):
        if name.endswith(".seg"):
            raise FileNotFoundError(2, "deleted", name)
        return real_open(self, name, **kwargs)

    monkeypatch.setattr(PreadFileStorage, "open_file", always_gone)
    response = client.get(f"/api/search?q={quote('双报到')}")
    assert response.status_code == 503, response.content[:300]
    monkeypatch.setattr(PreadFileStorage, "open_file", real_open)
    response = client.get(f"/api/search?q={quote('双报到')}")
    assert response.status_code == 200, response.content[:300]
    assert response.json()["count"] == 1


def test_a_refreshed_searcher_closes_the_files_of_the_old_one(indexed):
    indexed(COUNTY_PARTY_BUILDING)
    search_speeches(q="双报到")
    old = search_backend().searcher()
    indexed(CITY_RECRUITS)
    search_speeches(q="双报到")
    new = search_backend().searcher()
    assert new is not old
    assert old.is_closed
    assert not new.is_closed
