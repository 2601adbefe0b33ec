"""How text becomes index terms: folding, jieba words and character bigrams.

Every indexed text goes through ``folding.fold`` first, so that the index, the
queries and the highlighter agree on what "the same text" means.

Two analyses of the folded text:

- ``BigramTokenizer``: overlapping character pairs at consecutive positions. A term
  of n >= 2 characters is an exact substring of a document if and only if its n - 1
  bigrams occur as a phrase; this is what makes recall exact.
- ``JiebaTokenizer``: jieba's search-mode words of two or more characters,
  numbered one by one (jieba's own ChineseAnalyzer numbers them by character
  offset, which breaks phrase queries). Used only for ranking: a document where
  the query is a whole word ranks higher.

The Whoosh formats below bypass the per-token Python objects of Whoosh's generic
formats, and store only what queries read: positions for the bigram fields
(phrases), counts for the character and jieba fields (one-character queries and
ranking).
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

import jieba
import numpy as np
from whoosh.analysis import Token, Tokenizer
from whoosh.formats import Format, Positions

# A jieba word worth indexing has a letter, digit or CJK character: "，" is not one.
WORDLIKE = re.compile(r"\w")
# jieba cuts each run of CJK characters, letters and digits on its own (its
# re_han_default): "报到，服务对象" is cut as "报到" and "服务对象" separately.
JIEBA_BLOCK = jieba.re_han_default
# A single character jieba joins with its neighbours of the same kind (its re_eng).
JIEBA_LETTER = jieba.re_eng
# Runs of text whose search-mode words are remembered while indexing: news texts
# repeat whole clauses ("国务院总理", "新闻联播"), a fifth of the characters here.
JIEBA_BLOCK_CACHE = 100_000


def bigrams(folded: str) -> list[str]:
    """Return the overlapping character pairs of a folded text, in order."""
    return [folded[i : i + 2] for i in range(len(folded) - 1)]


class BigramTokenizer(Tokenizer):
    """Yield overlapping character bigrams of already folded text, positions 0, 1, 2…"""

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = token.text = value
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        for index in range(len(value) - 1):
            token.text = value[index : index + 2]
            token.boost = 1.0
            if keeporiginal:
                token.original = token.text
            if positions:
                token.pos = start_pos + index
            if chars:
                token.startchar = start_char + index
                token.endchar = start_char + index + 2
            yield token


class JiebaTokenizer(Tokenizer):
    """Yield jieba's search-mode words of folded text, numbering positions one by one."""

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        words = jieba_words(value) if tokenize else [(value, 0, len(value))]
        for position, (word, start, end) in enumerate(words, start_pos):
            token.text = word
            token.boost = 1.0
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = position
            if chars:
                token.startchar, token.endchar = start_char + start, start_char + end
            yield token


def jieba_words(folded: str, mode: str = "search") -> list[tuple[str, int, int]]:
    """Return jieba's words of two or more characters in a folded text.

    Single characters (的, 了, 报) rank nothing and are a third of all tokens;
    one-character queries go to the character field instead. jieba's HMM guesses
    unknown words character by character in Python: without it segmentation is
    a fifth faster, and the archive's own words come from its slogans.
    """
    return [
        (word, start, end)
        for word, start, end in jieba.tokenize(folded, mode=mode, HMM=False)
        if len(word) >= 2 and WORDLIKE.search(word)
    ]


