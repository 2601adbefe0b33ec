"""Tell a number formula by its shape: "三农", "四个到位", "两学一做", "两轮驱动".

What belongs here: the shapes of a count that is a formula and of one that is not (a
tally of things, a name or an idiom opening with a numeral, a word general Chinese
has), read from a text alone, whether quoted or not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .reference import IDIOM_TAG, general_segments, word_tag
from .slogan_marks import NUMERAL

# A number formula: "三农" or "双减" (a numeral and one word), "四个到位" or
# "两张清单" (a numeral and a measure word), "两学一做" (numerals alternating).
FORMULA_SHAPE = re.compile(
    r"^(?:[二三四五六七八九十两双百千][\u4e00-\u9fff]$"
    r"|[一二三四五六七八九十两双百千]{1,2}(?:个|大|项|张|条|种|类|级|支|点|批|位|有|不|化)"
    r"|[一二三四五六七八九十两双][\u4e00-\u9fff]{1,2}[一二三四五六七八九十两双])"
)
# "两轮驱动", "五件实事", "六医统筹": a quotation opening with a count is a number
# formula when the count is not part of a word ("十分", "双向"), a span of time or
# a price or a measure ("三年争先", "五元时代")
NUMBER_LED = re.compile(r"^[两三四五六七八九十双][\u4e00-\u9fff]{2,5}$")
TIME_COUNT = re.compile(
    r"^..?(?:年|月|日|天|周|次|倍|成|岁|小时|分钟|元|块|角|米|公里|吨|斤|亩)"
)
# "两党两国", "一死两伤", "两室一厅", "两金一银", "一师四团", "一箭九星", "两江四岸":
# counted parties and countries, casualties, rooms, medals, units, satellites,
# rivers and banks are a tally or a description, not a formula ("一户一策",
# "一国两制": the second word is a measure to take; "两山七河五湖" names a
# programme of mountains, rivers and lakes)
COUNTED_THINGS = frozenset(
    "党国军师旅团营连排班室厅金银铜死伤箭星座舱户口组幅套塔江岸会"
)
# "三坊七巷", "四川大学", "一对一", "十里八乡": a place's or an organisation's
# name, a number word or an idiom that opens with a numeral (jieba's tags for
# other names, nz and nr, hold formulas too: 三农, 三个代表, 双拥)
NUMERAL_WORD_TAGS = frozenset({"ns", "nt", "m", IDIOM_TAG})
PLACE_TAGS = frozenset({"ns", "nt"})
# "5大战略指引", "11方面重要遵循": a count in figures and what it counts
DIGIT_COUNT = re.compile(r"^\d{1,2}(?:大|个|项|方面|条|种|类)[\u4e00-\u9fff]{2,6}$")

# Number formulas written without quotes.
# One counted word between the numerals: never an enumerator ("四是一些…"), an
# ordinal ("三和第二…"), a measure ("三年来一直…", "一句家乡话"), a particle, a
# conjunction ("三与五之比", "两学一做等活动") or a range ("一到两米").
_WORD = (
    r"(?:(?![一二三四五六七八九十两双百千万零〇年月日天次位名人家件届季周点分号层岁把"
    r"是要第期共句面轮倍桌只的和与及之點到等])[\u4e00-\u9fff])"
)
# The second numeral, not a word that merely contains it: "统一", "一些", "一部分"
# ("一直" is a word, "四不两直" a formula); "双" counts there: "一岗双责", "双招双引"
_LATER_NUMERAL = (
    r"(?:一(?![些切直样步流体起定般致的部共个])|[二三四五六七八九十两](?![的个])|"
    # "双方", "双向", "双赢": words of a pair, not a count ("两岸双方")
    r"双(?![的个方向边重赢手脚眼倍人胞语休月周日层号亲职]))"
)
# "两学一做", "三纵三横", "一村一品", "一核两翼三区", "四个一线", "一岗双责"
NUMERAL_ALTERNATION = re.compile(
    rf"(?P<first>[一二三四五六七八九十两双])(?P<x>个|{_WORD})"
    rf"(?P<second>{_LATER_NUMERAL})(?P<y>{_WORD}{{1,2}})"
    rf"(?:{_LATER_NUMERAL}(?P<z>{_WORD}{{1,2}}))?"
)
# "五县两区", "两市一州": counting a region's administrative units
ADMINISTRATIVE_UNITS = frozenset("县区市镇乡村省州旗盟")
# "十大合作计划", "五大发展理念": a quoted number formula is short
FORMULA_MAX_CHARS = 7
# "三基地一屏障一高地", "一核两翼三区四带", "一心两翼三带多点": a programme's layout
# counted part by part, three parts or more, each a count and a word of one to three
# characters (no span of time: "一年一小步…")
FORMULA_CHAIN = re.compile(
    r"(?:[一二三四五六七八九十两双](?![年月日天周次岁])[^\W\d一二三四五六七八九十两双百千万]{1,3}){3,6}"
)


def counts_things(text: str) -> bool:
    """Tell a tally of things ("两党两国", "一死两伤", "两室一厅") from a formula of
    numerals alternating with measures ("一户一策", "一国两制")."""
    match = NUMERAL_ALTERNATION.match(text)
    return bool(match) and (
        match["x"] in COUNTED_THINGS and match["y"][0] in COUNTED_THINGS
    )


def numeral_name(text: str) -> bool:
    """Tell a name, a number word or an idiom that opens with a numeral
    ("三坊七巷", "四川九寨沟", "一对一") from a formula: general Chinese has the
    word, or its first word is a place's or an organisation's name."""
    if text[:1] not in NUMERAL:
        return False
    if word_tag(text) in NUMERAL_WORD_TAGS:
        return True
    first, tag = general_segments(text)[0]
    # "三区一村" counts districts: a numeral and a unit are no place's name
    return (
        len(first) >= 2 and tag in PLACE_TAGS and first[1] not in ADMINISTRATIVE_UNITS
    )


def kind_of(text: str) -> str:
    """Name the kind of a single slogan: a number formula or a coinage. A count
    opening a phrase with 的 or a long name ("一种危险的策略", "百种优秀图书推荐专区")
    is a coinage: an editor decides; a long one made of counts alone
    ("三基地一屏障一高地", "一核两翼三区四带") is a formula."""
    if "的" in text:
        return "coinage"
    if DIGIT_COUNT.match(text):
        return "formula"
    if len(text) > FORMULA_MAX_CHARS:
        return "formula" if FORMULA_CHAIN.fullmatch(text) else "coinage"
    return "formula" if FORMULA_SHAPE.match(text) or number_led(text) else "coinage"


@lru_cache(maxsize=65_536)
def number_led(text: str) -> bool:
    """Tell a quoted number formula of a freer shape ("两轮驱动", "五件实事", "六医统筹")
    from a count of time or a word general Chinese has ("三年争先", "十八盘", "十分")."""
    if not NUMBER_LED.match(text) or word_tag(text):
        return False
    first, tag = general_segments(text)[0]
    return (
        len(first) <= 2
        and not tag.startswith(("d", "a", "v"))
        and not TIME_COUNT.match(text)
    )
