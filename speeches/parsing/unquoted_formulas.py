"""Find number formulas written without quotes: "两学一做", "四个一线工作法",
five-year plans, "坚持两个毫不动摇", formulas whose parts are spelled out and counted.

What belongs here: the patterns that read running text for formulas, and the rules
that keep running text out (an ordinal, a repetition, an idiom, a count word opening
a sentence, a regnal number).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .formula_shapes import (
    ADMINISTRATIVE_UNITS,
    NUMERAL_ALTERNATION,
    counts_things,
    numeral_name,
)
from .quotation_text import NUMBER_IDIOMS
from .reference import word_tag
from .slogan_marks import CJK, NUMERAL, QUOTE_MARKS
from .types import ParsedSlogan

# "两国一贯友好", "两党三方", "两岸两会在": the two countries, parties or sides of a
# sentence, not the count of a formula (unquoted)
BOTH_OF_A_PAIR = frozenset({"两国", "两党", "两岸"})
# "一枚", "两艘", "一套": a numeral and a measure of things ("七站八所" counts
# offices)
CLASSIFIERS = frozenset("枚颗粒根头匹只辆艘架台本册张条套")
# "一直四处…": a numeral opening an adverb
ADVERB_TAG = "d"
# "九大": a congress's short name, an abbreviation to jieba
ABBREVIATION_TAG = "j"
# "第六个五年计划", "第一個五年計劃", "第十四个五年规划": a plan named by its ordinal is
# the plan's name, unquoted as the genre writes it ("第二个五年计划" is no count)
ORDINAL_PLAN = re.compile(
    r"第(?:[一二三四五六七八九]|十[一二三四五六七八九]?)个五年(?:计划|规划)"
)
# "十四五规划", "“十五五”规划", "八五计划": a plan named by its short numerals
# (not "二十五计划": the numerals open the name)
SHORT_PLAN = re.compile(
    r"(?<![一二三四五六七八九十百千\d])[“‘]?(?P<plan>(?:[六七八九十]|十[一二三四五六七八九])五)"
    r"[”’]?(?P<word>计划|规划)"
)
# "八七扶贫攻坚计划", "“七七”扶贫攻坚计划": a poverty plan named by its numerals
# (people in poverty, years to go: the nation's 八七 of 1994, a province's own),
# quoted or not, a space printed around the quotation marks or not
POVERTY_PLAN = re.compile(
    r"(?<![一二三四五六七八九十百千\d])[“‘\"]?\s?(?P<plan>[一二三四五六七八九十]{2})"
    r"\s?[”’\"]?\s?扶贫攻坚计划"
)
REGNAL_WORD = "世"  # "腓特烈二世", "伊丽莎白二世": a ruler's regnal number
POVERTY_PLAN_WORD = "扶贫攻坚计划"  # looked for first: the pattern is slow to scan
# "三管三必须的要求": a particle after a two-character last word shows the formula
# ends there ("三山五园周边" gives its last character back to the next word)
FORMULA_END_PARTICLE = "的和与及等"
# "宁可十防九空": ten against nine is a proverb's count, not a formula's
PROVERB_TEN_NINE = re.compile(r"^十[\u4e00-\u9fff]九[\u4e00-\u9fff]$")
# "四个一线工作法" -> "四个一线", "三个清单方法论" -> "三个清单", "六大惠民工程" (kept whole)
NAMED_METHOD = re.compile(
    r"(?P<formula>[二三四五六七八九十两](?:个|大|项|张|条|种)[\u4e00-\u9fff]{1,4}?)"
    r"(?P<suffix>工作法|方法论|工程|行动)"
)
METHOD_SUFFIXES_DROPPED = {"工作法", "方法论"}
# A formula's last word must not swallow the start of the next: "四个一线工作法"
FOLLOWING_WORD = re.compile(
    r"工作法|方法论|工作|工程|制度|机制|模式|活动|要求|精神|建设|关系|合作|问题|发展"
)
FORMULA_MIN_CHARS = 4
# "坚持两个毫不动摇", "落实三个区分开来", "做到四个过硬": a count of a stance, not of
# things, is a formula even unquoted. Nothing but a particle or verb may follow it
# ("三个责任人" counts people; "四个全面建成" is running text).
STANCE_FORMULA = re.compile(
    r"(?P<formula>[两二三四五六七八九十](?:个|项)(?:毫不动摇|区分开来|务必|必须|维护|"
    r"确立|意识|自信|到位|过硬|坚持|全面|一批|责任|规定))"
    # "八项规定精神", "八项规定及其实施细则", "八项规定出台以来"
    r"(?=[^\u4e00-\u9fff]|[的要是和与贯落等为上中作及]|精神|出台|实施|以来|$)"
)
# "责任到位、人员到位、物资到位这三个到位": a count naming the parts just listed
COUNTED_NAME = re.compile(
    r"(?P<count>[两二三四五六七八九十])个(?P<head>[\u4e00-\u9fff]{2})"
    r"(?=[^\u4e00-\u9fff]|[的要是和与贯落等为上中作]|$)"
)
NAMED_PARTS_BEFORE = re.compile(
    r"(?:(?:[^，。；：！？、\s“”]{2,12})、){1,9}[^，。；：！？、\s“”]{2,12}(?:这|的|等)?$"
)
# "产业、人才、文化、生态、组织五个方面的全面振兴": parts, their count, "方面的" and
# the head the count applies to ("…三个领域建设", "…四方面介绍": a verb follows, the
# speech counts its own topics)
SPELLED_OUT = re.compile(
    r"(?P<parts>(?:[\u4e00-\u9fff]{1,4}、){1,9}[\u4e00-\u9fff]{1,4})"
    r"(?P<count>[两二三四五六七八九十])(?:个|大|项)?(?:方面|领域)的"
    r"(?:全面|协调|同步|一体)?[\u4e00-\u9fff]{2}"
)
GENERIC_HEAD = re.compile(r"(?:工作|问题|情况|内容|任务|措施|事情|意见|要求)$")
SPELLED_OUT_FORMULA = {
    "kind": "enumeration",
    "source": "formula",
    "reason": "列举各项并计数的提法",
}
PLAN_NAME = {"kind": "formula", "source": "formula", "reason": "五年计划（规划）名"}
POVERTY_PLAN_NAME = {**PLAN_NAME, "reason": "以数字命名的扶贫攻坚计划"}
ORDINAL_PREFIXES = "第0123456789"
COUNT_VALUES = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
COUNT_VALUES.update({"八": 8, "九": 9, "十": 10})


def unquoted_formulas(body: str) -> list[tuple[int, ParsedSlogan]]:
    """Return number formulas written without quotes ("两学一做", "四个一线工作法")."""
    results = spelled_out_formulas(body)
    for match in NUMERAL_ALTERNATION.finditer(body):
        text = _alternation_text(match, body)
        if text is None:
            continue
        context = body[max(0, match.start() - 1) : match.start() + len(text) + 1]
        if _idiom_or_repeat(text) or _idiom_or_repeat(context):
            continue
        if counts_things(text) or numeral_name(text) or numeral_name(match.group()):
            continue  # "两党两国", "一死两伤", "四川九寨沟", "三坊七巷"
        if _opens_with_a_count_word(match):
            continue  # "两国一贯", "一枚二战", "九大一闭幕": running text
        results.append(
            (match.start(), ParsedSlogan(text=text, kind="formula", source="formula"))
        )
    for match in ORDINAL_PLAN.finditer(body):
        results.append((match.start(), ParsedSlogan(**PLAN_NAME, text=match.group())))
    for match in SHORT_PLAN.finditer(body):
        text = match["plan"] + match["word"]
        results.append((match.start("plan"), ParsedSlogan(**PLAN_NAME, text=text)))
    for match in POVERTY_PLAN.finditer(body) if POVERTY_PLAN_WORD in body else ():
        text = QUOTE_MARKS.sub("", body[match.start("plan") : match.end()])
        slogan = ParsedSlogan(**POVERTY_PLAN_NAME, text=text)
        results.append((match.start("plan"), slogan))
    for match in STANCE_FORMULA.finditer(body):
        if match.start() and body[match.start() - 1] in ORDINAL_PREFIXES:
            continue  # "第四个坚持", "12个必须": an ordinal or a figure, not a formula
        results.append(
            (
                match.start(),
                ParsedSlogan(text=match["formula"], kind="formula", source="formula"),
            )
        )
    for match in COUNTED_NAME.finditer(body):
        if _names_listed_parts(match, body) or _names_parts_after(match, body):
            results.append(
                (
                    match.start(),
                    ParsedSlogan(text=match.group(), kind="formula", source="formula"),
                )
            )
    for match in NAMED_METHOD.finditer(body):
        if match["suffix"] in METHOD_SUFFIXES_DROPPED:
            text = match["formula"]
        else:
            text = match.group()
        results.append(
            (match.start(), ParsedSlogan(text=text, kind="formula", source="formula"))
        )
    return _longest_at_each_offset(results)


def spelled_out_formulas(body: str) -> list[tuple[int, ParsedSlogan]]:
    """Return formulas that list their parts and count them: "产业、人才、文化、生态、
    组织五个方面的全面振兴" (the five revitalisations spelled out)."""
    found = []
    for match in SPELLED_OUT.finditer(body):
        parts = match["parts"].split("、")
        parts[0] = parts[0][-len(parts[1]) :]  # "推动产业" -> "产业"
        if len(parts) != COUNT_VALUES[match["count"]] or len(parts) < 3:
            continue
        if GENERIC_HEAD.search(match.group()):
            continue  # "产业、项目、招商三个方面的工作": a speech's own count
        start = match.start("parts") + len(match["parts"]) - len("、".join(parts))
        text = body[start : match.end()]
        found.append((start, ParsedSlogan(**SPELLED_OUT_FORMULA, text=text)))
    return found


