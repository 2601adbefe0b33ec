"""Evidence for and against a line being a speech's title, kept as weighted rules.

A page prints many short lines before a speech: its headline, the speech's own title
and subtitle, the site's name, menus, counters, the lead of a news story, a journal's
issue. The title is chosen by score, not by where a line stands: each rule below adds
its weight to a line it matches (read in its simplified form), so a line of the genre
("在…上的讲话") outscores interface text wherever either is printed. The evidence a
line's neighbours give (a subtitle under it, the same title printed again) is added
by metadata.choose_title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .line_kinds import (
    GREETING_GENRES,
    REPORT_GENRES,
    SPEECH_GENRES,
    SPOKEN_GENRES,
    STATEMENT_GENRES,
    TITLE_GENRES,
    genre_words,
)
from .rules import Rule

# Words that make a line a title of a speech rather than a slogan or a site's motto:
# the genre words, a letter, a decision, a meeting, a lecture, a declaration
TITLE_GENRE = re.compile(
    genre_words(
        TITLE_GENRES,
        ("讲辞", "答谢词", "祝词", "寄语", "致信", "回信", "训词", "主持稿", "串词"),
        ("决议", "决定", "意见", "总结", "会议", "座谈", "述职", "辅导", "动员"),
        ("答记者问", "书面", "宣言", "倡议", "公报", "纲要", "开场白"),
    )
)
# "在…上的讲话", "在…时的演讲": a title naming the occasion of a speech
OCCASION_AT = re.compile(
    r"在(?P<occasion>.{2,100}?)(?:上|时|期间)?的[\u4e00-\u9fff]{0,4}?"
    + genre_words(TITLE_GENRES)
)
# How a title naming a speech ends
TITLE_ENDINGS = (
    *SPEECH_GENRES,
    *GREETING_GENRES,
    *REPORT_GENRES,
    *STATEMENT_GENRES,
    "演说",
    "贺信",
    "）",
    ")",
)
# "领导讲话稿3篇", "…讲话（精选5篇）": the title of a page bundling several speeches
COLLECTION_TITLE = re.compile(r"\d{1,2}篇[）)】\]]?$|汇编|合集|范文大全")
# "领导讲话", "范文大全", "讲话致辞", "会议发言材料": a site's column (its menu, its
# breadcrumb's last step) alone on a line: words of the column's vocabulary and no
# occasion, no place, no speaker; "讲话稿" or "政府工作报告" alone stay generic titles
COLUMN_NAME = re.compile(
    r"^(?!(?:讲话|致辞|发言|报告|讲话稿)$)"
    r"(?:领导|会议|公文|党政|党建|优秀|精选|热门|最新|经典|常用|实用|其他|综合|"
    r"重要|各类|各种|ZF|政府)*"
    r"(?:讲话|致辞|发言|演讲|主持词|范文|大全|材料|稿|写作|汇报|发言稿|讲话稿|演讲稿|致辞稿)+$"
)
_ENDS_TITLE = "|".join(re.escape(ending) for ending in TITLE_ENDINGS)


@dataclass(frozen=True)
class Evidence(Rule):
    """A rule of the genre and what it says of a line as a title: its weight."""

    weight: int = 0


TITLE_EVIDENCE = (
    Evidence(
        "speech-genre word",
        "全县冬春水利建设会议讲话",
        TITLE_GENRE.pattern,
        3,
    ),
    Evidence(
        "names the speech",
        "在全县冬春水利建设会议上的讲话",
        rf"{OCCASION_AT.pattern}|(?:{_ENDS_TITLE})$",
        1,
    ),
    Evidence("a title's length", "全县冬春水利建设会议讲话", r"^.{8}", 1),
    Evidence("collection of speeches", "领导讲话稿3篇", COLLECTION_TITLE.pattern, -2),
    Evidence(
        "a site's column name alone",
        "领导讲话",
        COLUMN_NAME.pattern,
        -6,
    ),
    Evidence(
        "a sentence with its clauses",
        "请输入检索词，词间用空格隔开。",
        r"[，,].*[。！!]$",
        -3,
    ),
    Evidence(
        "a speech's opening sentence, cut off by the site",
        "很高兴出席今天的全县秋季防火工作会议，借此机会讲几点意见",
        r"^(?:今天|今年|很高兴|非常高兴|十分高兴|我们|我|借此|首先|刚才|同志们|大家好)"
        r"[^，,。]{0,40}[，,]",
        -6,
    ),
    Evidence(
        "an occasion opening a sentence",
        "在全县秋季防火工作会议上，县长强调要压实责任",
        r"^在[^，,。]{2,40}(?:上|时|之际|期间)[，,]",
        -6,
    ),
    Evidence(
        "a sentence's full stop",
        "市长某某今天出席就职典礼并发表就职演说。",
        r"。$",
        -3,
    ),
    Evidence(
        "counter or rating",
        "本文推荐度: 75 %",
        r"[:：][ \u3000]*[\d,.]+[ \u3000]*(?:%|次|人|条|万)?(?:$|[ \u3000|｜])",
        -3,
    ),
    Evidence(
        "navigation and tools",
        "打印 上一篇 下一篇",
        r"首页|[上下]一(?:篇|页|主题|条|章|期)|找回密码|复制链接|跳转|打印|列印|"
        r"(?:微信|微博|QQ|Facebook|line|twitter)分享|转换到|繁體|简体中文",
        -3,
    ),
    Evidence(
        "a reporter's byline",
        "记者陈某某/台北报导",
        r"^(?:本报|本台)?记者[\u4e00-\u9fff]{2,4}[ \u3000]*[/／]|"
        r"[/／][\u4e00-\u9fff]{2,4}(?:报导|报道)$",
        -6,
    ),
    Evidence(
        "a page's stamp: its date and the fields after it",
        "2024-05-06   来源：本站记者站   浏览数：",
        r"^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \u3000]+"
        r".{0,30}(?:来源|作者|浏览|阅读|点击|编辑)",
        -6,
    ),
    Evidence(
        "a site's name and the page's date",
        "新华网 2024-05-10",
        # a site or paper by its suffix ("新闻联播 2012年07月26日" is a programme's title)
        r"^[\u4e00-\u9fffA-Za-z]{1,10}(?:网|网站|日报|晚报|报|客户端|在线)[ \u3000]+"
        r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
        r"(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?$",
        -6,
    ),
    Evidence("clock time", "2023-05-06 10:20 来源：某某网", r"\d{1,2}:\d{2}", -3),
    Evidence(
        "cut off by the site",
        "市长：未来五年，要在营商环境、城乡建设…",
        r"(?:(?<!…)…|\.{3,6}|。。。)$",  # "……" is the writer's
        -3,
    ),
    Evidence(
        "announces the text",
        "某社某地4月4日电 总理4日会见华侨代表并发表讲话，全文如下",
        # "以下为行政长官今日出席…的致辞全文：": a press release's line over it
        r"全文如下|原文如下|全文(?:为|是)(?:[:：]|$)|全文[:：]$|^以下(?:为|是)|"
        # "总统致词内容为：": a press release naming what the speech said
        + genre_words(SPOKEN_GENRES)
        + r"内容(?:为|是|如下)[:：]?$",
        -4,
    ),
    Evidence(
        "a wire's dateline or a report quoting the wire",
        "据新华社报道 某国总统某某9日在红场举行的阅兵式上发表讲话。",
        r"^据[\u4e00-\u9fff]{2,12}(?:报道|消息)|^(?:新华社|中新社)[\u4e00-\u9fff]{0,10}?"
        r"(?:\d{1,2}月\d{1,2}日)?电",
        -6,
    ),
    Evidence(
        "issue of a periodical",
        "《某某文摘》 2011年 第05期",
        r"《[^》]{2,30}》.{0,12}第[0-9０-９]{1,3}期|(?:19|20)\d{2}年第[0-9０-９]{1,3}期",
        -6,
    ),
    Evidence(
        "row of fields",
        "索引号 | /2024-0009 | 目录: | 报告",
        r"[|｜].*[|｜]|[:：][ \u3000]*[|｜]",
        -6,
    ),
)
_WEIGHED = tuple((re.compile(rule.pattern), rule.weight) for rule in TITLE_EVIDENCE)


def weigh_title(form: str) -> int:
    """Return what the rules of the genre say of a line as a title (its simplified
    form): the sum of the weights of the rules it matches."""
    return sum(weight for pattern, weight in _WEIGHED if pattern.search(form))
