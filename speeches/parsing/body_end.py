"""Find where the speech ends and strip what a page prints after it: paywall
prompts, footers, related lists, the next speech's title, trailers, signatures,
endnotes.

What belongs here: the reading of the tail and of the speech's last lines.
"""

from __future__ import annotations

import re

from .chrome import (
    ENDING_CHROME_MAX_CHARS,
    FRAMING_DASHES,
    MEMBERSHIP_AD,
    PAYWALL_PROMPT,
    SHARE_PROMPT,
    chrome_or_meta,
    droppable_chrome,
    ending_chrome,
)
from .line_kinds import (
    CEREMONY_GENRES,
    CJK_CHAR,
    DATELINE,
    FINAL_STOP,
    GREETING_GENRES,
    HEADING_LINE,
    NEXT_SPEECH_TITLE,
    NEXT_TITLE_MAX_CHARS,
    PARAGRAPH_PUNCTUATION,
    REPORT_GENRES,
    SCRIPT_GENRES,
    SPEECH_GENRES,
    STATEMENT_GENRES,
    genre_words,
)
from .names import opens_with_surname
from .salutation import OWN_LINE_SALUTATION_MAX_CHARS, SALUTATION
from .script import to_simplified

MARKDOWN_NOTE = re.compile(r"^\[\^[^\]\s]{1,12}\]:")

# "——试读已结束，付费后可阅读全文——": a trial-reading notice; unlike "剩余3/4内容…"
# it says nothing of what is left, so under a speech that visibly ends (its closing,
# its signature) it cuts nothing
TRIAL_NOTICE = re.compile(r"^[（(【\[]?(?:试读|试看|预览)(?:已?结束|完毕)")

# "展开全文", "展开阅读全文∨": a phone page folds a long article; the rest of it
# follows the button
FOLD_PROMPT = re.compile(
    r"^[（(【\[]?(?:点击)?展开(?:阅读)?全文[】\])）]?[ >»▼∨﹀⌄ˇ↓vV]*$"
)

# "在全县植树造林动员会上的讲话", "校长在秋季开学典礼上的致辞稿": a speech's title as a
# site lists it, a line of its own with no sentence's stop (2.13)
LISTED_SPEECH_TITLE = re.compile(
    r"^[^。！？!?；;，,：:（）()【】]{4,60}"
    + genre_words(
        SPEECH_GENRES, SCRIPT_GENRES, GREETING_GENRES, CEREMONY_GENRES, REPORT_GENRES
    )
    + r"稿?$"
)

TRAILING_TITLES_MAX_LINES = 12

# "英文译文", "English Version", "以上内容由机器翻译生成，仅供参考": a label a page
# prints over (or a notice it prints before) a translation of the speech (2.19)
TRANSLATION_LABEL = re.compile(
    r"^[【\[（(]?(?:英文(?:译文|版|翻译|全文)|英译|译文|参考译文|"
    r"(?:以下|以上)(?:内容|文字|文章)?(?:为|由|是|系)?(?:机器|自动|网页|人工智能)?翻译"
    r".{0,14}|(?:机器|自动)翻译.{0,16}|English(?: Version| Translation| Text)?|"
    r"Translation|Translated by.{0,40})[】\]）)]?[:：]?$",
    re.IGNORECASE,
)

TRANSLATION_LABEL_MAX_CHARS = 40

# A line of a translation into a Latin-script language: mostly Latin letters, at
# most a name or two in Chinese characters
LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÿ]")
LATIN_LINE_MIN_CHARS = 8
LATIN_LINE_SHARE = 0.5
LATIN_LINE_MAX_CJK = 4

# A translation runs to the page's end: two of its lines at least, and no paragraph
# of Chinese speech among the lines after it (a quoted English sentence inside the
# speech is followed by more speech)
TRANSLATION_MIN_LINES = 2
# and, with no label over it, more than a closing's words
TRANSLATION_MIN_CHARS = 120
# a sentence of Chinese this long, over the translation or among its lines, is speech
TRANSLATED_LINE_MIN_CHARS = 16
TRANSLATION_LOOKAHEAD = 60
# English runs two to four times the characters of the Chinese it translates; far
# longer, it is a speech of its own under a Chinese blurb
TRANSLATION_MAX_LENGTH_RATIO = 6

