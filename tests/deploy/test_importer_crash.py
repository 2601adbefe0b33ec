"""An importer killed mid-folder leaves whole speeches only; the next run finishes."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import dj_database_url
import pytest

from speeches.importing import speech_import
from speeches.models import Speech
from speeches.parsing import parse_bytes

from .conftest import ROOT, manage
from .corpus import write_speeches

SPEECH_COUNT = 300
KILL_AFTER = 15

COUNTS_SQL = """
    SELECT s.content_hash,
           (SELECT COUNT(*) FROM speeches_section x WHERE x.speech_id = s.id),
           (SELECT COUNT(*) FROM speeches_mention m WHERE m.speech_id = s.id)
    FROM speeches_speech s
"""


def query(url: str, sql: str) -> list[tuple]:
    """Run one read on the importer's database, from outside Django's connections."""
    database = dj_database_url.parse(url)
    if database["ENGINE"] == "django.db.backends.sqlite3":
        with sqlite3.connect(database["NAME"], timeout=30) as connection:
            return connection.execute(sql).fetchall()
    import psycopg

    with psycopg.connect(
        dbname=database["NAME"],
        user=database["USER"],
        password=database["PASSWORD"] or None,
        host=database["HOST"],
        port=database["PORT"],
    ) as connection:
        return connection.execute(sql).fetchall()


def import_killed_when(folder, app_env, stop, *, seconds: int, waiting: str) -> None:
    """Run import_speeches on a folder and SIGKILL it once ``stop()`` holds."""
    importer = subprocess.Popen(
        [sys.executable, "manage.py", "import_speeches", "--no-progress", str(folder)],
        cwd=ROOT,
        env=app_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + seconds
        while not stop():
            assert importer.poll() is None, "the importer ended before it was killed"
            assert time.monotonic() < deadline, f"{waiting} in {seconds} s"
            time.sleep(0.01)
        os.kill(importer.pid, signal.SIGKILL)
    finally:
        if importer.poll() is None:
            importer.kill()
        importer.wait()
    assert importer.returncode == -signal.SIGKILL


def stored_counts(url: str) -> dict[str, tuple[int, int]]:
    """Return {content hash: (sections, mentions)} for every stored speech."""
    return {
        digest: (sections, mentions)
        for digest, sections, mentions in query(url, COUNTS_SQL)
    }


def complete_counts(paths) -> dict[str, tuple[int, int]]:
    """Import every file here, in the test database, and return the same counts."""
    counts = {}
    for path in paths:
        parsed = parse_bytes(path.read_bytes(), filename=path.name)
        speech: Speech = speech_import(parsed=parsed, source_file=str(path)).speech
        counts[speech.content_hash] = (speech.sections.count(), speech.mentions.count())
    return counts


@pytest.mark.django_db
def test_sigkill_halfway_leaves_no_half_speech_and_a_rerun_finishes(tmp_path, app_env):
    folder = tmp_path / "incoming"
    paths = write_speeches(folder, SPEECH_COUNT, paragraphs=6)
    expected = complete_counts(paths)
    assert len(expected) == SPEECH_COUNT
    assert all(sections and mentions for sections, mentions in expected.values())
    url = app_env["DATABASE_URL"]
    manage("migrate", "--noinput", env=app_env)

    import_killed_when(
        folder,
        app_env,
        lambda: query(url, "SELECT COUNT(*) FROM speeches_speech")[0][0] >= KILL_AFTER,
        seconds=120,
        waiting="the importer stored nothing",
    )

    survivors = stored_counts(url)
    assert KILL_AFTER <= len(survivors) < SPEECH_COUNT, "kill did not land halfway"
    for digest, counts in survivors.items():
        assert counts == expected[digest], f"speech {digest[:12]} is half-imported"

    rerun = manage("import_speeches", "--no-progress", str(folder), env=app_env)

    summary = next(line for line in rerun.stdout.splitlines() if " imported, " in line)
    assert summary.startswith(
        f"{SPEECH_COUNT - len(survivors)} imported, 0 updated, {len(survivors)} unchanged"
    )
    assert stored_counts(url) == expected
