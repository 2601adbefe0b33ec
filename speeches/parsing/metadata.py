"""Read the title, date, source, speaker, occasion, level and truncation of a speech.

Everything here reads the head (what a page prints before the speech), the tail
(what it prints after) and the file name; the body is read only for the occasion's
level and for signs that the page cut the speech off.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import PurePath

from .body_end import (
    AUTHOR_NOTE,
    BARE_NAME,
    EDITION_TRAILER,
    REPRINT_TRAILER,
    ends_in_verse,
    signed_speaker,
)
from .body_start import EDITORS_HEADNOTE, FULL_TEXT_FOLLOWS, HEADNOTE_DAY
from .chrome import (
    BREADCRUMB,
    BREADCRUMB_ARROW,
    BREADCRUMB_SEPARATOR,
    CHROME_ITEM_SEPARATOR,
    DATED_INFO_ROW,
    LEAD,
    LEAD_WITHIN,
    LINK_FOOTER,
    POST_HEADER,
    SITE_BLURB,
    TIMESTAMP_LINE,
    TITLE_FOOTER,
    WECHAT_BYLINE,
    WORD_COUNT,
    droppable_chrome,
    ending_chrome,
    is_nav_bar,
)
from .clean import CleanText
from .dates import (
    DATE_NUMERIC,
    ENGLISH_MONTHS,
    ENGLISH_TODAY,
    date_from_filename,
    dates_in,
    day_number,
    english_date,
    partial_dates_in,
    valid_date,
    zero_for_letter,
)
from .line_kinds import DATELINE, HEAD_DATE_PAREN, NEXT_SPEECH_TITLE
from .names import COMMON_SURNAMES, COMPOUND_SURNAMES, opens_with_surname
from .normalise import INVISIBLE_CHARS
from .rules import compile_rules
from .salutation import GLUED_BYLINE, SALUTATION, SPEAKER_LABEL_PREFIX
from .script import matching_form, printed_group, to_simplified
from .title_decorations import (
    COLLECTION_MARKER_RULES,
    SPACES,
    TITLE_DECORATION,
    WHOLE_IN_BOOK_MARKS,
    cut_matches,
    strip_decorations,
)
from .title_evidence import COLUMN_NAME, OCCASION_AT, TITLE_ENDINGS, TITLE_GENRE
from .title_score import (
    CJK,
    SITE_DOMAIN,
    TITLE_MAX_CHARS,
    TITLE_MIN_CHARS,
    TITLE_SENTENCE,
    URL,
    WEEKDAY_DATE,
    TitleCandidate,
    similar_titles,
    tagged_echo,
    title_key,
    title_score,
)

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

# "发布：3月6日 09:15", "发布时间：03-06": a publication field without its year
PUBLISHED_MONTH_DAY = re.compile(
    r"(?:发布|发稿|发表|刊发|上传|发文|公开)(?:时间|日期|于)?[:：][ \u3000]?"
    r"(?:(?P<m>\d{1,2})月(?P<d>\d{1,2})日|(?P<m2>\d{1,2})-(?P<d2>\d{1,2})(?![-\d]))"
)

# ".../art/2023/3/6/art_1.html", ".../2023-03/06/c_1.htm", ".../202303/t2023…": the
# year (and month) a site files its page under
URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})(?:[/\-_]?(?P<m>0?[1-9]|1[0-2])(?=[/\-_]))?"
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

# "二OO一年": a year typed with the letter O for the zero 〇 (read, not rewritten)
LETTER_ZERO_YEAR = re.compile(
    r"(?=[一二三四五六七八九〇零○OＯ]{4}年)"
    r"(?=[^年]*[一二三四五六七八九])[一二三四五六七八九〇零○OＯ]{4}(?=年)"
)

# "2019年3月2日", "（二〇一九年三月十二日）" on a line of their own
DATE_LINE = re.compile(
    # "於2023年6月18日": the day the speech was given, under its speaker
    # ("[2023年5月6日]", "〔2023年5月6日〕": square or tortoise-shell brackets, 2.13)
    r"^[（(\[【〔]?[于於]?(?:(?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日|"
    r"[一二三四五六七八九〇零○]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
    # "2019年5月8日下午": the part of the day it was given
    r"(?:[ \u3000]?(?:上午|下午|晚上|晚间|早上|中午))?[）)\]】〕]?$"
)

# "（根据2023年5月6日讲话录音整理）" (2.13): an editor's note under the title naming the
# day the speech was recorded: the day it was given
RECORDING_NOTE = re.compile(
    r"^[（(]根据(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[^（）()]{0,12}?(?:录音|记录)整理[）)]$"
)

# "张某某常委：", "李某某委员：" (2.9): a digest of a CPPCC session or a journal
# labels each member's speech with the name and the member's seat, alone on a line
SPEAKER_LABEL_LINE = re.compile(
    r"^(?!全体|各位|尊敬|亲爱|广大)(?P<name>[\u4e00-\u9fff]{2,4}?)[ \u3000]*"
    r"(?P<seat>常委|委员|代表|常务委员|主席|副主席|秘书长|党组书记)[：:][ \u3000]*$"
)

# "2021-06-15 讲话稿", "2021年3月2日 演讲稿" (2.9): a 范文 page's stamp glued before
# the column it is filed in, a genre word alone; the date is the page's, the word is
# never a title (the title is printed above)
DATED_COLUMN = re.compile(
    r"^(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
    r"(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \u3000]*(?P<column>[\u4e00-\u9fff]{2,5})$"
)

COLUMN_WORDS = {
    "讲话稿", "讲话", "发言稿", "发言", "致辞", "演讲稿", "演讲", "讲稿", "范文",
    "主持词", "致辞稿", "开幕词", "闭幕词", "贺词", "讲话致辞", "领导讲话", "党课讲稿",
}  # fmt: skip

# "（某省某市副市长、某县委书记某某某，2026年2月14日）": a line under the title
# giving the speaker's offices and name, then the day
PAREN_BYLINE_DATE = re.compile(
    r"^[（(](?P<byline>[^（）()，,。]{3,48})[，,][ \u3000]*"
    r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[）)]$"
)

# "（本文系2023年1月12日某某在…闭幕会上的讲话）": a note after a speech saying what it is
SPEECH_NOTE = re.compile(
    r"^[（(](?:本文|此文|本篇)(?:系|是|为|根据)[^（）()]*?"
    r"(?:讲话|致辞|发言|报告|演讲|党课|讲稿)[^（）()]{0,8}[）)]$"
)

# "2019年1月20日在某省第十三届人民代表大会第二次会议上" without a dash before it
DATED_OCCASION_LINE = re.compile(
    r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在.{2,80}"
    # "2024年1月16日在镇第十八届人民代表大会第四次会议": the 上 left off
    r"(?:上|会议|大会|全会|典礼|仪式|论坛|座谈会)$"
)

# "2024年3月2日在某区第十八届" + "人民代表大会第三次会议上": the same, broken in two
DATED_OCCASION_START = re.compile(
    r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在[^。，；]{2,40}$"
)

DATED_OCCASION_END = re.compile(r"^[^。，；]{2,40}上$")

# What opens a news lead or an editor's note: a dateline ("新华社某地4月9日电",
# "某某日报讯"), a label ("编者按：", "【核心提示】")
LEAD_OPENING = re.compile(
    r"^(?:(?:新华社|中新社|人民网|央视网|人民日报|本报)[\u4e00-\u9fff]{0,10}?"
    r"(?:\d{1,2}月\d{1,2}日)?电|[\u4e00-\u9fff]{2,8}讯|"
    # "据新华社报道，", "据央视新闻消息，": a report quoting the wire
    r"据[\u4e00-\u9fff]{2,12}(?:报道|消息)[，,：: \u3000]?|"
    r"[【\[]?(?:编者按|编者的话|核心提示|导语|导读|内容提要)[】\]]?[:：]?)"
)

# "大会8日在某地召开", "9月10日，全市…大会召开", "2月27日下午，…推进会在某地召开": the
# day the lead says the meeting was held (not the dispatch's "9日电")
# "某国总统某某20日在联合国总部发表讲话": the day a speaker gave the speech
# ("中新社某地九月二十三日电 某国总理二十三日在…发表演讲": older copy writes them in
# Chinese numerals)
_MONTH_OR_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"

MEETING_DAY = re.compile(
    rf"(?:(?P<m>{_MONTH_OR_DAY})月)?(?P<d>{_MONTH_OR_DAY})日(?!电)(?:上午|下午|晚上|晚间|晚)?[，,]?"
    r"[^。！？；]{0,40}?(?:召开|举行|开幕|闭幕|举办|发表[\u4e00-\u9fff]{0,8}?(?:讲话|演讲|致辞))"
)

# "2023年5月4日，全市青年工作会议在市会议中心召开。市委书记某某出席并讲话。" over
# the speech (2.11): a repost's caption-like lead opening on the full day, then the
# meeting held or the speech given that day: the day the speech was given
DATED_LEAD = re.compile(
    r"^(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:上午|下午|晚上|晚间|晚)?[，,]"
    r"[^。！？；]{2,60}?(?:召开|举行|开幕|闭幕|举办|发表[\u4e00-\u9fff]{0,8}?(?:讲话|演讲|致辞))"
)

# "新华社某地5月9日电 某国总统某某9日在红场举行的阅兵式上发表讲话": a wire's lead
# over a speech it prints whole names who spoke where; the title where none is printed
# ("某国总统某某在红场举行的阅兵式上的讲话")
LEAD_SPEECH = re.compile(
    r"(?<![^ \u3000，,：:）)])(?P<speaker>[^，,。：:；\s（(）)]{2,24}?)(?:当地时间)?"
    rf"(?:{_MONTH_OR_DAY}月)?{_MONTH_OR_DAY}日(?:上午|下午|晚上|晚间|晚)?"
    r"在(?P<occasion>[^，,。；并]{2,40}?)(?P<on>上)?"
    r"(?:发表|作|发出)了?(?P<genre>[\u4e00-\u9fff]{0,6}?(?:讲话|演讲|致辞|讲演|演说))"
)

# "某国总理某某23日在纽约出席欢迎午宴并发表演讲": the event attended names the occasion
# ("某国总理某某在欢迎午宴上的演讲")
LEAD_ATTENDED_SPEECH = re.compile(
    r"(?<![^ \u3000，,：:）)])(?P<speaker>[^，,。：:；\s（(）)]{2,24}?)(?:当地时间)?"
    rf"(?:{_MONTH_OR_DAY}月)?{_MONTH_OR_DAY}日(?:上午|下午|晚上|晚间|晚)?"
    r"(?:在[^，,。；并]{2,12}?)?出席(?P<occasion>[^，,。；并]{2,40}?)并"
    r"(?:发表|作|致)了?(?P<genre>[\u4e00-\u9fff]{0,6}?(?:讲话|演讲|致辞|讲演|演说))"
)

# "省委书记某某出席会议并讲话", "县委书记某某强调", "某省省长某某在讲话中提出"
LEAD_SPEAKER = re.compile(
    r"(?P<speaker>[^，,。：:；\s（(【】\[\]]{3,30}?)(?:同志)?"
    r"(?:出席(?:会议|大会|活动)?并(?:讲话|致辞|作报告)|在(?:讲话|会上)中?(?:强调|指出|提出)|"
    r"(?:强调|指出)[，,：:])"
)

# "新华社北京3月2日电": the wire's date, without a year
DATELINE_DATE = re.compile(rf"(?P<m>{_MONTH_OR_DAY})月(?P<d>{_MONTH_OR_DAY})日电")

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

# the first two: a title that counts the items of its page ("…发言（七篇）",
# "…致辞范文3篇"); a year in it is when the site made the page, not a speech's year
COUNTED_COLLECTION = compile_rules(COLLECTION_MARKER_RULES[:2])

# "…讲话稿范文 篇1", "…讲话稿范文篇一": the number of a collection's item after its name
COLLECTION_ITEM_MARK = re.compile(
    r"[ \u3000]*(?:篇|第)[一二三四五六七八九十\d]{1,2}篇?$"
)

# "下面是小编整理的在全镇…会议上的讲话，供大家参考": what a blurb says it holds
BLURB_TITLE = re.compile(
    r"(?:下面|以下|本文|这)?(?:是|为)?[^。！？，,]{0,16}?"
    r"(?:整理|收集|搜集|精选|精编|准备|提供|推荐|带来|分享|汇总)(?:的|了)(?:关于)?"
    r"(?!一些|几篇|多篇|部分|相关|各种|一篇|优秀|精选|范文)"
    r"(?P<title>[^，,。！？；;]{4,60}?[？?]?)(?:[，,。；;]|$)"
)

# "某市长新春团拜会致辞全文如下：" alone over the speech (2.11): a blog's or a
# repost's announcement, the only words naming the speech when the page prints no
# headline; the speech it names ends on its genre word, right after a name or an
# occasion ("以下为讲话全文：", "以下是总统的讲话全文：" name none: no title)
ANNOUNCED_TITLE = re.compile(
    r"^(?:以下(?:为|是)|下面是|现将)?(?!以下|下面|现将|这是|他的|她的|其)"
    r"(?P<title>[^。！？：:，,；;]{3,40}?(?:(?<!的)|(?<=[上时]的))"
    r"(?:讲话|致辞|致词|演讲|演说|发言|贺词|献词|贺辞|献辞|讲词|演辞|报告|讲稿))"
    r"(?:全文|原文)(?:刊发|刊登|发布|播发|公布|转发|摘登)?(?:如下)?[：:]?$"
)

# "某会会长短言" under "某某 发表于 2024-3-9 20:15": a forum thread's title, a phrase
THREAD_TITLE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9“”·、 ]{4,30}")

# "…电视动员讲话王某某": a name glued after a title's genre word
NAME_AFTER_GENRE = re.compile(
    r"(?:讲话|致辞|致词|发言|报告|贺词|贺辞|献词)(?P<name>[\u4e00-\u9fff]{2,3})$"
)

# "北部新闻台北市台北市长…致词全文": a news site's section ("北部新闻", "要闻") and the
# place it files the story under, run into the headline by the page's layout
GLUED_SECTION = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:新闻|要闻|快讯|资讯|动态)(?:[\u4e00-\u9fff]{1,3}[市县省区])?"
)

GLUED_SECTION_MAX_CHARS = 12

# "Speech by Mr X, Minister of Y, at the Z Dinner": an English page's line naming
# the speech given in Chinese below it; the title where no Chinese one is printed
# the title where no Chinese one is printed. Government sites' other forms:
# "Speech (in Chinese) by the Secretary for …", "Transcript of remarks by …",
# "Transcript of Prime Minister's National Day Rally Speech 2023",
# "SJ's speech at the Opening of the Legal Year 2024", "Prime Minister Lee's Speech at …"
ENGLISH_SPEECH_LINE = re.compile(
    r"^(?:(?:Opening|Closing|Welcome|Keynote|Toast|Inaugural|Budget)[ ])?"
    r"(?:Speech|Remarks|Address|Message|Statement|Lecture)"
    r"(?:[ ]\((?:in|in the original)[ ][A-Z][a-z]+(?:[ ]only)?\))?[ ]by[ ](?:the[ ])?[A-Z]"
    r"[^\n]{5,200}$"
    r"|^Transcript[ ]of[ ][A-Za-z][^\n]{5,200}$"
    r"|^(?:[A-Z][\w.]*[ ]){0,5}[A-Z][\w.]*['’]s[ ](?:[Kk]eynote[ ]|[Oo]pening[ ]|[Ww]elcome[ ])?"
    r"(?:[Ss]peech|[Rr]emarks|[Aa]ddress|[Mm]essage)[ ](?:at|on|to|in|for|during)[ ][^\n]{3,200}$"
)

# "小编为你整理了多篇相关的《某某在…上的讲话》": the title in book marks, after a
# blurb counting the pieces it compiled
BLURB_BOOK_TITLE = re.compile(
    r"(?:整理|收集|搜集|精选|汇总|准备)了?[^。！？《》]{0,10}《(?P<title>[^《》]{4,60})》"
)

QUESTION_MARKS = ("？", "?")

# "篇一：在全县…的讲话": the first speech of a bundle, under its own title
BUNDLE_FIRST = re.compile(
    r"^[【\[]?(?:篇一|第一篇|范文一|范例一|例文一|材料一|文章一|模板一)[】\]]?[:：、. \u3000]*(?=\S)"
)

# "篇二：在…的讲话", "【范文三】…": a speech of a collection under its item label
BUNDLE_ITEM = re.compile(
    r"^[【\[]?(?:篇[一二三四五六七八九十\d]{1,2}|第[一二三四五六七八九十\d]{1,2}篇|"
    r"(?:范文|范例|例文|材料|文章|模板)[一二三四五六七八九十\d]{1,2})[】\]]?[:：、. \u3000]*(?=\S)"
)

# "在…的讲话（县委书记 某某）": the speaker printed after the title
TRAILING_ROLE = re.compile(r"[（(](?P<byline>[^（）()]{2,30})[）)]$")

# "| 标题：在…的讲话 |": the rules of a table around a cell's text
TABLE_RULES = " \t\u3000|｜"

TABLE_CELL_RULE = re.compile(r"[|｜]")

# "讲　　话": a word spaced out for layout
SPACED_WORD = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,15}$")

# "标题：在全县…的讲话", "名　　称：…": a field that labels the title
TITLE_LABEL = re.compile(
    # "题：…": a wire copy's headline under its dateline
    # "题名：…", "颗粒名称：…" (2.14): a library record's field for the article's title
    r"^(?:标[ \u3000]*题|题[ \u3000]*目|题(?=[:：])|文章标题|文档标题|(?:文件|信息|文章|文档)?名[ \u3000]*称|"
    r"正?题[ \u3000]*名|篇[ \u3000]*名|(?:颗粒|资源|文献|条目)名称)"
    # "文件名称 | 某区2024年政府工作报告 |": an open-information table's cell
    # "文章名称 | : | 某某致辞全文 |": a label, its colon in a cell of its own
    r"[ \u3000]*(?:[:：]|[|｜])[ \u3000|｜:：]*"
)

# A title its page labels as such ("标　题：| 某镇2019年工作报告 |") outranks an
# unlabelled line of the same score
LABELLED_TITLE_BONUS = 1

# "04-12", "[03-29]" after an item, on its line or the next: an entry of a list of the
# site's articles, not this page's title (a date with its year under a headline is
# the page's own)
# "（2024年3月4日-10日）", "（5月6日—5月12日）": a span of days, a column's week
DAY_SPAN = re.compile(r"日[ \u3000]?[-—–~～至到][ \u3000]?(?:\d{1,2}月)?\d{1,2}日")

DAY_SPAN_TITLE_CHARS = 4

LIST_ITEM_DATE = re.compile(r"^[\[（(]?[01]?\d[-/.][0-3]?\d[\]）)]?$")

# "在春耕动员会上的讲话…[04-09]", "…的致辞[ 05-20 ]": the date in square brackets glued to
# the item's cut title
LIST_ITEM_TRAILING_DATE = re.compile(
    r"[ \u3000]+[\[（(]?[01]?\d[-/.][0-3]?\d[\]）)]?$|\[ ?[01]?\d[-/.][0-3]?\d ?\]$"
)

LIST_ITEM_LEADING_DATE = re.compile(
    r"^[\[（(]?[01]?\d[-/.][0-3]?\d[\]）)]?[ \u3000]+\S"
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

BREADCRUMB_TITLE_MIN_CHARS = 8

# Titles read from a page's footer ("本文标题：…") rank after every head line.
FOOTER_ORDER = 900

SUBTITLED_TITLE_BONUS = 3

NAMED_BY_SUBTITLE_BONUS = 3

# A title the page prints twice or more (its <title>, another head line, its file
# name, its footer) is the page's own: "第三任校长就职演说" over a pager
# holding it, not the next work's title under it
ECHOED_TITLE_BONUS = 1

ECHO_MIN_CHARS = 6

# The last title-like line of the head is the one the speech starts under: the
# document's own title ("在…上的讲话") under a site's headline ("…讲话稿")
HEADS_SPEECH_BONUS = 1

# The speech's own title under a wire's report of it outranks the report's headline
REPORTED_SPEECH_BONUS = 3

# A variant of the chosen title reads as a title as well: not a blurb naming it
VARIANT_SCORE_SLACK = 2

# Where candidates score alike, a headline comes first, then the file's name, then
# the document's own title (after a dateline, under a date), its footer, breadcrumb
SOURCE_RANK = {"headline": 4, "filename": 3, "document": 2, "footer": 1}

# A short line after "在…上的" that completes the title: "讲话", "上的点评讲话"
BROKEN_TITLE_MAX_CHARS = 12

# Titles too general to tell one report from another: qualified by year and place.
GENERIC_TITLES = {"政府工作报告", "工作报告", "讲话", "讲话稿", "报告", "致辞", "发言"}

# "…会上的讲话在全区…会上的讲话": a site's title and the document's title run together
DOUBLED_TITLE_SEAM = re.compile(
    # never at a comma: "学习某某同志的讲话,在全系统开展作风整顿" (2.9) is one title of
    # two clauses, whichever comma (full-width or ASCII) the page prints
    r"(?<=的讲话|的致辞|的演讲|的报告|的发言|讲话稿|发言稿|致辞稿)"
    r"(?=[^稿，,。、；;）)】\]］][^，,。、；;）)]{5,})"
)

# "——2019年1月20日在某省第十三届人民代表大会第二次会议上" or "——在…上的致辞"
# A single dash joins names ("京津—冀北协作会"); only a double dash opens a subtitle.
SUBTITLE_DASH = re.compile(r"——|――|[-－]{2,}|^[—―]")

# "??2017年1月5日在…会议上": a subtitle's dash lost by an encoding, as question marks
LOST_DASH = re.compile(r"^[?？]{1,2}(?=(?:19|20)\d{2}年\d{1,2}月)")

# How a subtitle ends: "…会议上", "…的讲话"; anything else continues on the next line.
SUBTITLE_ENDINGS = ("上", "话", "辞", "讲", "告", "稿", "词", "言")

# "铭记初心担使命 砥砺奋进正当时": a theme after a dash, naming no occasion, date or
# genre; under a title of the genre it is part of the title, not a subtitle
SLOGAN_SUBTITLE = re.compile(r"^(?!在)[\u4e00-\u9fff“”\"，, \u3000]{4,40}$")

# "办好人民满意的教育※某某某": a title and its author in a journal's layout
AUTHOR_MARK = "※"

# Where a title's genre word ends: a byline may be glued after it
GENRE_END = re.compile(r"(?:讲话|致辞|演讲|说明|报告|发言|贺词|献词)稿?")

# "…的说明某某某": a byline glued to the end of a title without a space
TRAILING_BYLINE = re.compile(
    r"(?<=讲话|致辞|演讲|说明|报告|发言|贺词|贺信)(?P<name>(?![的之])[\u4e00-\u9fff]{2,4})$"
)

# "——2023年5月6日在全省…会议上 某省省长 某某" (2.13): the byline a space after the
# occasion, on the subtitle's line
SUBTITLE_BYLINE = re.compile(rf"[ \u3000]+{GLUED_BYLINE.pattern}$")

# "在学院校企合作经验交流会上的讲话 杨某某": the speaker's name a space after the title
SPACED_TRAILING_NAME = re.compile(
    r"(?<=[话辞讲说明告言词信稿])[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,3})$"
)

SPOKEN_TITLE_ENDINGS = (*TITLE_ENDINGS, "讲稿", "致词")

# "…行稳致远 校友总会理事长 陈某某": a role and a name a space after a title
OFFICE_AFTER_TITLE = re.compile(rf"[ \u3000]{GLUED_BYLINE.pattern}$")

NOT_A_TRAILING_NAME = re.compile(
    r"摘要|全文|提纲|节选|稿|要点|精神|会议|大会|决议|决定|公报|参考|范文|模板|"
    # "…动员会上的讲话材料", "…致辞大全": a 范文 site's words for its text (2.11)
    r"讲话|致辞|发言|贺词|报告|演讲|材料|素材|大全|合集|精选|汇编|原文|"
    # "…的讲话篇一", "致辞致谢", "…致辞通用" (2.14): a collection's item number, a
    # column's name, its "for any use" tag
    r"^篇[一二三四五六七八九十\d]{1,2}$|致谢|答谢|通用"
)

# "团结  奋进  庆祝建区30周年", "同心同行 再创佳绩": a banner's slogan, short phrases
# a space apart, printed under a headline as its deck (read in simplified form)
SLOGAN_DECK = re.compile(
    r"^[\u4e00-\u9fff\d]{2,8}(?:[ \u3000]+[\u4e00-\u9fff\d]{2,8}){1,3}$"
)

# A file name holding a sentence's stops is the text's first words
FILENAME_SENTENCE = re.compile(r"[。！？!?；;]")

# File names: "crawler-x__2019-03-02_015_某某：在…的讲话.txt" -> "某某：在…的讲话"
FILENAME_ID_PREFIX = re.compile(r"^(?:[A-Za-z0-9][A-Za-z0-9.\-]*(?:__|_|\s)+)+")

# A file name cut short is continued by a title sharing its last characters.
FILENAME_OVERLAP = 6

BODY_CONTINUATION_CHARS = 3000

# "——2019年1月20日在某省第十三届人民代表大会…上" -> "某省"
SUBTITLE_PLACE = re.compile(
    r"在(?P<place>[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|县|区))第"
)

# "某某文集_第二卷" -> "某某文集第二卷": an underscore standing for a space in a file name
UNDERSCORE_BETWEEN_WORDS = re.compile(
    r"(?<=[\u4e00-\u9fff）)”])_(?=[\u4e00-\u9fff（(“])"
)

# "…推向新" + "的阶段。": a file name's title continued in the text up to a stop
CONTINUATION = re.compile(r"[^，。、；：！？“”《》（）\s]{1,20}(?=[。；！？])")

# "2019年某省…" is a title, not a speaker named before "在…的讲话"
DIGIT_OR_YEAR = re.compile(r"\d|年")

WHITESPACE = re.compile(r"\s+")

UNCLOSED_BRACKET = re.compile(r"[ _]*[（(][^（）()]*$")

# "省长 王某某", "中华人民共和国主席　某某某", "自治区主席 李 某", "张某某"
SPEAKER_LINE = re.compile(
    r"^(?P<role>[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ffff、XＸ×]{0,30}?(?:主席|总理|省长|市长|县长|区长|镇长|乡长|书记|"
    r"部长|主任|委员长|总书记|院长|校长|局长|厅长|理事长|会长|代表|常委)[ \u3000]*)?"
    # "刘××", "王某某": a surname and a name or its placeholder; "XXX" alone
    # (names and places may hold characters beyond the basic block: "𠮷溪镇", "龚䶮")
    r"(?P<name>[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ffff]"
    r"(?:[ \u3000]?[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ffff×Ｘ＊*Xx]){1,3}|"
    r"[XＸ×]{2,3})$"
)

# "作者：金岭县委书记 陈卫东日期：2024-08-21": an author field in a row of fields, up
# to the next field's label or a wide gap
AUTHOR_FIELD = re.compile(
    r"(?:^|[ \u3000|｜])(?:作者|讲话人|主讲人)[:：][ \u3000]*(?P<byline>.+?)"
    r"(?=[ \u3000]{2,}|[ \u3000|｜]*(?:日期|时间|发布|更新|来源|阅读|浏览|点击|编辑|字数)"
    r"|[ \u3000|｜]*$)"
)

# "（某某某，某某大学副校长）" alone under a talk's title: a portal's note of who
# speaks, name first, then the office -> the byline as printed
PAREN_NAME_ROLE = re.compile(
    r"^[（(](?P<name>[\u4e00-\u9fff]{2,4})[，,、 \u3000](?P<role>[^（）()，,。]{2,30}"
    r"(?:长|书记|主任|主席|教授|院士|研究员|经济学家|总裁|总监|理事长|会长|委员|部长|行长))"
    r"[）)]$"
)

# "梧桐镇党委书记2023年度抓基层党建工作述职报告": a report titled by its speaker's role
SPEAKER_OPENS_REPORT = re.compile(
    r"^(?P<speaker>[^在：:，,“”\"《》\d]{2,24}?(?:书记|[镇乡县市区]长|主任|局长|部长))"
    r"(?=(?:19|20)\d{2}年度?.{2,40}(?:述职|述责|述廉|报告|发言)[\u4e00-\u9fff]{0,4}$)"
)

# Words that make a title's opening a speaker: "某镇党委书记", "督导组组长王××"
ROLE_WORD = re.compile(
    r"书记|[^成增延生]长|主任|委员|主席|总理|代表|常委|负责人|领导|干部|专员|巡视员|"
    r"党员|专家|教授|校长|院士|主持人|发言人"
)

# "XXX", "××": a placeholder standing for a name, which says nothing of who spoke
# ("某某某" stays: sites print it where a name was, and editors keep it so)
PLACEHOLDER_NAME = re.compile(r"^[XxＸ×＊*]{2,3}$")

# "主持人：县委副书记 某某", "主讲人：…": the label before a byline
BYLINE_LABEL = re.compile(
    r"^(?:主持人|主讲人|讲话人|发言人|报告人|作者)[:：][ \u3000]*"
)

# "（镇党委书记　某某　2024年11月4日）": a byline in brackets that ends on the date
BYLINE_DATE = re.compile(
    r"[ \u3000，,]*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-.]\d{1,2}[-.]\d{1,2})$"
)

NOT_A_NAME = re.compile(
    r"^(?:贺信|回信|贺词|讲话|致辞|前言|目录|附件|说明|注释|来源|下载|打印|全屏|收藏|"
    r"分享|首页|正文|全文|摘要|编者按|报告|决议|公报|材料|素材|大全|合集|精选|汇编|"
    # "范文", "致谢", "篇一" (2.14): a 范文 site's tab, its column and its item's number
    r"范文|范例|例文|致谢|答谢|通用|浏览|篇[一二三四五六七八九十\d]{1,2})$"
)

# "这是某某在某届某中全会上的讲话": an edition's headnote names the
# speaker and the meeting
HEADNOTE_SPEAKER_AT = re.compile(
    rf"^这是(?P<speaker>[\u4e00-\u9fff]{{2,4}}?)(?:同志)?{HEADNOTE_DAY}在"
    r"(?P<occasion>[^。，,；;]{2,60}?(?:会议|大会|全会|全体会议|座谈会|会))上"
)

# "院长专栏", "书记频道": a site's column named for an office, printed in its menu
# and breadcrumb over the speech; the column, not its speaker
OFFICE_COLUMN = re.compile(r"(?:专栏|栏目|频道)$")

# "某乡党委书记在“清风乡村”…上的讲话", "某某：在…上的讲话"
SPEAKER_IN_TITLE = re.compile(
    r"^(?P<speaker>[^在：:，,“”\"《》]{2,24}?)(?:同志)?(?:[：:] ?)?"
    r"(?=在.{2,100}?(?:上|时|期间)?的[\u4e00-\u9fff]{0,4}(?:讲话|致辞|演讲|发言|报告))"
)

# "在市发改委领导班子民主生活会" + "上的点评讲话": a title broken over two lines
BROKEN_TITLE_TAIL = re.compile(
    r"^(?:会?上|时|期间)?的[\u4e00-\u9fff]{0,4}?"
    r"(?:讲话|致辞|演讲|发言|报告|祝酒辞|贺词|讲稿|主持词|提纲)"
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

# "在全市…现场推进会上，我们作交流发言。": a speech that names its meeting first
OCCASION_OPENING = re.compile(
    r"^[^。！？\n]{0,10}?在(?P<occasion>[^，,。！？\n]{2,40}?"
    r"(?:会议|大会|座谈会|推进会|现场会|部署会|培训班|研讨会|交流会|论坛|会))上[，,]"
    r"[^。！？\n]{0,30}?(?P<verb>发言|讲话|交流|致辞)"
)

OPENING_GENRES = {"交流": "发言"}

# "现在，我代表某届委员会向大会作报告。" + "某某第N次代表大会，是…": a report to a
# congress names its meeting in the sentence after it ("大会" where it does not)
REPORT_TO_MEETING = re.compile(
    r"(?:^|\n)(?:现在，)?我代表[^。！？\n]{2,40}?向(?P<meeting>大会|会议|全会)"
    r"(?:作|做)[^。！？\n]{0,6}报告[。！]\n?"
    r"(?:(?P<named>[^，。！？\n]{4,40}?(?:代表大会|全体会议|全会|会议))[，,]是)?"
)

REPORT_OPENING_CHARS = 300

# "这是我在全县…会议上的讲话": the speech naming itself
OCCASION_NAMED = re.compile(
    r"在[^，,。！？\n“”]{2,50}?(?:会议|大会|会|论坛|典礼|仪式)上的(?:讲话|致辞|发言)"
)

# "今天我演讲的题目是《青春在路上》": a contest speech naming its own title in its
# opening, where the page prints none
OPENING_NAMES_TITLE = re.compile(
    r"我(?:今天|今天在这里)?(?:演讲|讲话|发言|汇报|报告|要讲|讲)的(?:题目|主题|话题)(?:是|为|叫)[:：]?"
    r"[ \u3000]*[《“\"](?P<title>[^《》“”\"。！？\n]{2,30})[》”\"]"
)

# "今天，我们召开全县秋季防火工作会议，…": the meeting a speech's first sentence says
# is being held; "在全县秋季防火工作会议上的讲话" where the page prints no title (a
# ceremony's speech is a 致辞)
OCCASION_CONVENED = re.compile(
    r"^(?:今天|今天上午|今天下午|今晚|今日)?[，, ]?(?:我们|县委|市委|区委|镇党委|党委|"
    r"县政府|市政府|区政府|镇政府)?(?:在这里|在此)?(?:隆重|专门|专题)?(?:召开|举行)了?(?:这次|本次|一个|一次)?"
    r"(?P<occasion>[^，,。！？\n在]{2,40}?(?P<kind>会议|大会|座谈会|推进会|现场会|部署会|"
    r"动员会|表彰会|总结会|培训班|典礼|仪式|开幕式))[，,。]"
)

# "大家好！很高兴出席今天的全球减贫伙伴论坛。": a guest's opening naming the event he
# attends; "在全球减贫伙伴论坛上的致辞"
OCCASION_ATTENDED = re.compile(
    r"^(?:大家(?:上午|下午|晚上)?好[！!，,。]\s*)?(?:我|今天)?(?:很|非常|十分)?(?:高兴|荣幸)(?:地)?"
    r"(?:出席|参加|来到)(?:今天的|今天|这次|本次|在此举行的)?"
    r"(?P<occasion>[^，,。！？\n在]{2,40}?(?P<kind>会议|大会|座谈会|论坛|峰会|年会|典礼|仪式|"
    r"开幕式))[，,。！!]"
)

CEREMONY_KINDS = {"典礼", "仪式", "开幕式", "论坛", "年会"}  # a summit: 讲话

OPENING_TITLE_CHARS = 300

# "同志们：" before the opening sentence
SALUTATION_LINE = re.compile(r"^[^\n]{0,40}[：:]\s*")

# "——2019年1月20日在某省第十三届人民代表大会第二次会议上"
OCCASION_SUBTITLE = re.compile(r"在(?P<occasion>.{2,100}?)上$")

# "全县农村人居环境整治座谈会讲话" -> "全县农村人居环境整治座谈会";
# "三届四次职代会学校工作报告" -> "三届四次职代会": the report made to a congress
OCCASION_BARE = re.compile(
    r"^(?P<occasion>.{2,80}?(?:会议|大会|座谈会|推进会|部署会|培训会|研讨会|论坛|峰会|"
    r"典礼|仪式|宴会|招待会|茶话会|团拜会|会))"
    r"(?:(?:上)?的?(?:主旨|重要|书面)?(?:讲话|致辞|发言)|(?:上的)?(?:学校|行政)?工作报告)$"
)

# "您好,欢迎访问某某材料网" -> "某某材料网"
SITE_WELCOME = re.compile(r"欢迎(?:访问|来到|光临)(?P<site>[^\s,，!！。:：]{2,20})")

# "联系客服提示-某某文库" -> "某某文库"
SITE_CONTACT = re.compile(r"联系客服提示 ?[-—－:：] ?(?P<site>[^\s]{2,20})")

# "来源：某某日报", "（来源：某某晚报）"
SITE_SOURCE_FIELD = re.compile(r"来源[:：] ?(?P<site>[\u4e00-\u9fffA-Za-z]{2,20})")

# "某某文秘网", "某县人民政府", "某某文库": a name that says it is a site
SITE_NAME = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{2,16}?(?:网|网站|文库|文档库?|平台|资料库|材料库|人民政府|"
    # "某某之家" (a writers' site), "某某的博客"
    r"政府网?|门户网站?|之家|博客|图书馆)$"
)

# "…的讲话_领导讲话_某县人民政府", "…讲话_范文 - 某某网": a page title's last part
TITLE_SUFFIX_SEPARATOR = re.compile(
    r"[ \u3000]*[_|｜][ \u3000]*|[ \u3000]+[-－—–][ \u3000]+|-"
)

# "© 2024 某某文库 x.com 版权所有", "Copyright © 某某网 All Rights Reserved"
COPYRIGHT = re.compile(r"©|Copyright|版权所有", re.IGNORECASE)

COPYRIGHT_WORDS = re.compile(r"版权|所有|保留|权利|声明")

# A breadcrumb's first item that names no site
NOT_A_SITE = frozenset({"首页", "主页", "网站首页", "返回首页"})

# "最新新闻 > 最新动态 > …", "外交时期 > 综述 > …", "关于校友会 > …", "> 文章内容": a
# column of the site named by its kind (news, a period, an "about" page, the article
# view), which no site takes as its name; read in simplified form
COLUMN_OF_KIND = re.compile(
    r"^(?:(?:关于|最新|本站|栏目)[^网]{0,8}|[^网]{0,6}(?:新闻|动态|要闻|资讯|快讯|内容|综述|专题|"
    r"专栏|栏目|频道|公告|通知|时期|年代|回顾|列表|正文|详情|概况|简介|成员|导航|描述|预览))$"
)

NAME_TOKEN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,20}")

# "来源：本站原创", "来源：网络": no site's name
GENERIC_SOURCE = re.compile(
    r"^(?:本站|本网|原创|网络|互联网|网友|会员|转载|佚名|未知|投稿|用户)"
)

# "信息来源：区政协办公室": a government portal's field for the department that supplied
# the text, not a site (a plain "来源：" is read as the page's source, as before)
OFFICE_SOURCE = re.compile(r"(?:办公室|办公厅|办|局|委员会|委|部|厅|处|科|组)$")

# A site's brand at the very top of a page: "笔耕材料库"
SITE_BRAND = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{3,10}$")

# "笃行文库 - 专业文档分享平台", "微言文稿 · 每天一篇好材料", "范文仓库 | 精品文档":
# a brand followed by its motto or its menu
# "某某网　VIP会员｜充值", "某某的博客　[订阅]": a brand before its menu or buttons
BRAND_SEPARATOR = re.compile(
    r"[ \u3000]+[-—–·|｜丨][ \u3000]*|[ \u3000]*[|｜丨·][ \u3000]*|\u3000+|[ ]{2,}|"
    r"[ \u3000]+(?=[\[【])"
)

SITE_BRAND_LINES = 4

# "校园邮箱 |" over "教务平台 |": a menu a page's text dump prints one item a line,
# each with the bar that parted it from the next; an item, never the site's brand
MENU_ITEM_WITH_BAR = re.compile(r"[ \u3000]*[|｜丨┊]$")

# "今天是" alone at the top: a date widget whose date the page's script writes in
TODAY_WIDGET = re.compile(r"(?:今天是|今日是|当前时间|现在时间|当前日期)[:：]?")

MASTHEAD_MAX_CHARS = 12

# "政务公开" over "机构职能" and "领导讲话": a menu printed one item a line
MENU_ITEM_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}$")

MENU_ITEM_MAX_CHARS = 6

COLUMN_ITEMS = 2

NAV_ITEM_SEPARATOR = re.compile(r"[ \u3000|｜┊丨]+")

# "文海材料网 www.wenhai.cn": a brand followed by its domain
BRAND_DOMAIN = re.compile(
    r"[ \u3000]+(?=(?:https?://)?(?:www\.)?[A-Za-z0-9-]+\.(?:com|cn|net|org)\b)",
    re.IGNORECASE,
)

# "某县人民政府　2022-03-08 17:02:36　【大】【中】【小】": a brand opening the row of
# the page's stamp, under the title
BRAND_STAMP = re.compile(
    r"^[^\s]{3,16}[ \u3000]+(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"[ \u3000]+\d{1,2}:\d{2}"
)

# "您现在的位置：某某公文网 >> 讲话": the label before a breadcrumb's first item
BREADCRUMB_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}位置[:：][ \u3000]*")

# "新华社北京…电" -> 新华社; "央视网消息" -> 央视网
AGENCY = re.compile(
    r"^(?P<site>新华社|中新社|人民网|央视网|人民日报|光明日报|经济日报|中国日报)"
)

# "网址：https://www.x.cn/zw/2023-03/05/c_1.htm" in a footer: the page's own address
PAGE_ADDRESS_FIELD = re.compile(r"^(?:本页|当前页面|当前|本文)?网址[:：][ \u3000]*")

# "https://www.x.cn/zw/c_1.htm" has a path beyond the site's home
URL_PATH = re.compile(r"^https?://[^/]+/[^/\s]+", re.IGNORECASE)

# The scope a speech addresses, from the narrowest: "某乡党委书记", "全县", "全市"…
LEVEL_PATTERNS = (
    ("村", re.compile(r"全村|村党(?:支部|总支)|村两委|村“两委”")),
    ("镇", re.compile(r"全镇|镇党委|镇长|某镇|[\u4e00-\u9fff]镇(?:党委|政府)")),
    ("乡", re.compile(r"全乡|乡党委|乡长|乡政府")),
    ("街道", re.compile(r"全街道|街道党工委|街道办事处")),
    ("区", re.compile(r"全区(?!各族)|(?<!自治)(?<!行政)区(?:委|长|政府|人大)")),
    ("县", re.compile(r"全县|县委|县长|县政府|县级|县人大")),
    ("市", re.compile(r"全市|市委|市长|市政府|市人大")),
    ("省", re.compile(r"全省|省委|省长|省政府|自治区|省人大|全区各族")),
    (
        "中央",
        re.compile(r"全党|全国|党中央|国务院|中央委员会|国家主席|中华人民共和国主席"),
    ),
)

LEVEL_BODY_CHARS = 3000

# "下面，我讲四点意见", "我谈3个问题": the parts a speech announces
ANNOUNCED_PARTS = re.compile(
    r"(?:讲|谈|提|强调|说)(?P<count>[两二三四五六七八九2-9])(?:点|个方面的?|个问题|个方面)"
)

ANNOUNCED_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}

ANNOUNCED_COUNTS.update({"八": 8, "九": 9})

# A speech ends on a full stop, an exclamation, a closing quote or bracket.
FINAL_PUNCTUATION = "。！？!?…”’」』）)】.；;"

# A letter's signature and date may follow its last sentence: "某某某\n2019年3月2日"
SIGNATURE_LINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,4}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|"
    r"[一二三四五六七八九〇零○]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$"
)

# Characters that count as words when a site's word count is compared with the text.
WORD_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")

WORD_COUNT_SLACK = 1.15


@dataclass(frozen=True)
class Metadata:
    title: str
    date: dt.date | None = None
    source_url: str | None = None
    source_site: str | None = None
    speaker: str | None = None
    occasion: str | None = None
    admin_level: str | None = None
    truncated: bool = False
    title_source: str = ""  # headline / document / footer / filename / occasion
    delivered: str | None = None  # "2018-02-12", "2018-02" or "1954"


@dataclass
class Byline:
    text: str
    order: int  # the head line it was read from


@dataclass
class Head:
    """What the lines before a speech say about it."""

    titles: list[TitleCandidate] = field(default_factory=list)
    subtitles: list[str] = field(default_factory=list)
    bylines: list[Byline] = field(default_factory=list)
    dates: list[dt.date] = field(default_factory=list)  # delivery dates printed
    # delivery dates printed as a month or a year only: "1941-05", "1965"
    partial_dates: list[str] = field(default_factory=list)
    datelines: list[tuple[int, int]] = field(default_factory=list)  # (month, day)
    agencies: list[str] = field(default_factory=list)
    # the day a news lead or an editor's note says the meeting was held:
    # (month, day), the month None when the lead gives the day alone ("8日")
    lead_days: list[tuple[int | None, int]] = field(default_factory=list)
    # who a lead says spoke: "省委书记某某出席会议并讲话"
    lead_speakers: list[str] = field(default_factory=list)
    # titles set as a question ("我们为什么要学党史？"), kept when the page prints them
    # twice or its blurb names them
    questions: list[TitleCandidate] = field(default_factory=list)
    # what a site's blurb says it compiled: "下面是小编整理的X，供大家参考"
    blurb_titles: list[str] = field(default_factory=list)
    # lines the page's layout makes its title though no rule of the genre reads them
    # as one: an English page's "Speech by Mr X, …", a forum thread's title under
    # its first post's header
    plain_titles: list[str] = field(default_factory=list)
    lead_titles: list[str] = field(default_factory=list)
    # a collection page named by its genre alone ("会议发言稿范文(精选28篇)", 2.12):
    # the topic it prints with its count, kept when no line ranks as a title
    collection_topics: list[str] = field(default_factory=list)
    release_days: list[tuple[int, int]] = field(default_factory=list)
    # a title counting its items ("2019年中秋节发言(六篇)"): its year is the page's
    counted_collection: bool = False
    # the head's lines as read (broken titles joined): where a title is printed again
    lines: list[str] = field(default_factory=list)


def extract_metadata(
    cleaned: CleanText,
    *,
    filename: str | None = None,
    top_level_sections: int = 0,
    page_title: str = "",
    page_chrome: tuple[str, ...] = (),
    page_date: dt.date | None = None,
) -> Metadata:
    """Return the metadata printed around a speech (and in an HTML page's <title>,
    header and footer)."""
    head = read_head(cleaned.head, cleaned.trailers)
    footer_titles = [
        TitleCandidate(
            strip_decorations(TITLE_FOOTER.sub("", line)), "footer", FOOTER_ORDER
        )
        for line in cleaned.tail
        if TITLE_FOOTER.match(line)
    ]
    head.titles.extend(t for t in footer_titles if t.text)
    file_title = title_from_filename(filename, cleaned)
    news = any(DATELINE.match(trailer) for trailer in cleaned.trailers[:1])
    title, title_source, title_order = choose_title(
        head, file_title, cleaned.body, news=news, page_title=page_title
    )
    occasion = find_occasion([title, *(t.text for t in head.titles), *head.subtitles])
    if occasion is None:
        opening = OCCASION_OPENING.match(cleaned.body)
        occasion = opening["occasion"] if opening else None
    if occasion is None:
        report = REPORT_TO_MEETING.search(cleaned.body[:REPORT_OPENING_CHARS])
        occasion = (report["named"] or report["meeting"]) if report else None
    speaker = find_speaker(head, title, cleaned.trailers, title_order=title_order)
    headnote = _headnote(cleaned.head)
    if headnote:  # "这是某某在…上的讲话的一部分。": who spoke, and where
        occasion = occasion or headnote["occasion"]
        speaker = speaker or headnote["speaker"]
    source_url = find_source_url(cleaned, page_chrome)
    # a page's own record of its day (a Markdown page's front matter) comes first
    date = page_date or find_date(cleaned, head, filename, source_url=source_url)
    return Metadata(
        title=title,
        date=date,
        delivered=find_delivered(
            cleaned, head, title, page_date=date, source_url=source_url
        ),
        source_url=source_url,
        source_site=find_source_site(cleaned, head, title, page_title, page_chrome),
        speaker=speaker,
        occasion=occasion,
        admin_level=find_admin_level(
            [title, occasion or "", speaker or ""], cleaned.body
        ),
        truncated=is_truncated(cleaned, top_level_sections),
        title_source=title_source,
    )


def _headnote(lines: tuple[str, ...]) -> re.Match | None:
    """Return the speaker and meeting an edition's headnote names, if it names both."""
    for line in lines:
        if EDITORS_HEADNOTE.match(line):
            return HEADNOTE_SPEAKER_AT.match(line)
    return None


