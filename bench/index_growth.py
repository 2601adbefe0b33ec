"""How the Whoosh index grows with the archive: size, rebuild time, query latency.

Imports day-long news bulletins from ../shared/corpus/bulk (speech-sized texts, about
7,400 characters each once parsed) into a throw-away archive in growing steps, and
with --items then the 48,534 single news items of the same corpus on top; at each
size it rebuilds the index with the search app's own command (`search_index
rebuild`), and in a fresh process (a web worker just started) times the search
app's query function on a fixed set of queries, the same queries as a bare Whoosh
phrase over the bigram field (Whoosh's Phrase and collector, top 20 and the
count), and reads that process's own memory (USS). Used by docs/scaling.md.

    .venv/bin/python bench/index_growth.py --sizes 250,1000,2500,5078 --items
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BULK = ROOT.parent / "shared" / "corpus" / "bulk" / "xwlb_daily.tar.gz"
ITEMS = ROOT.parent / "shared" / "corpus" / "bulk" / "xwlb_items.tar.gz"

# Common phrases (in nearly every bulletin: the slowest), mid-frequency topics,
# rare names, one character, and a phrase found nowhere.
QUERIES = [
    "习近平",
    "中国",
    "发展",
    "新闻联播",
    "国务院",
    "高质量发展",
    "乡村振兴",
    "一带一路",
    "疫情防控",
    "人民群众",
    "生态文明建设",
    "全面从严治党",
    "粤港澳大湾区",
    "科技创新",
    "共同富裕",
    "脱贫攻坚",
    "党",
    "会议",
    "工作",
    "改革",
    "经济",
    "国际",
    "合作",
    "建设",
    "中共中央政治局",
    "全国人民代表大会",
    "社会主义核心价值观",
    "碳达峰碳中和",
    "长江经济带",
    "供给侧结构性改革",
    "雄安新区",
    "进博会",
    "不存在的提法甲乙丙",
]


def main() -> int:
    if sys.argv[1:] == ["--time-queries"]:
        return time_queries()
    args = parse_args()
    if not BULK.is_file():
        print(f"{BULK} is absent: this benchmark needs the shared bulk corpus")
        return 1
    workdir = Path(tempfile.mkdtemp(prefix="archive-growth-"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        ARCHIVE_VAR_DIR=str(workdir / "var"),
        WHOOSH_INDEX_PATH=str(workdir / "var" / "whoosh"),
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    try:
        call_command("migrate", verbosity=0)
        rows = []
        members = bulletin_members(max(args.sizes))
        done = 0
        for size in args.sizes:
            folder = extract(members[done:size], workdir / f"bulk-{size}")
            done = size
            call_command(
                "import_speeches", "--no-progress", str(folder), stdout=io.StringIO()
            )
            rows.append(measure(workdir, call_command))
            print_row(rows[-1], rows[0])
        if args.items:
            folder = workdir / "items"
            with tarfile.open(ITEMS) as archive:
                archive.extractall(folder, filter="data")
            call_command(
                "import_speeches", "--no-progress", str(folder), stdout=io.StringIO()
            )
            rows.append(measure(workdir, call_command))
            print_row(rows[-1], rows[0])
        print()
        print_table(rows)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=lambda text: sorted(int(n) for n in text.split(",")),
        default=[250, 1000, 2500, 5078],
        help="cumulative numbers of bulletins (default 250,1000,2500,5078)",
    )
    parser.add_argument(
        "--items",
        action="store_true",
        help="then import the 48,534 news items of xwlb_items.tar.gz on top",
    )
    return parser.parse_args()


def bulletin_members(count: int) -> list[tuple[str, bytes]]:
    """Return the first ``count`` bulletins of the bulk tarball, name and bytes."""
    members = []
    with tarfile.open(BULK) as archive:
        for member in archive:
            if member.isfile() and member.name.endswith(".txt"):
                members.append(
                    (Path(member.name).name, archive.extractfile(member).read())
                )
                if len(members) == count:
                    break
    return members


def extract(members: list[tuple[str, bytes]], folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name, data in members:
        (folder / name).write_bytes(data)
    return folder


def measure(workdir: Path, call_command) -> dict:
    """Rebuild the index and time the queries at the archive's current size."""
    from django.db.models import Sum
    from django.db.models.functions import Length

    from speeches.models import Speech

    speeches = Speech.objects.count()
    characters = (
        Speech.objects.aggregate(n=Sum(Length("body")) + Sum(Length("title")))["n"] or 0
    )
    started = time.perf_counter()
    call_command("search_index", "rebuild", stdout=io.StringIO())
    rebuild = time.perf_counter() - started
    index_bytes = sum(
        path.stat().st_size
        for path in (workdir / "var" / "whoosh").rglob("*")
        if path.is_file()
    )
    latencies = query_latencies()
    failures = latencies.pop("_page_failures")
    bare = sorted(latencies.pop("_bare").values())
    uss = latencies.pop("_uss_mib")
    ordered = sorted(latencies.values())
    slowest = max(latencies, key=latencies.get)
    return {
        "bare_p50_ms": statistics.median(bare),
        "bare_p95_ms": bare[min(len(bare) - 1, round(0.95 * (len(bare) - 1)))],
        "bare_max_ms": bare[-1],
        "uss_mib": uss,
        "speeches": speeches,
        "characters": characters,
        "rebuild_s": rebuild,
        "index_mib": index_bytes / 2**20,
        "p50_ms": statistics.median(ordered),
        "p95_ms": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
        "max_ms": ordered[-1],
        "slowest": slowest,
        "page_failures": failures,
    }


