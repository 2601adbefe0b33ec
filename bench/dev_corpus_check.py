"""Parse every file of the shared dev corpus and compare titles and dates with MANIFEST.

Run from the project root:
    .venv/bin/python bench/dev_corpus_check.py [--corpus ../shared/corpus/dev] [-v]

Titles and dates are compared in the scorer's normal form (NFKC, no quotes, no
whitespace). A manifest title may carry a "[视频]" prefix or a "(七大)" note, and a
manifest date may be a year only; empty manifest fields are not checkable. Dates are
reported twice: as parsed (file name included) and from the text alone.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from speeches.parsing import ParseError, parse_bytes  # noqa: E402

QUOTES = "“”\"'‘’「」『』"
# "[视频]习近平在…" -> "习近平在…"
VIDEO_PREFIX = re.compile(r"^\[视频\]")
# "某某文集 (第二卷)" -> "某某文集"
TRAILING_NOTE = re.compile(r"\s*[（(][^（）()]{1,12}[）)]$")


def norm(text: str | None) -> str:
    """Fold width (NFKC), drop quotes and all whitespace, as the scorer does."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if ch not in QUOTES and not ch.isspace())
    return text.strip("。.，,；;：:")


def title_forms(title: str) -> set[str]:
    """Return the accepted normal forms of a manifest title."""
    forms = {title, VIDEO_PREFIX.sub("", title)}
    forms |= {TRAILING_NOTE.sub("", form) for form in list(forms)}
    return {norm(form) for form in forms if form}


def date_ok(expected: str, got) -> bool:
    if got is None:
        return False
    expected = expected.strip()
    if re.fullmatch(r"\d{4}", expected):
        return got.year == int(expected)
    return got.isoformat() == expected[:10]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared/corpus/dev"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list failures")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    rows = list(csv.DictReader((corpus / "MANIFEST.csv").open(encoding="utf-8")))
    counts: Counter = Counter()
    failures: list[str] = []
    by_folder: dict[str, Counter] = {}
    for row in rows:
        path = corpus / row["file"]
        folder = row["file"].split("/")[0]
        tally = by_folder.setdefault(folder, Counter())
        counts["files"] += 1
        data = path.read_bytes()
        try:
            parsed = parse_bytes(data, filename=path.name)
            text_only = parse_bytes(data)
        except ParseError as exc:
            counts["refused"] += 1
            failures.append(f"REFUSED {row['file']}: {exc}")
            continue
        except Exception as exc:  # a crash is what this script exists to find
            counts["crashed"] += 1
            failures.append(f"CRASH {row['file']}: {exc!r}")
            continue
        if row["title"]:
            counts["title_checkable"] += 1
            tally["title_checkable"] += 1
            if norm(parsed.title) in title_forms(row["title"]):
                counts["title_right"] += 1
                tally["title_right"] += 1
            else:
                failures.append(
                    f"TITLE {row['file']}: got {parsed.title!r} "
                    f"({parsed.title_source}) want {row['title']!r}"
                )
        if row["date"]:
            counts["date_checkable"] += 1
            tally["date_checkable"] += 1
            if date_ok(row["date"], parsed.date):
                counts["date_right"] += 1
                tally["date_right"] += 1
            else:
                failures.append(
                    f"DATE {row['file']}: got {parsed.date} want {row['date']}"
                )
            if date_ok(row["date"], text_only.date):
                counts["date_right_text_only"] += 1
    print(
        f"files={counts['files']} crashed={counts['crashed']} refused={counts['refused']}"
    )
    print(
        f"titles: {counts['title_right']}/{counts['title_checkable']} right "
        f"({counts['files'] - counts['title_checkable']} files have no manifest title)"
    )
    print(
        f"dates: {counts['date_right']}/{counts['date_checkable']} right; "
        f"{counts['date_right_text_only']}/{counts['date_checkable']} from the text "
        f"alone ({counts['files'] - counts['date_checkable']} files have no manifest date)"
    )
    for folder, tally in sorted(by_folder.items()):
        print(
            f"  {folder:<26} titles {tally['title_right']}/{tally['title_checkable']}"
            f"  dates {tally['date_right']}/{tally['date_checkable']}"
        )
    if args.verbose:
        print("\n".join(failures))
    return 1 if counts["crashed"] else 0


if __name__ == "__main__":
    sys.exit(main())