def read_head(lines: tuple[str, ...], trailers: tuple[str, ...] = ()) -> Head:
    """Take the head lines apart into titles, subtitles, bylines and dates."""
    head = Head()
    for trailer in trailers:
        _read_dateline(trailer, head)
    pending_subtitle = ""
    in_wire_copy = False  # lines after a dateline of their own belong to the copy
    after_post = False
    joined = join_broken_titles(lines)
    head.lines = joined
    listed = listed_titles(joined)
    for order, raw in enumerate(joined):
        line = raw.strip(TABLE_RULES)
        labelled = TITLE_LABEL.match(to_simplified(line))
        if labelled:  # "標　題：| …": the label read in simplified form
            # the title is its cell's text: "文件名称 | 某区…报告 | 备注 |"
            cell = TABLE_CELL_RULE.split(line[labelled.end() :].strip(TABLE_RULES))
            line = cell[0].strip(TABLE_RULES)
        line = LOST_DASH.sub("——", line)
        line = LETTER_ZERO_YEAR.sub(zero_for_letter, line)
        if BREADCRUMB.search(line):
            _read_breadcrumb(line, head, order=order)
            continue
        author = AUTHOR_FIELD.search(line)
        # "作者：王晓" names the site's editor as often as the speaker: a role decides
        if author and role_and_name(author["byline"]):
            head.bylines.append(Byline(author["byline"].strip(), order))
        noted = PAREN_NAME_ROLE.match(to_simplified(line))
        if noted and opens_with_surname(noted["name"]):
            head.bylines.append(Byline(line.strip("（）() \u3000"), order))
            continue
        thread = after_post  # the line under "某某 发表于 2024-3-9 20:15"
        after_post = bool(POST_HEADER.search(line))
        if ENGLISH_SPEECH_LINE.match(line) or (thread and THREAD_TITLE.fullmatch(line)):
            head.plain_titles.append(line)
        today = ENGLISH_TODAY.search(line)
        if today:  # "… today (May 4):": an English release's day of the speech
            month = ENGLISH_MONTHS.index(today["month"]) + 1
            head.release_days.append((month, int(today["day"])))
        _read_lead(line, head)
        _read_blurb_title(line, head)
        if COUNTED_COLLECTION.search(to_simplified(line)):
            head.counted_collection = True
        item = BUNDLE_ITEM.match(line)
        if item and not BUNDLE_FIRST.match(line):
            line = line[item.end() :]  # "篇二：…" heading a collection's speech
        if _chrome(line) and _chrome(strip_decorations(line)):
            continue  # "在…的讲话稿(仅供参考)" is a title: its decoration is not
        label = SPEAKER_LABEL_LINE.match(to_simplified(line))
        if label and opens_with_surname(label["name"]):
            # "张某某常委：" alone over a digest's speech: who speaks, never a title
            head.bylines.append(Byline(line.rstrip("：: \u3000"), order))
            continue
        transcript = SPEAKER_LABEL_PREFIX.fullmatch(line)
        if transcript and transcript["office"]:
            # "某部副部长某某某：" cut off the salutation after it (2.13): the speaker
            head.bylines.append(Byline(line.rstrip("：: \u3000"), order))
            continue
        following = joined[order + 1].strip() if order + 1 < len(joined) else ""
        if (
            LIST_ITEM_TRAILING_DATE.search(line)
            or LIST_ITEM_LEADING_DATE.match(line)
            or LIST_ITEM_DATE.match(following)
        ):
            continue  # "在全县…的讲话" + "04-12": an item of the site's article list
        if order < SITE_BRAND_LINES and _site_masthead(line):
            continue  # "某某公文网" at the top: the site's name, not a title
        if order in listed:
            continue  # one of a column of other speeches' titles
        if pending_subtitle:  # "——…在某省第十三届" + "人民代表大会…上"
            head.subtitles[-1] = pending_subtitle + line
            pending_subtitle = ""
            continue
        if _read_date_line(line, head, order=order):
            continue
        line, dateline = _split_dateline(line)
        if dateline:
            _read_dateline(dateline, head)
            in_wire_copy = True
        announces = FULL_TEXT_FOLLOWS.search(to_simplified(line))
        if announces and announces.end() >= len(line.rstrip()):
            _read_announced_title(line, head)
            continue  # "以下是…发表的声明：": the line over the text, never its title
        line, marked = _read_document_marks(line, head, order=order)
        subtitles = len(head.subtitles)
        title_part, pending_subtitle = _read_subtitle(line, head, order)
        if not title_part and len(head.subtitles) > subtitles:
            _credit_subtitled_title(head, order)
        if title_part:
            titles = len(head.titles)
            _read_title_or_byline(
                title_part, head, order=order, document=in_wire_copy or marked
            )
            for candidate in head.titles[titles:] if labelled else ():
                candidate.bonus += LABELLED_TITLE_BONUS
    _join_role_lines(head)
    _split_echoed_names(head)
    _cut_glued_sections(head)
    _admit_echoed_questions(head, joined)
    return head


