"""Find where the speech begins: its salutation, an announced full text, a dateline,
the first paragraph under the head, or a collection's first item.

What belongs here: the reading of the head (titles, repeated titles, previews,
reports over a speech, speaker turns) that decides the speech's first line.
"""

from __future__ import annotations

import re

from .captions import CAPTION_LEAD, FIRST_PERSON, SENTENCE_END
from .chrome import LEAD, LEAD_WITHIN, chrome_or_meta
from .line_kinds import (
    DATELINE,
    DELIVERED_GENRES,
    HEAD_TITLE_END,
    OFFICES,
    PARAGRAPH_PUNCTUATION,
    REPORT_GENRES,
    SALUTATION_INSIDE,
    SCRIPT_GENRES,
    SPEECH_GENRES,
    SPOKEN_GENRES,
    STATEMENT_GENRES,
    genre_words,
    is_paragraph,
)
from .names import opens_with_surname
from .run_on import INLINE_FULL_TEXT_HEADING
from .salutation import (
    OWN_LINE_SALUTATION_MAX_CHARS,
    SALUTATION,
    offset_with_pinyin,
    salutation_offset,
)
from .script import matching_form, to_simplified
from .sections import opens_on_subhead, part_label

_SPOKEN = genre_words(SPOKEN_GENRES)

# "全文如下：", "现将讲话全文刊发如下：": a news story announces the speech that follows.
FULL_TEXT_FOLLOWS = re.compile(
    r"(?:全文(?:刊发|刊登|发布|播发|公布|转发|摘登)?如下|原文如下|全文(?:为|是)|"
    r"现(?:将|把)[^。！？：:]{0,20}(?:刊发|刊登|发布|公布|印发|摘登)如下|"
    # "以下为行政长官今日出席…的致辞全文：": a press release's line over the speech
    + _SPOKEN
    + r"全文"
    r"(?:[（(][^（）()]{1,8}[）)])?(?=[：:][ \u3000]*$)|"
    # "以下为局长今日出席…典礼的致辞全文：侯主席、各位嘉宾：…": the release run on
    # "以下是行政长官今日发表的农历新年贺辞全文：" (贺辞, 献辞: Hong Kong's words)
    r"^以下(?:为|是)[^。！？：:]{2,120}?" + _SPOKEN + r"全文"
    r"(?:[（(][^（）()]{1,8}[）)])?(?=[：:])|"
    # "以下是行政长官11月28日就…发表的声明：": a press release's line over what was
    # said, on a line of its own
    r"^以下(?:为|是)[^。！？：:]{2,160}?(?:发表|所作|作出?)的"
    + genre_words(SPOKEN_GENRES, STATEMENT_GENRES)
    + r"(?:全文)?(?=[：:][ \u3000]*$)|"
    # "…发表元旦谈话，全文约三千字。 以下是某某的元旦谈话全文： 各位市民：…": a
    # report's run-on paragraph announcing the speech after its own sentences (2.11)
    r"(?<=[。！？])[ \u3000]?以下(?:为|是)[^。！？：:]{2,80}?"
    + genre_words(SPOKEN_GENRES, ("谈话",))
    + r"全文(?=[：:])|"
    # "以下是原文，演讲全文仅535字：", "以下为演讲原文：": a blog post over the speech
    # it quotes, on a line of its own (2.16)
    r"^以下(?:为|是)[^。！？：:，,]{0,8}原文(?:[，,][^。！？：:]{0,30})?(?=[：:][ \u3000]*$)|"
    # "讲话摘要如下：", "讲话要点如下：": a wire's lead over the parts it prints;
    # "报告要点如下：" over a work report's (2.19)
    + genre_words(SPOKEN_GENRES, REPORT_GENRES)
    + r"(?:摘要|要点|摘编|摘登|节选)如下|"
    # "总统致词内容为：": a press release naming what the speech said
    + _SPOKEN
    + r"内容(?:为|是|如下)(?=[：:])|"
    # "兹简录新任乡长致词内容；": a township's release quoting the speech in part
    r"(?:兹|现)(?:简录|摘录|节录|摘要|简要刊登)[^。！？：:；;]{0,20}"
    + _SPOKEN
    + r"(?:内容|全文|要点)?(?=[；;：:]))[：:。；;]"
)

# "报告要点如下：", "讲话节选如下：": a wire prints parts of the text, under their own
# headings, and never the text's own head again (2.19)
EXCERPT_FOLLOWS = re.compile(r"(?:摘要|要点|摘编|摘登|节选)如下")

# "…并发表讲话。" + "全文如下：" further down: a news lead reporting the speech
# announces its full text within this many lines, past the site's interface text
ANNOUNCED_AFTER_LEAD_LINES = 20

