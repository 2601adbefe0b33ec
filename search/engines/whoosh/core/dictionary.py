"""jieba's dictionary learns the archive: accepted slogans become jieba words.

A user word is written straight into jieba's frequency table with a fixed
frequency, leaving jieba's total untouched (``jieba.add_word`` would add to the
total, which shifts how every other sentence is cut, and ``del_word`` marks a word
as force-split for good). So a word changes how a text is cut only where the text
contains it, the table after any sequence of changes depends only on the set of
words, and after a change only the speeches that contain a changed word need
indexing again (see indexing.py).
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Iterable
from pathlib import Path

import jieba

from search.folding import fold

from .analyzers import block_index_words

log = logging.getLogger(__name__)

# High enough that a slogan beats its parts ("双报到" over "双" + "报到"), fixed so
# that the result does not depend on the order in which words were added.
USER_WORD_FREQUENCY = 20_000
# jieba only looks words up inside runs of these characters (its re_han_default),
# so a slogan with other characters ("双报到、双服务") could never be one word.
# Folded slogans are lower case: "5g网络" qualifies, "双报到、双服务" does not.
JIEBA_WORD = re.compile(r"[\u4e00-\u9fd5a-z0-9+#&._%\-]{2,40}")

_lock = threading.Lock()
# word -> the frequency jieba's own dictionary gave it (None: not a jieba word).
_original_frequency: dict[str, int | None] = {}


def point_jieba_cache(folder: Path | str) -> None:
    """Make jieba keep its 9 MB cache in ``folder``, not the shared /tmp."""
    if not jieba.dt.initialized:
        Path(folder).mkdir(parents=True, exist_ok=True)
        jieba.dt.tmp_dir = str(folder)
    jieba.setLogLevel(logging.WARNING)


def start_jieba() -> None:
    """Load jieba's dictionary once (about half a second)."""
    if not jieba.dt.initialized:
        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()


def jieba_word(slogan_text: str) -> str | None:
    """Return the folded slogan if jieba can treat it as one word, else None."""
    word = fold(slogan_text)
    return word if JIEBA_WORD.fullmatch(word) else None


def dictionary_hash(words: Iterable[str]) -> str:
    """Return the digest that names a set of user words (and how they are applied)."""
    digest = hashlib.sha256(
        f"jieba {jieba.__version__} freq {USER_WORD_FREQUENCY}\n".encode()
    )
    for word in sorted(set(words)):
        digest.update(word.encode("utf-8") + b"\n")
    return digest.hexdigest()[:20]


def applied_words() -> frozenset[str]:
    """Return the user words this process's jieba holds now."""
    return frozenset(_original_frequency)


def apply_words(words: Iterable[str]) -> tuple[set[str], set[str]]:
    """Make jieba's user words exactly ``words``; return (added, removed)."""
    start_jieba()
    wanted = set(words)
    with _lock:
        current = set(_original_frequency)
        added, removed = wanted - current, current - wanted
        table = jieba.dt.FREQ
        for word in removed:
            original = _original_frequency.pop(word)
            # Zero, not deletion: longer words may still need this prefix.
            table[word] = original or 0
        for word in sorted(added):
            original = table.get(word) or None
            _original_frequency[word] = original
            table[word] = max(original or 0, USER_WORD_FREQUENCY)
            for end in range(1, len(word)):
                table.setdefault(word[:end], 0)
    if added or removed:
        block_index_words.cache_clear()
        log.debug("jieba user words: %d added, %d removed", len(added), len(removed))
    return added, removed
