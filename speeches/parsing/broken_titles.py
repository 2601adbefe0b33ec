"""Join a title a page broke over several lines (a PDF's fragments, a theme over its
event), and read a list of titles.

What belongs here: deciding whether the next head line continues a title.
"""

from __future__ import annotations

import re

from .line_kinds import (
    CEREMONY_GENRES,
    NEXT_SPEECH_TITLE,
    REPORT_GENRES,
    SCRIPT_GENRES,
    SPEECH_GENRES,
    SPOKEN_GENRES,
    TITLE_GENRES,
    genre_words,
)
from .script import matching_form
from .title_decorations import SPACES, strip_decorations
from .title_evidence import OCCASION_AT, TITLE_ENDINGS, TITLE_GENRE
from .title_score import (
    LIST_ITEM_LEADING_DATE,
    LIST_ITEM_TRAILING_DATE,
    TITLE_MAX_CHARS,
    TITLE_SENTENCE,
    similar_titles,
    title_score,
)

# "2024年3月2日在某区第十八届" + "人民代表大会第三次会议上": the same, broken in two
DATED_OCCASION_START = re.compile(
    r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在[^。，；]{2,40}$"
)

DATED_OCCASION_END = re.compile(r"^[^。，；]{2,40}上$")

# "讲　　话": a word spaced out for layout
SPACED_WORD = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,15}$")

# A short line after "在…上的" that completes the title: "讲话", "上的点评讲话"
BROKEN_TITLE_MAX_CHARS = 12

# "在市发改委领导班子民主生活会" + "上的点评讲话": a title broken over two lines
BROKEN_TITLE_TAIL = re.compile(
    r"^(?:会?上|时|期间)?的[\u4e00-\u9fff]{0,4}?" + genre_words(TITLE_GENRES)
)

# "高举某某伟大旗帜" + "为建设某某而努力奋斗" (2.10): a report's or a rally's title
# in two halves, a banner to hold up and a goal to strive for, printed one a line
BANNER_HALF = re.compile(
    r"^(?:高举|坚持|沿着|坚定不移地?(?:走|沿着|高举)?)[\u4e00-\u9fffXx×]{2,30}"
    r"(?:旗帜|道路|指引)$"
)

GOAL_HALF = re.compile(
    r"^为[\u4e00-\u9fffXx×、]{2,40}而(?:努力|团结|不懈|共同|继续)?奋斗$"
)


# "讲团结、讲奉献，以饱满的激情和" + "必胜的信心，迎接评审": a slogan title broken
# after a word that joins what follows (a conjunction, an enumeration comma); no
# title ends on one, so the next line finishes it
JOINING_END = re.compile(r"(?:和|与|及|并|同|暨|、|，|,)$")
# both halves are short head lines, not a paragraph
JOINED_HALF_MAX_CHARS = 30


def listed_titles(lines: list[str]) -> set[int]:
    """Return the indexes of lines in a list of the site's speeches: titles of
    different speeches ("在全市秋粮收购工作会议上的讲话" over "在全市高标准农田…的讲话")
    on consecutive lines. A page's own headline stands apart, or repeated."""
    # items dated as a list's ("[04-02] 在…的讲话") are set apart on their own
    named = [
        bool(NEXT_SPEECH_TITLE.search(strip_decorations(line)))
        and not LIST_ITEM_LEADING_DATE.match(line)
        and not LIST_ITEM_TRAILING_DATE.search(line)
        for line in lines
    ]
    listed: set[int] = set()
    for index in range(len(lines) - 1):
        if (
            named[index]
            and named[index + 1]
            and not similar_titles(lines[index], lines[index + 1])
        ):
            listed.update((index, index + 1))
    return listed


# "——在全县…推进会上的讲话" (maybe "——2016年9月21日在…"): a speech's subtitle naming
# its occasion, under the main title
OCCASION_SUBTITLE = re.compile(r"^(?:——|――|--|—)[ \u3000]*(?:[^在，。]{0,14}日)?在")
# "统筹调度 压实责任" / "全力以赴抓好…工作" / "再上新台阶": a slogan title a printed
# book centres over three lines above its subtitle (2.20); each line words and spaces,
# no genre word; the last a fragment no title is alone
SLOGAN_TITLE_LINE = re.compile(r"^[\u4e00-\u9fff“”‘’、，, \u3000]{2,30}$")
# "全县秋粮收购工作推进会": a meeting's name over the title, not a line of it
MEETING_NAME_END = re.compile(r"(?:会|会议|大会|论坛|典礼|仪式)$")
SLOGAN_TITLE_TAIL_MAX_CHARS = 8
SLOGAN_TITLE_MAX_LINES = 4