# "…严禁压级 Today the county convened its autumn grain purchase meeting …": a machine's
# English translation a periodical database glued to the speech's last line, even in
# mid-sentence (2.20); it runs on to the end, long and in Latin letters
GLUED_TRANSLATION = re.compile(
    r"(?<=[\u4e00-\u9fff，。；：！？、”）%\d])[ \u3000]*"
    rf"(?P<latin>[A-Z][^\u4e00-\u9fff\n]{{{TRANSLATION_MIN_CHARS - 1},}})$"
)

NEXT_SPEECH_LOOKAHEAD = 2

# Site text inserted between paragraphs: "更多范文请访问…", "本文来源于…，转载请注明";
# the speech may go on after it. (Not a download button: what follows one is more
# often another document's preview than the rest of the speech.)
INSERTED_AD = re.compile(
    r"^[【\[]?(?:(?:本文|文章)来(?:源|自)|更多.{0,8}请(?:访问|关注)|转载请注明)"
)

# "谢谢大家！", "谢谢！", "愿与大家共勉！": the speech's last words
# "谢谢大家！", and its last clause: "我就讲这些，谢谢大家！"
CLOSING_LINE = re.compile(
    r"(?:^|^[^。！？!?]{0,16}[，,])(?:谢谢|感谢)(?:大家|各位|您们)?[!！。.]?$|共勉[。！!]?$"
)

RESUME_LOOKAHEAD = 3

PAYWALL_TAIL_LINES = 12

# Site lines after a closing are few; further down a "谢谢" is the speech's own.
AFTER_CLOSING_MAX_LINES = 8

# After a closing, a sentence of this length is the speech going on (a host's next
# words); the site's lines there are shorter.
SPEECH_AFTER_CLOSING_MIN_CHARS = 24

SPEECH_LINE_MIN_CHARS = 40

# Under the speech's last sentence, a site's short lines that are not sentences:
# "转藏 分享 献花(0) +1", "来自: 某某 > 《讲话稿》 举报/认领", "附件：无", "回复", "沙发"
TRAILING_CHROME_MAX_CHARS = 30

TRAILING_WORD_MAX_CHARS = 6

TRAILING_CHROME_SYMBOL = re.compile(
    r"[\dA-Za-z:：|｜>＞/【】\[\]()（）+#@<]|[ \u3000]\S"
)

CLAUSE_OR_SENTENCE_STOP = re.compile(r"[。！？!?，,；;]")

SPEECH_CJK_SHARE = 0.6

# "《 人民日报 》（ 2019年03月02日 04 版）": the edition a newspaper printed it in
EDITION_TRAILER = re.compile(
    r"《 ?(?P<paper>[\u4e00-\u9fff]{2,10}报(?:海外版)?) ?》 ?[（(] ?"
    r"(?P<y>(?:19|20)\d{2}) ?年 ?(?P<m>\d{1,2}) ?月 ?(?P<d>\d{1,2}) ?日 ?"
    r"(?:第? ?\d{1,3} ?版)? ?[）)]"
)

# "（新华社北京3月2日电）", "（据新华社某地6月4日电…）" at the end of a story
WIRE_TRAILER = re.compile(
    r"[（(] ?据?(?:新华社|人民日报|央视网|中新社|人民网)[^（）()]{0,120}?电[^（）()]{0,100}[）)]$"
)

# "（摘自《某某日报》2001年8月24日）", "（转自《某某》杂志2020年第5期）": where the
# page took the text from, under it -> the paper
REPRINT_TRAILER = re.compile(
    r"[（(] ?(?:摘自|转自|转载自|选自|录自|原载于?) ?《 ?(?P<paper>[^《》（）()]{2,16}) ?》"
    r"(?P<when>[^（）()]{0,30})[）)]$"
)

# "（视频编辑：张三）", "（责任编辑：李四）", "（完）"
EDITOR_TRAILER = re.compile(
    r"[（(](?:视频编辑|责任编辑|编辑|责编|来源)[:：]?[^（）()]{0,30}[）)]$|[（(]完[）)]$"
)

