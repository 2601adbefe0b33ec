"""An importer killed during the reuse pass: the index is whole, reuse is caught up."""

import subprocess
import sys
from collections import defaultdict

import pytest

from .conftest import ROOT, manage
from .corpus import write_speeches
from .test_importer_crash import import_killed_when, query

SPEECH_COUNT = 120

SNAPSHOT_SQL = {
    "relations": "SELECT speech_id, other_id, shared, copy FROM reuse_relation",
    "links": 'SELECT speech_id, start, "end", other_id, other_start, other_end '
    "FROM reuse_passagelink",
    "members": 'SELECT passage_id, speech_id, start, "end" FROM reuse_passagemember',
    "copies": "SELECT speech_id, canonical_id FROM reuse_copy",
}


def reuse_snapshot(url: str) -> dict[str, set]:
    """Return the stored text reuse, passages as sets of members (ids left out)."""
    found = {name: set(query(url, sql)) for name, sql in SNAPSHOT_SQL.items()}
    passages = defaultdict(set)
    for passage, *member in found.pop("members"):
        passages[passage].add(tuple(member))
    found["passages"] = {frozenset(members) for members in passages.values()}
    return found


def count(url: str, table: str) -> int:
    return query(url, f"SELECT COUNT(*) FROM {table}")[0][0]


@pytest.mark.django_db
def test_sigkill_in_the_reuse_pass_leaves_it_pending_and_the_next_drain_ends_it(
    tmp_path, app_env
):
    folder = tmp_path / "incoming"
    write_speeches(folder, SPEECH_COUNT, paragraphs=4)
    url = app_env["DATABASE_URL"]
    manage("migrate", "--noinput", env=app_env)

    # The index drain has committed (no outbox row left) and the reuse pass has
    # work left: kill it there.
    import_killed_when(
        folder,
        app_env,
        lambda: (
            count(url, "speeches_speech") == SPEECH_COUNT
            and count(url, "search_indextask") == 0
            and count(url, "reuse_reusetask") > 0
        ),
        seconds=300,
        waiting="no reuse pass seen",
    )

    assert count(url, "reuse_reusetask") > 0
    check = subprocess.run(
        [sys.executable, "manage.py", "reuse", "check"],
        cwd=ROOT,
        env=app_env,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 1
    assert "changes wait for the reuse pass" in check.stdout
    assert "reuse sync" in check.stderr
    index_check = manage("search_index", "check", env=app_env)
    assert f"{SPEECH_COUNT} indexed" in index_check.stdout

    drain = manage("search_index", "drain", env=app_env)

    assert "index up to date" in drain.stdout
    assert "text reuse: " in drain.stdout
    manage("reuse", "check", env=app_env)
    caught_up = reuse_snapshot(url)
    assert caught_up["passages"]
    manage("reuse", "rebuild", env=app_env)
    assert reuse_snapshot(url) == caught_up
