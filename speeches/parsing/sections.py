"""Find the headings of a speech body and build its section tree.

A heading opens a paragraph ("一、", "（一）", "第一，", "第一个问题", "首先，", "一是",
"1."). Levels are depths in the tree, not kinds of enumerator: a kind met for the first
time opens a level below the current heading, and a numbering that starts again at one
inside a part ("一、二、三、" inside part 一) is nested, not flattened. An enumeration
inside a paragraph ("一是…二是…" in one paragraph) is not a heading.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise

from .run_in import RUN_IN_MIN_LEADS, lead_heading
from .types import ParsedSection

NUMERALS = "一二三四五六七八九十"
NON_DIGITS = re.compile(r"\D")
# "一、稳住农业基本盘，守好“米袋子”" or "二．抓实项目建设" -> label "一"
# ("一 、统一思想": a PDF's text layer sets a space before the comma, 2.13)
HEADING_NUMERAL_COMMA = re.compile(
    r"(?P<label>[一二三四五六七八九十]{1,3})[ \u3000]?(?:、|[．.](?!\d))(?P<rest>.*)"
)
# "一、二月份，…", "二、三季度", "一、二、三产业": a range of numbers opens the sentence
# when the next numeral follows the first one
NUMERAL_RANGE = re.compile(
    r"(?P<next>[一二三四五六七八九十]{1,3})(?:、|月|季度|产业|年级|等|类|级)"
)
# "（一）聚焦主业，抓好春耕备耕。" -> label "（一）"
HEADING_PAREN_NUMERAL = re.compile(
    r"(?P<label>[（(][一二三四五六七八九十]{1,3}[）)])[、，,．. ]?(?P<rest>.*)"
)
# "第一个问题：为什么要抓安全生产" -> label "第一个问题"; "第二点：关于干部作风。",
# "第三条，…" -> "第二点", "第三条" (a point or article is labelled only with its stop);
# "最后一点，第五点：…": the last one announced before its label -> "第五点"
HEADING_ORDINAL_TOPIC = re.compile(
    r"(?:最后(?:一点|一个问题|一条)[，,、][ \u3000]*)?"
    r"(?P<label>第[一二三四五六七八九十]{1,3}(?:个问题|个方面|部分|方面|(?:点|条)(?=[，,、：:])))"
    r"[，,、：:．.]?[ \u3000]*(?P<rest>.*)"
)
# "第二点：…", "第三点：…" after an opening point the speaker gives no number ("我讲几点
# 意见。" + a paragraph, then "第二点："): a list of topics may start at two, when
# its third follows; the ordinal counts the sections as printed, from one
TOPIC_KIND = "topic"
LATE_START_VALUE = 2
# "第一，这是守住民生底线的现实需要。" -> label "第一"; a talk's "第二个，…" (the
# spoken form, among "第一，" and "第三，") -> label "第二个"
HEADING_ORDINAL = re.compile(
    r"(?P<label>第[一二三四五六七八九十]{1,3}个?)[，,、：:](?P<rest>.*)"
)
# "其一，思想上再提高。" -> label "其一" (2.13): a list's points counted by 其, each
# opening its paragraph (a list of two or more, as 第一，)
HEADING_COUNTED = re.compile(
    r"(?P<label>其[一二三四五六七八九十]{1,2})[，,、：:](?P<rest>.*)"
)
# "首先，我们要看到成绩，坚定信心。" -> label "首先"; "首先是课堂和生活脱节的问题。"
# (the point named after the copula) -> label "首先", heading "课堂和生活脱节的问题"
HEADING_SEQUENCE = re.compile(
    r"(?P<label>首先|其次|再次|再者|最后)(?:[，,：:]|是(?=[^，,。；;：:]{2,40}[。；;：:]))"
    r"(?P<rest>.*)"
)
# "一是要冲在前。", "二要把账算清。" -> label "一是" (only heading its own paragraph)
HEADING_POINT = re.compile(
    r"(?P<label>[一二三四五六七八九十]{1,2}(?:是|要))(?P<rest>.+)"
)
# "场景一：晨检数据。", "案例二：…", "做法三：…": points a speech names by a
# noun and a number, each opening its paragraph -> label "场景一" (only in a list of
# two or more; "如场景一所示，…" opens no point)
HEADING_NAMED_NUMBER = re.compile(
    r"(?P<label>(?:场景|案例|故事|镜头|片段|画面|做法|举措|措施|经验|任务|建议|对策|"
    r"路径|策略|环节|板块|篇章|乐章)[一二三四五六七八九十]{1,3})[：:](?P<rest>.+)"
)
# "1. 压实包保责任", "2、严格考核问效" -> label "1"
HEADING_ARABIC = re.compile(r"(?P<label>\d{1,2})(?:[.．、](?!\d)) ?(?P<rest>.+)")
# "（1）健全机制" -> label "（1）"
HEADING_PAREN_ARABIC = re.compile(r"(?P<label>[（(]\d{1,2}[）)]) ?(?P<rest>.+)")
# "❶提高认识，压实责任", "① 突出重点", "⑴健全机制", "⒈压实责任": a number a font
# draws in a circle, in brackets or with its stop; each style a kind of its own, so
# "❶" parts hold "①" points. Label "❶", ordinal its number.
DINGBAT_STYLES = (
    ("dingbat", "\u2776-\u277f\u278a-\u2793\u24eb-\u24f4"),  # ❶ ➊ ⓫: filled
    ("dingbat-open", "\u2780-\u2789"),  # ➀: sans-serif
    ("circled", "\u2460-\u2473\u24f5-\u24fe"),  # ① ⓵
    ("paren-circled", "\u2474-\u2487"),  # ⑴
    ("stop-digit", "\u2488-\u249b"),  # ⒈
)
HEADING_DINGBATS = tuple(
    (kind, re.compile(rf"(?P<label>[{chars}])[、，,．. \u3000]*(?P<rest>.+)"))
    for kind, chars in DINGBAT_STYLES
)
DINGBAT_KINDS = {kind for kind, _ in DINGBAT_STYLES}
# "一" alone on a line: a part number in collected works
HEADING_BARE_NUMERAL = re.compile(r"(?P<label>[一二三四五六七八九十]{1,3})(?P<rest>)")
# "结束语" alone on its line after the numbered parts: a closing part printed without a
# number, a sibling of the parts (its text is not the last part's)
HEADING_CLOSING_PART = re.compile(r"(?P<label>)(?P<rest>结束语|结语)[：:]?$")

HALF_KIND = "half"
# "同志们：", "各位代表：" under a part's label alone: the people addressed, where the
# part opens the speech; the label heads the part with no words of its own (2.19)
ADDRESS_LINE = re.compile(r"^[^。！？!?；;，,：:\n]{2,40}[：:]$")

# "第六", "第一、", "一、", "（三）", "第二部分" alone on a line: the label of a heading
# printed on the next line
LABEL_ALONE = (
    ("numeral", re.compile(r"^(?P<label>[一二三四五六七八九十]{1,3})[、.．]$")),
    ("paren", re.compile(r"^(?P<label>[（(][一二三四五六七八九十]{1,3}[）)])$")),
    (
        "topic",
        re.compile(r"^(?P<label>第[一二三四五六七八九十]{1,3}(?:个问题|个方面|部分))$"),
    ),
    ("ordinal", re.compile(r"^(?P<label>第[一二三四五六七八九十]{1,3})[，,、：:]?$")),
    # "上篇" / "下篇" alone on a line: a speech printed in halves (2.19)
    (HALF_KIND, re.compile(r"^(?P<label>[上中下]篇)[：:]?$")),
    # "一" alone over "看清大势，开放是最大的机遇": a paper prints the part's number
    # apart; only over a heading's line (collected works put "一" over the text itself)
    ("bare", re.compile(r"^(?P<label>[一二三四五六七八九十]{1,3})$")),
    # "❶" alone over "提高认识，压实责任": a dingbat's number printed apart
    *(
        (kind, re.compile(rf"^(?P<label>[{chars}])[、.．]?$"))
        for kind, chars in DINGBAT_STYLES
    ),
)
# A part's heading under its label alone is short; a longer first sentence ending on
# its stop opens the part's text
PART_HEADING_MAX_CHARS = 30
# the labels over a speech's opening whose part may begin with its address
ADDRESS_KINDS = {"topic", HALF_KIND}
# and those that may stand alone over the opening: "一" alone over "同志们：", a part
# number set apart (a Markdown "## 一")
OPENING_PART_KINDS = ADDRESS_KINDS | {"bare"}
# 下篇 follows 中篇 where there is one: renumbered in order (``_half_parts``)
HALF_VALUES = {"上篇": 1, "中篇": 2, "下篇": 2}
# A heading printed on a line of its own: short, no sentence's stop
HEADING_ALONE = re.compile(r"^[^。！？!?；;]{2,40}$")
# "关于九大路线": a report's part headed without a number, alone on its line; two or
# more make the parts of a speech that numbers none
HEADING_ABOUT = re.compile(r"^(?P<label>)(?P<rest>关于[^。！？!?；;，,：:]{2,30})$")
ABOUT_KIND = "about"
ABOUT_MIN_HEADINGS = 2
# "走好开局之路" alone on its line, then "1. 目标清晰化" (maybe after a sentence
# announcing the points): a talk's unnumbered subhead over a numbered run that starts
# again at one under each. Short, no stop, no colon, no label; two or more of them, each
# with a run opening within RESTART_MAX_PARAGRAPHS paragraphs under it.
HEADING_SUBHEAD = re.compile(r"^[^。！？!?；;：:\n]{4,30}$")
SUBHEAD_TRAILING_CLAUSE = "，,、"
SUBHEAD_KIND = "subhead"
NUMBER_THEN_SPACE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[ \u3000]")
SUBHEAD_MIN_HEADINGS = 2
# "**——要始终弘扬…精神。**学校…": a Markdown paragraph's bold first sentence, its
# run-in head (``run_in``); a part of the speech, numbered by its place
RUN_IN_KIND = "run-in"
# "**坚持人民至上**" alone on its line between paragraphs: a Markdown text's bold
# subhead (``run_in.bold_subheads``), a part numbered by its place
BOLD_KIND = "bold"

HEADING_KINDS = (
    ("numeral", HEADING_NUMERAL_COMMA),
    ("paren", HEADING_PAREN_NUMERAL),
    ("topic", HEADING_ORDINAL_TOPIC),
    ("ordinal", HEADING_ORDINAL),
    ("counted", HEADING_COUNTED),
    ("sequence", HEADING_SEQUENCE),
    ("point", HEADING_POINT),
    ("arabic", HEADING_ARABIC),
    ("paren-arabic", HEADING_PAREN_ARABIC),
    ("named", HEADING_NAMED_NUMBER),
    *HEADING_DINGBATS,
    ("bare", HEADING_BARE_NUMERAL),
    ("closing", HEADING_CLOSING_PART),
    (ABOUT_KIND, HEADING_ABOUT),
)
# A line that opens with a label of its own is no heading's words
HEADING_LABEL_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十]{1,3})"
)
# Enumerators that only ever open a part; the others ("首先，", "第一，", "一是") also
# open sentences, so they count as headings only in a list of two or more.
PART_KINDS = {
    "numeral",
    "paren",
    "topic",
    HALF_KIND,
    ABOUT_KIND,
    SUBHEAD_KIND,
    RUN_IN_KIND,
    BOLD_KIND,
}
# "一、过去一年的工作" over "一、经济运行…。" "二、…" and "二、今年的主要任务" over "一、…":
# one numbering style at two levels, restarting under each part. The kinds a report
# so numbers twice, and the kind its sub-parts are told apart as.
TIERED_KINDS = {"numeral", "arabic", "paren"}
SUB_TIER = ".sub"
PART_KINDS |= {kind + SUB_TIER for kind in PART_KINDS & TIERED_KINDS}
# "一是要把学习贯穿始终。" opening its own paragraph is a point even when the writer
# gives no "二是" after it: unlike "首先" or "第一", it never opens a plain sentence.
POINT_KINDS = {"point"}
# "1、主要从队伍建设着手，…。" opening its paragraph under a part: the writer's only
# numbered item, a section even alone ("1、2月份…" is a range: no heading reads a digit)
LONE_ITEM_KINDS = {"arabic"}
# "1.抓好网点布设。…2.落实资金。…", "（1）…；（2）…" or "（一）…；（二）…" in one
# paragraph: the items of a list run into a paragraph are its text, not sections
# (2.20); each item opening its own paragraph is a section ("（一）…。（二）…" after a
# full stop too: a part heading run on where a line break was lost)
INLINE_LIST_KINDS = {"arabic", "paren-arabic", "paren"}
# Kinds whose lists follow one another at one level ("一是…" after "…三是")
POINT_LIST_KINDS = {"point", "ordinal"}
# "一是", "二要", "第三，" where they open a paragraph or a sentence in it: the points of
# a list, kept when the list runs over paragraphs ("…原则：一是扩内需。" + "二是…").
# Where they open a sentence is checked apart (a look-behind slows every position);
# the look-ahead lets the engine skip to a numeral or 第 instead of trying each place.
INLINE_POINT = re.compile(
    r"(?=[一二三四五六七八九十第])(?P<label>(?P<point>[一二三四五六七八九十]{1,2})[是要]"
    r"|第(?P<ordinal>[一二三四五六七八九十]{1,2})(?=[，,、：:]))[，,、：:]?"
)
SENTENCE_BOUNDARY = "\n。：:；;！!？?"
NEWLINE = re.compile("\n")
CLOSING_KIND = "closing"
# "首先…第二…第三…" and "第一…其次…最后…": the two kinds continue each other's lists.
ORDINAL_FAMILY = {"sequence", "ordinal"}
SEQUENCE_VALUES = {"首先": 1, "其次": 2, "再次": 3, "再者": 3}
LAST_IN_SEQUENCE = "最后"
# "最后，我衷心祝愿大会圆满成功！": the speech's closing wish, not its last point
CLOSING_WISH = re.compile(r"^我?(?:衷心|诚挚地?|再次)?(?:祝愿|祝|预祝|感谢|谢谢)")
# "最后，我再强调一点：…", "最后，我想再提醒几句：…": the speaker's last remark on the
# whole speech, after its parts and their points, not the next point of a list
CLOSING_REMARK = re.compile(
    r"^我(?:还|再|最后)?(?:想|要)?(?:再|还)?(?:强调|补充|提醒)(?:一下|一点|几句|两点)?的?是?"
    r"(?=[，,：:])"
)
# "首先，我代表县委，向…表示祝贺！", "首先，请允许我…": a ceremonial opening, not a point
CEREMONIAL_OPENING = re.compile(
    r"^(?:我谨?(?:代表|向|对)|请允许我|让我们|向.{2,40}?(?:表示|致以|致敬))"
)
FIRST_IN_SEQUENCE = "首先"
# "首先，请常务副县长韩立平同志通报去年工作情况。": a host's agenda step, one sentence
# that calls the next speaker, is procedure, not a point of the host's own remarks
AGENDA_STEP = re.compile(r"^请[^。！？!?\n]+[。！？!?]?$")
# "第二条：“会前要把材料读一遍。”": a numbered paragraph that is one quoted sentence
# and nothing more cites someone's rules, article by article; a part of the speech
# has words of its own ("一、“两个维护”要落到实处")
QUOTED_ARTICLE = re.compile(r"^[“「『][^”」』]+[。！？!?][”」』]$")
# A heading's sentence ends at the first full stop, colon or exclamation.
HEADING_END = re.compile(r"[。！？!?；;：:]")
# "二、加强源头管控，把好准入关；强化过程监管，守住安全线。": clauses a semicolon joins
# are one sentence, and one heading, to the stop (within HEADING_MAX_CHARS); a colon
# after the semicolon ("…准入关；具体要求是：") leaves the first clause the heading
PAST_SEMICOLON = re.compile(r"[。！？!?：:]")
SEMICOLON = "；;"
HEADING_MAX_CHARS = 100
# "一、压紧压实各级责任，…明确到人；强化资金保障，…吃上定心丸。" alone on its
# paragraph: a 公文 part's heading of two charges a semicolon joins runs to its stop
# up to this length (2.20); one that runs on into its text keeps HEADING_MAX_CHARS
JOINED_HEADING_MAX_CHARS = 140
# "一、抓好统筹：把收购任务分解到每个网点。" alone on its paragraph: a 公文 heading's
# theme, a colon and the charge it sets, one heading to the stop (2.20). Where the
# paragraph runs on after the stop, or the words after the colon hold a stop of their
# own or open a list, the colon announces the part's text ("一、关于网点：全县共设
# 网点四十个。…"), and the heading ends at the colon.
COLON_CHARGE = re.compile(r"[：:](?P<charge>[^。！？!?；;：:\n]{2,50})[。！!]?")
# "一是…", "1.…", "（1）…" after the colon: the part's list, not its charge; a figure
# in it ("全县设网点40个") states a fact, the part's text
LIST_OPENING = re.compile(r"[一二三四五六七八九十]{1,2}[是要]|[（(]|.*\d")
CLAUSE_BREAK = re.compile(r"[，,]")
# A list restarting at one within this many paragraphs of a heading is nested in it.
RESTART_MAX_PARAGRAPHS = 3


@dataclass
class Heading:
    kind: str
    value: int
    label: str
    heading: str
    start: int  # offset of the label in the body
    text_start: int  # offset where the section's own text begins
    paragraph_end: int  # offset where the heading's paragraph ends
    line: int = 0  # index of the heading's paragraph in the body
    paragraph_start: int = -1  # offset of that paragraph, for points found inside one
    children: list[Heading] = field(default_factory=list)
    end: int = 0
    opens_late: bool = False  # "第二点" opening a list whose first point has no label


def numeral_value(text: str) -> int:
    """Read a Chinese or Arabic ordinal: "三" -> 3, "十二" -> 12, "（4）" -> 4."""
    digits = NON_DIGITS.sub("", text)
    if digits:
        return int(digits)
    numeral = "".join(ch for ch in text if ch in NUMERALS)
    if not numeral:
        return 0
    if "十" not in numeral:
        return NUMERALS.index(numeral[-1]) + 1
    tens, _, units = numeral.partition("十")
    value = (NUMERALS.index(tens) + 1 if tens else 1) * 10
    return value + (NUMERALS.index(units) + 1 if units else 0)


def split_sections(
    body: str, *, leads: tuple[str, ...] = (), subheads: tuple[str, ...] = ()
) -> tuple[ParsedSection, ...]:
    """Return the section tree of a speech body; ``leads`` and ``subheads`` are the
    heads its Markdown printed in bold (``run_in``): run-in, and alone on a line."""
    candidates = tier_repeated_numbering(
        find_heading_candidates(body, leads=leads, subheads=subheads)
    )
    rejected: set[int] = set()
    for _ in range(4):
        headings = [h for h in candidates if h.start not in rejected]
        roots = build_tree(headings)
        lone = lone_headings(roots, body)
        if not lone:
            break
        rejected.update(lone)
    else:
        roots = build_tree([h for h in candidates if h.start not in rejected])
    _set_ends(roots, len(body))
    return tuple(_to_parsed(roots, body, level=1))


def tier_repeated_numbering(headings: list[Heading]) -> list[Heading]:
    """Tell parts from sub-parts where a report numbers both alike ("一、" under "一、"),
    restarting under each part; sub-parts get a kind of their own, so the tree nests
    them. Where a number could continue either list ("三、" after parts 一、二 and
    sub-parts 一、二), it is a part when a sub-list restarts right under it, or when it
    is printed as the parts are (alone on its line) and the sub-parts are not."""
    for kind in TIERED_KINDS:
        # a part with its first sub-part right under it, no heading of another kind
        # between: "二、今年的主要任务" + "一、抓好项目建设。"
        if not any(
            earlier.kind == later.kind == kind
            and earlier.value > 1
            and later.value == 1
            and later.line - earlier.line <= RESTART_MAX_PARAGRAPHS
            for earlier, later in pairwise(headings)
        ):
            continue
        _assign_tiers([heading for heading in headings if heading.kind == kind])
    return headings


def _assign_tiers(same: list[Heading]) -> None:
    parts: list[Heading] = []
    subs: list[Heading] = []
    for index, heading in enumerate(same):
        following = same[index + 1] if index + 1 < len(same) else None
        if not parts:
            parts.append(heading)
            continue
        part_next = parts[-1].value + 1
        sub_next = subs[-1].value + 1 if subs else 1
        if heading.value == sub_next and heading.value != part_next:
            part = False
        elif heading.value == part_next and heading.value != sub_next:
            part = True
        elif heading.value == part_next:  # either list goes on here
            opens_sub_list = (
                following is not None
                and following.value == 1
                and following.line - heading.line <= RESTART_MAX_PARAGRAPHS
            )
            part = opens_sub_list or (
                _alone(heading) == _alone(parts[-1]) != _alone(subs[-1])
            )
        else:
            part = False
        if part:
            parts.append(heading)
            subs = []
        else:
            heading.kind += SUB_TIER
            subs.append(heading)


def _alone(heading: Heading) -> bool:
    """Tell a heading printed alone on its line from one that runs into its text.

    A heading of clauses joined by semicolons runs on: its later clauses read as its
    words, so parts and sub-parts numbered alike are told apart as by its first."""
    if any(mark in heading.heading for mark in SEMICOLON):
        return False
    return heading.paragraph_end - heading.text_start <= 1


def find_heading_candidates(
    body: str, *, leads: tuple[str, ...] = (), subheads: tuple[str, ...] = ()
) -> list[Heading]:
    """Return every paragraph that opens with an enumerator or a bold head, in order.

    Points of a list that runs over several paragraphs count where they stand, also
    inside a paragraph: "…以下原则：一是扩内需。" + "二是调结构。…" (see
    ``spanning_point_lists``).
    """
    headings: list[Heading] = []
    pending_leads = list(leads)
    pending_bold = list(subheads)
    offset = 0
    lines = body.split("\n")
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        heading = read_heading(line, offset)
        if heading is None or heading.kind == "bare":
            heading = label_alone(line, following, offset) or heading
        for kind, pending in ((RUN_IN_KIND, pending_leads), (BOLD_KIND, pending_bold)):
            if heading is None and pending:
                found = sum(1 for h in headings if h.kind == kind)
                heading = _marked_heading(line, offset, pending, kind, found + 1)
        if heading:
            heading.line = index
            headings.append(heading)
        offset += len(line) + 1
    headings = _about_headings(headings, body)
    headings = _half_parts(headings)
    headings = _with_bold_marks(headings)
    headings = _with_subheads(headings, lines)
    _mark_late_topic_start(headings)
    parts = [heading.start for heading in headings if heading.kind in PART_KINDS]
    # Under a part a list is a point list of that part; before any part, a list whose
    # first point is inline is more often the opening's review than the outline,
    # unless a colon announces it ("中国主张：第一，…").
    spanning = [
        point
        for run in spanning_point_lists(body)
        if (parts and run[0].start > parts[0]) or _announced(run[0], body)
        for point in run
    ]
    if not spanning:
        return headings
    taken = {heading.start for heading in spanning}
    kept = [heading for heading in headings if heading.start not in taken]
    return sorted([*kept, *spanning], key=lambda heading: heading.start)


def _marked_heading(
    line: str, offset: int, pending: list[str], kind: str, value: int
) -> Heading | None:
    """Return the heading of a paragraph that opens on one of the ``pending`` bold
    sentences of a Markdown text (a run-in lead) or is one of them (a subhead alone),
    taken in order: those before it (a title, a byline over the speech) are passed."""
    words = line.lstrip(" \t\u3000")
    for index, marked in enumerate(pending):
        if words.startswith(marked) and (kind == RUN_IN_KIND or words == marked):
            del pending[: index + 1]
            start = offset + len(line) - len(words)
            return Heading(
                kind=kind,
                value=value,
                label="",
                heading=lead_heading(marked),
                start=start,
                text_start=start + len(marked),
                paragraph_end=offset + len(line),
            )
    return None


def label_alone(line: str, following: str, offset: int) -> Heading | None:
    """Return the heading whose label stands alone on its line ("第六"), its words on
    the next line ("坚持开放合作。…")."""
    for kind, pattern in LABEL_ALONE:
        match = pattern.match(line)
        if not match or not following or HEADING_LABEL_START.match(following):
            continue
        address = kind in OPENING_PART_KINDS and ADDRESS_LINE.match(following)
        if kind == "bare" and not address and not HEADING_ALONE.match(following):
            return None
        if address or (kind in ADDRESS_KINDS and _paragraph_sentence(following)):
            start = offset + len(line) + 1
            return Heading(
                kind=kind,
                value=_value(kind, match["label"]),
                label=match["label"],
                heading="",
                start=offset,
                text_start=start,
                paragraph_end=start,
            )
        heading = _with_colon_charge(following, heading_sentence(following))
        if not heading:
            return None
        next_start = offset + len(line) + 1
        return Heading(
            kind=kind,
            value=_value(kind, match["label"]),
            label=match["label"],
            heading=heading.rstrip("。；;：:，,.！!？? "),
            start=offset,
            text_start=next_start + len(heading),
            paragraph_end=next_start + len(following),
        )
    return None


def _with_bold_marks(headings: list[Heading]) -> list[Heading]:
    """Keep a Markdown text's bold heads (run-in leads, subheads alone) of a kind only
    when two or more of that kind open the body's paragraphs: one is emphasis."""
    for kind in (RUN_IN_KIND, BOLD_KIND):
        if sum(1 for heading in headings if heading.kind == kind) < RUN_IN_MIN_LEADS:
            headings = [heading for heading in headings if heading.kind != kind]
    return headings


