"""Writes of text reuse: fingerprint speeches, find what they share, group copies.

Called by the index writer's receiver (receivers.py) with the speeches it just
indexed or removed, and by ``manage.py reuse``. Candidates come from LSH band keys
of sentence windows (fingerprints.py); every candidate pair is then aligned exactly
(alignment.py), and only aligned passages are stored.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np
from django.db import connection, transaction
from django.db.models import Q

from speeches.models import Speech

from .alignment import Hashed, Match, align, coverage
from .fingerprints import Folded, fold_with_offsets, shingle_hashes, text_keys
from .models import Copy, Fingerprint, Relation, SharedPassage, WindowKey

# A key held by more speeches than this is common text (a stock closing sentence
# of every bulletin): it names no candidates. Pairs that really share a passage
# share its other, rarer sentences too.
COMMON_KEY_SPEECHES = 100
# Candidates share at least this many band keys: one identical sentence gives
# all four of its bands; a single similar short sentence is no passage.
MIN_SHARED_KEYS = 2
# Two speeches are copies of one speech when the text they share covers at least
# this share of each (the rest: another site's chrome, a changed character).
COPY_COVERAGE = 0.9
# ... and differ in few places: a typo, a changed character, another site's
# punctuation. A template reused with other names, places and figures in every
# paragraph is reuse, not a copy: those are different speeches.
COPY_EDITS = 5
COPY_EDITS_PER_1000 = 2
# Keys looked up per query (SQLite accepts 999 parameters in older builds).
KEY_LOOKUP_BATCH = 500
# Speeches read from the database at a time.
SPEECH_BATCH = 200
# Prepared texts kept while aligning a rebuild's pairs.
PREPARED_CACHE = 2048
ROW_BATCH = 5_000

Progress = Callable[[str, int, int], None]


@dataclass
class ReuseReport:
    """What one update or rebuild did."""

    speeches: int = 0
    keys: int = 0
    pairs: int = 0
    related: int = 0
    passages: int = 0
    copies: int = 0
    seconds: float = 0.0


@dataclass(frozen=True)
class Prepared:
    """A speech's text ready to align: folded, its shingle hashes and their order."""

    speech_id: int
    folded: Folded
    hashed: Hashed
    digest: str


def body_digest(body: str) -> str:
    """Return the digest a Fingerprint records of the body it was computed from."""
    return hashlib.sha1(body.encode("utf-8")).hexdigest()


def prepare(speech_id: int, body: str) -> Prepared:
    """Fold a body and hash its shingles."""
    folded = fold_with_offsets(body)
    return Prepared(
        speech_id, folded, Hashed.of(shingle_hashes(folded.text)), body_digest(body)
    )


def _bodies(speech_ids: Iterable[int] | None) -> Iterator[tuple[int, str]]:
    """Yield (id, body) of the speeches asked for (all when None), by id."""
    speeches = Speech.objects.order_by("pk")
    if speech_ids is None:
        yield from speeches.values_list("pk", "body").iterator(chunk_size=SPEECH_BATCH)
        return
    ids = sorted(set(speech_ids))
    for start in range(0, len(ids), SPEECH_BATCH):
        yield from speeches.filter(
            pk__in=ids[start : start + SPEECH_BATCH]
        ).values_list("pk", "body")


