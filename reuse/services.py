"""Writes of text reuse: fingerprint speeches, find what they share, group copies.

Called by the reuse pass (passes.py) with the speeches the index writer indexed
or removed, and by ``manage.py reuse``. Candidates come from LSH band keys of
sentence windows (fingerprints.py); every candidate pair is then aligned exactly
(alignment.py), and the aligned passages are grouped: a text many speeches hold
is one Passage with a member per speech (passages.py).
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial

import numpy as np
from django.db import transaction
from django.db.models import Q

from speeches.models import Speech

from .alignment import Hashed, Match, align, coverage
from .fingerprints import Folded, fold_with_offsets, shingle_hashes, text_keys
from .models import (
    Copy,
    Fingerprint,
    Passage,
    PassageLink,
    PassageMember,
    Relation,
    WindowKey,
)
from .parallel import in_two
from .passages import (
    Link,
    passages_at,
    passages_of_speeches,
    passages_regroup,
    passages_write,
)
from .rows import ROW_BATCH, batches, insert_rows, speech_bodies

# A key held by at most this many speeches names every pair of them as
# candidates: copies of a news item repeated on several days meet each other,
# not only the bulletins that carried them (at 16, the bulk corpus lost 90 of
# its 164 copies). A key held by more (a template sold under many titles) names
# each holder with the key's earliest holder (lowest id) only: they all meet in
# one Passage through it, and the pairs to align grow with the number of
# holders, not with its square.
CLIQUE_KEY_SPEECHES = 100
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
# Prepared texts kept while aligning a rebuild's pairs.
PREPARED_CACHE = 2048
# A rebuild fingerprints this many speeches at a time (half in a forked child)...
FINGERPRINT_BATCH = 500
# ... and aligns this many candidate pairs at a time, their bodies read at once.
ALIGN_BATCH = 20_000

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


def _insert_keys(rows: list[tuple[int, int]]) -> None:
    """Insert (key, speech id) rows."""
    insert_rows(WindowKey, ("key", "speech"), rows)


def _fingerprint_fields(prepared: Prepared) -> dict:
    return {
        "speech_id": prepared.speech_id,
        "digest": prepared.digest,
        "length": len(prepared.folded.text),
    }


Holders = dict[int, list[int]]  # band key -> the speeches holding it, by id


def _holders(keys: Iterable[int]) -> Holders:
    """Return the stored holders of these band keys, lowest id first."""
    found: dict[int, list[int]] = defaultdict(list)
    for chunk in batches(int(key) for key in keys):
        for key, holder in WindowKey.objects.filter(key__in=chunk).values_list(
            "key", "speech_id"
        ):
            found[key].append(holder)
    return {key: sorted(held) for key, held in found.items()}


def _keys_of(speech_ids: Iterable[int]) -> dict[int, list[int]]:
    """Return the stored band keys of these speeches."""
    found: dict[int, list[int]] = defaultdict(list)
    for chunk in batches(speech_ids):
        for key, speech_id in WindowKey.objects.filter(speech_id__in=chunk).values_list(
            "key", "speech_id"
        ):
            found[speech_id].append(key)
    return found


def key_partners(speech_id: int, held: list[int]) -> list[int]:
    """Return whom one band key pairs a speech with (its holders, lowest id first).

    Every other holder when few hold the key; when many do, the earliest
    holder pairs with each of the others, and the others only with it.
    """
    if len(held) <= CLIQUE_KEY_SPEECHES or held[0] == speech_id:
        return [holder for holder in held if holder != speech_id]
    return [held[0]] if speech_id in held else []


def _candidates(speech_id: int, keys: Iterable[int], holders: Holders) -> set[int]:
    """Return the speeches sharing enough band keys with a speech to be aligned."""
    shared: dict[int, int] = defaultdict(int)
    for key in keys:
        for partner in key_partners(speech_id, holders.get(int(key), [])):
            shared[partner] += 1
    return {holder for holder, count in shared.items() if count >= MIN_SHARED_KEYS}


def _repartnered(before: Holders, after: Holders, changed: set[int]) -> set[int]:
    """Return the unchanged speeches whose pairs a change of holders alters.

    A key that changes between few and many holders, or whose earliest holder
    changes, pairs its other holders differently: the earliest holders (or all
    holders, when the kind changes) have their pairs recomputed.
    """
    found: set[int] = set()
    for key in before.keys() | after.keys():
        old, new = before.get(key, []), after.get(key, [])
        old_many = len(old) > CLIQUE_KEY_SPEECHES
        new_many = len(new) > CLIQUE_KEY_SPEECHES
        if old_many != new_many:
            found |= set(old) | set(new)
        elif old_many and old[0] != new[0]:
            found |= {old[0], new[0]}
    return found - changed


class _Rows:
    """Relations to insert and links to group, from the pairs aligned."""

    def __init__(self):
        self.relations: list[tuple] = []
        self.links: list[Link] = []

    def flush_relations(self, *, at_least: int = 0) -> None:
        if len(self.relations) < at_least:
            return
        insert_rows(Relation, RELATION_FIELDS, self.relations)
        self.relations = []


RELATION_FIELDS = ("speech", "other", "shared", "coverage", "copy")


PairRows = tuple[list[tuple], list[Link]]  # relations and links of an aligned pair


def pair_rows(first: Prepared, second: Prepared) -> PairRows | None:
    """Align two speeches; return their relations and links, None if they share none.

    Pure (no database): a rebuild runs it in a forked child too.
    """
    matches = align(first.hashed, second.hashed)
    if not matches:
        return None
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
    links = []
    for match in matches:
        start, end = first.folded.source_span(match.a_start, match.a_end)
        other_start, other_end = second.folded.source_span(match.b_start, match.b_end)
        links.append(
            Link(
                first.speech_id,
                start,
                end,
                second.speech_id,
                other_start,
                other_end,
                match.exact,
            )
        )
    is_copy = min(covered.values()) >= COPY_COVERAGE and is_few_edits(matches)
    return [(*relation, is_copy) for relation in relations], links


def _add_pair(found: PairRows | None, rows: _Rows, report: ReuseReport) -> bool:
    """Queue an aligned pair's relations and links; return whether they share text."""
    if found is None:
        return False
    relations, links = found
    rows.relations += relations
    rows.links += links
    report.related += 1
    report.passages += len(links)
    return True


