"""Attacks on the index files: a missing, garbage or truncated segment.

`search_index check` says so in one line, /search/ answers 503 (never 500) and
says it is unavailable without claiming a rebuild nobody runs, /api/search
answers 503, and `search_index sync` rebuilds what it cannot read.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from search.outbox import index_drift
from search.service import search_speeches

from .conftest import CITY_RECRUITS, COUNTY_PARTY_BUILDING, whoosh_only

pytestmark = whoosh_only("the files of the Whoosh index")


def segment_files(index: Path) -> list[Path]:
    files = sorted(index.glob("*.seg"))
    assert files, f"no segment in {index}"
    return files


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def overwrite_with_garbage(path: Path) -> None:
    size = path.stat().st_size
    path.write_bytes(bytes((n * 37 + 11) % 256 for n in range(size)))


def remove(path: Path) -> None:
    path.unlink()


ATTACKS = {"missing": remove, "garbage": overwrite_with_garbage, "truncated": truncate}


@pytest.fixture(params=sorted(ATTACKS))
def damaged(request, indexed, search_index):
    speeches = indexed(COUNTY_PARTY_BUILDING, CITY_RECRUITS)
    for path in segment_files(search_index):
        ATTACKS[request.param](path)
    return speeches


def test_check_reports_a_damaged_segment_in_one_line(damaged, capsys):
    with pytest.raises(CommandError):
        call_command("search_index", "check")
    out = capsys.readouterr().out
    notes = [line for line in out.splitlines() if "unreadable" in line]
    assert len(notes) == 1, out
    assert "search_index sync" in notes[0]


def test_the_search_page_answers_503_and_says_why_without_claiming_a_rebuild(
    damaged, client
):
    response = client.get("/search/?q=" + quote("报到"))
    assert response.status_code == 503
    html = response.content.decode()
    assert 'id="index-unavailable"' in html
    assert "正在重建" not in html
    assert "search_index sync" in html


def test_the_api_answers_503_with_json(damaged, client):
    response = client.get("/api/search?q=" + quote("报到"))
    assert response.status_code == 503
    assert "search_index sync" in response.json()["detail"]


def test_sync_rebuilds_what_it_cannot_read(damaged, capsys):
    call_command("search_index", "sync")
    assert "rebuilt" in capsys.readouterr().out
    assert search_speeches(q="报到").count == 2
    assert index_drift().in_sync


def test_an_edit_does_not_rebuild_a_damaged_index_inside_the_request(damaged):
    # The drain after an edit leaves the outbox for `search_index sync`.
    county = damaged[0]
    county.title = "改过的标题"
    county.save()
    report = index_drift()
    assert not report.in_sync and report.pending == 1
