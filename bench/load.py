"""Load test: mixed traffic against gunicorn on loopback, with wrk.

Builds a throw-away archive (the shared dev corpus, or our own generated speeches
when ../shared is absent), starts it exactly as production does (bin/entrypoint,
DEBUG off, gunicorn with 2 workers), then runs wrk with 20 connections:

1. baseline: /healthz only for 10 s (the floor of Django + gunicorn here);
2. mixed: search, speech pages, slogan pages and the JSON API for 60 s.

Prints requests per second, latency p50/p95/p99 (wrk, client side), server time per
kind of page (gunicorn's access log), errors, and memory (RSS/PSS/USS) per worker.

    .venv/bin/python bench/load.py [--duration 60] [--connections 20] [--workers 2]
                                   [--bulk-daily N] [--database-url URL]

Needs wrk (Debian: apt-get install wrk; `make bench-load` installs it).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
# The throw-away archive is started as the deployment tests start theirs.
sys.path.insert(0, str(ROOT))
from tests.support.servers import Gunicorn, ServerError, archive_env  # noqa: E402

SHARED = ROOT.parent / "shared"
LUA = Path(__file__).with_name("load.lua")
SECRET = "load-test-only-" + "x7Q!pL2#vR9@kM4$zT6%wN8^" * 2

# Queries a reader of the archive would type: formulations, topics, one character,
# a long phrase, and a query that matches nothing.
QUERIES = [
    "高质量发展",
    "乡村振兴",
    "全面从严治党",
    "营商环境",
    "安全生产",
    "生态文明建设",
    "共同富裕",
    "基层治理",
    "改革开放",
    "党的建设",
    "民生",
    "人民",
    "新质生产力",
    "两个维护",
    "三会一课",
    "防汛",
    "党",
    "坚持以人民为中心的发展思想",
    "不存在的提法甲乙丙",
]
# 127.0.0.1 ... "GET /speeches/12/?q=x HTTP/1.1" 200 5120 "-" "-" 12ms
ACCESS_LINE = re.compile(
    r'"GET (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) .* (?P<ms>\d+)ms$'
)
KINDS = {
    "search": re.compile(r"^/search/"),
    "speech": re.compile(r"^/speeches/\d+/"),
    "slogan": re.compile(r"^/slogans/\d+/"),
    "api": re.compile(r"^/api/"),
    "health": re.compile(r"^/healthz"),
}


def main() -> int:
    args = parse_args()
    if not shutil.which("wrk"):
        print("wrk is not installed: apt-get install wrk", file=sys.stderr)
        return 1
    workdir = Path(tempfile.mkdtemp(prefix="archive-load-"))
    env = app_env(workdir, args)
    server = None
    try:
        corpus = build_archive(workdir, env, args)
        server = start_server(env, workdir / "gunicorn.log")
        base_url = server.url
        paths, skipped = mixed_paths(env, base_url)
        if args.exclude:
            paths = [path for path in paths if not re.search(args.exclude, path)]
            skipped.append(f"paths matching {args.exclude!r}")
        paths_file = workdir / "paths.txt"
        paths_file.write_text("\n".join(paths) + "\n")
        health_file = workdir / "health.txt"
        health_file.write_text("/healthz\n")

        load_before = Path("/proc/loadavg").read_text().split()[:3]
        idle_memory = worker_memory(server.pid)
        baseline = run_wrk(base_url, health_file, 10, args.connections)
        access_mark = log_size(workdir / "gunicorn.log")
        sampler = MemorySampler(server.pid)
        sampler.start()
        mixed = run_wrk(base_url, paths_file, args.duration, args.connections)
        sampler.stop()
        end_memory = worker_memory(server.pid)
        load_after = Path("/proc/loadavg").read_text().split()[:3]
        per_kind = server_times(workdir / "gunicorn.log", access_mark)
        report(
            args=args,
            corpus=corpus,
            paths=paths,
            skipped=skipped,
            baseline=baseline,
            mixed=mixed,
            per_kind=per_kind,
            idle_memory=idle_memory,
            end_memory=end_memory,
            peak_memory=sampler.peak,
            load=(load_before, load_after),
        )
        errors = error_count(mixed)
        return 0 if errors == 0 else 2
    finally:
        if server is not None:
            server.stop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            print(f"kept {workdir}")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--duration", type=int, default=60, help="seconds of mixed load"
    )
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--bulk-daily",
        type=int,
        default=0,
        help="also import N day-long bulletins from ../shared/corpus/bulk",
    )
    parser.add_argument(
        "--database-url", default="", help="default: SQLite in a temp dir"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    parser.add_argument(
        "--exclude",
        default="",
        metavar="REGEX",
        help="leave out request paths matching this (e.g. a page with a known bug)",
    )
    return parser.parse_args()


def app_env(workdir: Path, args: argparse.Namespace) -> dict:
    """Return a production environment with every file under workdir."""
    env = archive_env(
        workdir,
        database_url=args.database_url or f"sqlite:///{workdir / 'db.sqlite3'}",
        workers=args.workers,
    )
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=SECRET,
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        GUNICORN_LOG_LEVEL="warning",
    )
    return env


def run(args: list[str], env: dict) -> str:
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def build_archive(workdir: Path, env: dict, args: argparse.Namespace) -> str:
    """Import a corpus and build the index as production does; describe the corpus."""
    run(["bin/entrypoint", "migrate"], env)
    folders = []
    dev = SHARED / "corpus" / "dev"
    if dev.is_dir():
        folders.append(str(dev))
        described = "the shared dev corpus (160 real texts)"
    else:
        from tests.deploy.corpus import write_speeches

        write_speeches(workdir / "generated", 300, paragraphs=8)
        folders.append(str(workdir / "generated"))
        described = "300 generated speeches (../shared is absent)"
    if args.bulk_daily:
        folders.append(str(extract_bulk(workdir, args.bulk_daily)))
        described += f" + {args.bulk_daily} day-long news bulletins from the bulk set"
    started = time.perf_counter()
    # Some dev files are deliberately bad (binary, empty): the importer says so and
    # exits non-zero, which is no reason to stop the load test.
    subprocess.run(
        [sys.executable, "manage.py", "import_speeches", "--no-progress", *folders],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    imported = time.perf_counter() - started
    started = time.perf_counter()
    run(["bin/entrypoint", "index", "static"], env)
    indexed = time.perf_counter() - started
    print(f"archive: {described}; import {imported:.1f} s, index {indexed:.1f} s")
    return described


def extract_bulk(workdir: Path, count: int) -> Path:
    """Extract the first ``count`` day-long bulletins of the bulk tarball."""
    target = workdir / "bulk"
    tarball = SHARED / "corpus" / "bulk" / "xwlb_daily.tar.gz"
    if not tarball.is_file():
        sys.exit(f"{tarball} is absent: drop --bulk-daily")
    extracted = 0
    with tarfile.open(tarball) as archive:
        for member in archive:
            if member.isfile() and member.name.endswith(".txt"):
                archive.extract(member, target, filter="data")
                extracted += 1
                if extracted == count:
                    break
    return target


def start_server(env: dict, log: Path) -> Gunicorn:
    """Start gunicorn via bin/entrypoint and wait until /healthz says 200."""
    server = Gunicorn(env, log)
    try:
        server.wait_until(
            lambda: status_of(f"{server.url}/healthz") == 200,
            what="answer /healthz with 200",
        )
    except ServerError as error:
        sys.exit(str(error))
    return server


def status_of(url: str) -> int:
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


def mixed_paths(env: dict, base_url: str) -> tuple[list[str], list[str]]:
    """Return shuffled request paths in the mix, and the kinds this build lacks."""
    os.environ.update(env)
    import django

    django.setup()
    from speeches.models import Slogan, Speech

    rng = random.Random(20261123)
    speech_ids = list(Speech.objects.values_list("pk", flat=True))
    slogans = list(
        Slogan.objects.filter(status=Slogan.Status.ACCEPTED)
        .order_by("pk")
        .values_list("pk", "text")
    )
    queries = QUERIES + [text for _, text in rng.sample(slogans, min(20, len(slogans)))]
    kinds: dict[str, list[str]] = {
        "search": [f"/search/?q={quote(q)}" for q in queries]
        + [f"/search/?q={quote(q)}&sort=newest" for q in queries[:8]]
        + [f"/search/?q={quote(q)}&page=2" for q in queries[:4]],
        "speech": [f"/speeches/{pk}/" for pk in speech_ids]
        + [f"/speeches/{pk}/?q={quote(rng.choice(QUERIES))}" for pk in speech_ids[::3]],
        "slogan": [f"/slogans/{pk}/" for pk, _ in slogans[:300]],
        "api": ["/api/speeches", "/api/speeches?page=2"]
        + [f"/api/speeches/{pk}" for pk in speech_ids[::2]]
        + [f"/api/search?q={quote(q)}" for q in queries],
    }
    # Shares of the mix: a reading archive is mostly searches and speech pages.
    weights = {"search": 35, "speech": 30, "slogan": 15, "api": 20}
    skipped = []
    for kind, paths in list(kinds.items()):
        if not paths or status_of(base_url + paths[0]) == 404:
            skipped.append(kind)
            del kinds[kind]
    if any(status_of(base_url + p) == 404 for p in kinds.get("api", [])[-1:]):
        kinds["api"] = [p for p in kinds["api"] if not p.startswith("/api/search")]
        skipped.append("api/search")
    mix = []
    for kind, paths in kinds.items():
        mix.extend(rng.choice(paths) for _ in range(weights[kind] * 40))
    rng.shuffle(mix)
    return mix, skipped


def run_wrk(base_url: str, paths_file: Path, seconds: int, connections: int) -> dict:
    """Run wrk with the mixed-traffic script; return its JSON summary."""
    result = subprocess.run(
        [
            "wrk",
            f"--threads={min(2, connections)}",
            f"--connections={connections}",
            f"--duration={seconds}s",
            "--timeout=10s",
            f"--script={LUA}",
            base_url,
            "--",
            str(paths_file),
        ],
        capture_output=True,
        text=True,
    )
    for line in result.stdout.splitlines():
        if line.startswith("WRK_JSON "):
            return json.loads(line.removeprefix("WRK_JSON "))
    sys.exit(f"wrk printed no summary:\n{result.stdout}\n{result.stderr}")


def error_count(summary: dict) -> int:
    return sum(
        summary[key]
        for key in (
            "connect_errors",
            "read_errors",
            "write_errors",
            "status_errors",
            "timeouts",
        )
    )


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [int(pid) for pid in children]


def memory_of(pid: int) -> dict[str, int]:
    """Return RSS, PSS and USS (private) of a process, in KiB."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value = line.split(":", 1)
        fields[name] = int(value.split()[0])
    return {
        "rss": fields["Rss"],
        "pss": fields["Pss"],
        "uss": fields["Private_Clean"] + fields["Private_Dirty"],
    }


