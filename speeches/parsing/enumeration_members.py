"""Tell a quoted enumeration whose members make one formula from a list.

What belongs here: tests on the members of an enumeration ("增品种、提品质、创品牌"):
built alike, all number formulas, opened by the same characters, sharing a frame; and
what makes a member a list's item or a name (a conjunction, a place, a brand).
"""

from __future__ import annotations

import re

from .enumerations import commonprefix
from .formula_shapes import kind_of
from .lexicon import default_lexicon
from .reference import NAME_TAGS, general_segments, word_frequency, word_tag
from .slogan_marks import (
    CJK,
    COMMON_WORD_FREQUENCY,
    ENUMERATION_MARK,
    ENUMERATION_MAX_PARTS,
)

# "渝快办", "湘易办", "黑土优品": a province's one-character name opens a brand
PROVINCE_BRAND = re.compile(
    r"^[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕秦甘陇青宁]"
)
# "增品种、提品质、创品牌": a quoted enumeration of members built alike is published;
# a member holding one of these words lists or describes ("运营机制与要素配置") or
# reports what was done ("讲出了真心话"), and
# a person's, a place's or an organisation's name in a member names ("新长安")
PARALLEL_MEMBER_CHARS = (1, 6)
MANNER_REDUPLICATION = re.compile(
    r"(?P<a>[\u4e00-\u9fff])(?P=a)(?P<b>[\u4e00-\u9fff])(?P=b)"
)
# "谁投资、谁决策、谁收益、谁承担风险", "早发现、早报告、早处置": a quoted enumeration of
# three members or more opened by the same characters; not opened by a pronoun, a
# numeral or an adverb of degree ("这个、这些、这里", "最美、最好、最强")
SHARED_OPENING_MEMBERS = (3, 8)
SHARED_OPENING_MEMBER_CHARS = (2, 6)
NO_FORMULA_OPENING = frozenset("我你他她它这那其各每一二三四五六七八九十两最更很太都也")
# "等一等、看一看", "想了想": a verb said twice, a manner of acting, not a part of
# a formula
VERB_REDUPLICATION = re.compile(r"(?P<v>[\u4e00-\u9fff])[一了](?P=v)")
# "发展是第一要务、稳定是第一责任": members longer than six characters are parallel
# only where they share a frame of this many characters in one place
LONG_MEMBER_CHARS = 8
LONG_MEMBER_FRAME_CHARS = 2
MEMBER_JOINING_WORDS = frozenset({"与", "和", "及", "以及", "或", "的", "了"})
# "非遗和文旅", "运营机制与要素配置": two words joined inside a member, whatever
# the cut ("荣辱与共" is one word)
JOINED_INSIDE = re.compile(r"[\u4e00-\u9fff]{2}[和与及或][\u4e00-\u9fff]{2}")
PROPER_NAME_TAGS = frozenset({"ns", "nt"})
# jieba tags set phrases of four characters as persons too (公正廉洁/nr, 德智体美/nr):
# a person's name is two or three characters
PERSON_NAME_TAGS = frozenset({"nr", "nrt", "nrfg"})
PERSON_NAME_CHARS = (2, 3)
PROVINCE_BRAND_MAX_CHARS = 5
# A member of a quoted enumeration of number formulas ("三名争创") has a count and a
# thing counted; two characters are a count of days or books ("三天、五天")
FORMULA_MEMBER_MIN_CHARS = 3


