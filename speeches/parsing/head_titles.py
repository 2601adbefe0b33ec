"""Read the titles at the head of a speech: a title the page prints twice, a title
run into the opening, a preview of the first lines over the full text.

What belongs here: lines of the head that repeat or preview the speech and so
are not its first line.
"""

from __future__ import annotations

import re

from .line_kinds import (
    CEREMONY_GENRES,
    FINAL_STOP,
    GREETING_GENRES,
    HEAD_TITLE_END,
    HEADING_LINE,
    OFFICES,
    PARAGRAPH_PUNCTUATION,
    REPORT_GENRES,
    SCRIPT_GENRES,
    SPEECH_GENRES,
    genre_words,
    is_paragraph,
)
from .salutation import salutation_offset

# "镇长某某在全镇…大会上的讲话今天，大家齐聚一堂": a title run into the first
# sentence, with a space between or the sentence's usual opening after it
OPENING_TITLE = re.compile(
    r"(?P<title>[^。！？!?；;，,：:\s]{4,80}?"
    + genre_words(
        SPEECH_GENRES, GREETING_GENRES, CEREMONY_GENRES, SCRIPT_GENRES, REPORT_GENRES
    )
    + r"稿?"
    # "…讲话与…扩大会 讲话汇编" (2.13): a compilation's title, broken by a PDF's
    # line end before its last words
    r"(?:(?:与|和|及)[^。！？!?；;，,：:\s]{2,60}?(?:[ \u3000][^。！？!?；;，,：:\s]{1,8}?)?"
    r"汇编)?)"
    r"(?:[ \u3000]+|(?=今天|同志们|各位|我们|刚才|这次|现在|首先|近年来|当前|当下))"
)

# "在市政府全体会议上的讲话春节刚过，…": an occasion title ("在…上的讲话") is whole at
# its genre word; run into any first sentence it is the title, unless the words after
# it go on the sentence it stands in ("…上的讲话精神", "…上的讲话中指出")
OCCASION_TITLE_GLUED = re.compile(
    # "守牢底线 护航发展——在…上的讲话今年是…" (2.19): a main title, words maybe set
    # apart by a space, before the occasion as its subtitle
    r"(?P<title>(?:[^。！？!?；;，,：:\n—]{4,40}?——)?"
    r"[^。！？!?；;，,：:\s]{0,30}?在[^。！？!?；;，,：:\s]{2,60}?上的"
    + genre_words(SPEECH_GENRES, SCRIPT_GENRES)
    + r")"
    r"(?!精神|中|时|里|要求|指出|强调|提出|和|与|及|的|是|为|已|全文|稿|提纲|材料|摘要|"
    r"要点|节选|上|后|以来|发表|内容|原文|等)(?=[\u4e00-\u9fff])"
)

# "2023年5月6日 县长王某某 " after a one-line file's title: its day and its byline,
# each set off by a space, before the first sentence (2.13)
OPENING_DATE_BYLINE = re.compile(
    r"^(?P<date>[（(]?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[）)]?)?[ \u3000]*"
    rf"(?P<byline>[\u4e00-\u9fff、]{{0,16}}{OFFICES}[ \u3000]?[\u4e00-\u9fff]{{2,4}})?"
    r"[ \u3000]+(?=\S)"
)

REPEATED_TITLE_MIN_CHARS = 8

# "文章标题:某某在…的讲话一、…" (2.13): a document share's title field, label and
# title, run into the text's first line under the same title
TITLE_FIELD_ECHO = re.compile(r"^(?:文章|文档|本文)?标[ \u3000]*题[:：][ \u3000]*")

# "机关七一党课：守好初心8600字" / "七一党课：守好初心按照…": a title printed again
# without its first words (a document shop's, without its word count), run into the
# first sentence
REPEATED_TITLE_MAX_CHARS = 60

SHOP_WORD_COUNT = re.compile(r"(?:约|共)?\d{3,5}字$")

# A head line printed again within the speech's first lines is the site's, not said
REPEATED_HEAD_LINES = 3

REPEATED_HEAD_MAX_CHARS = 60

# A preview of the speech under its title: its opening words open a line again below
PREVIEW_KEY_CHARS = 16

PREVIEW_LOOKAHEAD = 8

NO_SPACE = re.compile(r"\s+")

# A title names its meeting or says whose words it is
OPENING_TITLE_NAMES = re.compile(r"在|会|上的?|式|节|典礼|仪式|年")


