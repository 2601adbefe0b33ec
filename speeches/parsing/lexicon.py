"""The lexicon of standing formulations (formulations.txt) and where a text uses them.

A policy reader recognises 新发展理念 or 两个确立 without quotation marks; the parser
cannot tell them from running text by shape, so they are listed, each with the year
it entered use, its kind and its other wordings. Matching ignores quotation marks
inside a formulation ("“三个代表”重要思想") and finds every listed formulation a text
uses, also inside a longer one (两个确立 inside 深刻领悟“两个确立”的决定性意义).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from .reference import general_words
from .script import (
    PINYIN_ANNOTATION,
    TONE_MARKED_BRACKET,
    to_simplified,
    without_pinyin,
)

LEXICON_FILE = Path(__file__).with_name("formulations.txt")
# "[战略]": the kind of the entries below it
KIND_LINE = re.compile(r"^\[(?P<kind>[^\]]+)\]$")
# "科学发展观 | 2003", "一国两制 | 1982 | 一个国家，两种制度 | ", "两重 | 2024 | | 性"
FIELD_SEPARATOR = re.compile(r"\s*\|\s*")
VARIANT_SEPARATOR = "；"
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# Quotation marks a formulation may carry in a text: “三个代表”重要思想
QUOTE_MARKS = "“”\"‘’「」『』'"
QUOTE_MARK = re.compile(f"[{QUOTE_MARKS}]")
# "污染防治“攻坚战”": a quotation opening inside the words quotes a part of them, so
# the words are not used as one formulation there ("“三个代表”重要思想" is, and so is
# "“站起来”“富起来”“强起来”", each part quoted whole)
OPENING_QUOTE = re.compile("[“‘「『]")
OPENING_MARKS = "“‘「『"
CLOSING_MARKS = "”’」』"
NUMERALS = "一二三四五六七八九十两双百千万"
# "第四个全面", "3两新", "十三农": a figure or an ordinal, not the formula
NOT_BEFORE_NUMBER_FORMULA = "第0123456789０１２３４５６７８９" + NUMERALS
# "12135", "2135.5", "2135万元", "2135人": a figure holding a code's digits
NOT_BEFORE_DIGIT_CODE = "0123456789０１２３４５６７８９.．"
NOT_AFTER_DIGIT_CODE = (
    NOT_BEFORE_DIGIT_CODE + "%％万亿元年月日号个人户家项名位次件台辆吨亩"
)
# "基地" (jieba counts it thousands of times) opens a word after 两基; "评改" (3)
# does not after 四评 ("“四评”改革")
WORD_OPENING_FREQUENCY = 100
# "节约优先、保护优先，…": the two marks that join a formula's members
ENUMERATION_COMMA = "、"
CLAUSE_COMMA = "，"
ASCII_COMMA = ","
MEMBER_MARKS = ENUMERATION_COMMA + CLAUSE_COMMA + ASCII_COMMA
# What a page may print between a formulation's parts: "解放思想，实事求是",
# "解放思想,实事求是", "解放思想、实事求是", "解放思想 实事求是", a small-form or
# half-width ideographic comma ("﹐", "﹑", "､"), a wide or a no-break space. A run of
# them is one separator: phrases and texts are matched with every run folded to "、"
# (separator_fold), so a formulation is found under any of them.
SEPARATORS = MEMBER_MARKS + "､﹐﹑︐︑ \t\u3000\u00a0\u2002\u2003"
SEPARATOR_RUN = re.compile(f"[{re.escape(SEPARATORS)}]+")
# Full-width digits and Latin letters (“８６３”计划, ＧＤＰ) as their ASCII forms, one
# character for one, so offsets in the folded text are those of the page.
WIDTH_FOLD = str.maketrans(
    {
        chr(code): chr(code - 0xFEE0)
        for low, high in (("０", "９"), ("Ａ", "Ｚ"), ("ａ", "ｚ"))
        for code in range(ord(low), ord(high) + 1)
    }
)
# The kinds whose formulations are number formulas or enumerations, for the archive's
# coarser kinds (Slogan.Kind); every other lexicon kind is a concept.
KIND_FORMULA = "数字提法"
# "[不是提法]": words quoted in texts that are never slogans (台独, 一刀切, 形象工程)
KIND_NOT_SLOGAN = "不是提法"


class LexiconError(ValueError):
    """A line of the lexicon file cannot be read; the message names it."""


@dataclass(frozen=True)
class Formulation:
    """One standing formulation: its text, kind, year and other wordings."""

    text: str
    kind: str  # 思想, 战略, 方针, 数字提法, 运动 ...
    since: int | None
    variants: tuple[str, ...] = ()
    not_after: str = ""  # characters that may not follow it: 两重 / 两重性

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.text, *self.variants)


@dataclass(frozen=True)
class LexiconMatch:
    """A formulation used in a text: where, in which wording, and which entry."""

    offset: int  # in the text as given, quotation marks included
    end: int
    form: str  # the wording, without quotation marks
    entry: Formulation


def strip_quotes(text: str) -> str:
    """Return a text without quotation marks: how formulations are stored and matched."""
    return QUOTE_MARK.sub("", text).strip()


def parse_lexicon(text: str, *, source: str = "formulations.txt") -> list[Formulation]:
    """Read the lexicon format; raise LexiconError naming the line that is wrong."""
    entries: list[Formulation] = []
    kind = ""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if match := KIND_LINE.match(line):
            kind = match["kind"]
            continue
        fields = FIELD_SEPARATOR.split(line)
        if not kind:
            raise LexiconError(f"{source}:{number}: 条目前缺少 [类型] 行")
        if len(fields) > 4:
            raise LexiconError(f"{source}:{number}: 字段过多（最多 4 个）：{line}")
        fields += [""] * (4 - len(fields))
        name, year, variants, not_after = fields
        name = strip_quotes(name)
        if not name:
            raise LexiconError(f"{source}:{number}: 提法为空")
        if year and not YEAR.match(year):
            raise LexiconError(f"{source}:{number}: 年份应为四位数字：{year}")
        forms = [strip_quotes(v) for v in variants.split(VARIANT_SEPARATOR)]
        entries.append(
            Formulation(
                text=name,
                kind=kind,
                since=int(year) if year else None,
                variants=tuple(
                    dict.fromkeys(form for form in forms if form and form != name)
                ),
                not_after=not_after,
            )
        )
    return entries


@dataclass(frozen=True)
class Occurrence:
    """Where a phrase is used: offsets in the text as given, and the phrase."""

    offset: int
    end: int
    words: str  # without quotation marks


def separator_fold(text: str) -> str:
    """Return a text with each run of separators between parts as one "、":
    "营商环境没有最好,只有更好" and "营商环境没有最好，只有更好" fold alike."""
    return SEPARATOR_RUN.sub(ENUMERATION_COMMA, text)


@lru_cache(maxsize=1 << 16)
def phrase_key(phrase: str) -> tuple[str, str]:
    """Return a phrase without quotation marks, and the form it is matched under:
    simplified, its separators folded (separator_fold), full-width digits and letters
    as ASCII (WIDTH_FOLD)."""
    plain = strip_quotes(phrase)
    return plain, separator_fold(to_simplified(plain)).translate(WIDTH_FOLD)


def _automaton(keys) -> ahocorasick.Automaton | None:
    """Return an automaton that reports each key it finds, None for no keys."""
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, key)
    if len(automaton) == 0:
        return None
    automaton.make_automaton()
    return automaton


class PhraseKeys:
    """An automaton over many phrases' keys, built once and shared by many finders.

    Building one takes about 7 µs a phrase: a finder for every speech over the
    thousands of slogans an archive has learned would rebuild it for each speech.
    """

    def __init__(self, keys):
        self.keys = frozenset(keys)
        self.automaton = _automaton(self.keys)


class PhraseFinder:
    """Find every use of a set of phrases in texts, ignoring quotation marks and
    a converter's pinyin, in either script (phrases are given simplified).

    Aho-Corasick finds them all in one pass, overlapping and nested ones too (双报到
    inside 双报到双服务): linear in the text's length whatever the number of phrases.
    ``shared``: keys already in an automaton built before (PhraseKeys); only the
    phrases missing from it get an automaton of their own. The finds are the same.
    """

    def __init__(self, phrases, *, fits=None, shared: PhraseKeys | None = None):
        # Phrases matched under one key are found as the last of them given.
        self.words: dict[str, str] = {}
        for phrase in phrases:
            plain, key = phrase_key(phrase)
            if plain:
                self.words[key] = plain
        automata = []
        own = self.words.keys()
        if shared is not None and shared.automaton is not None:
            if not shared.keys.isdisjoint(own):
                automata.append(shared.automaton)
            own = [key for key in own if key not in shared.keys]
        automata.append(_automaton(own))
        self.automata = [automaton for automaton in automata if automaton is not None]
        self.empty = not self.words
        self.fits = fits

    def known(self, phrase: str) -> bool:
        """Tell whether a phrase is one of these (in either script, unquoted)."""
        return phrase_key(phrase)[1] in self.words

    def find(self, text: str) -> list[Occurrence]:
        """Return every use in a text, by offset (longer first at one offset)."""
        if self.empty:
            return []
        plain, position = _matching_text(text)
        found = []
        for automaton in self.automata:
            for last, key in automaton.iter(plain):
                words = self.words.get(key)
                if words is None:
                    continue  # a shared key that is not one of these phrases
                # The key, not the words: a run of separators is one character
                # in it ("两手抓 、 两手都要硬" is matched as 两手抓、两手都要硬).
                at = last - len(key) + 1
                start, end = position(at), position(last) + 1
                if (
                    end - start > len(words)
                    and _quotes_a_part(text, start, end, self.known)
                    and not _quoted_parts(text, start, end)
                    and not _quoted_terms(text, start, end)
                ):
                    continue
                if self.fits is None or self.fits(plain, at, words):
                    found.append(Occurrence(start, end, words))
        found.sort(key=lambda o: (o.offset, -len(o.words)))
        return found


def nested_flags(occurrences: list[Occurrence]) -> list[bool]:
    """Tell, for occurrences sorted by offset (longer first), which lie inside another.

    双报到 in 双报到双服务 is nested there: it counts for the slogan's page, but the speech
    uses the longer formula, not the shorter one on its own.
    """
    flags, reach = [], -1
    for occurrence in occurrences:
        flags.append(occurrence.end <= reach)
        reach = max(reach, occurrence.end)
    return flags


class Lexicon:
    """The formulations, by every wording, and where a text uses them."""

    def __init__(self, entries: list[Formulation]):
        self.entries = tuple(e for e in entries if e.kind != KIND_NOT_SLOGAN)
        self.not_slogans = frozenset(
            form for e in entries if e.kind == KIND_NOT_SLOGAN for form in e.forms
        )
        self.by_form: dict[str, Formulation] = {}
        for entry in self.entries:
            for form in entry.forms:
                self.by_form.setdefault(form, entry)
        # a wording under any separator between its parts (separator_fold)
        self.by_folded: dict[str, Formulation] = {}
        for form, entry in self.by_form.items():
            self.by_folded.setdefault(separator_fold(form), entry)
        self.finder = PhraseFinder(self.by_form, fits=self._fits)
        self.digest = hashlib.sha256(
            "\n".join(
                f"{e.text}|{e.kind}|{e.since}|{';'.join(e.variants)}|{e.not_after}"
                for e in entries
            ).encode("utf-8")
        ).hexdigest()[:16]

    def entry(self, form: str) -> Formulation | None:
        """Return the entry a wording belongs to, or None."""
        plain = strip_quotes(form)
        entry = self.by_form.get(plain)
        if entry is None:
            entry = self.by_folded.get(separator_fold(plain))
        return entry

    def __contains__(self, form: str) -> bool:
        """Tell whether a wording is a listed formulation's (under any separator)."""
        return self.entry(form) is not None

    def matches(self, text: str) -> list[LexiconMatch]:
        """Return every use of a listed formulation in a text, in order of offset."""
        return [
            LexiconMatch(o.offset, o.end, o.words, self.by_form[o.words])
            for o in self.finder.find(text)
        ]

    def _fits(self, plain: str, at: int, words: str) -> bool:
        """Tell a formulation from the same characters inside another word."""
        return formula_fits(plain, at, words, self.by_form[words].not_after)