# "（根据录音整理）", "（此件为讲话提纲，讲话时有展开）": an editor's note on the text
EDITORIAL_NOTE = re.compile(
    r"[（(](?:[^（）()]{0,20}(?:录音整理|未经本人审阅|有删节|有删减|标题为编者所加)"
    r"[^（）()]{0,20}|(?:此件|本件|此稿|本稿|此文)[^（）()]{2,40}|"
    # "（这是某某同志同…谈话的一部分。）", "（本文刊载于…《某某》第八期。）":
    # a collection's note on where the text comes from
    r"(?:这是|本文(?:原)?(?:刊载|发表|载)于|原载)[^（）()]{4,160}|"
    # "（本文系2023年1月12日某某在…闭幕会上的讲话）": the note on what the text is
    r"(?:本文|此文|本篇)(?:系|是|为|根据)[^（）()]{4,160}?"
    r"(?:" + genre_words(SPEECH_GENRES, REPORT_GENRES, SCRIPT_GENRES) + r"|整理))"
    r"[ \u3000]*[）)]$"
)

# A signature under a speech: its date, or a role (an office of a body) and a name
# ("2023年12月30日", "二〇二四年二月一日", "某乡党委书记　李某某")
SIGNATURE_PART = re.compile(
    r"^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|"
    r"[一二三四五六七八九〇零○]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|"
    r"[\u4e00-\u9fff、]{1,20}(?:书记|长|主任|委员|代表|主席|会长|经理|总裁)"
    r"[ \u3000]*[\u4e00-\u9fff][\u4e00-\u9fff×Ｘ＊*]{1,3})$"
)

SIGNATURE_MAX_LINES = 3

# "…这是我们的共同责任。（2015年3月9日）": the day a text was finished or revised, in
# brackets after its last sentence or alone under it; a date, no words of the speech
CLOSING_DATE = re.compile(
    r"(?:^|(?<=[。！？!?”…]))[ \u3000]*(?P<date>[（(](?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|"
    r"[一二三四五六七八九〇零○]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
    r"[）)])$"
)

# "某某科技有限公司", "某某县教育局", "某某中学校友会" alone under the last sentence: the
# body that signs, in a signature block over its officer's line ("感谢某某公司", "向某某
# 集团" open on a verb or a preposition: words of the speech)
SIGNATURE_ORGANISATION = re.compile(
    r"^(?!感谢|谢谢|祝|向|为|在|对|和|与|给)[\u4e00-\u9fff（）()]{2,30}(?:有限公司|有限责任公司|公司|集团|委员会|人民政府|"
    r"协会|学会|研究会|联合会|校友会|商会|学校|中学|小学|大学|学院|医院|办公室|"
    r"[^（(]局|[^（(]厅)$"
)

# "总经理：某某某", "校长 某某": an officer's role, a colon or a space, and the name
SIGNATURE_OFFICER = re.compile(
    r"^[\u4e00-\u9fff、]{0,20}(?:经理|总裁|总监|董事长|理事长|校长|院长|局长|厂长|行长|"
    r"书记|主任|主席|会长)[ \u3000]*[:：][ \u3000]*"
    r"[\u4e00-\u9fff][\u4e00-\u9fff×Ｘ＊*]{1,3}$"
)

# "某某某 校长 (中)": the name, the role and, on a page with the photo, the place in
# it ("(中)", "（左二）"), signed under the last sentence
SIGNATURE_NAME_ROLE = re.compile(
    r"^[\u4e00-\u9fff]{2,4}[ \u3000]+[\u4e00-\u9fff]{0,10}(?:经理|总裁|董事长|理事长|"
    r"校长|院长|局长|厂长|行长|书记|主任|主席|会长)"
    r"(?P<place>[ \u3000]*[（(][左中右前后][一二三四五六七八九]?[）)])?$"
)

# A poem or couplet the speaker recites ends a speech without a stop: lines of verse
# are short and unpunctuated ("春风又绿江南岸" / "明月何时照我还"), a few in a row.
VERSE_LINE = re.compile(r"^[\u4e00-\u9fff \u3000]{4,24}$")

VERSE_MIN_LINES = 4

# A name alone under a recited poem: the speaker signs it ("某某某", 2 to 4 characters)
BARE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")

# "（作者系某县县委书记）", "（作者单位：某市委党校）": who wrote or gave it
AUTHOR_NOTE = re.compile(
    r"(?:[（(]|^注[:：][ \u3000]*)作者(?:系|为|是|单位[:：])(?P<role>[^（）()，,。]{2,40})"
    # "注：作者为某某基金会首席代表，本文是…" (2.16): an editor's note, no brackets
    r"(?:[）)]$|(?<=[^（）()，,。]{2})[，,。](?=.*(?:本文|此文|"
    + genre_words(SPEECH_GENRES)
    + r")))"
)