def _about_headings(headings: list[Heading], body: str) -> list[Heading]:
    """Keep "关于…" lines as parts, counted in order, when two or more stand alone."""
    about = [heading for heading in headings if heading.kind == ABOUT_KIND]
    if len(about) < ABOUT_MIN_HEADINGS:
        return [heading for heading in headings if heading.kind != ABOUT_KIND]
    for value, heading in enumerate(about, 1):
        heading.value = value
    return headings


def _paragraph_sentence(line: str) -> bool:
    """Tell a paragraph's long first sentence ("过去一年，全市…，社会大局持续稳定。")
    from a part's heading printed under its label, short or without a stop."""
    first = heading_sentence(line)
    return len(first) > PART_HEADING_MAX_CHARS and len(first) < len(line)


def _half_parts(headings: list[Heading]) -> list[Heading]:
    """Keep "上篇"/"下篇" labels as parts, counted in order, when they open with 上篇
    and two or more stand alone: one alone names no half of anything."""
    halves = [heading for heading in headings if heading.kind == HALF_KIND]
    if len(halves) < 2 or halves[0].label != "上篇":
        return [heading for heading in headings if heading.kind != HALF_KIND]
    for value, heading in enumerate(halves, 1):
        heading.value = value
    return headings


def part_label(line: str) -> tuple[str, int] | None:
    """Return the kind and number of a part's label alone on a line that may stand
    over the speech's opening ("第一部分" -> ("topic", 1), "下篇" -> ("half", 2))."""
    for kind, pattern in LABEL_ALONE:
        if kind in OPENING_PART_KINDS:
            match = pattern.match(line)
            if match:
                return kind, _value(kind, match["label"])
    return None


