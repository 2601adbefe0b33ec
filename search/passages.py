"""Find where the terms occur in a speech, which section holds each, and a snippet.

The index says which speeches match; this module reads the matched speeches'
text (title and body from the database) and finds every occurrence again with
folding.term_pattern, which folds as the index does (whitespace between two
characters, full-width, upper case and traditional forms). Snippets are escaped
first and marked second, so a speech holding ``<script>`` shows it as text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .folding import term_pattern

SNIPPET_CONTEXT = 36
SNIPPET_WINDOWS = 2
# Matches kept per stretch of a section for its snippet (the rest are counted).
SPANS_PER_STRETCH = 12
MAX_PASSAGES = 5
TITLE_HEADING = "标题"
PREAMBLE_HEADING = "正文"


@dataclass(frozen=True)
class SectionSpan:
    """The part of a speech's body a section covers, children included."""

    id: int
    heading: str
    label: str
    anchor: str
    start: int
    end: int


@dataclass(frozen=True)
class Passage:
    """One section of a speech where the terms occur, with a marked snippet."""

    section_id: int | None
    heading: str
    anchor: str
    snippet: SafeString
    matches: int


def marked_window(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    """Return text[start:end] escaped, with the spans inside it wrapped in <mark>."""
    pieces = []
    cursor = start
    for span_start, span_end in spans:
        if span_end <= cursor or span_start >= end:
            continue
        span_start = max(span_start, cursor)
        span_end = min(span_end, end)
        pieces.append(escape(text[cursor:span_start]))
        pieces.append("<mark>" + escape(text[span_start:span_end]) + "</mark>")
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    return "".join(pieces)


def passage_snippet(
    text: str,
    spans: list[tuple[int, int]],
    bounds: tuple[int, int],
    windows: int = SNIPPET_WINDOWS,
) -> SafeString:
    """Return up to ``windows`` marked excerpts of a passage, joined by ellipses.

    Each excerpt shows some text around a match; an ellipsis shows where an
    excerpt cuts its passage. Everything is escaped before marks are added.
    """
    lower, upper = bounds
    excerpts: list[list[int]] = []
    for span_start, span_end in spans:
        if excerpts and span_start < excerpts[-1][1]:
            continue
        if len(excerpts) == windows:
            break
        start = max(lower, span_start - SNIPPET_CONTEXT)
        end = min(max(upper, span_end), span_end + SNIPPET_CONTEXT * 2)
        if excerpts and start <= excerpts[-1][1]:
            excerpts[-1][1] = end
        else:
            excerpts.append([start, end])
    pieces = []
    for start, end in excerpts:
        pieces.append("…" if start > lower else "")
        pieces.append(marked_window(text, spans, start, end))
    if excerpts and excerpts[-1][1] < upper:
        pieces.append("…")
    return mark_safe("".join(pieces).replace("\n", " "))


def _innermost(sections: list[SectionSpan], starts: list[int], offset: int):
    index = bisect.bisect_right(starts, offset) - 1
    while index >= 0:
        section = sections[index]
        if section.start <= offset < max(section.end, section.start + 1):
            return section
        index -= 1
    return None


class SectionFinder:
    """Answer "which section holds this offset?" with one bisection per match.

    The innermost section can only change where a section starts or ends, so it
    is worked out once per stretch between two such boundaries.
    """

    def __init__(self, sections: list[SectionSpan]):
        starts = [section.start for section in sections]
        self.boundaries = sorted(
            {0}
            | set(starts)
            | {max(section.end, section.start + 1) for section in sections}
        )
        self.owners = [
            _innermost(sections, starts, boundary) for boundary in self.boundaries
        ]

    def __call__(self, offset: int) -> SectionSpan | None:
        return self.owners[bisect.bisect_right(self.boundaries, offset) - 1]

    def region(self, offset: int, length: int) -> tuple[SectionSpan | None, int]:
        """Return the section holding an offset and where its stretch ends."""
        index = bisect.bisect_right(self.boundaries, offset)
        end = self.boundaries[index] if index < len(self.boundaries) else length
        return self.owners[index - 1], end


def find_passages(
    *,
    title: str,
    body: str,
    sections: list[SectionSpan],
    terms: list[str],
    limit: int = MAX_PASSAGES,
    exact_script: bool = False,
) -> tuple[list[Passage], int]:
    """Return the passages of a speech where any term occurs, and how many there are.

    ``sections`` are in document order. A match is given to the innermost section
    holding its first character; matches in the title or before the first section
    form passages of their own, without a section.
    """
    pattern = term_pattern(terms, exact_script=exact_script)
    if pattern is None:
        return [], 0
    text = title + "\n" + body
    body_start = len(title) + 1
    finder = SectionFinder(sections)
    groups: dict[object, list[tuple[int, int]]] = {}
    counts: dict[object, int] = {}
    owners: dict[object, SectionSpan | None] = {}
    position = 0
    # Keep the first few matches of each stretch for snippets; count the others
    # with findall (in C) and jump to the next stretch: a common word can occur
    # hundreds of times in a speech, and a page holds twenty speeches.
    while (match := pattern.search(text, position)) is not None:
        start = match.start()
        if start < body_start:
            key, owner, region_end = "title", None, body_start
        else:
            owner, end = finder.region(start - body_start, len(body))
            key, region_end = (owner.id if owner else "preamble"), body_start + end
        found = [match.span()]
        cursor = match.end()
        while len(found) < SPANS_PER_STRETCH and (
            following := pattern.search(text, cursor, region_end)
        ):
            found.append(following.span())
            cursor = following.end()
        rest = (
            len(pattern.findall(text, cursor, region_end))
            if len(found) == SPANS_PER_STRETCH
            else 0
        )
        groups.setdefault(key, []).extend(found)
        counts[key] = counts.get(key, 0) + len(found) + rest
        owners[key] = owner
        position = max(region_end, match.end())
    passages = []
    for key, spans in list(groups.items())[:limit]:
        owner = owners[key]
        if key == "title":
            bounds = (0, body_start - 1)
        elif owner is None:
            bounds = (body_start, len(text))
        else:
            bounds = (
                body_start + owner.start,
                body_start + max(owner.end, owner.start),
            )
        passages.append(
            Passage(
                section_id=owner.id if owner else None,
                heading=(
                    TITLE_HEADING
                    if key == "title"
                    else (owner.heading or owner.label)
                    if owner
                    else PREAMBLE_HEADING
                ),
                anchor=owner.anchor if owner else "",
                snippet=passage_snippet(text, spans, bounds),
                matches=counts[key],
            )
        )
    return passages, len(groups)
