"""Read dates in a line: numeric and Chinese dates, numerals, a year written with
letters for zero, partial dates (a month or a year), a date in a file name.

What belongs here: turning printed dates into datetime.date values; which date is
the page's and which the speech's is decided in page_date.py and delivered.py.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import PurePath

# "2024-05-12 09:30:15", "2019/3/2", "2018.06.04"
DATE_NUMERIC = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"
)

# "2019年3月2日", "2019 年 03 月 02 日"
DATE_CHINESE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2}) ?年 ?(?P<m>\d{1,2}) ?月 ?(?P<d>\d{1,2}) ?日"
)

# "二〇一九年三月十二日"
DATE_CHINESE_NUMERALS = re.compile(
    r"(?P<y>[一二三四五六七八九〇零○]{4})年(?P<m>[一二三四五六七八九十]{1,3})月"
    r"(?P<d>[一二三四五六七八九十]{1,3})日"
)

# ".../art/2023/3/6/art_1.html", ".../2023-03/06/c_1.htm", ".../202303/t2023…": the
# year (and month) a site files its page under
URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})(?:[/\-_]?(?P<m>0?[1-9]|1[0-2])(?=[/\-_]))?"
)

# "3 July 2024", "Ends/Wednesday, July 3, 2024", "Published: 2 September 2024": an
# English page's date on a line of its own (its stamp, or a release's end mark)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_MONTH_NAME = "|".join(ENGLISH_MONTHS)

ENGLISH_DATE_LINE = re.compile(
    r"^(?:Ends/|(?:Published|Posted|Date|Updated)[:：]?[ ]*)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ ]*)?"
    rf"(?:(?P<d1>\d{{1,2}})[ ](?P<m1>{_MONTH_NAME})|(?P<m2>{_MONTH_NAME})[ ](?P<d2>\d{{1,2}}),?)"
    r"[ ](?P<y>(?:19|20)\d{2})$"
)

# "Following is the speech by … at the forum today (May 4):": the day a release says
# the speech was given, its year the page's
ENGLISH_TODAY = re.compile(rf"\btoday \((?P<month>{_MONTH_NAME}) (?P<day>\d{{1,2}})\)")

LETTER_ZERO = re.compile(r"[OＯ]")

# "2019年3月2日", "（二〇一九年三月十二日）" on a line of their own
DATE_LINE = re.compile(
    # "於2023年6月18日": the day the speech was given, under its speaker
    # ("[2023年5月6日]", "〔2023年5月6日〕": square or tortoise-shell brackets, 2.13)
    r"^[（(\[【〔]?[于於]?(?:(?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日|"
    r"[一二三四五六七八九〇零○]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
    # "2019年6月2日-4日", "2019年6月30日至7月2日": a meeting of several days, given
    # from its first
    r"(?:[ \u3000]?[-－—–~～至到][ \u3000]?(?:\d{1,2}月)?\d{1,2}日)?"
    # "2019年5月8日下午": the part of the day it was given
    r"(?:[ \u3000]?(?:上午|下午|晚上|晚间|早上|中午))?[）)\]】〕]?$"
)

# "2019-03-02_015_…", "20180604_01": a date in a file name
FILENAME_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[-_.]?(?P<m>[01]\d)[-_.]?(?P<d>[0-3]\d)(?!\d)"
)

# "（一九四一年五月）", "（1965年6月、12月）", "（1965年）": a month or a year alone
PARTIAL_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2}|[一二三四五六七八九〇零○]{4}) ?年"
    r"(?: ?(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3}) ?月)?"
    r"(?! ?[\d一二三四五六七八九十]{1,3} ?日)"
)

DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5}

DIGITS.update({"六": 6, "七": 7, "八": 8, "九": 9})


def zero_for_letter(year: re.Match) -> str:
    return LETTER_ZERO.sub("〇", year.group())


def partial_dates_in(text: str) -> list[str]:
    """Return the dates in a text that give only a month or a year: "（一九四一年五月）"
    -> ["1941-05"], "（1965年）" -> ["1965"]."""
    found = []
    for match in PARTIAL_DATE.finditer(unicodedata.normalize("NFKC", text)):
        year = match["y"]
        if not year.isdigit():
            year = "".join(str(DIGITS.get(ch, 0)) for ch in year)
        month = match["m"]
        if month and not month.isdigit():
            month = str(_numeral(month))
        if month and 1 <= int(month) <= 12:
            found.append(f"{year}-{int(month):02d}")
        elif not month:
            found.append(year)
    return found


def date_from_filename(filename: str | None) -> dt.date | None:
    """Return a date written in a file name ("2020-01-08_30_…", "20131128_01")."""
    if not filename:
        return None
    match = FILENAME_DATE.search(PurePath(filename).name)
    return valid_date(match["y"], match["m"], match["d"]) if match else None


def english_date(lines: list[str]) -> dt.date | None:
    """Return the date an English page prints on a line of its own, or None."""
    for line in lines:
        match = ENGLISH_DATE_LINE.match(line.strip())
        if match:
            month = ENGLISH_MONTHS.index(match["m1"] or match["m2"]) + 1
            return valid_date(match["y"], month, match["d1"] or match["d2"])
    return None


def dates_in(text: str) -> list[dt.date]:
    text = unicodedata.normalize("NFKC", text)
    found: list[tuple[int, dt.date]] = []
    for pattern in (DATE_NUMERIC, DATE_CHINESE):
        for match in pattern.finditer(text):
            date = valid_date(match["y"], match["m"], match["d"])
            if date:
                found.append((match.start(), date))
    for match in DATE_CHINESE_NUMERALS.finditer(text):
        year = "".join(str(DIGITS.get(ch, 0)) for ch in match["y"])
        date = valid_date(year, _numeral(match["m"]), _numeral(match["d"]))
        if date:
            found.append((match.start(), date))
    return [date for _, date in sorted(found, key=lambda pair: pair[0])]


def day_number(text: str) -> int:
    """Read a month or day in figures or Chinese numerals: "9" -> 9, "二十三" -> 23."""
    return int(text) if text.isdigit() else _numeral(text)


def _numeral(text: str) -> int:
    """Read a Chinese numeral up to 99: "十二" -> 12, "二十七" -> 27."""
    if "十" not in text:
        return DIGITS.get(text, 0)
    tens, _, units = text.partition("十")
    return (DIGITS.get(tens, 1) if tens else 1) * 10 + (
        DIGITS.get(units, 0) if units else 0
    )


def valid_date(year, month, day) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None
