"""Split a file holding several speeches (a collection of works) into its speeches.

A collection prints each speech under its own title with the date on the next line,
in brackets: "论学习" / "（一九四〇年二月九日）". Two or more such
blocks make a collection; each speech runs from its title to the next title. What
stands before the first title (a volume's name, its contents) belongs to no speech.
"""

from __future__ import annotations

import re
from itertools import pairwise

# "（一九四〇年二月九日）", "（1975年3月5日）", "（一九四一年五月）", "（一九六五年六月、
# 十二月）": a date alone on its line, in brackets, as a collection prints it under a
# title (a converter's stray "?" may follow)
BLOCK_DATE_LINE = re.compile(
    r"^[（(](?:(?:19|20)\d{2}|[一二三四五六七八九〇零○]{4})年"
    r"[^（）()\n]{0,20}[）)][?？]{0,2}$"
)
# A title over its date: short, no sentence, not a heading of the speech
BLOCK_TITLE_MAX_CHARS = 60
NOT_A_BLOCK_TITLE = re.compile(
    r"[。！？!?；;]|^[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）]|^[·•]"
)
MIN_SPEECHES = 2


def split_collection(text: str) -> list[str]:
    """Return the speeches of a collection, each as its text; a text holding one
    speech comes back whole."""
    lines = text.splitlines(keepends=True)
    starts = [
        index
        for index in range(len(lines) - 1)
        if _block_title(lines[index])
        and BLOCK_DATE_LINE.match(lines[index + 1].strip())
    ]
    if len(starts) < MIN_SPEECHES:
        return [text]
    bounds = [*starts, len(lines)]
    return ["".join(lines[a:b]) for a, b in pairwise(bounds)]


def _block_title(line: str) -> bool:
    title = line.strip()
    return (
        0 < len(title) <= BLOCK_TITLE_MAX_CHARS
        and not NOT_A_BLOCK_TITLE.search(title)
        and not BLOCK_DATE_LINE.match(title)
    )