def _with_subheads(headings: list[Heading], lines: list[str]) -> list[Heading]:
    """Add a talk's unnumbered subheads: lines alone that each stand over a numbered
    run starting at one ("走好开局之路" over "1. 目标清晰化"), two or more of them."""
    taken = {heading.line for heading in headings}
    heading_lines = [heading.line for heading in headings]
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    subheads = []
    for index, line in enumerate(lines):
        if index in taken or not _subhead_line(line):
            continue
        after = bisect.bisect_right(heading_lines, index)
        below = headings[after] if after < len(headings) else None
        if (
            below is None
            or below.value != 1
            or below.line - index > RESTART_MAX_PARAGRAPHS
            or any(_subhead_line(lines[i]) for i in range(index + 1, below.line))
        ):
            continue
        subheads.append(
            Heading(
                kind=SUBHEAD_KIND,
                value=len(subheads) + 1,
                label="",
                heading=line.strip(),
                start=starts[index],
                text_start=starts[index] + len(line),
                paragraph_end=starts[index] + len(line),
                line=index,
            )
        )
    # a talk's subheads divide the whole of it: the first stands over every numbered
    # heading (a line alone under "二、" over "一是…" is that part's own matter)
    if len(subheads) < SUBHEAD_MIN_HEADINGS or any(
        heading.line < subheads[0].line for heading in headings
    ):
        return headings
    return sorted([*headings, *subheads], key=lambda heading: heading.start)


