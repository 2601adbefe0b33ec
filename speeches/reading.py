"""Assemble what the speech page shows: marked text by section, and the contents.

Slogan links come from the mentions stored at import (offsets into the body), so a
long speech is not scanned for hundreds of slogans on every view. Text that cannot
be found verbatim in the body falls back to a pattern scan.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from django.utils.safestring import SafeString

from .marking import (
    Link,
    literal_pattern,
    pattern_links,
    query_marks,
    render_inline,
    render_paragraphs,
)
from .models import Section, Slogan, Speech

DEEPEST_HEADING = 6
# The class of a query match's first <mark>: the page's mark navigation steps
# through these (continuing pieces carry "hit-part").
QUERY_MARK_CLASS = "hit"

# Labels printed with a trailing 、 or . that the parser strips: "三" -> "三、", "2" -> "2."
BARE_NUMERAL = re.compile(r"^[一二三四五六七八九十百零〇两]+$")
BARE_DIGITS = re.compile(r"^\d+$")


def label_display(label: str) -> str:
    """Return a section label as a reader expects to see it printed."""
    if BARE_NUMERAL.match(label):
        return label + "、"
    if BARE_DIGITS.match(label):
        return label + "."
    return label


@dataclass
class SectionView:
    """A section as the page renders it: escaped, linked and marked HTML."""

    anchor: str
    level: int
    label: str
    heading: str
    heading_html: SafeString
    body_html: SafeString
    children: list[SectionView] = field(default_factory=list)

    @property
    def label_display(self) -> str:
        return label_display(self.label)

    @property
    def heading_tag(self) -> str:
        return f"h{min(self.level + 1, DEEPEST_HEADING)}"


@dataclass
class SpeechText:
    """A speech's text ready to render, and how many times the query was marked."""

    preamble_html: SafeString
    sections: list[SectionView]
    contents: list[SectionView]
    match_count: int


@dataclass
class _SloganLinker:
    """Find the slogan links of any fragment of a speech body."""

    body: str
    links: list[Link]  # in body offsets, sorted, non-overlapping
    urls: dict[str, str]

    @cached_property
    def starts(self) -> list[int]:
        return [start for start, _, _ in self.links]

    @cached_property
    def pattern(self) -> re.Pattern | None:
        return literal_pattern(self.urls)

    def links_in(self, fragment: str, *, near: int) -> list[Link]:
        """Return the links inside a fragment, in the fragment's own offsets."""
        position = self.body.find(fragment, near) if fragment else -1
        if position == -1:
            return pattern_links(fragment, self.pattern, self.urls)
        end = position + len(fragment)
        first = bisect.bisect_left(self.starts, position)
        found = []
        for start, stop, url in self.links[first:]:
            if start >= end:
                break
            if stop <= end:
                found.append((start - position, stop - position, url))
        return found


def body_links(
    body: str,
    mentions: Sequence[tuple[int, int, str]],
    slogans: Sequence[Slogan],
    urls: dict[int, str],
) -> list[Link]:
    """Return non-overlapping slogan links in a body from stored mention offsets.

    ``mentions`` holds (offset, slogan id, words printed there). Where mentions
    overlap ("双报到" inside "双报到、双服务、双报告") the longest one starting first
    wins. An offset whose words no longer match the body is ignored.
    """
    texts = {slogan.pk: slogan.text for slogan in slogans}
    candidates = sorted(
        (offset, -len(words or texts[slogan_id]), words or texts[slogan_id], slogan_id)
        for offset, slogan_id, words in mentions
        if slogan_id in texts
    )
    links: list[Link] = []
    covered = 0
    for offset, negative_length, words, slogan_id in candidates:
        end = offset - negative_length
        if offset < covered or body[offset:end] != words:
            continue
        links.append((offset, end, urls[slogan_id]))
        covered = end
    return links


def link_targets(
    mentions: Sequence[tuple[int, int, str]],
    slogans: Sequence[Slogan],
    urls: dict[int, str],
) -> dict[str, str]:
    """Return the page each slogan's words (its own and its variants') link to."""
    targets = {slogan.text: urls[slogan.pk] for slogan in slogans}
    for _, slogan_id, words in mentions:
        if words and slogan_id in urls:
            targets.setdefault(words, urls[slogan_id])
    return targets


def speech_text(
    speech: Speech,
    *,
    sections: Sequence[Section],
    slogans: Sequence[Slogan],
    mentions: Sequence[tuple[int, int, str]],
    query: str = "",
    exact_script: bool = False,
) -> SpeechText:
    """Return a speech's preamble and sections as marked HTML, with its contents tree."""
    urls = {slogan.pk: slogan.get_absolute_url() for slogan in slogans}
    linker = _SloganLinker(
        body=speech.body,
        links=body_links(speech.body, mentions, slogans, urls),
        urls=link_targets(mentions, slogans, urls),
    )
    preamble = speech.body[: sections[0].start_offset] if sections else speech.body
    marks = query_marks(preamble, query, exact_script=exact_script)
    matches = len(marks)
    preamble_html = render_paragraphs(
        preamble,
        links=linker.links_in(preamble, near=0),
        marks=marks,
        mark_class=QUERY_MARK_CLASS,
    )
    views: dict[int, SectionView] = {}
    contents: list[SectionView] = []
    for section in sections:
        heading_marks = query_marks(section.heading, query, exact_script=exact_script)
        text_marks = query_marks(section.text, query, exact_script=exact_script)
        matches += len(heading_marks) + len(text_marks)
        view = SectionView(
            anchor=section.anchor,
            level=section.level,
            label=section.label,
            heading=section.heading,
            heading_html=render_inline(
                section.heading,
                links=linker.links_in(section.heading, near=section.start_offset),
                marks=heading_marks,
                mark_class=QUERY_MARK_CLASS,
            ),
            body_html=render_paragraphs(
                section.text,
                links=linker.links_in(section.text, near=section.start_offset),
                marks=text_marks,
                mark_class=QUERY_MARK_CLASS,
            ),
        )
        views[section.pk] = view
        parent = views.get(section.parent_id)
        (parent.children if parent else contents).append(view)
    return SpeechText(
        preamble_html=preamble_html,
        sections=list(views.values()),
        contents=contents,
        match_count=matches,
    )
