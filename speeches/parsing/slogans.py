"""Find slogans: quoted coinages and number formulas."""

from __future__ import annotations

import re

from .types import ParsedSlogan

# “双报到” or "狠抓基层": a short quoted coinage
QUOTED = re.compile(r"[“\"「]([^“”\"「」\n]{2,12})[”\"」]")


def find_slogans(body: str) -> tuple[ParsedSlogan, ...]:
    """Return the distinct slogans of a speech body in order of first appearance."""
    seen: dict[str, ParsedSlogan] = {}
    for match in QUOTED.finditer(body):
        text = match.group(1).strip()
        if text and text not in seen:
            seen[text] = ParsedSlogan(text=text, kind="coinage")
    return tuple(seen.values())
