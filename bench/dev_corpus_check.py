"""Parse every file of the shared dev corpus and compare titles and dates with MANIFEST.

Run from the project root:
    .venv/bin/python bench/dev_corpus_check.py [--corpus ../shared/corpus/dev] [-v]

Titles and dates are compared in the scorer's normal form (NFKC, no quotes, no
whitespace). A manifest title may carry a "[视频]" prefix or a "(七大)" note, and a
manifest date may be a year only; empty manifest fields are not checkable. Dates are
reported as parsed (file name included), from the text alone, and as the date the
archive sorts by (the day given where the text states it, else the page's date).

Also checked, on every speech (a collection's speeches each): no title is a
salutation, a greeting or a sentence cut off; and ``delivered`` is found wherever the
text states when the speech was given, which this script tells by its own patterns
(a date in brackets or after a dash near the top, a wire's dateline, a date line
under the text, a year in the manifest's title), not by the parser's.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from speeches.parsing import ParseError, parse_bytes, parse_speeches  # noqa: E402
from speeches.parsing.decode import decode_bytes  # noqa: E402

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


# How a text states when it was given, read by this script on its own
_YEAR = r"(?:19|20)\d{2}|[一二三四五六七八九〇○零]{4}"
STATED_NEAR_TOP = re.compile(
    rf"[（(]\s*(?:{_YEAR})\s*年[^（）()\n]{{0,20}}[）)]|——\s*(?:{_YEAR})年.{{1,12}}在|"
    r"^\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*$",
    re.MULTILINE,
)
STATED_DATELINE = re.compile(
    r"(?:新华社|中新社|人民网|央视网)[^，。\n]{0,10}\d{1,2}月\d{1,2}日电"
)
STATED_BELOW = re.compile(
    rf"^\s*(?:{_YEAR})年[\d一二三四五六七八九十]{{1,3}}月.{{1,4}}日\s*$", re.M
)
TITLE_YEAR = re.compile(r"(?:19|20)\d{2}年(?!度)")
TOP_CHARS, BOTTOM_CHARS = 1200, 400
SALUTATION_TITLE = re.compile(
    r"^(?:尊敬的|亲爱的|各位|同志们|女士们|先生们|朋友们|大家(?:上午|下午|晚上)?好)"
)


def states_delivery(text: str, manifest_title: str) -> bool:
    """Tell, by this script's own patterns, whether a text says when it was given."""
    top, bottom = text[:TOP_CHARS], text[-BOTTOM_CHARS:]
    return bool(
        STATED_NEAR_TOP.search(top)
        or STATED_DATELINE.search(top + bottom)
        or STATED_BELOW.search(bottom)
        or TITLE_YEAR.search(manifest_title)
    )


def bad_title(title: str, body: str, raw: str) -> str:
    """Say what is wrong with a title that is a salutation or a sentence cut off:
    the body's first words, printed nowhere as a line of their own."""
    if SALUTATION_TITLE.match(title):
        return "salutation or greeting"
    opening = norm(body)[:80]
    printed = any(norm(line) == norm(title) for line in raw.splitlines()[:40])
    if norm(title) and opening.startswith(norm(title)) and not printed:
        return "the body's first words"
    return ""


def date_ok(expected: str, got) -> bool:
    if got is None:
        return False
    expected = expected.strip()
    if re.fullmatch(r"\d{4}", expected):
        return got.year == int(expected)
    return got.isoformat() == expected[:10]


def delivered_day(parsed):
    """Return the first day of the day given ("1954" -> 1954-01-01), or None."""
    if not parsed.delivered:
        return None
    year, _, rest = parsed.delivered.partition("-")
    month, _, day = rest.partition("-")
    return dt.date(int(year), int(month or 1), int(day or 1))


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
            speeches = parse_speeches(data, filename=path.name)
            text, _ = decode_bytes(data)
        except ParseError as exc:
            counts["refused"] += 1
            failures.append(f"REFUSED {row['file']}: {exc}")
            continue
        except Exception as exc:  # a crash is what this script exists to find
            counts["crashed"] += 1
            failures.append(f"CRASH {row['file']}: {exc!r}")
            continue
        counts["speeches"] += len(speeches)
        if len(speeches) > 1:
            counts["collections"] += 1
            failures.append(f"SPLIT {row['file']}: {len(speeches)} speeches")
        for speech in speeches:
            problem = bad_title(speech.title, speech.body, speech.raw_text)
            if problem:
                counts["bad_titles"] += 1
                failures.append(f"BAD TITLE {row['file']}: {speech.title!r}: {problem}")
            if not speech.title:
                counts["untitled"] += 1
            raw = speech.raw_text if len(speeches) > 1 else text
            title = speech.title if len(speeches) > 1 else row["title"]
            if states_delivery(raw, title):
                counts["states_delivery"] += 1
                if speech.delivered:
                    counts["delivered_found"] += 1
                else:
                    failures.append(f"NO DELIVERED {row['file']}: {speech.title!r}")
            elif speech.delivered:
                counts["delivered_unstated"] += 1
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
            if date_ok(row["date"], parsed.date) or date_ok(
                row["date"], delivered_day(parsed)
            ):
                counts["date_or_delivered_right"] += 1
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
    print(
        f"date or delivered: {counts['date_or_delivered_right']}/"
        f"{counts['date_checkable']} right (a manifest date may be either)"
    )
    print(
        f"speeches: {counts['speeches']} from {counts['files']} files "
        f"({counts['collections']} collection(s) split); "
        f"titles that are salutations or cut sentences: {counts['bad_titles']}; "
        f"untitled (flagged): {counts['untitled']}"
    )
    print(
        f"delivered: found for {counts['delivered_found']}/"
        f"{counts['states_delivery']} speeches whose text states it; "
        f"{counts['delivered_unstated']} more found where these patterns see none"
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