def _read_blurb_title(line: str, head: Head) -> None:
    """Read the title a site's blurb says it compiled: "下面是小编整理的X，
    供大家参考" gives X, the title when the page prints no other."""
    simple = to_simplified(line)
    blurb = LEAD.search(simple[:LEAD_WITHIN]) or SITE_BLURB.search(simple)
    found = (
        (BLURB_BOOK_TITLE.search(simple) or BLURB_TITLE.search(simple))
        if blurb
        else None
    )
    if found:
        title = strip_decorations(printed_group(found, line, "title"))
        if title_score(title) or _question_title(title):
            head.blurb_titles.append(title)


def _read_announced_title(line: str, head: Head) -> None:
    """Read the speech an announcement names ("某某就职演说全文如下：" gives
    "某某就职演说"), a title when the page prints no other (as a blurb's is)."""
    found = ANNOUNCED_TITLE.match(to_simplified(line.strip()))
    if found:
        title = strip_decorations(printed_group(found, line.strip(), "title"))
        if title_score(title):
            head.blurb_titles.append(title)


def _question_title(text: str) -> bool:
    """Tell a title set as a question ("我们为什么要学党史？") from other words."""
    return text.endswith(QUESTION_MARKS) and bool(title_score(text))


def _cut_glued_sections(head: Head) -> None:
    """Cut a news site's section and place glued before its headline ("北部新闻台北市"
    + "台北市长…致词全文") when the page prints the headline again on its own."""
    printed = {line.strip() for line in head.lines}
    for candidate in head.titles:
        text = candidate.text
        simple = matching_form(text)
        if len(simple) != len(text):
            continue  # (pinyin read away: offsets differ)
        for cut in range(2, min(GLUED_SECTION_MAX_CHARS, len(text) - 6) + 1):
            if text[cut:] in printed and GLUED_SECTION.fullmatch(simple[:cut]):
                candidate.text = text[cut:]
                break


