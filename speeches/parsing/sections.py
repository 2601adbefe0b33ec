"""Find the headings of a speech body and build its section tree."""

from __future__ import annotations

import re

from .types import ParsedSection

# "一、坚持党建引领，…" -> level 1
HEADING_NUMERAL = re.compile(
    r"^(?P<label>[一二三四五六七八九十]+)、(?P<heading>[^\n]+)", re.M
)


def split_sections(body: str) -> tuple[ParsedSection, ...]:
    """Return the section tree of a speech body."""
    matches = list(HEADING_NUMERAL.finditer(body))
    sections = []
    for ordinal, match in enumerate(matches, 1):
        end = matches[ordinal].start() if ordinal < len(matches) else len(body)
        heading = match["heading"].split("。")[0]
        text = body[match.end() : end].strip()
        sections.append(
            ParsedSection(
                level=1,
                label=match["label"],
                ordinal=ordinal,
                heading=heading,
                text=text,
                start=match.start(),
                end=end,
            )
        )
    return tuple(sections)
