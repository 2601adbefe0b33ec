"""Benchmark search on the bulk news transcripts: indexing speed and query latency.

Builds a throw-away archive from ../shared/corpus/bulk/xwlb_daily.tar.gz (or a
sample of it), then measures in the same run:

- import + index throughput of `import_speeches --workers 2` (characters/s),
  next to jieba's own search-mode segmentation speed on the same text, and next to
  the same import into a second throw-away archive with the slogan work switched
  off (ARCHIVE_SLOGANS=0), run right after it;
- latency of /api/search over HTTP against gunicorn with 2 workers for N queries
  (slogans from the archive and random substrings; exact script, the API's
  default, then again with script=any), next to the same queries as
  a SQL LIKE scan and as a bare Whoosh search (Whoosh's own Phrase query over the
  bigram field, top 20 and exact count, reused searcher), and the archive's query
  objects alone without HTTP or Django.

Usage:
    .venv/bin/python bench/search.py --limit 300        # a quick sample
    .venv/bin/python bench/search.py                    # all 5,078 documents
It prints the figures and writes them to docs/benchmarks.md (section "Search").
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import requests

ROOT = Path(__file__).resolve().parent.parent
# The archive is started as the deployment tests and bench/load.py start theirs.
sys.path.insert(0, str(ROOT))
from tests.support.servers import Gunicorn, ServerError, free_port  # noqa: E402

DEFAULT_TARBALL = ROOT.parent / "shared" / "corpus" / "bulk" / "xwlb_daily.tar.gz"
BENCHMARKS = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- search-bench:begin -->", "<!-- search-bench:end -->"
CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
JIEBA_SAMPLE_CHARS = 20_000_000
# Production settings expect a TLS proxy in front that says so (docs/deploy.md);
# without this header every request would be redirected to https.
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}
TARGETS = {
    "p95_ms": 15,
    "like_speedup": 20,
    "overhead": 1.0,
    "index_chars_per_s": 150_000,
    "slogan_share": 0.8,
}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def summary(values: list[float]) -> tuple[float, float]:
    return statistics.median(values), percentile(values, 0.95)


def machine_load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def unpack(tarball: Path, folder: Path, limit: int | None) -> Path:
    """Unpack the daily transcripts; keep an evenly spread sample of ``limit``."""
    with tarfile.open(tarball) as archive:
        archive.extractall(folder, filter="data")
    files = sorted(folder.rglob("*.txt"))
    if limit and limit < len(files):
        step = len(files) / limit
        keep = {files[int(i * step)] for i in range(limit)}
        for path in files:
            if path not in keep:
                path.unlink()
    return folder


def children_cpu_seconds() -> float:
    """Return the CPU time of every finished child process (and theirs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_manage(env, *args) -> tuple[str, float]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done.stdout, elapsed


def import_without_slogans(env: dict, folder: Path, files: Path, args) -> float:
    """Import the same files into a second archive with ARCHIVE_SLOGANS=0; return
    the seconds it took."""
    folder.mkdir()
    off = {
        **env,
        "ARCHIVE_SLOGANS": "0",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "WHOOSH_INDEX_PATH": str(folder / "whoosh"),
    }
    run_manage(off, "migrate", "--noinput")
    print("importing the same documents with the slogan work off …", flush=True)
    _, seconds = run_manage(
        off,
        "import_speeches",
        "--no-progress",
        "--workers",
        str(args.workers),
        str(files),
    )
    return seconds


def archive_texts(database: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT id, title || char(10) || body FROM speeches_speech"
        ).fetchall()


def jieba_speed(texts: list[str]) -> tuple[float, int]:
    """Return jieba's search-mode chars/s on (up to 20 M characters of) the text."""
    import django

    django.setup()
    from search.engines.whoosh.core.dictionary import start_jieba
    from search.folding import fold

    start_jieba()
    import jieba

    sample, size = [], 0
    for text in texts:
        sample.append(fold(text))
        size += len(sample[-1])
        if size >= JIEBA_SAMPLE_CHARS:
            break
    started = time.perf_counter()
    for text in sample:
        for _token in jieba.tokenize(text, mode="search"):
            pass
    return size / (time.perf_counter() - started), size


def pick_queries(database: Path, texts: list[str], count: int, seed: int) -> list[str]:
    """Return slogans of the archive (a fifth) and random CJK substrings (the rest)."""
    from search.folding import fold

    rng = random.Random(seed)
    with sqlite3.connect(database) as connection:
        slogans = [
            row[0]
            for row in connection.execute(
                "SELECT text FROM speeches_slogan WHERE status = 'accepted' ORDER BY id"
            )
            if 2 <= len(fold(row[0])) <= 12
        ]
    queries = rng.sample(slogans, min(len(slogans), count // 5))
    runs = [
        run
        for text in rng.sample(texts, min(len(texts), 500))
        for run in CJK_RUN.findall(fold(text))
    ]
    while len(queries) < count:
        run = rng.choice(runs)
        length = rng.randint(2, min(6, len(run)))
        start = rng.randint(0, len(run) - length)
        queries.append(run[start : start + length])
    return queries


def like_latencies(
    database: Path, queries: list[str], warmup: list[str]
) -> list[float]:
    """Time each query as one LIKE scan: every matching id, then the newest 20."""
    connection = sqlite3.connect(database)
    latencies = []
    for query in warmup + queries:
        escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        started = time.perf_counter()
        rows = connection.execute(
            "SELECT id, date FROM speeches_speech WHERE title LIKE ?1 ESCAPE '\\' "
            "OR body LIKE ?1 ESCAPE '\\'",
            (f"%{escaped}%",),
        ).fetchall()
        sorted(rows, key=lambda row: row[1] or "", reverse=True)[:20]
        latencies.append((time.perf_counter() - started) * 1000)
    connection.close()
    return latencies[len(warmup) :]


def whoosh_latencies(
    index_path: Path, queries: list[str], warmup: list[str]
) -> tuple[list[float], list[float]]:
    """Time bare Whoosh (its Phrase over bigrams) and the archive's own ranking.

    Bare Whoosh: Whoosh's Phrase query and collector, top 20 and the exact
    count, on Whoosh's own file storage. The archive: the query objects of
    search.engines.whoosh.core.queries run by matching.ranked_documents (every match ranked), on
    the archive's storage, top 20 taken. Each with a searcher reused.
    """
    from whoosh import query as wq
    from whoosh.filedb.filestore import FileStorage

    from search.engines.whoosh.core.analyzers import bigrams
    from search.engines.whoosh.core.matching import ranked_documents
    from search.engines.whoosh.core.queries import whoosh_query
    from search.engines.whoosh.core.scoring import ArchiveWeighting
    from search.engines.whoosh.core.storage import PreadFileStorage
    from search.folding import fold
    from search.querylang import parse_query

    bare, engine = [], []
    with (
        FileStorage(str(index_path), supports_mmap=False)
        .open_index()
        .searcher() as plain,
        PreadFileStorage(str(index_path))
        .open_index()
        .searcher(weighting=ArchiveWeighting()) as ours,
    ):
        for query in warmup + queries:
            folded = fold(query)
            if len(folded) == 1:
                bare_query = wq.Term("chars", folded)
            elif len(folded) == 2:
                bare_query = wq.Term("grams", folded)
            else:
                bare_query = wq.Phrase("grams", bigrams(folded))
            started = time.perf_counter()
            results = plain.search(bare_query, limit=20)
            len(results)
            bare.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            ranked = ranked_documents(ours, whoosh_query(parse_query(query)))
            ranked.pairs(0, 20)
            engine.append((time.perf_counter() - started) * 1000)
    return bare[len(warmup) :], engine[len(warmup) :]


def http_latencies(
    base: str, queries: list[str], warmup: list[str], options: dict | None = None
) -> tuple[list[float], list[int]]:
    """Time GET /api/search per query, as a browser would meet a sync worker.

    ``options``: more parameters of every request (script=any).

    Python's own http.client, a new connection per request (gunicorn's sync
    workers close each one): requests spent 1-4 ms of its own per call here
    (proxy settings read from the environment, urllib3), which is the
    client's time, not the archive's. The JSON is read after the clock stops.
    """
    parts = urlsplit(base)

    def get(query: str) -> tuple[float, bytes]:
        started = time.perf_counter()
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
        try:
            connection.request(
                "GET",
                "/api/search?" + urlencode({"q": query, **(options or {})}),
                headers=PROXY_HEADERS,
            )
            response = connection.getresponse()
            body = response.read()
        finally:
            connection.close()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 200:
            raise SystemExit(f"/api/search?q={query}: HTTP {response.status}")
        return elapsed, body

    for query in warmup:
        get(query)
    latencies, counts = [], []
    for query in queries:
        elapsed, body = get(query)
        latencies.append(elapsed)
        counts.append(json.loads(body)["count"])
    return latencies, counts


def worker_memory(master_pid: int) -> list[int]:
    """Return the resident memory (KiB) of gunicorn's workers."""
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":", 1)
                for line in status.read_text().splitlines()
                if ":" in line
            )
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(master_pid):
            sizes.append(int(fields["VmRSS"].split()[0]))
    return sizes


def start_gunicorn(env: dict, log: Path) -> Gunicorn:
    """Start the archive as production does (bin/entrypoint serve, 2 workers)."""
    server = Gunicorn(
        {
            **env,
            "HOST": "127.0.0.1",
            "PORT": str(free_port()),
            "WEB_CONCURRENCY": "2",
            "ARCHIVE_PYTHON": sys.executable,
        },
        log,
    )

    def answers() -> bool:
        try:
            probe = requests.get(
                f"{server.url}/api/speeches",
                headers=PROXY_HEADERS,
                timeout=5,
                allow_redirects=False,
            )
        except requests.ConnectionError:
            return False
        return probe.ok

    try:
        server.wait_until(answers, timeout=120, what="answer /api/speeches")
    except ServerError as error:
        raise SystemExit(str(error)[-2000:]) from error
    return server


def write_docs(markdown: str) -> None:
    BENCHMARKS.parent.mkdir(parents=True, exist_ok=True)
    text = (
        BENCHMARKS.read_text(encoding="utf-8")
        if BENCHMARKS.exists()
        else "# Benchmarks\n"
    )
    block = f"{BEGIN}\n{markdown.rstrip()}\n{END}"
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    BENCHMARKS.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tarball", type=Path, default=DEFAULT_TARBALL)
    parser.add_argument("--limit", type=int, help="index only this many documents")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--warmup",
        type=int,
        default=50,
        help="other queries sent first, untimed, on every path (steady state)",
    )
    parser.add_argument(
        "--workers", type=int, default=2, help="import_speeches --workers"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the throw-away archive"
    )
    parser.add_argument(
        "--no-write", action="store_true", help="do not update docs/benchmarks.md"
    )
    args = parser.parse_args()
    if not args.tarball.exists():
        raise SystemExit(
            f"{args.tarball}: not found (the bulk corpus lives in ../shared)"
        )

    load_before = machine_load()
    work = Path(tempfile.mkdtemp(prefix="search-bench-"))
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}",
        "WHOOSH_INDEX_PATH": str(work / "whoosh"),
        "JIEBA_CACHE_DIR": str(work / "jieba"),
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "ARCHIVE_SLOGANS": "1",
    }
    os.environ.update(env)
    server = None
    try:
        print(f"unpacking {args.tarball.name} into {work} …", flush=True)
        files = unpack(args.tarball, work / "files", args.limit)
        documents = len(list(files.rglob("*.txt")))
        run_manage(env, "migrate", "--noinput")
        print(
            f"importing {documents} documents with --workers {args.workers} …",
            flush=True,
        )
        cpu_before = children_cpu_seconds()
        output, import_seconds = run_manage(
            env,
            "import_speeches",
            "--no-progress",
            "--workers",
            str(args.workers),
            str(files),
        )
        import_cpu = children_cpu_seconds() - cpu_before
        index_line = next(
            (line for line in output.splitlines() if line.startswith("search index:")),
            "",
        )
        index_seconds = (
            float(re.search(r"in ([\d.]+) s", index_line).group(1))
            if index_line
            else 0.0
        )
        texts = [text for _id, text in archive_texts(work / "db.sqlite3")]
        characters = sum(len(text) for text in texts)
        throughput = characters / import_seconds
        per_cpu_second = characters / import_cpu
        index_size = sum(p.stat().st_size for p in (work / "whoosh").iterdir())
        print(
            f"  {characters:,} characters in {import_seconds:.1f} s: {throughput:,.0f} characters/s",
            flush=True,
        )

        off_seconds = import_without_slogans(env, work / "slogans-off", files, args)
        off_throughput = characters / off_seconds
        slogan_share = off_seconds / import_seconds
        print(
            f"  slogan work off: {off_throughput:,.0f} characters/s; with it on "
            f"{slogan_share:.0%} of that",
            flush=True,
        )

        jieba_rate, jieba_chars = jieba_speed(texts)
        print(
            f"  jieba search mode alone: {jieba_rate:,.0f} characters/s ({jieba_chars:,} characters)",
            flush=True,
        )

        queries = pick_queries(work / "db.sqlite3", texts, args.queries, args.seed)
        measured = set(queries)
        warmup = [
            query
            for query in pick_queries(
                work / "db.sqlite3", texts, args.warmup, args.seed + 1
            )
            if query not in measured
        ]
        server = start_gunicorn(env, work / "gunicorn.log")
        print(
            f"querying /api/search {len(queries)} times after {len(warmup)} others …",
            flush=True,
        )
        http, counts = http_latencies(server.url, queries, warmup)
        memory = worker_memory(server.pid)
        # The same queries with the scripts folded (the search page's default),
        # on a gunicorn started afresh: on the first one they would find every
        # posting the exact pass decoded waiting in the workers' cache (on 1,000
        # bulletins that alone made the second pass a quarter faster at p50).
        server.stop()
        server = start_gunicorn(env, work / "gunicorn-any.log")
        folded, folded_counts = http_latencies(
            server.url, queries, warmup, {"script": "any"}
        )
        bare, engine = whoosh_latencies(work / "whoosh", queries, warmup)
        print("running the same queries as SQL LIKE scans …", flush=True)
        like = like_latencies(work / "db.sqlite3", queries, warmup[:3])
        load_after = machine_load()

        http_p50, http_p95 = summary(http)
        folded_p50, folded_p95 = summary(folded)
        bare_p50, bare_p95 = summary(bare)
        engine_p50, engine_p95 = summary(engine)
        like_p50, like_p95 = summary(like)
        rows = [
            (
                "/api/search over HTTP (gunicorn, 2 workers), exact script (its default)",
                http_p50,
                http_p95,
            ),
            (
                "the same with `script=any` (scripts folded, the page's default)",
                folded_p50,
                folded_p95,
            ),
            (
                "the archive's ranking alone (no HTTP, no Django), top 20 + count",
                engine_p50,
                engine_p95,
            ),
            (
                "bare Whoosh: Phrase over the bigram field, top 20 + count",
                bare_p50,
                bare_p95,
            ),
            ("SQL LIKE scan (SQLite), top 20 + count", like_p50, like_p95),
        ]
        figures = {
            "p95_ms": http_p95,
            "like_speedup": like_p95 / http_p95,
            "like_speedup_p50": like_p50 / http_p50,
            "overhead": http_p95 / bare_p95,
            "index_chars_per_s": throughput,
            "slogan_share": slogan_share,
        }
        verdict = {
            "p95_ms": figures["p95_ms"] <= TARGETS["p95_ms"],
            "like_speedup": figures["like_speedup"] >= TARGETS["like_speedup"],
            "overhead": figures["overhead"] <= TARGETS["overhead"],
            "index_chars_per_s": figures["index_chars_per_s"]
            >= TARGETS["index_chars_per_s"],
            "slogan_share": slogan_share >= TARGETS["slogan_share"],
        }
        mark = {True: "met", False: "MISSED"}
        command = "python bench/search.py" + (
            f" --limit {args.limit}" if args.limit else ""
        )
        markdown = "\n".join(
            [
                "## Search",
                "",
                f"`{command}` on {time.strftime('%Y-%m-%d', time.gmtime())} (UTC): {documents:,} documents of "
                f"`{args.tarball.name}`, {characters:,} characters; machine: "
                f"{load_before} before, {load_after} after.",
                "",
                "| indexing | figure |",
                "| --- | --- |",
                f"| import + index (`import_speeches --workers {args.workers}`) | "
                f"{throughput:,.0f} characters/s ({import_seconds:.0f} s; index phase {index_seconds:.0f} s) |",
                f"| the same, per CPU-second of all its processes ({import_cpu:.0f} CPU-s) | {per_cpu_second:,.0f} characters per CPU-s |",
                f"| the same import with the slogan work off (`ARCHIVE_SLOGANS=0`), run after it | {off_throughput:,.0f} characters/s ({off_seconds:.0f} s) |",
                f"| jieba search-mode segmentation alone, same text | {jieba_rate:,.0f} characters/s |",
                f"| index size | {index_size / 2**20:,.0f} MiB ({index_size / characters:.1f} bytes per character) |",
                "",
                f"| {len(queries)} queries ({len(queries) // 5} slogans, the rest random substrings) | p50 ms | p95 ms |",
                "| --- | --- | --- |",
                *(f"| {name} | {p50:.1f} | {p95:.1f} |" for name, p50, p95 in rows),
                "",
                "HTTP is timed with Python's http.client, a new connection per request "
                "(gunicorn's sync workers close each one), the JSON read after the clock "
                "stops; the two HTTP passes each on a freshly started gunicorn; the "
                "other rows run in this process. Each path first answered "
                f"{len(warmup)} other queries, untimed (the LIKE scan 3: each reads "
                "the whole table), so the figures are a server's steady state, not "
                "its first minute. Every figure is from this run.",
                "",
                f"Matching speeches per query: median {statistics.median(counts):.0f}, "
                f"max {max(counts):,} (`script=any`: median "
                f"{statistics.median(folded_counts):.0f}, max {max(folded_counts):,}; "
                f"{sum(a != b for a, b in zip(counts, folded_counts, strict=True))} "
                "queries count differently). Worker memory (RSS): "
                + ", ".join(f"{size / 1024:.0f} MiB" for size in memory)
                + ".",
                "",
                "| target | figure | |",
                "| --- | --- | --- |",
                f"| p95 ≤ {TARGETS['p95_ms']} ms | {http_p95:.1f} ms | {mark[verdict['p95_ms']]} |",
                f"| ≥ {TARGETS['like_speedup']}× faster than LIKE (p95) | {figures['like_speedup']:.0f}× (p50 {figures['like_speedup_p50']:.0f}×) | {mark[verdict['like_speedup']]} |",
                f"| overhead over bare Whoosh ≤ {TARGETS['overhead']}× (p95) | {figures['overhead']:.2f}× (p50 {http_p50 / bare_p50:.2f}×) | {mark[verdict['overhead']]} |",
                f"| import + index ≥ {TARGETS['index_chars_per_s']:,} characters/s | {throughput:,.0f} | {mark[verdict['index_chars_per_s']]} |",
                f"| slogan work on keeps ≥ {TARGETS['slogan_share']:.0%} of the throughput with it off | {slogan_share:.0%} | {mark[verdict['slogan_share']]} |",
            ]
        )
        print()
        print(markdown)
        if not args.no_write:
            write_docs(markdown)
            print(f"\nwritten to {BENCHMARKS.relative_to(ROOT)}")
        return 0 if all(verdict.values()) else 1
    finally:
        if server is not None:
            server.stop()
        if args.keep:
            print(f"archive kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