def _split_echoed_names(head: Head) -> None:
    """Take a name glued after a title's genre word ("…动员讲话王某某") off the title
    as its byline, when another head line names the same person."""
    for candidate in head.titles:
        simple = matching_form(candidate.text)
        glued = NAME_AFTER_GENRE.search(simple)
        if len(simple) != len(candidate.text) or not glued:
            continue  # (pinyin read away: offsets differ)
        if not opens_with_surname(glued["name"]):
            continue
        name = candidate.text[glued.start("name") :]
        others = [line for line in head.lines if candidate.text not in line]
        if any(name in line for line in others):
            candidate.text = candidate.text[: glued.start("name")]
            head.bylines.append(Byline(name, candidate.order))


def _admit_echoed_questions(head: Head, lines: list[str]) -> None:
    """Take a title set as a question when the page prints it on another line too (a
    column's label before it, a blurb naming it): a lone question is a site's ad."""
    for question in head.questions:
        key = title_key(question.text)
        if any(
            key in title_key(line)
            for order, line in enumerate(lines)
            if order != question.order
        ) or any(key in title_key(title) for title in head.blurb_titles):
            head.titles.append(question)


def _chrome(line: str) -> bool:
    return droppable_chrome(line) or ending_chrome(line)


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
    return _join_short_title_lines(joined)


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
    r"(?:上|时)的(?:讲话|致辞|致词|演讲|发言|贺词|贺辞|主持词)$"
)

