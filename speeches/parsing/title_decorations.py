"""Strip a title of what sites print around it: counts, sample-text labels, book
marks and brackets, collection markers ("范文(精选28篇)").

What belongs here: rules that cut a candidate title down to its words, as data
where they are many.
"""

from __future__ import annotations

import re

from .line_kinds import (
    BROADCAST_TAG,
    CEREMONY_GENRES,
    GREETING_GENRES,
    REPORT_GENRES,
    SCRIPT_GENRES,
    SPEECH_GENRES,
    SPOKEN_GENRES,
    genre_words,
)
from .rules import Rule, compile_rules
from .script import to_simplified, without_pinyin
from .title_evidence import TITLE_GENRE

# Words a site puts in brackets around a title: "(精品)", "（全文）", "[视频]", "【推荐】",
# "(共3篇)", "【分享】", and several in one pair: "（原创，已用）", "(最新整理)"
_DECORATION_WORD = (
    r"(?:精品|精选|全文|附全文|图|组图|图文|视频|范文|通用|推荐|原创|完整版|"
    # "（附图/短片）", "(附视频)": what a press release attaches
    r"附图|附视频|短片|附短片|音频|只有中文|只有英文|"
    r"word版|可编辑|最新|优秀|优质|热门|修改版|定稿|汇编|精编|模板|大全|"
    r"分享|转载|转帖|转|荐|已用|整理|收藏|(?:精选|精品|优秀)?文档|全文完整|完整全文|"
    r"合集|集锦|汇总|范例|范本|多篇|"
    # "(仅供领导参考)", "(仅供参考)": the site's caution to its readers
    r"仅供[\u4e00-\u9fff]{0,6}参考|参考|"
    # "（通用版）", "(最新版)": the edition the site offers
    r"(?:通用|精华|最新|修订|完整|简洁|精简|标准)版|"
    r"(?:通用|精选|优秀|热门|推荐|最新|精品|共)?\d{1,3}篇|"
    # "（3200字）", "(约2000字)": the site's word count
    r"(?:约|共|全文)?\d{2,6}字|" + genre_words(SPOKEN_GENRES, ("谈话",)) + r"全文)"
    # "…走向世界【致词全文】", "（讲话全文）": a news site's tag that the full text
    # follows, in brackets after its headline (2.11)
)

