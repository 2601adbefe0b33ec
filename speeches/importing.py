"""The one writer of parsed speeches into the database."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Sum
from django.db.models.signals import post_save
from django.utils import timezone

from .mentions import PhraseCatalog, Sentences, mentions_write
from .models import Section, Slogan, Speech, section_anchor
from .parsing import ParsedSection, ParsedSpeech
from .parsing.lexicon import default_lexicon
from .signals import speeches_changed

# "…/文选.txt#3": the third speech of a collection file
PART_MARK = "#"
# Slogan texts looked up per query (SQLite accepts a limited number of parameters).
SLOGANS_PER_QUERY = 500
# Sections inserted per statement (SQLite accepts a limited number of parameters).
SECTIONS_PER_INSERT = 500


def slogan_work_enabled() -> bool:
    """Tell whether imports record slogans (settings.ARCHIVE_SLOGANS)."""
    return settings.ARCHIVE_SLOGANS


class Outcome(StrEnum):
    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class ImportResult:
    speech: Speech
    outcome: Outcome
    reason: str = ""


def content_hash(raw_text: str) -> str:
    """Return the hash that identifies a raw text across imports."""
    return hashlib.sha256(raw_text.encode("utf-8")).hexdigest()


def part_source_file(source_file: str, part: int) -> str:
    """Return where one speech of a collection comes from: "…/文选.txt#3"."""
    return f"{source_file}{PART_MARK}{part}"


@transaction.atomic
def speech_import(
    *,
    parsed: ParsedSpeech,
    source_file: str = "",
    force: bool = False,
    former_source_file: str = "",
) -> ImportResult:
    """Store a parsed speech: create it, update it, or leave it as it is.

    The same raw text is never imported twice. A file imported before under the same
    path updates its speech, unless an editor has marked that speech reviewed and
    ``force`` is not given. ``former_source_file`` names where the speech may have
    been stored from before (a collection's first speech takes over the speech its
    whole file made before it was split).
    """
    digest = content_hash(parsed.raw_text)
    same = Speech.objects.filter(content_hash=digest).first()
    if same is not None:
        return ImportResult(same, Outcome.UNCHANGED, "same text already imported")
    existing = None
    for path in (source_file, former_source_file):
        if path and existing is None:
            existing = (
                Speech.objects.select_for_update().filter(source_file=path).first()
            )
    if existing is not None and existing.status == Speech.Status.REVIEWED and not force:
        return ImportResult(
            existing,
            Outcome.SKIPPED,
            "speech is marked reviewed; use --force to replace",
        )
    speech = existing or Speech()
    speech.source_file = source_file
    speech.content_hash = digest
    speech_apply_parse(speech=speech, parsed=parsed)
    return ImportResult(speech, Outcome.UPDATED if existing else Outcome.IMPORTED)


@transaction.atomic
def speech_apply_parse(*, speech: Speech, parsed: ParsedSpeech) -> Speech:
    """Overwrite a speech's metadata, body, sections and mentions with a parse."""
    speech.title = parsed.title[:500]
    speech.date = parsed.date
    speech.delivered = parsed.delivered or ""
    speech.speaker = (parsed.speaker or "")[:200]
    speech.occasion = (parsed.occasion or "")[:500]
    speech.admin_level = parsed.admin_level or ""
    speech.source_site = (parsed.source_site or "")[:200]
    speech.source_url = (parsed.source_url or "")[:1000]
    speech.raw_text = parsed.raw_text
    speech.raw_encoding = parsed.encoding
    speech.body = parsed.body
    speech.truncated = parsed.truncated
    speech.parser_version = parsed.parser_version
    speech.doubts = list(parsed.doubts)
    if not speech.content_hash:
        speech.content_hash = content_hash(parsed.raw_text)
    new = speech.pk is None
    speech.save()
    if not new:  # a new speech has no sections or mentions to replace
        speech.sections.all().delete()
        speech.mentions.all().delete()
    sections = _create_sections(speech, parsed.sections)
    # What the archive has learned (editors' slogans, accepted coinages, confident
    # discoveries) is looked for in every speech, quoted or not.
    if slogan_work_enabled():
        mentions_create(
            speech=speech,
            sections=sections,
            slogans=parsed.slogans,
            learned=learned_targets(),
        )
    speeches_changed.send(sender=Speech, speech_ids=[speech.pk])
    return speech