# "全文为：各位来宾、女士们 ...": a search result's preview of the announced text,
# cut by the site; the speech is announced again where the page prints it
CUT_PREVIEW = re.compile(r"(?:…{1,2}|\.{3,6}|。{3})$")

# "同心同行" / "——在会见…时的讲话" / "国务院总理　某某" / "（2015年5月4日，某地）"
# / "同胞们，朋友们：": the speech's own head under the announcement, over its
# salutation
ANNOUNCED_HEAD_LINES = 6
# A blogger's own paragraphs over the announcement of the speech the post quotes
ANNOUNCED_AFTER_POST_LINES = 4

ANNOUNCED_HEAD_MAX_CHARS = 60

# "中国人民解放军全体指战员同志们！": the people addressed, a line of their own over
# another line of the salutation
ADDRESSEE_LINE = re.compile(r"^[^。？！?，,：:\s]{2,30}们[！!：:]$")

# "[提要] 尊敬的某某主席，女士们、先生们：今晚…": a news page's summary label over
# the speech's own opening, the salutation right after it
LABELLED_OPENING = re.compile(
    r"^[【\[](?:提要|摘要|导语|内容提要)[】\]][ \u3000]*"
    r"(?=尊敬的|亲爱的|敬爱的|各位|同志们|女士们|先生们|朋友们)"
)

# "在庆祝某某节招待会上的致辞", "【某某卸任交接 致词全文】": the heading a news page
# prints over the full text of a speech it has reported on
SPEECH_HEADING = re.compile(
    r"^[【\[]?[^。！？!?，,]{2,50}?"
    + genre_words(SPOKEN_GENRES, SCRIPT_GENRES)
    + r"(?:全文|稿)?[】\]]?$"
)

# "某某某：" alone on its line, under a report naming him: whose words follow
NAME_LABEL_LINE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})[：:]$")

# "镇长王某某：" alone over a paragraph: a compilation's label of whose words follow
SPEAKER_LABEL_LINE = re.compile(
    rf"^[\u4e00-\u9fff、]{{0,16}}{OFFICES}[ \u3000]?[\u4e00-\u9fff]{{2,4}}[：:]$"
)

# A poster's note or a news lead may stand before the speech's title and salutation:
# the salutation is looked for this many lines past the first paragraph.
SALUTATION_LOOKAHEAD = 3

# A poster may tell the story of the speech in paragraphs of their own before it, and
# end by saying the words follow: "现将当时说的话，整理于此。", "讲话内容如下："
STORY_GIVES_TEXT = re.compile(
    r"(?:整理|记录|摘录|抄录|转录|附|贴)(?:于|在|到)?(?:此|这里|下面|后面|下)[。：:！!]?$|"
    r"如下[。：:]?$"
)

STORY_MAX_LINES = 12

# "…县委书记李建国出席会议并讲话。": a paragraph that reports a speech, in the third
# person, is a news lead, not the speech's own first paragraph
REPORTS_A_SPEECH = re.compile(r"讲话|致辞|致词|发言|作报告|发表")

# "【记者某某/台北报导】在…": a newspaper's reporter tag opening a paragraph (2.10)
# marks the paragraph as the paper's report, whatever it says the speaker did; a
# "…全文为：" under it announces the speech it reports
REPORTER_TAG = re.compile(
    r"^[【\[（(](?:本报)?(?:特派)?记者[ \u3000]*"
    # "【记者手记】", "【记者观察】": a column's label, not a reporter's name
    r"(?!手记|观察|调查|札记|来信|述评|随笔|日记)[\u4e00-\u9fff·]{2,8}"
    r"(?:[/／、 \u3000][\u4e00-\u9fff]{2,6})?(?:报导|报道|电|讯)?[】\]）)]"
)

NEWS_LEDE_LINES = 10

# "…9日在红场举行的阅兵式上发表讲话，强调…": a lead reporting the speech as given
LEAD_REPORTS_SPEECH = re.compile(
    r"\d{1,2}日[^。！？]{0,40}?(?:发表|作)了?[\u4e00-\u9fff]{0,8}?"
    + genre_words(DELIVERED_GENRES)
)

# "某某说，", "某某强调：": a story reporting what was said, not the speech's words
REPORTED_WORDS = re.compile(r"(?:说|指出|强调|表示|认为|提出|宣布)[，,：:]")

# "某国总统在胜利日阅兵式上的讲话": a headline naming a speech
SPEECH_HEADLINE = re.compile(_SPOKEN + r"(?:全文|稿)?[）)]?$")

