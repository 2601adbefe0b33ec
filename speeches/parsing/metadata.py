"""Read the title, date, source, speaker, occasion, level and truncation of a speech.

Everything here reads the head (what a page prints before the speech), the tail
(what it prints after) and the file name; the body is read only for the occasion's
level and for signs that the page cut the speech off.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath

from .body_end import (
    AUTHOR_NOTE,
    BARE_NAME,
    EDITION_TRAILER,
    REPRINT_TRAILER,
    ends_in_verse,
    signed_speaker,
)
from .body_start import EDITORS_HEADNOTE, HEADNOTE_DAY
from .bylines import (
    NOT_A_NAME,
    PLACEHOLDER_NAME,
    SPEAKER_LINE,
    names_a_speaker,
    reads_as_byline,
)
from .chrome import (
    BREADCRUMB,
    BREADCRUMB_SEPARATOR,
    CHROME_ITEM_SEPARATOR,
    DATED_INFO_ROW,
    LINK_FOOTER,
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
    DATE_LINE,
    DATE_NUMERIC,
    date_from_filename,
    dates_in,
    english_date,
    valid_date,
)
from .head import NAV_ITEM_SEPARATOR, SITE_BRAND_LINES, Head, names_a_site, read_head
from .line_kinds import DATELINE, HEAD_DATE_PAREN, NEXT_SPEECH_TITLE
from .names import opens_with_surname
from .normalise import INVISIBLE_CHARS
from .salutation import SALUTATION
from .script import matching_form, printed_group, to_simplified
from .title_decorations import SPACES, TITLE_DECORATION, strip_decorations
from .title_evidence import OCCASION_AT, TITLE_ENDINGS, TITLE_GENRE
from .title_score import (
    AUTHOR_MARK,
    CJK,
    NOT_A_TRAILING_NAME,
    SITE_DOMAIN,
    SUBTITLE_DASH,
    TRAILING_BYLINE,
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

# "（本文系2023年1月12日某某在…闭幕会上的讲话）": a note after a speech saying what it is
SPEECH_NOTE = re.compile(
    r"^[（(](?:本文|此文|本篇)(?:系|是|为|根据)[^（）()]*?"
    r"(?:讲话|致辞|发言|报告|演讲|党课|讲稿)[^（）()]{0,8}[）)]$"
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

# Titles read from a page's footer ("本文标题：…") rank after every head line.
FOOTER_ORDER = 900

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

# Titles too general to tell one report from another: qualified by year and place.
GENERIC_TITLES = {"政府工作报告", "工作报告", "讲话", "讲话稿", "报告", "致辞", "发言"}

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

# "梧桐镇党委书记2023年度抓基层党建工作述职报告": a report titled by its speaker's role
SPEAKER_OPENS_REPORT = re.compile(
    r"^(?P<speaker>[^在：:，,“”\"《》\d]{2,24}?(?:书记|[镇乡县市区]长|主任|局长|部长))"
    r"(?=(?:19|20)\d{2}年度?.{2,40}(?:述职|述责|述廉|报告|发言)[\u4e00-\u9fff]{0,4}$)"
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

# "校园邮箱 |" over "教务平台 |": a menu a page's text dump prints one item a line,
# each with the bar that parted it from the next; an item, never the site's brand
MENU_ITEM_WITH_BAR = re.compile(r"[ \u3000]*[|｜丨┊]$")

# "今天是" alone at the top: a date widget whose date the page's script writes in
TODAY_WIDGET = re.compile(r"(?:今天是|今日是|当前时间|现在时间|当前日期)[:：]?")

# "政务公开" over "机构职能" and "领导讲话": a menu printed one item a line
MENU_ITEM_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}$")

COLUMN_ITEMS = 2

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
