"""Return the slogans a quotation's words hold, read alone: none, a coinage, a
formula, or an enumeration and its parts.

What belongs here: rules on the quoted text itself (its length, punctuation, members,
junk shapes such as tallies, craft names, idioms and set phrases); rules on what
surrounds a quotation go to quoted_slogans.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .enumeration_members import (
    VERB_REDUPLICATION,
    members_built_alike,
    members_share_opening,
    shared_frame,
)
from .formula_shapes import FORMULA_SHAPE, counts_things, kind_of, numeral_name
from .reference import IDIOM_TAG, general_segments, word_tag
from .scare_quotes import ordinary_quotation
from .slogan_marks import CJK, ENUMERATION_MARK, ENUMERATION_MAX_PARTS, REDUPLICATION
from .types import ParsedSlogan

# A quotation holding sentence punctuation is a quoted sentence, not a slogan.
SENTENCE_PUNCTUATION = re.compile(r"[。！？!?，,；;：:…《》<>“”\"「」]")
# "关键是抓好落实", "群众的事就是大事": quoted sentences without punctuation
QUOTED_CLAUSE = re.compile(r"^.{2,}是.{3,}$|^.{3,}的.{3,}$")
# "怎么看""怎么干", "为了谁", "谁来投": the speech's own questions in quotes, not
# formulations ("谁主管、谁负责" is an enumeration, judged as one)
QUOTED_QUESTION = re.compile(
    r"怎么|怎样|如何|什么|为何|为啥|哪[里儿些个]|吗$|呢$|谁$|^谁来"
)
# "没有规矩不成方圆" = 没有规矩/l + 不成方圆/l: a proverb made of set phrases (jieba's
# idioms, i, and fixed expressions, l); one such word alone may be a formulation
# (群众路线/l, 拨乱反正/i), two or more of three characters or more are a saying
SET_PHRASE_TAGS = frozenset({IDIOM_TAG, "l"})
SET_PHRASE_MIN_CHARS = 3
# "人人都是营商环境": a motto whose subject is everyone is a coinage, not a clause
UNIVERSAL_MOTTO = re.compile(r"^(?:人人|个个|处处|事事|时时)都?是")
# "金岭镇", "白沙河镇": a place's name in quotes is a name, not a formulation. A
# coinage about places puts a verb or a count before the place ("家电下乡", "文旅兴镇",
# "生态立县", "千企帮千镇", "万村千乡") or names a kind ("特色小镇", "鱼米之乡")
PLACE_NAME = re.compile(
    r"^(?![^镇乡县]*[一二三四五六七八九十百千万村])[\u4e00-\u9fff]{2,3}"
    r"(?<![小乡城集名重古强下兴立到帮美富进入之故建治送])(?:镇|乡|县|街道)$"
)
# "十九连丰", "18连增", "三下降", "六个增长", "三个突破", "四个全覆盖", "双过半": a
# tally of the year's results, not a formula to carry out
TALLY = re.compile(
    r"^(?:\d+|[一二三四五六七八九十两双]+)(?:个|项|大)?"
    r"(?:连[\u4e00-\u9fff]{1,2}|下降|上升|增长|减少|增加|提升|提高|翻番|突破|全覆盖|"
    r"新高|第一|领先|丰收|过半|达标|[超增降升])$"
)
# "嫦娥六号", "天问一号", "福建号", "澳门科学一号": a spacecraft's or a ship's name
CRAFT_NAME = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:[一二三四五六七八九十]|\d+)?号$")
# "七一", "三八", "九一八", "三大", "十九大": numerals alone name a day (a festival,
# an anniversary) or a congress, or a count cut from the thing it counts; "八五",
# "十一五" name five-year plans
BARE_COUNT = re.compile(
    r"^[一二三四五六七八九十百千零〇两双]+(?:个|大|项|张|条|种|类|级|支|点|批|位|届)?$"
)
FIVE_YEAR_PLAN = re.compile(r"^(?:[六七八九十]|十[一二三四五六])五$")
# "八點八上" out of "百分之二十八點八上升": a figure's digits, not a formula
NUMBER_FRAGMENT = re.compile(
    r"[零〇一二三四五六七八九十百千万\d][点點．.][零〇一二三四五六七八九\d]"
)
# "20条", "30条": a policy package named by its count of articles
ARTICLE_COUNT = re.compile(r"^\d+条$")
# "两个最": a count of a superlative, a tally, not a formula
COUNT_OF_ADVERB = re.compile(r"^[一二三四五六七八九十两]个[最更很太]$")
# "以数字化、网络化、智能化为方向": a clause's frame around a list
SENTENCE_FRAME = re.compile(r"^以.+为[\u4e00-\u9fff]{1,4}$")
COINAGE_MIN_CHARS = 3
COINAGE_MAX_CHARS = 10
ENUMERATION_PART_MAX_CHARS = 10
# "严、实、细": three or more single words listed are a formula too
SINGLE_CHARACTER_PARTS_MIN = 3
# "谁主管、谁负责，谁审批、谁监管": short enumerations paired by commas
PAIR_COMMA = re.compile(r"[，,]")
PAIRED_HALVES_MAX = 3
PAIRED_PARTS_MAX = 4
PAIRED_PART_MAX_CHARS = 5
# "内涵发展，特色发展，规范发展": members of a formula a comma separates
# (comma_enumeration); other sentence punctuation makes a sentence of it
COMMA_ENUMERATION = re.compile(r"[，,]")
COMMA_MEMBER_CHARS = (4, 8)  # shorter lines are classical as often
COMMA_MEMBERS_MIN = 3
COMMA_SENTENCE = re.compile(r"[、。！？!?；;：:…《》<>“”\"「」]")
# Four-character idioms with numbers are common words, not formulations.
# "速度与质量", "发展与保护", "效率和公平": two notions of general Chinese paired,
# a relation the speech weighs, not a formulation ("技术创新与制度创新" reads the same)
PAIR_OF_NOTIONS = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{2,4})[与和](?P<b>[\u4e00-\u9fff]{2,4})"
)
# "退出“后十五”", "进入“前十”": a place in a ranking
RANKING = re.compile(r"[前后][一二三四五六七八九十百]+(?:名|位|强)?")
# "“办照难”", "“入托难”": a difficulty the public meets, named by what it tries to do
# (a series, “看病难、看病贵”, is read as an enumeration)
PUBLIC_DIFFICULTY = re.compile(r"[\u4e00-\u9fff]{2,3}难")
# "“镇长信箱”", "“书记热线”": a channel to an office, a name
CHANNEL_NAME = re.compile(
    r"[\u4e00-\u9fff]{1,8}(?:热线|信箱|专线|公众号|小程序|客户端)"
)
NUMBER_IDIOMS = frozenset(
    [
        "三心二意",
        "四面八方",
        "五湖四海",
        "七上八下",
        "三番五次",
        "一干二净",
        "一清二楚",
        "三令五申",
        "四通八达",
        "五花八门",
        "五颜六色",
        "七嘴八舌",
        "七零八落",
        "三头六臂",
        "九牛一毛",
        "一五一十",
        "三五成群",
        "四分五裂",
        "七手八脚",
        "三长两短",
        "一举两得",
        "一石二鸟",
        "十全十美",
        "六神无主",
        "九死一生",
        "一穷二白",
        "一波三折",
        "三从四德",
        "四平八稳",
        "五光十色",
        "七情六欲",
        "十拿九稳",
        "三三两两",
        "两面三刀",
        "三教九流",
        "一分为二",
        "二话不说",
        "三思而行",
        "一马当先",
        "一鼓作气",
        "一针见血",
        "三天两头",
        "一来二去",
        "一模一样",
        "一心一意",
        "接二连三",
        "独一无二",
        "一言九鼎",
        "一日三秋",
        "九九归一",
        "八仙过海",
        "十室九空",
        "一呼百应",
        "一本万利",
        "举一反三",
        "三言两语",
        "一问三不知",
        "不管三七二十一",
    ]
)


@lru_cache(maxsize=65_536)
def judge_quotation(text: str) -> tuple[ParsedSlogan, ...]:
    """Return the slogans a quotation holds: none, one, or an enumeration and its parts."""
    paired = paired_enumeration(text)
    if paired:
        return paired
    comma_members = comma_enumeration(text)
    if comma_members:
        return (
            ParsedSlogan(text=text, kind="enumeration"),
            *(
                ParsedSlogan(text=part, kind=kind_of(part))
                for part in comma_members
                if acceptable_single(part)
            ),
        )
    if not text or SENTENCE_PUNCTUATION.search(text) or not CJK.search(text):
        return ()
    if "、" in text:
        parts = [part.strip() for part in text.split("、")]
        if not 2 <= len(parts) <= ENUMERATION_MAX_PARTS:
            return ()
        if len(parts) >= SINGLE_CHARACTER_PARTS_MIN and all(
            len(part) == 1 and CJK.match(part) for part in parts
        ):  # "怕、慢、假、庸、散": a formula of single words, whose parts are not
            return (ParsedSlogan(text=text, kind="enumeration"),)
        if not all(2 <= len(part) <= ENUMERATION_PART_MAX_CHARS for part in parts):
            return ()
        if SENTENCE_FRAME.match(text):
            return ()  # "以新能源、新材料、新工艺为脉络": a clause quoted, not a formula
        if all(VERB_REDUPLICATION.fullmatch(part) for part in parts):
            return ()  # "等一等、看一看": an attitude in words said, not a formula
        slogans = [ParsedSlogan(text=text, kind="enumeration")]
        slogans.extend(
            ParsedSlogan(text=part, kind=kind_of(part))
            for part in parts
            if acceptable_single(part)
        )
        return tuple(slogans)
    if acceptable_single(text):
        return (ParsedSlogan(text=text, kind=kind_of(text)),)
    return ()


def comma_enumeration(text: str) -> list[str]:
    """Return the members of a quoted enumeration whose members a comma separates,
    as school and county reports write a formula ("内涵发展，特色发展，规范发展",
    "党建管向，行政管人，专业管事"); none for a quoted sentence.

    A comma otherwise marks a sentence, so the members must be a formula's: three
    or more built alike (``members_built_alike``) or opened alike
    (``members_share_opening``); two are a couplet as often ("十年树木，百年树人",
    "和气致祥，乖气致异"), so a pair is left to the lexicon (一要吃饭，二要建设).
    Members are four to eight characters: shorter ones are classical lines as often
    ("苟日新，日日新，又日新"; "博学，审问，慎思，笃行"). Three or more of one
    length sharing a character in one place are members too
    ("继承+创新，法治+德治"); whether they are published is shape_confidence's call.
    """
    if not COMMA_ENUMERATION.search(text) or COMMA_SENTENCE.search(text):
        return []
    members = [member.strip() for member in ENUMERATION_MARK.split(text)]
    if any(
        not CJK.match(member)
        or not COMMA_MEMBER_CHARS[0] <= len(member) <= COMMA_MEMBER_CHARS[1]
        for member in members
    ):
        return []  # "苟日新，日日新，又日新", "博学，审问，慎思": classical lines
    if len(members) < COMMA_MEMBERS_MIN:
        return []  # "十年树木，百年树人": two clauses are a couplet as often
    alike = members_built_alike(text)
    framed = len({len(member) for member in members}) == 1 and shared_frame(
        members
    )  # "继承+创新，法治+德治，规范+特色": + in one place
    return members if alike or framed or members_share_opening(text) else []


@lru_cache(maxsize=65_536)
def paired_enumeration(text: str) -> tuple[ParsedSlogan, ...]:
    """Return "谁受益、谁管护，谁使用、谁管护" and its two halves: enumerations paired
    by a comma are one formula, where a comma otherwise marks a quoted sentence."""
    halves = [half.strip() for half in PAIR_COMMA.split(text)]
    if not 2 <= len(halves) <= PAIRED_HALVES_MAX or SENTENCE_PUNCTUATION.search(
        PAIR_COMMA.sub("", text)
    ):
        return ()
    for half in halves:
        parts = half.split("、")
        if not 2 <= len(parts) <= PAIRED_PARTS_MAX or not all(
            2 <= len(part) <= PAIRED_PART_MAX_CHARS and CJK.match(part)
            for part in parts
        ):
            return ()
    return (
        ParsedSlogan(text=text, kind="enumeration"),
        *(ParsedSlogan(text=half, kind="enumeration") for half in halves),
    )


@lru_cache(maxsize=65_536)
def acceptable_single(text: str) -> bool:
    """Tell a coinage ("定盘星", "三农") from a scare-quoted plain word ("温度")."""
    if len(text) > COINAGE_MAX_CHARS or not CJK.search(text):
        return False
    if len(text) < COINAGE_MIN_CHARS:
        return bool(FORMULA_SHAPE.match(text)) and not junk_shape(text)
    if QUOTED_QUESTION.search(text) or PLACE_NAME.match(text):
        return False
    if QUOTED_CLAUSE.match(text) and not UNIVERSAL_MOTTO.match(text):
        return False
    if REDUPLICATION.match(text):
        return False
    if junk_shape(text) or RANKING.fullmatch(text) or paired_notions(text):
        return False
    if PUBLIC_DIFFICULTY.fullmatch(text) or CHANNEL_NAME.fullmatch(text):
        return False
    return text not in NUMBER_IDIOMS


def paired_notions(text: str) -> bool:
    """Tell two words of general Chinese joined by 与 or 和 ("速度与质量") from a
    formulation holding the character (和谐, 与时俱进)."""
    match = PAIR_OF_NOTIONS.fullmatch(text)
    return bool(match) and all(
        len(general_segments(match[side])) == 1 for side in ("a", "b")
    )


@lru_cache(maxsize=65_536)
def junk_shape(text: str) -> bool:
    """Tell tallies, craft names, number fragments, idioms, ordinary phrases and
    names from formulations."""
    return bool(
        TALLY.match(text)
        or COUNT_OF_ADVERB.match(text)
        or CRAFT_NAME.match(text)
        or NUMBER_FRAGMENT.search(text)
        or ARTICLE_COUNT.match(text)
        or (
            not FIVE_YEAR_PLAN.match(text)
            and (BARE_COUNT.match(text) or numeral_name(text))
        )
        or counts_things(text)
        or word_tag(text) == IDIOM_TAG
        or set_phrases(text)
        or ordinary_quotation(text)
    )


def set_phrases(text: str) -> bool:
    """Tell a saying made of two set phrases or more ("没有规矩不成方圆") from a
    formulation; one set phrase alone may be one (群众路线, 拨乱反正)."""
    words = general_segments(text)
    return len(words) >= 2 and all(
        tag in SET_PHRASE_TAGS and len(word) >= SET_PHRASE_MIN_CHARS
        for word, tag in words
    )