# "校长毕业典礼讲话稿 篇1", "【篇一】", "第一篇：…": the heading of a collection's first
# item; what stands above it (headline, stamp, the site's blurb) is the page's
FIRST_ITEM_HEADING = re.compile(
    r"^(?:[^。！？!?；;]{2,60}?[ \u3000]*)?[【\[]?"
    r"(?:篇[一1]|第[一1]篇|(?:范文|范例|例文|材料|文章|模板)[一1])"
    r"[】\]]?[:：]?$"
)

# the first item's heading is looked for this many lines past where the speech
# seemed to start
FIRST_ITEM_LOOKAHEAD = 3

# "【某某网讯】", "【本报讯】", "【新闻局】": a news page's source tag in brackets,
# opening its article; the headline, stamp and summary printed above it are the page's
# "【ABC新闻台】", "【某某电视台】", "【某某卫视】" (2.12): a broadcaster's channel tag,
# the same mark (read simplified)
NEWS_SOURCE_TAG = re.compile(
    r"^[【\[［](?:[\u4e00-\u9fff]{1,10}讯|新闻局|新闻处|新闻办(?:公室)?|"
    r"[A-Za-z0-9\u4e00-\u9fff]{1,10}(?:新闻台|电视台|广播电台|电台|卫视|新闻频道))"
    r"[】\]］][ \u3000]*"
)

# the tag is looked for this near the top, under at most this many paragraphs
NEWS_TAG_LINES = 12

NEWS_TAG_MAX_PARAGRAPHS = 2

# What says where a speech starts, from the strongest evidence to none
START_ANNOUNCED = "announced"  # "全文如下："

START_SALUTATION = "salutation"  # "同志们："

START_DATELINE = "dateline"  # "新华社北京3月6日电"

START_PARAGRAPH = "paragraph"  # the first paragraph of running text after the head

START_ITEM = "item"  # under "…讲话稿 篇1", a collection's first item heading

START_NONE = "none"

# "（一九四〇年二月九日）" alone on its line under a title: the text follows it
DOCUMENT_DATE_LINE = re.compile(
    r"^[（(](?:(?:19|20)\d{2}|[一二三四五六七八九〇零○]{4})年[^（）()]{0,20}[）)][?？]?$"
)

DOCUMENT_DATE_WITHIN = 6

BYLINE_NAME_MAX_CHARS = 30

BYLINE_PUNCTUATION = re.compile(r"[，,。！？!?；;：:、]")

# "王主任：这个项目什么时候开工？": a speaker's turn in a transcript of a talk; the
# turns above the first long one are the talk's too, however short
SPEAKER_TURN = re.compile(
    r"^(?P<speaker>[\u4e00-\u9fff]{2,4}|问|答)[：:](?=[^\s：:])[^：:]*[。！？!?…）)”]$"
)

# "小林：我是小林" (2.10): a presenter of a script introducing herself under her own
# name, the script's first turns, whatever they end on
SELF_INTRODUCTION_TURN = re.compile(
    r"^(?P<speaker>[\u4e00-\u9fff]{2,4})[：:][ \u3000]*我(?:是|叫)"
    r"(?:主持人)?(?P=speaker)[。！!，,]?$"
)

# "：我是小刚" / "：今天是个好日子。": a turn whose presenter's name the page lost, next
# to named turns of the same script
UNNAMED_TURN = re.compile(r"^[：:][ \u3000]*(?=[^\s：:])")

# "男：尊敬的各位领导、各位来宾", "合：大家晚上好！": a line of a host's script for
# two or more presenters, whatever it ends on
# "（女）：辞旧迎新…", "(男)大家好", "女主持：…", "主持人甲：…": the same turns with the
# presenter's label in brackets or naming the presenter's part
_PRESENTER = r"(?:男|女|合|齐|甲|乙|丙|丁|男女合?|[男女]?主持人?[甲乙丙丁AB12]?|[男女][12一二]|[ABCD]|AB)"

PRESENTER_TURN = re.compile(
    rf"^(?:{_PRESENTER}[：:]|[（(]{_PRESENTER}[）)][：:]?)(?=\S)"
)

# "Ladies and gentlemen,", "Distinguished guests, ladies and gentlemen,", "My fellow
# Singaporeans, good evening.", "Mr Speaker, Sir,": an English speech's people addressed
# at its start (also said, in English, before a Chinese speech's own salutation)
ENGLISH_SALUTATION = re.compile(
    r"^(?:(?:Your|Their) Excellenc(?:y|ies)|Excellenc(?:y|ies)|Distinguished guests|"
    r"(?:Dear )?[Ll]adies and [Gg]entlemen|Dear (?:friends|colleagues|students|guests)|"
    r"My (?:dear )?fellow [A-Z]?[a-z]+|Good (?:morning|afternoon|evening)|"
    r"(?:Mr|Madam) (?:Speaker|President|Chairman|Chair|Chief Justice)\b)"
    r"[^。，：\n]{0,200}[,:!.]?$"
)

