"""Tell whether a slogan found by its shape is published at once or waits for an
editor, with the reason and a doubt from 0 to 1 (the review queue's order).

What belongs here: the shapes that make a quoted coinage or enumeration safe to
publish (members built alike, parts opened alike, a programme's name) and what adds
to a doubtful one's doubt (a name, a common word, a province's brand).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .enumeration_members import (
    PROVINCE_BRAND,
    PROVINCE_BRAND_MAX_CHARS,
    members_are_formulas,
    members_built_alike,
    members_share_opening,
)
from .enumerations import PUBLISHED_ENUMERATIONS
from .formula_shapes import PLACE_TAGS, TIME_COUNT
from .reference import NAME_TAGS, general_segments, word_frequency, word_tag
from .slogan_marks import CJK, COMMON_WORD_FREQUENCY
from .types import ParsedSlogan
from .unquoted_formulas import FORMULA_END_PARTICLE

# "头雁工程", "四千行动", "河长制": a coinage naming a programme or an institution
PROGRAMME_SUFFIX = re.compile(
    r"(?:工程|行动|机制|模式|计划|体系|经验|工作法|制度|[制链网])$"
)
# "大学习大调研大抓落实": three parts or more, one character opening each
REPEATED_OPENING_CHARS = (6, 12)
REPEATED_OPENING_PARTS = 3
REPEATED_OPENING_PART_CHARS = 3
# "学党史知党恩跟党走" (党 second in each part): a coinage of three or four parts of one
# length (two to four characters) run together, one character shared in one place
# of every part: a formula written without marks
SHARED_PLACE_PARTS = (3, 4)
SHARED_PLACE_PART_CHARS = (2, 4)
# "一号工程", "头号工程", "一号改革": a programme ranked first by a province or a
# city, its standing label
NUMBERED_PROGRAMME = re.compile(
    r"^[一二三四五六七八九十头]号(?:工程|行动|改革|项目|任务|战略|课题)$"
)
# "减负30条", "稳外贸十条": a package of measures named by its topic and its count of
# articles, the way a policy document is known; a count alone ("30条") or an article
# cited ("规定第三条") is none
ARTICLE_PACKAGE = re.compile(
    r"^[\u4e00-\u9fff]{1,7}[^\W\d_第这那每几一二三四五六七八九十百千两]"
    r" ?(?:\d{1,3}|[一二三四五六七八九十]{1,3}) ?条$"
)
# "安居工程", "种子工程", "星火计划", "清朗行动": a quoted programme's name, a word or
# two before its kind; published like a standing formulation. Not a place's works
# ("三峡工程": a name opens it), a span of time ("百日行动", "三年行动": TIME_COUNT)
QUOTED_PROGRAMME = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:工程|计划|行动)$")


def with_confidence(slogan: ParsedSlogan) -> ParsedSlogan:
    """Return a shaped candidate marked confident or doubtful, with the reason."""
    confident, reason, doubt = shape_confidence(slogan)
    return replace(slogan, confident=confident, reason=reason, doubt=doubt)


def shape_confidence(slogan: ParsedSlogan) -> tuple[bool, str, float]:
    """Tell whether a slogan found by its shape can be published without an editor;
    return (confident, why it was proposed, doubt from 0 to 1)."""
    text = slogan.text
    if slogan.source == "formula":
        return True, slogan.reason or "数字提法（未加引号）", 0.1
    if slogan.source == "enumeration":
        framed = slogan.reason in PUBLISHED_ENUMERATIONS
        return framed, slogan.reason, 0.2 if framed else 0.4
    if slogan.kind == "formula":
        return True, "引号中的数字提法", 0.15
    if slogan.kind == "enumeration":
        if slogan.listed and members_built_alike(text):
            return True, "引号中的并列提法（各项同形）", 0.2
        if slogan.listed and members_are_formulas(text):
            return True, "引号中的并列提法（各项皆数字提法）", 0.2
        if slogan.listed and members_share_opening(text):
            return True, "引号中的并列提法（同字领起）", 0.2
        return False, "引号中的并列提法", 0.35
    if repeated_opening(text):
        return True, "引号中的排比提法（同字领起）", 0.2
    if parts_share_a_place(text):
        return True, "引号中的排比提法（各段同位同字）", 0.2
    if NUMBERED_PROGRAMME.match(text):
        return True, "引号中的头号工程", 0.2
    if ARTICLE_PACKAGE.match(text):
        return True, "引号中的政策条款包（主题加条数）", 0.2
    if quoted_programme(text):
        return True, "引号中的工程、计划、行动名", 0.2
    doubt, reasons = 0.5, ["引号中的新说法"]
    if word_tag(text) in NAME_TAGS:
        doubt += 0.35
        reasons.append("通用词典中是专名")
    elif word_frequency(text) >= COMMON_WORD_FREQUENCY:
        doubt += 0.25
        reasons.append("通用词典中的常用词")
    if PROVINCE_BRAND.match(text) and len(text) <= PROVINCE_BRAND_MAX_CHARS:
        doubt += 0.25
        reasons.append("像地方品牌名")
    if PROGRAMME_SUFFIX.search(text):
        doubt -= 0.15
        reasons.append("以工程、行动、机制等结尾")
    return False, "；".join(reasons), round(min(max(doubt, 0.05), 1.0), 2)


def quoted_programme(text: str) -> bool:
    """Tell a quoted programme's name ("安居工程", "种子工程") from a place's works
    ("三峡工程"), a span of time ("百日行动") or a word of general Chinese."""
    if not QUOTED_PROGRAMME.match(text) or TIME_COUNT.match(text):
        return False
    if word_tag(text) in NAME_TAGS or PROVINCE_BRAND.match(text):
        return False
    first = general_segments(text)[0]
    return first[1] not in NAME_TAGS and first[1] not in PLACE_TAGS


def repeated_opening(text: str) -> bool:
    """Tell a coinage of three or more parts each opened by one character
    ("大学习大调研大抓落实", "新时代新担当新作为"): a formula written without marks."""
    head = text[:1]
    if (
        not CJK.match(head)
        or not REPEATED_OPENING_CHARS[0] <= len(text) <= (REPEATED_OPENING_CHARS[1])
    ):
        return False
    opening, *parts = text.split(head)
    return (
        opening == ""
        and len(parts) >= REPEATED_OPENING_PARTS
        and all(1 <= len(part) <= REPEATED_OPENING_PART_CHARS for part in parts)
    )


def parts_share_a_place(text: str) -> bool:
    """Tell a coinage of three or four parts of one length run together, one
    character in the same place of every part ("学党史知党恩跟党走": 党 second in
    学党史, 知党恩, 跟党走); no part repeats another, none is joined by 的 or 了."""
    if not text or not all(CJK.match(char) for char in text) or "的" in text:
        return False
    for count in range(SHARED_PLACE_PARTS[1], SHARED_PLACE_PARTS[0] - 1, -1):
        size, rest = divmod(len(text), count)
        if rest or not SHARED_PLACE_PART_CHARS[0] <= size <= SHARED_PLACE_PART_CHARS[1]:
            continue
        parts = [text[index : index + size] for index in range(0, len(text), size)]
        if len(set(parts)) < count:
            continue
        for place in range(size):
            shared = {part[place] for part in parts}
            if len(shared) == 1 and not shared & set(FORMULA_END_PARTICLE + "了"):
                return True
    return False


# A speech whose standing formulations nearly all date from before the reform is of
# Mao's years or earlier; its quotation marks mostly hold an opponent's words, an
# epithet or a line cited ("穷过渡", "样样都要大"), and a coinage it quotes waits
# for an editor instead of being listed. Formulations of the period are the
# lexicon's, listed whether quoted or not.
REFORM_YEAR = 1978
EARLY_ERA_MIN_FORMULATIONS = 5
EARLY_ERA_SHARE = 0.8


def early_era(years) -> bool:
    """Tell from the years its formulations entered use whether a speech is of the
    years before the reform."""
    known = [year for year in years if year]
    early = sum(year < REFORM_YEAR for year in known)
    return len(known) >= EARLY_ERA_MIN_FORMULATIONS and early >= EARLY_ERA_SHARE * len(
        known
    )