def _insert_rows(model, fields: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert plain rows with one statement per batch (no model instances).

    Reuse writes rows by the hundred thousand on a rebuild; building a model
    instance for each took longer than the database took to store them.
    """
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    marks = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), ROW_BATCH):
            cursor.executemany(sql, rows[start : start + ROW_BATCH])


def _insert_keys(rows: list[tuple[int, int]]) -> None:
    """Insert (key, speech id) rows."""
    _insert_rows(WindowKey, ("key", "speech"), rows)


def _fingerprint(prepared: Prepared, keys: np.ndarray) -> None:
    _insert_keys([(int(key), prepared.speech_id) for key in keys])
    Fingerprint.objects.create(**_fingerprint_fields(prepared))


def _fingerprint_fields(prepared: Prepared) -> dict:
    return {
        "speech_id": prepared.speech_id,
        "digest": prepared.digest,
        "length": len(prepared.folded.text),
    }


def _candidates(speech_id: int, keys: np.ndarray) -> set[int]:
    """Return the speeches sharing a band key that is not common text."""
    holders: dict[int, set[int]] = defaultdict(set)
    values = [int(key) for key in keys]
    for start in range(0, len(values), KEY_LOOKUP_BATCH):
        for key, holder in WindowKey.objects.filter(
            key__in=values[start : start + KEY_LOOKUP_BATCH]
        ).values_list("key", "speech_id"):
            holders[key].add(holder)
    shared: dict[int, int] = defaultdict(int)
    for speeches in holders.values():
        if len(speeches) <= COMMON_KEY_SPEECHES:
            for holder in speeches:
                shared[holder] += 1
    shared.pop(speech_id, None)
    return {holder for holder, count in shared.items() if count >= MIN_SHARED_KEYS}


RELATION_FIELDS = ("speech", "other", "shared", "coverage", "copy")
PASSAGE_FIELDS = (
    "speech",
    "start",
    "end",
    "other",
    "other_start",
    "other_end",
    "exact",
)


class _Rows:
    """Relations and passages to insert, written a few thousand at a time."""

    def __init__(self):
        self.relations: list[tuple] = []
        self.passages: list[tuple] = []

    def flush(self, *, at_least: int = 0) -> None:
        if len(self.passages) + len(self.relations) < at_least:
            return
        _insert_rows(Relation, RELATION_FIELDS, self.relations)
        _insert_rows(SharedPassage, PASSAGE_FIELDS, self.passages)
        self.relations, self.passages = [], []


def _align_pair(
    first: Prepared, second: Prepared, rows: _Rows, report: ReuseReport
) -> bool:
    """Align two speeches; queue their passages and relation; return whether shared."""
    matches = align(first.hashed, second.hashed)
    if not matches:
        return False
    flipped = [
        Match(m.b_start, m.b_end, m.a_start, m.a_end, m.exact, m.runs) for m in matches
    ]
    relations = []
    covered = {}
    for this, that, found in ((first, second, matches), (second, first, flipped)):
        length = len(this.folded.text)
        share = coverage(found, length)
        covered[this.speech_id] = share
        relations.append((this.speech_id, that.speech_id, round(share * length), share))
        for match in found:
            start, end = this.folded.source_span(match.a_start, match.a_end)
            other_start, other_end = that.folded.source_span(match.b_start, match.b_end)
            rows.passages.append(
                (
                    this.speech_id,
                    start,
                    end,
                    that.speech_id,
                    other_start,
                    other_end,
                    match.exact,
                )
            )
    is_copy = min(covered.values()) >= COPY_COVERAGE and is_few_edits(matches)
    rows.relations += [(*relation, is_copy) for relation in relations]
    report.related += 1
    report.passages += len(matches)
    return True


def is_few_edits(matches: list[Match]) -> bool:
    """Return whether shared passages differ in as few places as copies do."""
    shared = sum(match.a_end - match.a_start for match in matches)
    edits = sum(match.runs for match in matches) - 1
    return edits <= COPY_EDITS + COPY_EDITS_PER_1000 * shared / 1000


def _forget(speech_ids: list[int]) -> None:
    """Delete everything derived from these speeches' texts."""
    for start in range(0, len(speech_ids), KEY_LOOKUP_BATCH):
        ids = speech_ids[start : start + KEY_LOOKUP_BATCH]
        WindowKey.objects.filter(speech_id__in=ids).delete()
        Fingerprint.objects.filter(speech_id__in=ids).delete()
        Relation.objects.filter(Q(speech_id__in=ids) | Q(other_id__in=ids)).delete()
        SharedPassage.objects.filter(
            Q(speech_id__in=ids) | Q(other_id__in=ids)
        ).delete()


class _PreparedCache:
    """Prepared texts by speech id, the least recently used dropped first."""

    def __init__(self, size: int = PREPARED_CACHE):
        self.size = size
        self.items: OrderedDict[int, Prepared] = OrderedDict()

    def get(self, speech_id: int) -> Prepared | None:
        prepared = self.items.get(speech_id)
        if prepared is None:
            body = (
                Speech.objects.filter(pk=speech_id)
                .values_list("body", flat=True)
                .first()
            )
            if body is None:
                return None
            prepared = prepare(speech_id, body)
        self.put(prepared)
        return prepared

    def put(self, prepared: Prepared) -> None:
        self.items[prepared.speech_id] = prepared
        self.items.move_to_end(prepared.speech_id)
        while len(self.items) > self.size:
            self.items.popitem(last=False)


def reuse_update(
    *, speech_ids: Iterable[int], removed_ids: Iterable[int] = ()
) -> ReuseReport:
    """Recompute what these speeches share with the archive; forget removed ones."""
    started = time.perf_counter()
    report = ReuseReport()
    changed = sorted(set(speech_ids) | set(removed_ids))
    if not changed:
        return report
    with transaction.atomic():
        touched = set(changed) | group_members(changed)
        _forget(changed)
        cache = _PreparedCache()
        pairs: set[tuple[int, int]] = set()
        for speech_id, body in _bodies(speech_ids):
            prepared = prepare(speech_id, body)
            keys = text_keys(prepared.folded.text)
            _fingerprint(prepared, keys)
            cache.put(prepared)
            report.speeches += 1
            report.keys += len(keys)
            for other in _candidates(speech_id, keys):
                pairs.add((min(speech_id, other), max(speech_id, other)))
        rows = _Rows()
        for first_id, second_id in sorted(pairs):
            first, second = cache.get(first_id), cache.get(second_id)
            if first is None or second is None:
                continue
            report.pairs += 1
            if _align_pair(first, second, rows, report):
                touched |= {first_id, second_id}
        rows.flush()
        report.copies = regroup_copies(touched)
    report.seconds = time.perf_counter() - started
    return report


def reuse_rebuild(*, progress: Progress | None = None) -> ReuseReport:
    """Recompute all text reuse of the archive from nothing."""
    started = time.perf_counter()
    report = ReuseReport()
    total = Speech.objects.count()
    with transaction.atomic():
        for model in (SharedPassage, Relation, Copy, Fingerprint, WindowKey):
            model.objects.all().delete()
        key_parts: list[np.ndarray] = []
        owner_parts: list[np.ndarray] = []
        key_rows: list[tuple[int, int]] = []
        fingerprints: list[Fingerprint] = []
        for speech_id, body in _bodies(None):
            prepared = prepare(speech_id, body)
            keys = text_keys(prepared.folded.text)
            key_rows += [(key, speech_id) for key in keys.tolist()]
            fingerprints.append(Fingerprint(**_fingerprint_fields(prepared)))
            if len(key_rows) >= 20 * ROW_BATCH:
                _insert_keys(key_rows)
                Fingerprint.objects.bulk_create(fingerprints, batch_size=ROW_BATCH)
                key_rows, fingerprints = [], []
            key_parts.append(keys)
            owner_parts.append(np.full(len(keys), speech_id, dtype=np.int64))
            report.speeches += 1
            report.keys += len(keys)
            if progress and report.speeches % 500 == 0:
                progress("fingerprint", report.speeches, total)
        _insert_keys(key_rows)
        Fingerprint.objects.bulk_create(fingerprints, batch_size=ROW_BATCH)
        pairs = candidate_pairs(key_parts, owner_parts)
        del key_parts, owner_parts
        cache = _PreparedCache()
        rows = _Rows()
        for done, (first_id, second_id) in enumerate(pairs, 1):
            first, second = cache.get(first_id), cache.get(second_id)
            if first is not None and second is not None:
                report.pairs += 1
                _align_pair(first, second, rows, report)
                rows.flush(at_least=ROW_BATCH)
            if progress and done % 5_000 == 0:
                progress("align", done, len(pairs))
        rows.flush()
        report.copies = regroup_copies(None)
    report.seconds = time.perf_counter() - started
    return report


def candidate_pairs(
    key_parts: list[np.ndarray], owner_parts: list[np.ndarray]
) -> list[tuple[int, int]]:
    """Return the pairs of speeches sharing a band key that is not common text."""
    if not key_parts:
        return []
    keys = np.concatenate(key_parts)
    owners = np.concatenate(owner_parts)
    order = np.argsort(keys, kind="stable")
    keys, owners = keys[order], owners[order]
    _, firsts, counts = np.unique(keys, return_index=True, return_counts=True)
    codes: list[np.ndarray] = []
    twos = firsts[counts == 2]
    low = np.minimum(owners[twos], owners[twos + 1])
    high = np.maximum(owners[twos], owners[twos + 1])
    codes.append(((low << 32) | high)[low != high])
    several = (counts > 2) & (counts <= COMMON_KEY_SPEECHES)
    for first, count in zip(
        firsts[several].tolist(), counts[several].tolist(), strict=True
    ):
        holders = np.unique(owners[first : first + count])
        low, high = np.triu_indices(len(holders), k=1)
        codes.append((holders[low] << 32) | holders[high])
    pair_codes, shared = np.unique(np.concatenate(codes), return_counts=True)
    found = pair_codes[shared >= MIN_SHARED_KEYS].tolist()
    return [(pair >> 32, pair & 0xFFFFFFFF) for pair in found]


def group_members(speech_ids: Iterable[int]) -> set[int]:
    """Return the speeches in the same copy groups as these."""
    ids = list(speech_ids)
    canonicals = set(
        Copy.objects.filter(speech_id__in=ids).values_list("canonical_id", flat=True)
    ) | set(ids)
    return (
        set(
            Copy.objects.filter(canonical_id__in=canonicals).values_list(
                "speech_id", flat=True
            )
        )
        | canonicals
    )


def _canonical_order(speech_ids: Iterable[int]) -> list[int]:
    """Return a group's speeches, the one to count first: complete, earliest, lowest id."""
    rows = Speech.objects.filter(pk__in=list(speech_ids)).values_list(
        "pk", "truncated", "effective_date"
    )
    return [
        pk
        for pk, truncated, day in sorted(
            rows, key=lambda row: (row[1], row[2] is None, row[2] or 0, row[0])
        )
    ]


def regroup_copies(speech_ids: set[int] | None) -> int:
    """Recompute the copy groups holding these speeches (all when None).

    Groups are the connected parts of the "copy" relations; each group's first
    speech by _canonical_order is its canonical one. Return how many copies the
    regrouped speeches now have.
    """
    edges = Relation.objects.filter(copy=True)
    if speech_ids is None:
        Copy.objects.all().delete()
        graph: dict[int, set[int]] = defaultdict(set)
        for speech_id, other_id in edges.values_list("speech_id", "other_id"):
            graph[speech_id].add(other_id)
        starts: Iterable[int] = list(graph)
    else:
        graph = defaultdict(set)
        starts = sorted(speech_ids)
    seen: set[int] = set()
    copies: list[Copy] = []
    regrouped: set[int] = set()
    for start in starts:
        if start in seen:
            continue
        group = {start}
        frontier = [start]
        while frontier:
            speech_id = frontier.pop()
            if speech_id not in graph and speech_ids is not None:
                graph[speech_id] = set(
                    edges.filter(speech_id=speech_id).values_list("other_id", flat=True)
                )
            for other in graph[speech_id] - group:
                group.add(other)
                frontier.append(other)
        seen |= group
        regrouped |= group
        if len(group) > 1:
            canonical, *others = _canonical_order(group)
            copies += [Copy(speech_id=pk, canonical_id=canonical) for pk in others]
    if speech_ids is not None:
        Copy.objects.filter(
            Q(speech_id__in=regrouped) | Q(canonical_id__in=regrouped)
        ).delete()
    Copy.objects.bulk_create(copies, batch_size=ROW_BATCH)
    return len(copies)


def reuse_drift() -> tuple[list[int], list[int]]:
    """Return speeches without a fingerprint and those whose body changed since."""
    recorded = dict(Fingerprint.objects.values_list("speech_id", "digest"))
    missing, stale = [], []
    for speech_id, body in _bodies(None):
        digest = recorded.get(speech_id)
        if digest is None:
            missing.append(speech_id)
        elif digest != body_digest(body):
            stale.append(speech_id)
    return missing, stale


def reuse_sync() -> ReuseReport:
    """Recompute the speeches whose fingerprint is missing or stale.

    An archive with no fingerprints at all (one that predates text reuse) is
    rebuilt: one pass over sorted keys instead of a lookup per speech.
    """
    if not Fingerprint.objects.exists() and Speech.objects.exists():
        return reuse_rebuild()
    missing, stale = reuse_drift()
    return reuse_update(speech_ids=missing + stale)