# "（女）", "甲：" alone on a line over the presenter's words
PRESENTER_ALONE = re.compile(rf"^(?:{_PRESENTER}[：:]|[（(]{_PRESENTER}[）)][：:]?)$")

# "开场白", "第一篇章", "序幕": the label of a script's first part, on its own line
# over the presenters' first turn
SCRIPT_PART_LABEL = re.compile(
    r"^(?:开场白|开场词|开场|开幕词|序幕|序曲|引子|"
    r"第[一二三四五六七八九十]{1,2}(?:篇章|部分|幕|章|场))[:：]?$"
)

# field labels a page prints the same way ("来源：某某网。"): no speaker's name
NOT_A_SPEAKER = re.compile(
    r"来源|作者|时间|日期|标题|题目|摘要|简介|关键|编辑|地址|电话|邮箱|备注|说明|"
    r"提示|声明|导语|导读|注释|附件|链接|网址|栏目|分类|标签"
)

# "摘　要：今天召开…": a journal's abstract label over the speech's opening
# words, which its page prints as the abstract
ABSTRACT_LABEL = re.compile(
    r"^[【\[]?(?:内容)?摘[ \u3000]*要[】\]]?[ \u3000]*[:：]?[ \u3000]*(?=\S)"
)

# "一、提高认识…" at the very start: a speech may open with its first heading.
OPENING_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
)

# A blurb's label alone on its line ("内容简介：") introduces the blurb on the next.
BLURB_LABEL_LINE = re.compile(
    r"^[【\[]?(?:导语|导读|内容提要|内容简介|内容摘要|文档简介|摘要|简介)[】\]]?[:：]?$"
)

# "本篇是某县长在…的讲话稿，分四个部分…": a site describing the document it holds.
# A speaker never calls the speech "本文"; only read before the speech begins.
DOCUMENT_ABOUT = re.compile(
    # "摘要：本文记述了某某在…开幕式上的讲话": an archive record's abstract of it
    r"^(?:(?:摘要|内容提要|内容简介|简介)[:：][ \u3000]*)?"
    r"(?:本文|本篇|本讲话|本讲稿|本材料|本文档|该文|此文|这篇(?:讲话|文章|范文))"
    r"(?:是|为|系|围绕|从|就|共|主要|回顾|介绍|结合|根据|稿|记述|记录|讲述|叙述|收录)|"
    r"全文(?:约|共)\d{3,6}字"
)

DOCUMENT_ABOUT_WITHIN = 60

# "这是某某在某会议上的讲话的一部分。", "这是某某为中央起草的党内指示。": an edition's
# headnote over a text of collected works, naming who spoke where; a speaker never opens
# so (he says "这是一次…"), so it is read before the speech, not as its first words
# ("这是某某一九五〇年六月六日在…上的口头报告。": the day may stand before 在)
HEADNOTE_DAY = r"(?:[一二三四五六七八九〇零○\d]{4}年[一二三四五六七八九十\d]{1,3}月(?:[一二三四五六七八九十\d]{1,3}日)?)?"
# "这是习近平总书记…", "这是某某同志…": the name's office or address in the note
HEADNOTE_OFFICE = r"(?:同志|总书记|主席|委员长|总理|副主席|副总理)?"

EDITORS_HEADNOTE = re.compile(
    rf"^这是[\u4e00-\u9fff]{{2,4}}?{HEADNOTE_OFFICE}{HEADNOTE_DAY}(?:在|为|同|对|给|致)"
    r"[^。！？\n]{2,80}?"
    + genre_words(
        SPEECH_GENRES,
        REPORT_GENRES,
        STATEMENT_GENRES,
        DELIVERED_GENRES,
        # the other pieces a collected works prints under a headnote
        ("结论", "总结", "指示", "批语", "通知", "电报", "信", "提纲"),
    )
    + r"(?:的(?:一部分|节录|摘录|要点|主要部分|一节))?。"
)

# "这是县长某某用于全县…会议上发言的讲话稿。", "这是作者在…上的发言整理稿": a
# site's or an editor's note on the draft it holds, a speaker or his office of any
# length before it (2.20); the speech never calls itself a 稿 before it begins
DRAFT_NOTE = re.compile(
    r"^这是[^。！？!?\n]{2,40}?(?:在|用于|于|为)[^。！？!?\n]{2,80}?"
    r"(?:讲话|发言|致辞|演讲|报告|汇报|党课)的?[\u4e00-\u9fff]{0,4}?(?:稿|材料)"
)

# "【编者按】这是某某同志在…上的讲话。": an editor's label before the headnote
HEADNOTE_LABEL = re.compile(
    r"^[【\[]?(?:编者按|编者的话|编者注|导读|导语|题注|核心提示)[】\]]?[:：]?[ \u3000]*"
)