TITLE_DECORATION = re.compile(
    rf"[（(【\[〔〖]{_DECORATION_WORD}(?:[，,、/ ]?{_DECORATION_WORD})*[）)】\]〕〗]"
    # "…的讲话.doc": the name of the file a document site holds
    r"|\.(?:docx?|wps|pdf|txt|pptx?)$"
    # "安全生产口号.doc安全生产发言稿" (2.15): another file's name a document shop
    # glued before the title
    # (a name that opens as a title does, 关于… or 在…, is the title's own words)
    r"|^(?!关于|在|致|对)[^\s.。，,]{2,30}?\.(?:docx?|wps|pdf|pptx?)(?=[\u4e00-\u9fff]{4})"
    # "…政府工作报告-10篇(第20/30页)" (2.15): a collection's count and the page of
    # it shown
    r"|[-_—]?(?:\d{1,3}篇)?[（(]第\d{1,3}/\d{1,3}页[)）]$"
    # "12/22/2017.某某餐会 校长致辞" (2.14): a portal's day, month first, before its
    # headline (the day is read from the page's own stamp)
    r"|^[01]?\d/[0-3]?\d/(?:19|20)\d{2}[.．][ \u3000]*(?=\S{4,})"
    # "…党课9800字.DOCX": a document shop's word count before the file's extension;
    # "…始终如一9800字": a count of thousands after any title (no title counts so)
    r"|(?:约|共)?\d{3,5}字(?=\.(?:docx?|wps|pdf|txt|pptx?)$)"
    r"|(?<=[\u4e00-\u9fff])\d{4,5}字$"
    # "….DOCX 【图片、文字均可编辑】": a document shop's note on what can be edited
    r"|[ \u3000]*【[^【】]{0,16}可编辑】$"
    # "…的讲话_范文网", "…的讲话-某某文库": a site's name after the title
    # ("…施政报告 | 某某新闻台", "…-某某卫视": a broadcaster's, 2.12)
    r"|[_\-|｜]\s?[\u4e00-\u9fffA-Za-z0-9]{0,12}"
    r"(?:网|文库|范文|站|平台|新闻台|电视台|卫视|新闻频道)$"
    # "00施政报告：展望未来", "10:00施政报告" (2.12): a page's counter or clock glued
    # before its headline; no title opens on a zero or a clock ("00后…" names a
    # generation and stays)
    r"|^(?:\d{1,2}:\d{2}(?::\d{2})?|0+(?![后]))[ \u3000]*(?=[\u4e00-\u9fff][^，。]{5,}$)"
    # "1政府工作报告——…" (2.18): a document site's first page number glued before
    # the title of a text extracted as one line; "1号文件…", "1月…", "1个…" count
    r"|^1(?=[\u4e00-\u9fff])(?![号月季年个次日周天万亿元项点条届批名位])"
    r"(?=[^，。]{5,}$)"
    # "…开幕式致辞 | 2024-04-26 04:41:06" (2.13): the page's stamp set off after its
    # headline by a bar; no title ends on one (a post's "某某 发表于 2024-3-9 20:15"
    # is a header, never a title, and keeps its stamp)
    r"|(?<=[\u4e00-\u9fff”》）)])[ \u3000]*[|｜丨][ \u3000]*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?$"
    # "…的讲话 2024-04-26", "…致辞 - 2024-04-26 04:41": the same stamp after a title
    # that ends on its genre word, set off by a space or a dash
    r"|(?<=讲话|致辞|致词|发言|报告|讲稿|贺词|献词|演讲|持词|幕词|迎词)[ \u3000]*"
    r"(?:[-—–_][ \u3000]*)?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?$"
    # "原创 在…的讲话", "转载：…", "置顶 …" (2.13): a post's or a blog's mark of where
    # the text came from, before its title; "…的讲话_图文": a site's mark of a page's kind
    r"|^(?:[【\[](?:原创|转载|置顶)[】\]][ \u3000:：]*|(?:原创|转载|置顶)[ \u3000:：]+)"
    r"(?=[^，。]{8,}$)"
    r"|[_\-|｜](?:图文|正文|全文|文档)$"
    # "最新镇长在…的讲话": a site's label before the title ("最优…讲话范文(17篇)", 2.14;
    # "优秀" stays: "优秀教师代表…的发言" is a title's own word)
    r"|^(?:最新|最优|最佳|精选|热门|推荐)(?=[^，。]{8,}$)"
    # "秋季开学校长讲话稿 篇1", "主持会议的开场白篇1": the page's number in a collection
    r"|[ \u3000]+(?:篇|第)[一二三四五六七八九十\d]{1,2}篇?$"
    r"|(?<=[\u4e00-\u9fff])篇[一二三四五六七八九十\d]{1,2}$"
    # "毕业典礼领导致辞（篇1）": the collection's number in brackets
    r"|(?<=[\u4e00-\u9fff])[ \u3000]*[（(]篇[一二三四五六七八九十\d]{1,2}[）)]$"
    # "开学典礼校长发言稿(一)": an item of a collection under the genre word
    r"|(?<=讲话|致辞|发言|讲稿|贺词|献词|报告|话稿|言稿|辞稿|场白|持词)"
    r"[（(][一二三四五六七八九十\d]{1,2}[）)]$"
    # "[县长在县委书记]县长在…的讲话": a tag linking a related title, glued before it
    r"|^[\[【［][^\]】］\[【［]{2,12}[\]】］](?=[^\[\]【】［］]{8,}$)"
    # "世界聚焦：某某发表新年贺辞：…", "今日快讯：…" (2.10): a news portal's column
    # glued before its headline by a colon
    r"|^[\u4e00-\u9fff]{0,2}(?:聚焦|快讯|速递|头条|热点|资讯|要闻)[:：](?=[^：:]{4,}.{4,}$)"
    # "(两会受权发布)某某工作报告": a news site's tag in round brackets (not "（一）")
    r"|^[（(](?![一二三四五六七八九十\d]+[）)])[\u4e00-\u9fff]{2,10}[）)]"
    r"(?=[^（）()]{8,}$)"
    rf"|{BROADCAST_TAG.pattern}"
    # "Speech by SED at … (English only) (with photos)": an English release's notes
    r"|[ \u3000]*\((?:English|Chinese) only\)|[ \u3000]*\(with (?:photos?|video)"
    r"(?:/(?:photos?|video))?\)"
    # "附件2：在全市…会议上的讲话", "附件在…的讲话": a notice's attachment label
    r"|^附件[一二三四五六七八九十\d]{0,2}[:：、.． \u3000]*(?=[^，。]{8,}$)"
    # "1、某某在…的讲话": the number of a document share's page or a list's item
    r"|^\d{1,2}[、．](?=[^，。]{8,}$)"
    # "1-某某在…的讲话": a document share's page number run on before the title
    r"|^\d{1,2}[-－](?=[\u4e00-\u9fff][^，。]{7,}$)"
    # "1.某某在…的讲话": the same number with a stop, a title's words right after it
    r"|^\d{1,2}[.．](?=[\u4e00-\u9fff][^，。]{7,}$)"
    # "…的讲话(1993)": an archive's year after a title of the genre
    r"|(?<=讲话|致辞|致词|发言|报告|讲稿|贺词|献词|演讲|演说)[（(](?:19|20)\d{2}[）)]$"
    # "…述职报告2150字", "…开幕词两千字": a site's word count glued after the genre
    # word, in figures or in Chinese numerals
    r"|(?<=讲话|致辞|致词|发言|报告|讲稿|贺词|献词|演讲|演说|持词|幕词|话稿|言稿)"
    r"(?:约|共)?(?:\d{3,5}|[一二两三四五六七八九十\d]{1,2}千(?:[一二三四五六七八九]百)?多?)"
    r"字(?:左右)?$"
    # "正在阅读：…", "您正在浏览：…": a news site's bar naming the page being read
    r"|^(?:您|你)?(?:正在|当前)(?:阅读|浏览|查看|观看)[:：][ \u3000]*"
    # "编号:136920000县委常委…会议上的主持词": a document share's file number
    r"|^编号[:：]?[ \u3000]*\d{5,}"
    # "精选优质文档-----倾情为你奉上": a document template's page header before the title
    r"|^(?:精选)?(?:优质|精品|优秀)?文档[-—－_ ]*倾情为(?:你|您)奉上"
    # "新春致辞参考", "…讲话稿范文": a site's label after the genre word
    r"|(?<=讲话|致辞|发言|讲稿|贺词|献词|报告|话稿|言稿|辞稿|演讲|演说)"
    r"(?:参考|范文|模板|例文)$"
    # "…会议上的讲话经济工作", "…的讲话领导讲话": the site's category after the title
    r"|(?<=讲话|致辞|发言|讲稿|报告)(?:[\u4e00-\u9fff]{2}工作|领导讲话|讲话致辞|会议讲话)$"
    # "…会见侨界代表演讲全文", "…的讲话全文": a site's label; a government press
    # release's own title names its "致辞全文" and keeps it
    r"|(?<=讲话|发言|讲稿|贺词|献词|报告|话稿|言稿|辞稿|演讲|演说|谈话)"
    # "…全会开幕 某某发表重要讲话全文" (2.9): a news headline reporting the speech is
    # printed whole; without 全文 it is a sentence about the speech, not its title
    r"(?<!发表讲话)(?<!发表重要讲话)(?<!发表了讲话)(?<!发表了重要讲话)全文$"
    # "…典礼致辞全文(十月四日)": a press release's day after its title
    r"|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
    r"[）)]$"
    # "历史事件-《纪念某会成立55周年讲话稿》": a column's name before a title in marks
    r"|^[\u4e00-\u9fff]{2,8}[-－_|｜:：](?=《[^《》]{4,80}》$)"
    # "• 特首就某事会见传媒": a list's bullet before a headline
    r"|^[•●◆■▪►][ \u3000]*(?=[^，。]{4,}$)"
    # "㈠ 某局长在教材评审会上的讲话稿": a list's circled or bracketed mark before a title
    # "❶ 某局长在…的讲话": a dingbat's number (negative or sans-serif circles)
    r"|^[\u2460-\u249b\u24eb-\u24ff\u2776-\u2793\u3220-\u3229\u3280-\u3289]"
    r"[ \u3000、.．]*(?=[^，。]{6,}$)"
    # "…的讲话稿如何写", "…发言稿怎么写?": the search phrase a 范文 page is titled by
    r"|(?<=讲话|致辞|致词|发言|讲稿|贺词|献词|报告|话稿|言稿|辞稿|演讲|演说|持词|幕词|党课)"
    r"(?:如何|怎么|怎样)写[？?]?$"
    # "关于广州市政府工作报告": a search page's "about" before a title that has no
    # "关于…的报告" grammar of its own
    r"|^关于(?=[^的]{4,}(?:工作报告|讲话|致辞|发言)$)",
    re.IGNORECASE,
)

