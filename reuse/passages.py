"""Group aligned passages: a text several speeches hold becomes one Passage.

Each PassageLink says that two speeches hold one passage: [start, end) of one,
[other_start, other_end) of the other. Two sides in one speech that cover mostly
the same text (their overlap is at least half the shorter) are one place; sides
joined by a link or by being one place are one Passage, however many speeches
hold it. A template copied a thousand times is one Passage with a thousand
members, not half a million pairs. A member is where one speech holds the
passage: its sides there, merged where they overlap.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from .fingerprints import fold
from .models import Passage, PassageLink, PassageMember
from .rows import ID_BATCH, batches, insert_rows, speech_bodies


@dataclass(frozen=True)
class Link:
    """A passage two speeches share: [start, end) of speech, the same in other."""

    speech: int
    start: int
    end: int
    other: int
    other_start: int
    other_end: int
    exact: bool

    def sides(self) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
        return (
            (self.speech, self.start, self.end),
            (self.other, self.other_start, self.other_end),
        )


# The columns of each side of a stored link.
SIDE_COLUMNS = (("speech_id", "start", "end"), ("other_id", "other_start", "other_end"))
LINK_FIELDS = ("speech", "start", "end", "other", "other_start", "other_end", "exact")

Member = tuple[int, int, int]  # speech id, start, end (body offsets)


@dataclass(frozen=True)
class Group:
    """One passage: where each speech holds it, and the links that found it."""

    members: tuple[Member, ...]
    links: tuple[int, ...]  # indices into the links grouped


def one_place(first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Return whether two spans of one speech cover mostly the same text."""
    overlap = min(first[1], second[1]) - max(first[0], second[0])
    shorter = min(first[1] - first[0], second[1] - second[0])
    return overlap > 0 and 2 * overlap >= shorter


def group_links(links: Sequence[Link]) -> list[Group]:
    """Return the passages the links make, each with its members in order.

    Pure: connected parts of the graph whose nodes are the distinct sides and
    whose edges are the links and the pairs of sides that are one place.
    """
    if not links:
        return []
    sides = np.array(
        [side for link in links for side in link.sides()], dtype=np.int64
    ).reshape(-1, 3)
    distinct, node = np.unique(sides, axis=0, return_inverse=True)
    node = node.reshape(-1)
    first, second = [node[0::2]], [node[1::2]]
    # Sides sorted by speech and start: each is one place only with sides after
    # it that start before it ends, so look further ahead while any still do.
    speech, start, end = distinct[:, 0], distinct[:, 1], distinct[:, 2]
    ahead = 1
    rows = np.arange(len(distinct))
    while len(rows):
        rows = rows[rows + ahead < len(distinct)]
        later = rows + ahead
        overlapping = (speech[later] == speech[rows]) & (start[later] < end[rows])
        rows, later = rows[overlapping], later[overlapping]
        overlap = np.minimum(end[rows], end[later]) - start[later]
        shorter = np.minimum(end[rows] - start[rows], end[later] - start[later])
        place = 2 * overlap >= shorter
        first.append(rows[place])
        second.append(later[place])
        ahead += 1
    edges = (np.concatenate(first), np.concatenate(second))
    graph = coo_matrix(
        (np.ones(len(edges[0]), dtype=np.int8), edges),
        shape=(len(distinct), len(distinct)),
    )
    _count, label = connected_components(graph, directed=False)
    members: dict[int, list[Member]] = defaultdict(list)
    for index, (speech_id, side_start, side_end) in enumerate(distinct.tolist()):
        members[int(label[index])].append((speech_id, side_start, side_end))
    found: dict[int, list[int]] = defaultdict(list)
    for index, part in enumerate(label[node[0::2]].tolist()):
        found[part].append(index)
    groups = [
        Group(merged_members(members[part]), tuple(found[part])) for part in members
    ]
    return sorted(groups, key=lambda group: group.members)


def merged_members(sides: list[Member]) -> tuple[Member, ...]:
    """Return the sides of one passage merged where they overlap in a speech."""
    merged: list[Member] = []
    for speech, start, end in sorted(sides):
        if merged and merged[-1][0] == speech and start < merged[-1][2]:
            merged[-1] = (speech, merged[-1][1], max(merged[-1][2], end))
        else:
            merged.append((speech, start, end))
    return tuple(merged)


