"""The one writer of parsed speeches into the database."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models.signals import post_save
from django.utils import timezone

from .learned import learned_targets, merged_variants
from .mentions import PhraseCatalog, Sentences, mentions_write
from .models import Section, Slogan, Speech, section_anchor, slogan_clock_read
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
    if slogan_work_enabled():
        # Held first, till the commit: a slogan accepted meanwhile commits before
        # (and is looked for here) or after (and its search finds this speech).
        slogan_clock_read()
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


def sentence_around(body: str, offset: int, length: int) -> str:
    """Return the sentence that holds body[offset:offset + length], capped in length."""
    return Sentences(body).around(offset, length)