# "《冬季运动会开幕词(12篇)》": a site's page title set wholly in book-title marks
WHOLE_IN_BOOK_MARKS = re.compile(r"^《(?P<title>[^《》]{2,80})》$")

# "【某某卸任交接 致词全文】": a news page's heading over a speech's text, in brackets
WHOLE_IN_BRACKETS = re.compile(
    r"^【(?P<title>[^【】]{2,80}"
    + genre_words(SPOKEN_GENRES, CEREMONY_GENRES)
    + r"(?:全文|稿)?)】$"
)

# "乡镇政府换届工作报告乡镇政府换届工作报告乡镇政府换届工作报告": a document share's
# extract printing its title again and again, run together
REPEATED_TITLE = re.compile(r"^(?P<title>.{4,60}?)(?:[ \u3000]*(?P=title))+$")

# The last two characters of a genre word: what a collection site's marker follows
_GENRE_TAIL = (
    "讲话|致辞|致词|发言|讲稿|贺词|献词|报告|话稿|言稿|辞稿|场白|持词|提纲|材料|党课|"
    "汇报|总结|体会|寄语|贺信|演讲|幕词|迎词|谢词|祝词|讲义|说明|稿子"
)

_COUNT = r"(?:[\d一二三四五六七八九十两]{1,3}|多|几)"