# "※这是某某总书记2020年10月29日在…全体会议上的讲话。": a journal's footnote on
# what the text is, keyed to the ※ after its title; a line of its own under the text
SOURCE_FOOTNOTE = re.compile(
    r"^[※＊*][ \u3000]*(?P<note>(?:这是|本文(?:是|系|为))[^※\n]{4,160}?"
    + genre_words(SPEECH_GENRES, REPORT_GENRES, SCRIPT_GENRES, STATEMENT_GENRES)
    + r"(?:的(?:一部分|节录|摘录|要点|主要部分|一节))?[。.]?)$"
)

TRAILERS = (
    SOURCE_FOOTNOTE,
    EDITION_TRAILER,
    WIRE_TRAILER,
    REPRINT_TRAILER,
    EDITOR_TRAILER,
    EDITORIAL_NOTE,
    AUTHOR_NOTE,
)

# "…再上新台阶※某某某今年以来，…": a journal's title and author run into the text
AUTHOR_MARK_RUN_ON = re.compile(
    r"^[^。！？※]{4,80}※[\u4e00-\u9fff]{3}(?=[\u4e00-\u9fff\d])"
)

# "[1] 指某某会议的决议。": an encyclopedia's or a blog's note under the text, numbered
# in square brackets (its references in the words are gone, `normalise.py`)
BRACKETED_NOTE = re.compile(r"^\[\d{1,3}\][ \t\u3000]*\S")

# Notes printed after a text: "① 见《某某文集》，第12页。", under "注释" or "注："
ENDNOTE_LINE = re.compile(
    r"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|" + MARKDOWN_NOTE.pattern + "|" + BRACKETED_NOTE.pattern
)

ENDNOTE_MARK = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")

NOTES_HEADING = re.compile(r"^(?:注释|注|注解)[:：]?$")


def find_body_end(lines: list[str], start: int) -> tuple[int, bool, set[int]]:
    """Return the index after the speech's last line, whether a paywall cut it, and
    the lines a site inserted inside the speech.

    An ad such as "更多范文请访问…" or "本文来源于…，转载请注明" ends the speech only
    when no more of it follows; between two paragraphs of the speech it is dropped.
    """
    lines = [to_simplified(line) for line in lines]
    inserted: set[int] = set()
    chinese_speech_chars, counted = 0, start
    for index in range(start, len(lines)):
        line = lines[index]
        if index > start and ending_chrome(line):
            if _inserted_chrome(line) and _speech_resumes(lines, index):
                inserted.add(index)
                continue
            return index, paywall_prompt(line), inserted
        if index > start and next_speech_starts(lines, index):
            return index, False, inserted
        if index > start and _may_open_translation(line):
            # the Chinese speech over it, counted only where a translation may start
            for above in lines[counted:index]:
                if speech_like(above, TRANSLATED_LINE_MIN_CHARS):
                    chinese_speech_chars += len(above)
            counted = index
            if chinese_speech_chars and translation_starts(
                lines, index, chinese_speech_chars
            ):
                return index, False, inserted
    return len(lines), False, inserted


def latin_line(line: str) -> bool:
    """Tell a line in a Latin-script language (a translation's) from Chinese text."""
    if len(line) < LATIN_LINE_MIN_CHARS or CJK_CHAR.match(line):
        return False
    return len(LATIN_LETTER.findall(line)) >= LATIN_LINE_SHARE * len(line) and (
        len(CJK_CHAR.findall(line)) <= LATIN_LINE_MAX_CJK
    )


def _may_open_translation(line: str) -> bool:
    """Tell a line that may open a translation: a label over one, or Latin letters."""
    return latin_line(line) or (
        len(line) <= TRANSLATION_LABEL_MAX_CHARS and bool(TRANSLATION_LABEL.match(line))
    )


