"""Read the title, date, source, speaker, occasion, level and truncation of a speech.

Everything here reads the head (what a page prints before the speech), the tail
(what it prints after) and the file name; the body is read only for the occasion's
level and for signs that the page cut the speech off.

This module reads the fields in order; the rules live in the rooms it imports
(docs/parser.md, *Modules*: head, title_choice, page_date, delivered, speaker,
source_site, and below them dates, title_score, title_decorations, bylines,
broken_titles).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .body_end import AUTHOR_NOTE, SOURCE_FOOTNOTE, ends_in_verse
from .body_start import (
    EDITORS_HEADNOTE,
    HEADNOTE_DAY,
    HEADNOTE_LABEL,
    HEADNOTE_OFFICE,
)
from .chrome import TITLE_FOOTER, WORD_COUNT
from .clean import CleanText
from .delivered import find_delivered
from .head import read_head
from .line_kinds import DATELINE
from .page_date import find_date, publication_date
from .source_site import find_source_site, find_source_url
from .speaker import OCCASION_OPENING, find_occasion, find_speaker
from .title_choice import choose_title, title_from_filename, titles_over_page_links
from .title_decorations import strip_decorations
from .title_score import FOOTER_ORDER, TitleCandidate

# "我们迎来了这届运动会的隆重开幕", "本届艺术节今天隆重开幕" (2.16): a
# ceremony's speech names the event it opens in its first sentences ("这次大会的召开"
# names no meeting a reader could find)
OCCASION_OPENS = re.compile(
    r"(?:这|本)(?:届|次)(?P<occasion>[\u4e00-\u9fff]{0,10}?"
    r"(?:运动会|艺术节|文化节|体育节|科技节|读书节|博览会|交易会|展览会))"
    r"[^。！？，,]{0,6}?(?:隆重|圆满|胜利|正式)?(?:开幕|召开|举行)"
)
# "这是某某在某届某中全会上的讲话": an edition's headnote names the
# speaker and the meeting
HEADNOTE_SPEAKER_AT = re.compile(
    rf"^这是(?P<speaker>[\u4e00-\u9fff]{{2,4}}?){HEADNOTE_OFFICE}{HEADNOTE_DAY}在"
    r"(?P<occasion>[^。，,；;]{2,60}?(?:会议|大会|全会|全体会议|座谈会|会))上"
)

# "现在，我代表某届委员会向大会作报告。" + "某某第N次代表大会，是…": a report to a
# congress names its meeting in the sentence after it ("大会" where it does not)
REPORT_TO_MEETING = re.compile(
    r"(?:^|\n)(?:现在，)?我代表[^。！？\n]{2,40}?向(?P<meeting>大会|会议|全会)"
    r"(?:作|做)[^。！？\n]{0,6}报告[。！]\n?"
    r"(?:(?P<named>[^，。！？\n]{4,40}?(?:代表大会|全体会议|全会|会议))[，,]是)?"
)

# the opening where a report's formula or an opened meeting names the occasion
OPENING_OCCASION_CHARS = 300

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
    r"(?:讲|谈|提|强调|说|"
    # "我看有三个方面需要抓好。" (2.16): the problems the speaker will take in turn
    r"有(?=[两二三四五六七八九2-9]个(?:问题|方面)[^。！？]{0,6}"
    r"(?:必须|需要|要|值得|应当|应该)))"
    r"(?P<count>[两二三四五六七八九2-9])(?:点|个方面的?|个问题|个方面)"
)

# "各位委员：我代表…常务委员会，向大会报告过去五年的工作，…请予审议。" (2.16): a
# work report's opening formula, never its last words; a page ending on it stops where
# the report begins
CUT_AT_REPORT_OPENING = re.compile(r"向大会(?:作)?报告[^。！？]{0,80}请予审议[。！]?$")

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
    if not head.titles:  # "在…的讲话" / "上一篇：…": the page's own title, printed last
        footer_titles.extend(
            TitleCandidate(strip_decorations(line), "footer", FOOTER_ORDER)
            for line in titles_over_page_links(cleaned.tail)
        )
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
        report = REPORT_TO_MEETING.search(cleaned.body[:OPENING_OCCASION_CHARS])
        occasion = (report["named"] or report["meeting"]) if report else None
    if occasion is None:
        opened = OCCASION_OPENS.search(cleaned.body[:OPENING_OCCASION_CHARS])
        occasion = opened["occasion"] if opened else None
    # "注：作者为某某基金会首席代表，本文是…发言摘要": an editor's note under the
    # speech, read with the trailers (2.16)
    notes = tuple(line for line in cleaned.tail[:2] if AUTHOR_NOTE.search(line))
    speaker = find_speaker(
        head, title, (*cleaned.trailers, *notes), title_order=title_order
    )
    # an edition's headnote over the speech, or a journal's ※ footnote under it
    headnote = _headnote(cleaned.head) or _headnote(_footnotes(cleaned.trailers))
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


def _footnotes(trailers: tuple[str, ...]) -> tuple[str, ...]:
    """Return the words of the ※ footnotes among the trailers ("这是…的讲话。")."""
    return tuple(
        match["note"] for match in map(SOURCE_FOOTNOTE.match, trailers) if match
    )


def _headnote(lines: tuple[str, ...]) -> re.Match | None:
    """Return the speaker and meeting an edition's headnote names, if it names both."""
    for line in lines:
        line = HEADNOTE_LABEL.sub("", line, count=1)  # "【编者按】这是…"
        if EDITORS_HEADNOTE.match(line):
            return HEADNOTE_SPEAKER_AT.match(line)
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
    if CUT_AT_REPORT_OPENING.search(lines[-1].strip()):
        return True  # "…向大会报告…，请予审议。": the report opens, the page stops
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