# "某某职工代表大会", "某市第十五届人民代表大会" + "第二次会议…": a congress and its session
CONGRESS_END = re.compile(r"(?:代表大会|委员会|大会)$")

SESSION_TITLE = re.compile(
    r"^第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议[\u4e00-\u9fff]{0,12}"
    r"(?:开幕词|闭幕词|讲话|报告|致辞)$"
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


def _site_masthead(line: str) -> bool:
    """Tell a site's name printed at the top of a page ("某某公文网") from a title,
    also before the site's column names ("红星党课网　党课讲稿　专题党课")."""
    items = [item for item in NAV_ITEM_SEPARATOR.split(line) if item]
    if items:  # "墨香文库(精品)": a site's name with the decoration of its pages
        items[0] = TITLE_DECORATION.sub("", items[0])
    if not items or len(items[0]) > MASTHEAD_MAX_CHARS:
        return False
    if not names_a_site(items[0]):
        return False
    if len(items) == 1:
        return not TITLE_GENRE.search(items[0])
    # a name such as "红星党课网" may hold a genre word; its columns say it is a site
    return all(len(item) <= MENU_ITEM_MAX_CHARS for item in items[1:])


def _read_breadcrumb(line: str, head: Head, *, order: int) -> None:
    """File the last item of a breadcrumb, often the page's title, as a fallback title.

    "当前位置：首页>讲话>在…的讲话在…的讲话（2800字）": the title may run on
    twice; "首页 > 党建 > 党课讲稿": a column name, which scores as no title.
    """
    last = BREADCRUMB_ARROW.split(line)[-1].strip()
    if not BREADCRUMB_ARROW.search(line) or not last:
        return
    for piece in DOUBLED_TITLE_SEAM.split(last):
        title = strip_decorations(piece)
        # a column name ("领导讲话", "党课讲稿") is short: not a title
        if len(title) >= BREADCRUMB_TITLE_MIN_CHARS and title_score(title):
            head.titles.append(TitleCandidate(title, "breadcrumb", order))


def _read_date_line(line: str, head: Head, *, order: int) -> bool:
    """Read a line that is only a date, or a date and an occasion; say if it was."""
    if DATE_LINE.match(line) or RECORDING_NOTE.match(line):
        head.dates.extend(dates_in(line))  # "2019年3月2日" under a title
        return True
    dated = DATED_COLUMN.match(to_simplified(line))
    if dated and dated["column"] in COLUMN_WORDS:
        return True  # "2021-06-15 讲话稿": the page's stamp (read as such), not the day
    paren = PAREN_BYLINE_DATE.match(line)
    if paren and role_and_name(paren["byline"]):
        head.dates.extend(dates_in(paren["date"]))  # "（某县委书记某某，…日）"
        head.bylines.append(Byline(paren["byline"].strip(), order))
        return True
    if DATED_OCCASION_LINE.match(line):
        head.subtitles.append(line)  # a subtitle printed without its dash
        head.dates.extend(dates_in(line))
        return True
    return False


def _read_document_marks(line: str, head: Head, *, order: int) -> tuple[str, bool]:
    """Take an author mark or a "（date）byline" off a title; say if there was one."""
    marked = False
    if AUTHOR_MARK in line:
        line, _, author = line.partition(AUTHOR_MARK)
        head.bylines.append(Byline(author.strip(), order))
        marked = True
    paren = HEAD_DATE_PAREN.search(line)
    if paren:
        marked = True
        if not _issue_span(paren, line):
            head.dates.extend(dates_in(paren.group()))
            head.partial_dates.extend(partial_dates_in(paren.group()))
        byline = line[paren.end() :].strip()
        if byline and SPEAKER_LINE.match(to_simplified(byline)):
            head.bylines.append(Byline(byline, order))
        line = line[: paren.start()].strip()
    return line, marked


def _issue_span(paren: re.Match, line: str) -> bool:
    """Tell a column's issue ("每月一课（2024年3月4日-10日）某某文章") from the day of
    the speech: a span of days in brackets before the item's title is the week the
    column gives it, not when it was said."""
    return bool(DAY_SPAN.search(paren.group())) and (
        len(CJK.findall(line[paren.end() :])) >= DAY_SPAN_TITLE_CHARS
    )


def _credit_subtitled_title(head: Head, order: int) -> None:
    """Rank up the title printed right over a subtitle ("——在…上的讲话"): a paper's
    headline, however short ("守正创新开新局"), over its page labels. A subtitle
    naming the speech ("——在会见…时的讲话") lends its genre to a heading without one:
    the speech's own heading ("同心同行、共创未来") outranks a news headline about it."""
    if head.titles and head.titles[-1].order == order - 1:
        title = head.titles[-1]
        title.bonus += SUBTITLED_TITLE_BONUS
        named = TITLE_GENRE.search(matching_form(head.subtitles[-1]))
        if named and not TITLE_GENRE.search(matching_form(title.text)):
            title.bonus += NAMED_BY_SUBTITLE_BONUS


def _read_subtitle(line: str, head: Head, order: int = -1) -> tuple[str, str]:
    """Take the subtitle off a line; return the title part and an unfinished subtitle."""
    title_part, subtitle = _split_subtitle(line)
    if not subtitle:
        return title_part, ""
    byline = SUBTITLE_BYLINE.search(subtitle)
    if byline and "在" in subtitle[: byline.start()]:
        # "——2023年5月6日在全省…会议上 某省省长 某某" (2.13): the byline printed on
        # the subtitle's line, after the occasion
        head.bylines.append(Byline(byline.group().strip(), order))
        subtitle = subtitle[: byline.start()].strip()
    head.subtitles.append(subtitle)
    head.dates.extend(dates_in(subtitle))
    unfinished = "在" in subtitle and not to_simplified(subtitle).endswith(
        SUBTITLE_ENDINGS
    )
    return title_part, subtitle if unfinished else ""


def _read_title_or_byline(
    text: str, head: Head, *, order: int, document: bool = False, source: str = ""
) -> None:
    """File a head line as a byline ("省长 王某某", after a title) or title candidates."""
    first_of_bundle = BUNDLE_FIRST.match(text)
    if first_of_bundle:  # "篇一：…": the speech stored is the bundle's first
        text = text[first_of_bundle.end() :]
        source, order = "headline", -1
    text = BYLINE_LABEL.sub("", text)
    dated = BYLINE_DATE.search(text)
    if dated and dated.start() and role_and_name(text[: dated.start()]):
        # "中共某县委书记　某某　2021年9月26日": the byline and the day, one line
        head.dates.extend(dates_in(dated.group()))
        head.bylines.append(Byline(text[: dated.start()].strip(), order))
        return
    role = TRAILING_ROLE.search(text)
    if role:
        inner = role["byline"].strip()
        dated = BYLINE_DATE.search(inner)
        if dated and dated.start() and role_and_name(inner[: dated.start()]):
            head.dates.extend(dates_in(dated.group()))
            inner = inner[: dated.start()].strip()
        if is_role(inner) or role_and_name(inner):
            head.bylines.append(Byline(inner, order))
            text = text[: role.start()].strip()
            if not text:
                return
    glued = TRAILING_BYLINE.search(text) or spaced_trailing_name(text)
    if glued and not NOT_A_TRAILING_NAME.search(glued["name"]):
        head.bylines.append(Byline(glued["name"], order))
        text = text[: glued.start()]
    text, byline = split_glued_byline(text)
    if byline:
        head.bylines.append(Byline(byline, order))
    office = OFFICE_AFTER_TITLE.search(to_simplified(text))
    if office and office.start() >= TITLE_MIN_CHARS:
        # "學無止境 行穩致遠 校友總會理事長 陳某某": the office and name a space after
        head.bylines.append(Byline(text[office.start() :].strip(), order))
        text = text[: office.start()].strip()
    after_title = bool(head.titles) or document  # a byline follows its title
    if is_role(text):
        if after_title:  # "市长" alone, the name on the next line
            head.bylines.append(Byline(text, order))
        return
    simple = to_simplified(text)  # "鎮黨委書記　盧某某": read in simplified form
    if (
        SPEAKER_LINE.match(simple)
        and not NOT_A_NAME.match(simple)
        and not TITLE_GENRE.search(simple)  # "新春致辞": a title, not a name
    ):
        if after_title and reads_as_byline(text):
            head.bylines.append(Byline(text, order))
        return
    if (
        SLOGAN_DECK.match(simple)
        and not TITLE_GENRE.search(simple)
        and head.titles
        and head.titles[-1].order == order - 1
    ):
        return  # "瑞雪兆丰年" / "团结  奋进  庆祝建区30周年": the headline's deck
    source = source or ("document" if document else "headline")
    text = WHOLE_IN_BOOK_MARKS.sub(r"\g<title>", text)  # marks around all, not a seam
    titled = False
    for piece in DOUBLED_TITLE_SEAM.split(text):
        title = strip_decorations(piece)
        if _question_title(title):
            head.questions.append(TitleCandidate(title, source, order))
        elif title_score(title):
            head.titles.append(TitleCandidate(title, source, order))
            titled = True
    topic = "" if titled else collection_topic(text)
    if topic:
        head.collection_topics.append(topic)


def collection_topic(line: str) -> str:
    """Return the topic a collection page prints with its count or item number when
    it is a genre's name alone ("党政会议发言稿范文(精选28篇)", "…发言稿范文 篇1" ->
    "党政会议发言稿范文", 2.12), else "". Such a name is a site's column in a menu;
    printed with the count of what the page holds it is the page's own title."""
    simple = to_simplified(line)
    if not (COUNTED_COLLECTION.search(simple) or COLLECTION_ITEM_MARK.search(simple)):
        return ""
    topic = SPACES.sub(" ", cut_matches(TITLE_DECORATION, line)).strip()
    topic = cut_matches(COUNTED_COLLECTION, topic).strip()
    form = matching_form(topic)
    if not (COLUMN_NAME.match(form) and TITLE_GENRE.search(form)):
        return ""  # "范文(28篇)": no genre named, no topic
    return topic


def spaced_trailing_name(text: str) -> re.Match | None:
    """Return a person's name printed a space after a title of the genre."""
    spaced = SPACED_TRAILING_NAME.search(text)
    if not spaced or not opens_with_surname(spaced["name"]):
        return None
    title = to_simplified(text[: spaced.start()])
    return spaced if title.endswith(SPOKEN_TITLE_ENDINGS) else None


def split_glued_byline(text: str) -> tuple[str, str]:
    """Split a role and a name glued after a title's genre word: "2022年某某工作报告
    市水务局党组书记、局长  王  某" gives the title and "市水务局党组书记、局长 王 某"."""
    for end in GENRE_END.finditer(text):
        rest = SPACES.sub(" ", text[end.end() :]).strip()
        if rest and role_and_name(rest):
            return text[: end.end()].strip(), rest
    return text, ""


def role_and_name(text: str) -> bool:
    """Tell "县委书记 某某" (a role and a name) from other words in brackets."""
    match = SPEAKER_LINE.match(to_simplified(text.strip()))
    return bool(match and match["role"])


def _split_dateline(line: str) -> tuple[str, str]:
    match = DATELINE.match(to_simplified(line))  # "新華社沐州4月9日電"
    if not match:
        return line, ""
    return line[match.end() :].strip(), line[: match.end()].strip()


def _read_dateline(text: str, head: Head) -> None:
    text = to_simplified(text)
    agency = AGENCY.match(text.lstrip("（( 据"))
    if agency:
        head.agencies.append(agency["site"])
    when = DATELINE_DATE.search(text)
    # "（新华社北京6月11日电）" under a story is its dateline too
    if when and (DATELINE.match(text) or DATELINE.match(text.lstrip("（( 据"))):
        head.datelines.append((day_number(when["m"]), day_number(when["d"])))


def _read_lead(line: str, head: Head) -> None:
    """Read a news lead or an editor's note before the speech for the day the meeting
    was held and who spoke: "本报讯（记者 某某）2月27日下午，全省…推进会在某地召开。
    省委书记某某出席会议并讲话。", "编者按：9月10日，…大会召开", "新华社某地4月9日电
    某省…大会8日在某地召开"."""
    simple = to_simplified(line)
    dated = DATED_LEAD.match(simple)
    if dated:  # "2023年5月4日，全市…会议在某地召开。": the day, year and all
        head.dates.extend(dates_in(dated["date"]))
    lead = LEAD_OPENING.match(simple)
    if not lead:
        return
    day = MEETING_DAY.search(simple, lead.end())
    if day:
        dateline = DATELINE_DATE.search(simple[: day.start()])
        month = day["m"] or (dateline["m"] if dateline else None)
        head.lead_days.append(
            (day_number(month) if month else None, day_number(day["d"]))
        )
    for spoke in LEAD_SPEAKER.finditer(simple, lead.end()):
        if role_and_name(spoke["speaker"]):
            head.lead_speakers.append(printed_group(spoke, line, "speaker"))
    speech = LEAD_SPEECH.search(simple, lead.end())
    if speech:
        speaker, occasion = speech["speaker"], speech["occasion"]
        on = speech["on"] or ""  # "在联合国总部发表讲话" -> "在联合国总部的讲话"
        head.lead_titles.append(f"{speaker}在{occasion}{on}的{speech['genre']}")
    attended = LEAD_ATTENDED_SPEECH.search(simple, lead.end())
    if attended:
        speaker, occasion = attended["speaker"], attended["occasion"]
        head.lead_titles.append(f"{speaker}在{occasion}上的{attended['genre']}")


def _split_subtitle(line: str) -> tuple[str, str]:
    """Split "主标题——在…上的讲话" into the title and the subtitle after the dash."""
    dash = SUBTITLE_DASH.search(line)
    if not dash:
        return line, ""
    title, subtitle = line[: dash.start()].strip(), line[dash.end() :].strip()
    theme = to_simplified(subtitle)
    if (
        SLOGAN_SUBTITLE.match(theme)
        and not TITLE_GENRE.search(theme)
        and TITLE_GENRE.search(to_simplified(title))
    ):
        return line, ""  # "…党课讲稿——铭记初心担使命": the theme is the title's
    return title, subtitle


def _join_role_lines(head: Head) -> None:
    """Join a role printed on its own line with the name below it: "市长\n张某某"."""
    joined: list[Byline] = []
    for byline in head.bylines:
        if (
            joined
            and SPEAKER_LINE.match(to_simplified(joined[-1].text + " " + byline.text))
            and is_role(joined[-1].text)
        ):
            joined[-1] = Byline(joined[-1].text + " " + byline.text, joined[-1].order)
        else:
            joined.append(byline)
    head.bylines = joined


def reads_as_byline(text: str) -> bool:
    """Tell a name line ("张某某", "王××", "XXX") from a short menu or column line
    ("政务公开", "图片新闻"): a name opens with a surname, or is a placeholder."""
    name = to_simplified(SPACES.sub("", text.strip()))
    match = SPEAKER_LINE.match(name)
    if match and match["role"]:
        return True
    return name.startswith(("某", *COMPOUND_SURNAMES)) or (
        name[:1] in COMMON_SURNAMES or bool(PLACEHOLDER_NAME.match(name))
    )


def is_role(text: str) -> bool:
    """Tell a role printed without a name ("国务院总理") from other short lines."""
    match = SPEAKER_LINE.match(to_simplified(text.strip()) + " 某某")
    return bool(match and match["role"] and match["name"] == "某某")


def choose_title(
    head: Head, file_title: str, body: str, *, news: bool = False, page_title: str = ""
) -> tuple[str, str, int]:
    """Pick the title an archive editor would store; return it, where it came from,
    and the last head line that prints it (-1 when no head line does).

    The page's headline comes first; a file name stands in for the headline when the
    text has none (wire copies start with a dateline); then the document's own title,
    then a "本文标题:" footer. Among variants of the same title the fullest is kept:
    the one that names the speaker, or keeps "(社区)" where another drops it. A news
    story's headline keeps the deck printed under it.
    """
    candidates = [c for c in head.titles if title_score(c.text)]
    candidates = [c for c in candidates if not tagged_echo(c, candidates)]
    if file_title and not any(c.source == "headline" for c in candidates):
        # the headline a crawler saw, saved as the file's name (a wire copy prints none)
        candidates.append(TitleCandidate(file_title, "filename", -1))
    elsewhere = [page_title, file_title]
    for candidate in candidates:
        others = elsewhere[:1] if candidate.source == "filename" else elsewhere
        candidate.context = _echo_bonus(candidate, head.lines, others)
    printed = [c for c in candidates if 0 <= c.order < FOOTER_ORDER]
    if printed:  # the title the speech starts under
        last = max(printed, key=lambda c: c.order)
        last.context += HEADS_SPEECH_BONUS
        if _speech_under_report(last, candidates, head):
            last.context += REPORTED_SPEECH_BONUS
    ranked = sorted(
        candidates,
        key=lambda c: (-c.total(), -SOURCE_RANK.get(c.source, 0), c.order),
    )
    headlines = [c for c in ranked if c.source == "headline"]
    if news and headlines:  # a news story's first headline line is its title
        chosen = min(headlines, key=lambda c: c.order)
    elif ranked:
        chosen = ranked[0]
    elif head.blurb_titles:
        return head.blurb_titles[0], "blurb", -1
    elif head.collection_topics:  # "会议发言稿范文(28篇)": a collection's own name
        return head.collection_topics[0], "headline", -1
    elif head.plain_titles:  # "Speech by …" over a Chinese speech; a thread's title
        plain = head.plain_titles[0]  # "… (English only) (with photos)": its notes cut
        return strip_decorations(plain) or plain, "headline", -1
    elif head.lead_titles:  # a wire's lead: "某某9日在…上发表讲话"
        return head.lead_titles[0], "occasion", -1
    else:
        opening = title_from_opening(body)
        return opening, ("occasion" if opening else ""), -1
    # "本站整理的X，供参考。" holds X but is no fuller title: a variant reads as one
    variants = [
        c
        for c in ranked
        if similar_titles(c.text, chosen.text)
        and title_score(c.text) >= title_score(chosen.text) - VARIANT_SCORE_SLACK
    ]
    variants = _without_foreign_prefixes([chosen, *variants])
    chosen = variants[0] if chosen not in variants else chosen
    printed_at = max(
        (c.order for c in [chosen, *variants] if 0 <= c.order < FOOTER_ORDER),
        default=-1,
    )
    if chosen.text in GENERIC_TITLES:
        # "政府工作报告" under a fuller headline ("2021年某县政府工作报告") takes its words
        fuller = [c for c in variants if c.text not in GENERIC_TITLES]
        if not fuller:
            title = qualify_generic_title(chosen.text, head, file_title)
            return title, chosen.source, printed_at
        chosen = max(fuller, key=lambda c: (len(title_key(c.text)), len(c.text)))
    if file_title and similar_titles(file_title, chosen.text):
        variants.append(TitleCandidate(file_title, "filename", -1))
    best = max([chosen, *variants], key=lambda c: (len(title_key(c.text)), len(c.text)))
    if news and best.source == "headline":
        deck = [c for c in headlines if c.order == best.order + 1]
        if deck and not similar_titles(deck[0].text, best.text):
            return f"{best.text} {deck[0].text}", best.source, printed_at
    return best.text, best.source, printed_at


def _speech_under_report(
    last: TitleCandidate, candidates: list[TitleCandidate], head: Head
) -> bool:
    """Tell the speech's own title ("在…座谈会上的讲话") printed under a wire's report
    of it ("新华社某地8月23日电 …今天举行座谈会…"), over the speech printed whole:
    the archive keeps the speech, so its own title, not the report's headline."""
    return (
        bool(head.datelines)
        and last.source == "document"
        and bool(NEXT_SPEECH_TITLE.match(to_simplified(last.text)))
        and any(c.source == "headline" and c.order < last.order for c in candidates)
    )


def _echo_bonus(
    candidate: TitleCandidate, lines: list[str], elsewhere: list[str]
) -> int:
    """Return the bonus of a title the page prints on another head line too, or in
    its <title>, or as the file's name."""
    key = title_key(candidate.text)
    if len(key) < ECHO_MIN_CHARS:
        return 0
    printed = [line for order, line in enumerate(lines) if order != candidate.order]
    if any(key in title_key(line) for line in [*printed, *elsewhere] if line):
        return ECHOED_TITLE_BONUS
    return 0


def _without_foreign_prefixes(variants: list[TitleCandidate]) -> list[TitleCandidate]:
    """Drop a variant that is another with words before its "在" that name no speaker:
    "求一篇在…的讲话" beside "在…的讲话" (a forum thread), not "某镇党委书记在…"."""
    keys = [title_key(c.text) for c in variants]
    kept = []
    for candidate, key in zip(variants, keys, strict=True):
        prefixes = [
            key[: -len(other)]
            for other in keys
            if other != key and other.startswith("在") and key.endswith(other)
        ]
        if any(not names_a_speaker(prefix) for prefix in prefixes):
            continue
        kept.append(candidate)
    return kept or variants


def names_a_speaker(text: str) -> bool:
    """Tell a role or a name ("某镇党委书记", "督导组组长王××", "张某某") from other
    words ("求一篇", "分享")."""
    text = text.removesuffix("同志")
    return bool(ROLE_WORD.search(text)) or reads_as_byline(text)


def qualify_generic_title(title: str, head: Head, file_title: str) -> str:
    """Turn "政府工作报告" into "2019年某省政府工作报告" when the file name names it so."""
    if title not in GENERIC_TITLES:
        return title
    year = next((d.year for d in head.dates), None)
    if file_title and file_title.endswith(title) and str(year or "") in file_title:
        return file_title
    place = ""
    for subtitle in head.subtitles:
        found = SUBTITLE_PLACE.search(subtitle)
        if found:
            place = found["place"]
            break
    # A page printing "政府工作报告" alone keeps it: a year and a place from the subtitle
    # make the title only when the file is named after them ("2026_某省_政府工作报告").
    if not place or not file_title.endswith(f"{place}{title}"):
        return title
    return f"{year}年{place}{title}" if year else f"{place}{title}"


def title_from_opening(body: str) -> str:
    """Return the title a speech without one gives itself in its opening words: the
    occasion it names ("在全市…推进会上，我们作交流发言" -> "在全市…推进会上的发言"),
    or "" when it names none (an editor titles it; the first sentence is no title)."""
    opening = body[:OPENING_TITLE_CHARS]
    named = OCCASION_NAMED.search(opening)
    if named:
        return named.group().strip()
    own = OPENING_NAMES_TITLE.search(opening)
    if own:
        return own["title"].strip()
    words = SALUTATION_LINE.sub("", opening, count=1)
    match = OCCASION_OPENING.match(words)
    if not match:
        convened = OCCASION_CONVENED.match(words) or OCCASION_ATTENDED.match(words)
        if not convened:
            return ""
        genre = "致辞" if convened["kind"] in CEREMONY_KINDS else "讲话"
        return f"在{convened['occasion']}上的{genre}"
    genre = OPENING_GENRES.get(match["verb"], match["verb"])
    return f"在{match['occasion']}上的{genre}"


def title_from_filename(filename: str | None, cleaned: CleanText) -> str:
    """Return the title a file's name carries, or "" when it is an id or the text's start.

    Ids and dates before the title are dropped ("…__2019-03-02_015_"); a name cut off
    by a file system ("…茶话会上的讲") is completed from a title printed in the text.
    """
    if not filename:
        return ""
    stem = INVISIBLE_CHARS.sub("", PurePath(filename).stem)
    stem = "".join(ch if ch.isprintable() else " " for ch in stem)  # "\n", "\x1b"
    stem = FILENAME_ID_PREFIX.sub("", stem)
    stem = UNDERSCORE_BETWEEN_WORDS.sub("", stem)
    stem = strip_decorations(stem.replace("_", " ")).strip()
    if len(CJK.findall(stem)) < 4:
        return ""
    if SALUTATION.match(stem) or FILENAME_SENTENCE.search(stem):
        return ""  # "尊敬的某某总统，各位同事：大家好！首": the first words, cut
    start_of_text = title_key("".join([*cleaned.head, cleaned.body[:300]])[:300])
    if start_of_text.startswith(title_key(stem)):
        return ""  # the file is named after its first words, not its title
    return _complete_from_text(stem, cleaned)


def _complete_from_text(stem: str, cleaned: CleanText) -> str:
    """Complete a file name cut short, from a title in the text that continues it."""
    stem = UNCLOSED_BRACKET.sub("", stem).strip()
    for piece in _head_pieces(cleaned.head):
        if not piece or piece in stem:
            continue
        for cut in range(0, len(stem) - FILENAME_OVERLAP + 1):
            tail = stem[cut:]
            if piece.startswith(tail) and len(piece) > len(tail):
                return stem[:cut] + piece
    if len(stem) >= FILENAME_OVERLAP and not stem.endswith(TITLE_ENDINGS):
        opening = cleaned.body[:BODY_CONTINUATION_CHARS]
        found = opening.find(stem[-FILENAME_OVERLAP:])
        if found != -1:
            after = opening[found + FILENAME_OVERLAP :]
            continuation = CONTINUATION.match(after)
            if continuation:
                return stem + continuation.group()
    return stem


def _head_pieces(lines: tuple[str, ...]) -> list[str]:
    """Return the title-like pieces of head lines: no dateline, date, byline or dash."""
    pieces = []
    for line in lines:
        line = DATELINE.sub("", line).split(AUTHOR_MARK)[0]
        line = HEAD_DATE_PAREN.split(line)[0]
        for part in SUBTITLE_DASH.split(line):
            part = part.strip()
            glued = TRAILING_BYLINE.search(part)
            if glued and not NOT_A_TRAILING_NAME.search(glued["name"]):
                part = part[: glued.start()]
            pieces.append(part)
    return pieces


# "某乡党委书记　李某某" under the speech: a signature, who gave it
SIGNED_ROLE = re.compile(
    r"^[\u4e00-\u9fff、]{1,20}(?:书记|长|主任|主席|经理|总裁)[ \u3000]+[\u4e00-\u9fff]{2,3}$"
)


def find_speaker(
    head: Head, title: str, trailers: tuple[str, ...] = (), *, title_order: int = -1
) -> str | None:
    """Return the speaker's role and name as printed, or the role the title names.

    A byline under the title comes first, then an author note under the speech
    ("（作者系某县县委书记）"), then the speaker a title names, and last a byline printed
    above the title: a page's side column lists roles ("县委书记", "县长") before
    the headline, and a byline follows the title it belongs to.
    """
    bylines = [
        b
        for b in head.bylines
        if b.text and not NOT_A_NAME.match(b.text) and not OFFICE_COLUMN.search(b.text)
    ]
    for byline in bylines:
        if byline.order >= title_order:
            return tidy_byline(byline.text)
    for trailer in trailers:
        note = AUTHOR_NOTE.search(trailer)
        if note:
            return note["role"].strip()
    for trailer in trailers:
        if SIGNED_ROLE.match(trailer):  # "北岭市委书记　某某" signed under the speech
            return tidy_byline(trailer)
    for trailer in trailers:
        signed = signed_speaker(trailer)  # "总经理：某某某", "某某某 校长 (中)"
        if signed:
            return signed
    for trailer in trailers:
        # "某某某" signed under the poem the speech ends on
        if BARE_NAME.match(trailer) and opens_with_surname(trailer):
            return trailer
    titles = [title, *(c.text for c in head.titles)]
    for text in titles:
        match = SPEAKER_IN_TITLE.match(to_simplified(text))
        if (
            match
            and not DIGIT_OR_YEAR.search(match["speaker"])
            and names_a_speaker(match["speaker"].strip())
        ):
            return printed_group(match, text, "speaker").strip()
    report = SPEAKER_OPENS_REPORT.match(title)
    if report:
        return report["speaker"]
    if head.lead_speakers:  # "【核心提示】县委书记某某强调，…"
        return tidy_byline(head.lead_speakers[0])
    return tidy_byline(bylines[0].text) if bylines else None


def tidy_byline(byline: str) -> str:
    """Keep "省长 胡玉亭" as printed, but close a name spaced for layout: "习　近　平".

    A placeholder for the name ("县委书记　XXX") leaves the role alone.
    """
    byline = byline.strip()
    match = SPEAKER_LINE.match(to_simplified(byline))
    if not match:
        return SPACES.sub(" ", byline).strip()
    name = SPACES.sub("", printed_group(match, byline, "name"))
    role = SPACES.sub(" ", printed_group(match, byline, "role")).strip()
    if role and PLACEHOLDER_NAME.match(name):
        return role
    return f"{role} {name}" if role else name


def find_occasion(texts: list[str]) -> str | None:
    """Return the meeting a speech was given at: "在…上的讲话" -> the meeting."""
    for pattern in (OCCASION_AT, OCCASION_SUBTITLE, OCCASION_BARE):
        for text in texts:
            match = pattern.search(to_simplified(text))  # "在…上的講話" too
            if match and (pattern is not OCCASION_BARE or match.start() == 0):
                return printed_group(match, text, "occasion").strip()
    return None


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
    name, then a wire's dateline, then the date the speech was given.
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
    return head.dates[0] if head.dates else None


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
        if dated:
            return dated.isoformat()
    for release_day in head.release_days:
        dated = _dateline_with_year(release_day, page_date, source_url)
        if dated:
            return dated.isoformat()
    for trailer in cleaned.trailers:
        # "2023年5月16日" signed under it; "（本文系2023年1月12日…的讲话）"
        if DATE_LINE.match(trailer.strip()) or SPEECH_NOTE.match(trailer.strip()):
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


def publication_date(groups: list[list[str]]) -> dt.date | None:
    """Return the date a page prints as its publication's: in the head first, then
    under the speech; in each, a field named for publication before any other."""
    for lines in groups:
        lines = [LIST_BULLET.sub("", matching_form(line)) for line in lines]
        lines = [_without_today(line) for line in join_field_labels(lines)]
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
    for line in lines:
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


@dataclass(frozen=True)
class PageFrame:
    """What a page holding a collection prints around its speeches: its own stamp,
    site and address, which are every speech's."""

    date: dt.date | None = None
    source_site: str | None = None
    source_url: str | None = None


def read_frame(before: tuple[str, ...], after: tuple[str, ...]) -> PageFrame:
    """Read the page's stamp, site and address from the lines before a collection's
    first speech and after its last."""
    cleaned = CleanText(body="", head=before, tail=after)
    return PageFrame(
        date=publication_date([list(before), list(after)]),
        source_site=find_source_site(cleaned, read_head(before), ""),
        source_url=find_source_url(cleaned),
    )


# "https://img.example.cn/2020/0514/343233024.png": the address of a picture or a
# file a page shows, never the page's own
MEDIA_FILE_URL = re.compile(
    r"\.(?:png|jpe?g|gif|webp|svg|bmp|ico|mp3|mp4|css|js)(?:[?#]\S*)?$", re.IGNORECASE
)


def find_source_url(
    cleaned: CleanText, page_chrome: tuple[str, ...] = ()
) -> str | None:
    """Return a URL the page prints for itself ("链接地址:", a footer's "网址："), never
    one in the speech."""
    lines = [*cleaned.tail, *cleaned.head, *cleaned.dropped]
    for line in lines:
        if LINK_FOOTER.match(line):
            # "…/doc/1071424 .html": the site printed a stray space inside its URL.
            match = URL.search(WHITESPACE.sub("", line))
            if match:
                return match.group()
    for line in [*lines, *page_chrome]:
        labelled = PAGE_ADDRESS_FIELD.match(line)
        match = URL.search(line, labelled.end()) if labelled else None
        # A footer's "网址：https://www.x.cn" names the site's home, not this page.
        if match and URL_PATH.search(match.group()):
            return match.group()
    for line in lines:
        match = URL.search(line)
        if match and not MEDIA_FILE_URL.search(match.group()):
            return match.group()  # "headimg: https://…/343.png": a picture's, no page's
    return None


def find_source_site(
    cleaned: CleanText,
    head: Head,
    title: str,
    page_title: str = "",
    page_chrome: tuple[str, ...] = (),
) -> str | None:
    """Return the name of the site or paper the page comes from, as printed.

    In order: a welcome or contact line, a domain printed as a name, a WeChat account,
    a page title that is a site's name, a brand above the title, the last part of a
    page title ("…_某县人民政府"), the first item of a breadcrumb, a copyright line,
    the page's header and footer, a 来源 field, a paper, a wire.
    """
    lines = [*cleaned.head, *cleaned.tail, *cleaned.dropped]
    for pattern in (SITE_WELCOME, SITE_CONTACT):
        for line in lines:
            match = pattern.search(line)
            if match:
                return match["site"]
    for line in lines:
        match = SITE_DOMAIN.match(line)
        if match:
            return match["site"]
    for line in cleaned.head:
        wechat = WECHAT_BYLINE.match(line)
        if wechat:  # "原创 作者 公众号 2024-03-15 08:30 发表于某地": the account
            return line[: wechat.start("date")].split()[-1]
    if names_a_site(page_title.strip()):
        return page_title.strip()  # "<title>某镇人民政府</title>"
    brand = _site_brand(cleaned.head, title)
    if brand:
        return brand
    named = _named_site(cleaned.head[:SITE_BRAND_LINES], page_title, lines)
    if named:
        return named
    from_chrome = _site_brand(page_chrome, title) or _named_site((), "", page_chrome)
    if from_chrome:
        return from_chrome
    unnamed = _unnamed_site(lines)
    if unnamed:
        return unnamed
    for line in [*lines, *cleaned.trailers]:
        match = SITE_SOURCE_FIELD.search(line)
        if (
            match
            and not GENERIC_SOURCE.match(match["site"])
            and not (
                line[: match.start()].endswith("信息")
                and OFFICE_SOURCE.search(match["site"])
            )
        ):
            return match["site"]
    for trailer in cleaned.trailers:
        edition = EDITION_TRAILER.search(trailer)
        if edition:
            return edition["paper"]
    for trailer in cleaned.trailers:
        reprint = REPRINT_TRAILER.search(trailer)  # "（摘自《某某日报》…）"
        if reprint:
            return reprint["paper"]
    return head.agencies[0] if head.agencies else None


def names_a_site(text: str) -> bool:
    """Tell a name that says it is a site's ("某某网", "某县人民政府", "僑聲新聞網")."""
    return bool(SITE_NAME.match(to_simplified(text)))


def _column_name(text: str) -> bool:
    """Tell a column named by its kind ("最新新闻", "外交时期", "文章内容")."""
    return bool(COLUMN_OF_KIND.match(to_simplified(text)))


def _named_site(top: tuple[str, ...], page_title: str, lines: list[str]) -> str | None:
    """Return a site's name from a page title's last part, a breadcrumb's first item
    or a copyright line, when it reads as a site's name (…网, …文库, …人民政府)."""
    for line in [page_title, *top]:
        parts = [p for p in TITLE_SUFFIX_SEPARATOR.split(line.strip()) if p]
        if len(parts) >= 2 and names_a_site(parts[-1]):
            return parts[-1]
    for line in lines:
        if BREADCRUMB.search(line):
            first = BREADCRUMB_SEPARATOR.split(BREADCRUMB_LABEL.sub("", line))[0]
            first = first.strip()
            if names_a_site(first):
                return first
    for line in lines:
        if COPYRIGHT.search(to_simplified(line)):
            for token in NAME_TOKEN.findall(line):
                if names_a_site(token):
                    return token
    return None


def _unnamed_site(lines: list[str]) -> str | None:
    """Return a site's name that does not say it is one ("范文吧", "文秘家园", "公文汇"),
    where only a site's name stands: a breadcrumb's first item or the holder named
    in a copyright line. It outranks a 来源 field, which names who wrote the text."""
    for line in lines:
        if BREADCRUMB.search(line) and not BREADCRUMB_LABEL.match(line):
            first = BREADCRUMB_SEPARATOR.split(line)[0].strip()
            if (
                SITE_BRAND.match(first)
                and first not in NOT_A_SITE
                and not _column_name(first)
            ):
                return first
    for line in lines:
        if COPYRIGHT.search(to_simplified(line)):
            for token in NAME_TOKEN.findall(line):
                if CJK.search(token) and not COPYRIGHT_WORDS.search(
                    to_simplified(token)
                ):
                    return token
    return None


def _site_brand(lines: tuple[str, ...], title: str) -> str | None:
    """Return a site's name printed alone at the top of a page, above the title.

    Below the title only a brand printed with its domain counts ("某某网 www.x.net
    收集整理"): a short line there is more often a byline.
    """
    brands = list(_brand_candidates(lines, title))
    # "某县人民政府" says it is a site's name: it outranks a word such as "无障碍浏览"
    # that opens a row of buttons above it
    named = [brand for brand in brands if names_a_site(brand)]
    return (named or brands or [None])[0]


def _brand_candidates(lines: tuple[str, ...], title: str):
    """Yield the lines at the top of a page that may be the site's brand."""
    past_title = False
    columns = _column_names(lines)
    for index, line in enumerate(lines[:SITE_BRAND_LINES]):
        if similar_titles(strip_decorations(line), title):
            past_title = True
            continue
        if past_title and not (BRAND_DOMAIN.search(line) or BRAND_STAMP.search(line)):
            continue
        if MENU_ITEM_WITH_BAR.search(line) or TODAY_WIDGET.fullmatch(line.strip()):
            continue
        brand = BRAND_SEPARATOR.split(line, maxsplit=1)[0]
        # "墨香文库(精品)": the decoration of the site's pages, not its name
        brand = TITLE_DECORATION.sub("", BRAND_DOMAIN.split(brand, maxsplit=1)[0])
        if brand in columns or (
            not names_a_site(brand)
            and (_opens_a_column(lines, index) or _column_name(brand))
        ):
            continue  # "政务公开": a column of the site, named in its menu
        if (
            (SITE_BRAND.match(brand) or names_a_site(brand))
            and not DATELINE.match(brand)  # "新华社巴黎5月6日电": the wire, not a brand
            and len(CJK.findall(brand)) >= 3
            and not droppable_chrome(brand)
            and not ending_chrome(brand)
            # "红星党课网": a site's name may hold a genre word
            and (names_a_site(brand) or not TITLE_GENRE.search(matching_form(brand)))
            # "某某某會長" under the headline: the speaker's byline, not the site
            and (names_a_site(brand) or not reads_as_byline(brand))
        ):
            yield brand


def _column_names(lines: tuple[str, ...]) -> set[str]:
    """Return the items of a page's menus and breadcrumbs (past the first, which may be
    the site): the names of its columns, such as 政务公开 or 领导讲话."""
    names: set[str] = set()
    for line in lines:
        if BREADCRUMB.search(line):
            items = BREADCRUMB_SEPARATOR.split(BREADCRUMB_LABEL.sub("", line))
            names.update(item.strip() for item in items[1:])
        elif is_nav_bar(line):  # its first item may be the brand: "某网 | 登录 | 注册"
            names.update(item for item in NAV_ITEM_SEPARATOR.split(line)[1:] if item)
    return names


def _opens_a_column(lines: tuple[str, ...], index: int) -> bool:
    """Tell a line heading a column of short menu lines ("政务公开" over "机构职能",
    "领导讲话") from a brand over the page's motto or title."""
    following = lines[index + 1 : index + 1 + COLUMN_ITEMS]
    return len(following) == COLUMN_ITEMS and all(
        MENU_ITEM_LINE.match(line) for line in following
    )


def find_admin_level(named: list[str], body: str) -> str | None:
    """Return the administrative level a speech addresses: 省/市/县/区/镇/乡/村/中央."""
    text = " ".join(named)
    for level, pattern in LEVEL_PATTERNS:
        if pattern.search(text):
            return level
    opening = body[:LEVEL_BODY_CHARS]
    counts = {level: len(pattern.findall(opening)) for level, pattern in LEVEL_PATTERNS}
    best = max(counts, key=lambda level: counts[level])
    return best if counts[best] else None


def is_truncated(cleaned: CleanText, top_level_sections: int = 0) -> bool:
    """Tell whether the page cuts the speech off before its end."""
    if cleaned.paywalled:
        return True
    body = cleaned.body.strip()
    if not body:
        return False
    declared = _declared_word_count(cleaned)
    if declared and declared > WORD_COUNT_SLACK * len(WORD_CHARS.findall(body)):
        return True
    lines = body.split("\n")
    while len(lines) > 1 and SIGNATURE_LINE.match(lines[-1].strip()):
        lines.pop()
    if not lines[-1].rstrip().endswith(tuple(FINAL_PUNCTUATION)) and not ends_in_verse(
        lines
    ):
        return True  # a recited poem ends without a stop, and is whole
    announced = ANNOUNCED_PARTS.search(body[:3000])
    if announced and top_level_sections:
        count = announced["count"]
        expected = int(count) if count.isdigit() else ANNOUNCED_COUNTS[count]
        return top_level_sections < expected
    return False


def _declared_word_count(cleaned: CleanText) -> int | None:
    for line in [*cleaned.head, *cleaned.dropped]:
        match = WORD_COUNT.search(line)
        if match:
            return int(match["count"])
    return None
