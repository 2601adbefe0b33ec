"""Take the head (the lines a page prints before the speech) apart into titles,
subtitles, bylines, dates, datelines, leads and blurbs.

What belongs here: reading each head line once into the Head record; choosing
among what it holds belongs to title_choice.py, speaker.py, page_date.py and
delivered.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .body_start import FULL_TEXT_FOLLOWS
from .broken_titles import join_broken_titles, listed_titles
from .bylines import (
    NOT_A_NAME,
    SPEAKER_LINE,
    Byline,
    is_role,
    reads_as_byline,
    role_and_name,
    spaced_trailing_name,
    split_glued_byline,
)
from .chrome import (
    BREADCRUMB,
    BREADCRUMB_ARROW,
    LEAD,
    LEAD_WITHIN,
    POST_HEADER,
    SITE_BLURB,
    droppable_chrome,
    ending_chrome,
)
from .dates import (
    DATE_LINE,
    ENGLISH_MONTHS,
    ENGLISH_TODAY,
    dates_in,
    day_number,
    partial_dates_in,
    zero_for_letter,
)
from .line_kinds import (
    DATELINE,
    DELIVERED_GENRES,
    HEAD_DATE_PAREN,
    REPORT_GENRES,
    SCRIPT_GENRES,
    SPEECH_GENRES,
    SPOKEN_GENRES,
    genre_words,
)
from .names import opens_with_surname
from .quoted import SPEECH_BYLINE
from .rules import compile_rules
from .salutation import GLUED_BYLINE, SPEAKER_LABEL_PREFIX
from .script import matching_form, printed_group, to_simplified
from .title_decorations import (
    COLLECTION_MARKER_RULES,
    SPACES,
    TITLE_DECORATION,
    WHOLE_IN_BOOK_MARKS,
    cut_matches,
    strip_decorations,
)
from .title_evidence import COLUMN_NAME, TITLE_GENRE
from .title_score import (
    AUTHOR_MARK,
    CJK,
    LIST_ITEM_LEADING_DATE,
    LIST_ITEM_TRAILING_DATE,
    NOT_A_TRAILING_NAME,
    SUBTITLE_DASH,
    TITLE_MIN_CHARS,
    TRAILING_BYLINE,
    TitleCandidate,
    title_key,
    title_score,
)

# "二OO一年": a year typed with the letter O for the zero 〇 (read, not rewritten)
LETTER_ZERO_YEAR = re.compile(
    r"(?=[一二三四五六七八九〇零○OＯ]{4}年)"
    r"(?=[^年]*[一二三四五六七八九])[一二三四五六七八九〇零○OＯ]{4}(?=年)"
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

# "2019年1月20日在某省第十三届人民代表大会第二次会议上" without a dash before it
DATED_OCCASION_LINE = re.compile(
    r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在.{2,80}"
    # "2024年1月16日在镇第十八届人民代表大会第四次会议": the 上 left off
    r"(?:上|会议|大会|全会|典礼|仪式|论坛|座谈会)$"
)

# What opens a news lead or an editor's note: a dateline ("新华社某地4月9日电",
# "某某日报讯"), a label ("编者按：", "【核心提示】")
LEAD_OPENING = re.compile(
    r"^(?:(?:新华社|中新社|人民网|央视网|人民日报|本报)[\u4e00-\u9fff]{0,10}?"
    r"(?:\d{1,2}月\d{1,2}日)?电|[\u4e00-\u9fff]{2,8}讯|"
    # "据新华社报道，", "据央视新闻消息，": a report quoting the wire
    r"据[\u4e00-\u9fff]{2,12}(?:报道|消息)[，,：: \u3000]?|"
    r"[【\[]?(?:编者按|编者的话|核心提示|导语|导读|内容提要)[】\]]?[:：]?|"
    # "按：10月9日，县政府召开…会议，县长某某同志出席会议并讲话。" (2.20): a bulletin's note
    r"按[:：]|"
    # "1月18日，全县…大会召开。" (2.19): a portal's lead opening on the day itself
    r"(?=\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|晚)?[，,]))"
)

# "大会8日在某地召开", "9月10日，全市…大会召开", "2月27日下午，…推进会在某地召开": the
# day the lead says the meeting was held (not the dispatch's "9日电")
# "某国总统某某20日在联合国总部发表讲话": the day a speaker gave the speech
# ("中新社某地九月二十三日电 某国总理二十三日在…发表演讲": older copy writes them in
# Chinese numerals)
_MONTH_OR_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# "发表讲话", "发表重要演讲": a lead saying the speech was given
_DELIVERED = r"发表[\u4e00-\u9fff]{0,8}?" + genre_words(DELIVERED_GENRES)

MEETING_DAY = re.compile(
    rf"(?:(?P<m>{_MONTH_OR_DAY})月)?(?P<d>{_MONTH_OR_DAY})日(?!电)(?:上午|下午|晚上|晚间|晚)?[，,]?"
    r"[^。！？；]{0,40}?(?:召开|举行|开幕|闭幕|举办|" + _DELIVERED + r")"
)

# "2023年5月4日，全市青年工作会议在市会议中心召开。市委书记某某出席并讲话。" over
# the speech (2.11): a repost's caption-like lead opening on the full day, then the
# meeting held or the speech given that day: the day the speech was given
DATED_LEAD = re.compile(
    r"^(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:上午|下午|晚上|晚间|晚)?[，,]"
    r"[^。！？；]{2,60}?(?:召开|举行|开幕|闭幕|举办|" + _DELIVERED + r")"
)

# "新华社某地5月9日电 某国总统某某9日在红场举行的阅兵式上发表讲话": a wire's lead
# over a speech it prints whole names who spoke where; the title where none is printed
# ("某国总统某某在红场举行的阅兵式上的讲话")
LEAD_SPEECH = re.compile(
    r"(?<![^ \u3000，,：:）)])(?P<speaker>[^，,。：:；\s（(）)]{2,24}?)(?:当地时间)?"
    rf"(?:{_MONTH_OR_DAY}月)?{_MONTH_OR_DAY}日(?:上午|下午|晚上|晚间|晚)?"
    r"在(?P<occasion>[^，,。；并]{2,40}?)(?P<on>上)?"
    r"(?:发表|作|发出)了?(?P<genre>[\u4e00-\u9fff]{0,6}?"
    + genre_words(DELIVERED_GENRES)
    + r")"
)

# "某国总理某某23日在纽约出席欢迎午宴并发表演讲": the event attended names the occasion
# ("某国总理某某在欢迎午宴上的演讲")
LEAD_ATTENDED_SPEECH = re.compile(
    r"(?<![^ \u3000，,：:）)])(?P<speaker>[^，,。：:；\s（(）)]{2,24}?)(?:当地时间)?"
    rf"(?:{_MONTH_OR_DAY}月)?{_MONTH_OR_DAY}日(?:上午|下午|晚上|晚间|晚)?"
    r"(?:在[^，,。；并]{2,12}?)?出席(?P<occasion>[^，,。；并]{2,40}?)并"
    r"(?:发表|作|致)了?(?P<genre>[\u4e00-\u9fff]{0,6}?"
    + genre_words(DELIVERED_GENRES)
    + r")"
)

# "省委书记某某出席会议并讲话", "县委书记某某强调", "某省省长某某在讲话中提出"
LEAD_SPEAKER = re.compile(
    r"(?P<speaker>[^，,。：:；\s（(【】\[\]]{3,30}?)(?:同志)?"
    r"(?:出席(?:会议|大会|活动)?并(?:讲话|致辞|作报告)|在(?:讲话|会上)中?(?:强调|指出|提出)|"
    r"(?:强调|指出)[，,：:])"
)

# "新华社北京3月2日电": the wire's date, without a year ("…六月二十三日讯": an old
# wire's 讯, 2.16)
DATELINE_DATE = re.compile(
    rf"(?P<m>{_MONTH_OR_DAY})月(?P<d>{_MONTH_OR_DAY})日(?:电|讯)"
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
    + genre_words(SPOKEN_GENRES, REPORT_GENRES, SCRIPT_GENRES)
    + r")"
    r"(?:全文|原文)(?:刊发|刊登|发布|播发|公布|转发|摘登)?(?:如下)?[：:]?$"
)

# "…作了题为《坚定信心 真抓实干》的讲话": a lead naming the speech's own title
TITLED_SPEECH = re.compile(
    r"题为《(?P<title>[^《》]{4,60})》的(?:重要)?(?:讲话|报告|致辞|演讲|发言|党课)"
)

# "全县三级干部大会召开。", "全市…推进会在市会议中心举行": a lead reporting the
# meeting held, and who spoke at it ("…出席会议并讲话", "…在会上作报告"); the speech's
# title an editor gives it when the page prints none: "在全县三级干部大会上的讲话"
MEETING_HELD = re.compile(
    r"(?P<meeting>[^，,。；;：:\s“”《》]{2,40}?(?:会议|大会|全会|座谈会|推进会|动员会|部署会|"
    r"报告会|茶话会|团拜会|论坛|年会|典礼|仪式|开幕式))"
    r"(?:[^，,。；;]{0,4}在[^，,。；;]{2,20}?)?(?:隆重)?(?:召开|举行|开幕|闭幕)"
)
SPOKE_AT_MEETING = re.compile(
    r"(?:出席(?:会议|大会|活动|典礼|仪式)?并|在会上|会上)(?:作|发表)?了?(?:重要)?"
    r"(?P<genre>讲话|致辞)"
)

# "某会会长短言" under "某某 发表于 2024-3-9 20:15": a forum thread's title, a phrase
THREAD_TITLE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9“”·、 ]{4,30}")

# "…电视动员讲话王某某": a name glued after a title's genre word
NAME_AFTER_GENRE = re.compile(
    genre_words(SPOKEN_GENRES, REPORT_GENRES) + r"(?P<name>[\u4e00-\u9fff]{2,3})$"
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

BREADCRUMB_TITLE_MIN_CHARS = 8

SUBTITLED_TITLE_BONUS = 3

NAMED_BY_SUBTITLE_BONUS = 3

# "…会上的讲话在全区…会上的讲话": a site's title and the document's title run together
DOUBLED_TITLE_SEAM = re.compile(
    # never at a comma: "学习某某同志的讲话,在全系统开展作风整顿" (2.9) is one title of
    # two clauses, whichever comma (full-width or ASCII) the page prints
    r"(?<="
    + "|".join(f"的{genre}" for genre in SPEECH_GENRES)
    # not "的党课": "…的党课讲稿" goes on; "演讲稿 | 在…的讲话": a label before a title
    + r"|的报告|讲话稿|发言稿|致辞稿)"
    r"(?=[^稿，,。、；;）)】\]］][^，,。、；;）)]{5,})"
)

# "??2017年1月5日在…会议上": a subtitle's dash lost by an encoding, as question marks
LOST_DASH = re.compile(r"^[?？]{1,2}(?=(?:19|20)\d{2}年\d{1,2}月)")

# How a subtitle ends: "…会议上", "…的讲话"; anything else continues on the next line.
SUBTITLE_ENDINGS = ("上", "话", "辞", "讲", "告", "稿", "词", "言")

# "铭记初心担使命 砥砺奋进正当时": a theme after a dash, naming no occasion, date or
# genre; under a title of the genre it is part of the title, not a subtitle
# ("严守组织生活制度 增强组织生活的严肃性、经常性": a theme's list of qualities, 2.20)
SLOGAN_SUBTITLE = re.compile(r"^(?!在)[\u4e00-\u9fff“”\"，,、 \u3000]{4,50}$")

# "——2023年5月6日在全省…会议上 某省省长 某某" (2.13): the byline a space after the
# occasion, on the subtitle's line
SUBTITLE_BYLINE = re.compile(rf"[ \u3000]+{GLUED_BYLINE.pattern}$")

# "…行稳致远 校友总会理事长 陈某某": a role and a name a space after a title
OFFICE_AFTER_TITLE = re.compile(rf"[ \u3000]{GLUED_BYLINE.pattern}$")

# "团结  奋进  庆祝建区30周年", "同心同行 再创佳绩": a banner's slogan, short phrases
# a space apart, printed under a headline as its deck (read in simplified form)
SLOGAN_DECK = re.compile(
    r"^[\u4e00-\u9fff\d]{2,8}(?:[ \u3000]+[\u4e00-\u9fff\d]{2,8}){1,3}$"
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

# "主持人：县委副书记 某某", "主讲人：…": the label before a byline
BYLINE_LABEL = re.compile(
    r"^(?:主持人|主讲人|讲话人|发言人|报告人|作者)[:：][ \u3000]*"
)

# "（镇党委书记　某某　2024年11月4日）": a byline in brackets that ends on the date
BYLINE_DATE = re.compile(
    r"[ \u3000，,]*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-.]\d{1,2}[-.]\d{1,2})$"
)

# "某某文秘网", "某县人民政府", "某某文库": a name that says it is a site
SITE_NAME = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{2,16}?(?:网|网站|文库|文档库?|平台|资料库|材料库|人民政府|"
    # "某某之家" (a writers' site), "某某的博客"
    r"政府网?|门户网站?|之家|博客|图书馆)$"
)

SITE_BRAND_LINES = 4

MASTHEAD_MAX_CHARS = 12

MENU_ITEM_MAX_CHARS = 6

NAV_ITEM_SEPARATOR = re.compile(r"[ \u3000|｜┊丨]+")

# "新华社北京…电" -> 新华社; "央视网消息" -> 央视网
AGENCY = re.compile(
    r"^(?P<site>新华社|中新社|人民网|央视网|人民日报|光明日报|经济日报|中国日报)"
)


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
    wire_dates: list[dt.date] = field(default_factory=list)  # datelines with a year
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
    # the head line announcing a speech quoted under it ("以下是原文："), or -1
    announced_at: int = -1
    # the speech's own title as a lead announcing its full text gives it (2.19)
    reported_titles: list[str] = field(default_factory=list)


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
            head.announced_at = order
            continue  # "以下是…发表的声明：": the line over the text, never its title
        quoted_byline = SPEECH_BYLINE.match(line) if head.announced_at >= 0 else None
        if quoted_byline and opens_with_surname(quoted_byline["byline"]):
            head.bylines.append(Byline(quoted_byline["byline"], order))
            continue  # "致辞：某某（教师代表）" over the speech a post quotes (2.16)
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
    "某某就职演说"), a title when the page prints no other (as a blurb's is); and the
    title a news lead announcing the full text gives it (2.19)."""
    found = ANNOUNCED_TITLE.match(to_simplified(line.strip()))
    if found:
        title = strip_decorations(printed_group(found, line.strip(), "title"))
        if title_score(title):
            head.blurb_titles.append(title)
    simple = to_simplified(line)
    named = TITLED_SPEECH.search(simple)
    held = MEETING_HELD.search(simple)
    spoke = SPOKE_AT_MEETING.search(simple, held.end()) if held else None
    if named:  # "…作了题为《X》的讲话。以下为讲话全文："
        head.reported_titles.append(printed_group(named, line, "title"))
    elif held and spoke:  # "全县…大会召开。县委书记某某出席会议并讲话。以下为…"
        head.reported_titles.append(f"在{held['meeting']}上的{spoke['genre']}")


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
        # "新华社一九七八年三月十四日讯": an old wire prints the year too (2.16)
        head.wire_dates.extend(dates_in(text[: when.end()]))


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


def names_a_site(text: str) -> bool:
    """Tell a name that says it is a site's ("某某网", "某县人民政府", "僑聲新聞網")."""
    return bool(SITE_NAME.match(to_simplified(text)))
