"""Read bylines: split a role from a name, a byline glued to a title, a role printed
over several lines.

What belongs here: how a head prints who spoke or wrote; which byline names the
speaker is decided in speaker.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .line_kinds import (
    GREETING_GENRES,
    REPORT_GENRES,
    SPEECH_GENRES,
    STATEMENT_GENRES,
    genre_words,
)
from .names import COMMON_SURNAMES, COMPOUND_SURNAMES, opens_with_surname
from .script import to_simplified
from .title_decorations import SPACES
from .title_evidence import TITLE_ENDINGS

# Where a title's genre word ends: a byline may be glued after it
GENRE_END = re.compile(
    genre_words(SPEECH_GENRES, GREETING_GENRES, REPORT_GENRES, STATEMENT_GENRES)
    + r"稿?"
)

# "在学院校企合作经验交流会上的讲话 杨某某": the speaker's name a space after the title
SPACED_TRAILING_NAME = re.compile(
    r"(?<=[话辞讲说明告言词信稿])[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,3})$"
)

SPOKEN_TITLE_ENDINGS = (*TITLE_ENDINGS, "讲稿", "致词")

# "省长 王某某", "中华人民共和国主席　某某某", "自治区主席 李 某", "张某某"
SPEAKER_LINE = re.compile(
    r"^(?P<role>[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ffff、XＸ×]{0,30}?(?:主席|总理|省长|市长|县长|区长|镇长|乡长|书记|"
    r"部长|主任|委员长|总书记|院长|校长|局长|厅长|理事长|会长|代表|常委)[ \u3000]*)?"
    # "刘××", "王某某": a surname and a name or its placeholder; "XXX" alone
    # (names and places may hold characters beyond the basic block: "𠮷溪镇", "龚䶮")
    r"(?P<name>[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ffff]"
    r"(?:[ \u3000]?[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ffff×Ｘ＊*Xx]){1,3}|"
    r"[XＸ×]{2,3})$"
)

# Words that make a title's opening a speaker: "某镇党委书记", "督导组组长王××"
ROLE_WORD = re.compile(
    r"书记|[^成增延生]长|主任|委员|主席|总理|代表|常委|负责人|领导|干部|专员|巡视员|"
    r"党员|专家|教授|校长|院士|主持人|发言人"
)
# "…处长", "…副会长": a speaker's words ending on an office
ROLE_AT_END = re.compile(rf"(?:{ROLE_WORD.pattern})$")

# "XXX", "××": a placeholder standing for a name, which says nothing of who spoke
# ("某某某" stays: sites print it where a name was, and editors keep it so)
PLACEHOLDER_NAME = re.compile(r"^[XxＸ×＊*]{2,3}$")

NOT_A_NAME = re.compile(
    r"^(?:贺信|回信|贺词|讲话|致辞|前言|目录|附件|说明|注释|来源|下载|打印|全屏|收藏|"
    r"分享|首页|正文|全文|摘要|编者按|报告|决议|公报|材料|素材|大全|合集|精选|汇编|"
    # "范文", "致谢", "篇一" (2.14): a 范文 site's tab, its column and its item's number
    r"范文|范例|例文|致谢|答谢|通用|浏览|篇[一二三四五六七八九十\d]{1,2})$"
)


@dataclass
class Byline:
    text: str
    order: int  # the head line it was read from


def spaced_trailing_name(text: str) -> re.Match | None:
    """Return a person's name printed a space after a title of the genre."""
    spaced = SPACED_TRAILING_NAME.search(text)
    if not spaced or not opens_with_surname(spaced["name"]):
        return None
    title = to_simplified(text[: spaced.start()])
    return spaced if title.endswith(SPOKEN_TITLE_ENDINGS) else None


def split_glued_byline(text: str) -> tuple[str, str]:
    """Split a role and a name glued after a title's genre word: "2022年某某工作报告
    市水务局党组书记、局长  王  某" gives the title and "市水务局党组书记、局长 王 某"."""
    for end in GENRE_END.finditer(text):
        rest = SPACES.sub(" ", text[end.end() :]).strip()
        if rest and role_and_name(rest):
            return text[: end.end()].strip(), rest
    return text, ""


def role_and_name(text: str) -> bool:
    """Tell "县委书记 某某" (a role and a name) from other words in brackets."""
    match = SPEAKER_LINE.match(to_simplified(text.strip()))
    return bool(match and match["role"])


def reads_as_byline(text: str) -> bool:
    """Tell a name line ("张某某", "王××", "XXX") from a short menu or column line
    ("政务公开", "图片新闻"): a name opens with a surname, or is a placeholder."""
    name = to_simplified(SPACES.sub("", text.strip()))
    match = SPEAKER_LINE.match(name)
    if match and match["role"]:
        return True
    return name.startswith(("某", *COMPOUND_SURNAMES)) or (
        name[:1] in COMMON_SURNAMES or bool(PLACEHOLDER_NAME.match(name))
    )


def is_role(text: str) -> bool:
    """Tell a role printed without a name ("国务院总理") from other short lines."""
    match = SPEAKER_LINE.match(to_simplified(text.strip()) + " 某某")
    return bool(match and match["role"] and match["name"] == "某某")


def names_a_speaker(text: str) -> bool:
    """Tell a role or a name ("某镇党委书记", "督导组组长王××", "张某某") from other
    words ("求一篇", "分享")."""
    text = text.removesuffix("同志")
    return bool(ROLE_WORD.search(text)) or reads_as_byline(text)
