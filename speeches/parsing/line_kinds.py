"""Patterns that say what kind of line a line is, shared by the cleaning stages: a
heading, a salutation inside a line, a title's end, a dateline, a paragraph's
punctuation, Chinese characters; and the genre words every stage reads.

What belongs here: line tests that both the start and the end of the speech (and
the site's chrome) read, and the words of kinds they share (a speech's genre); a
pattern one stage alone reads lives in that stage.
"""

from __future__ import annotations

import re

# A line that opens with an enumerator and holds no full stop is a heading, which
# ends its line even without punctuation.
HEADING_LINE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
    r"第[一二三四五六七八九十]{1,3}|\d{1,2}[.．、]|首先|其次|再次|最后)[^。！？]*$"
)

# "…致辞全文来了！ 【同期】某特区行政长官 某某某": a video's tag for its sound bite
# and the caption after it, printed after a headline
BROADCAST_TAG = re.compile(
    r"(?<=\S)[ \u3000]*[【\[](?:同期|同期声|现场声|现场|解说|画外音|字幕)[】\]].*$"
)

# "…(仅供参考)各位代表：下午好！": a salutation closed by its colon inside a line
SALUTATION_INSIDE = re.compile(
    r"(?:同志们|各位[\u4e00-\u9fff]{2,4}|(?:尊敬|敬爱)的[^。！？]{2,40})[：:]"
)

# The genre words a speech is named by ("在…上的讲话", "…开幕式致辞", "以下是…的贺辞
# 全文："): the base, the four words every rule reads, and the families a rule adds
# by name. A pattern reads them through genre_words().
SPEECH_GENRES = ("讲话", "致辞", "发言", "演讲")
# other spellings and older words for the same: "总统致词", "演说", "讲词", "演辞"
GENRE_SPELLINGS = ("致词", "演说", "讲词", "演辞")
# greetings on an occasion: "新年贺词"; "贺辞", "献词", "献辞" as Hong Kong prints them
GREETING_GENRES = ("贺词", "贺辞", "献词", "献辞")
# a speech in any of its spoken words: what a heading or an announcement names
SPOKEN_GENRES = SPEECH_GENRES + GENRE_SPELLINGS + GREETING_GENRES
# a ceremony's or a banquet's set pieces: "开幕词", "欢迎词", "祝酒辞"; "开会词" and
# "闭会词" as older editions print them
CEREMONY_GENRES = ("开幕词", "闭幕词", "开会词", "闭会词", "欢迎词", "祝酒辞")
# the text written out to be read: "讲稿", "主持词" (or "主持辞")
SCRIPT_GENRES = ("讲稿", "主持词", "主持辞")
# a long address to a meeting or a class: "工作报告", "专题党课"
REPORT_GENRES = ("报告", "党课")
# words said on the record rather than to a hall: "元旦谈话", "关于…的说明", "声明"
STATEMENT_GENRES = ("谈话", "说明", "声明")
# what a news lead says a speaker 发表s or 作s: "发表讲话", "作了演讲" (not 发言:
# no one 发表s a 发言)
DELIVERED_GENRES = ("讲话", "致辞", "演讲", "演说", "讲演")
# a title's genre written rather than said: "…的贺信", "…的讲话提纲"
WRITTEN_GENRES = ("贺信", "提纲")
# every genre a speech's title names it by ("在…上的讲话", "…的说明", "…的贺信")
TITLE_GENRES = (
    SPOKEN_GENRES
    + CEREMONY_GENRES
    + SCRIPT_GENRES
    + REPORT_GENRES
    + STATEMENT_GENRES
    + WRITTEN_GENRES
)


def genre_words(*families: tuple[str, ...]) -> str:
    """Return the families' words as one alternation group, a longer word first."""
    words = dict.fromkeys(word for family in families for word in family)
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# What a run-on head ends with before the salutation: a title ("…的讲话"), or a date
# and byline ("（2019年3月2日）某某某"); "…的讲话材料", a 范文 site's word for a
# speech, ends a title too.
HEAD_TITLE_END = re.compile(
    r"(?:" + genre_words(TITLE_GENRES, ("材料",)) + r"稿?|[）)])"
    # "…院长致辞1", "…开幕词 篇1": the item's number of a page bundling several;
    # "…校长致辞2025篇1" (2.14): the year a 范文 site titles its collection by, before it
    r"(?:[ \u3000]?[\u4e00-\u9fff]{2,4}|[ \u3000]?\d{1,2}|"
    r"[ \u3000]?(?:(?:19|20)\d{2}年?)?(?:篇[一二三四五六七八九十\d]{1,2}|第[一二三四五六七八九十\d]{1,2}篇)|"
    # "…座谈会致辞11篇": a 范文 collection's count of the speeches it holds
    r"(?:范文|精选)?[\d一二三四五六七八九十]{1,3}篇|"
    # "…开学典礼致辞：惟有笃行方致远": the motto a school's speech is titled by
    r"[:：][\u4e00-\u9fff“”]{2,20})?$"
)

