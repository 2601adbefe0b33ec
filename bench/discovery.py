"""Time the discovery pass (speeches/discovery.py) and its peak memory.

Each corpus runs in a child process of its own, so that its peak resident memory
(ru_maxrss) is the pass's alone; the baseline of the same run is the child's memory
and time after reading the texts, before discovery starts:

- the dev corpus (../shared/corpus/dev), each file parsed first (parsing untimed):
  discovery sees speech bodies, as the archive's job does;
- the 5,078 evening bulletins (../shared/corpus/bulk/xwlb_daily.tar.gz), read as
  they are (plain text already), or an evenly spread sample of them (--limit).

Usage:
    .venv/bin/python bench/discovery.py                # both corpora, all bulletins
    .venv/bin/python bench/discovery.py --limit 500    # a sample of the bulletins
It prints the figures and writes them to docs/benchmarks.md (section "Discovery").
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEV = ROOT.parent / "shared" / "corpus" / "dev"
BULK = ROOT.parent / "shared" / "corpus" / "bulk" / "xwlb_daily.tar.gz"
BENCHMARKS = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- discovery-bench:begin -->", "<!-- discovery-bench:end -->"


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def dev_texts() -> list[str]:
    from speeches.files import read_speech_file, speech_files
    from speeches.parsing import ParseError, parse_speeches

    bodies = []
    for path, problem in speech_files([str(DEV)]):
        if problem:
            continue
        try:
            speeches = parse_speeches(read_speech_file(path), filename=path.name)
        except (ParseError, OSError, ValueError):
            continue
        bodies += [speech.body for speech in speeches]
    return bodies


def bulk_texts(limit: int | None) -> list[str]:
    """Read the bulletins (an evenly spread sample of ``limit``) in one pass over the
    compressed archive: reading members out of order would decompress it again."""
    with tarfile.open(BULK) as archive:
        names = sorted(
            m.name
            for m in archive.getmembers()
            if m.isfile() and m.name.endswith(".txt")
        )
    if limit and limit < len(names):
        step = len(names) / limit
        names = [names[int(i * step)] for i in range(limit)]
    wanted, texts = set(names), {}
    with tarfile.open(BULK, mode="r|gz") as stream:
        for member in stream:
            if member.name in wanted:
                data = stream.extractfile(member).read()
                texts[member.name] = data.decode("utf-8", "replace")
    return [texts[name] for name in names]


def measure(corpus: str, limit: int | None) -> dict:
    """Run in the child: read the texts, then time discovery over them."""
    from speeches.discovery import discover
    from speeches.parsing.reference import general_words

    general_words()  # jieba's dictionary, read once per process like the job's
    texts = dev_texts() if corpus == "dev" else bulk_texts(limit)
    before_mib, start = peak_mib(), time.perf_counter()
    cpu_start = time.process_time()
    found = discover(texts)
    return {
        "corpus": corpus,
        "texts": len(texts),
        "chars": sum(map(len, texts)),
        "seconds": time.perf_counter() - start,
        "cpu_seconds": time.process_time() - cpu_start,
        "baseline_mib": before_mib,
        "peak_mib": peak_mib(),
        "candidates": len(found),
        "top": [c.text for c in found[:12]],
    }


def child(corpus: str, limit: int | None) -> dict:
    args = [sys.executable, __file__, "--child", corpus]
    if limit:
        args += ["--limit", str(limit)]
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"}
    out = subprocess.run(args, capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def machine_load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def report(results: list[dict], load: str) -> str:
    lines = [
        "## Discovery",
        "",
        "`bench/discovery.py`: the discovery pass (`speeches/discovery.py`) over a whole",
        "corpus in a child process each; memory is the child's peak resident size, its",
        "baseline the same child's peak after reading the texts (and jieba's",
        f"dictionary), before discovery starts. Machine: {load}.",
        "",
        "| corpus | texts | characters | wall s | CPU s | baseline MiB | peak MiB "
        "| proposals |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        lines.append(
            f"| {r['corpus']} | {r['texts']:,} | {r['chars']:,} | {r['seconds']:.1f} "
            f"| {r['cpu_seconds']:.1f} | {r['baseline_mib']:.0f} | {r['peak_mib']:.0f} "
            f"| {r['candidates']:,} |"
        )
    lines.append("")
    for r in results:
        lines.append(f"First proposals on {r['corpus']}: {'、'.join(r['top'])}.")
    return "\n".join(lines) + "\n"


def write_section(text: str) -> None:
    current = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else ""
    block = f"{BEGIN}\n{text}{END}"
    if BEGIN in current and END in current:
        head, rest = current.split(BEGIN, 1)
        current = head + block + rest.split(END, 1)[1]
    else:
        current = current.rstrip("\n") + "\n\n" + block + "\n"
    BENCHMARKS.write_text(current, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="a sample of N bulletins")
    parser.add_argument("--child", choices=["dev", "bulk"], help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=["dev", "bulk"], help="one corpus only")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.limit), ensure_ascii=False))
        return
    load = machine_load()
    results = []
    for corpus in ("dev", "bulk"):
        if args.only and corpus != args.only:
            continue
        result = child(corpus, args.limit)
        results.append(result)
        print(json.dumps(result, ensure_ascii=False))
    text = report(results, load)
    print(text)
    if not args.no_write:
        write_section(text)


if __name__ == "__main__":
    main()
