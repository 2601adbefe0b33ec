"""Text reuse at scale: news items beside the day-long bulletins that contain them.

Loads ../shared/corpus/bulk (xwlb_items: one news item per file; xwlb_daily: every
item of an evening, one file per day) into a throw-away SQLite archive, rebuilds the
text reuse from nothing with the reuse app's own service, and scores its links
against an exact oracle: an item's whole folded text is a substring of the folded
bulletin of its day. Then adds one item held back from the load and times its
update (what the index writer's receiver runs after an import).

Speeches are written as rows (title, body, date): the parser and the search index
are not what is measured here, and indexing 53,000 texts would take most of the run.

    .venv/bin/python bench/reuse.py [--years 2019,2020] [--limit-days N]

Prints JSON lines; the last one is the summary for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BULK = ROOT.parent / "shared" / "corpus" / "bulk"


def read_bulk(name: str, years: set[str] | None):
    """Yield (member name, text) of one tarball's text files, of the years asked."""
    with tarfile.open(BULK / name) as archive:
        for member in archive:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            year = member.name.split("/")[1]
            if years and year not in years:
                continue
            yield member.name, archive.extractfile(member).read().decode("utf-8")


def item_speech(name: str, text: str) -> dict:
    """Return an item file as speech fields: line 1 title, line 2 time, then body."""
    lines = text.split("\n")
    stem = Path(name).stem  # 20190524_17
    return {
        "title": lines[0],
        "body": "\n".join(lines[3:]).strip(),
        "date": dt.date(int(stem[:4]), int(stem[4:6]), int(stem[6:8])),
        "kind": "item",
        "day": stem[:8],
        "name": name,
    }