# "中共某某省委常委、副省长 王某某同志们：": the speaker's office and name on the
# line of the salutation, a space between them
OFFICES = (
    r"(?:书记|委员|常委|主席|总理|部长|省长|市长|县长|区长|镇长|"
    r"乡长|局长|主任|校长|院长|厅长|司令员|政委|董事长|总经理|理事长|会长|行政长官)"
)
# "王部长", "某某书记", "**部长", "XX主任": an official addressed by surname (or a
# placeholder for the name) and office, in a list closed by a group ("同志们")
ADDRESSED_OFFICIAL = re.compile(
    rf"(?:[\u4e00-\u9fff]{{1,2}}|[*＊]{{1,3}}|[XxＸ×]{{1,3}}){OFFICES}"
)

# "新华社北京3月2日电", "央视网消息（新闻联播）：", "本报讯": a news story's dateline
DATELINE = re.compile(
    r"^(?:(?:新华社|中新社|人民网|央视网|人民日报|光明日报|经济日报|中国日报|本报)"
    r"[\u4e00-\u9fff]{0,10}?(?:\d{1,2}月\d{1,2}日)?电|本报讯|[\u4e00-\u9fff]{2,6}讯|"
    # "中评社某地4月4日电", "新华网某地11月14日电": any agency, its place and day
    r"[\u4e00-\u9fff]{1,6}(?:社|网)[\u4e00-\u9fff]{1,10}?\d{1,2}月\d{1,2}日电|"
    # "新华社一九七八年三月十四日讯" (2.16): an old wire's dateline, the year and
    # the day in Chinese numerals, no place, 讯 for 电
    r"(?:新华社|中新社)(?:[〇○零一二三四五六七八九]{4}年)?"
    r"[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日(?:电|讯)|"
    r"央视网消息 ?[（(]新闻联播[）)])[ \u3000]*[：:]?[ \u3000]*"
)

# A paragraph of running text rather than a headline, byline or date line.
PARAGRAPH_PUNCTUATION = re.compile(r"[。！？；]")

PARAGRAPH_MIN_CHARS = 20

PARAGRAPH_UNPUNCTUATED_MIN_CHARS = 150

# "岁序更替，华章日新值此新年到来之际，我谨代表公司，向全体员工…": a paragraph whose
# stops a site lost still runs on in clauses; a title has a comma or two at most
CLAUSE_COMMA = re.compile(r"[，,]")

CLAUSED_PARAGRAPH_MIN_CHARS = 50

CLAUSED_PARAGRAPH_MIN_COMMAS = 3

# "首先，我代表县委对…表示热烈的祝贺！": a speech's opening sentence, in the first
# person, whatever it ends on (a headline never speaks as 我); a talk's "今天很高兴
# 和大家交流几个问题：" speaks as 我 without saying it, and may announce its points
OPENING_SENTENCE = re.compile(
    r"^(?:首先|今天|在此)?[,，]?(?:请允许我|我(?:谨)?代表|我?(?:很|非常|十分)(?:高兴|荣幸))"
    r"[^。！？!?]{6,}[。！!：:]$"
)

HEAD_DATE_PAREN = re.compile(
    r"[（(](?:(?:19|20)\d{2}|[一二三四五六七八九〇零○]{4})年[^（）()]{2,20}[）)]"
)

# "在全区信访工作联席会议上的讲话": the title of another speech, after the one stored;
# with its date line at most before its own "同志们："
NEXT_SPEECH_TITLE = re.compile(
    r"^[^。！？；，,]{0,30}在[^。！？；，,]{2,50}(?:上|时)?的"
    + genre_words(SPEECH_GENRES, SCRIPT_GENRES)
    + r"(?:稿|提纲)?$"
)

NEXT_TITLE_MAX_CHARS = 80

CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")

# The speech's last sentence ends on a stop or an exclamation before a signature.
FINAL_STOP = re.compile(r"[。！？!?”」』）)]$")


def is_paragraph(line: str) -> bool:
    """Tell running text from a headline, byline or date line."""
    line = BROADCAST_TAG.sub("", line)
    if HEAD_DATE_PAREN.search(line) and not PARAGRAPH_PUNCTUATION.search(line):
        return False
    # "…招商大会在省城开幕！": a headline may end on an exclamation.
    inner = line[:-1] if line.endswith(("！", "!")) else line
    if len(line) >= PARAGRAPH_MIN_CHARS and PARAGRAPH_PUNCTUATION.search(inner):
        return True
    if OPENING_SENTENCE.match(line):
        return True
    if len(line) >= CLAUSED_PARAGRAPH_MIN_CHARS and (
        len(CLAUSE_COMMA.findall(line)) >= CLAUSED_PARAGRAPH_MIN_COMMAS
    ):
        return True
    return len(line) >= PARAGRAPH_UNPUNCTUATED_MIN_CHARS
