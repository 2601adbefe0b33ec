"""Turn document text into safe HTML with slogan links and query marks.

Document text is escaped chunk by chunk and only then wrapped in tags, so nothing a
speech contains can ever become markup. Where links and marks are found is decided
elsewhere (from stored mention offsets, or by the patterns here); query terms are
read by search's query language and found by search's folding, so a speech page
marks what search matched.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable, Sequence

from django.utils.safestring import SafeString, mark_safe

from search.folding import term_pattern
from search.querylang import parse_query

from .paragraphs import latin_wraps_spaced, paragraph_spans, unwrap

# (start, end, url) of a slogan link in a text; (start, end) of a query mark.
Link = tuple[int, int, str]
Mark = tuple[int, int]


def query_terms(query: str, *, exact_script: bool = False) -> list[str]:
    """Return the folded terms of a search query worth marking (not the excluded)."""
    parsed = parse_query(query)
    return [term.exact if exact_script else term.text for term in parsed.positive_terms]


def query_marks(text: str, query: str, *, exact_script: bool = False) -> list[Mark]:
    """Return where a query's terms occur in a text, one mark a match.

    A match may hold a line break ("三会\n一课"); render_paragraphs splits it where
    a paragraph ends. The query is read and folded as search reads it
    (search.querylang, search.folding), so the page marks exactly what search
    matched.
    """
    pattern = (
        term_pattern(
            query_terms(query, exact_script=exact_script), exact_script=exact_script
        )
        if query
        else None
    )
    if pattern is None:
        return []
    return [
        match.span() for match in pattern.finditer(text) if match.end() > match.start()
    ]


def keyword_marks(text: str, keyword: str) -> list[Mark]:
    """Return where a literal keyword (a slogan) occurs in a text."""
    marks: list[Mark] = []
    start = text.find(keyword) if keyword else -1
    while start != -1:
        marks.append((start, start + len(keyword)))
        start = text.find(keyword, start + len(keyword))
    return marks


def literal_pattern(texts: Iterable[str]) -> re.Pattern | None:
    """Return a pattern for any of the texts, preferring the longest where several start.

    The alternatives are folded into a trie ("双报到|双服务" -> "双(?:报到|服务)"), which
    scans long speeches faster than a flat alternation.
    """
    trie: dict = {}
    for text in texts:
        if not text:
            continue
        node = trie
        for char in text:
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return None

    def branch(node: dict) -> str:
        children = [
            re.escape(char) + branch(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not children:
            return ""
        body = children[0] if len(children) == 1 else f"(?:{'|'.join(children)})"
        return f"(?:{body})?" if "" in node else body

    return re.compile(branch(trie))


def pattern_links(
    text: str, pattern: re.Pattern | None, urls: dict[str, str]
) -> list[Link]:
    """Return a link for every match of a slogan pattern in a text."""
    if pattern is None:
        return []
    return [
        (match.start(), match.end(), urls[match.group()])
        for match in pattern.finditer(text)
        if match.group() in urls
    ]


# The characters html.escape replaces; everything else keeps its offset.
HTML_SPECIAL = re.compile(r"[&<>\"']")


class _EscapedText:
    """A text escaped once as a whole, with a map from text offsets to escaped ones."""

    def __init__(self, text: str):
        self.html = html.escape(text, quote=True)
        self.specials = [match.start() for match in HTML_SPECIAL.finditer(text)]
        self.extra = [0]
        for position in self.specials:
            self.extra.append(self.extra[-1] + len(html.escape(text[position])) - 1)

    def at(self, offset: int) -> int:
        if not self.specials:
            return offset
        return offset + self.extra[bisect.bisect_left(self.specials, offset)]

    def slice(self, start: int, end: int) -> str:
        return self.html[self.at(start) : self.at(end)]


def _with_marks(
    text: _EscapedText,
    start: int,
    end: int,
    marks: Sequence[Mark],
    first: int,
    tags: tuple[str, str],
) -> tuple[str, int]:
    """Return escaped text[start:end] with its marks, and the first mark still open.

    ``tags`` open a mark's first piece and the pieces that continue it (after a
    link's edge or a paragraph's end).
    """
    while first < len(marks) and marks[first][1] <= start:
        first += 1
    if first == len(marks) or marks[first][0] >= end:
        return text.slice(start, end), first
    parts = []
    position = start
    index = first
    while index < len(marks) and marks[index][0] < end:
        mark_start = max(marks[index][0], start)
        mark_end = min(marks[index][1], end)
        parts.append(text.slice(position, mark_start))
        opening = tags[0] if mark_start == marks[index][0] else tags[1]
        parts.append(f"{opening}{text.slice(mark_start, mark_end)}</mark>")
        position = mark_end
        if marks[index][1] > end:
            break  # the mark goes on past this chunk: keep it for the next one
        index += 1
    parts.append(text.slice(position, end))
    return "".join(parts), index


def mark_tags(mark_class: str) -> tuple[str, str]:
    """Return the opening tags of a mark and of a mark's continuing pieces."""
    if not mark_class:
        return "<mark>", "<mark>"
    return f'<mark class="{mark_class}">', f'<mark class="{mark_class}-part">'