# How 范文 sites mark a page as one of a collection or a count of items, around the
# title of what it holds; one rule a kind, read in the simplified form
COLLECTION_MARKER_RULES = (
    Rule(
        # 2.12: any site's praise before the count ("(专业12篇)", "(实用5篇)")
        "count of items in brackets",
        "在中秋节敬老座谈会上的发言（精选六篇）",
        rf"[（(【\[［〔〖「『](?:[\u4e00-\u9fff]{{1,2}}?(?<![第其另])|共|汇总|锦集|集锦|合集)?"
        rf"{_COUNT}篇"
        r"(?:范文|精选|合集|材料|文章|稿件|汇编)?[）)】\]］〕〗」』]$",
    ),
    Rule(
        "collection's item number in brackets",
        "在中秋节敬老座谈会上的发言【篇1】",
        r"(?<=[\u4e00-\u9fff”》])[ \u3000]*[【\[［(（]"
        r"(?:篇[一二三四五六七八九十\d]{1,2}|第[一二三四五六七八九十\d]{1,2}篇)[】\]］)）]$",
    ),
    Rule(
        # 2.11: a 公文 site's items numbered in lenticular brackets, no 篇
        "collection's bare item number in lenticular brackets, behind the genre word",
        "秋季家长会校长讲话【二】",
        rf"(?<={_GENRE_TAIL})[ \u3000]*[【\[［][一二三四五六七八九十\d]{{1,2}}[】\]］]$",
    ),
    Rule(
        "count of items after the title",
        "镇长新春致辞范文5篇",
        r"(?<=[\u4e00-\u9fff）)》”])(?<![第老])的?"
        r"(?:范文|精选|优秀|通用|热门|推荐|最新|经典|精品|实用|集锦|集合|精编|汇编|合集){0,2}"
        rf"{_COUNT}篇(?:范文|合集|汇编|大全|精选)?$",
    ),
    Rule(
        "count of models and a search phrase in brackets",
        "冬季运动会开幕词优秀范例8篇(运动会开幕式简短开场白)",
        rf"(?<=[\u4e00-\u9fff])(?:优秀|精选|通用|经典|实用|最新)?(?:范例|范文|例文)?{_COUNT}篇"
        r"[（(][^（）()]{2,30}[）)]$",
    ),
    Rule(
        "count of items and a search phrase in quotes",
        "高中开学典礼校长致辞6篇 “扬帆新学期，奋楫再出发”",
        rf"(?<=[\u4e00-\u9fff])(?:精选|优秀|精彩|通用|经典)?{_COUNT}篇[ \u3000]*"
        r"[“\"][^“”\"]{2,30}[”\"]$",
    ),
    Rule(
        # 2.13: a document share's file of two speeches named by both titles; the
        # speech stored is the first ("…讲话与…讲话汇编" gives the first title)
        "second title of a two-speech compilation",
        "局长在春训会上的讲话与局长在总结会上的讲话汇编",
        r"(?<=讲话|致辞|发言|讲稿|报告)(?:与|和|及)[\u4e00-\u9fff“”、 \u3000]{4,60}?汇编$",
    ),
    Rule(
        # 2.19: "…致辞范文(一)": the item's number a site puts after its collection
        # word, in round brackets (the word itself goes by the rule below)
        "collection's item number in round brackets after its collection word",
        "在中秋节敬老座谈会上的发言范文(二)",
        r"(?<=范文|范例|例文|精选|合集|大全)[ \u3000]*[(（]"
        r"[一二三四五六七八九十\d]{1,2}[)）]$",
    ),
    Rule(
        "collection word after the genre word",
        "教师节表彰大会校长讲话稿范文大全",
        rf"(?<={_GENRE_TAIL})[ \u3000]?"
        r"(?:范文|范例|例文|模板|样本|范本|大全|合集|集合|汇编|汇总|集锦|精选|精编|素材|参考)+$",
    ),
    Rule(
        # 2.19: "…的讲话作文": an essay site files the speech under its own word
        "essay site's word after the genre word",
        "在秋季运动会开幕式上的讲话作文",
        rf"(?<={_GENRE_TAIL})(?:优秀|精选)?作文$",
    ),
    Rule(
        # 2.12: "…述职报告精品", "…致辞美篇": what a 范文 site calls its pages, glued
        # after the genre word (its count in brackets cut first)
        "site's praise of its page after the genre word",
        "村委会主任述职报告精品",
        rf"(?<={_GENRE_TAIL})(?:精品|美篇|精华|佳作|优选|精编|精选)"
        r"(?:范文|文章|美文|合集)?$",
    ),
    Rule(
        "site's label after a separator",
        "镇长在全镇安全生产会议上的讲话_2024最新合集",
        r"[ \u3000]?[_\-|｜][ \u3000]?(?:(?:19|20)\d{2}年?)?(?:最新|精选|优秀|热门|推荐)?"
        r"(?:范文|大全|合集|汇编|模板|范例|精选|最新)$",
    ),
    Rule(
        "column's genre word glued before a title ending in it",
        "会议主持词全镇防汛工作会议主持词",
        r"^(?P<column>[\u4e00-\u9fff]{2,4}(?:讲话稿?|致辞|发言稿?|主持词|开幕词|闭幕词|欢迎词))"
        r"(?=[\u4e00-\u9fff“”]{4,40}(?P=column)$)",
    ),
    Rule(
        "column's genre word before a speech's title",
        "讲话稿 在全镇秋冬季农业生产会议上的讲话",
        r"^[\u4e00-\u9fff]{0,4}(?:讲话稿?|致辞|发言稿?|讲稿|党课|演讲稿?|主持词|报告)"
        r"[ \u3000]+(?=[^ \u3000，。]{6,}"
        + genre_words(SPEECH_GENRES, REPORT_GENRES, SCRIPT_GENRES, GREETING_GENRES)
        + r"稿?$)",
    ),
    Rule(
        "collection word closing any title",
        "乡村振兴工作会议主持词集锦",
        r"(?<=[\u4e00-\u9fff])(?:范文|范本|范例|模板)?(?:大全|合集|集锦)$",
    ),
    Rule(
        "item number after the genre word",
        "在全区人代会分组讨论时的发言提纲（三）",
        rf"(?<={_GENRE_TAIL})[ \u3000]?(?:[（(][一二三四五六七八九十\d]{{1,2}}[）)]|"
        r"\d{1,2}|第[一二三四五六七八九十\d]{1,2}篇)$",
    ),
    Rule(
        # 2.14: "…致辞2025篇1": a site titles a collection by its year, and numbers the
        # items after it
        "item number after the collection's year",
        "开学典礼校长致辞2025篇1",
        r"(?<=(?:19|20)\d{2})[ \u3000]?篇[一二三四五六七八九十\d]{1,2}$",
    ),
    Rule(
        "item label after the title",
        "镇长新春致辞范文二",
        r"(?<=[\u4e00-\u9fff])(?:优秀|精选)?(?:范文|范例|材料|文章|例文|模板)"
        r"[一二三四五六七八九十\d]{1,2}$",
    ),
    Rule(
        "year and 'latest' before the title",
        "2024年最新镇长在全镇安全生产会议上的讲话",
        r"^(?:19|20)\d{2}年?(?:最新|精选)(?:范文|整理)?[:：]?(?=[^，。]{6,}$)|"
        r"^精品(?=[^，。]{8,}$)",
    ),
    Rule(
        "year and edition in brackets",
        "镇长在全镇安全生产会议上的讲话【2024年最新版】",
        r"[（(【\[](?:19|20)\d{2}年?(?:最新版?|新版|更新版?|版)[）)】\]]$",
    ),
    Rule(
        # 2.14: "…致辞通用", "…致辞通用3": a 范文 site's "for any use" tag glued after
        # the genre word, with the item's number when the heading opens an item
        "collection's 通用 tag after the genre word",
        "秋季开学典礼校长致辞通用3",
        rf"(?<={_GENRE_TAIL})[ \u3000]?通用[一二三四五六七八九十\d]{{0,2}}$",
    ),
    Rule(
        # 2.14: "首页 > 讲话 > …讲话【通用两篇】正文": a breadcrumb's last item, the page's
        # title with the word "正文" (the article's body) after it
        "breadcrumb's 正文 after the title",
        "镇长在防汛工作会议上的讲话【通用两篇】正文",
        rf"(?:(?<=[】）)])|(?<={_GENRE_TAIL}))[ \u3000]*正文$",
    ),
    Rule(
        "a search question after the genre word",
        "开学典礼校长发言稿写法怎么样?",
        rf"(?<={_GENRE_TAIL})(?:的)?(?:写法|写作|格式|范文)?"
        r"(?:怎么样|怎么写|如何写|怎样写|写什么|有哪些)(?:好|呢|才好)?[？?]?$",
    ),
    Rule(
        "a search page's 'about' before a collection's title",
        "有关开学典礼致辞范文（通用10篇）",
        rf"^(?:有关|关于)(?=[^，。的]{{2,30}}(?:{_GENRE_TAIL})的?"
        r"(?:范文|范例|例文|模板|文章)?(?:[（(【\[][^（）()]{1,12}[）)】\]]|\d{1,2}篇)?$)",
    ),
    Rule(
        "a document site's name after a separator, behind the genre word",
        "在全镇秋季防火工作会议上的讲话_文档之家",
        rf"(?<={_GENRE_TAIL})[ \u3000]*[_\-|｜][ \u3000]*[\u4e00-\u9fffA-Za-z0-9]{{0,6}}"
        r"(?:网|文库|文档|之家|巴巴|站|平台|在线|公文|文秘|百科|资料|范文|易|吧)$",
    ),
    Rule(
        "a collection word after a title in marks",
        "《在全镇秋季防火工作会议上的讲话》范文",
        r"(?<=[》”])(?:范文|范例|例文|模板|大全|合集|精选)+$",
    ),
    Rule(
        "genre label before a colon",
        "演讲稿：在全县秋季防火工作会议上的讲话",
        r"^(?:领导|优秀|精选|最新|会议)?(?:演讲稿|讲话稿|发言稿|致辞稿|演讲词|讲话|演讲|发言|"
        r"发言材料|讲话材料|交流材料|交流发言|表态发言|致辞)(?:[:：]|[ \u3000]*[|｜])[ \u3000]*"
        r"(?=[^，。：:]{6,}$)",
    ),
    Rule(
        "column of models before a colon",
        "党建范文：我们为什么要重温入党誓词",
        r"^(?:(?:19|20)\d{2}年度?)?[\u4e00-\u9fff]{0,6}(?:范文|范本|范例|模板|例文|素材)"
        r"[:：][ \u3000]*(?=\S{4,})",
    ),
)