def passages_write(
    links: Sequence[Link], stored: Sequence[tuple[int, int] | None] = ()
) -> int:
    """Group links into Passages; store the new links, point the stored ones at them.

    ``stored``: for each link already stored, (its row id, its passage), None
    for a new link (all new when empty). A passage keeps the id most of its
    stored links had, so regrouping a large passage rewrites only what moved.
    The passages the stored links had and no group keeps are deleted. Return the
    number of passages written.
    """
    stored = list(stored) or [None] * len(links)
    groups = group_links(links)
    previous = {row[1] for row in stored if row is not None}
    kept = _kept_ids(groups, stored)
    for chunk in batches(previous):
        PassageMember.objects.filter(passage_id__in=chunk).delete()
    texts = _folded_texts([group.members[0] for group in groups])
    rows = [
        Passage(
            pk=kept.get(number),
            digest=hashlib.sha1(texts[group.members[0]].encode()).hexdigest(),
            length=len(texts[group.members[0]]),
            speeches=len({speech for speech, _, _ in group.members}),
        )
        for number, group in enumerate(groups)
    ]
    Passage.objects.bulk_update(
        [row for row in rows if row.pk is not None],
        ["digest", "length", "speeches"],
        batch_size=ID_BATCH,
    )
    Passage.objects.bulk_create(
        [row for row in rows if row.pk is None], batch_size=ID_BATCH
    )
    members, new_links = [], []
    for group, passage in zip(groups, rows, strict=True):
        members += [(passage.pk, *member) for member in group.members]
        moved = []
        for index in group.links:
            if stored[index] is None:
                new_links.append((*_values(links[index]), passage.pk))
            elif stored[index][1] != passage.pk:
                moved.append(stored[index][0])
        for chunk in batches(moved):
            PassageLink.objects.filter(pk__in=chunk).update(passage=passage.pk)
    passages_delete(previous - set(kept.values()))
    insert_rows(PassageMember, ("passage", "speech", "start", "end"), members)
    insert_rows(PassageLink, (*LINK_FIELDS, "passage"), new_links)
    return len(groups)


def _kept_ids(
    groups: list[Group], stored: Sequence[tuple[int, int] | None]
) -> dict[int, int]:
    """Return {group number: the passage id it keeps}, each id kept once at most.

    A group keeps the id most of its stored links had (the lowest on a tie);
    the groups holding most links choose first.
    """
    kept: dict[int, int] = {}
    claimed: set[int] = set()
    order = sorted(range(len(groups)), key=lambda number: -len(groups[number].links))
    for number in order:
        had = Counter(
            stored[index][1] for index in groups[number].links if stored[index]
        )
        for passage, _count in sorted(
            had.items(), key=lambda item: (-item[1], item[0])
        ):
            if passage not in claimed:
                kept[number] = passage
                claimed.add(passage)
                break
    return kept


def _values(link: Link) -> tuple:
    return (
        link.speech,
        link.start,
        link.end,
        link.other,
        link.other_start,
        link.other_end,
        link.exact,
    )


def _folded_texts(members: list[Member]) -> dict[Member, str]:
    """Return the folded text of each member."""
    wanted: dict[int, list[Member]] = defaultdict(list)
    for member in members:
        wanted[member[0]].append(member)
    texts = {}
    for speech, body in speech_bodies(wanted):
        for member in wanted[speech]:
            texts[member] = fold(body[member[1] : member[2]])
    return texts


def passages_of_speeches(speech_ids) -> set[int]:
    """Return the passages whose links involve these speeches."""
    found: set[int] = set()
    for chunk in batches(speech_ids):
        for column in ("speech_id__in", "other_id__in"):
            found |= set(
                PassageLink.objects.filter(**{column: chunk})
                .exclude(passage=None)
                .values_list("passage_id", flat=True)
            )
    return found


def passages_at(new_links: Sequence[Link]) -> set[int]:
    """Return the stored passages that a side of these new links is one place with."""
    wanted: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for link in new_links:
        for speech, start, end in link.sides():
            wanted[speech].append((start, end))
    found: set[int] = set()
    for chunk in batches(wanted):
        for side in SIDE_COLUMNS:
            rows = (
                PassageLink.objects.filter(**{f"{side[0]}__in": chunk})
                .exclude(passage=None)
                .values_list(*side, "passage_id")
                .distinct()
            )
            for speech, start, end, passage in rows:
                if passage not in found and any(
                    one_place((start, end), span) for span in wanted[speech]
                ):
                    found.add(passage)
    return found


def passages_regroup(touched: set[int], new_links: Sequence[Link]) -> int:
    """Regroup the touched passages with new links; return the passages written.

    The stored links of the touched passages are what is left of them once the
    changed speeches' links are gone; the new links may join, split or merge
    them. Every other passage stays as it is.
    """
    links: list[Link] = []
    stored: list[tuple[int, int] | None] = []
    for chunk in batches(touched):
        for pk, passage, *values in PassageLink.objects.filter(
            passage_id__in=chunk
        ).values_list("pk", "passage_id", *LINK_FIELDS):
            links.append(Link(*values))
            stored.append((pk, passage))
    empty = set(touched) - {passage for _pk, passage in stored}
    passages_delete(empty)
    return passages_write([*links, *new_links], [*stored, *[None] * len(new_links)])


def passages_delete(passage_ids) -> None:
    """Delete passages and their members; their links stay, pointing nowhere."""
    for chunk in batches(passage_ids):
        PassageLink.objects.filter(passage_id__in=chunk).update(passage=None)
        PassageMember.objects.filter(passage_id__in=chunk).delete()
        Passage.objects.filter(pk__in=chunk).delete()