def daily_speech(name: str, text: str) -> dict:
    """Return a bulletin file as speech fields: line 1 names the day, then items."""
    lines = text.split("\n")
    stem = Path(name).stem
    return {
        "title": lines[0],
        "body": "\n".join(lines[1:]).strip(),
        "date": dt.date(int(stem[:4]), int(stem[4:6]), int(stem[6:8])),
        "kind": "daily",
        "day": stem,
        "name": name,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", default="", help="e.g. 2019,2020 (default: all)")
    parser.add_argument("--keep", help="keep the archive in this folder")
    parser.add_argument(
        "--updates-only",
        action="store_true",
        help="on the archive kept in --keep: time updating single speeches only",
    )
    args = parser.parse_args()
    years = set(args.years.split(",")) if args.years else None
    folder = Path(args.keep or tempfile.mkdtemp(prefix="bench-reuse-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'db.sqlite3'}"
    os.environ["WHOOSH_INDEX_PATH"] = str(folder / "whoosh")
    os.environ["ARCHIVE_VAR_DIR"] = str(folder)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    from reuse.fingerprints import fold
    from reuse.models import (
        Copy,
        Passage,
        PassageLink,
        PassageMember,
        Relation,
        WindowKey,
    )
    from reuse.selectors import CONTAINED_COVERAGE
    from reuse.services import reuse_update
    from speeches.models import Speech

    call_command("migrate", verbosity=0)
    if args.updates_only:
        time_updates()
        return
    started = time.perf_counter()
    items = [item_speech(n, t) for n, t in read_bulk("xwlb_items.tar.gz", years)]
    dailies = [daily_speech(n, t) for n, t in read_bulk("xwlb_daily.tar.gz", years)]
    items.sort(key=lambda fields: (fields["day"], fields["title"]))
    # One item with its bulletin in the archive is held back, to be added last.
    days = {fields["day"] for fields in dailies}
    held = next(i for i in reversed(items) if i["day"] in days and len(i["body"]) > 300)
    items.remove(held)
    read_seconds = time.perf_counter() - started
    kinds: dict[int, str] = {}
    day_of: dict[int, str] = {}

    def store(batch: list[dict]) -> list[Speech]:
        rows = [
            Speech(
                title=fields["title"][:500],
                body=fields["body"],
                raw_text="",
                date=fields["date"],
                content_hash=hashlib.sha256(fields["name"].encode()).hexdigest(),
                source_file=f"{fields['kind']}/{fields['day']}/{number}",
                effective_date=fields["date"],
            )
            for number, fields in enumerate(batch)
        ]
        created = Speech.objects.bulk_create(rows, batch_size=500)
        for speech, fields in zip(created, batch, strict=True):
            kinds[speech.pk] = fields["kind"]
            day_of[speech.pk] = fields["day"]
        return created

    with transaction.atomic():
        store(dailies)
        store(items)
    characters = sum(len(f["body"]) for f in items) + sum(
        len(f["body"]) for f in dailies
    )
    print(
        json.dumps(
            {
                "stage": "loaded",
                "items": len(items),
                "bulletins": len(dailies),
                "characters": characters,
                "read_seconds": round(read_seconds, 1),
            }
        ),
        flush=True,
    )

    # The oracle: an item's folded text inside the folded bulletin of its day.
    started = time.perf_counter()
    bulletin_text = {f["day"]: fold(f["body"]) for f in dailies}
    bulletin_id = {day_of[pk]: pk for pk, kind in kinds.items() if kind == "daily"}
    oracle: set[tuple[int, int]] = set()
    item_text: dict[int, str] = {}
    for speech_id, body in (
        Speech.objects.filter(pk__in=[pk for pk, k in kinds.items() if k == "item"])
        .values_list("pk", "body")
        .iterator(chunk_size=2000)
    ):
        folded = fold(body)
        item_text[speech_id] = folded
        day = day_of[speech_id]
        if day in bulletin_text and folded in bulletin_text[day]:
            oracle.add((speech_id, bulletin_id[day]))
    oracle_seconds = time.perf_counter() - started
    items_with_bulletin = sum(1 for pk in item_text if day_of[pk] in bulletin_text)
    print(
        json.dumps(
            {
                "stage": "oracle",
                "links": len(oracle),
                "items_with_a_bulletin": items_with_bulletin,
                "seconds": round(oracle_seconds, 1),
            }
        ),
        flush=True,
    )

    # The pass itself: the reuse app's own command, in a process of its own, so
    # that its time and peak memory are the command's and not this script's.
    started = time.perf_counter()
    command = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "reuse", "rebuild"],
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        check=True,
    )
    rebuild_seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        json.dumps(
            {"stage": "rebuilt", "output": command.stdout.strip().splitlines()[-1]}
        ),
        flush=True,
    )
    counts = {
        "related_pairs": Relation.objects.count() // 2,
        "window_keys": WindowKey.objects.count(),
        "copies": Copy.objects.count(),
        "aligned_passages": PassageLink.objects.count(),
        "passages": Passage.objects.count(),
        "passage_members": PassageMember.objects.count(),
    }

    links = {}
    for speech_id, other_id, share in Relation.objects.values_list(
        "speech_id", "other_id", "coverage"
    ).iterator(chunk_size=10_000):
        if kinds.get(speech_id) == "item" and kinds.get(other_id) == "daily":
            links[(speech_id, other_id)] = share
    # Containment links (nearly all of the item's text inside the bulletin) are
    # what the oracle describes; the others share a passage, not the item.
    found = {pair for pair, share in links.items() if share >= CONTAINED_COVERAGE}
    every = set(links)
    # A found item-bulletin link is right if the whole item is in that bulletin
    # (its own day's, or another day's that repeated it).
    right = {
        (item, bulletin)
        for item, bulletin in found
        if (item, bulletin) in oracle
        or item_text[item] in bulletin_text.get(day_of[bulletin], "")
    }
    recall = len(found & oracle) / len(oracle) if oracle else 0.0
    precision_whole = len(right) / len(found) if found else 0.0
    every_right = {
        (item, bulletin)
        for item, bulletin in every
        if (item, bulletin) in oracle
        or item_text[item] in bulletin_text.get(day_of[bulletin], "")
    }
    # Stored aligned passages: is the text the same in both speeches (folded)?
    bodies = {}
    checked = verbatim = 0
    for passage in PassageLink.objects.filter(exact=True).order_by("?")[:2000]:
        for pk in (passage.speech_id, passage.other_id):
            if pk not in bodies:
                bodies[pk] = Speech.objects.filter(pk=pk).values_list(
                    "body", flat=True
                )[0]
        checked += 1
        here = fold(bodies[passage.speech_id][passage.start : passage.end])
        there = fold(bodies[passage.other_id][passage.other_start : passage.other_end])
        verbatim += here == there
    db_mib = (folder / "db.sqlite3").stat().st_size / 2**20

    # One more speech: the item held back, added as an import would add it.
    with transaction.atomic():
        [added] = store([held])
    started = time.perf_counter()
    reuse_update(speech_ids=[added.pk])
    update_seconds = time.perf_counter() - started
    linked = set(
        Relation.objects.filter(speech_id=added.pk).values_list("other_id", flat=True)
    )
    held_bulletin = bulletin_id.get(held["day"])
    summary = {
        "stage": "summary",
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "items": len(item_text),
        "bulletins": len(bulletin_text),
        "characters": characters,
        "oracle_links": len(oracle),
        "containment_links": len(found),
        "recall": round(recall, 4),
        "precision": round(precision_whole, 4),
        "all_item_bulletin_links": len(every),
        "all_links_recall": round(len(every & oracle) / len(oracle), 4)
        if oracle
        else 0.0,
        "all_links_whole_item_precision": round(len(every_right) / len(every), 4)
        if every
        else 0.0,
        **counts,
        "passages_checked": checked,
        "passages_verbatim": round(verbatim / checked, 4) if checked else None,
        "rebuild_seconds": round(rebuild_seconds, 1),
        "baseline_oracle_seconds": round(oracle_seconds, 1),
        "rebuild_peak_rss_mib": round(peak),
        "database_mib": round(db_mib),
        "add_one_seconds": round(update_seconds, 3),
        "added_linked_to_its_bulletin": held_bulletin in linked,
        "database": connection.vendor,
        "folder": str(folder),
    }
    print(json.dumps(summary), flush=True)


def time_updates(rounds: int = 5) -> None:
    """Time the update of single speeches of a kept archive: items and bulletins.

    Updating a speech that is already there does all an added one costs: forget
    its rows, fingerprint it, look its keys up, align every candidate, regroup.
    """
    import random
    import statistics

    from reuse.models import Relation
    from reuse.services import reuse_update
    from speeches.models import Speech

    rng = random.Random(7)
    for kind in ("item", "daily"):
        ids = list(
            Speech.objects.filter(source_file__startswith=f"{kind}/").values_list(
                "pk", flat=True
            )
        )
        seconds, links = [], []
        for speech_id in rng.sample(ids, rounds):
            before = set(
                Relation.objects.filter(speech_id=speech_id).values_list(
                    "other_id", "shared"
                )
            )
            started = time.perf_counter()
            reuse_update(speech_ids=[speech_id])
            seconds.append(time.perf_counter() - started)
            after = set(
                Relation.objects.filter(speech_id=speech_id).values_list(
                    "other_id", "shared"
                )
            )
            links.append(len(after))
            assert after == before, f"speech {speech_id}: links changed on update"
        print(
            json.dumps(
                {
                    "stage": "update one",
                    "kind": kind,
                    "rounds": rounds,
                    "median_seconds": round(statistics.median(seconds), 3),
                    "max_seconds": round(max(seconds), 3),
                    "links_each": links,
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