def join_broken_titles(lines: tuple[str, ...]) -> list[str]:
    """Join a title printed over two lines or more: "在…生活会" + "上的点评讲话",
    "在…会议上的" + "讲　　话" (a word spaced out for layout is closed up first),
    "在全市…推进" + "暨…会议上的讲话", "某某职工代表大会" + "第 三 次 会 议 闭 幕 词",
    and short lines that make a title only together ("市政府" "五年" "工作报告")."""
    joined: list[str] = []
    for raw in _join_pdf_fragments(lines):
        line = close_spaced_word(raw.strip())
        previous = joined[-1].strip() if joined else ""
        if previous and _continues_title(previous, line):
            joined[-1] = previous + line
            if len(joined) > 1 and _theme_over_event(joined[-2], joined[-1]):
                joined[-2:] = [joined[-2].strip() + joined[-1]]
        else:
            joined.append(line)
    return _join_short_title_lines(_join_slogan_over_subtitle(joined))


def _join_slogan_over_subtitle(lines: list[str]) -> list[str]:
    """Join the lines of a slogan title centred over its occasion's subtitle:
    "统筹调度 压实责任" + "全力以赴抓好…工作" + "再上新台阶" over "——在…上的讲话"."""
    for index, line in enumerate(lines):
        if index < 2 or not OCCASION_SUBTITLE.match(line.strip()):
            continue
        tail = lines[index - 1].strip()
        if len(SPACES.sub("", tail)) > SLOGAN_TITLE_TAIL_MAX_CHARS or not (
            _slogan_title_line(tail)
        ):
            continue
        first = index - 1
        while (
            first > 0
            and index - first < SLOGAN_TITLE_MAX_LINES
            and _slogan_title_line(lines[first - 1].strip())
        ):
            first -= 1
        if first < index - 1:
            title = "".join(piece.strip() for piece in lines[first:index])
            return [*lines[:first], title, *lines[index:]]
    return lines


def _slogan_title_line(line: str) -> bool:
    """Tell a line of a slogan title from a label or a title of its own."""
    return (
        bool(SLOGAN_TITLE_LINE.match(line))
        and not TITLE_GENRE.search(matching_form(line))
        and not MEETING_NAME_END.search(line)
    )


def _join_pdf_fragments(lines: tuple[str, ...]) -> list[str]:
    """Join a title a PDF's text broke around its figures and letters, one piece a
    line: "XX" + "乡" + "2024" + "年政府工作报告" -> "XX乡2024年政府工作报告"."""
    out: list[str] = []
    run: list[str] = []
    for raw in lines:
        line = raw.strip()
        if PDF_FRAGMENT.fullmatch(line):
            run.append(line)
            continue
        if (
            len(run) >= PDF_FRAGMENTS_MIN
            and any(piece.isascii() for piece in run)
            and not _counter_debris(run, line)
            and TITLE_GENRE.search(matching_form(line))
            and not TITLE_SENTENCE.search(line)
        ):
            out.append("".join(run) + line)
        else:
            out.extend(run)
            out.append(raw)
        run = []
    return [*out, *run]


def _counter_debris(run: list[str], line: str) -> bool:
    """Tell a page's counters left one a line over its headline ("0" / "0" /
    "施政报告：展望未来", 2.12) from a title a PDF broke around its figures ("20" / "24" /
    "年政府工作报告"): figures alone, and no word that figures open after them."""
    return all(piece.isdigit() for piece in run) and not FIGURE_WORD_START.match(
        matching_form(line)
    )


def _theme_over_event(theme: str, event: str) -> bool:
    """Tell a celebration's theme printed over the event's title it opens:
    "庆祝某某成立十周年" + "某会就职典礼暨…推介活动上的致辞"."""
    return bool(CELEBRATION_THEME.match(matching_form(theme.strip()))) and bool(
        EVENT_SPEECH_END.search(matching_form(event))
    )