def worker_memory(master: int) -> dict[str, dict[str, int]]:
    memory = {"master": memory_of(master)}
    for number, pid in enumerate(worker_pids(master), 1):
        memory[f"worker {number}"] = memory_of(pid)
    return memory


class MemorySampler(threading.Thread):
    """Sample the workers' memory every 2 s; keep the peak of each measure."""

    def __init__(self, master: int):
        super().__init__(daemon=True)
        self.master = master
        self.peak: dict[str, int] = defaultdict(int)
        self.halt = threading.Event()

    def run(self) -> None:
        while not self.halt.wait(2):
            for pid in worker_pids(self.master):
                try:
                    for measure, value in memory_of(pid).items():
                        self.peak[measure] = max(self.peak[measure], value)
                except (FileNotFoundError, ProcessLookupError):
                    continue  # a worker recycled by max_requests

    def stop(self) -> None:
        self.halt.set()
        self.join()


def log_size(path: Path) -> int:
    return path.stat().st_size


def server_times(log: Path, offset: int) -> dict[str, dict]:
    """Return count, statuses and server time percentiles per kind of page."""
    times: dict[str, list[int]] = defaultdict(list)
    statuses: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with log.open("rb") as stream:
        stream.seek(offset)
        for raw in stream:
            match = ACCESS_LINE.search(raw.decode("utf-8", "replace").rstrip())
            if not match:
                continue
            kind = next(
                (name for name, rule in KINDS.items() if rule.match(match["path"])),
                "other",
            )
            if kind == "api" and match["path"].startswith("/api/search"):
                kind = "api/search"
            times[kind].append(int(match["ms"]))
            statuses[kind][match["status"]] += 1
    return {
        kind: {
            "count": len(values),
            "statuses": dict(statuses[kind]),
            "p50": percentile(values, 50),
            "p95": percentile(values, 95),
            "p99": percentile(values, 99),
            "mean": statistics.fmean(values),
        }
        for kind, values in sorted(times.items())
    }


