"""Time the search index rebuild alone on a kept archive, the merge apart.

Rebuilds the index of an archive's database into a fresh folder beside it
(`engine.rebuild()`, the bulk writer's processes included), with the text-reuse
receivers disconnected, and prints wall and CPU seconds (this process and its
children) and those of the bulk merge. Run it on main and a branch in turn, on
the same archive, to compare writers:

    .venv/bin/python bench/index_rebuild.py /path/to/archive

The archive folder holds ``db.sqlite3`` (e.g. from `import_speeches` with
DATABASE_URL pointing there); the index goes to ``whoosh-rebuild`` in it.
"""

from __future__ import annotations

import os
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> int:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    archive = Path(sys.argv[1]).resolve()
    index = archive / "whoosh-rebuild"
    shutil.rmtree(index, ignore_errors=True)
    sys.path.insert(0, str(ROOT))
    os.environ.update(
        DATABASE_URL=f"sqlite:///{archive / 'db.sqlite3'}",
        WHOOSH_INDEX_PATH=str(index),
        JIEBA_CACHE_DIR=str(archive / "jieba"),
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="bench-only",
        DJANGO_SETTINGS_MODULE="config.settings",
    )
    import django

    django.setup()
    from search.engines.connection import current_engine
    from search.engines.whoosh.backend import ArchiveWhooshBackend
    from speeches.signals import index_drained, speeches_indexed

    for signal in (speeches_indexed, index_drained):
        signal.disconnect(dispatch_uid="reuse")
    merge = ArchiveWhooshBackend.merge_bulk_load
    merged = {}

    def timed_merge(self, before):
        wall, cpu = time.perf_counter(), cpu_seconds()
        merge(self, before)
        merged.update(wall=time.perf_counter() - wall, cpu=cpu_seconds() - cpu)

    ArchiveWhooshBackend.merge_bulk_load = timed_merge
    load = os.getloadavg()[0]
    wall, cpu = time.perf_counter(), cpu_seconds()
    report = current_engine().rebuild()
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    size = sum(path.stat().st_size for path in index.iterdir()) / 2**20
    print(
        f"{report.indexed} speeches, {report.characters:,} characters: rebuild "
        f"{wall:.1f} s, {cpu:.1f} CPU-s ({report.characters / wall:,.0f} characters/s); "
        f"merge {merged.get('wall', 0):.1f} s, {merged.get('cpu', 0):.1f} CPU-s; "
        f"index {size:.0f} MiB; load average {load:.2f} before, "
        f"{os.getloadavg()[0]:.2f} after"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
