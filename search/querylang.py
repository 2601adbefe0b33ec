"""The query language people already know, read from any text without failing.

    双报到 牛鼻子        both terms (AND)
    "全面 从严"          a phrase: spaces inside are ignored like everywhere else
    “双报到”             Chinese quotation marks work as quotes too
    双报到 -双服务       exclude speeches containing 双服务
    双报到 OR 双报告     either (OR binds tighter than AND: a OR b c = (a OR b) AND c)

Every term, quoted or not, matches as an exact substring of a speech's folded
title and body (folding.fold: whitespace, full/half width, case and script
ignored, punctuation kept). Everything else is literal text: * : ( ) and lone
quotes are just characters. Nothing here raises. The search page, /api/search
and the speech page's marks all read queries here.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace

from .folding import fold, holds_traditional, tells_scripts_apart

# Longer input is cut: a 256-character exact phrase already pins one passage.
MAX_QUERY_CHARS = 256
MAX_TERMS = 12
OR_OPERATOR = "OR"
NEGATION = "-"
# Opening quote -> closing quote. "“双报到”" and "「双报到」" are phrases.
QUOTES = {'"': '"', "＂": "＂", "“": "”", "”": "”", "「": "」", "『": "』"}


@dataclass(frozen=True)
class QueryTerm:
    """One term: its folded text (what is matched) and the text as typed.

    ``exact`` is the text folded without turning traditional characters
    simplified: what an exact-script search matches.
    """

    text: str
    typed: str
    phrase: bool = False
    exact: str = ""

    @property
    def written(self) -> str:
        """Return the folded text as it must be typed to mean this term again."""
        text = self.exact or self.text
        if text == OR_OPERATOR or text.startswith(NEGATION):
            return f'"{text}"'
        return text


@dataclass(frozen=True)
class ParsedQuery:
    """A query as AND of OR-groups of terms, minus excluded terms."""

    typed: str
    groups: tuple[tuple[QueryTerm, ...], ...] = ()
    excluded: tuple[QueryTerm, ...] = ()
    notices: tuple[str, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return not self.groups and not self.excluded

    @property
    def positive_terms(self) -> tuple[QueryTerm, ...]:
        return tuple(term for group in self.groups for term in group)

    @property
    def has_operators(self) -> bool:
        return bool(self.excluded) or any(len(group) > 1 for group in self.groups)

    def highlight_text(self) -> str:
        """Return the positive terms, space-separated, for ?q= on a speech page.

        Read back by parse_query, it gives the same terms: a term that would
        read as an operator is quoted.
        """
        return " ".join(term.written for term in self.positive_terms)


def clean_input(text: str) -> str:
    """Drop control characters and lone surrogates, which no speech contains."""
    return "".join(
        char
        for char in text
        if unicodedata.category(char) not in ("Cc", "Cs") or char in "\t\n\r"
    )


def _tokens(text: str) -> list[tuple[str, bool, bool]]:
    """Split query text into (token, quoted, negated); never fails."""
    tokens = []
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char.isspace():
            index += 1
            continue
        negated = False
        if char == NEGATION and index + 1 < length and not text[index + 1].isspace():
            negated = True
            index += 1
            char = text[index]
        if char in QUOTES:
            closing = QUOTES[char]
            end = text.find(closing, index + 1)
            if end == -1:
                end = length
            tokens.append((text[index + 1 : end], True, negated))
            index = end + 1
            continue
        end = index
        while end < length and not text[end].isspace() and text[end] not in QUOTES:
            end += 1
        tokens.append((text[index:end], False, negated))
        index = end
    return tokens


def parse_query(typed: str | None) -> ParsedQuery:
    """Read a query typed by a person into a ParsedQuery, whatever it holds."""
    typed = typed or ""
    notices = []
    text = clean_input(typed)
    if len(text) > MAX_QUERY_CHARS:
        notices.append(
            f"检索式过长（{len(text)} 字），只按前 {MAX_QUERY_CHARS} 字检索。"
        )
        text = text[:MAX_QUERY_CHARS]
    groups: list[list[QueryTerm]] = []
    excluded: list[QueryTerm] = []
    join_next = False
    count = 0
    for token, quoted, negated in _tokens(text):
        if not quoted and not negated and token == OR_OPERATOR:
            join_next = bool(groups)
            continue
        folded = fold(token)
        if not folded or (not quoted and folded == NEGATION):
            continue
        count += 1
        if count > MAX_TERMS:
            notices.append(f"检索词超过 {MAX_TERMS} 个，其余已忽略。")
            break
        term = QueryTerm(
            text=folded,
            typed=token,
            phrase=quoted,
            exact=fold(token, exact_script=True),
        )
        if negated:
            excluded.append(term)
            join_next = False
        elif join_next:
            if term not in groups[-1]:
                groups[-1].append(term)
            join_next = False
        elif [term] not in groups:
            groups.append([term])
    return ParsedQuery(
        typed=typed,
        groups=tuple(tuple(group) for group in groups),
        excluded=tuple(excluded),
        notices=tuple(dict.fromkeys(notices)),
    )


# An exact-script search (docs/search.md, "Exact script"). The index holds each
# speech folded; a speech that holds no character the script step turns (the
# index's ``script`` mark is unset) reads the same folded and exact, and the
# index also holds the marked speeches' text folded exactly (the exact_* fields).


def scripts_matter(parsed: ParsedQuery) -> bool:
    """Return True when an exact-script search could find less than a blind one."""
    terms = (*parsed.positive_terms, *parsed.excluded)
    return any(tells_scripts_apart(term.exact) for term in terms)


def script_blind_superset(parsed: ParsedQuery) -> ParsedQuery:
    """Return the query whose folded matches include every exact-script match.

    Excluded terms that tell scripts apart are dropped: excluded folded, 报到
    would also exclude a speech that says only 報到.
    """
    return replace(
        parsed,
        excluded=tuple(t for t in parsed.excluded if not tells_scripts_apart(t.exact)),
    )


def as_typed(parsed: ParsedQuery) -> ParsedQuery:
    """Return the query with each term's exact form as the form matched."""

    def typed(terms: tuple[QueryTerm, ...]) -> tuple[QueryTerm, ...]:
        return tuple(replace(term, text=term.exact) for term in terms)

    return replace(
        parsed,
        groups=tuple(typed(group) for group in parsed.groups),
        excluded=typed(parsed.excluded),
    )


def over_unmarked_speeches(parsed: ParsedQuery) -> ParsedQuery | None:
    """Return what an exact-script query means over speeches folded as they stand.

    There the folded text is the exact one, and a term typed with a character
    the script step turns occurs nowhere: it leaves its group and the
    exclusions. None when a group is left empty (nothing there can match).
    """
    groups = tuple(
        tuple(term for term in group if not holds_traditional(term.exact))
        for group in parsed.groups
    )
    if not all(groups):
        return None
    excluded = tuple(t for t in parsed.excluded if not holds_traditional(t.exact))
    return replace(parsed, groups=groups, excluded=excluded)