# "【提纲】一、…": a site's outline of the speech, its headings one a line under it
OUTLINE_LABEL = re.compile(r"^[【\[](?:提纲|内容提要|要点)[】\]]")

# "目录" over a table of contents that repeats the headings before the text
CONTENTS_LABEL = re.compile(r"^[【\[]?目\s?录[】\]]?[:：]?$")


def find_body_start(lines: list[str]) -> tuple[int, int]:
    """Return (line, offset) where the speech begins."""
    index, offset, _ = find_body_start_with_evidence(lines)
    return index, offset


def find_body_start_with_evidence(lines: list[str]) -> tuple[int, int, str]:
    """Return (line, offset) where the speech begins, and the evidence for it.

    In order of evidence: "全文如下：", a salutation before any paragraph of running
    text ("同志们：", also glued to a title and byline in run-on text), a news dateline
    near the top, and else the first paragraph of running text.
    """
    lines = [to_simplified(line) for line in lines]  # same lengths, same offsets
    tagged = _start_after_source_tag(lines)
    if tagged is not None:
        return tagged
    index, offset, evidence = _start_with_evidence(lines)
    if evidence != START_ANNOUNCED:
        item = _first_item_heading(lines, index)
        if item is not None:
            return item + 1, 0, START_ITEM
    return index, offset, evidence


def _start_after_source_tag(lines: list[str]) -> tuple[int, int, str] | None:
    """Return where the speech starts under a news page's source tag ("【某某网讯】"),
    read from the tag on: a summary above it may quote the speech's opening."""
    paragraphs = 0
    for index, line in enumerate(lines[:NEWS_TAG_LINES]):
        tag = NEWS_SOURCE_TAG.match(line)
        if tag:
            rest = line[tag.end() :].strip()
            following = [rest, *lines[index + 1 :]] if rest else lines[index + 1 :]
            if not following:
                return None
            found, offset, evidence = _start_with_evidence(following)
            if evidence == START_NONE:
                return None
            if not rest:
                return index + 1 + found, offset, evidence
            if found == 0:  # "【新闻局】某某发表…贺辞": the tag before the line's words
                offset += len(line) - len(rest)
            return index + found, offset, evidence
        paragraphs += is_paragraph(line)
        if paragraphs > NEWS_TAG_MAX_PARAGRAPHS:
            return None
    return None


def _lead_over_printed_speech(lines: list[str], index: int) -> bool:
    """Tell a wire's lead that reports a speech ("新华社某地5月9日电 某国总统某某9日在…
    发表讲话，强调…。") over the speech itself, printed whole under a headline naming
    it, from a news story: the next paragraph speaks in the first person, reporting
    no one ("今天我们在这里隆重集会，…"), and a head line names the speech."""
    if index + 1 >= len(lines) or not LEAD_REPORTS_SPEECH.search(lines[index]):
        return False
    following = lines[index + 1]
    first_sentence = SENTENCE_END.split(following, maxsplit=1)[0]
    return (
        is_paragraph(following)
        and bool(FIRST_PERSON.search(first_sentence))
        and not REPORTED_WORDS.search(first_sentence)
        and any(SPEECH_HEADLINE.search(matching_form(head)) for head in lines[:index])
    )


def _first_item_heading(lines: list[str], start: int) -> int | None:
    """Return the line of a collection's first item heading a little below where the
    speech seemed to start, when only the site's words stand between them."""
    for index in range(start, min(len(lines) - 1, start + FIRST_ITEM_LOOKAHEAD + 1)):
        if FIRST_ITEM_HEADING.match(lines[index]):
            return index
        if salutation_offset(lines[index]) is not None:
            return None  # the speech has begun: a later "篇一" is its own
    return None