def opens_on_subhead(lines: list[str]) -> bool:
    """Tell whether the first line is a talk's first unnumbered subhead, printed over
    its opening words: it stands over a numbered run, and another subhead follows."""
    if not lines or not _subhead_line(lines[0]):
        return False
    headings = []
    offset = 0
    for index, line in enumerate(lines):
        heading = read_heading(line, offset)
        if heading:
            heading.line = index
            headings.append(heading)
        offset += len(line) + 1
    subheads = _with_subheads(headings, lines)
    return any(h.kind == SUBHEAD_KIND and h.line == 0 for h in subheads)


def _subhead_line(line: str) -> bool:
    line = line.strip()
    return (
        bool(HEADING_SUBHEAD.match(line))
        and not line.endswith(tuple(SUBHEAD_TRAILING_CLAUSE))
        and not HEADING_LABEL_START.match(line)
        and not NUMBER_THEN_SPACE.match(line)  # "一　三三制的实质": a numbered part
        and read_heading(line, 0) is None
    )


def _mark_late_topic_start(headings: list[Heading]) -> None:
    """Let a list of topics open at "第二点" when "第三点" follows it: the speaker gave
    his first point no number ("我讲几点意见。" then its paragraph)."""
    topics = [heading for heading in headings if heading.kind == TOPIC_KIND]
    if (
        len(topics) >= 2
        and topics[0].value == LATE_START_VALUE
        and topics[1].value == LATE_START_VALUE + 1
    ):
        topics[0].opens_late = True