def _align_pair(
    first: Prepared, second: Prepared, rows: _Rows, report: ReuseReport
) -> bool:
    """Align two speeches; queue their links and relation; return whether shared."""
    return _add_pair(pair_rows(first, second), rows, report)


def is_few_edits(matches: list[Match]) -> bool:
    """Return whether shared passages differ in as few places as copies do."""
    shared = sum(match.a_end - match.a_start for match in matches)
    edits = sum(match.runs for match in matches) - 1
    return edits <= COPY_EDITS + COPY_EDITS_PER_1000 * shared / 1000


def _forget_pairs(speech_ids: Iterable[int]) -> None:
    """Delete the relations and links of these speeches with any other."""
    for ids in batches(speech_ids):
        Relation.objects.filter(Q(speech_id__in=ids) | Q(other_id__in=ids)).delete()
        PassageLink.objects.filter(Q(speech_id__in=ids) | Q(other_id__in=ids)).delete()


def _forget(speech_ids: list[int]) -> None:
    """Delete everything derived from these speeches' texts."""
    for ids in batches(speech_ids):
        WindowKey.objects.filter(speech_id__in=ids).delete()
        Fingerprint.objects.filter(speech_id__in=ids).delete()
    _forget_pairs(speech_ids)


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
    """Recompute what these speeches share with the archive; forget removed ones.

    Besides the changed speeches, the speeches whose pairs their band keys
    decide differently now (a new earliest holder of a key many hold) are
    aligned again, so that an update leaves what a rebuild would.
    """
    started = time.perf_counter()
    report = ReuseReport()
    changed = sorted(set(speech_ids) | set(removed_ids))
    if not changed:
        return report
    with transaction.atomic():
        touched = set(changed) | group_members(changed)
        cache = _PreparedCache()
        fresh: dict[int, np.ndarray] = {}
        for speech_id, body in speech_bodies(speech_ids):
            prepared = prepare(speech_id, body)
            cache.put(prepared)
            fresh[speech_id] = text_keys(prepared.folded.text)
        stale = _keys_of(changed)
        before = _holders(
            {key for keys in stale.values() for key in keys}
            | {int(key) for keys in fresh.values() for key in keys}
        )
        after = {
            key: [h for h in held if h not in changed] for key, held in before.items()
        }
        for speech_id, keys in fresh.items():
            for key in keys.tolist():
                after.setdefault(key, []).append(speech_id)
        after = {key: sorted(held) for key, held in after.items()}
        repartnered = _repartnered(before, after, set(changed))
        passages = passages_of_speeches([*changed, *repartnered])
        _forget(changed)
        _forget_pairs(repartnered)
        key_rows = []
        for speech_id, keys in fresh.items():
            key_rows += [(key, speech_id) for key in keys.tolist()]
            prepared = cache.get(speech_id)
            Fingerprint.objects.create(**_fingerprint_fields(prepared))
            report.speeches += 1
            report.keys += len(keys)
        _insert_keys(key_rows)
        pairs: set[tuple[int, int]] = set()
        for speech_id, keys in fresh.items():
            for other in _candidates(speech_id, keys.tolist(), after):
                pairs.add((min(speech_id, other), max(speech_id, other)))
        for speech_id, keys in _keys_of(repartnered).items():
            for other in _candidates(speech_id, keys, _holders(keys)):
                pairs.add((min(speech_id, other), max(speech_id, other)))
        rows = _Rows()
        for first_id, second_id in sorted(pairs):
            first, second = cache.get(first_id), cache.get(second_id)
            if first is None or second is None:
                continue
            report.pairs += 1
            if _align_pair(first, second, rows, report):
                touched |= {first_id, second_id}
        rows.flush_relations()
        passages |= passages_at(rows.links)
        passages_regroup(passages, rows.links)
        report.copies = regroup_copies(touched)
    report.seconds = time.perf_counter() - started
    return report


