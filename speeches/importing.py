"""The one writer of parsed speeches into the database."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum

from django.db import transaction
from django.db.models.signals import post_save

from .models import Mention, Section, Slogan, Speech, section_anchor
from .parsing import ParsedSection, ParsedSpeech
from .signals import speeches_changed

# A mention's context is its sentence: text between sentence-ending marks.
SENTENCE_END = re.compile(r"[。！？；!?;\n]")
CONTEXT_LIMIT = 160
# "…/文选.txt#3": the third speech of a collection file
PART_MARK = "#"
# Slogan texts looked up per query (SQLite accepts a limited number of parameters).
SLOGANS_PER_QUERY = 500


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
    speech.save()
    speech.sections.all().delete()
    speech.mentions.all().delete()
    sections = _create_sections(speech, parsed.sections)
    # Slogans an editor added by hand are looked for in every speech, quoted or not.
    by_hand = Slogan.objects.filter(
        status=Slogan.Status.ACCEPTED, added_by__isnull=False
    )
    mentions_create(
        speech=speech, sections=sections, slogans=[*parsed.slogans, *by_hand]
    )
    speeches_changed.send(sender=Speech, speech_ids=[speech.pk])
    return speech


def _create_sections(speech: Speech, tree: tuple[ParsedSection, ...]) -> list[Section]:
    """Insert a parsed section tree in document order; return the rows."""
    rows: list[Section] = []

    def visit(nodes, parent, path):
        for node in nodes:
            ordinals = (*path, node.ordinal)
            row = Section.objects.create(
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
            visit(node.children, row, ordinals)

    visit(tree, None, ())
    return rows


def mentions_create(
    *, speech: Speech, sections: list[Section], slogans
) -> list[Mention]:
    """Record every occurrence of the given slogans in a speech's body.

    ``slogans`` holds ParsedSlogan values or Slogan rows. Rejected slogans are skipped;
    a merged variant's occurrences count for its canonical slogan, and a canonical
    slogan's occurrences include those of its variants.
    """
    body = speech.body
    starts = [section.start_offset for section in sections]
    found: dict[tuple[int, int], Mention] = {}
    for slogan, words in _slogan_targets(slogans):
        offset = body.find(words)
        while offset != -1:
            key = (slogan.pk, offset)
            # Where a variant and its canonical text start together, keep the longer.
            if key not in found or len(found[key].text) < len(words):
                found[key] = Mention(
                    slogan=slogan,
                    speech=speech,
                    section=_innermost_section(sections, starts, offset),
                    offset=offset,
                    text=words,
                    context=sentence_around(body, offset, len(words)),
                )
            offset = body.find(words, offset + len(words))
    return Mention.objects.bulk_create(found.values(), ignore_conflicts=True)


def _slogan_targets(items) -> list[tuple[Slogan, str]]:
    """Return (slogan a mention counts for, words to look for) pairs."""
    targets: list[tuple[Slogan, str]] = []
    rows: list[Slogan] = []
    stored = _stored_slogans([item for item in items if not isinstance(item, Slogan)])
    for item in items:
        slogan = (
            item if isinstance(item, Slogan) else stored.get(_slogan_text(item.text))
        )
        if slogan is None:
            continue
        words = slogan.text
        if slogan.status == Slogan.Status.MERGED:
            slogan = _canonical(slogan)
        if slogan is None or slogan.status != Slogan.Status.ACCEPTED:
            continue
        targets.append((slogan, words))
        if isinstance(item, Slogan):
            rows.append(slogan)
    # A canonical slogan asked for by row is also found under its variants' words.
    if rows:
        variants = Slogan.objects.filter(
            canonical__in=rows, status=Slogan.Status.MERGED
        ).values_list("canonical_id", "text")
        by_pk = {slogan.pk: slogan for slogan in rows}
        targets += [(by_pk[canonical_id], text) for canonical_id, text in variants]
    return list(dict.fromkeys(targets))


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


def _stored_slogans(parsed_slogans: list) -> dict[str, Slogan]:
    """Return the Slogan rows of parsed slogans by text, creating the missing ones.

    A speech names a dozen slogans: one query finds the known ones and one
    insert adds the rest, instead of a get_or_create (and a savepoint) each.
    A slogan new to the archive takes the kind it is first named with.
    """
    kinds: dict[str, str] = {}
    for item in parsed_slogans:
        if text := _slogan_text(item.text):
            kinds.setdefault(text, item.kind)
    stored = _slogans_by_text(kinds)
    missing = [
        Slogan(text=text, kind=kind)
        for text, kind in kinds.items()
        if text not in stored
    ]
    if missing:
        # Another writer may have added some meanwhile: its rows are kept and read back.
        Slogan.objects.bulk_create(missing, ignore_conflicts=True)
        created = _slogans_by_text([slogan.text for slogan in missing])
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


def _slogans_by_text(texts) -> dict[str, Slogan]:
    """Return the stored slogans with these texts, by text."""
    texts = sorted(texts)
    found = {}
    for start in range(0, len(texts), SLOGANS_PER_QUERY):
        batch = texts[start : start + SLOGANS_PER_QUERY]
        found.update((s.text, s) for s in Slogan.objects.filter(text__in=batch))
    return found


def _innermost_section(sections, starts, offset):
    """Return the deepest section whose span holds the offset, or None."""
    index = bisect.bisect_right(starts, offset) - 1
    while index >= 0:
        section = sections[index]
        if (
            section.start_offset
            <= offset
            < max(section.end_offset, section.start_offset + 1)
        ):
            return section
        index -= 1
    return None


def sentence_around(body: str, offset: int, length: int) -> str:
    """Return the sentence that holds body[offset:offset + length], capped in length."""
    start = offset
    while start > 0 and not SENTENCE_END.match(body[start - 1]):
        start -= 1
    end = offset + length
    while end < len(body) and not SENTENCE_END.match(body[end]):
        end += 1
    if end < len(body) and body[end] != "\n":
        end += 1
    start = max(start, offset - CONTEXT_LIMIT // 2)
    end = min(end, offset + length + CONTEXT_LIMIT // 2)
    return body[start:end].strip()
