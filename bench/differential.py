"""The long differential run: search against the brute-force oracle on the bulk archive.

Builds (or reuses, --archive) an archive of the bulk news bulletins, then puts
random queries to the archive's search and to the oracle of
tests/search/differential.py (exact substring over the folded database text):
terms, phrases, OR-groups, exclusions, one-character terms, traditional forms,
titles only, exact script, year filters. For every query the whole set and
the count must agree; for one query in ten a random page of search_speeches
(both sorts) must be that slice of the full ranking. Between rounds a few
speeches are edited and deleted (small segments beside the bulk ones) and the
decoded-postings cache is cleared, shrunk or grown.

Usage:
    .venv/bin/python bench/differential.py --queries 100000
    .venv/bin/python bench/differential.py --archive /tmp/search-bench-xyz --queries 2000
It prints the figures and writes them to docs/benchmarks.md ("Differential").
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BENCHMARKS = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- differential-bench:begin -->", "<!-- differential-bench:end -->"
DEFAULT_TARBALL = ROOT.parent / "shared" / "corpus" / "bulk" / "xwlb_daily.tar.gz"
# Queries per round: edits and cache changes between rounds.
ROUND = 2_000
# Exact-script queries among them (the API's default).
EXACT_SHARE = 0.3


def load_search_bench():
    """Return bench/search.py as a module (its name would shadow the search app)."""
    spec = importlib.util.spec_from_file_location(
        "bench_search", ROOT / "bench" / "search.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Oracle:
    """Exact substring over the folded texts, with a character index to skip texts.

    A text can hold a term only if it holds every character of it: a boolean
    column per character narrows the texts to scan; the scan decides.
    """

    def __init__(self, speeches, fold):
        self.fold = fold
        self.speeches = speeches
        self.ids = np.array([speech.id for speech in speeches])
        self.columns: dict[tuple[bool, bool], tuple[list[str], dict]] = {}

    def texts(self, *, in_titles: bool, exact_script: bool):
        key = (in_titles, exact_script)
        if key not in self.columns:
            texts = [
                self.fold(s.title if in_titles else s.text, exact_script=exact_script)
                for s in self.speeches
            ]
            holders: dict[str, list[int]] = {}
            for number, text in enumerate(texts):
                for char in set(text):
                    holders.setdefault(char, []).append(number)
            columns = {}
            for char, numbers in holders.items():
                column = np.zeros(len(texts), bool)
                column[numbers] = True
                columns[char] = column
            self.columns[key] = (texts, columns)
        return self.columns[key]

    def holding(self, term: str, *, in_titles: bool, exact_script: bool) -> set[int]:
        """Return the positions of the texts that hold a term."""
        needle = self.fold(term, exact_script=exact_script)
        if not needle:
            return set()
        texts, columns = self.texts(in_titles=in_titles, exact_script=exact_script)
        candidates = np.ones(len(texts), bool)
        for char in set(needle):
            column = columns.get(char)
            if column is None:
                return set()
            candidates &= column
        return {int(n) for n in np.flatnonzero(candidates) if needle in texts[n]}

    def answer(self, plan, *, in_titles=False, exact_script=False, year=""):
        options = dict(in_titles=in_titles, exact_script=exact_script)
        found = None
        for group in plan.groups:
            either = set().union(*(self.holding(t, **options) for t in group))
            found = either if found is None else found & either
        if found is None:
            found = set(range(len(self.speeches)))
        for term in plan.excluded:
            found -= self.holding(term, **options)
        if year:
            found = {
                n
                for n in found
                if self.speeches[n].day and str(self.speeches[n].day.year) == year
            }
        return {int(self.ids[n]) for n in found}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--archive", type=Path, help="an archive folder to reuse")
    parser.add_argument("--tarball", type=Path, default=DEFAULT_TARBALL)
    parser.add_argument("--limit", type=int, help="import only this many documents")
    parser.add_argument("--queries", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument(
        "--round", type=int, default=ROUND, help="queries between edits (default 2000)"
    )
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    bench = load_search_bench()
    work = args.archive or Path(tempfile.mkdtemp(prefix="differential-"))
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}",
        "WHOOSH_INDEX_PATH": str(work / "whoosh"),
        "JIEBA_CACHE_DIR": str(work / "jieba"),
        "DJANGO_SECRET_KEY": "bench-only",
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    os.environ.update(env)
    if args.archive is None:
        files = bench.unpack(args.tarball, work / "files", args.limit)
        bench.run_manage(env, "migrate", "--noinput")
        print(f"importing into {work} …", flush=True)
        bench.run_manage(
            env, "import_speeches", "--no-progress", "--workers", "2", str(files)
        )
    import django

    django.setup()
    from django.db import connection

    from search.engines.base import SearchFilters
    from search.engines.connection import search_backend
    from search.engines.whoosh.core import codec
    from search.folding import fold, script_table
    from search.outbox import drain_queue
    from search.service import every_match, search_speeches
    from speeches.models import Speech
    from tests.search.differential import oracle_speeches, random_plan

    connection.cursor().execute("PRAGMA journal_mode=WAL")
    rng = random.Random(args.seed)
    started = time.perf_counter()
    tried = found_any = pages = edits = deletions = disagreements = 0
    exact_tried = scripts_differ = 0
    # 报 -> 報: pieces of the (mostly simplified) bulletins typed, or added to
    # a speech, in traditional characters, for exact-script searches.
    back: dict[str, str] = {}
    for code, simplified in sorted(script_table().items()):
        back.setdefault(simplified, chr(code))

    def traditional(text: str) -> str:
        return "".join(back.get(char, char) for char in text)

    failures: list[str] = []
    engine_ms: list[float] = []
    oracle_ms: list[float] = []
    oracle = None
    while tried < args.queries:
        if tried % args.round == 0:
            if tried:
                # Edits and a deletion between rounds: small segments.
                speeches = list(Speech.objects.order_by("?")[:4])
                for speech in speeches[:3]:
                    donor = rng.choice(oracle.speeches)
                    start = rng.randrange(max(1, len(donor.text) - 40))
                    piece = donor.text[start : start + 40]
                    # Half the edits mix in traditional text: the speech is
                    # marked (or stays so) and its exact fields change.
                    if rng.random() < 0.5:
                        piece = traditional(piece)
                    speech.body += "\n" + piece
                    speech.save()
                    edits += 1
                speeches[3].delete()
                deletions += 1
                drain_queue(blocking=True)
            codec.decoded_postings.clear()
            codec.decoded_postings.budget = rng.choice([0, 1 << 16, 64 << 20])
            oracle = Oracle(oracle_speeches(), fold)
            pieces = [
                s.text
                for s in rng.sample(oracle.speeches, min(400, len(oracle.speeches)))
            ]
            # A quarter of the pieces typed in traditional characters.
            pieces = [
                traditional(piece) if rng.random() < 0.25 else piece for piece in pieces
            ]
            years = sorted({str(s.day.year) for s in oracle.speeches if s.day})
            print(
                f"  {tried:,} queries, {disagreements} disagreements, "
                f"{time.perf_counter() - started:.0f} s",
                flush=True,
            )
        plan = random_plan(rng, pieces)
        in_titles = rng.random() < 0.05
        exact_script = rng.random() < EXACT_SHARE
        year = rng.choice(years) if years and rng.random() < 0.1 else ""
        filters = SearchFilters(
            year=year, in_titles=in_titles, exact_script=exact_script
        )
        clock = time.perf_counter()
        expected = oracle.answer(
            plan, in_titles=in_titles, exact_script=exact_script, year=year
        )
        oracle_ms.append((time.perf_counter() - clock) * 1000)
        if exact_script:
            exact_tried += 1
            scripts_differ += expected != oracle.answer(
                plan, in_titles=in_titles, exact_script=False, year=year
            )
        clock = time.perf_counter()
        whole = every_match(q=plan.typed(), filters=filters)
        engine_ms.append((time.perf_counter() - clock) * 1000)
        got = {pk for _score, pk in whole.hits}
        page = search_speeches(
            q=plan.typed(), filters=filters, page_size=20, extras=False
        )
        tried += 1
        found_any += bool(expected)
        if (
            page.count != len(expected)
            or whole.count != len(expected)
            or got != expected
        ):
            disagreements += 1
            failures.append(
                f"{plan.typed()!r} {filters.active()}: oracle {len(expected)}, "
                f"search {page.count}"
            )
            continue
        if rng.random() < 0.1 and page.count:
            pages += 1
            sort = rng.choice(["relevance", "newest"])
            size = rng.choice([1, 7, 20, 100])
            number = rng.randint(1, max(1, -(-page.count // size)))
            whole = every_match(q=plan.typed(), filters=filters, sort=sort)
            one = search_speeches(
                q=plan.typed(),
                filters=filters,
                sort=sort,
                page=number,
                page_size=size,
                extras=False,
            )
            wanted = [pk for _s, pk in whole.hits[(number - 1) * size : number * size]]
            if [hit.speech.pk for hit in one.hits] != wanted:
                disagreements += 1
                failures.append(f"page {number}×{size} {sort} of {plan.typed()!r}")
    seconds = time.perf_counter() - started
    segments = len(search_backend().searcher().reader().leaf_readers())
    speeches = len(oracle.speeches)
    characters = sum(len(s.text) for s in oracle.speeches)
    print(
        f"{tried:,} queries ({found_any:,} found something; {exact_tried:,} exact "
        f"script, {scripts_differ:,} of them answered otherwise folded), "
        f"{pages:,} pages checked, "
        f"{edits} edits, {deletions} deletions, {segments} segments at the end: "
        f"{disagreements} disagreements in {seconds:.0f} s"
    )
    for line in failures[:20]:
        print("  " + line)
    p50 = statistics_line(engine_ms)
    markdown = "\n".join(
        [
            "## Differential",
            "",
            f"`python bench/differential.py --queries {args.queries} "
            f"--round {args.round}` on "
            f"{dt.datetime.now(dt.UTC):%Y-%m-%d} (UTC): the bulk archive "
            f"({speeches:,} speeches, {characters:,} characters, "
            f"{segments} segments at the end), one archive, seed {args.seed}.",
            "",
            "| queries | found something | exact script (answered otherwise folded) | pages checked | edits / deletions | disagreements | seconds |",
            "| --- | --- | --- | --- | --- | --- | --- |",
            f"| {tried:,} | {found_any:,} | {exact_tried:,} ({scripts_differ:,}) | "
            f"{pages:,} | {edits} / {deletions} | {disagreements} | {seconds:,.0f} |",
            "",
            "Each query's whole set and count are compared with the oracle's (exact "
            "substring over the folded database text, narrowed by a character index); "
            "a tenth of them also compare one page (sizes 1, 7, 20, 100, both sorts) "
            "with that slice of the full ranking. Queries: random plans of "
            "tests/search/differential.py over pieces of the bulletins (terms, "
            "phrases, OR, exclusions, one character, traditional forms; a quarter "
            "of the pieces typed in traditional characters), 5 % titles only, "
            f"{EXACT_SHARE:.0%} exact script, 10 % with a year filter. Every round: "
            "three speeches edited (half of them with a piece in traditional "
            "characters) and one deleted (drained into small segments), "
            "and the decoded-postings cache cleared and given 0, 64 KiB or 64 MiB. "
            f"Time per query (engine, whole set): {p50}.",
            "",
            "The bounded run in the suite (`tests/search/test_differential.py`, "
            "Hypothesis, 30 random archives of up to 20 steps each, at least 150 "
            "queries checked page by page) runs in `make test`.",
        ]
    )
    if not args.no_write:
        bench.BENCHMARKS = BENCHMARKS
        bench.BEGIN, bench.END = BEGIN, END
        bench.write_docs(markdown)
    return 1 if disagreements else 0


def statistics_line(values: list[float]) -> str:
    ordered = sorted(values)
    return (
        f"p50 {ordered[len(ordered) // 2]:.1f} ms, "
        f"p95 {ordered[int(0.95 * (len(ordered) - 1))]:.1f} ms"
    )


if __name__ == "__main__":
    sys.exit(main())