def formula_fits(plain: str, at: int, words: str, not_after: str = "") -> bool:
    """Tell a formulation from the same characters in another word: "第四个全面",
    "3两新", "两重性" are not 四个全面, 两新, 两重."""
    width = len(phrase_key(words)[1])  # its length in the matched text
    after = plain[at + width : at + width + 1]
    if after and after in not_after:
        return False
    if words[-1].isdigit() and after and after in NOT_AFTER_DIGIT_CODE:
        return False  # "2135万元": a figure, not the code 2135
    if words[0].isdigit() and at and plain[at - 1] in NOT_BEFORE_DIGIT_CODE:
        return False  # "12135": a longer figure
    return not (
        words[0] in NUMERALS and at and plain[at - 1] in NOT_BEFORE_NUMBER_FORMULA
    )


def opens_a_word(plain: str, at: int, words: str) -> bool:
    """Tell whether a two-character number formula's second character opens a word
    of general Chinese with the next one: "两基地" is 两 + 基地, not the formula 两基.
    For formulas no editor curated (the lexicon lists such characters itself)."""
    width = len(phrase_key(words)[1])  # its length in the matched text
    after = plain[at + width : at + width + 1]
    if len(words) != 2 or words[0] not in NUMERALS or not after:
        return False
    frequency, _ = general_words().get(words[1] + after, (0, ""))
    return frequency >= WORD_OPENING_FREQUENCY


