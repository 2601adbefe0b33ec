"""Time importing a one-line speech of repeated quoted slogans (3 MB), by the wall clock.

The test suite bounds the same import against a quarter-size one of the same run
(tests/speeches/test_mentions_speed.py), which holds on a busy machine too; this
script gives the wall-clock figure, meaningful on a quiet machine. A throw-away
SQLite archive is built under a temporary folder; parsing and the import (speech,
sections, slogans, mentions with their sentences) are timed apart, next to the
quarter-size text as the baseline of the same run.

Usage:
    .venv/bin/python bench/megabyte_line.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FULL = 90_000  # repeats of the unit: 990,000 characters, 3 MB in UTF-8
UNIT = "“三会一课”“双报到”"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="megabyte-line-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'db.sqlite3'}"
    os.environ["WHOOSH_INDEX_PATH"] = str(folder / "whoosh")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT,
        check=True,
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from speeches.importing import speech_import
    from speeches.parsing import parse_text
    from speeches.parsing.reference import general_words

    general_words()
    load = os.getloadavg()[0]
    print(f"load average {load:.2f} on {os.cpu_count()} cores")
    for label, repeats in (("quarter", FULL // 4), ("whole", FULL)):
        parse_best = import_best = float("inf")
        for attempt in range(args.repeat):
            raw = (
                f"在支部大会上的讲话（{label}{attempt}）\n同志们：\n{UNIT * repeats}\n"
            )
            started = time.perf_counter()
            parsed = parse_text(raw)
            parsed_at = time.perf_counter()
            speech_import(parsed=parsed, source_file=f"/bench/{label}{attempt}")
            done = time.perf_counter()
            parse_best = min(parse_best, parsed_at - started)
            import_best = min(import_best, done - parsed_at)
        size = len(raw.encode("utf-8")) / 1e6
        print(
            f"{label}: {size:.2f} MB, parse {parse_best:.2f} s, "
            f"import {import_best:.2f} s (best of {args.repeat})"
        )


if __name__ == "__main__":
    main()