def _start_with_evidence(lines: list[str]) -> tuple[int, int, str]:
    window = _head_window(lines)
    announced = _announced_start(lines, window)
    if announced is not None:
        return *announced, START_ANNOUNCED
    for index in window:
        if ENGLISH_SALUTATION.match(lines[index]):
            return index, 0, START_SALUTATION  # an English speech, or its greeting
        turn = PRESENTER_TURN.match(lines[index])
        if turn and salutation_offset(lines[index][turn.end() :]) == 0:
            # "甲：尊敬的各位领导，": a host's script, from its first part's label
            return _first_turn(lines, index), 0, START_SALUTATION
        offset = salutation_offset(lines[index])
        if offset is not None:
            while not offset and index and ADDRESSEE_LINE.match(lines[index - 1]):
                index -= 1  # "全体指战员同志们！" over "全国同胞们，朋友们！"
            if not offset and index and PRESENTER_ALONE.match(lines[index - 1]):
                index -= 1  # "（女）" alone over her first words: the script's turn
            return index, offset, START_SALUTATION
    after_preface = _salutation_after_preface(lines, window)
    if after_preface is None:
        after_preface = _salutation_under_report(lines, window)
    if after_preface is not None:
        return after_preface, 0, START_SALUTATION
    under_caption = _salutation_under_caption(lines, window)
    if under_caption is not None:
        return *under_caption, START_SALUTATION
    for index, line in enumerate(lines[:NEWS_LEDE_LINES]):
        if DATELINE.match(line) and is_paragraph(line):
            if _lead_over_printed_speech(lines, index):
                return index + 1, 0, START_DATELINE  # the speech under its wire's lead
            return index, 0, START_DATELINE
    for index in _head_indexes(lines):
        if is_paragraph(lines[index]) or OPENING_HEADING.match(lines[index]):
            if _report_over_named_turn(lines, index):
                return index + 2, 0, START_PARAGRAPH  # the report, "某某：", the words
            if index and SPEAKER_LABEL_LINE.match(lines[index - 1]):
                return index - 1, 0, START_PARAGRAPH  # "镇长王某某：" over the words
            return _first_turn(lines, index), 0, START_PARAGRAPH
        if _after_document_date(lines, index):
            return index, 0, START_PARAGRAPH  # a short text under its title and date
    for index, line in enumerate(lines):
        label = ABSTRACT_LABEL.match(line)
        if label and is_paragraph(line[label.end() :]):
            return index, 0, START_PARAGRAPH  # a journal's page: the abstract is all
    return 0, 0, START_NONE


def _announced_start(lines: list[str], window: list[int]) -> tuple[int, int] | None:
    """Return where a speech its page announces ("全文如下：") starts, or None.

    The announcement stands in the head, or within a few lines under a news lead that
    reports the speech; a search result's cut preview of it ("全文为：各位 ...") is
    passed over. Under it the speech may print its own head (title, subtitle, byline,
    date) over its salutation: the speech starts at the salutation.
    """
    indexes = list(window)
    own_line_only: range = range(0)
    if window and _reports_a_speech(lines[window[-1]]):
        last = window[-1]
        indexes += range(last + 1, min(len(lines), last + ANNOUNCED_AFTER_LEAD_LINES))
    elif window:
        # "有人说，…" / "而我觉得，…" / "以下是原文：": a blogger's words over the
        # speech the post quotes, announced on a line of its own (2.16)
        last = window[-1]
        own_line_only = range(
            last + 1, min(len(lines), last + 1 + ANNOUNCED_AFTER_POST_LINES)
        )
        indexes += own_line_only
    for index in indexes:
        # "以下為某某農(nóng)歷新年賀辭全文：": a traditional page, pinyin and all, read
        # in the form the rules test (2.10)
        form = matching_form(lines[index])
        follows = FULL_TEXT_FOLLOWS.search(form) or INLINE_FULL_TEXT_HEADING.search(
            form
        )
        if not follows:
            continue
        end = offset_with_pinyin(lines[index], follows.end())
        rest = lines[index][end:].strip()
        if rest and index in own_line_only:
            continue
        if rest and CUT_PREVIEW.search(rest) and index != indexes[-1]:
            continue  # a preview: the page prints the speech further down
        if rest:
            return index, end
        start = min(index + 1, len(lines) - 1)
        if EXCERPT_FOLLOWS.search(follows.group()):
            return start, 0  # the excerpt's first line, a part's heading maybe
        return _salutation_under_own_head(lines, start), 0
    return None


def _reports_a_speech(line: str) -> bool:
    """Tell a news lead reporting a speech in the third person from the speech."""
    return (
        is_paragraph(line)
        and bool(
            REPORTS_A_SPEECH.search(matching_form(line)) or REPORTER_TAG.match(line)
        )
        and not FIRST_PERSON.search(matching_form(line))
    )


def _salutation_under_own_head(lines: list[str], start: int) -> int:
    """Return the salutation under a speech's own head (short lines, no sentence)
    printed right after its announcement, else the announced start."""
    for index in range(start, min(len(lines), start + ANNOUNCED_HEAD_LINES)):
        line = lines[index]
        if salutation_offset(line) == 0:
            return index  # the first salutation: the people addressed, then a greeting
        if len(line) > ANNOUNCED_HEAD_MAX_CHARS or PARAGRAPH_PUNCTUATION.search(line):
            # "致辞：某某（…）" / "做自己尊重的人" / "在祝福…": a speech that addresses
            # no one starts at its first paragraph under its own head (2.16)
            return index
    return start