def _quotes_a_part(text: str, start: int, end: int, known=None) -> bool:
    """Tell whether a quotation opens inside text[start:end] within a member:
    "污染防治“攻坚战”" quotes a part; "…邓小平理论、“三个代表”重要思想" quotes a
    member's name after the mark that joins the members, and "纠正“四风”" quotes,
    at the end of the words, a formulation of its own (``known``): the verb's
    object named as the genre names it."""
    for match in OPENING_QUOTE.finditer(text, start + 1, end):
        if text[match.start() - 1] in MEMBER_MARKS:
            continue
        if (
            known is not None
            and end < len(text)
            and text[end] in CLOSING_MARKS
            and known(text[match.end() : end])
        ):
            continue
        return True
    return False


def _quoted_parts(text: str, start: int, end: int) -> bool:
    """Tell whether text[start:end] is quotations end to end ("站起来”“富起来"), each
    opening right after the last closed ("引进来”和“走出去" is not)."""
    if not (
        start > 0
        and end < len(text)
        and text[start - 1] in OPENING_MARKS
        and text[end] in CLOSING_MARKS
    ):
        return False
    return all(
        text[match.start() - 1] in CLOSING_MARKS
        for match in OPENING_QUOTE.finditer(text, start + 1, end)
    )


# "“一国”是实行“两制”的前提和基础，“两制”从属和派生于“一国”": a formula sentence
# quoting its own terms, each quotation closed within it (or right at its end)
QUOTED_TERMS_MIN = 2
CLOSING_QUOTE = re.compile(f"[{CLOSING_MARKS}]")


