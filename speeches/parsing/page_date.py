"""Find the page's date: the day the page was published (its stamp, publication
field, info row, address), as opposed to the day the speech was given.

What belongs here: find_date and the site lines that print a date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from .body_end import EDITION_TRAILER, REPRINT_TRAILER
from .chrome import (
    BREADCRUMB,
    CHROME_ITEM_SEPARATOR,
    DATED_INFO_ROW,
    TIMESTAMP_LINE,
    WECHAT_BYLINE,
)
from .clean import CleanText
from .dates import (
    DATE_NUMERIC,
    URL_DATE,
    date_from_filename,
    dates_in,
    english_date,
    valid_date,
)
from .head import Head
from .script import matching_form
from .title_score import URL, WEEKDAY_DATE

# "发稿时间：2019/3/2", "时间：2018-06-04", "发布日期：2019年3月2日"; "更新时间 : 2024/5/4"
# (2.14): a template's label spaced from its colon
PUBLICATION_FIELD = re.compile(
    r"(?:(?:发布|发稿|发表|更新|刊发|上传)(?:时间|日期)?|时间|日期)[ \u3000]?[:：] ?"
    # ("日期：二〇二三年五月六日": the day in Chinese numerals, 2.13)
    r"(?P<date>[0-9０-９年月日/.\- ]{6,20}|[〇○零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月"
    r"[一二三四五六七八九十]{1,3}日)"
)

# "General 更新 2024年04月19日", "发布 2023-06-02": a site's label and its date with no
# colon between them
SPACED_STAMP = re.compile(
    r"(?:^|[ \u3000])(?P<label>发布|更新|上传|发表)[ \u3000]+"
    r"(?P<date>(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日))"
)

# "2023年12月28日 16:45　来源：某县融媒体中心": a date with a clock time opening a line is
# when the page was published (a speech is dated by its day alone); a paper prints the
# clock in words: "2023年12月28日 16时45分　某某日报"
# ("2023 年 12 月 28 日 16:45": a template's spaced date, 2.11)
STAMPED_LINE = re.compile(
    r"^(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日)"
    r"[ \u3000]*\d{1,2}(?::|时)\d{2}"
)

# "http://www.x.com.cn 2006年4月4日 20:51 某某社": a portal's address before its stamp
ADDRESS_BEFORE_STAMP = re.compile(r"^https?://\S+[ \u3000]+", re.IGNORECASE)

# "2024-04-09 | 作者：某某 | 阅读 1.2万", "贡献者：x | 2023-06-28 | 共6页": a bare date
# among the fields of a page's info row is when the page was published
# ("临江老李 2021-04-07 | 阅：1,086", "发表于 2021-9-3 10:22:15 | 只看该作者": the poster
# may stand before the date in its field)
DATE_FIELD = re.compile(
    r"^(?:[^\s|｜]{1,12}[ \u3000]+)?"
    r"(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
    r"(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?$"
)

# "发布时间：2023-12-28", "发表于 2021-9-3", "上传日期：…": a field that names the date as
# the publication's, which outranks 生成日期, 更新时间 or a bare 时间 on the same page
PUBLISHED_FIELD = re.compile(
    r"(?:发布|发稿|发表|刊发|上传|发文|公开)(?:时间|日期|于)?[:：]?[ \u3000]?"
    r"(?P<date>(?:19|20)\d{2}[0-9年月日/.\- ]{4,16})"
)

# "作者:wenmi2023-05-09 3" run together as "…作者:wenmi2023-05-093"
# (2.12): an info row whose fields lost their spaces, the author's handle, the day
# (month and day in two figures each) and the view count glued into one token
GLUED_FIELD_DATE = re.compile(
    r"(?:作者|来源|编辑|发布者|发布人|上传者)[:：][^\s:：]{0,24}?(?<!\d)"
    r"(?P<date>(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))\d{0,7}$"
)
# "2011年09月26来源：": a template's date, its 日 lost, run into the next field's
# label at the line's start (2.16)
DATE_BEFORE_FIELD = re.compile(
    r"^(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2})日?"
    r"(?=[ \u3000]*(?:来源|作者|编辑|责编|发布|阅读|浏览|点击)[:：])"
)

# "发布：3月6日 09:15", "发布时间：03-06": a publication field without its year
PUBLISHED_MONTH_DAY = re.compile(
    r"(?:发布|发稿|发表|刊发|上传|发文|公开)(?:时间|日期|于)?[:：][ \u3000]?"
    r"(?:(?P<m>\d{1,2})月(?P<d>\d{1,2})日|(?P<m2>\d{1,2})-(?P<d2>\d{1,2})(?![-\d]))"
)

# "2020-03-26 发布": the same, the label after the date
DATE_THEN_PUBLISHED = re.compile(
    r"(?P<date>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
    r"(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \u3000]*(?:发布|发表|上传)"
)

# "- 2025年03月26日 07:11:44", "• 发布时间：2023-06-02" (2.11): a page's info fields
# set as a list, each behind its bullet; the stamp is read without the bullet
LIST_BULLET = re.compile(r"^[-*•·・▪●◆■►▸][ \u3000]+")

# "您现在的位置：首页 > 学校新闻 > 2023年06月30日" (2.11): a breadcrumb whose last
# item is the day the page was filed under, in figures or in words
BREADCRUMB_DATE = re.compile(
    r"[>＞»›/／][ \u3000]*(?P<date>(?:19|20)\d{2}"
    r"(?:[-/.]\d{1,2}[-/.]\d{1,2}| ?年 ?\d{1,2} ?月 ?\d{1,2} ?日))[ \u3000]*$"
)

# "发布日期：" in one table cell and "2024-03-22" in the next: a label alone on its line
FIELD_LABEL_LINE = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,7}[:：]$")

INFO_ROW_MIN_FIELDS = 3

# "注册" over "2003-05-17", "注册时间：2003-05-17": the day a forum's poster joined
MEMBER_SINCE = re.compile(
    r"^(?:注册|注册时间|注册日期|加入时间|加入日期|入会时间|Joined)[:：]?[ \u3000]*"
)

MEMBER_SINCE_MAX_CHARS = 24

# A site's line holding its page's stamp: short, and no sentence
SITE_LINE_MAX_CHARS = 60

SITE_LINE_SENTENCE = re.compile(r"[。！？；，,]")

# "在…的讲话 (2021-03-02 21:45:33)": a blog prints the posting time after its title
POSTED_TIME = re.compile(
    r"[（(] ?(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2})[ \u3000]+\d{1,2}:\d{2}(?::\d{2})? ?[）)]$"
)

# "工作简报第12期县政府办公室2025年10月12日", "第12期" over "县政府办公室 2025年10月12日":
# an internal bulletin's masthead, its issue, the office issuing it and the day it was
# issued, the bulletin's own stamp (2.20)
BULLETIN_ISSUE = re.compile(
    r"第[\d一二三四五六七八九十〇零]{1,4}期[^。，；：:]{0,30}?"
    r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$"
)
ISSUE_LINE = re.compile(r"第[\d一二三四五六七八九十〇零]{1,4}期$")
ISSUER_DATE = re.compile(
    r"^[^。，；：:\d]{2,30}?[ \u3000]*(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$"
)

# "2023年10月11日 星期三　上一期　下一期": a paper's masthead, its pager after it
MASTHEAD_DATE = re.compile(WEEKDAY_DATE.pattern.removesuffix("$") + r"(?=$|[ \u3000])")

# "某某日报　2023年10月11日　第02版：综合　作者：…": an e-paper's date row, the paper,
# the day and the page it printed the article on
_PAPER_DAY = (
    r"(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
)

PAPER_DATE_ROW = re.compile(
    rf"^[\u4e00-\u9fff]{{2,10}}报[ \u3000]+{_PAPER_DAY}[ \u3000]+第[A-Za-z]?\d{{1,3}}版"
    # "1980年5月6日某某日报 第3版": a paper's archive, the day before the paper
    rf"|^{_PAPER_DAY}[ \u3000]*《?[\u4e00-\u9fff]{{2,10}}报》?"
    r"[ \u3000]*第[A-Za-z]?\d{1,3}版"
)

# "今天是2024年5月1日 星期三": the day the page was looked at, not its publication
TODAY_PREFIX = re.compile(r"今天是|今日是|今天|今日|当前时间|现在时间|当前日期")

TODAY_DATE = re.compile(
    r"^[\u4e00-\u9fff]{2,4}[:：]?[ \u3000]*(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|"
    r"(?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日)(?:[ \u3000]*(?:星期|周|礼拜)[一二三四五六日天])?"
)


def find_date(
    cleaned: CleanText,
    head: Head,
    filename: str | None,
    *,
    source_url: str | None = None,
) -> dt.date | None:
    """Return the publication date printed on the page.

    A site's publication field or timestamp (a month and day completed by the year of
    the page's URL) and a newspaper's edition come first, then a date in the file
    name, then a wire's dateline. Never the day the speech was given: that is
    `delivered`, and a page that prints no stamp of its own has no date (2.19).
    """
    printed = publication_date([list(cleaned.head), [*cleaned.tail, *cleaned.dropped]])
    if printed:
        return printed
    completed = _month_day_with_url_year(
        [*cleaned.head, *cleaned.tail, *cleaned.dropped], source_url
    )
    if completed:
        return completed
    for trailer in cleaned.trailers:
        edition = EDITION_TRAILER.search(trailer)
        if edition:
            return valid_date(edition["y"], edition["m"], edition["d"])
        reprint = REPRINT_TRAILER.search(trailer)
        reprinted = dates_in(reprint["when"]) if reprint else []
        if reprinted:  # "（摘自《某某日报》2001年8月24日）": the paper's day
            return reprinted[0]
    english = english_date([*cleaned.head, *cleaned.tail, *cleaned.dropped])
    if english:
        return english
    from_name = date_from_filename(filename)
    if from_name:
        return from_name
    if head.datelines:
        month, day = head.datelines[0]
        year = next((d.year for d in head.dates), None)
        if year:
            return valid_date(year, month, day)
    return None


def publication_date(groups: list[list[str]]) -> dt.date | None:
    """Return the date a page prints as its publication's: in the head first, then
    under the speech; in each, a field named for publication before any other."""
    for lines in groups:
        lines = [LIST_BULLET.sub("", matching_form(line)) for line in lines]
        lines = [_without_today(line) for line in join_field_labels(lines)]
        lines = join_split_stamps(lines)
        lines = _without_member_since(lines)
        for line in lines:
            named = PUBLISHED_FIELD.search(line) or DATE_THEN_PUBLISHED.search(line)
            found = dates_in(named["date"]) if named else []
            if found:
                return found[0]
        found_date = _stamped_date(lines)
        if found_date:
            return found_date
    return None


def _month_day_with_url_year(
    lines: list[str], source_url: str | None
) -> dt.date | None:
    """Return "发布：3月6日" dated by the year in the page's URL (".../art/2023/3/6/…")."""
    url_date = URL_DATE.search(source_url or "")
    if not url_date:
        return None
    for line in lines:
        field = PUBLISHED_MONTH_DAY.search(line)
        if not field:
            continue
        month = int(field["m"] or field["m2"])
        day = int(field["d"] or field["d2"])
        if url_date["m"] and int(url_date["m"]) != month:
            continue  # the URL names another month: the year may be another too
        return valid_date(url_date["y"], month, day)
    return None