def members_built_alike(text: str) -> bool:
    """Tell a quoted enumeration whose members are built alike, a formula a reader
    takes as one ("增品种、提品质、创品牌", "一要吃饭、二要建设", "严、实、细"), from a
    quoted phrase that lists ("管理体制、运营机制与要素配置": a member joined by a
    conjunction) or names ("新央企、新长安": a place inside a member; "渝快办、渝快政":
    a province's brands).

    Parallel: two to eight members of one length (one to six characters), none
    holding a conjunction or 的 as a word of general Chinese, none a name or a
    reduplicated manner ("扎扎实实"); single
    characters that spell a word of general Chinese ("脏、乱、差") are that word, and
    members that are all common words of general Chinese ("勇气、决心、激励") a list.
    """
    members = [member.strip() for member in ENUMERATION_MARK.split(text)]
    if not 2 <= len(members) <= ENUMERATION_MAX_PARTS:
        return False
    size = len(members[0])
    if any(len(member) != size or not CJK.match(member) for member in members):
        return False
    if not PARALLEL_MEMBER_CHARS[0] <= size <= PARALLEL_MEMBER_CHARS[1] and not (
        size <= LONG_MEMBER_CHARS and shared_frame(members) >= LONG_MEMBER_FRAME_CHARS
    ):
        return False
    if size == 1 and word_frequency("".join(members)):
        return False  # "脏、乱、差": a word of general Chinese spelled out
    if size > 1 and all(word_frequency(m) >= COMMON_WORD_FREQUENCY for m in members):
        return False  # "资本、人才、技术、信息": common words listed, no formula
    return not any(_lists_or_names(member) for member in members)


def members_are_formulas(text: str) -> bool:
    """Tell a quoted enumeration whose every member is a number formula the parser
    publishes when quoted alone ("五星育人、三名争创", "三服务、两提升"): a programme's
    pair of counts, one formula, though a member looks like a name ("五星"). A
    member of two characters is a count ("三天、五天"), no formula."""
    members = [member.strip() for member in ENUMERATION_MARK.split(text)]
    return 2 <= len(members) <= ENUMERATION_MAX_PARTS and all(
        len(member) >= FORMULA_MEMBER_MIN_CHARS
        and CJK.match(member)
        and kind_of(member) == "formula"
        for member in members
    )


def shared_frame(members: list[str]) -> int:
    """Count the places where members of one length share their character
    ("发展是第一要务", "稳定是第一责任": 是第一, three)."""
    return sum(
        len({member[i] for member in members}) == 1 for i in range(len(members[0]))
    )


def members_share_opening(text: str) -> bool:
    """Tell a quoted enumeration of three members or more opened by the same
    characters ("谁投资、谁决策、谁收益、谁承担风险"), none a name, a reduplicated
    manner or a list, not all common words of general Chinese."""
    members = [member.strip() for member in ENUMERATION_MARK.split(text)]
    low, high = SHARED_OPENING_MEMBER_CHARS
    if not SHARED_OPENING_MEMBERS[0] <= len(members) <= SHARED_OPENING_MEMBERS[1]:
        return False
    if any(
        not low <= len(member) <= high or not all(CJK.match(c) for c in member)
        for member in members
    ):
        return False
    opening = commonprefix(members)
    if not opening or opening[0] in NO_FORMULA_OPENING:
        return False
    if len({len(member) for member in members}) == 1 and len(opening) == len(
        members[0]
    ):
        return False
    if all(word_frequency(member) >= COMMON_WORD_FREQUENCY for member in members):
        return False
    return not any(_lists_or_names(member) for member in members)


def _lists_or_names(member: str) -> bool:
    if len(member) == 1:
        return False
    if member in default_lexicon().not_slogans:
        return True  # "点对点、一站式": a word the lexicon says is never a slogan
    if MANNER_REDUPLICATION.fullmatch(member) or VERB_REDUPLICATION.fullmatch(member):
        return True  # "扎扎实实、踏踏实实": manners of working, not a formula's parts
    if JOINED_INSIDE.search(member):
        return True
    tag = word_tag(member)
    if tag in NAME_TAGS and not (
        tag in PERSON_NAME_TAGS and len(member) > PERSON_NAME_CHARS[1]
    ):
        return True  # a person's name; jieba tags set phrases so too (任人唯贤/nr)
    if PROVINCE_BRAND.match(member) and len(member) <= PROVINCE_BRAND_MAX_CHARS:
        return True
    return any(
        word in MEMBER_JOINING_WORDS
        or (len(word) > 1 and tag in PROPER_NAME_TAGS)
        or (
            tag in PERSON_NAME_TAGS
            and PERSON_NAME_CHARS[0] <= len(word) <= PERSON_NAME_CHARS[1]
        )
        for word, tag in general_segments(member)
    )