COLLECTION_MARKER = compile_rules(COLLECTION_MARKER_RULES)

# What a page's toolbar or a document's layer glues to the line that names the
# speech (2.19); one rule a kind, read in the simplified form
PAGE_FURNITURE_RULES = (
    Rule(
        # a bookmark button's words before the title it bookmarks ("收藏本文：…",
        # "加入收藏 …"), or a page's field naming its title ("本文标题：…")
        "bookmark or title field before the title",
        "收藏本文：在全乡秋季防火工作会议上的讲话",
        r"^(?:(?:收藏本[文页篇]|加入收藏|添加收藏|收藏此文)[ \u3000]*[:：|｜]?"
        r"|(?:本文|文章)?标题[ \u3000]*[:：])[ \u3000]*(?=[^，。：:]{6,}$)",
    ),
    Rule(
        # a page or list number glued before a title that opens on 在 and ends on
        # its genre word: no title opens on a figure before 在 ("3在全镇…的讲话")
        "figure glued before a speech's 在… title",
        "3在全镇秋季防火工作会议上的讲话",
        r"^\d{1,3}(?=在[^，。]{4,60}(?:讲话|致辞|发言|报告|讲稿|贺词|主持词)稿?$)",
    ),
    Rule(
        # a listing's line: the title, a colon and the speech's first words cut off
        # ("…的讲话：同志们，今天我们召开…..."), its preview
        "speech's preview after the title and a colon",
        "在全镇秋季防火工作会议上的讲话：同志们，今天我们召开…",
        r"(?<=讲话|致辞|致词|发言|报告|讲稿|贺词|献词|幕词|迎词|持词)[:：][ \u3000]*"
        r"(?:(?:同志们|各位|尊敬的|亲爱的|女士们|老师们|同学们|大家好)[^\n]*"
        r"|[^\n]{8,}?(?:…{1,2}|\.{3,6}))$",
    ),
    Rule(
        # a file saved as a copy of another, its name the title: "…的讲话 - 副本",
        # "…的讲话(副本2)"
        "file manager's copy mark after the title",
        "在全镇秋季防火工作会议上的讲话 - 副本",
        r"(?:[ \u3000]*[-－_][ \u3000]*副本(?:[（(]?\d{1,2}[）)]?)?"
        r"|[（(]副本\d{0,2}[）)])$",
    ),
)