def _announced(point: Heading, body: str) -> bool:
    """Tell a list of "第一，…" points a colon announces ("中国主张：第一，…") from a
    review a sentence opens ("成绩显著：一是…"): the outline, not the opening's."""
    return (
        point.kind == "ordinal" and point.start > 0 and body[point.start - 1] in "：:"
    )


def spanning_point_lists(body: str) -> list[list[Heading]]:
    """Return the points of lists ("一是…二是…", "第一，…第二，…") that run over two
    or more paragraphs and open at least one of them.

    Such a list is the speech's outline even where a point starts inside a paragraph
    ("…必须把握以下原则：一是扩内需。" then "二是调结构。…", or "三是…。四是…" in one
    paragraph between "二是" and "五是"). A list inside one paragraph stays inline.
    """
    runs: list[list[Heading]] = []
    open_runs: dict[str, list[Heading]] = {}
    line_starts = [0, *(match.end() for match in NEWLINE.finditer(body))]
    for match in INLINE_POINT.finditer(body):
        start = match.start()
        if start and body[start - 1] not in SENTENCE_BOUNDARY:
            continue
        index = bisect.bisect_right(line_starts, start) - 1
        point = _inline_point(match, body, line_starts[index], index)
        if point is None:
            continue
        # "一是…二是" and "一要…二要" are lists apart; "第一…第二" one kind
        key = point.kind + (point.label[-1] if point.kind == "point" else "")
        run = open_runs.get(key)
        if (
            run
            and point.value == run[-1].value + 1
            and index - run[-1].line <= RESTART_MAX_PARAGRAPHS
        ):
            run.append(point)
        elif point.value == 1:
            open_runs[key] = [point]
            runs.append(open_runs[key])
    kept: list[list[Heading]] = []
    for run in runs:
        lines = {point.line for point in run}
        opens_paragraph = any(point.start == point.paragraph_start for point in run)
        if len(run) >= 2 and len(lines) >= 2 and opens_paragraph:
            kept.append(run)
    return kept


