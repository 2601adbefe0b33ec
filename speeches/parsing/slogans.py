"""Find slogans (提法): the lexicon's formulations, number formulas, quoted coinages.

Precision matters more than recall: an editor rejects every wrong candidate by hand.
So a quotation is a slogan only when it is short and holds no sentence punctuation,
and when no rule of scare_quotes.py calls it ordinary Chinese, a clause or a name;
document titles in 《》 are never slogans; adjacent quotes (“大网格”“微治理”) are
separate slogans, and three or more parallel ones are also proposed whole. Unquoted
text yields number formulas of a recognisable shape ("两学一做", "三纵三横",
"四个一线工作法") and formulas spelled out with their parts counted. Each slogan is
confident (published at once) or doubtful (an editor decides): see docs/slogans.md.

This module composes the finders and keeps each slogan once, in the speech's own
words; their rules live in the rooms it imports (docs/parser.md, *Modules*:
quoted_slogans, quotation_text, unquoted_formulas, slogan_confidence,
standalone_uses, enumeration_members, formula_shapes, slogan_marks).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .enumerations import unquoted_enumerations
from .lexicon import (
    KIND_FORMULA,
    Formulation,
    Lexicon,
    PhraseFinder,
    default_lexicon,
    own_words,
)
from .quotation_text import QUOTED_QUESTION
from .quoted_slogans import quoted_candidates
from .script import to_simplified, without_pinyin
from .slogan_confidence import early_era, with_confidence
from .slogan_marks import ENUMERATION_MARK, NUMERAL
from .standalone_uses import standalone_flags
from .types import ParsedSlogan
from .unquoted_formulas import unquoted_formulas

# "以?沉浸式?动员", "对?作风建设永远在路上?的": quotation marks a conversion lost,
# a word between two question marks inside a sentence (a question ends one: "吗?"),
# three times or more in a text (a name's lost dot, "安娜?路易斯?斯特朗", less)
LOST_QUOTATION = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![吗呢么吧啊])\?(?P<text>[\u4e00-\u9fff]{2,12})\?"
    r"(?=[\u4e00-\u9fff，,。；;、:：])"
)
LOST_QUOTATIONS_MIN = 3


def find_slogans(
    body: str, *, title: str = "", lexicon: Lexicon | None = None
) -> tuple[ParsedSlogan, ...]:
    """Return the distinct slogans a speech (its title, then its body) uses, in
    order of first use.

    Listed formulations (the lexicon) are found quoted or not; quoted coinages,
    number formulas and enumerations come from their shape. A slogan is listed only
    where the speech uses it as such: 双报到 inside 双报到双服务 is not, 一国两制 in
    “一国两制”、“港人治港” is. A title names what the speech is about: a slogan only
    there (党史学习教育专题讲课) is the speech's too.
    """
    lexicon = lexicon or default_lexicon()
    if title.strip():
        body = f"{title.strip()}\n{body}"
    # The shape rules read simplified text without a converter's pinyin; what is
    # listed is then found in the body and listed in the body's own words.
    matching = matching_body(body)
    shaped = [
        *quoted_candidates(matching),
        *unquoted_formulas(matching),
        *unquoted_enumerations(matching),
    ]
    by_text: dict[str, ParsedSlogan] = {}
    for match in lexicon.matches(body):
        if match.form not in by_text:
            by_text[match.form] = lexicon_slogan(match.entry)
    first_shaped: dict[str, ParsedSlogan] = {}
    for _, slogan in shaped:
        first_shaped.setdefault(slogan.text, slogan)
    used_formulations = tuple(by_text)
    for slogan in first_shaped.values():
        entry = lexicon.entry(slogan.text)
        if slogan.text in lexicon.not_slogans:
            continue
        if entry is None and count_cut_from(slogan, used_formulations):
            continue  # "享“两制”之利" beside 一国两制: a part, not a formula
        if entry is not None:
            by_text.setdefault(slogan.text, lexicon_slogan(entry))
        elif slogan.text not in by_text:
            by_text[slogan.text] = with_confidence(slogan)
    if early_era(s.since for s in by_text.values() if s.source == "lexicon"):
        by_text = {
            text: replace(slogan, listed=False)
            if slogan.source == "quoted" and not slogan.confident
            else slogan
            for text, slogan in by_text.items()
        }
    # Each slogan once, in the words the speech first uses it in on its own, or in
    # a later wording that continues those words (创新驱动发展, then
    # 创新驱动发展战略: the full formula).
    first_use: dict[str, tuple[int, str]] = {}
    occurrences = PhraseFinder(by_text).find(body)
    is_formulation = lexicon.__contains__
    for occurrence, standalone in zip(
        occurrences, standalone_flags(body, occurrences, is_formulation), strict=True
    ):
        slogan = by_text[occurrence.words]
        if standalone and slogan.listed:
            own = own_words(body, occurrence)
            first = first_use.setdefault(
                slogan.text, (occurrence.offset, occurrence.words, own)
            )
            if extends(own, first[2]):
                first_use[slogan.text] = (first[0], occurrence.words, own)
    listed = tuple(
        replace(by_text[words], text=own, canonical=by_text[words].text)
        for _, _, words, own in sorted(
            (offset, -len(words), words, own)
            for offset, words, own in first_use.values()
        )
    )
    inside_only = {
        slogan.text: replace(slogan, listed=False)
        for slogan in by_text.values()
        if slogan.text not in first_use
    }
    return listed + tuple(inside_only.values())


def extends(longer: str, shorter: str) -> bool:
    """Tell a wording that continues a shorter one of the same slogan: 创新驱动发展战略
    after 创新驱动发展 (the full formula, listed in its stead)."""
    return len(longer) > len(shorter) and longer.startswith(shorter)


def count_cut_from(slogan: ParsedSlogan, formulations: tuple[str, ...]) -> bool:
    """Tell a quoted count that is one count of a formula of counts the speech uses
    ("两制", "一国" of 一国两制; "两学" of 两学一做) from a formula of its own: the genre
    quotes the halves of a formula to play on them ("以“一国”为本，善用“两制”之利").
    A count named with its head is a formula (“八五” of 八五计划, “三公” of 三公经费)."""
    if slogan.source != "quoted" or slogan.kind != "formula":
        return False
    piece = slogan.text
    for whole in formulations:
        if piece == whole or piece not in whole:
            continue
        rest = whole.replace(piece, "", 1)
        if rest[:1] in NUMERAL and len(rest) >= 2:
            return True
    return False


def matching_body(body: str) -> str:
    """Return a body as the shape rules read it: simplified, without a converter's
    pinyin ("六穩(wěn)" -> "六稳"), lost quotation marks restored ("?三公?")."""
    return question_mark_quotes(to_simplified(without_pinyin(body)))


def question_mark_quotes(text: str) -> str:
    """Return a text whose quotation marks a conversion turned into "?" with them
    put back: "以?沉浸式?动员" -> "以“沉浸式”动员". Only where no question reads
    so: a word of a few characters between two marks, inside a sentence, in a text
    that does it more than once."""
    if "?" not in text:
        return text
    pairs = [
        match
        for match in LOST_QUOTATION.finditer(text)
        if not QUOTED_QUESTION.search(match["text"])
    ]
    if len(pairs) < LOST_QUOTATIONS_MIN:
        return text
    restored = list(text)
    for match in pairs:
        restored[match.start()], restored[match.end() - 1] = "“", "”"
    return "".join(restored)


@lru_cache(maxsize=4096)
def lexicon_slogan(entry: Formulation) -> ParsedSlogan:
    """Return the slogan a lexicon formulation is stored as."""
    if entry.kind == KIND_FORMULA:
        kind = "formula"
    elif ENUMERATION_MARK.search(entry.text):
        kind = "enumeration"
    else:
        kind = "concept"
    return ParsedSlogan(
        text=entry.text,
        kind=kind,
        confident=True,
        source="lexicon",
        category=entry.kind,
        since=entry.since,
        reason="词表",
    )
