"""Name the speaker and the occasion: from bylines, a lead, a signature, the title.

What belongs here: find_speaker, tidy_byline, find_occasion and their patterns.
"""

from __future__ import annotations

import re

from .body_end import AUTHOR_NOTE, BARE_NAME, signed_speaker
from .bylines import (
    NOT_A_NAME,
    PLACEHOLDER_NAME,
    ROLE_AT_END,
    SPEAKER_LINE,
    names_a_speaker,
)
from .head import Head
from .line_kinds import (
    CEREMONY_GENRES,
    SPEECH_GENRES,
    SPOKEN_GENRES,
    TITLE_GENRES,
    genre_words,
)
from .names import opens_with_surname
from .quoted import OCCASION_WORDS, SPEAKER_GENRE_TITLE
from .script import printed_group, to_simplified
from .title_decorations import SPACES
from .title_evidence import OCCASION_AT

# "2019年某省…" is a title, not a speaker named before "在…的讲话"
DIGIT_OR_YEAR = re.compile(r"\d|年")

# "梧桐镇党委书记2023年度抓基层党建工作述职报告": a report titled by its speaker's role
SPEAKER_OPENS_REPORT = re.compile(
    r"^(?P<speaker>[^在：:，,“”\"《》\d]{2,24}?(?:书记|[镇乡县市区]长|主任|局长|部长))"
    r"(?=(?:19|20)\d{2}年度?.{2,40}(?:述职|述责|述廉|报告|发言)[\u4e00-\u9fff]{0,4}$)"
)

# "院长专栏", "书记频道": a site's column named for an office, printed in its menu
# and breadcrumb over the speech; the column, not its speaker
OFFICE_COLUMN = re.compile(r"(?:专栏|栏目|频道)$")

# "某乡党委书记在“清风乡村”…上的讲话", "某某：在…上的讲话"
SPEAKER_IN_TITLE = re.compile(
    r"^(?P<speaker>[^在：:，,“”\"《》]{2,24}?)(?:同志)?(?:[：:] ?)?"
    r"(?=在.{2,100}?(?:上|时|期间)?的[\u4e00-\u9fff]{0,4}"
    + genre_words(TITLE_GENRES)
    + r")"
)

# "在全市…现场推进会上，我们作交流发言。": a speech that names its meeting first
OCCASION_OPENING = re.compile(
    r"^[^。！？\n]{0,10}?在(?P<occasion>[^，,。！？\n]{2,40}?"
    r"(?:会议|大会|座谈会|推进会|现场会|部署会|培训班|研讨会|交流会|论坛|会))上[，,]"
    r"[^。！？\n]{0,30}?(?P<verb>发言|讲话|交流|致辞)"
)

# "——2019年1月20日在某省第十三届人民代表大会第二次会议上"
OCCASION_SUBTITLE = re.compile(r"在(?P<occasion>.{2,100}?)上$")
# "在某某总理举行的宴会上 某某总理的讲话" (2.16): a newspaper's two-line headline
# joined, the occasion over the speaker and his speech; the occasion stops at the line
OCCASION_OVER_SPEAKER = re.compile(
    r"^在(?P<occasion>[^\s]{2,60}?)上[ \u3000]+"
    r"(?P<speaker>[^\s在]{2,20}?)的"
    + genre_words(SPOKEN_GENRES, CEREMONY_GENRES, ("答词",))
    + r"$"
)

# "全县农村人居环境整治座谈会讲话" -> "全县农村人居环境整治座谈会";
# "三届四次职代会学校工作报告" -> "三届四次职代会": the report made to a congress
# "某某宣布某省政协十届三次会议开幕": the meeting a chair declares open (2.16)
OCCASION_OPENED = re.compile(
    r"宣布(?P<occasion>[^，,。！？\s]{4,40}?(?:会议|大会|全会|代表会|运动会))"
    r"(?:隆重)?(?:开幕|闭幕)"
)
OCCASION_BARE = re.compile(
    r"^(?P<occasion>.{2,80}?(?:会议|大会|座谈会|推进会|部署会|培训会|研讨会|论坛|峰会|"
    r"典礼|仪式|宴会|招待会|茶话会|团拜会|会))"
    r"(?:(?:上)?的?(?:主旨|重要|书面)?"
    + genre_words(SPEECH_GENRES)
    + r"|(?:上的)?(?:学校|行政)?工作报告)$"
)

# "某乡党委书记　李某某" under the speech: a signature, who gave it
SIGNED_ROLE = re.compile(
    r"^[\u4e00-\u9fff、]{1,20}(?:书记|长|主任|主席|经理|总裁)[ \u3000]+[\u4e00-\u9fff]{2,3}$"
)


def find_speaker(
    head: Head, title: str, trailers: tuple[str, ...] = (), *, title_order: int = -1
) -> str | None:
    """Return the speaker's role and name as printed, or the role the title names.

    A name an archive redacted ("XXX同志在…的讲话") names no one: the role a lead gives
    ("县长XXX同志出席会议并讲话") stands for it, else there is none (2.20).
    """
    speaker = _printed_speaker(head, title, trailers, title_order=title_order)
    if speaker and PLACEHOLDER_NAME.match(speaker):
        roles = (tidy_byline(lead) for lead in head.lead_speakers)
        return next((role for role in roles if not PLACEHOLDER_NAME.match(role)), None)
    return speaker


def _printed_speaker(
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
    # "——某某某在集团年中会议上的讲话": a subtitle names its speaker as a title does
    titles = [title, *(c.text for c in head.titles), *head.subtitles]
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
    named = _speaker_before_genre(title)
    if named:
        return named
    if head.lead_speakers:  # "【核心提示】县委书记某某强调，…"
        return tidy_byline(head.lead_speakers[0])
    return tidy_byline(bylines[0].text) if bylines else None


def _speaker_before_genre(title: str) -> str | None:
    """Return the speaker a headline names right before its genre word ("某联合会
    副会长某某某致辞", "某司某某某处长的讲话"): an office, or a name after one."""
    over = OCCASION_OVER_SPEAKER.search(to_simplified(title))
    if over:  # "在某某举行的宴会上 某某总理的讲话": the headline's second line
        title = title[over.start("speaker") :]
    match = SPEAKER_GENRE_TITLE.match(to_simplified(title))
    if not match or OCCASION_WORDS.search(match["speaker"]):
        return None
    speaker = printed_group(match, title, "speaker").strip()
    byline = SPEAKER_LINE.match(to_simplified(speaker))
    named = bool(byline and byline["role"] and opens_with_surname(byline["name"]))
    return speaker if named or ROLE_AT_END.search(speaker) else None


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
    patterns = (
        OCCASION_OVER_SPEAKER,
        OCCASION_AT,
        OCCASION_SUBTITLE,
        OCCASION_BARE,
        OCCASION_OPENED,
    )
    for pattern in patterns:
        for text in texts:
            match = pattern.search(to_simplified(text))  # "在…上的講話" too
            if match and (pattern is not OCCASION_BARE or match.start() == 0):
                return printed_group(match, text, "occasion").strip()
    return None