@lru_cache(maxsize=JIEBA_BLOCK_CACHE)
def block_index_words(block: str) -> tuple[str, ...]:
    """Return the indexed jieba words of one run of CJK characters, letters, digits.

    The words of ``jieba_words(block)``, in its order, cut here rather than by
    jieba: jieba builds a graph of every word at every character and then
    walks it, in generators and per-character tuples; this is the same
    dictionary walk (the same scores, to the bit, and the same ties) in one
    loop, about twice as fast. ``test_analyzers`` compares the two on random
    text and with user words applied.
    """
    frequencies = jieba.dt.FREQ
    frequency_of = frequencies.get
    log_total = math.log(jieba.dt.total)
    length = len(block)
    # route[start]: the best score of block[start:] and the end of its first word.
    scores = [0.0] * (length + 1)
    word_ends = [0] * length
    for start in range(length - 1, -1, -1):
        best, best_end = 0.0, -1
        end = start
        fragment = block[start]
        frequency = frequency_of(fragment)
        while frequency is not None:  # jieba keeps every prefix of its words
            if frequency:
                score = math.log(frequency) - log_total + scores[end + 1]
                # jieba takes max((score, end)): the later end wins a tie.
                if best_end < 0 or score >= best:
                    best, best_end = score, end
            end += 1
            if end == length:
                break
            fragment = block[start : end + 1]
            frequency = frequency_of(fragment)
        if best_end < 0:  # no word starts here: the character alone, frequency 1
            best, best_end = -log_total + scores[start + 1], start
        scores[start] = best
        word_ends[start] = best_end
    words: list[str] = []
    letters = ""  # jieba joins single letters and digits into one word
    start = 0
    while start < length:
        end = word_ends[start] + 1
        if end - start == 1 and JIEBA_LETTER.match(block[start]):
            letters += block[start]
        else:
            if letters:
                search_mode_words(letters, frequency_of, words)
                letters = ""
            search_mode_words(block[start:end], frequency_of, words)
        start = end
    if letters:
        search_mode_words(letters, frequency_of, words)
    return tuple(words)


def search_mode_words(word: str, frequency_of, words: list[str]) -> None:
    """Append a cut word's indexed search-mode words: its known 2- and 3-grams, itself.

    jieba's tokenize(mode="search"), less what jieba_words leaves out (single
    characters, words without a letter, digit or CJK character).
    """
    width = len(word)
    if width < 2:
        return
    if width > 2:
        for index in range(width - 1):
            gram = word[index : index + 2]
            if frequency_of(gram) and WORDLIKE.search(gram):
                words.append(gram)
    if width > 3:
        for index in range(width - 2):
            gram = word[index : index + 3]
            if frequency_of(gram) and WORDLIKE.search(gram):
                words.append(gram)
    if WORDLIKE.search(word):
        words.append(word)


def index_words(folded: str) -> list[str]:
    """Return jieba's search-mode words of a folded text, as jieba_words does.

    Cut run by run, as jieba does, remembering runs seen before. The dictionary
    module forgets them when jieba's words change.
    """
    jieba.dt.check_initialized()
    words: list[str] = []
    for block in JIEBA_BLOCK.findall(folded):
        if len(block) > 1:
            words += block_index_words(block)
    return words


# The value of a posting at one position below 65,536, the most common kind:
# made once and shared, instead of an array per posting.
SINGLE_POSITIONS = [
    b"H" + array("H", [position]).tobytes() for position in range(1 << 16)
]


class PackedPositions(Positions):
    """Positions stored as a machine array, not a pickle.

    Whoosh's own Positions pickles a list of deltas behind a 4-byte frequency, and
    its phrase matcher builds one Span object per position: the exact-substring
    matcher decodes these with one ``frombytes`` instead. The first byte names
    the array type: 2-byte positions for texts under 65,536 characters (nearly
    all), 4-byte ones beyond. The frequency is the weight, kept by the codec.
    """

    # word_values() yields str terms that the archive's writer may take as they are.
    text_terms = True

    def encode(self, poslist):
        if poslist and poslist[-1] >= 1 << 16:
            return b"I" + array("I", poslist).tobytes()
        if len(poslist) == 1:
            return SINGLE_POSITIONS[poslist[0]]
        return b"H" + array("H", poslist).tobytes()

    def decode_positions(self, valuestring):
        return unpack_positions(valuestring).tolist()

    def decode_frequency(self, valuestring):
        return len(unpack_positions(valuestring))

    def decode_weight(self, valuestring):
        return self.decode_frequency(valuestring) * self.field_boost

    def combine(self, vs):
        merged = set()
        for value in vs:
            merged.update(unpack_positions(value))
        return self.encode(sorted(merged))