def _create_sections(speech: Speech, tree: tuple[ParsedSection, ...]) -> list[Section]:
    """Insert a parsed section tree in document order; return the rows.

    One insert per level of the tree (a level's parents have their keys by then),
    not one per section.
    """
    rows: list[Section] = []
    levels: list[list[Section]] = []

    def visit(nodes, parent, path, depth):
        for node in nodes:
            ordinals = (*path, node.ordinal)
            row = Section(
                speech=speech,
                parent=parent,
                level=node.level,
                label=node.label,
                ordinal=node.ordinal,
                heading=node.heading[:1000],
                text=node.text,
                position=len(rows),
                anchor=section_anchor(ordinals),
                start_offset=node.start,
                end_offset=node.end,
            )
            rows.append(row)
            if len(levels) <= depth:
                levels.append([])
            levels[depth].append(row)
            visit(node.children, row, ordinals, depth + 1)

    visit(tree, None, (), 0)
    for level in levels:
        Section.objects.bulk_create(level, batch_size=SECTIONS_PER_INSERT)
    return rows


def mentions_create(
    *,
    speech: Speech,
    sections: list[Section],
    slogans,
    learned: PhraseCatalog | None = None,
) -> int:
    """Record every occurrence of the given slogans in a speech's body; return how
    many were found (those already stored are left as they are).

    ``learned``: targets looked for besides (the learned slogans'); only those
    whose words the body holds are looked at.

    ``slogans`` holds ParsedSlogan values or Slogan rows. Rejected slogans are skipped;
    a merged variant's occurrences count for its canonical slogan, and a canonical
    slogan's occurrences include those of its variants.
    """
    targets = slogan_targets(
        slogans, variants=learned.variants if learned is not None else None
    )
    if learned is not None:
        targets = list(dict.fromkeys([*targets, *learned.present(speech.body)]))
    return mentions_write(speech=speech, sections=sections, targets=targets)


def slogan_targets(items, *, variants=None) -> list[tuple[Slogan, str]]:
    """Return (slogan a mention counts for, words to look for) pairs.

    A parsed slogan new to the archive is stored published when the parser is
    confident of it and pending (for an editor) otherwise; a pending one the parser
    is now confident of is published. Rejected slogans are never looked for.
    """
    parsed = [item for item in items if not isinstance(item, Slogan)]
    stored = _stored_slogans(parsed)
    targets: list[tuple[Slogan, str]] = []
    rows: list[Slogan] = []
    for item in items:
        if isinstance(item, Slogan):
            slogan, wordings = item, [item.text]
        else:
            slogan = stored.get(_slogan_text(item.stored_text))
            wordings = _wordings(item)
        if slogan is None:
            continue
        if slogan.status == Slogan.Status.MERGED:
            slogan = _canonical(slogan)
        if slogan is None or slogan.status == Slogan.Status.REJECTED:
            continue
        targets += [(slogan, words) for words in wordings]
        rows.append(slogan)
    # A canonical slogan is also found under its variants' words.
    if rows:
        if variants is None:
            variants = merged_variants()
        targets += [
            (slogan, text)
            for slogan in dict.fromkeys(rows)
            for text in variants.get(slogan.pk, ())
        ]
    # (slogan, words) once each; slogans are told apart by their keys
    unique: dict[tuple[int, str], tuple[Slogan, str]] = {}
    for slogan, words in targets:
        unique.setdefault((slogan.pk, words), (slogan, words))
    return list(unique.values())


_variants_cache: dict = {"key": None, "variants": {}}


def merged_variants() -> dict[int, list[str]]:
    """Return the texts of merged slogans by the slogan each was merged into.

    Read again only when merges change (one small query per speech tells), not
    for every speech's thousands of slogans.
    """
    key = _merged_key()
    if _variants_cache["key"] != key:
        variants: dict[int, list[str]] = {}
        for canonical_id, text in (
            _merged_slogans().order_by("pk").values_list("canonical_id", "text")
        ):
            variants.setdefault(canonical_id, []).append(text)
        _variants_cache.update(key=key, variants=variants)
    return _variants_cache["variants"]


def _merged_slogans():
    return Slogan.objects.filter(status=Slogan.Status.MERGED, canonical__isnull=False)