def query_latencies() -> dict[str, float]:
    """Time every query in a new process, as a web worker started after a rebuild."""
    result = subprocess.run(
        [sys.executable, __file__, "--time-queries"],
        cwd=ROOT,
        env=os.environ,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        sys.exit(f"timing the queries failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def time_queries() -> int:
    """Print {query: ms} for each query's first run in this process, as JSON."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from search.service import search_speeches

    # The search app caches results with its searcher: time each query's first run
    # only, after two unrelated queries have opened the searcher and loaded its
    # columns ("的" matches every document).
    search_speeches(q="预热查询", extras=False)
    search_speeches(q="的", extras=False)
    latencies: dict = {}
    for query in QUERIES:
        started = time.perf_counter()
        # extras=False is the API's search (no facets): matching and ranking, the
        # part that grows with the index.
        search_speeches(q=query, extras=False)
        latencies[query] = (time.perf_counter() - started) * 1000
    # The page's search adds facet counts; say which queries it fails on.
    failures = []
    for query in QUERIES:
        try:
            search_speeches(q=query)
        except Exception as error:  # reported, not hidden: a page would answer 500
            failures.append(f"{query}: {type(error).__name__}: {error}")
    latencies["_page_failures"] = failures
    latencies["_bare"] = bare_whoosh_latencies()
    latencies["_uss_mib"] = own_uss_mib()
    print(json.dumps(latencies, ensure_ascii=False))
    return 0


def bare_whoosh_latencies() -> dict[str, float]:
    """Time each query as bare Whoosh: its Phrase over the bigrams, top 20 + count."""
    from django.conf import settings
    from whoosh import query as wq
    from whoosh.filedb.filestore import FileStorage

    from search.engines.whoosh.core.analyzers import bigrams
    from search.folding import fold

    latencies = {}
    index = FileStorage(str(settings.WHOOSH_INDEX_PATH), supports_mmap=False)
    with index.open_index().searcher() as searcher:
        searcher.search(wq.Term("grams", "的的"), limit=20)
        for query in QUERIES:
            folded = fold(query)
            if len(folded) == 1:
                bare = wq.Term("chars", folded)
            elif len(folded) == 2:
                bare = wq.Term("grams", folded)
            else:
                bare = wq.Phrase("grams", bigrams(folded))
            started = time.perf_counter()
            results = searcher.search(bare, limit=20)
            len(results)
            latencies[query] = (time.perf_counter() - started) * 1000
    return latencies


def own_uss_mib() -> float:
    """Return this process's private memory (USS), MiB, from smaps_rollup."""
    fields = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        name, _, value = line.partition(":")
        if value.strip().endswith("kB"):
            fields[name] = int(value.split()[0])
    return (fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)) / 1024


def print_row(row: dict, baseline: dict) -> None:
    growth = row["characters"] / max(1, baseline["characters"])
    print(
        f"{row['speeches']} speeches, {row['characters'] / 1e6:.1f} M chars "
        f"({growth:.1f}x the baseline): rebuild {row['rebuild_s']:.1f} s "
        f"({row['characters'] / row['rebuild_s']:,.0f} chars/s), index "
        f"{row['index_mib']:.1f} MiB, query p50 {row['p50_ms']:.1f} ms, "
        f"p95 {row['p95_ms']:.1f} ms, slowest {row['slowest']} {row['max_ms']:.1f} ms; "
        f"bare Whoosh p50 {row['bare_p50_ms']:.1f} p95 {row['bare_p95_ms']:.1f} "
        f"max {row['bare_max_ms']:.1f} ms; worker USS {row['uss_mib']:.0f} MiB",
        flush=True,
    )
    for failure in row["page_failures"]:
        print(f"  the search page's query fails: {failure}", flush=True)


def print_table(rows: list[dict]) -> None:
    print(
        "| speeches | M chars | rebuild s | chars/s | index MiB | index / text | "
        "query p50 ms | p95 ms | max ms (query) | bare Whoosh p50 / p95 / max ms | "
        "worker USS MiB |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for row in rows:
        text_mib = row["characters"] * 3 / 2**20  # UTF-8: 3 bytes a CJK character
        print(
            f"| {row['speeches']} | {row['characters'] / 1e6:.1f} | {row['rebuild_s']:.0f} | "
            f"{row['characters'] / row['rebuild_s']:,.0f} | {row['index_mib']:.0f} | "
            f"{row['index_mib'] / text_mib:.1f} | {row['p50_ms']:.1f} | "
            f"{row['p95_ms']:.1f} | {row['max_ms']:.0f} ({row['slowest']}) | "
            f"{row['bare_p50_ms']:.1f} / {row['bare_p95_ms']:.1f} / "
            f"{row['bare_max_ms']:.0f} | {row['uss_mib']:.0f} |"
        )


if __name__ == "__main__":
    sys.exit(main())
