"""What the archive has learned, looked for in every speech it imports.

Editors' slogans, accepted coinages and confident discoveries are found in every
later speech, quoted or not, and a canonical slogan under its merged variants' words
too. Thousands of them are kept from speech to speech, with an automaton over
their words, and brought up to date by the slogan clock (models.SloganClock): the
importer reads the clock's number, holding its row till the speech commits, and
reads only the slogans changed since the number it read last; a deletion reads them
all again. Nothing here trusts times: a change may commit after a later one.
"""

from __future__ import annotations

from .mentions import PhraseCatalog
from .models import Slogan, slogan_changes_uncommitted, slogan_clock_read

_cache: dict = {
    "clock": None,  # the clock's number when last read; None: never read
    "count": 0,  # slogans in the archive then (a deletion changes it)
    "last_pk": 0,  # the newest slogan's key then
    "by_pk": {},  # the learned slogans
    "slogans": [],
    "merged": set(),  # keys of merged slogans
    "variants": {},  # canonical key -> its merged variants' texts
    "generation": 0,  # moves on when more than new slogans changed
}
_targets: dict = {"key": None, "catalog": None, "read": 0}


def learned_forget() -> None:
    """Forget what was read (a new database: the test suite's)."""
    _cache.update(
        clock=None,
        count=0,
        last_pk=0,
        by_pk={},
        slogans=[],
        merged=set(),
        variants={},
        generation=_cache["generation"] + 1,
    )
    _targets.update(key=None, catalog=None, read=0)


def _is_learned(slogan: Slogan) -> bool:
    return (
        slogan.status == Slogan.Status.ACCEPTED
        and slogan.source != Slogan.Source.LEXICON
    )


def _merged_slogans():
    return Slogan.objects.filter(status=Slogan.Status.MERGED, canonical__isnull=False)


def _learned_up_to_date() -> None:
    """Bring what was read up to the slogan clock: nothing to read when it stands.

    A transaction that changed slogans itself reads them all and keeps nothing:
    what it sees may yet be rolled back (the importer reads before it writes).
    """
    uncommitted = slogan_changes_uncommitted()
    clock = slogan_clock_read()
    if clock == _cache["clock"] and not uncommitted:
        return
    count = Slogan.objects.count()
    since = _cache["clock"]
    if since is None or clock < since or not _read_changes(since=since, count=count):
        _read_all(count)
    _cache.update(clock=clock, slogans=list(_cache["by_pk"].values()))
    if uncommitted:
        _cache["clock"] = None  # read in full next time


def _read_all(count: int) -> None:
    published = Slogan.objects.filter(status=Slogan.Status.ACCEPTED).exclude(
        source=Slogan.Source.LEXICON
    )
    by_pk = {slogan.pk: slogan for slogan in published.order_by("pk")}
    last_pk = Slogan.objects.order_by("-pk").values_list("pk", flat=True).first()
    before = (_words(_cache["by_pk"]), _cache["variants"])
    _cache.update(by_pk=by_pk, count=count, last_pk=last_pk or 0)
    _read_variants()
    if (_words(by_pk), _cache["variants"]) != before:  # else the targets stand
        _cache["generation"] += 1


def _words(by_pk: dict[int, Slogan]) -> list[tuple[int, str]]:
    return [(pk, slogan.text) for pk, slogan in by_pk.items()]


def _read_changes(*, since: int, count: int) -> bool:
    """Bring the learned slogans up to date from the rows changed after the clock's
    number ``since``; tell whether that was enough (False: a row was deleted)."""
    changed = list(Slogan.objects.filter(changed__gt=since).order_by("pk"))
    added = [slogan for slogan in changed if slogan.pk > _cache["last_pk"]]
    if count != _cache["count"] + len(added):
        return False
    by_pk = _cache["by_pk"]
    if len(added) < len(changed):  # older rows changed: targets are built again
        _cache["generation"] += 1
    for slogan in changed:
        if _is_learned(slogan):
            by_pk[slogan.pk] = slogan
        else:
            by_pk.pop(slogan.pk, None)
    if added:
        _cache["last_pk"] = added[-1].pk
    _cache["count"] = count
    merged = _cache["merged"]
    if any(s.status == Slogan.Status.MERGED or s.pk in merged for s in changed):
        _read_variants()
        _cache["generation"] += 1
    return True


def _read_variants() -> None:
    variants: dict[int, list[str]] = {}
    merged = set()
    for pk, canonical_id, text in (
        _merged_slogans().order_by("pk").values_list("pk", "canonical_id", "text")
    ):
        variants.setdefault(canonical_id, []).append(text)
        merged.add(pk)
    _cache.update(variants=variants, merged=merged)


def merged_variants() -> dict[int, list[str]]:
    """Return the texts of merged slogans by the slogan each was merged into."""
    _learned_up_to_date()
    return _cache["variants"]


def learned_slogans() -> list[Slogan]:
    """Return the published slogans the parser cannot find by itself, to look for in
    every speech: editors' slogans, accepted coinages, confident discoveries."""
    _learned_up_to_date()
    return _cache["slogans"]


def learned_targets() -> PhraseCatalog:
    """Return the (slogan, words) targets of the learned slogans and their merged
    variants, with an automaton over them kept from speech to speech.

    Slogans learned since the last speech are added to it; any other change
    builds it again.
    """
    slogans = learned_slogans()
    if _targets["key"] != _cache["generation"] or len(slogans) < _targets["read"]:
        _targets.update(
            key=_cache["generation"],
            catalog=PhraseCatalog(variants=_cache["variants"]),
            read=0,
        )
    variants = _cache["variants"]
    _targets["catalog"].extend(
        (slogan, words)
        for slogan in slogans[_targets["read"] :]
        for words in (slogan.text, *variants.get(slogan.pk, ()))
    )
    _targets["read"] = len(slogans)
    return _targets["catalog"]