def join_field_labels(lines: list[str]) -> list[str]:
    """Join a field label printed alone ("发布日期：") with its value on the next line."""
    joined: list[str] = []
    for line in lines:
        if joined and FIELD_LABEL_LINE.match(joined[-1]):
            joined[-1] += line
        else:
            joined.append(line)
    return joined


# A portal's date widget prints its stamp in three pieces, one a line: "2023" over
# "02/13" over "20:55". The clock makes it the page's stamp, not a date in the text.
SPLIT_STAMP_YEAR = re.compile(r"(?:19|20)\d{2}")
SPLIT_STAMP_DAY = re.compile(r"(?P<m>\d{1,2})[/.\-](?P<d>\d{1,2})")
SPLIT_STAMP_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def join_split_stamps(lines: list[str]) -> list[str]:
    """Join a stamp printed as year, month/day and clock on three lines into one."""
    joined: list[str] = []
    index = 0
    while index < len(lines):
        piece = [line.strip() for line in lines[index : index + 3]]
        if (
            len(piece) == 3
            and SPLIT_STAMP_YEAR.fullmatch(piece[0])
            and SPLIT_STAMP_DAY.fullmatch(piece[1])
            and SPLIT_STAMP_CLOCK.fullmatch(piece[2])
        ):
            day = SPLIT_STAMP_DAY.fullmatch(piece[1])
            joined.append(f"{piece[0]}-{day['m']}-{day['d']} {piece[2]}")
            index += 3
            continue
        joined.append(lines[index])
        index += 1
    return joined


