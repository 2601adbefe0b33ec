"""Text reuse of a template sold under many titles: rows and time against copies.

范文 sites sell one template under many titles, so an archive holds hundreds of
near-copies of one text. This writes N speeches of one template (the corpus of
tests/deploy/corpus.py: the same points and sentences, each with its own place,
occasion, slogan and figures) into a throw-away SQLite archive as rows, runs
``manage.py reuse rebuild`` in a process of its own (wall time, peak memory),
counts the rows of every table of the reuse app, reads one speech's reuse as
the API gives it, and times the update of one speech (what the reuse pass runs
after an import) and adding one more copy.

With ``--baseline REV`` each size is measured first on the code of that revision
(``git archive`` into a temporary folder, run with the same interpreter), so the
figures before and after a change come from the same run on the same machine:

    .venv/bin/python bench/reuse_templates.py --speeches 100 300 \
        --baseline $(git merge-base main HEAD)

Prints one JSON line per archive size and code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = ROOT  # the tree whose reuse code is measured (--code)


def template_speech(number: int) -> dict:
    """Return speech ``number`` of the template as title, body and date."""
    from tests.deploy.corpus import speech_text

    title, _date, *body = speech_text(number, paragraphs=6).split("\n")
    return {
        "title": title,
        "body": "\n".join(body).strip(),
        "date": dt.date(2024, number % 12 + 1, number % 27 + 1),
    }


def store(numbers) -> list[int]:
    """Write template speeches as rows; return their ids."""
    from speeches.models import Speech

    rows = []
    for number in numbers:
        fields = template_speech(number)
        rows.append(
            Speech(
                title=fields["title"],
                body=fields["body"],
                raw_text="",
                date=fields["date"],
                effective_date=fields["date"],
                content_hash=hashlib.sha256(str(number).encode()).hexdigest(),
                source_file=f"template/{number}",
            )
        )
    return [speech.pk for speech in Speech.objects.bulk_create(rows, batch_size=500)]


def reuse_rows() -> dict[str, int]:
    """Count the rows of every table of the reuse app."""
    from django.apps import apps

    return {
        model._meta.db_table: model.objects.count()
        for model in apps.get_app_config("reuse").get_models()
    }


def database_mib(path: Path) -> float:
    """Return the archive's size once its write-ahead log is checked in."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return round(path.stat().st_size / 2**20, 1)


def run(count: int, folder: Path) -> dict:
    """Build an archive of ``count`` template speeches; measure its reuse pass."""
    from django.db import connection, transaction

    from reuse.selectors import reuse_record
    from reuse.services import reuse_update

    with transaction.atomic():
        ids = store(range(1, count + 1))
    started = time.perf_counter()
    command = subprocess.run(
        [sys.executable, str(CODE / "manage.py"), "reuse", "rebuild"],
        env=os.environ.copy(),
        capture_output=True,
        text=True,
    )
    if command.returncode:
        sys.exit(f"manage.py reuse rebuild failed:\n{command.stderr}")
    rebuild_seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rows = reuse_rows()
    middle = ids[len(ids) // 2]
    record = reuse_record(middle)
    started = time.perf_counter()
    reuse_update(speech_ids=[middle])
    update_seconds = time.perf_counter() - started
    again = reuse_record(middle)
    with transaction.atomic():
        [added] = store([count + 1])
    started = time.perf_counter()
    reuse_update(speech_ids=[added])
    add_seconds = time.perf_counter() - started
    added_record = reuse_record(added)
    return {
        "speeches": count,
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "rebuild_seconds": round(rebuild_seconds, 1),
        "rebuild_peak_rss_mib": round(peak),
        "rebuild_output": command.stdout.strip().splitlines()[-1],
        "rows": rows,
        "rows_total": sum(rows.values()),
        "database_mib": database_mib(folder / "db.sqlite3"),
        "middle_speech_passages": len(record["reused"]),
        "middle_speech_sharing_most": max(
            (len(p["speeches"]) for p in record["reused"]), default=0
        ),
        "update_one_seconds": round(update_seconds, 3),
        "update_kept_the_record": again == record,
        "add_one_seconds": round(add_seconds, 3),
        "added_passages": len(added_record["reused"]),
        "added_sharing_most": max(
            (len(p["speeches"]) for p in added_record["reused"]), default=0
        ),
        "database": connection.vendor,
        # Other work on the machine while this ran (1, 5, 15 minutes).
        "load_average": [round(load, 1) for load in os.getloadavg()],
    }


def git(*arguments: str) -> str:
    """Run git in this checkout; return its output."""
    return subprocess.run(
        ["git", *arguments], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


def export(revision: str) -> Path:
    """Write the tree of ``revision`` into a temporary folder; return it."""
    folder = Path(tempfile.mkdtemp(prefix="bench-templates-code-"))
    archive = subprocess.run(
        ["git", "archive", revision], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def measure(count: int, code: Path, label: str) -> None:
    """Measure ``count`` speeches with the code of ``code`` in a child process."""
    folder = Path(tempfile.mkdtemp(prefix=f"bench-templates-{count}-"))
    environment = {
        **os.environ,
        "BENCH_TEMPLATES_CHILD": label,
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "WHOOSH_INDEX_PATH": str(folder / "whoosh"),
        "ARCHIVE_VAR_DIR": str(folder),
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    try:
        subprocess.run(
            [sys.executable, __file__, "--speeches", str(count), "--code", str(code)],
            env=environment,
            check=True,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    global CODE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speeches", type=int, nargs="+", default=[300, 1000])
    parser.add_argument("--baseline", help="a git revision to measure first")
    parser.add_argument("--code", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args()
    label = os.environ.get("BENCH_TEMPLATES_CHILD")
    if label is None:
        # Each size and code gets its own archive: a child sets Django up on it.
        here = git("describe", "--always", "--dirty")
        baseline = export(args.baseline) if args.baseline else None
        try:
            for count in args.speeches:
                if baseline:
                    measure(count, baseline, git("rev-parse", "--short", args.baseline))
                measure(count, ROOT, here)
        finally:
            if baseline:
                shutil.rmtree(baseline, ignore_errors=True)
        return
    CODE = args.code.resolve()
    sys.path.insert(0, str(CODE))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    database = Path(os.environ["DATABASE_URL"].removeprefix("sqlite:///"))
    [count] = args.speeches
    print(json.dumps({"code": label, **run(count, database.parent)}), flush=True)


if __name__ == "__main__":
    main()