def translation_starts(lines: list[str], index: int, chinese_chars: int) -> bool:
    """Tell whether a translation of the speech (a machine's English under it, with
    or without a label) starts at ``index`` and runs on to the end: the speech ends
    there. ``chinese_chars``: the length of the Chinese speech over it, which a
    translation roughly matches (an English speech under a Chinese blurb is none)."""
    line = lines[index]
    first = index
    if len(line) <= TRANSLATION_LABEL_MAX_CHARS and TRANSLATION_LABEL.match(line):
        first = next(
            (i for i in range(index + 1, index + 3) if i < len(lines) and lines[i]),
            index,
        )
    if not latin_line(lines[first]):
        return False
    rest = lines[first : first + TRANSLATION_LOOKAHEAD]
    latin = [following for following in rest if latin_line(following)]
    labelled = first != index
    if len(latin) < TRANSLATION_MIN_LINES or (
        not labelled and sum(map(len, latin)) < TRANSLATION_MIN_CHARS
    ):
        return False  # "Thank you!" / "Merci !": a closing said in the guests' tongue
    if any(speech_like(following, TRANSLATED_LINE_MIN_CHARS) for following in rest):
        return False
    latin_chars = sum(
        len(following) for following in lines[first:] if latin_line(following)
    )
    return latin_chars <= TRANSLATION_MAX_LENGTH_RATIO * chinese_chars


def paywall_prompt(line: str) -> bool:
    """Tell a prompt saying the page shows part of the speech ("阅读全文", "剩余80%未读",
    "——试读结束…——") from other site text."""
    line = FRAMING_DASHES.sub("", line)
    return bool(PAYWALL_PROMPT.search(line[:ENDING_CHROME_MAX_CHARS]))


def _inserted_chrome(line: str) -> bool:
    """Tell site text a page may insert between paragraphs: an ad, a fold, a "阅读全文"
    link or a membership offer, a QR prompt. What follows it decides whether it cut
    the speech: a paywall is a prompt after which the speech really stops."""
    if len(line) > ENDING_CHROME_MAX_CHARS:
        return False
    return bool(
        INSERTED_AD.search(line)
        or FOLD_PROMPT.match(line)
        or PAYWALL_PROMPT.match(line)
        or SHARE_PROMPT.match(line)
        or MEMBERSHIP_AD.search(line)
    )


def next_speech_starts(lines: list[str], index: int) -> bool:
    """Tell whether the line at ``index`` is the title of another speech that follows.

    A feed or a bundle prints the next article's title ("在全区…会议上的讲话"), maybe
    its date line, and its own salutation: the speech before ends at that title.
    """
    line = lines[index]
    if len(line) > NEXT_TITLE_MAX_CHARS or "的" not in line:
        return False
    if not NEXT_SPEECH_TITLE.search(line):
        return False
    for following in lines[index + 1 : index + 1 + NEXT_SPEECH_LOOKAHEAD]:
        if len(following) <= OWN_LINE_SALUTATION_MAX_CHARS and SALUTATION.match(
            following
        ):
            return following.endswith(("：", ":"))
        if not chrome_or_meta(following):
            return False
    return False


def _speech_resumes(lines: list[str], index: int) -> bool:
    """Tell whether the speech goes on after the site text at ``index``.

    Not after the speech's closing ("谢谢大家！"); yes when the next line that is not
    chrome reads as the speech: a long paragraph of sentences, or a heading.
    """
    if index and CLOSING_LINE.search(lines[index - 1]):
        return False
    for line in lines[index + 1 : index + 1 + RESUME_LOOKAHEAD]:
        if droppable_chrome(line):
            continue
        if ending_chrome(line):
            return False
        return speech_like(line) or bool(HEADING_LINE.match(line))
    return False


def speech_like(line: str, min_chars: int = SPEECH_LINE_MIN_CHARS) -> bool:
    """Tell a paragraph of the speech from site text: long, in sentences, in Chinese."""
    if len(line) < min_chars or not PARAGRAPH_PUNCTUATION.search(line):
        return False
    return len(CJK_CHAR.findall(line)) >= SPEECH_CJK_SHARE * len(line)


def strip_endnotes(
    body_lines: list[str], *, announced: bool = False
) -> tuple[list[str], list[str]]:
    """Cut the numbered notes printed after a text ("① 见《…》，第133页。").

    Lines opening with ①② at the end are notes only when the text refers to them
    ("…大革命①时代") or a "注释" heading announces them; else they are the last
    points of the speech.
    """
    index = len(body_lines)
    while index > 0 and ENDNOTE_LINE.match(body_lines[index - 1]):
        index -= 1
    headed = index > 0 and bool(NOTES_HEADING.match(body_lines[index - 1]))
    if headed:
        index -= 1
    notes = body_lines[index:]
    if announced and not notes:
        # "注：" ended the speech: its notes are in the tail, their marks in the text
        return [ENDNOTE_MARK.sub("", line) for line in body_lines], []
    referenced = any(
        ENDNOTE_MARK.search(line[1:]) for line in body_lines[:index] if line
    )
    marked_up = bool(notes) and all(
        MARKDOWN_NOTE.match(note) or BRACKETED_NOTE.match(note) for note in notes
    )
    if not notes or not (headed or referenced or marked_up):
        return body_lines, []
    kept = [ENDNOTE_MARK.sub("", line) for line in body_lines[:index]]
    return kept, notes