def _without_member_since(lines: list[str]) -> list[str]:
    """Drop a forum poster's card's day of joining ("注册" over "2003-05-17"): the
    poster's, not the page's."""
    kept = []
    for index, line in enumerate(lines):
        label = MEMBER_SINCE.match(line)
        value = line[label.end() :] if label else None
        if index and MEMBER_SINCE.fullmatch(lines[index - 1].strip()):
            value = line  # the label alone on the line above
        if (
            value is not None
            and len(line) <= MEMBER_SINCE_MAX_CHARS
            and dates_in(value)
        ):
            continue
        kept.append(line)
    return kept


def _without_today(line: str) -> str:
    """Drop "今天是2024年5月1日 星期三" from a line: the day the page was looked at."""
    today = TODAY_PREFIX.search(line)
    if not today:
        return line
    return line[: today.start()] + TODAY_DATE.sub("", line[today.start() :], count=1)


def _stamped_date(lines: list[str]) -> dt.date | None:
    updated: dt.date | None = None
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        issue = BULLETIN_ISSUE.search(line) or (
            ISSUER_DATE.match(following) if ISSUE_LINE.search(line) else None
        )
        if issue and dates_in(issue["date"]):
            return dates_in(issue["date"])[0]
        field_match = PUBLICATION_FIELD.search(line) or SPACED_STAMP.search(line)
        if field_match:
            found = dates_in(field_match["date"])
            if found and not field_match.group().lstrip(" \u3000").startswith("更新"):
                return found[0]
            # "2023/3/5 10:02　…　更新时间：2023/3/6": the page's own stamp comes first
            if found and updated is None:
                updated = found[0]
        glued = GLUED_FIELD_DATE.search(line)
        if glued:
            found = dates_in(glued["date"])
            if found:
                return found[0]
        lost_day = DATE_BEFORE_FIELD.match(line)
        if lost_day:
            found = dates_in(lost_day["date"] + "日")
            if found:
                return found[0]
        crumb = BREADCRUMB_DATE.search(line)
        if crumb and BREADCRUMB.search(line):
            found = dates_in(crumb["date"])
            if found:
                return found[0]
        fields = CHROME_ITEM_SEPARATOR.split(line)
        if len(fields) >= INFO_ROW_MIN_FIELDS:
            found = [dates_in(f) for f in fields if DATE_FIELD.match(f.strip())]
            if found and found[0]:
                return found[0][0]
        posted = POSTED_TIME.search(line) or WECHAT_BYLINE.match(line)
        if posted:
            line = posted["date"]
        stamped = TIMESTAMP_LINE.match(line) or STAMPED_LINE.match(
            ADDRESS_BEFORE_STAMP.sub("", line)
        )
        # "2023-06-09 来源：网友投稿 阅读：1,204次"; a paper's "2023年02月15日 星期三"
        dated_row = (
            DATED_INFO_ROW.match(line)
            or MASTHEAD_DATE.match(line)
            or PAPER_DATE_ROW.match(line)
        )
        if posted or stamped or dated_row:
            found = dates_in(line)
            if found:
                return found[0]
    return _site_line_date(lines) or updated


def _site_line_date(lines: list[str]) -> dt.date | None:
    """Return a numeric date on a short site line that is no sentence: "2024-11-26下载
    文档", "公文搜 2022-08-29 12:36:23 营商", "2020-12-07 致辞". A speech's own date
    is printed in words ("2022年2月28日"); a site stamps its pages with figures."""
    for line in lines:
        if len(line) > SITE_LINE_MAX_CHARS or SITE_LINE_SENTENCE.search(line):
            continue
        # ".../art/2023/12/30/…": a path, not a stamp; "http://www.x.com 2006-04-04
        # 20:51:23": the site's address before the page's stamp
        line = URL.sub(" ", line)
        match = DATE_NUMERIC.search(unicodedata.normalize("NFKC", line))
        if match:
            return valid_date(match["y"], match["m"], match["d"])
    return None
