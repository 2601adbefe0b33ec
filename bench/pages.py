"""Benchmark the reading room's pages: server time per page type, against a baseline.

Builds a throw-away archive (temporary DATABASE_URL and WHOOSH_INDEX_PATH), imports
../shared/seeds and ../shared/corpus/dev, then renders every page type through
Django's full request stack (middleware, views, templates, database) with the test
client, in production settings (DJANGO_DEBUG=0, collected static files). Each page
is requested once to warm up and then --runs times; the table gives the median and
the maximum, the number of SQL queries and the page size. The baseline, measured in
the same run, is a view that returns "ok" through the same stack.

Usage:
    .venv/bin/python bench/pages.py               # 9 runs per page
    .venv/bin/python bench/pages.py --runs 15 --no-write
It prints the table and rewrites the "Pages" section of docs/benchmarks.md. It exits
non-zero when the slowest page's median is over --budget-ms (300 by default).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BENCHMARKS = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- pages-bench:begin -->", "<!-- pages-bench:end -->"
BASELINE = "baseline: a view returning “ok”"


def configure(workdir: Path) -> None:
    """Point the settings at a throw-away archive before Django loads them."""
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'db.sqlite3'}"
    os.environ["WHOOSH_INDEX_PATH"] = str(workdir / "whoosh")
    os.environ["ARCHIVE_VAR_DIR"] = str(workdir)
    os.environ["DJANGO_STATIC_ROOT"] = str(workdir / "static")
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-" + "x" * 40)
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    # Quiet: the 404 page type would otherwise log a warning on every run.
    os.environ["LOG_LEVEL"] = "ERROR"
    sys.path.insert(0, str(ROOT))


def build_archive(sources: list[Path]) -> None:
    """Migrate, collect static files and import the shared speeches."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    call_command("import_speeches", *map(str, sources), "--no-progress")