def _inline_point(
    match: re.Match, body: str, paragraph_start: int, index: int
) -> Heading | None:
    """Return the point a label opens inside a paragraph, or None."""
    paragraph_end = body.find("\n", match.end())
    if paragraph_end == -1:
        paragraph_end = len(body)
    sentence = heading_sentence(body[match.end() : paragraph_end])
    if not sentence:
        return None
    return Heading(
        kind="ordinal" if match["ordinal"] else "point",
        value=numeral_value(match["ordinal"] or match["point"]),
        label=match["label"],
        heading=sentence.rstrip("。；;：:，,.！!？? "),
        start=match.start("label"),
        text_start=match.end() + len(sentence),
        paragraph_end=paragraph_end,
        line=index,
        paragraph_start=paragraph_start,
    )


def read_heading(line: str, offset: int) -> Heading | None:
    """Return the heading that opens a paragraph, or None."""
    for kind, pattern in HEADING_KINDS:
        match = pattern.match(line)
        if not match:
            continue
        if kind == "bare" and match.end() != len(line):
            continue
        if kind == "point" and _continues_inline(line, match["label"]):
            return None  # "一是…。二是…" in one paragraph: an inline enumeration
        if kind == TOPIC_KIND and _next_topic_inline(match["label"], match["rest"]):
            return None  # "第一个问题，…？第二个问题，…" in one paragraph (2.16)
        rest = match["rest"]
        if QUOTED_ARTICLE.match(rest.strip()):
            return None  # "第一条：“…。”": a quoted rule, not a part of the speech
        if match["label"] == LAST_IN_SEQUENCE and CLOSING_WISH.match(rest):
            return None  # "最后，祝大会圆满成功！": the closing, not a point
        if match["label"] == LAST_IN_SEQUENCE and CLOSING_REMARK.match(rest):
            return None  # "最后，我再强调一点：…": the speaker's coda (2.19)
        if match["label"] == FIRST_IN_SEQUENCE and CEREMONIAL_OPENING.match(rest):
            return None  # "首先，我代表县委向…祝贺": a greeting, not a point
        if kind == "sequence" and AGENDA_STEP.match(rest):
            return None  # "最后，请县长作重要讲话。": a host calls a speaker
        if kind in (CLOSING_KIND, ABOUT_KIND):
            return _unnumbered_part(kind, match, offset, line)
        value = _value(kind, match["label"])
        if not value:
            return None
        if kind == "numeral" and _numeral_range(value, rest):
            return None
        if kind in INLINE_LIST_KINDS and _next_item_inline(kind, match["label"], rest):
            return None  # "1.…。2.…。3.…" in one paragraph: an inline list (2.20)
        heading = _with_colon_charge(rest, heading_sentence(rest))
        if kind != "bare" and not heading:
            return None
        text_start = offset + match.start("rest") + len(heading)
        return Heading(
            kind=kind,
            value=value,
            label=match["label"],
            heading=heading.rstrip("。；;：:，,.！!？? "),
            start=offset,
            text_start=text_start,
            paragraph_end=offset + len(line),
        )
    return None