def _merged_key() -> tuple:
    """Tell whether merges changed: one small query over the merged slogans."""
    return tuple(
        _merged_slogans()
        .aggregate(n=Count("id"), latest=Max("updated_at"), into=Sum("canonical_id"))
        .values()
    )


def _wordings(parsed) -> list[str]:
    """Return the words a parsed slogan is found under: all of a formulation's."""
    entry = default_lexicon().entry(parsed.stored_text)
    if parsed.source == "lexicon" and entry is not None:
        return list(entry.forms)
    return [parsed.text, parsed.stored_text]


def _canonical(slogan: Slogan) -> Slogan | None:
    """Return the slogan a merged variant now counts for, following merges."""
    seen = {slogan.pk}
    while slogan.status == Slogan.Status.MERGED and slogan.canonical_id is not None:
        if slogan.canonical_id in seen:
            return None
        seen.add(slogan.canonical_id)
        slogan = Slogan.objects.get(pk=slogan.canonical_id)
    return slogan if slogan.status != Slogan.Status.MERGED else None


def _slogan_text(text: str) -> str:
    return text.strip()[:200]


def _new_slogan(parsed) -> Slogan:
    """Return an unsaved row for a slogan the archive has not seen."""
    return Slogan(
        text=_slogan_text(parsed.stored_text),
        kind=parsed.kind if parsed.kind in Slogan.Kind.values else Slogan.Kind.COINAGE,
        status=Slogan.Status.ACCEPTED if parsed.confident else Slogan.Status.PENDING,
        source=parsed.source
        if parsed.source in Slogan.Source.values
        else Slogan.Source.QUOTED,
        category=parsed.category[:20],
        since=parsed.since,
        doubt=parsed.doubt,
        reason=parsed.reason[:200],
    )


def _stored_slogans(parsed_slogans: list) -> dict[str, Slogan]:
    """Return the Slogan rows of parsed slogans by text, creating the missing ones.

    A speech names a dozen slogans: one query finds the known ones and one
    insert adds the rest, instead of a get_or_create (and a savepoint) each.
    A slogan new to the archive takes the kind it is first named with.
    """
    first: dict[str, object] = {}
    for item in parsed_slogans:
        if text := _slogan_text(item.stored_text):
            first.setdefault(text, item)
    stored = _slogans_by_text(first)
    promote = [
        slogan.pk
        for text, slogan in stored.items()
        if slogan.status == Slogan.Status.PENDING and first[text].confident
    ]
    if promote:
        Slogan.objects.filter(pk__in=promote).update(
            status=Slogan.Status.ACCEPTED, doubt=0.0, updated_at=timezone.now()
        )
        for pk in promote:
            stored[
                next(t for t, s in stored.items() if s.pk == pk)
            ].status = Slogan.Status.ACCEPTED
    missing = [_new_slogan(item) for text, item in first.items() if text not in stored]
    if missing:
        created = _slogans_insert(missing)
        for slogan in created.values():
            # bulk_create sends no post_save; listeners (the search app's jieba
            # dictionary) must still hear of every new slogan.
            post_save.send(
                sender=Slogan,
                instance=slogan,
                created=True,
                update_fields=None,
                raw=False,
                using=Slogan.objects.db,
            )
        stored.update(created)
    return stored


def _slogans_insert(rows: list[Slogan]) -> dict[str, Slogan]:
    """Insert new slogans; return the stored rows by text.

    The insert returns the new keys (SQLite and PostgreSQL both do), so the rows
    need not be read back, unless another writer added one of the texts
    meanwhile: then its row is kept and all of them are read back.
    """
    try:
        with transaction.atomic():
            created = Slogan.objects.bulk_create(rows)
    except IntegrityError:
        Slogan.objects.bulk_create(rows, ignore_conflicts=True)
        return _slogans_by_text([slogan.text for slogan in rows])
    if any(slogan.pk is None for slogan in created):  # a backend returning no keys
        return _slogans_by_text([slogan.text for slogan in rows])
    return {slogan.text: slogan for slogan in created}


def _slogans_by_text(texts) -> dict[str, Slogan]:
    """Return the stored slogans with these texts, by text."""
    texts = sorted(texts)
    found = {}
    for start in range(0, len(texts), SLOGANS_PER_QUERY):
        batch = texts[start : start + SLOGANS_PER_QUERY]
        found.update((s.text, s) for s in Slogan.objects.filter(text__in=batch))
    return found