def _longest_at_each_offset(
    results: list[tuple[int, ParsedSlogan]],
) -> list[tuple[int, ParsedSlogan]]:
    """Drop a formula cut short where a longer one starts at the same place:
    "五个一工" beside "五个一工程"."""
    longest: dict[int, str] = {}
    for offset, slogan in results:
        if len(slogan.text) > len(longest.get(offset, "")):
            longest[offset] = slogan.text
    return [
        (offset, slogan)
        for offset, slogan in results
        if not (
            longest[offset] != slogan.text and longest[offset].startswith(slogan.text)
        )
    ]


def _opens_with_a_count_word(match: re.Match) -> bool:
    """Tell running text that opens with a word of counting ("两国一贯…", "一枚二战",
    "九大一闭幕", "一直四处") or inside a word ("长三角三省一市") from a formula:
    the both of a pair, a measure of things, a congress's short name, an adverb."""
    opening = match["first"] + match["x"]
    return (
        opening in BOTH_OF_A_PAIR
        or match["x"] in CLASSIFIERS
        or word_tag(opening) in (ABBREVIATION_TAG, ADVERB_TAG)
        # "腓特烈二世一级中学": a ruler's regnal number after his name
        or (
            match["x"] == REGNAL_WORD
            and match.start()
            and bool(CJK.match(match.string[match.start() - 1]))
        )
        # "长三角三省一市": the numeral ends a word that opens before it
        or bool(
            match.start() and word_tag(match.string[match.start() - 1 : match.end("x")])
        )
    )