def _report_over_named_turn(lines: list[str], index: int) -> bool:
    """Tell a poster's report of the occasion ("某某宣布大会开幕，全场起立。") over
    the name of the one who speaks ("某某：") alone on its line, then his words."""
    if index + 2 >= len(lines) or FIRST_PERSON.search(lines[index]):
        return False
    label = NAME_LABEL_LINE.match(lines[index + 1])
    return (
        bool(label)
        and opens_with_surname(label["name"])
        and label["name"] in lines[index]
        and is_paragraph(lines[index + 2])
    )


def _first_turn(lines: list[str], index: int) -> int:
    """Return the first turn of a transcript whose first long turn is at ``index``:
    "某某：听说你们村的路修好了？" / "某某：修好了。" / "某某：…" (a long one); a host's
    script starts at its first part's label ("开场白" / "男：…" / "女：…")."""
    if PRESENTER_TURN.match(lines[index]):
        while index > 0 and PRESENTER_TURN.match(lines[index - 1]):
            index -= 1
        if index > 1 and SCRIPT_PART_LABEL.match(lines[index - 1]):
            index -= 1  # the script's first part, under the script's title
        return index
    if not _turn_at(lines, index):
        return index
    while index > 0 and _turn_at(lines, index - 1):
        index -= 1
    return index


def _turn_at(lines: list[str], index: int) -> bool:
    """Tell a turn of a transcript or script, a named one or (next to a named one) one
    whose name the page lost."""
    if _speaker_turn(lines[index]):
        return True
    if not UNNAMED_TURN.match(lines[index]):
        return False
    return any(
        _speaker_turn(lines[near])
        for near in (index - 1, index + 1)
        if 0 <= near < len(lines)
    )


def _speaker_turn(line: str) -> bool:
    turn = SPEAKER_TURN.match(line) or SELF_INTRODUCTION_TURN.match(line)
    return bool(turn) and not NOT_A_SPEAKER.search(turn["speaker"])


def _after_document_date(lines: list[str], index: int) -> bool:
    """Tell the first line of a text printed under its title and its date in brackets
    ("为某校题词" / "（一九八三年十月一日）" / "教育要面向…"), however short it is."""
    if index == 0 or index > DOCUMENT_DATE_WITHIN or _short_byline(lines[index]):
        return False
    before = index - 1
    if before > 0 and _short_byline(lines[before]):
        before -= 1  # "（一九七七年四月八日）" / "某某某" / the text
    return bool(DOCUMENT_DATE_LINE.match(lines[before]))


def _short_byline(line: str) -> bool:
    """Tell a byline ("中华人民共和国主席　某某") from a short text: no punctuation."""
    return (
        len(line) <= BYLINE_NAME_MAX_CHARS
        and not BYLINE_PUNCTUATION.search(line)
        and not DOCUMENT_DATE_LINE.match(line)
    )


def _head_window(lines: list[str]) -> list[int]:
    """Return the indexes of lines up to the first paragraph of running text.

    A site's blurb about the document (under "内容简介：", or "本文是…") and a table
    of contents are not the speech's first paragraph: the window reads past them.
    """
    window = []
    for index in _head_indexes(lines):
        window.append(index)
        if is_paragraph(lines[index]):
            break
    return window


def _salutation_after_preface(lines: list[str], window: list[int]) -> int | None:
    """Return the line of a salutation that follows a preface to the speech.

    A forum poster's note ("自己写的，拿去改改。") or a news lead ("…书记出席会议并
    讲话。") is a paragraph, yet the speech begins after it: at a salutation on a line
    of its own a few lines down, when the speech's title stands between them or the
    paragraph reports the speech in the third person.
    """
    if not window or not is_paragraph(lines[window[-1]]):
        return None
    preface = lines[window[-1]]
    reports = bool(REPORTS_A_SPEECH.search(preface)) and not FIRST_PERSON.search(
        preface
    )
    titled = False
    following = lines[window[-1] + 1 : window[-1] + 1 + SALUTATION_LOOKAHEAD]
    for offset, line in enumerate(following, window[-1] + 1):
        if _own_line_salutation(line):
            return offset if titled or reports else None
        if is_paragraph(line):
            return _salutation_after_story(lines, window[-1])
        titled = titled or bool(HEAD_TITLE_END.search(line))
    return _salutation_after_story(lines, window[-1])


def _salutation_under_caption(
    lines: list[str], window: list[int]
) -> tuple[int, int] | None:
    """Return where the speech starts under a news photo's caption ("…交易会在大连
    举行。图为某会副会长某某某。") when the next line gives the speaker's label and
    his salutation ("某某某：尊敬的…，各位来宾，大家下午好。…", 2.16)."""
    if not window or window[-1] + 1 >= len(lines):
        return None
    caption = matching_form(lines[window[-1]])
    if not CAPTION_LEAD.search(caption) or FIRST_PERSON.search(caption):
        return None
    offset = salutation_offset(lines[window[-1] + 1])
    return (window[-1] + 1, offset) if offset else None