def percentile(values: list[int], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def mib(kib: int) -> str:
    return f"{kib / 1024:.1f}"


def report(**figures) -> None:
    args = figures["args"]
    baseline, mixed = figures["baseline"], figures["mixed"]
    print()
    print(f"corpus: {figures['corpus']}")
    print(
        f"gunicorn: {args.workers} workers, DEBUG off; wrk: {args.connections} connections,"
        f" 2 threads; loadavg before {' '.join(figures['load'][0])},"
        f" after {' '.join(figures['load'][1])}; cpus {os.cpu_count()}"
    )
    if figures["skipped"]:
        print(f"not in this build (skipped): {', '.join(figures['skipped'])}")
    print()
    print(
        "| run | seconds | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, summary in (("baseline /healthz", baseline), ("mixed", mixed)):
        seconds = summary["duration_us"] / 1e6
        print(
            f"| {name} | {seconds:.0f} | {summary['requests']} | "
            f"{summary['requests'] / seconds:.1f} | {summary['p50_us'] / 1000:.1f} | "
            f"{summary['p95_us'] / 1000:.1f} | {summary['p99_us'] / 1000:.1f} | "
            f"{summary['max_us'] / 1000:.1f} | {error_count(summary)} |"
        )
    print()
    print("server time per kind (gunicorn access log, mixed run):")
    print()
    print("| kind | requests | statuses | p50 ms | p95 ms | p99 ms | mean ms |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for kind, row in figures["per_kind"].items():
        statuses = ", ".join(
            f"{code}: {n}" for code, n in sorted(row["statuses"].items())
        )
        print(
            f"| {kind} | {row['count']} | {statuses} | {row['p50']} | {row['p95']} | "
            f"{row['p99']} | {row['mean']:.1f} |"
        )
    print()
    print("memory, MiB (RSS / PSS / USS = private):")
    print()
    print("| process | idle | after the mixed run |")
    print("| --- | --- | --- |")
    for name, idle in figures["idle_memory"].items():
        end = figures["end_memory"].get(name, {"rss": 0, "pss": 0, "uss": 0})
        print(
            f"| {name} | {mib(idle['rss'])} / {mib(idle['pss'])} / {mib(idle['uss'])} | "
            f"{mib(end['rss'])} / {mib(end['pss'])} / {mib(end['uss'])} |"
        )
    peak = figures["peak_memory"]
    if peak:
        print(
            f"| peak of any worker | | {mib(peak['rss'])} / {mib(peak['pss'])} / "
            f"{mib(peak['uss'])} |"
        )
    print()
    rate = mixed["requests"] / mixed["duration_us"]
    floor = baseline["requests"] / baseline["duration_us"]
    print(
        f"mixed vs baseline: {rate / floor:.2f}x the requests per second,"
        f" {mixed['p95_us'] / max(1, baseline['p95_us']):.1f}x the p95 latency"
    )


if __name__ == "__main__":
    sys.exit(main())