# Read again in full at least this often, whatever the keys say (another
# process's edit committed late with an older time is then seen too).
LEARNED_REREAD_SECONDS = 60.0

_learned_cache: dict = {
    "key": None,
    "by_pk": {},
    "slogans": [],
    "latest": None,
    "last_pk": 0,
    "generation": 0,
    "read_at": 0.0,
}


def _is_learned(slogan: Slogan) -> bool:
    return (
        slogan.status == Slogan.Status.ACCEPTED
        and slogan.source != Slogan.Source.LEXICON
    )


def learned_slogans(*, merged_key: tuple | None = None) -> list[Slogan]:
    """Return the published slogans the parser cannot find by itself, to look for in
    every speech: editors' slogans, accepted coinages, confident discoveries.

    A few small queries per speech, none of them reading every published slogan,
    tell whether any slogan changed: how many there are, the latest change and
    the last key (indexed), and the merged ones (a merge may leave the time
    alone). An import adds slogans as it goes: only the rows changed
    since the last read are read then, not the whole list for every speech; a
    deletion, or a minute gone by, reads it all again.
    """
    cache = _learned_cache
    count = Slogan.objects.count()
    latest = (
        Slogan.objects.order_by("-updated_at").values_list("updated_at", flat=True)
    ).first()
    last_pk = Slogan.objects.order_by("-pk").values_list("pk", flat=True).first()
    key = (count, latest, last_pk, merged_key or _merged_key())
    fresh = time.monotonic() - cache["read_at"] < LEARNED_REREAD_SECONDS
    if cache["key"] == key and fresh:
        return cache["slogans"]
    if not (
        fresh
        and cache["key"]
        and (last_pk or 0) >= cache["last_pk"]  # no key taken back (a rollback)
        and key[3] == cache["key"][3]
        and _read_changes(count)
    ):
        published = Slogan.objects.filter(status=Slogan.Status.ACCEPTED).exclude(
            source=Slogan.Source.LEXICON
        )
        by_pk = {slogan.pk: slogan for slogan in published.order_by("pk")}
        cache.update(
            by_pk=by_pk,
            generation=cache["generation"] + 1,
            read_at=time.monotonic(),
            last_pk=last_pk or 0,
        )
    cache.update(key=key, latest=latest, slogans=list(cache["by_pk"].values()))
    return cache["slogans"]


def _read_changes(count: int) -> bool:
    """Bring the learned slogans up to date from the rows changed since the last
    read; tell whether that was enough (False: a row was deleted)."""
    cache = _learned_cache
    rows = Slogan.objects.order_by("pk")
    if cache["latest"] is not None:
        rows = rows.filter(updated_at__gt=cache["latest"])
    changed = list(rows)
    added = [slogan for slogan in changed if slogan.pk > cache["last_pk"]]
    if count != cache["key"][0] + len(added):
        return False
    by_pk = cache["by_pk"]
    if len(added) < len(changed):  # older rows changed: targets are built again
        cache["generation"] += 1
    for slogan in changed:
        if _is_learned(slogan):
            by_pk[slogan.pk] = slogan
        else:
            by_pk.pop(slogan.pk, None)
    if added:
        cache["last_pk"] = added[-1].pk
    return True


_targets_cache: dict = {"key": None, "catalog": None, "read": 0}


def learned_targets() -> PhraseCatalog:
    """Return the (slogan, words) targets of the learned slogans and their merged
    variants, with an automaton over them kept from speech to speech.

    Slogans learned since the last speech are added to it; any other change
    builds it again.
    """
    variants = merged_variants()
    slogans = learned_slogans(merged_key=_variants_cache["key"])
    cache = _targets_cache
    key = (_learned_cache["generation"], _variants_cache["key"])
    if cache["key"] != key or len(slogans) < cache["read"]:
        cache.update(key=key, catalog=PhraseCatalog(variants=variants), read=0)
    cache["catalog"].extend(
        (slogan, words)
        for slogan in slogans[cache["read"] :]
        for words in (slogan.text, *variants.get(slogan.pk, ()))
    )
    cache["read"] = len(slogans)
    return cache["catalog"]


def sentence_around(body: str, offset: int, length: int) -> str:
    """Return the sentence that holds body[offset:offset + length], capped in length."""
    return Sentences(body).around(offset, length)