def unpack_positions(valuestring: bytes) -> array:
    """Return the positions a PackedPositions posting holds."""
    positions = array(chr(valuestring[0]))
    positions.frombytes(valuestring[1:])
    return positions


class BigramPositions(PackedPositions):
    """Positions of each bigram of a folded text, computed without Token objects."""

    def word_values(self, value, analyzer, **kwargs):
        return bigram_postings(value)

    def postings(self, positions: dict[str, list[int]]):
        """Yield (word, frequency, weight, value); the weight is the frequency."""
        encode = self.encode
        for word, poslist in positions.items():
            yield word, len(poslist), len(poslist), encode(poslist)


def bigram_postings(value: str) -> list[tuple[str, int, int, bytes]]:
    """Return (bigram, frequency, weight, packed positions) of a folded text.

    The same postings as grouping ``value[i:i + 2]`` by bigram in Python, in
    bigram order (code point order) rather than of first occurrence: numpy
    sorts the text's code point pairs once, stable, so each bigram's positions
    come out ascending and contiguous, and Python only visits each distinct
    bigram. Texts of 65,536 characters or more keep 4-byte positions for the
    bigrams that reach past 65,535 (PackedPositions.encode).
    """
    count = len(value) - 1
    if count < 1:
        return []
    points = np.frombuffer(value.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    keys = (points[:-1] << np.uint64(21)) | points[1:]
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    ends = np.append(starts[1:], count)
    firsts = order[starts].tolist()
    frequencies = (ends - starts).tolist()
    short = order.astype(np.uint16).tobytes()
    if count <= 1 << 16:  # every position below 65,536
        return [
            (
                value[first : first + 2],
                frequency,
                frequency,
                SINGLE_POSITIONS[first]
                if frequency == 1
                else b"H" + short[2 * start : 2 * (start + frequency)],
            )
            for first, frequency, start in zip(
                firsts, frequencies, starts.tolist(), strict=True
            )
        ]
    long = order.astype(np.uint32).tobytes()
    lasts = order[ends - 1].tolist()
    postings = []
    for first, frequency, start, last in zip(
        firsts, frequencies, starts.tolist(), lasts, strict=True
    ):
        if last >= 1 << 16:
            packed = b"I" + long[4 * start : 4 * (start + frequency)]
        elif frequency == 1:
            packed = SINGLE_POSITIONS[first]
        else:
            packed = b"H" + short[2 * start : 2 * (start + frequency)]
        postings.append((value[first : first + 2], frequency, frequency, packed))
    return postings


class WordCounts(Format):
    """How often each word occurs in a document, and nothing else.

    For fields that rank or find documents but are never searched as phrases:
    the count is the posting's weight, so no value is stored at all.
    """

    posting_size = 0
    text_terms = True

    def word_values(self, value, analyzer, **kwargs):
        for word, count in self.counts(value).items():
            yield word, count, count, b""

    def counts(self, value: str) -> dict[str, int]:
        """Return {word: occurrences} of a folded text."""
        raise NotImplementedError

    def combine(self, vs):
        return b""


class CharacterCounts(WordCounts):
    """How often each character occurs in a folded text: answers one-character queries."""

    def counts(self, value: str) -> dict[str, int]:
        return Counter(value)


class JiebaWordCounts(WordCounts):
    """How often each jieba word occurs in a folded text: ranks, never matches."""

    def counts(self, value: str) -> dict[str, int]:
        return Counter(index_words(value))


def bigram_analyzer() -> BigramTokenizer:
    """Return the analyzer of the bigram fields (input must be folded already)."""
    return BigramTokenizer()


def jieba_analyzer() -> JiebaTokenizer:
    """Return the analyzer of the jieba field (input must be folded already)."""
    return JiebaTokenizer()