def _salutation_under_report(lines: list[str], window: list[int]) -> int | None:
    """Return the salutation of a speech a news page prints in full under its report
    of it: the speech's heading ("在…招待会上的致辞"), byline and date, then the
    salutation, a few paragraphs below the report's first."""
    if not window or not is_paragraph(lines[window[-1]]):
        return None
    first = window[-1]
    for index in range(first + 1, min(len(lines), first + ANNOUNCED_AFTER_LEAD_LINES)):
        if salutation_offset(lines[index]) is not None:
            return None  # a salutation before any heading: the speech's own words
        if SPEECH_HEADING.match(lines[index]) and index + 1 < len(lines):
            start = _salutation_under_own_head(lines, index + 1)
            return start if salutation_offset(lines[start]) == 0 else None
    return None


def _salutation_after_story(lines: list[str], first: int) -> int | None:
    """Return the line of a salutation under a poster's story of the speech, which
    ends by saying it gives the words below ("现将讲话整理于此。")."""
    last = min(len(lines), first + STORY_MAX_LINES + 1)
    for index in range(first + 1, last):
        line = lines[index]
        if _own_line_salutation(line):
            before = lines[index - 1]
            return index if STORY_GIVES_TEXT.search(before) else None
        if salutation_offset(line) is not None or OPENING_HEADING.match(line):
            return None
    return None


def _own_line_salutation(line: str) -> bool:
    """Tell a salutation on a line of its own, closed by its colon ("同志们：")."""
    return (
        len(line) <= OWN_LINE_SALUTATION_MAX_CHARS
        and line.endswith(("：", ":"))
        and bool(SALUTATION.match(line))
    )


def _head_indexes(lines: list[str]):
    """Yield the indexes of head lines that may hold titles or the speech's start."""
    after_label = in_outline = False
    for index, line in enumerate(lines):
        blurb = after_label and is_paragraph(line)  # the paragraph under "内容简介："
        after_label = bool(BLURB_LABEL_LINE.match(line))
        # "【提纲】一、…。" / "（一）…。" / "二、…。": the outline's headings, up to the
        # title or salutation the speech opens with
        in_outline = bool(OUTLINE_LABEL.match(line)) or (
            in_outline and bool(OPENING_HEADING.match(line))
        )
        if after_label or blurb or in_outline or CONTENTS_LABEL.match(line):
            continue
        if DOCUMENT_ABOUT.search(line[:DOCUMENT_ABOUT_WITHIN]) or chrome_or_meta(line):
            continue
        if EDITORS_HEADNOTE.match(line) or DRAFT_NOTE.match(line):
            continue
        if LEAD.search(matching_form(line[:LEAD_WITHIN])) and not (
            SALUTATION_INSIDE.search(line)  # "…供大家参考。同志们：今天…": a page
            or LABELLED_OPENING.match(line)
        ):
            continue  # "【核心提示】…", "以下是小编为大家收集的…": however long
        yield index


# "（某某某，某大学教授）", "（本报记者 某某）": a note in brackets, the whole line
BRACKETED_NOTE = re.compile(r"^[（(][^（）()]{2,40}[）)]$")


# "第二部分", "下篇：": a part's label alone is short
PART_LABEL_MAX_CHARS = 8


def subhead_over_opening(
    lines: list[str], start: int, offset: int, evidence: str
) -> bool:
    """Tell a talk's first unnumbered subhead printed between its page's title and its
    opening words ("走好开局之路" over "今天很高兴…：") from the title: it stands over
    a numbered run, as later subheads do, and a title stands above it."""
    if evidence != START_PARAGRAPH or offset or start < 2:
        return False
    if chrome_or_meta(lines[start - 1]):
        return False
    if all(chrome_or_meta(line) for line in lines[: start - 1]):
        return False
    # under the title's byline or source ("（某某某，某大学教授）", "来源：…"): a line
    # right under the title could be the title's second line
    above = lines[start - 2]
    if not (chrome_or_meta(above) or BRACKETED_NOTE.match(above)):
        return False
    return opens_on_subhead(lines[start - 1 :])


def part_label_over_opening(lines: list[str], start: int) -> bool:
    """Tell a part's label alone right over the speech's first line ("第一部分" or
    "上篇" over "同志们："), when the next label of its series stands further down:
    the speech starts at the label, its first part (2.19)."""
    first = part_label(lines[start - 1]) if start >= 1 else None
    if first is None or first[1] != 1:
        return False
    for line in lines[start + 1 :]:
        label = part_label(line) if len(line) <= PART_LABEL_MAX_CHARS else None
        if label and label[0] == first[0] and label[1] > 1:
            return True
    return False