def _continues_title(previous: str, line: str) -> bool:
    """Tell whether a head line continues the title printed on the line above."""
    if len(previous) > TITLE_MAX_CHARS or TITLE_SENTENCE.search(previous):
        return False
    if (
        JOINING_END.search(previous)
        and len(previous) <= JOINED_HALF_MAX_CHARS
        and len(line) <= JOINED_HALF_MAX_CHARS
        and not line.startswith(("—", "-"))
        and not TITLE_SENTENCE.search(line)
    ):
        return True
    if BANNER_HALF.match(matching_form(previous)) and GOAL_HALF.match(
        matching_form(line)
    ):
        return True
    if DATED_OCCASION_START.match(previous) and not previous.endswith("上"):
        return bool(DATED_OCCASION_END.match(line))
    if previous.startswith("在") and not OCCASION_AT.search(previous):
        together = previous + line
        if len(line) <= BROKEN_TITLE_MAX_CHARS and BROKEN_TITLE_TAIL.match(line):
            return True
        if _ends_title(OCCASION_AT.search(together), together):
            return len(line) <= BROKEN_TITLE_MAX_CHARS or line.startswith("暨")
    if (
        line.startswith("暨")
        and title_score(previous)
        and not OCCASION_AT.search(previous)
    ):
        return bool(
            OCCASION_AT.search(previous + line)
            or TITLE_GENRE.search(matching_form(line))  # "…上的致辭": read simplified
        )
    if REPORTING_BODY.match(previous) and YEAR_REPORT.match(line):
        return True  # "某镇人民政府" + "2024年政府工作报告"
    # "…第二十二届职工代表大会" + "第二次会议开幕词": the session of the congress above
    return bool(CONGRESS_END.search(previous) and SESSION_TITLE.match(line))


def _join_short_title_lines(lines: list[str]) -> list[str]:
    """Join the short lines that end the head when only together they are a title:
    "市政府" + "五年" + "工作报告" over the salutation."""
    run = 0
    while run < len(lines) and SHORT_TITLE_LINE.match(lines[len(lines) - 1 - run]):
        run += 1
    if run < SHORT_TITLE_MIN_LINES:
        return lines
    together = "".join(lines[-run:])
    if not together.endswith(TITLE_ENDINGS) or lines[-run].endswith(TITLE_ENDINGS):
        return lines
    return [*lines[:-run], together]


# "XX" / "乡" / "2024" / "年政府工作报告": a PDF's text broken around each run of
# figures or letters; the pieces are figures, letters or one character
PDF_FRAGMENT = re.compile(r"[A-Za-z0-9]{1,8}|[\u4e00-\u9fff]")

PDF_FRAGMENTS_MIN = 2

# "年政府工作报告", "周年庆典致辞", "届三次会议": words a title's figures stand before
FIGURE_WORD_START = re.compile(r"[年月日届次周期号个位项名万亿%]")

# "庆祝某某成立十周年", "纪念某某诞辰一百周年": a celebration's theme on a line of
# its own over the title of the event it names
CELEBRATION_THEME = re.compile(r"^(?:热烈)?(?:庆祝|纪念|喜迎)[\u4e00-\u9fff]{2,24}$")

# "…就职典礼暨…推介活动上的致辞": an event's title naming the speech given at it
EVENT_SPEECH_END = re.compile(
    r"(?:上|时)的" + genre_words(SPOKEN_GENRES, SCRIPT_GENRES) + r"$"
)

# "某某职工代表大会", "某市第十五届人民代表大会" + "第二次会议…": a congress and its session
CONGRESS_END = re.compile(r"(?:代表大会|委员会|大会)$")

SESSION_TITLE = re.compile(
    r"^第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议[\u4e00-\u9fff]{0,12}"
    + genre_words(SPEECH_GENRES, CEREMONY_GENRES, REPORT_GENRES)
    + r"$"
)

# "某县某镇人民政府" + "2024年政府工作报告" (2.14): the body that reports, set on a line
# over the year's report (a portal under a cover notice); together the report's title
REPORTING_BODY = re.compile(
    r"^[\u4e00-\u9fff]{2,30}(?:人民政府|人民代表大会常务委员会|人大常委会|人民法院|"
    r"人民检察院|委员会)$"
)

YEAR_REPORT = re.compile(r"^(?:19|20)\d{2}年[\u4e00-\u9fff]{0,12}工作报告$")

# "市政府" / "五年" / "工作报告": a title set one short word a line
SHORT_TITLE_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}$")

SHORT_TITLE_MIN_LINES = 3


def _ends_title(match: re.Match | None, text: str) -> bool:
    return bool(match) and match.end() == len(text)


def close_spaced_word(line: str) -> str:
    """Close up a word spaced out for layout: "讲　　话" -> "讲话"."""
    return SPACES.sub("", line) if SPACED_WORD.match(line) else line
