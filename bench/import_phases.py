"""Where the time of import + index goes: parsing, storing, slogan work, index, reuse.

Imports the bulk news bulletins (../shared/corpus/bulk/xwlb_daily.tar.gz, or an
evenly spread sample) into a throw-away archive in this one process, file by file
as `import_speeches --workers 1` does, and times each phase apart:

- parse: reading and decoding the file and `parse_speeches` (in the command, the
  workers' part);
- store: `speech_import` (rows, sections, the outbox) without the slogan work;
- slogans: the slogan work of the import (`learned_targets` and
  `mentions_create`: what ARCHIVE_SLOGANS=0 leaves out);
- index: the drain at the end (`deferred_indexing`), less the receivers of
  `speeches_indexed` and `index_drained`: the index writer, its forked bulk
  writers included;
- reuse: the text-reuse receivers (`reuse/receivers.py`): recording the indexed
  speeches inside that drain, and the reuse pass after it (on an empty archive,
  a rebuild of every speech's reuse, with the child it forks), which
  `import_speeches` also waits for.

Wall seconds and CPU seconds per phase (CPU: this process, plus its children for
the index, whose bulk writer forks two). The phases add up to a sequential
import; the command overlaps parsing (its workers) with storing.

Usage:
    .venv/bin/python bench/import_phases.py [--limit N] [--no-index]

``--no-index`` leaves the outbox undrained: parse, store and slogans only (the
import's own side, quicker to compare before and after a change on a large
sample).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.differential import load_search_bench  # noqa: E402

DEFAULT_TARBALL = ROOT.parent / "shared" / "corpus" / "bulk" / "xwlb_daily.tar.gz"
PHASES = ("parse", "store", "slogans", "index", "reuse")


def cpu_seconds(*, children: bool = False) -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    total = usage.ru_utime + usage.ru_stime
    if children:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        total += usage.ru_utime + usage.ru_stime
    return total


class Clock:
    """Wall and CPU seconds per phase; a phase timed inside another is moved out."""

    def __init__(self):
        self.wall = defaultdict(float)
        self.cpu = defaultdict(float)
        self.open: list[str] = []

    @contextmanager
    def phase(self, name: str, *, children: bool = False):
        self.open.append(name)
        wall, cpu = time.perf_counter(), cpu_seconds(children=children)
        try:
            yield
        finally:
            self.open.pop()
            spent_wall = time.perf_counter() - wall
            spent_cpu = cpu_seconds(children=children) - cpu
            self.wall[name] += spent_wall
            self.cpu[name] += spent_cpu
            if self.open:
                self.wall[self.open[-1]] -= spent_wall
                self.cpu[self.open[-1]] -= spent_cpu

    def timed(self, name: str, function, *, children: bool = False):
        def wrapper(*args, **kwargs):
            with self.phase(name, children=children):
                return function(*args, **kwargs)

        return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tarball", type=Path, default=DEFAULT_TARBALL)
    parser.add_argument("--limit", type=int, help="import only this many documents")
    parser.add_argument(
        "--no-index", action="store_true", help="time parse, store and slogans only"
    )
    args = parser.parse_args()
    if not args.tarball.exists():
        raise SystemExit(f"{args.tarball}: not found (the bulk corpus is in ../shared)")
    load_before = os.getloadavg()
    work = Path(tempfile.mkdtemp(prefix="import-phases-"))
    os.environ.update(
        DATABASE_URL=f"sqlite:///{work / 'db.sqlite3'}",
        WHOOSH_INDEX_PATH=str(work / "whoosh"),
        JIEBA_CACHE_DIR=str(work / "jieba"),
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="bench-only",
        DJANGO_SETTINGS_MODULE="config.settings",
        ARCHIVE_SLOGANS="1",
    )
    try:
        files = load_search_bench().unpack(args.tarball, work / "files", args.limit)
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        return measure(
            sorted(files.rglob("*.txt")), load_before, index=not args.no_index
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(paths: list[Path], load_before, *, index: bool = True) -> int:
    import django

    django.setup()
    from reuse import receivers as reuse_receivers
    from search import outbox
    from speeches import importing
    from speeches.files import read_speech_file
    from speeches.importing import speech_import
    from speeches.models import Speech
    from speeches.parsing import parse_speeches
    from speeches.signals import index_drained, speeches_indexed

    clock = Clock()
    # The slogan work of speech_apply_parse, timed where it is looked up.
    importing.learned_targets = clock.timed("slogans", importing.learned_targets)
    importing.mentions_create = clock.timed("slogans", importing.mentions_create)
    # The drain at the end of deferred_indexing, its forked writers included.
    outbox.drain_queue = (
        clock.timed("index", outbox.drain_queue, children=True)
        if index
        else lambda **kwargs: None
    )
    for signal, receiver in (
        (speeches_indexed, reuse_receivers.on_speeches_indexed),
        (index_drained, reuse_receivers.on_index_drained),
    ):
        if not signal.disconnect(dispatch_uid="reuse"):
            raise SystemExit(f"the reuse receiver {receiver.__name__} was not found")
        signal.connect(
            clock.timed("reuse", receiver, children=True),
            dispatch_uid="reuse",
            weak=False,
        )
    started = time.perf_counter()
    with outbox.deferred_indexing():
        for path in paths:
            with clock.phase("parse"):
                parsed = parse_speeches(read_speech_file(path), filename=path.name)
            with clock.phase("store"):
                for part, speech in enumerate(parsed, 1):
                    source = str(path) if len(parsed) == 1 else f"{path}#{part}"
                    speech_import(parsed=speech, source_file=source)
    total = time.perf_counter() - started
    characters = sum(
        len(title) + len(body)
        for title, body in Speech.objects.values_list("title", "body")
    )
    print(
        f"{len(paths)} files, {Speech.objects.count()} speeches, {characters:,} "
        f"characters; load average {load_before[0]:.2f} before, "
        f"{os.getloadavg()[0]:.2f} after, {os.cpu_count()} cores"
    )
    print("| phase | wall s | share | CPU s | characters per CPU-s |")
    print("| --- | --- | --- | --- | --- |")
    for name in PHASES:
        wall, cpu = clock.wall[name], clock.cpu[name]
        print(
            f"| {name} | {wall:.1f} | {wall / total:.0%} | {cpu:.1f} | "
            f"{characters / cpu:,.0f} |"
            if cpu
            else f"| {name} | {wall:.1f} | {wall / total:.0%} | 0 | — |"
        )
    cpu_total = sum(clock.cpu[name] for name in PHASES)
    print(
        f"| all, one process | {total:.1f} | 100% | {cpu_total:.1f} | "
        f"{characters / cpu_total:,.0f} |"
    )
    print(f"sequential throughput: {characters / total:,.0f} characters/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