def split_author_mark(lines: list[str]) -> list[str]:
    """Split "标题※某某某今年以来…" into the title and byline, and the text."""
    if not lines:
        return lines
    match = AUTHOR_MARK_RUN_ON.match(lines[0])
    if not match:
        return lines
    return [lines[0][: match.end()], lines[0][match.end() :], *lines[1:]]


def strip_closing_date(body_lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut the bracketed day printed after the speech's last sentence."""
    if len(body_lines) < 2:
        return body_lines, []
    match = CLOSING_DATE.search(body_lines[-1])
    if not match:
        return body_lines, []
    last = body_lines[-1][: match.start()].rstrip()
    return [*body_lines[:-1], *([last] if last else [])], [match["date"]]


def strip_signature(body_lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut the signature under a speech's last sentence: "某乡党委书记　李某某" and
    "2023年12月30日". They say who spoke and when; they are not words of the speech."""
    index = len(body_lines)
    while (
        index > 1
        and len(body_lines) - index < SIGNATURE_MAX_LINES
        and _signature_part(body_lines[index - 1])
        and not HEADING_LINE.match(body_lines[index - 1])  # "三、压实县长责任"
    ):
        index -= 1
    if index == len(body_lines):
        return _name_under_verse(body_lines)
    if not FINAL_STOP.search(body_lines[index - 1]):
        return body_lines, []
    return body_lines[:index], body_lines[index:]


def _signature_part(line: str) -> bool:
    line = to_simplified(line)
    return bool(
        SIGNATURE_PART.match(line)
        or SIGNATURE_OFFICER.match(line)
        or SIGNATURE_NAME_ROLE.match(line)
        or SIGNATURE_ORGANISATION.match(line)
    )


def signed_speaker(line: str) -> str | None:
    """Return who signs a speech's signature line, as printed: "总经理：某某某",
    "某某某 校长" (without a photo's "(中)"), or None for an organisation or a date."""
    simplified = to_simplified(line)
    if SIGNATURE_OFFICER.match(simplified):
        return line.strip()
    match = SIGNATURE_NAME_ROLE.match(simplified)
    if match:
        end = match.start("place") if match["place"] else len(line)
        return line[:end].strip()
    return None


def _name_under_verse(body_lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut the name a speaker signs under the poem that ends the speech ("…祝福明天
    更美好" / "某某某"): under verse, a surname-led word alone is no line of it."""
    if len(body_lines) <= VERSE_MIN_LINES:
        return body_lines, []
    name = body_lines[-1]
    if not (BARE_NAME.match(name) and opens_with_surname(name)):
        return body_lines, []
    if not ends_in_verse(body_lines[:-1]):
        return body_lines, []
    return body_lines[:-1], body_lines[-1:]


def ends_in_verse(lines: list[str]) -> bool:
    """Tell whether a text closes on a poem: its last lines are verse, and longer
    than a name (a name alone is a signature, not a line of it)."""
    last = lines[-VERSE_MIN_LINES:]
    return len(last) == VERSE_MIN_LINES and all(
        VERSE_LINE.match(line) and len(line) > len(last[0]) // 2 for line in last
    )


def cut_after_closing(body_lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut what follows the speech's closing ("谢谢大家！") when none of it reads as
    the speech: the site's lines after it, whatever words they use."""
    for index in range(
        len(body_lines) - 1, max(-1, len(body_lines) - 1 - AFTER_CLOSING_MAX_LINES), -1
    ):
        if CLOSING_LINE.search(body_lines[index]):
            after = body_lines[index + 1 :]
            if any(
                speech_like(line, SPEECH_AFTER_CLOSING_MIN_CHARS)
                or HEADING_LINE.match(line)
                for line in after
            ):
                return body_lines, []
            return body_lines[: index + 1], after
    return body_lines, []


def cut_glued_translation(body_lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut a translation glued to the speech's last line ("…增长速 Today, the …")."""
    if not body_lines:
        return body_lines, []
    glued = GLUED_TRANSLATION.search(body_lines[-1])
    if not glued or not latin_line(glued["latin"]):
        return body_lines, []
    kept = body_lines[-1][: glued.start()].rstrip()
    return [*body_lines[:-1], kept] if kept else body_lines[:-1], [glued["latin"]]


def cut_trailing_titles(body_lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut the titles of other speeches listed under the speech's last sentence (2.13):
    "…而努力奋斗！" then "在全县植树造林动员会上的讲话", "…的致辞": a site's links to
    its other pages, left when their list's label ("相关推荐", "上一篇：") was cut."""
    index = len(body_lines)
    while index > 1 and len(body_lines) - index < TRAILING_TITLES_MAX_LINES:
        line = body_lines[index - 1]
        if len(line) > NEXT_TITLE_MAX_CHARS or not LISTED_SPEECH_TITLE.match(line):
            break
        index -= 1
    if index == len(body_lines) or not FINAL_STOP.search(body_lines[index - 1]):
        return body_lines, []
    return body_lines[:index], body_lines[index:]


def cut_trailing_chrome(body_lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut the site's short lines under the speech's last sentence ("转藏 分享 献花(0)",
    "附件：无", a forum's "回复"): they are neither sentences nor headings."""
    index = len(body_lines)
    while index > 1 and _trailing_chrome(body_lines[index - 1]):
        index -= 1
    if index == len(body_lines) or not FINAL_STOP.search(body_lines[index - 1]):
        return body_lines, []
    return body_lines[:index], body_lines[index:]


def _trailing_chrome(line: str) -> bool:
    """Tell a site's short line ("献花(0) +1", "沙发") from the speech's last words."""
    if len(line) > TRAILING_CHROME_MAX_CHARS or CLAUSE_OR_SENTENCE_STOP.search(line):
        return False
    if HEADING_LINE.match(line) or CLOSING_LINE.search(line):
        return False
    if SIGNATURE_PART.match(line):
        return False
    return len(line) <= TRAILING_WORD_MAX_CHARS or bool(
        TRAILING_CHROME_SYMBOL.search(line)
    )


def paywall_in_tail(tail: list[str]) -> bool:
    """Tell whether a paywall prompt follows the speech before any other text does:
    a "查看全文" under the next article's first lines cuts that article, not this."""
    for line in tail[:PAYWALL_TAIL_LINES]:
        if paywall_prompt(to_simplified(line)):
            return True
        if speech_like(line) or (
            len(line) <= OWN_LINE_SALUTATION_MAX_CHARS and SALUTATION.match(line)
        ):
            return False
    return False


def trial_notice(tail: list[str]) -> bool:
    """Tell whether the first paywall prompt after the speech is a trial-reading
    notice ("试读已结束，付费后可阅读全文"), which says nothing of a cut."""
    for line in tail[:PAYWALL_TAIL_LINES]:
        if paywall_prompt(to_simplified(line)):
            return bool(TRIAL_NOTICE.match(FRAMING_DASHES.sub("", to_simplified(line))))
    return False


def ends_on_closing(body_lines: list[str]) -> bool:
    """Tell whether the speech's last line is its closing ("谢谢大家！")."""
    return bool(body_lines) and bool(CLOSING_LINE.search(body_lines[-1]))


def strip_trailers(body_lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut newspaper edition notes, wire credits and editor notes off the end."""
    trailers: list[str] = []
    changed = True
    while body_lines and changed:
        changed = False
        last = body_lines[-1]
        for pattern in TRAILERS:
            # "（根據錄音整理，有刪節）": read in simplified form, cut as printed
            for match in pattern.finditer(to_simplified(last)):
                if match.end() == len(last.rstrip()):
                    trailers.append(last[match.start() : match.end()])
                    last = last[: match.start()].rstrip()
                    changed = True
                    break
        if EDITION_TRAILER.search(last):
            # An edition note printed mid-text (before a news story) is chrome too.
            trailers.extend(m.group() for m in EDITION_TRAILER.finditer(last))
            last = EDITION_TRAILER.sub("", last).strip()
            changed = True
        if last:
            body_lines[-1] = last
        else:
            body_lines.pop()
    return body_lines, trailers


def strip_dateline(line: str) -> tuple[str, str]:
    """Split a news dateline ("新华社北京1月8日电") off the start of a line."""
    match = DATELINE.match(line)
    if not match:
        return line, ""
    return line[match.end() :], match.group().strip()