def fingerprint_rows(speeches: Sequence[tuple[int, str]]) -> list[tuple]:
    """Return (id, band keys, digest, folded length) of each (id, body); pure."""
    found = []
    for speech_id, body in speeches:
        folded = fold_with_offsets(body).text
        found.append((speech_id, text_keys(folded), body_digest(body), len(folded)))
    return found


def aligned_pairs(
    bodies: dict[int, str], pairs: Sequence[tuple[int, int]]
) -> list[tuple[bool, PairRows | None]]:
    """Return, per pair, whether both texts exist and what aligning them gives; pure.

    Texts are prepared once per call (kept as _PreparedCache keeps them).
    """
    prepared: OrderedDict[int, Prepared] = OrderedDict()

    def get(speech_id: int) -> Prepared | None:
        found = prepared.get(speech_id)
        if found is None:
            body = bodies.get(speech_id)
            if body is None:
                return None
            found = prepare(speech_id, body)
        prepared[speech_id] = found
        prepared.move_to_end(speech_id)
        while len(prepared) > PREPARED_CACHE:
            prepared.popitem(last=False)
        return found

    results = []
    for first_id, second_id in pairs:
        first, second = get(first_id), get(second_id)
        if first is None or second is None:
            results.append((False, None))
        else:
            results.append((True, pair_rows(first, second)))
    return results


def reuse_rebuild(*, progress: Progress | None = None) -> ReuseReport:
    """Recompute all text reuse of the archive from nothing.

    Folding, fingerprinting and aligning are pure and split between this process
    and a forked child (parallel.in_two); reading and writing rows stay here.
    """
    started = time.perf_counter()
    report = ReuseReport()
    total = Speech.objects.count()
    with transaction.atomic():
        for model in (
            PassageMember,
            PassageLink,
            Passage,
            Relation,
            Copy,
            Fingerprint,
            WindowKey,
        ):
            model.objects.all().delete()
        key_parts: list[np.ndarray] = []
        owner_parts: list[np.ndarray] = []
        for speeches in _chunks(speech_bodies(None), FINGERPRINT_BATCH):
            key_rows: list[tuple[int, int]] = []
            fingerprints: list[Fingerprint] = []
            for speech_id, keys, digest, length in in_two(speeches, fingerprint_rows):
                key_rows += [(key, speech_id) for key in keys.tolist()]
                fingerprints.append(
                    Fingerprint(speech_id=speech_id, digest=digest, length=length)
                )
                key_parts.append(keys)
                owner_parts.append(np.full(len(keys), speech_id, dtype=np.int64))
                report.speeches += 1
                report.keys += len(keys)
            _insert_keys(key_rows)
            Fingerprint.objects.bulk_create(fingerprints, batch_size=ROW_BATCH)
            if progress:
                progress("fingerprint", report.speeches, total)
        pairs = candidate_pairs(key_parts, owner_parts)
        del key_parts, owner_parts
        rows = _Rows()
        for start in range(0, len(pairs), ALIGN_BATCH):
            window = pairs[start : start + ALIGN_BATCH]
            bodies = dict(speech_bodies({speech for pair in window for speech in pair}))
            for counted, found in in_two(window, partial(aligned_pairs, bodies)):
                if counted:
                    report.pairs += 1
                    _add_pair(found, rows, report)
            del bodies
            rows.flush_relations(at_least=ROW_BATCH)
            if progress:
                progress("align", start + len(window), len(pairs))
        rows.flush_relations()
        passages_write(rows.links)
        report.copies = regroup_copies(None)
    report.seconds = time.perf_counter() - started
    return report


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    """Yield lists of ``size`` items (the last one shorter)."""
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def candidate_pairs(
    key_parts: list[np.ndarray], owner_parts: list[np.ndarray]
) -> list[tuple[int, int]]:
    """Return the pairs of speeches whose shared band keys call for aligning them.

    The same pairs as key_partners gives one speech at a time: owners come in
    id order, so each key's holders are sorted and the first is the earliest.
    """
    if not key_parts:
        return []
    keys = np.concatenate(key_parts)
    owners = np.concatenate(owner_parts)
    order = np.argsort(keys, kind="stable")
    keys, owners = keys[order], owners[order]
    _, firsts, counts = np.unique(keys, return_index=True, return_counts=True)
    codes: list[np.ndarray] = [np.zeros(0, dtype=np.int64)]
    twos = firsts[counts == 2]
    codes.append((owners[twos] << 32) | owners[twos + 1])
    several = (counts > 2) & (counts <= CLIQUE_KEY_SPEECHES)
    for first, count in zip(
        firsts[several].tolist(), counts[several].tolist(), strict=True
    ):
        holders = owners[first : first + count]
        low, high = np.triu_indices(len(holders), k=1)
        codes.append((holders[low] << 32) | holders[high])
    many = counts > CLIQUE_KEY_SPEECHES
    if many.any():
        group = np.repeat(np.arange(len(firsts)), counts)
        position = np.arange(len(keys))
        later = many[group] & (position != firsts[group])
        earliest = owners[firsts[group[later]]]
        codes.append((earliest << 32) | owners[later])
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
    for speech_id, body in speech_bodies(None):
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