def _unnumbered_part(kind: str, match: re.Match, offset: int, line: str) -> Heading:
    """Return the heading of an unnumbered part: a closing ("结束语") or a "关于…" part,
    whose number is its place among them (set later)."""
    return Heading(
        kind=kind,
        value=0,
        label="",
        heading=match["rest"],
        start=offset,
        text_start=offset + match.end("rest"),
        paragraph_end=offset + len(line),
    )


def _value(kind: str, label: str) -> int:
    if kind == HALF_KIND:
        return HALF_VALUES[label]
    if kind in DINGBAT_KINDS:
        return int(unicodedata.numeric(label))
    if kind == "sequence":
        return SEQUENCE_VALUES.get(label, -1)  # 最后: whatever comes next
    return numeral_value(label.rstrip("是要"))


def _numeral_range(value: int, rest: str) -> bool:
    """Tell "一、二月份" (the months one and two) from "二、一批项目落地" (a heading)."""
    following = NUMERAL_RANGE.match(rest)
    return bool(following) and numeral_value(following["next"]) == value + 1


def _continues_inline(line: str, label: str) -> bool:
    """Tell whether "一是" is followed by "二是" in the same paragraph."""
    following = NUMERALS[numeral_value(label)] if numeral_value(label) < 10 else ""
    return bool(following) and (following + label[-1]) in line[len(label) :]


def _next_item_inline(kind: str, label: str, rest: str) -> bool:
    """Tell whether "1." is followed by "2." ("（一）" by "（二）") in the same
    paragraph, after a stop or a clause's mark: a list run into one paragraph, which a
    reader files as its text."""
    value = numeral_value(label)
    if kind == "paren":
        # "（一）…。（二）…" after a full stop is a part heading a lost line break
        # ran on (kept as before); after a clause's mark, an inline list
        if not 0 < value < len(NUMERALS):
            return False
        return bool(re.search(rf"[；;，,：:、]\s*[（(]{NUMERALS[value]}[）)]", rest))
    if kind == "paren-arabic":
        following = rf"[（(]{value + 1}[）)]"
    else:
        following = rf"(?<!\d){value + 1}[.．、](?!\d)"
    return bool(re.search(rf"[。；;！？!?，,：:\s]{following}", rest))


def _with_colon_charge(rest: str, heading: str) -> str:
    """Return "X：Y" where "X：Y。" is the whole paragraph and Y a charge, else X."""
    after = rest[len(heading) :]
    match = COLON_CHARGE.fullmatch(after.rstrip())
    if (
        not match
        or LIST_OPENING.match(match["charge"])
        or len(heading) + len(match["charge"]) + 1 > HEADING_MAX_CHARS
    ):
        return heading
    return heading + after[: match.end("charge")]


def _next_topic_inline(label: str, rest: str) -> bool:
    """Tell whether "第一个问题" is followed by "第二个问题" in the same paragraph: a
    talk's questions put to the hall one after another, not its parts."""
    value = numeral_value(label[1:].rstrip("个问题方面部分点条"))
    if not 0 < value < len(NUMERALS):
        return False
    return f"第{NUMERALS[value]}{label[2:]}" in rest


def heading_sentence(rest: str) -> str:
    """Return the heading: the first sentence after the enumerator."""
    end = HEADING_END.search(rest)
    limit = HEADING_MAX_CHARS
    if end and end.group() in SEMICOLON:
        stop = PAST_SEMICOLON.search(rest, end.end())
        if stop and stop.group() not in "：:":
            if not rest[stop.end() :].strip():  # the heading alone on its paragraph
                limit = JOINED_HEADING_MAX_CHARS
            if stop.start() <= limit:
                end = stop
    sentence = rest[: end.start()] if end else rest
    if len(sentence) > limit:
        sentence = CLAUSE_BREAK.split(sentence, maxsplit=1)[0][:HEADING_MAX_CHARS]
    return sentence


def build_tree(headings: list[Heading]) -> list[Heading]:
    """Nest headings by depth; a kind seen before returns to its level."""
    for heading in headings:
        heading.children = []
    roots: list[Heading] = []
    stack: list[Heading] = []  # the open path from a root to the latest heading
    for heading in headings:
        if heading.kind == CLOSING_KIND:
            if roots:  # after numbered parts, a part of its own; else no section
                roots.append(heading)
                stack[:] = [heading]
            continue
        level = _sibling_level(stack, heading)
        if level is None:
            if heading.value not in (1, -1) and not heading.opens_late:
                continue  # a list must start at one: "三是" alone is not a heading
            if heading.value == -1 and not stack:
                continue
            parent = stack[-1] if stack else None
            (parent.children if parent else roots).append(heading)
            stack.append(heading)
            continue
        del stack[level + 1 :]
        sibling = stack[level]
        if heading.value == -1:
            heading.value = sibling.value + 1
        parent = stack[level - 1] if level else None
        (parent.children if parent else roots).append(heading)
        stack[level] = heading
    return roots


