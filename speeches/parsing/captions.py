"""Remove photo captions and credits wherever they fall in the text.

What belongs here: the lines a page prints under its pictures ("（摄影：…）",
"图为…") and broadcast tags, never the speaker's words.
"""

from __future__ import annotations

import re

from .line_kinds import FINAL_STOP

# "新华社记者 王某/摄", "本报记者李某摄", "本报全媒体记者 赵 某摄"
PHOTO_CREDIT = re.compile(
    r"[ \u3000]?(?:[（(])?(?:新华社|人民日报|中新社|本报|[\u4e00-\u9fff·]{2,8}报)?"
    r"(?:全媒体|融媒体|特约)?记者[ \u3000]?(?:[\u4e00-\u9fff·]{1,4}|[XＸ×]{2,3})"
    r"(?:[ \u3000][\u4e00-\u9fff]{1,3})?[ \u3000]?/?[ \u3000]?摄(?:影)?(?:[）)])?"
)

# A caption line without "摄": "市长作政府工作报告。某某日报记者 刘某"
CREDIT_WITHOUT_PHOTO = re.compile(
    r"记者[ \u3000]?(?:[\u4e00-\u9fff]{2,4}|[XＸ×]{2,3})$|"
    # "某某在山西考察。新华社发", "…调研。新华社发（某某 摄）": an agency's photo
    r"(?:新华社|中新社|人民日报|[\u4e00-\u9fff]{2,8}报)发(?:[ \u3000]*[（(][^（）()]{0,16}[）)])?$|"
    # "（新华社发）", "（图片来源：某某网）", "（资料图）" (2.13): a photo's credit or source
    # in brackets, alone on its line between the speech's paragraphs
    r"^[（(](?:(?:新华社|中新社|人民日报|[\u4e00-\u9fff]{2,8}(?:报|社))发|"
    r"(?:图片?来源|图源|图片提供|供图)[:：]?[^（）()]{0,20}|资料图片?)[）)]$|"
    # "图源：新华社", "圖片來源:某某網" (2.16): the source of a photo the page dropped,
    # its label and a name, alone on its line (either script)
    r"^(?:[图圖]片?[来來]源|[图圖]源)[:：][ \u3000]*[^\s。！？，,：:]{2,20}$"
)
# "…交易会在大连举行。图为某会副会长某某某。": a news photo's caption, the last
# sentence of the paragraph under the photo (2.16)
CAPTION_LEAD = re.compile(r"(?:^|[。！？])[ \u3000]*图为[^。！？]{2,80}[。.]?$")

# Where a caption begins: "2019年3月2日，", "当地时间6月4日上午，", "新年前夕，"
CAPTION_OPENER = re.compile(
    r"(?:当地时间)?(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日"
    r"(?:上午|下午|晚上|晚间|中午|早上|凌晨|晚)?[，,]|新年前夕[，,]|这是"
)

# A caption speaks of the leader in the third person, never as "我".
FIRST_PERSON = re.compile(r"我|咱们")

CAPTION_MAX_CHARS = 400

CAPTION_LINE_MAX_CHARS = 80

# "校长 陈某某                     示热烈的欢迎…": a flipbook's or PDF's caption in a
# column beside the text, set on the line of a sentence running on from above
SIDE_CAPTION = re.compile(
    r"^(?P<caption>[\u4e00-\u9fffA-Za-z]{1,10}(?: [\u4e00-\u9fffA-Za-z]{1,10}){0,3})"
    r" {8,}(?P<text>[\u4e00-\u9fff].*)$"
)

# A caption reports an event: "省长出席会议并讲话", "市政协在礼堂举行茶话会"
CAPTION_EVENT = re.compile(
    r"主席|总书记|总理|省长|市长|书记|举行|召开|出席|主持|会见|考察|调研|发表|会谈|致辞|"
    r"来到|看望|察看|视察|参观|慰问|瞻仰|交流|交谈"
)

SENTENCE_END = re.compile(r"[。！？!?]")


def remove_captions(lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut photo captions ("…出席会议并讲话。新华社记者 王某/摄") out of the lines.

    A caption inside a run-on paragraph is cut from its opening date to its credit,
    and the text on either side becomes two paragraphs.
    """
    kept: list[str] = []
    captions: list[str] = []
    for line in lines:
        side = SIDE_CAPTION.match(line)
        if side and kept and not FINAL_STOP.search(kept[-1]):
            captions.append(side["caption"])  # a column's caption beside the text
            line = side["text"]
        if (
            len(line) <= CAPTION_LINE_MAX_CHARS
            and CREDIT_WITHOUT_PHOTO.search(line)
            and not FIRST_PERSON.search(line)
        ):
            captions.append(line)
            continue
        if "摄" not in line:
            kept.append(line)
            continue
        pieces = _split_at_captions(line, captions)
        kept.extend(piece for piece in pieces if piece)
    return kept, captions


def _split_at_captions(line: str, captions: list[str]) -> list[str]:
    pieces: list[str] = []
    rest = line
    while True:
        credit = PHOTO_CREDIT.search(rest)
        if credit is None:
            pieces.append(rest.strip())
            return pieces
        start = _caption_start(rest, credit.start())
        captions.append(rest[start : credit.end()].strip())
        pieces.append(rest[:start].strip())
        rest = rest[credit.end() :]


def _caption_start(text: str, credit_start: int) -> int:
    """Return where the caption that ends at ``credit_start`` begins."""
    window_start = max(0, credit_start - CAPTION_MAX_CHARS)
    for opener in CAPTION_OPENER.finditer(text, window_start, credit_start):
        span = text[opener.start() : credit_start]
        if (
            not FIRST_PERSON.search(span)
            and CAPTION_EVENT.search(span)
            and len(SENTENCE_END.findall(span)) <= 4
        ):
            return opener.start()
    # No opener: the caption is the sentence before the credit, if it is not the
    # speaker's own ("…情况。新华社记者 X 摄").
    before = text[window_start:credit_start].rstrip()
    sentence_start = window_start
    for end in SENTENCE_END.finditer(before[:-1] if before else before):
        sentence_start = window_start + end.end()
    sentence = text[sentence_start:credit_start]
    if sentence and not FIRST_PERSON.search(sentence):
        return sentence_start
    return credit_start
