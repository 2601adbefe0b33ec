"""Score a line as a speech's title, and compare titles (title_key, similar_titles).

What belongs here: the words of one candidate (the genre's endings, a couplet, a
sentence) and the TitleCandidate that carries it with its evidence.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from .body_start import DOCUMENT_ABOUT, DRAFT_NOTE, EDITORS_HEADNOTE
from .chrome import BREADCRUMB_ARROW, BYLINE_FIELD, droppable_chrome, ending_chrome
from .dates import DATE_CHINESE
from .line_kinds import (
    GREETING_GENRES,
    HEAD_DATE_PAREN,
    REPORT_GENRES,
    SPEECH_GENRES,
    genre_words,
)
from .salutation import SALUTATION, is_address_list
from .script import matching_form, to_simplified
from .title_decorations import SPACES
from .title_evidence import TITLE_ENDINGS, TITLE_GENRE, weigh_title

# "(某地事故)": a bracketed insert inside a headline, words on both sides of it
INNER_BRACKETS = re.compile(r"[（(][^（）()]{2,16}[）)]")

# "在春耕动员会上的讲话…[04-09]", "…的致辞[ 05-20 ]": the date in square brackets glued to
# the item's cut title
LIST_ITEM_TRAILING_DATE = re.compile(
    r"[ \u3000]+[\[（(]?[01]?\d[-/.][0-3]?\d[\]）)]?$|\[ ?[01]?\d[-/.][0-3]?\d ?\]$"
)

LIST_ITEM_LEADING_DATE = re.compile(
    r"^[\[（(]?[01]?\d[-/.][0-3]?\d[\]）)]?[ \u3000]+\S"
)

# "2023年02月15日 星期三": a day as a calendar or a paper's masthead prints it
WEEKDAY_DATE = re.compile(
    r"^(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日)"
    # ("2023年5月6日（星期六）": the weekday in brackets, 2.13)
    r"[ \u3000]*(?:[（(](?:星期|周|礼拜)[一二三四五六日天][）)]|(?:星期|周|礼拜)[一二三四五六日天])$"
)

# "一、提高认识…" in a table of contents: a part's heading, not the title
ENUMERATED_LINE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|"
    # "一　三三制政权的实质是民主": a part's label a space before its heading
    r"[一二三四五六七八九十]{1,3}[ \u3000]+(?=\S))"
)

# "第二任校长就职演说 第三任校长就职演说": links to two works, each a title this long
NAVIGATION_TITLE_MIN_CHARS = 6

# Titles read from a page's footer ("本文标题：…") rank after every head line.
FOOTER_ORDER = 900

# The page's headline (or the file's name standing for it) is what its editors titled
# it: it outweighs the document's own title printed under a dateline or over a date,
# unless that title is much the better one (named by its subtitle, the headline a
# news report with no genre word)
SOURCE_WEIGHT = {"headline": 3, "filename": 3}

# "——2019年1月20日在某省第十三届人民代表大会第二次会议上" or "——在…上的致辞"
# A single dash joins names ("京津—冀北协作会"); only a double dash opens a subtitle.
SUBTITLE_DASH = re.compile(r"——|――|[-－]{2,}|^[—―]")

# "办好人民满意的教育※某某某": a title and its author in a journal's layout
AUTHOR_MARK = "※"

# "(据会议记录整理)": an editor's note, not a title
PARENTHETICAL = re.compile(r"[（(][^（）()]+[）)]")

SALUTATION_CLOSED = re.compile(r"[：:！!]")

# "大家下午好！": the speech's greeting, not its title
GREETING = re.compile(
    r"^(?:大家|各位|同志们|朋友们)?(?:上午|下午|晚上|早上|新年|节日)?好[!！。.]?$|"
    r"^大家(?:上午|下午|晚上|新年)?好|"
    # "谢谢大家！", "谢谢！": a speech's closing words, never its title
    r"^(?:谢谢|感谢|多谢)(?:大家|各位|您们?)?[!！。.]*$"
)

# "…的说明某某某": a byline glued to the end of a title without a space
TRAILING_BYLINE = re.compile(
    # not after every title's ending: "…党课讲稿" ends on its genre, not on a name
    r"(?<="
    + "|".join((*SPEECH_GENRES, "报告", "说明", "贺词", "贺信"))
    + r")(?P<name>(?![的之])[\u4e00-\u9fff]{2,4})$"
)

NOT_A_TRAILING_NAME = re.compile(
    r"摘要|全文|提纲|节选|稿|要点|精神|会议|大会|决议|决定|公报|参考|范文|模板|"
    # "…动员会上的讲话材料", "…致辞大全": a 范文 site's words for its text (2.11)
    + genre_words(SPEECH_GENRES, GREETING_GENRES, REPORT_GENRES)
    + r"|材料|素材|大全|合集|精选|汇编|原文|"
    # "…的讲话篇一", "致辞致谢", "…致辞通用" (2.14): a collection's item number, a
    # column's name, its "for any use" tag
    r"^篇[一二三四五六七八九十\d]{1,2}$|致谢|答谢|通用|"
    # "读…致辞有感", "…演讲感想" (2.16): a blog post's thoughts on the speech
    r"^(?:有感|感想|感悟|随感|心得)$"
)

TITLE_MIN_CHARS = 4

TITLE_MAX_CHARS = 120

TITLE_SENTENCE = re.compile(r"[。？?；;]")

# "专题党课：初心如磐，砥砺奋进的征程；使命在肩，书写时代的答卷": a title of two
# parallel clauses, as long as each other and punctuated alike, a semicolon between
# them (after the genre's label, if any)
COUPLET_TITLE = re.compile(
    r"^(?:[^。？?！!；;：:]{2,8}[：:])?"
    r"(?P<first>[^。？?！!；;：:]{4,20})[；;](?P<second>[^。？?！!；;：:]{4,20})$"
)

COUPLET_SLACK = 2

CLAUSE_MARK = re.compile(r"[，,、]")

CJK = re.compile(r"[\u4e00-\u9fff]")

SIMILAR_TITLES = 0.75

# "WENGAO88.COM —— 公文写作…": a domain printed as the site's name, not a URL
SITE_DOMAIN = re.compile(
    r"^(?P<site>(?:www\.)?[A-Za-z0-9-]{2,40}\.(?:com|cn|net|org|gov|edu)(?:\.cn)?)(?![\w/.])",
    re.IGNORECASE,
)

URL = re.compile(r"https?://[^\s<>\"'）)，。]+", re.IGNORECASE)


@dataclass
class TitleCandidate:
    text: str
    source: str  # "headline", "document", "footer", "breadcrumb", "filename"
    order: int
    bonus: int = 0  # evidence beside the words: a subtitle printed under it
    context: int = 0  # evidence of the page: the same title printed again

    def score(self) -> int:
        words = title_score(self.text)
        return words + self.bonus if words else 0

    def total(self) -> int:
        score = self.score()
        return score + self.context + SOURCE_WEIGHT.get(self.source, 0) if score else 0


def tagged_echo(candidate: TitleCandidate, candidates: list[TitleCandidate]) -> bool:
    """Tell a headline carrying a bracketed tag of another story inside it ("某某发表
    2023年某省征兵(某地事故)电视动员讲话") from the title it wraps, printed too."""
    inner = INNER_BRACKETS.search(candidate.text)
    if not inner or inner.end() == len(candidate.text):
        return False
    untagged = candidate.text[: inner.start()] + candidate.text[inner.end() :]
    return any(
        other is not candidate
        and other.text in untagged
        and len(other.text) < len(untagged)
        and TITLE_GENRE.search(matching_form(other.text))
        for other in candidates
    )


def title_score(text: str) -> int:
    """Score how much a line looks like the title of a speech (0: not at all)."""
    if not TITLE_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS:
        return 0
    # "我们为什么要学党史？": a question may be a title (read_head asks for an echo)
    question = text.rstrip("。").removesuffix("？").removesuffix("?")
    if TITLE_SENTENCE.search(question) and not _couplet(question):
        return 0
    if len(CJK.findall(text)) < 3:
        return 0
    if SITE_DOMAIN.match(text) or URL.search(text) or BYLINE_FIELD.match(text):
        return 0
    if droppable_chrome(text) or ending_chrome(text):
        return 0
    if DATE_CHINESE.fullmatch(text) or HEAD_DATE_PAREN.fullmatch(text):
        return 0
    if WEEKDAY_DATE.match(text):
        return 0  # "2023年02月15日 星期三": a masthead's date
    if PARENTHETICAL.fullmatch(text) or GREETING.match(text):
        return 0
    if SALUTATION.match(text) and SALUTATION_CLOSED.search(text):
        return 0  # "尊敬的各位来宾：": the speech's salutation
    if is_address_list(to_simplified(text)):
        return 0  # "某主席、某部长、各位嘉宾、各位朋友：": the people addressed
    if ENUMERATED_LINE.match(text) or BREADCRUMB_ARROW.search(text):
        return 0
    if DOCUMENT_ABOUT.search(text):  # "本篇是…的讲话稿，分四个部分": a blurb
        return 0
    if EDITORS_HEADNOTE.match(text) or DRAFT_NOTE.match(text):
        return 0  # "这是某某在…上的讲话。", "这是…发言的讲话稿": an editor's note
    if _lists_two_titles(text):
        return 0  # "第二任校长就职演说 第三任校长就职演说": a works' pager
    # the rules of the genre (title_evidence.py); a line they score below one is
    # interface text, a sentence or a journal's issue, not a title
    return max(0, 1 + weigh_title(matching_form(text)))


def _couplet(text: str) -> bool:
    """Tell a title of two parallel clauses a semicolon apart from two sentences."""
    pair = COUPLET_TITLE.match(text)
    if not pair:
        return False
    first, second = pair["first"], pair["second"]
    return abs(len(first) - len(second)) <= COUPLET_SLACK and len(
        CLAUSE_MARK.findall(first)
    ) == len(CLAUSE_MARK.findall(second))


def _lists_two_titles(text: str) -> bool:
    """Tell a line holding the titles of two different speeches, a space apart
    (a collection's links to the previous and the next), from one title."""
    pieces = [piece for piece in SPACES.split(text) if piece]
    named = [
        piece
        for piece in pieces
        if len(piece) >= NAVIGATION_TITLE_MIN_CHARS
        and matching_form(piece).endswith(TITLE_ENDINGS)
    ]
    if len(named) < 2:
        return False
    first, second = title_key(named[0]), title_key(named[1])
    return first not in second and second not in first  # not one title printed twice


def title_key(text: str) -> str:
    """Fold a title for comparison: width, quotes, brackets and punctuation dropped."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZS")


def similar_titles(first: str, second: str) -> bool:
    """Tell whether two titles name the same speech (one a variant of the other)."""
    a, b = title_key(first), title_key(second)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= SIMILAR_TITLES