def _sibling_level(stack: list[Heading], heading: Heading) -> int | None:
    """Return the depth at which the heading continues a list, or None for a new list."""
    levels = [
        i for i, open_heading in enumerate(stack) if open_heading.kind == heading.kind
    ]
    if heading.value != 1 and heading.kind in ORDINAL_FAMILY:
        levels = [
            i
            for i, open_heading in enumerate(stack)
            if open_heading.kind in ORDINAL_FAMILY
        ]
    if not levels:
        return None
    if heading.value == 1:
        # A list of points right after the last point of another ("一是…五是" on
        # schooling, then "一是…" on health) is the next list, not a list inside it.
        if _same_list_kind(stack[-1], heading):
            return levels[-1]
        # "一、…四、" with "1、2、" under 四, then a paragraph and "一、" again: parts
        # numbered anew (this year's work, then next year's plans), not a list inside
        # the "2、" above; a part's style is open higher up, another kind is nearest.
        # Right under its heading ("第二，增产措施有五项：" + "一、开垦荒地") a list
        # is that heading's own.
        if (
            heading.kind in PART_KINDS
            and stack[-1].kind not in PART_KINDS
            and heading.line - stack[-1].line > 1
        ):
            return levels[-1]
        # Numbering that starts again right under a heading is a list inside it;
        # far from it, a new list at the same level.
        if heading.line - stack[-1].line <= RESTART_MAX_PARAGRAPHS:
            return None
        return levels[-1]
    if heading.value == -1:
        return levels[-1]
    for level in reversed(levels):
        if stack[level].value == heading.value - 1:
            return level
    for level in reversed(levels):
        if 0 < stack[level].value < heading.value:
            return level
    return None


def _same_list_kind(last: Heading, heading: Heading) -> bool:
    """Tell a list of points after the last point of another ("一要…" after "三是…",
    paragraphs each) from a list under a heading of another kind.

    A speech elaborates a point inside its own paragraph; paragraphs of points after the
    last point of a list are the next list, as in reports that put one list under each
    topic sentence ("促进就业。一是…" "发展教育。一是…").
    """
    return heading.kind in POINT_LIST_KINDS and last.kind == heading.kind


def lone_headings(roots: list[Heading], body: str) -> set[int]:
    """Return the starts of headings alone in their list, which are not headings.

    "首先，我代表县委…" without a "其次" is a sentence, not a section. Part headings
    ("一、", "（一）", "第一个问题") are headings even alone; so is a heading with points
    under it, and a first point in the last paragraph: the page may have cut the rest.
    """
    lone: set[int] = set()

    def visit(siblings: list[Heading], parent: Heading | None = None) -> None:
        for run in _runs(siblings):
            for heading in run:
                confirmed = (
                    heading.kind in PART_KINDS
                    or heading.kind in POINT_KINDS
                    or _lone_item(heading, parent, body)
                    or heading.kind == CLOSING_KIND
                    or _has_points(heading)
                    or _last_paragraph(heading, body)
                )
                if len(run) == 1 and not confirmed:
                    lone.add(heading.start)
        for heading in siblings:
            visit(heading.children, heading)

    visit(roots)
    return lone


def _lone_item(heading: Heading, parent: Heading | None, body: str) -> bool:
    """Tell a lone "1、" item under a part (its paragraph its own) from a "1." that
    opens the speech's text, where a list of one is no part of a tree."""
    return (
        heading.kind in LONE_ITEM_KINDS
        and heading.value == 1
        and parent is not None
        and parent.kind in PART_KINDS
        and not body[heading.text_start : heading.text_start + 1].isdigit()
    )


def _has_points(heading: Heading) -> bool:
    """Tell whether points ("一是", "1.") sit under a heading.

    Parts do not confirm a lone "首先，": in "首先，我代表主席团致谢。" followed by
    "一、…二、…", the parts follow a sentence, they are not its points.
    """
    return any(child.kind not in PART_KINDS for child in heading.children)


def _runs(siblings: list[Heading]) -> list[list[Heading]]:
    """Split siblings into lists: a list continues its kind and restarts at one.

    "首先，我提议…" far above "首先，…第二，…第三，…" is a list of its own, of one.
    """
    runs: list[list[Heading]] = []
    for heading in siblings:
        same_list = [
            run for run in runs if _same_family(run[-1], heading) and heading.value != 1
        ]
        if same_list:
            same_list[-1].append(heading)
        else:
            runs.append([heading])
    return runs


def _same_family(first: Heading, second: Heading) -> bool:
    return first.kind == second.kind or {first.kind, second.kind} <= ORDINAL_FAMILY


def _last_paragraph(heading: Heading, body: str) -> bool:
    return heading.value == 1 and not body[heading.paragraph_end :].strip()


def _set_ends(siblings: list[Heading], end: int) -> None:
    for index, heading in enumerate(siblings):
        heading.end = siblings[index + 1].start if index + 1 < len(siblings) else end
        _set_ends(heading.children, heading.end)


def _to_parsed(
    siblings: list[Heading], body: str, *, level: int
) -> list[ParsedSection]:
    parsed = []
    for ordinal, heading in enumerate(siblings, 1):
        own_end = heading.children[0].start if heading.children else heading.end
        parsed.append(
            ParsedSection(
                level=level,
                label=heading.label,
                ordinal=ordinal,
                heading=heading.heading,
                text=body[heading.text_start : own_end].lstrip("。；;：:，, ").strip(),
                start=heading.start,
                end=heading.end,
                children=tuple(_to_parsed(heading.children, body, level=level + 1)),
            )
        )
    return parsed