def _quoted_terms(text: str, start: int, end: int) -> bool:
    """Tell whether the quotations opening inside text[start:end] are two or more
    terms the words quote, each closed within them ("污染防治“攻坚战”" quotes one
    part: it is not)."""
    openings = list(OPENING_QUOTE.finditer(text, start + 1, end))
    if len(openings) < QUOTED_TERMS_MIN:
        return False
    for match in openings:
        if CLOSING_QUOTE.search(text, match.end(), end + 1) is None:
            return False
    return True


@lru_cache(maxsize=4)  # a speech's body is matched twice: lexicon, then slogans
def _matching_text(text: str):
    """Return the text as phrases are matched in it, without quotation marks or a
    converter's pinyin ("穩(wěn)") and in simplified characters, and a map back to
    offsets in the text."""
    removed = [match.start() for match in QUOTE_MARK.finditer(text)]
    pinyin = [
        index
        for match in (
            PINYIN_ANNOTATION.finditer(text) if TONE_MARKED_BRACKET.search(text) else ()
        )
        for index in range(match.start(), match.end())
    ]
    if not removed and not pinyin:
        plain, position = text, _same_offset
    else:
        if pinyin:
            removed = sorted([*removed, *pinyin])
            gone = set(removed)
            plain = "".join(ch for index, ch in enumerate(text) if index not in gone)
        else:
            plain = QUOTE_MARK.sub("", text)
        position = _offsets_before_removal(removed)
    # Separators folded as phrases are (separator_fold): a run of them is one "、"
    folded = separator_fold(plain)
    if len(folded) != len(plain):
        inner = _offsets_before_removal(
            [
                index
                for match in SEPARATOR_RUN.finditer(plain)
                for index in range(match.start() + 1, match.end())
            ]
        )
        outer = position

        def position(offset: int) -> int:
            return outer(inner(offset))

    return to_simplified(folded).translate(WIDTH_FOLD), position


def _same_offset(offset: int) -> int:
    return offset


def _offsets_before_removal(removed: list[int]):
    """Return a map from offsets in a text with these (sorted) indexes removed back
    to offsets in the text before."""
    # The k-th kept character sits after the removed ones before it: find how many
    # by bisect.
    kept_before = [mark - index for index, mark in enumerate(removed)]

    def position(offset: int) -> int:
        return offset + bisect.bisect_right(kept_before, offset)

    return position


def own_words(text: str, occurrence: Occurrence) -> str:
    """Return a phrase as the text words it where it is used: its own script, without
    quotation marks or pinyin (新時代 where the lexicon says 新时代)."""
    return strip_quotes(without_pinyin(text[occurrence.offset : occurrence.end]))


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """Return the lexicon shipped with the project, read once per process."""
    text = LEXICON_FILE.read_text(encoding="utf-8")
    return Lexicon(parse_lexicon(text, source=str(LEXICON_FILE)))