PAGE_FURNITURE = compile_rules(PAGE_FURNITURE_RULES)

# "讲话稿 讲话稿：…", "致辞致辞": a column's genre word printed twice before a title
DOUBLED_WORD = re.compile(r"(?P<word>[\u4e00-\u9fff]{2,8})[ \u3000]*(?P=word)")

SPACES = re.compile(r"[ \u3000]+")


def strip_decorations(title: str) -> str:
    """Remove a site's decorations such as "(精品)" or "（全文）" from a title.

    Sites stack them ("…讲话_范文 - 某某网"), so they are removed until none is left.
    """
    title = without_pinyin(title)
    previous = None
    while previous != title:
        previous = title
        title = WHOLE_IN_BOOK_MARKS.sub(r"\g<title>", title)
        title = REPEATED_TITLE.sub(r"\g<title>", title)
        if WHOLE_IN_BRACKETS.match(to_simplified(title)):
            title = title[1:-1].strip()
        title = cut_matches(TITLE_DECORATION, title)  # "演講全文": read simplified
        title = cut_matches(COLLECTION_MARKER, title)  # "講話稿多篇": read simplified
        title = cut_matches(PAGE_FURNITURE, title)
        title = DOUBLED_WORD.sub(_one_genre_word, title)
        title = SPACES.sub(" ", title).strip(" ：:，,")
        title = without_unbalanced_ends(title)
    return title


