"""General Chinese as jieba's own dictionary knows it: each word's frequency and tag.

The archive's texts are compared with it: a word sequence far more frequent in the
speeches than in general Chinese is a candidate formulation (discovery), and a quoted
word that general Chinese already has as a name or an idiom is not a coinage.
Read from jieba's bundled dict.txt, never from the jieba instance the search app
teaches the archive's slogans.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import jieba

DICTIONARY = Path(jieba.__file__).with_name("dict.txt")
# jieba's tags for names and set phrases: person, place, organisation, other proper
# noun, idiom (成语), fixed expression (习用语)
NAME_TAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "nrfg"})
IDIOM_TAG = "i"


@lru_cache(maxsize=1)
def general_words() -> dict[str, tuple[int, str]]:
    """Return word -> (frequency, part-of-speech tag) from jieba's dictionary."""
    words: dict[str, tuple[int, str]] = {}
    with DICTIONARY.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                words[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return words


@lru_cache(maxsize=1)
def general_total() -> int:
    """Return the sum of all frequencies: general Chinese's size in words."""
    return sum(freq for freq, _ in general_words().values())


def word_tag(text: str) -> str:
    """Return jieba's tag for a text that is one word of its dictionary, else ""."""
    found = general_words().get(text)
    return found[1] if found else ""


def word_frequency(text: str) -> int:
    """Return jieba's frequency for a word of its dictionary (0 when not one)."""
    found = general_words().get(text)
    return found[0] if found else 0


@lru_cache(maxsize=1)
def _longest_word() -> int:
    return max(map(len, general_words()))


@lru_cache(maxsize=65_536)
def general_segments(text: str) -> tuple[tuple[str, str], ...]:
    """Return a short text cut into the words of jieba's dictionary, with their tags.

    The cut general Chinese makes most probable (jieba's own method without its
    unknown-word model): "彻底醒悟" -> 彻底/ad 醒悟/v. A character no word holds
    stands alone with the tag "x".
    """
    words = general_words()
    total = math.log(general_total())
    longest = min(_longest_word(), len(text))
    # best[i]: the most probable cut of text[i:], as (log probability, next cut)
    best: list[tuple[float, int]] = [(0.0, len(text))] * (len(text) + 1)
    for start in range(len(text) - 1, -1, -1):
        choices = []
        for end in range(start + 1, min(len(text), start + longest) + 1):
            found = words.get(text[start:end])
            if found or end == start + 1:
                weight = math.log(found[0] or 1) if found else 0.0
                choices.append((weight - total + best[end][0], end))
        best[start] = max(choices)
    cut, start = [], 0
    while start < len(text):
        end = best[start][1]
        word = text[start:end]
        cut.append((word, word_tag(word) or "x"))
        start = end
    return tuple(cut)
