"""Read traditional-script pages with the same rules: a matching form of a line.

Sites convert speeches to traditional characters, and some converters print the pinyin
of a character in brackets after it ("開學(xué)"). The rules of clean.py and
metadata.py are written in simplified characters; they test a line's matching form
(simplified, annotations removed), and what is stored keeps the page's own characters.
The conversion table is search's (search/folding.py, Django-free): one table for the
parser, the index, the query, the snippets and the speech page's marks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from search.folding import reading_table

# The archive's one traditional-to-simplified table (search.folding, OpenCC's),
# with the traditional forms that simplified text also writes (於 -> 于): a matching
# form is only read, never stored nor searched.
SIMPLIFIED = reading_table()
# Every traditional character: most lines and pages hold none, and asking whether a
# text shares a character with this set is about four times quicker than a search
# with a character class of them all (the parser asks it of every line it tests)
TRADITIONAL_CHARS = frozenset(chr(code) for code in SIMPLIFIED)
# "開學(xué)", "校長(zhǎng)": a converter's pinyin, with its tone mark, after a character
PINYIN_ANNOTATION = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]"
)
# A bracket opening on a tone-marked syllable: a search for it finds pages without
# such annotations quickly (the annotation's own pattern starts with a look back)
TONE_MARKED_BRACKET = re.compile(r"[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
MATCHING_CACHE = 8192


def to_simplified(text: str) -> str:
    """Return the text with traditional characters as simplified ones, same length."""
    if TRADITIONAL_CHARS.isdisjoint(text):
        return text
    return text.translate(SIMPLIFIED)


def without_pinyin(text: str) -> str:
    """Remove a converter's pinyin annotations: "開學(xué)" -> "開學"."""
    if not TONE_MARKED_BRACKET.search(text):
        return text
    return PINYIN_ANNOTATION.sub("", text)


@lru_cache(maxsize=MATCHING_CACHE)
def matching_form(line: str) -> str:
    """Return the form of a line the rules test: simplified, without pinyin."""
    return without_pinyin(to_simplified(line))


def printed_group(match: re.Match, text: str, group: str) -> str:
    """Return a group of a match made on a text's simplified form, as printed."""
    if match.start(group) == -1:
        return ""
    return text[match.start(group) : match.end(group)]
