"""Measure the parser's throughput on one core, next to baselines from the same run.

Run from the project root:
    .venv/bin/python bench/parse_speed.py [--corpus ../shared/corpus/dev] [--repeat 3]

Figures are MB/s of raw file bytes (1 MB = 10^6 bytes), best of --repeat runs:
- decode only: bytes -> text (UTF-8/GB18030/UTF-16 detection, HTML to lines)
- regex pass: decode, then one plain regex over the text (every CJK run)
- full parse: parse_bytes (decode, clean, sections, metadata, slogans)
A last line times a synthetic worst case: one 300 KB run-on line with no paragraph
breaks, the shape where a backtracking regex would blow up.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from speeches.parsing import parse_bytes  # noqa: E402
from speeches.parsing.decode import (  # noqa: E402
    decode_bytes,
    html_to_text,
    looks_like_html,
)

CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
TARGET_MB_PER_S = 1.0
# A run-on paragraph written for this benchmark, repeated into one long line.
RUN_ON_UNIT = (
    "大家要把心思用在干事上，把功夫下在落实上，第一，盯住短板不放，"
    "围绕村里的路灯水渠推进“三张清单”管理，一是建台账，二是抓督办，3/9确保件件有回音。"
)


def load(corpus: Path) -> list[tuple[str, bytes]]:
    files = sorted(
        p for p in corpus.rglob("*") if p.is_file() and p.suffix in {".txt", ".html"}
    )
    return [(p.name, p.read_bytes()) for p in files]


def decode_only(files):
    for _, data in files:
        text, _ = decode_bytes(data)
        if looks_like_html(text):
            html_to_text(text)


def regex_pass(files):
    for _, data in files:
        text, _ = decode_bytes(data)
        CJK_RUN.findall(text)


def full_parse(files):
    for name, data in files:
        parse_bytes(data, filename=name)


def best_of(repeat: int, function, files) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function(files)
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared/corpus/dev"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = load(Path(args.corpus))
    if not files:
        print(f"no .txt/.html files under {args.corpus}")
        return 2
    size = sum(len(data) for _, data in files)
    print(f"{len(files)} files, {size / 1e6:.2f} MB raw, best of {args.repeat} runs")
    results = {}
    for label, function in (
        ("decode only", decode_only),
        ("regex pass", regex_pass),
        ("full parse", full_parse),
    ):
        seconds = best_of(args.repeat, function, files)
        results[label] = size / 1e6 / seconds
        print(f"{label:<12} {seconds:7.3f} s  {results[label]:7.2f} MB/s")
    share = results["full parse"] / results["decode only"]
    print(f"full parse runs at {share:.0%} of decode-only speed")
    long_line = ("本报讯　" + RUN_ON_UNIT * 3000).encode("utf-8")
    seconds = best_of(1, full_parse, [("run_on.txt", long_line)])
    print(
        f"run-on line  {len(long_line) / 1e3:.0f} KB in {seconds:.3f} s  "
        f"{len(long_line) / 1e6 / seconds:.2f} MB/s"
    )
    verdict = "meets" if results["full parse"] >= TARGET_MB_PER_S else "MISSES"
    print(f"target {TARGET_MB_PER_S} MB/s of raw text: {verdict}")
    return 0 if results["full parse"] >= TARGET_MB_PER_S else 1


if __name__ == "__main__":
    sys.exit(main())
