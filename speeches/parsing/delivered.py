"""Find the day a speech was given: a date printed under its title, a lead's or an
editor's note's day, a dateline, completed with the page's year.

What belongs here: find_delivered; the page's own date is page_date.py's.
"""

from __future__ import annotations

import datetime as dt
import re

from .body_end import SOURCE_FOOTNOTE
from .clean import CleanText
from .dates import DATE_LINE, URL_DATE, dates_in, valid_date
from .head import Head
from .line_kinds import REPORT_GENRES, SCRIPT_GENRES, SPEECH_GENRES, genre_words

# "（本文系2023年1月12日某某在…闭幕会上的讲话）": a note after a speech saying what it is
SPEECH_NOTE = re.compile(
    r"^[（(](?:本文|此文|本篇)(?:系|是|为|根据)[^（）()]*?"
    + genre_words(SPEECH_GENRES, REPORT_GENRES, SCRIPT_GENRES)
    + r"[^（）()]{0,8}[）)]$"
)

# "1954年政府工作报告", "在2019年全市…会议上的讲话": the year a title is of
# "1962年1月30日在扩大的中央工作会议上的讲话": an archive's title opening with the
# day the speech was given, before its occasion
# "今天是2024年12月30日，…": the speech names the day it is given, in its opening
TODAY_IS = re.compile(
    r"(?:今天|今日)是(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|"
    r"[一二三四五六七八九〇零○]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
    r"(?![ \u3000]*(?:星期|周)[一二三四五六日天])"
)

TODAY_IS_WITHIN = 200


TITLE_OPENING_DAY = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?=在)")

TITLE_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2}) ?年(?!度|[-—–~～至到])")

# "关于2019年计划执行情况与2020年计划草案的报告", "2021—2025年": a title of
# several years, or of the year before the one it was given in, dates nothing
SPANS_YEARS = re.compile(
    r"(?:19|20)\d{2} ?年.*(?:19|20)\d{2} ?年|(?:19|20)\d{2} ?[-—–~～至到]|执行情况|预算|决算"
)


def find_delivered(
    cleaned: CleanText,
    head: Head,
    title: str,
    *,
    page_date: dt.date | None = None,
    source_url: str | None = None,
) -> str | None:
    """Return the day the speech was given as the text states it, as precise as it is.

    In order: a date printed with the title (a subtitle "——2022年3月5日在…", a
    "（2018年2月12日）" line, a date line under it), the same as a month or a year
    ("（一九四一年五月）"), a wire's dateline with the year of the page, a date signed
    under the speech, and last a year the title holds ("1954年政府工作报告").
    """
    if head.dates:
        return head.dates[0].isoformat()
    if head.partial_dates:
        return head.partial_dates[0]
    for month, day in head.lead_days:
        dated = _lead_day_with_year(month, day, head, page_date, source_url)
        if dated:
            return dated.isoformat()
    if head.datelines:
        dated = _dateline_with_year(head.datelines[0], page_date, source_url)
        dated = dated or (head.wire_dates[0] if head.wire_dates else None)
        if dated:
            return dated.isoformat()
    for release_day in head.release_days:
        dated = _dateline_with_year(release_day, page_date, source_url)
        if dated:
            return dated.isoformat()
    for trailer in cleaned.trailers:
        # "2023年5月16日" signed under it; "（本文系2023年1月12日…的讲话）";
        # "※这是某某2020年10月29日在…上的讲话。"
        if (
            DATE_LINE.match(trailer.strip())
            or SPEECH_NOTE.match(trailer.strip())
            or SOURCE_FOOTNOTE.match(trailer.strip())
        ):
            found = dates_in(trailer)
            if found:
                return found[0].isoformat()
    today = TODAY_IS.search(cleaned.body[:TODAY_IS_WITHIN])
    if today:  # "联欢会马上开始，今天是2024年12月30日，…": the speech names its day
        found = dates_in(today.group())
        if found:
            return found[0].isoformat()
    opening = TITLE_OPENING_DAY.match(title)
    if opening:  # "1951年11月1日在…会议上致闭幕词": the day leads the title
        found = dates_in(opening.group())
        if found:
            return found[0].isoformat()
    year = TITLE_YEAR.search(title)
    if year and not SPANS_YEARS.search(title) and not head.counted_collection:
        return year["y"]
    return None


def _lead_day_with_year(
    month: int | None,
    day: int,
    head: Head,
    page_date: dt.date | None,
    source_url: str | None,
) -> dt.date | None:
    """Date the day a lead gives ("8日", "9月10日") by its dateline's month and the
    page's year; a day alone after the page's day is of the month before."""
    if month is None and head.datelines:
        month = head.datelines[0][0]
    if month is None and page_date:
        month = page_date.month - (1 if day > page_date.day else 0) or 12
    if month is None:
        return None
    return _dateline_with_year((month, day), page_date, source_url)


def _dateline_with_year(
    month_day: tuple[int, int], page_date: dt.date | None, source_url: str | None
) -> dt.date | None:
    """Date "新华社北京3月6日电" by the page's year (its stamp, else its URL's); a
    dateline in a later month than the page's stamp is of the year before."""
    month, day = month_day
    if page_date:
        year = page_date.year - (1 if month > page_date.month else 0)
        return valid_date(year, month, day)
    url_date = URL_DATE.search(source_url or "")
    return valid_date(url_date["y"], month, day) if url_date else None