def page_targets() -> list[tuple[str, str]]:
    """Return (page type, path) for every page type, on the heaviest real data."""
    from django.db.models import Count
    from django.db.models.functions import Length

    from speeches.models import Mention, Slogan, Speech

    by_length = Speech.objects.annotate(size=Length("body")).order_by("-size", "id")
    largest = by_length.first()
    typical = by_length[by_length.count() // 2]
    most_sections = (
        Speech.objects.exclude(pk=largest.pk)
        .annotate(parts=Count("sections"))
        .order_by("-parts")
        .first()
    )
    top_slogan = (
        Slogan.objects.filter(status=Slogan.Status.ACCEPTED)
        .annotate(uses=Count("mentions"))
        .order_by("-uses")
        .first()
    )
    # A frequent word of the largest speech: the page marks every occurrence.
    common = (
        Mention.objects.filter(speech=largest)
        .values("slogan__text")
        .annotate(uses=Count("id"))
        .order_by("-uses")
        .first()
    )
    query = common["slogan__text"] if common else "发展"
    return [
        (BASELINE, "/bench/ok/"),
        ("home", "/"),
        ("speech list", "/speeches/"),
        ("speech list, filtered", "/speeches/?has_slogan=1&sort=title&page=2"),
        ("speech, median length", typical.get_absolute_url()),
        (
            f"speech, most sections after the largest ({most_sections.parts})",
            most_sections.get_absolute_url(),
        ),
        (
            f"speech, largest ({len(largest.body):,} chars)",
            largest.get_absolute_url(),
        ),
        (f"speech, largest, ?q={query}", f"{largest.get_absolute_url()}?q={query}"),
        ("raw text, largest", f"/speeches/{largest.pk}/raw/"),
        ("slogan list", "/slogans/"),
        ("slogan list, by first use", "/slogans/?sort=newest&page=3"),
        (f"slogan page, most used ({top_slogan.text})", top_slogan.get_absolute_url()),
        ("slogan page, contexts page 2", f"{top_slogan.get_absolute_url()}?page=2"),
        ("Markdown export, largest", f"/speeches/{largest.pk}/export.md"),
        ("JSON export, largest", f"/speeches/{largest.pk}/export.json"),
        ("slogan table CSV", "/slogans/export.csv"),
        ("feed, new speeches", "/speeches/feed/"),
        ("feed, one slogan", f"/slogans/{top_slogan.pk}/feed/"),
        ("404", "/speeches/999999999/"),
    ]


def measure(path: str, runs: int) -> dict:
    """Request a path once to warm up, then ``runs`` times; return the figures."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    response = client.get(path)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    # Count now: later requests reset the connection's query log that this reads.
    query_count = len(queries)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
    return {
        "status": response.status_code,
        "median": statistics.median(timings),
        "max": max(timings),
        "queries": query_count,
        "bytes": len(response.content),
    }


def table(rows: list[tuple[str, str, dict]], baseline: float) -> str:
    lines = [
        "| page | status | median ms | max ms | × baseline | SQL queries | size |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, _, figures in rows:
        lines.append(
            f"| {name} | {figures['status']} | {figures['median']:.1f} | "
            f"{figures['max']:.1f} | {figures['median'] / baseline:.1f} | "
            f"{figures['queries']} | {figures['bytes'] / 1024:,.0f} KiB |"
        )
    return "\n".join(lines)


def write_section(text: str) -> None:
    """Replace the Pages section of docs/benchmarks.md, keeping everything else."""
    block = f"{BEGIN}\n{text}\n{END}"
    current = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else ""
    if BEGIN in current and END in current:
        head, rest = current.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        updated = head + block + tail
    else:
        if not current:
            current = "# Benchmarks\n\nFigures from scripts under `bench/`.\n"
        updated = current.rstrip("\n") + "\n\n" + block + "\n"
    BENCHMARKS.parent.mkdir(parents=True, exist_ok=True)
    BENCHMARKS.write_text(updated, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--budget-ms", type=float, default=300.0)
    parser.add_argument("--no-write", action="store_true")
    options = parser.parse_args()
    sources = [SHARED / "seeds", SHARED / "corpus" / "dev"]
    missing = [str(path) for path in sources if not path.exists()]
    if missing:
        print(f"absent: {', '.join(missing)} (the shared corpus is needed)")
        return 2
    with tempfile.TemporaryDirectory(prefix="pages-bench-") as workdir:
        configure(Path(workdir))
        import django

        django.setup()
        from django.http import HttpResponse
        from django.test.utils import override_settings
        from django.urls import include, path

        started = time.perf_counter()
        build_archive(sources)
        print(f"archive built in {time.perf_counter() - started:.1f} s")
        from speeches.models import Mention, Section, Slogan, Speech

        counts = (
            f"{Speech.objects.count()} speeches, {Section.objects.count()} sections, "
            f"{Slogan.objects.count()} slogans, {Mention.objects.count()} mentions"
        )
        urls = type(
            "BenchUrls",
            (),
            {
                "urlpatterns": [
                    path("bench/ok/", lambda request: HttpResponse("ok")),
                    path("", include("config.urls")),
                ]
            },
        )
        with override_settings(ROOT_URLCONF=urls):
            rows = [
                (name, url, measure(url, options.runs)) for name, url in page_targets()
            ]
    baseline = rows[0][2]["median"]
    pages = [row for row in rows if row[0] != BASELINE and row[0] != "404"]
    slowest = max(pages, key=lambda row: row[2]["median"])
    verdict = "within" if slowest[2]["median"] <= options.budget_ms else "OVER"
    report = "\n".join(
        [
            "## Pages",
            "",
            "Server time of each page type through Django's full stack (test client, "
            "`DJANGO_DEBUG=0`, SQLite), with ../shared/seeds and ../shared/corpus/dev "
            f"imported ({counts}); {options.runs} runs after one warm-up. "
            "Produced by:",
            "",
            "```",
            f".venv/bin/python bench/pages.py --runs {options.runs}",
            "```",
            "",
            table(rows, baseline),
            "",
            f"Slowest page: {slowest[0]}, median {slowest[2]['median']:.1f} ms, "
            f"max {slowest[2]['max']:.1f} ms: {verdict} the "
            f"{options.budget_ms:.0f} ms budget. Machine: {os.cpu_count()} cores, "
            "shared with other work, so treat single figures as orders of magnitude.",
        ]
    )
    print(report)
    if not options.no_write:
        write_section(report)
        print(f"\nwrote {BENCHMARKS.relative_to(ROOT)}")
    return 0 if verdict == "within" else 1


if __name__ == "__main__":
    sys.exit(main())
