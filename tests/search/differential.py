"""The brute-force oracle of search, and random queries to put to both.

The oracle reads the speeches from the database and answers a query by exact
substring over each speech's folded title + body: no index, no bigrams, no cache.
A query is generated as a structure (AND of OR-groups, minus exclusions) and
written out as a person would type it, so the parser is under test too.
Used by tests/search/test_differential.py and bench/differential.py.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from search.folding import fold
from search.querylang import NEGATION, OR_OPERATOR, QUOTES
from speeches.models import Speech

# A small alphabet, so that random terms occur in random texts: simplified forms,
# their traditional twins, full-width and Latin letters, a comma, whitespace.
SIMPLIFIED = "报到双服务党国"
TRADITIONAL = "報雙務黨國"
OTHER = "５Ｇg G，"
TEXT_ALPHABET = SIMPLIFIED * 4 + TRADITIONAL + OTHER + "\n "
# Speeches written without traditional characters: an exact-script search
# trusts the index for these and reads only the others (search/service.py).
SIMPLIFIED_TEXT_ALPHABET = SIMPLIFIED * 4 + OTHER + "\n "
TERM_ALPHABET = SIMPLIFIED * 3 + TRADITIONAL + "５Ｇg，"


@dataclass(frozen=True)
class QueryPlan:
    """A query as typed, and its meaning: AND of OR-groups, minus exclusions."""

    groups: tuple[tuple[str, ...], ...]
    excluded: tuple[str, ...] = ()
    quoted: frozenset[str] = field(default=frozenset())

    def typed(self) -> str:
        """Return the query text a person would type for this plan."""

        def written(term: str) -> str:
            return f'"{term}"' if term in self.quoted else term

        parts = [" OR ".join(written(term) for term in group) for group in self.groups]
        parts += [f"-{written(term)}" for term in self.excluded]
        return " ".join(parts)


@dataclass(frozen=True)
class OracleSpeech:
    """What the oracle knows of a speech: its texts and facet values."""

    id: int
    title: str
    text: str  # title + "\n" + body
    day: dt.date | None
    level: str


def oracle_speeches() -> list[OracleSpeech]:
    """Return every speech of the database as the oracle sees it."""
    return [
        OracleSpeech(
            id=speech.pk,
            title=speech.title,
            text=speech.title + "\n" + speech.body,
            day=speech.effective_date,
            level=speech.admin_level,
        )
        for speech in Speech.objects.only(
            "id", "title", "body", "effective_date", "admin_level"
        )
    ]


def plan_matches(plan: QueryPlan, text: str, *, exact_script: bool = False) -> bool:
    """Return True when a text satisfies a query plan: substrings of the folded text."""
    folded = fold(text, exact_script=exact_script)

    def occurs(term: str) -> bool:
        needle = fold(term, exact_script=exact_script)
        return bool(needle) and needle in folded

    return all(any(occurs(term) for term in group) for group in plan.groups) and (
        not any(occurs(term) for term in plan.excluded)
    )


def oracle_ids(
    plan: QueryPlan,
    speeches: list[OracleSpeech],
    *,
    year: str = "",
    level: str = "",
    in_titles: bool = False,
    exact_script: bool = False,
) -> set[int]:
    """Return the ids of the speeches a query plan finds, as search promises."""

    def allowed(speech: OracleSpeech) -> bool:
        if year and (speech.day is None or str(speech.day.year) != year):
            return False
        return not level or speech.level == level

    return {
        speech.id
        for speech in speeches
        if allowed(speech)
        and plan_matches(
            plan,
            speech.title if in_titles else speech.text,
            exact_script=exact_script,
        )
    }


def random_term(rng: random.Random, texts: list[str]) -> str:
    """Return a term: a piece of an existing text, or random characters."""
    if texts and rng.random() < 0.8:
        text = rng.choice(texts)
        if text:
            length = rng.randint(1, min(5, len(text)))
            start = rng.randint(0, len(text) - length)
            piece = "".join(text[start : start + length].split())
            # Quotes are query syntax, a leading minus excludes, OR joins: a
            # piece holding them means something else when typed.
            if (
                fold(piece)
                and not set(piece) & set(QUOTES)
                and not piece.startswith(NEGATION)
                and piece != OR_OPERATOR
            ):
                return piece
    return "".join(rng.choice(TERM_ALPHABET) for _ in range(rng.randint(1, 4)))


def random_plan(rng: random.Random, texts: list[str]) -> QueryPlan:
    """Return a random query: terms, phrases, OR-groups, exclusions."""
    groups: list[tuple[str, ...]] = []
    seen: set[str] = set()

    def fresh() -> str | None:
        for _attempt in range(5):
            term = random_term(rng, texts)
            if fold(term) and term not in seen and term != "OR":
                seen.add(term)
                return term
        return None

    for _group in range(rng.choice((1, 1, 1, 1, 2, 3))):
        group = tuple(
            term
            for term in (fresh() for _ in range(rng.choice((1, 1, 1, 2, 3))))
            if term
        )
        if group:
            groups.append(group)
    excluded = tuple(
        term for term in (fresh() for _ in range(rng.choice((0, 0, 0, 1, 2)))) if term
    )
    if not groups and not excluded:
        groups.append(("报",))
    quoted = frozenset(term for term in seen if rng.random() < 0.3)
    return QueryPlan(tuple(groups), excluded, quoted)