# "实现三个突破：产业突破、城市突破、社会突破", "推动两个转变，即由甲向乙转变、由丙
# 向丁转变": the count names the parts it opens, each holding its head
PARTS_AFTER_LEAD = re.compile(r"[：:]|，?(?:即|就是|也就是)[：:，]?")
PARTS_AFTER = re.compile(r"[^。；;！？!?\n]{2,200}")
PART_MAX_CHARS = 16
# the head a count of stances names: an act or a quality (突破, 转变, 安全), not a
# thing counted ("两个公园：…公园、…公园", "三个孩子")
STANCE_HEAD_TAGS = ("v", "a", "d")


def _names_parts_after(match: re.Match, body: str) -> bool:
    """Tell whether "三个突破" opens the parts it counts, each "…突破" or "突破…"."""
    lead = PARTS_AFTER_LEAD.match(body, match.end())
    parts_match = lead and PARTS_AFTER.match(body, lead.end())
    if not parts_match:
        return False
    parts = re.sub(r"等$", "", parts_match.group()).split("、")
    head = match["head"]
    if not word_tag(head).startswith(STANCE_HEAD_TAGS):
        return False
    return len(parts) == COUNT_VALUES[match["count"]] and all(
        len(head) < len(part) <= PART_MAX_CHARS
        and (part.endswith(head) or part.startswith(head))
        for part in parts
    )


def _names_listed_parts(match: re.Match, body: str) -> bool:
    """Tell whether "五个到位" counts the parts listed just before it, all "…到位"."""
    before = NAMED_PARTS_BEFORE.search(body, max(0, match.start() - 120), match.start())
    if not before:
        return False
    parts = re.sub(r"(?:这|的|等)$", "", before.group()).split("、")
    return len(parts) == COUNT_VALUES[match["count"]] and all(
        part.endswith(match["head"]) and len(part) > len(match["head"])
        for part in parts
    )


def _alternation_text(match: re.Match, body: str) -> str | None:
    """Return the formula a numeral alternation spells, or None for running text."""
    if match["first"] == "一" and match["x"] == "个":
        return None  # "一个五年": "a", not a count
    if match["first"] == "双" and match["second"] != "双":
        return None  # "双手一挥": a pair, not a count ("双招双引" is one)
    if match.start() and body[match.start() - 1] == "第":
        return None  # "第二个五年计划": an ordinal
    last = match["z"] or match["y"]
    if match["x"] == last[0]:
        return None  # "一桌两桌", "一个两个": a repetition
    after = body[match.end() : match.end() + 3]
    text = _trim_following_word(match.group(), after)
    if text != match.group():
        return text
    # The last word's second character may open the next word: "三山五园周边…"
    if (
        len(last) == 2
        and after[:1]
        and CJK.match(after[:1])
        and after[:1] not in FORMULA_END_PARTICLE
        and not FOLLOWING_WORD.match(after)
    ):
        text = text[:-1]
    if all(ch in NUMERAL or ch in ADMINISTRATIVE_UNITS for ch in text):
        return None  # "五县两区": a count of a city's counties, not a formula
    return text


def _trim_following_word(text: str, after: str) -> str:
    """Give back characters that begin the next word: "四个一线工"+"作法" -> "四个一线"."""
    joined = text + after
    for word in FOLLOWING_WORD.finditer(joined, FORMULA_MIN_CHARS):
        if word.start() < len(text):
            return text[: word.start()]
    return text


@lru_cache(maxsize=65_536)
def _idiom_or_repeat(text: str) -> bool:
    """Tell "一心一意"-style idioms and repetitions from formulas."""
    if text in NUMBER_IDIOMS or any(idiom in text for idiom in NUMBER_IDIOMS):
        return True
    if PROVERB_TEN_NINE.match(text):
        return True
    numerals = [ch for ch in text if ch in NUMERAL]
    return len(numerals) >= 2 and all(ch == "一" for ch in numerals)