# What a title never keeps (2.11): a bracket left at either end without its partner
# once a site's mark is cut ("【篇一：…演讲稿】" -> "…演讲稿】"; "《…讲话" printed with
# its book mark opened and never closed). A pair a title holds whole stays:
# "在…上的讲话（摘要）", "《…》读后感".
BRACKET_PAIRS = {
    "【": "】",
    "[": "]",
    "（": "）",
    "(": ")",
    "《": "》",
    "「": "」",
    "『": "』",
    "“": "”",
    "〔": "〕",
}

CLOSING_BRACKETS = {close: open_ for open_, close in BRACKET_PAIRS.items()}


# Quotes that open and close alike: one alone before a title has no partner
STRAIGHT_QUOTES = "'\"＇＂"


def without_unbalanced_ends(title: str) -> str:
    """Drop a bracket at either end of a title whose partner the title lacks."""
    while title:
        last, first = title[-1], title[0]
        if last in CLOSING_BRACKETS and title.count(
            CLOSING_BRACKETS[last]
        ) < title.count(last):
            title = title[:-1].rstrip()
        elif first in BRACKET_PAIRS and title.count(BRACKET_PAIRS[first]) < title.count(
            first
        ):
            title = title[1:].lstrip()
        elif first in STRAIGHT_QUOTES and title.count(first) == 1:
            title = title[
                1:
            ].lstrip()  # "'第一篇、…": a quote the page left open (2.16)
        else:
            return title
    return title


def cut_matches(pattern: re.Pattern, text: str) -> str:
    """Cut what a pattern matches in a text's simplified form out of the text."""
    simple = to_simplified(text)
    spans = [match.span() for match in pattern.finditer(simple) if match.group()]
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    return text


def _one_genre_word(match: re.Match) -> str:
    """Print a genre word printed twice once: "讲话稿 讲话稿：…" -> "党课讲稿：…"."""
    word = match["word"]
    return word if TITLE_GENRE.search(to_simplified(word)) else match.group()