def skip_preview(lines: list[str], start: int, offset: int) -> tuple[int, int]:
    """Return where the speech starts when its first line is a site's preview of it.

    A page may print the title and the first words run together and cut off
    ("…的讲话同志们：今天，大家来到这里…在") above the speech itself: when the line
    stops mid-sentence and its opening words open a line again just below, the speech
    starts there.
    """
    line = lines[start]
    if FINAL_STOP.search(line) or len(line) - offset < PREVIEW_KEY_CHARS:
        return start, offset
    key = NO_SPACE.sub("", line[offset:])[:PREVIEW_KEY_CHARS]
    for index in range(start + 1, min(len(lines), start + 1 + PREVIEW_LOOKAHEAD)):
        following = NO_SPACE.sub("", "".join(lines[index : index + 2]))
        if following.startswith(key):
            return index, 0
    return _piece_under_repeated_title(lines, start, offset)


def _piece_under_repeated_title(
    lines: list[str], start: int, offset: int
) -> tuple[int, int]:
    """Return the salutation under the page's title printed again below a cut
    preview: a blurb quoting another piece ("…整理的X。 X 各位领导：…在打造"), then
    "X" and the piece's own salutation."""
    printed = {NO_SPACE.sub("", line) for line in lines[:start]}
    last = min(len(lines) - 1, start + 1 + PREVIEW_LOOKAHEAD)
    for index in range(start + 1, last):
        if NO_SPACE.sub("", lines[index]) in printed and (
            salutation_offset(lines[index + 1]) == 0
        ):
            return index + 1, 0
    return start, offset


def split_opening_titles(line: str) -> tuple[list[str], str]:
    """Split the titles a page runs into the speech's first sentence off its line.

    "镇长某某在全镇…大会上的讲话今天，大家齐聚一堂…" gives the title and the
    sentence; a page may print two forms of the title so ("…会议上讲话 在…的讲话 今天…").
    """
    titles: list[str] = []
    while match := OPENING_TITLE.match(line) or OCCASION_TITLE_GLUED.match(line):
        rest = line[match.end() :].lstrip()
        title = match["title"]
        if not OPENING_TITLE_NAMES.search(title) or not is_paragraph(rest):
            break
        titles.append(title)
        line = rest
    dated = OPENING_DATE_BYLINE.match(line) if titles else None
    if (
        dated
        and (dated["date"] or dated["byline"])
        and is_paragraph(line[dated.end() :])
    ):
        # "…的讲话 2023年5月6日 县长王某某 今天，…" (2.13): the day and the byline of a
        # one-line file, run on after its title; head lines, not the first sentence
        titles.extend(part for part in (dated["date"], dated["byline"]) if part)
        line = line[dated.end() :]
    return titles, line


def drop_repeated_head_lines(
    body_lines: list[str], head: list[str]
) -> tuple[list[str], list[str]]:
    """Drop a head line printed again just under the speech's first line: a site's
    headline repeated after the salutation ("尊敬的各位来宾：" / "某某开幕式致辞")."""
    printed = {NO_SPACE.sub("", line) for line in head if line}
    kept, dropped = body_lines[:1], []
    for index, line in enumerate(body_lines[1:], 1):
        if (
            index <= REPEATED_HEAD_LINES
            and len(line) <= REPEATED_HEAD_MAX_CHARS
            and NO_SPACE.sub("", line) in printed
            and not PARAGRAPH_PUNCTUATION.search(line)
            and not HEADING_LINE.match(line)
        ):
            dropped.append(line)
        else:
            kept.append(line)
    return kept, dropped


def without_repeated_title(head: list[str], first: str) -> str:
    """Drop the title printed above the speech and again at its first line's start
    ("某某在…仪式上的讲话" / "某某在…仪式上的讲话*在**省确立了…"): the document's
    own title run into its first sentence by a site that extracted it."""
    title = head[-1].strip() if head else ""
    labelled = TITLE_FIELD_ECHO.match(first)
    if labelled and first[labelled.end() :].startswith(title):
        first = first[labelled.end() :]  # "文章标题:某某在…的讲话一、…" (2.13)
    if (
        len(title) >= REPEATED_TITLE_MIN_CHARS
        and first.startswith(title)
        and len(first) > len(title)
        and HEAD_TITLE_END.search(title)
    ):
        return first[len(title) :].lstrip()
    counted = SHOP_WORD_COUNT.search(title)
    title = title[: counted.start()].rstrip() if counted else title
    if len(title) > REPEATED_TITLE_MAX_CHARS or PARAGRAPH_PUNCTUATION.search(title):
        return first
    for size in range(
        min(len(title), len(first) - 1), REPEATED_TITLE_MIN_CHARS - 1, -1
    ):
        tail = title[-size:]
        rest = first[size:].lstrip()
        if first.startswith(tail) and is_paragraph(rest):
            return rest  # the title's last words again, then the speech
    return first