def render_inline(
    text: str,
    *,
    links: Sequence[Link] = (),
    marks: Sequence[Mark] = (),
    mark_class: str = "",
) -> SafeString:
    """Return text escaped, with links around slogans and <mark> around query terms.

    The whole text is escaped first and tags are inserted second, at offsets mapped
    into the escaped text. ``links`` and ``marks`` must each be sorted and
    non-overlapping; a mark that crosses a link's edge is split so the tags nest.
    With a ``mark_class``, a mark's first piece carries it and any further piece
    carries ``<mark_class>-part``, so a page can count and step through matches.
    A mark may start before the text (its first piece was in an earlier one).
    """
    escaped = _EscapedText(text)
    tags = mark_tags(mark_class)
    opening_tags: dict[str, str] = {}
    parts: list[str] = []
    position = 0
    first_mark = 0
    for start, end, url in links:
        if start < position:
            continue
        if marks:
            before, first_mark = _with_marks(
                escaped, position, start, marks, first_mark, tags
            )
            inside, first_mark = _with_marks(
                escaped, start, end, marks, first_mark, tags
            )
        else:
            before, inside = escaped.slice(position, start), escaped.slice(start, end)
        parts.append(before)
        if url not in opening_tags:
            opening_tags[url] = f'<a class="slogan" href="{html.escape(url)}">'
        parts.append(f"{opening_tags[url]}{inside}</a>")
        position = end
    rest, _ = _with_marks(escaped, position, len(text), marks, first_mark, tags)
    parts.append(rest)
    # Safe: the text was escaped as a whole before any tag went in.
    return mark_safe("".join(parts))


def render_paragraphs(
    text: str,
    *,
    links: Sequence[Link] = (),
    marks: Sequence[Mark] = (),
    mark_class: str = "",
) -> SafeString:
    """Return text as escaped <p> paragraphs, with links and marks.

    Where a paragraph ends and where a line only wraps is decided by
    ``paragraphs.paragraph_spans``; wrapped lines are joined. A mark that goes on
    past a paragraph's end continues in the next one; a link that does is dropped
    rather than break the paragraphs' nesting.
    """
    rendered = []
    for start, end in paragraph_spans(text):
        inline = render_inline(
            latin_wraps_spaced(text[start:end]),
            links=[
                (link_start - start, link_end - start, url)
                for link_start, link_end, url in links
                if start <= link_start and link_end <= end
            ],
            marks=[
                (mark_start - start, mark_end - start)
                for mark_start, mark_end in marks
                if mark_start < end and mark_end > start
            ],
            mark_class=mark_class,
        )
        rendered.append(f"<p>{unwrap(inline)}</p>\n")
    # Safe: each paragraph comes from render_inline's escaped output.
    return mark_safe("".join(rendered))
