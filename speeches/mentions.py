"""Where slogans occur in a speech: mentions with offsets, sentences and nesting.

Linear in the body's length: every slogan's words are found in one pass
(Aho-Corasick, quotation marks ignored), and each mention's sentence comes from the
sentence boundaries found once per body.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable

from django.db import connections, router
from django.db.models.constants import OnConflict

from .models import Mention, Section, Slogan, Speech
from .parsing.lexicon import (
    Occurrence,
    PhraseFinder,
    PhraseKeys,
    default_lexicon,
    formula_fits,
    opens_a_word,
    own_words,
    phrase_key,
)
from .parsing.standalone_uses import standalone_flags

# A mention's context is its sentence: text between sentence-ending marks.
SENTENCE_END = re.compile(r"[。！？；!?;\n]")
CONTEXT_LIMIT = 160
# One slogan said thousands of times in one speech (a list, a file of repeats) adds
# nothing to read past this many; the speech still counts once for the slogan.
MAX_MENTIONS_PER_SLOGAN = 2_000
BATCH = 2_000
# The slogans looked for in one speech are mostly those looked for in the one
# before (the archive's learned slogans): their automaton is kept and shared, and
# built again once this many of a speech's phrases (or an eighth of it) are not in it.
SHARED_REBUILD_MISSING = 64

# Learned targets handed on to every speech before the catalog's automaton is
# built again (PhraseCatalog).
CATALOG_REBUILD_PENDING = 64

_shared: dict[str, PhraseKeys | None] = {"keys": None}


def shared_phrase_keys(phrases) -> PhraseKeys:
    """Return the process's shared automaton, rebuilt over these phrases when it
    lacks too many of them."""
    keys = {key for plain, key in map(phrase_key, phrases) if plain}
    shared = _shared["keys"]
    if shared is None or len(keys - shared.keys) > max(
        SHARED_REBUILD_MISSING, len(shared.keys) // 8
    ):
        shared = _shared["keys"] = PhraseKeys(keys)
    return shared


class PhraseCatalog:
    """(slogan, words) targets looked for in every speech (the learned slogans'),
    with an automaton over their words kept from speech to speech.

    A speech's own finder is then built over the targets whose words its body
    holds, a handful, not over the archive's thousands. Targets added since the
    automaton was built are always handed on, until they are too many
    (CATALOG_REBUILD_PENDING, or an eighth) and it is built again.
    """

    def __init__(self, *, variants: dict[int, list[str]] | None = None):
        self.variants = variants  # merged slogans' texts by canonical key, if known
        self.targets: list[tuple[Slogan, str]] = []
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self.finder: PhraseFinder | None = None
        self.built = 0  # targets[:built] are in the finder's automaton

    def extend(self, targets: Iterable[tuple[Slogan, str]]) -> None:
        for slogan, words in targets:
            plain, key = phrase_key(words)
            if plain:
                self.by_key[key].append(len(self.targets))
                self.targets.append((slogan, words))

    def present(self, body: str) -> list[tuple[Slogan, str]]:
        """Return, in the order given, the targets whose words the body may use."""
        if len(self.targets) - self.built > max(
            CATALOG_REBUILD_PENDING, self.built // 8
        ):
            self.finder = PhraseFinder([words for _, words in self.targets])
            self.built = len(self.targets)
        indexes = [
            index
            for key in {
                phrase_key(occurrence.words)[1]
                for occurrence in (self.finder.find(body) if self.finder else ())
            }
            for index in self.by_key[key]
            if index < self.built
        ]
        return [
            *(self.targets[index] for index in sorted(indexes)),
            *self.targets[self.built :],
        ]


class Sentences:
    """The sentence boundaries of a body, found once, for any number of mentions."""

    def __init__(self, body: str):
        self.body = body
        self.ends = [match.start() for match in SENTENCE_END.finditer(body)]

    def around(self, offset: int, length: int) -> str:
        """Return the sentence that holds body[offset:offset + length], capped."""
        body, ends = self.body, self.ends
        index = bisect.bisect_left(ends, offset)
        start = ends[index - 1] + 1 if index else 0
        index = bisect.bisect_left(ends, offset + length)
        end = ends[index] if index < len(ends) else len(body)
        if end < len(body) and body[end] != "\n":
            end += 1  # the sentence keeps its closing mark
        start = max(start, offset - CONTEXT_LIMIT // 2)
        end = min(end, offset + length + CONTEXT_LIMIT // 2)
        return body[start:end].strip()


def sentence_around(body: str, offset: int, length: int) -> str:
    """Return the sentence that holds body[offset:offset + length], capped in length."""
    return Sentences(body).around(offset, length)


def _fits(plain: str, at: int, words: str) -> bool:
    entry = default_lexicon().entry(words)
    if entry is not None:
        return formula_fits(plain, at, words, entry.not_after)
    return formula_fits(plain, at, words) and not opens_a_word(plain, at, words)


def _is_formulation(words: str) -> bool:
    return default_lexicon().entry(words) is not None


def mentions_write(
    *,
    speech: Speech,
    sections: list[Section],
    targets: Iterable[tuple[Slogan, str]],
) -> int:
    """Record every use of each (slogan, words) in a speech's body; return how many.

    Where a variant and its canonical text start at one place the longer words are
    kept; a use inside a longer slogan is marked nested.
    """
    by_words: dict[str, list[Slogan]] = defaultdict(list)
    for slogan, words in targets:
        if slogan not in by_words[words]:
            by_words[words].append(slogan)
    body = speech.body
    occurrences = PhraseFinder(
        by_words, fits=_fits, shared=shared_phrase_keys(by_words)
    ).find(body)
    occurrences = _without_self_overlaps(occurrences)
    standalone = standalone_flags(body, occurrences, _is_formulation)
    sentences = Sentences(body)
    starts = [section.start_offset for section in sections]
    # [slogan, section, offset, words, sentence, nested] by (slogan, offset)
    found: dict[tuple[int, int], list] = {}
    per_slogan: dict[int, int] = defaultdict(int)
    for occurrence, alone in zip(occurrences, standalone, strict=True):
        words = own_words(body, occurrence)[:200]
        for slogan in by_words[occurrence.words]:
            key = (slogan.pk, occurrence.offset)
            if key in found:
                if len(found[key][3]) < len(words):
                    found[key][3] = words
                continue
            if per_slogan[slogan.pk] >= MAX_MENTIONS_PER_SLOGAN:
                continue
            per_slogan[slogan.pk] += 1
            section = innermost_section(sections, starts, occurrence.offset)
            found[key] = [
                slogan.pk,
                section.pk if section is not None else None,
                occurrence.offset,
                words,
                sentences.around(occurrence.offset, occurrence.end - occurrence.offset),
                not alone,
            ]
    return mention_rows_insert(speech_id=speech.pk, rows=found.values())


MENTION_COLUMNS = ("slogan", "section", "offset", "text", "context", "nested")


def mention_rows_insert(*, speech_id: int, rows: Iterable[list]) -> int:
    """Insert mentions of one speech, skipping those already stored; return how
    many were offered.

    ``rows`` hold (slogan key, section key or None, offset, words, sentence,
    nested). One prepared statement run for all rows (executemany) instead of
    the ORM's model instances and per-row SQL compiling, which cost more than
    SQLite's own work: about 70 mentions a bulletin.
    """
    rows = [(speech_id, *row) for row in rows]
    if not rows:
        return 0
    connection = connections[router.db_for_write(Mention)]
    meta = Mention._meta
    quote = connection.ops.quote_name
    fields = [meta.get_field("speech")] + [meta.get_field(n) for n in MENTION_COLUMNS]
    sql = "{} {} ({}) VALUES ({}) {}".format(
        connection.ops.insert_statement(on_conflict=OnConflict.IGNORE),
        quote(meta.db_table),
        ", ".join(quote(field.column) for field in fields),
        ", ".join(["%s"] * len(fields)),
        connection.ops.on_conflict_suffix_sql(fields, OnConflict.IGNORE, None, None),
    )
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            cursor.executemany(sql, rows[start : start + BATCH])
    return len(rows)


def _without_self_overlaps(occurrences: list[Occurrence]) -> list[Occurrence]:
    """Drop a use that overlaps the previous use of the same words ("三三三")."""
    last_end: dict[str, int] = {}
    kept = []
    for occurrence in occurrences:
        if occurrence.offset < last_end.get(occurrence.words, -1):
            continue
        last_end[occurrence.words] = occurrence.end
        kept.append(occurrence)
    return kept


def innermost_section(sections, starts, offset):
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
