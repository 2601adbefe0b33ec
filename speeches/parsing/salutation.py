"""Find a speech's salutation ("同志们：", "尊敬的各位来宾：") and the list of those
it addresses.

What belongs here: the patterns of a salutation and of an address list, and where
on a line the salutation starts.
"""

from __future__ import annotations

import re

from .chrome import LEAD, LEAD_WITHIN
from .line_kinds import (
    ADDRESSED_OFFICIAL,
    HEAD_DATE_PAREN,
    HEAD_TITLE_END,
    NEXT_SPEECH_TITLE,
    NEXT_TITLE_MAX_CHARS,
    OFFICES,
    PARAGRAPH_PUNCTUATION,
    REPORT_GENRES,
    SCRIPT_GENRES,
    SPEECH_GENRES,
    genre_words,
)
from .names import opens_with_surname
from .script import (
    PINYIN_ANNOTATION,
    TONE_MARKED_BRACKET,
    matching_form,
    without_pinyin,
)

# "同志们：", "尊敬的某某总统，各位同事：", "女士们，先生们，" (own line); the people
# addressed by any other name in 们, in a list or closed: "居民们，同志们：", "全县
# 干部们！" (not 我们/他们/人们, words of a sentence; not "某某某同志们", a name glued
# before a salutation of the list above)
SALUTATION = re.compile(
    # "敬爱的老师，亲爱的同学们：": a pupil's address opens on 敬爱的 (2.11)
    r"(?:(?:尊敬|亲爱|敬爱)的|各位|同志们|女士们|先生们|朋友们|同胞们|同学们|老师们|乡亲们|"
    # "全体师生：", "全校同学：", "全体干部职工！": a school's or unit's whole body
    # addressed, no 们 (2.11)
    r"全(?<![\u4e00-\u9fff]全)(?:体|校|院|班|厂|局|所)[\u4e00-\u9fff]{0,6}"
    r"(?:师生|同学|老师|教师|教职工|教职员工|员工|职工|干部|党员|队员|学员|同事)"
    r"(?=[：:！!，,、])|"
    # "志们：": "同志们" a site split, its first character left on the line above or lost
    r"^志们(?=[：:，,！!])|"
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,8}(?<![我你他她它咱人])"
    r"(?<!同志|女士|先生|朋友|同胞|同学|老师|乡亲)们(?=[,，、：:！!])|"
    # "大家早上好！我是…": a pupil's greeting opening the speech (早上, 中午: 2.11)
    r"主席先生|总统先生|秘书长先生|大家(?:早上|上午|中午|下午|晚上)?好|行政长官|"
    # "广大市民朋友：", "全县广大干部群众：": a broadcast address's people, no 们
    # "广大学生家长朋友们：": the same people, with 们 after a longer qualifier
    r"(?<![\u4e00-\u9fff])(?:全[市县区省镇乡])?广大[\u4e00-\u9fff]{0,8}"
    r"(?:朋友|同胞|群众|网友|听众|观众|青年)们?(?=[：:！!]))"
    # "各位来宾、大家好。谢谢…" (2.12): the greeting closes the salutation with a full
    # stop, the thanks run on after it
    r"[^。？！?：:\n]{0,100}?(?:[：:！!]|(?<=大家好|[早晚]上好|[上中下]午好)。|$)"
)

SALUTATION_PREFIX_MAX = 300

# what closes a salutation: its colon, an exclamation, the full stop after its greeting
SALUTATION_CLOSERS = ("：", ":", "！", "!", "。")

# "企业家朋友们、同志们：", "台湾同胞们：": the people addressed, qualified, opening
# the line (not "某某某同胞们", a name glued before them)
ADDRESSEE_QUALIFIER = re.compile(r"^[\u4e00-\u9fff]{2,6}$")

# "青年朋友们", "家长朋友们": who the people addressed are, before 朋友们/同志们,
# glued to a title and byline run on before them
ADDRESSEE_NOUN_END = re.compile(
    r"(?:青年|同学|家长|乡亲|战友|党员|干部|职工|市民|村民|"
    # "游客朋友们：" (2.21): 游 is also a surname, but 游客 are the people addressed
    r"游客|旅客|来宾|嘉宾|员工|居民|校友|学员|会员|客户)$"
)

# "刘某某同志们：" at the start of a line (the title and date run on above it): the
# speaker's name, two or three characters, glued before the people he addresses
GLUED_SPEAKER_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")

# "梁校监、各位总理、各位校董、雷校长、各位嘉宾：": the people addressed, some by name
# and office, in a list on a line of its own; at least two of them addressed as a
# group (ADDRESSEE_GROUP), which a sentence's list of offices never is; a list of
# two ("某某学校全体教师、各界人士：") when both are groups (全体, 各界)
ADDRESS_LIST = re.compile(
    r"^(?:[^、，,：:。！？!?；;\s【】]{1,16}[、，,]){1,}[^、，,：:。！？!?；;\s【】]{1,16}[：:]$"
)

ADDRESS_LIST_ITEM = re.compile(r"[、，,]")

ADDRESS_LIST_END = re.compile(r"[：:]")

# ("老师，同学们：": a pupil's list opens on the people addressed by their bare
# name, 老师, 校长, 来宾…, 2.11)
ADDRESSEE_GROUP = re.compile(
    r"各位|尊敬的|亲爱的|敬爱的|们$|^大家|全体|各界|"
    r"^(?:老师|校长|领导|来宾|嘉宾|家长|评委|同事|同学|朋友)$"
)

ADDRESS_LIST_MIN_GROUPS = 2

# "2019届本科毕业生同学们：", "2020级全体新生同学们！" (2.9): graduates or
# freshmen addressed by their cohort, the year (or a 范文's "20xx") and 届/级
# before the people; the qualifier runs longer than SALUTATION's own
# ("届博士毕业研究生同学们")
COHORT_SALUTATION = re.compile(
    r"^(?:(?:19|20)\d{2}|20[xXＸ×]{2}|[一二〇○零]{4})[届级][\u4e00-\u9fff、]{0,16}"
    r"(?:同学|同志|校友|学员|学子|毕业生|新生|朋友)们?[：:！!]"
)

# "【正】同志们：…": a journal database's mark where the article's text begins
BODY_MARK = re.compile(r"[【\[](?:正|正文|原文)[】\]][ \u3000]*")

# "3同志们：": a document share's page number glued before the salutation
GLUED_PAGE_NUMBER = re.compile(r"\d{1,3}")
# "尊敬县局领导、" before "各位同事，大家下午好！" (2.16): the first people addressed,
# honoured, the 的 after 尊敬 dropped
HONOURED_WITHOUT_DE = re.compile(r"尊敬(?!的)[\u4e00-\u9fff]{2,8}[、，,]")
# "【篇一】 同志们：", "篇二：各位来宾：" (2.16): a collection's item label on the line of
# the item's salutation
ITEM_LABEL = re.compile(
    r"[【\[]?(?:篇[一二三四五六七八九十\d]{1,2}|第[一二三四五六七八九十\d]{1,2}篇)[】\]]?"
    r"[:：、.． \u3000]*"
)

HEAD_BYLINE_MAX_CHARS = 40

GLUED_BYLINE = re.compile(
    rf"[\u4e00-\u9fff、]{{0,30}}{OFFICES}[ \u3000]+[\u4e00-\u9fff]{{2,4}}"
)

# "某某某：各位来宾，同志们，上午好！" (2.13): a transcript's label, the speaker's name
# and a colon, before the salutation on the same line
# (or the office and name: "某部副部长某某某：", "某某某副部长：")
SPEAKER_LABEL_PREFIX = re.compile(
    rf"(?:(?P<office>[\u4e00-\u9fff、]{{0,16}}{OFFICES})[ \u3000]?[\u4e00-\u9fff]{{2,4}}|"
    rf"[\u4e00-\u9fff]{{2,4}}(?P<after>[\u4e00-\u9fff]{{0,4}}{OFFICES})?)[：:][ \u3000]*"
)

# "政府工作报告 ——2026年2月3日在某市人民代表大会上 某某市市长 某某": the byline at the
# end of a run-on head, after its title and subtitle
TRAILING_BYLINE = re.compile(rf"(?:^|[ \u3000]){GLUED_BYLINE.pattern}$")

# "…党课讲稿——铭记初心担使命", "政府工作报告 ——2026年2月3日在…会议上": a title of the
# genre and its subtitle after a dash
DASHED_SUBTITLE_HEAD = re.compile(
    genre_words(SPEECH_GENRES, REPORT_GENRES, SCRIPT_GENRES)
    + r"[\u4e00-\u9fff]{0,2}[ \u3000]*——[^—。！？!?]{2,80}$"
)

# "…的讲话(精品)　2023-10-19 20:31:07　阅读 938　", "发布时间：2024-07-03 浏览量：3,467 ":
# the page's date, clock, counters and labelled fields after a run-on head's title
HEAD_INFO_TAIL = re.compile(
    r"(?:[ \u3000]*(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?|"
    r"(?:发布|更新|上传)?(?:时间|日期)[:：][ \u3000]*\S{6,20}|"
    r"(?:阅读|浏览|点击|人气|评论|点赞|收藏)(?:量|数|次数)?[:：]?[ \u3000]*"
    r"[(（]?[\d,.]+[万次]?[)）]?))+[ \u3000]*$"
)

# "同志们：" on a line of its own, as a speech's first line: a closed salutation.
OWN_LINE_SALUTATION_MAX_CHARS = 40

# "（2019年3月2日）" or "（2018年6月4日，上海）" after a title: a document head.
# "【2024元旦致辞】各位来宾：": a title in lenticular brackets glued before the
# salutation, the page's only heading
BRACKETED_HEAD_TITLE = re.compile(r"^[【\[](?P<title>[^【】\[\]]{4,40})[】\]]$")


def salutation_offset(line: str) -> int | None:
    """Return where a salutation opens this line, after at most a title and byline."""
    if TONE_MARKED_BRACKET.search(line):
        # "同學(xué)們，老師們，新年好！": a converter's pinyin inside the salutation
        return offset_with_pinyin(line, _plain_salutation_offset(without_pinyin(line)))
    return _plain_salutation_offset(line)


def offset_with_pinyin(line: str, offset: int | None) -> int | None:
    """Return where an offset into a line read without its pinyin falls in the line."""
    if offset is None:
        return None
    for annotation in PINYIN_ANNOTATION.finditer(line):
        if annotation.start() > offset:
            break
        offset += annotation.end() - annotation.start()
    return offset


def _plain_salutation_offset(line: str) -> int | None:
    if is_address_list(line) or COHORT_SALUTATION.match(line):
        return 0
    head = line[: SALUTATION_PREFIX_MAX + 120]
    for match in SALUTATION.finditer(head):
        if match.start() > SALUTATION_PREFIX_MAX:
            return None
        prefix = line[: match.start()]
        if LEAD.search(matching_form(prefix[:LEAD_WITHIN])):
            # "下面是小编为大家整理的…，供大家参考。同志们：…": the site's blurb
            return match.start() if _closed_salutation(match) else None
        if PARAGRAPH_PUNCTUATION.search(prefix):
            return None
        if GLUED_PAGE_NUMBER.fullmatch(prefix) and _closed_salutation(match):
            return match.start()
        if BODY_MARK.fullmatch(prefix):
            return match.start()  # "【正】同志们：…": a journal database's text mark
        if HONOURED_WITHOUT_DE.fullmatch(prefix) and _closed_salutation(match):
            return 0  # "尊敬县局领导、各位同事，大家下午好！": 的 dropped (2.16)
        if ITEM_LABEL.fullmatch(prefix) and _closed_salutation(match):
            return match.start()  # "【篇一】 同志们：": a collection's item (2.16)
        if _speaker_label(prefix) and _closed_salutation(match):
            return match.start()  # "某某某：各位来宾，…上午好！": a transcript's label
        if _glued_speaker_name(prefix) and _closed_salutation(match):
            return match.start()  # "某某某同志们：": the speaker's name, then the words
        if _qualified_addressee(prefix) and _closed_salutation(match):
            return 0  # "企业家朋友们、同志们："
        people = ADDRESSEE_NOUN_END.search(prefix)
        if (
            people
            and _closed_salutation(match)
            and _head_prefix(prefix[: people.start()])
        ):
            return people.start()  # "…动员讲话王某某青年朋友们、同志们：" run on
        if prefix and not _head_prefix(prefix):
            continue  # "…我代表市委，向各位来宾…": a sentence, not a salutation
        closed = match.group().endswith(SALUTATION_CLOSERS)
        if closed and _names_a_title(line[match.end() :]):
            continue  # "同志们：在全市…大会上的讲话": a link to a speech, in a menu
        # "女士们，先生们，" on a line of its own, or closing a run-on head line; not
        # a headline opening with the speaker's office ("行政长官在…酒会致辞")
        open_at_end = head == line and match.end() == len(line)
        open_at_end = open_at_end and not HEAD_TITLE_END.search(match.group())
        if closed or (open_at_end and (len(line) <= 40 or prefix)):
            return match.start()
    return None


def is_address_list(line: str) -> bool:
    """Tell the people addressed, listed at the start of a line ("梁校监、各位总理、
    雷校长、各位来宾："), from a sentence's list."""
    colon = ADDRESS_LIST_END.search(line)
    if not colon or not ADDRESS_LIST.match(line[: colon.end()]):
        return False
    items = ADDRESS_LIST_ITEM.split(line[: colon.start()])
    groups = sum(1 for item in items if ADDRESSEE_GROUP.search(item))
    if groups >= ADDRESS_LIST_MIN_GROUPS:
        return True
    # "王部长、李书记，同志们：", "**部长、**书记，同志们：" (2.16): the officials on the
    # platform by surname (or a 范文's placeholder) and office, then the hall
    officials = sum(1 for item in items if ADDRESSED_OFFICIAL.fullmatch(item))
    return (
        bool(ADDRESSEE_GROUP.search(items[-1]))
        and officials >= 1
        and groups + officials == len(items)
    )


def _speaker_label(prefix: str) -> bool:
    """Tell a transcript's label naming the speaker ("某某某：") before his words from
    a host's or a role's ("主持人：")."""
    label = SPEAKER_LABEL_PREFIX.fullmatch(prefix)
    if not label:
        return False
    return bool(label["office"]) or opens_with_surname(prefix.rstrip("：: \u3000"))


def _glued_speaker_name(prefix: str) -> bool:
    """Tell a speaker's name glued before the salutation ("刘某某同志们：") from words
    that qualify the people addressed."""
    return (
        bool(GLUED_SPEAKER_NAME.fullmatch(prefix))
        and opens_with_surname(prefix)
        and not ADDRESSEE_NOUN_END.search(prefix)
    )


def _qualified_addressee(prefix: str) -> bool:
    """Tell the words that qualify the people addressed ("企业家", "港澳") from a
    name glued before them ("某某某") or a title."""
    return bool(ADDRESSEE_QUALIFIER.match(prefix)) and not opens_with_surname(prefix)


def _closed_salutation(match: re.Match) -> bool:
    return match.group().endswith(SALUTATION_CLOSERS)


def _names_a_title(rest: str) -> bool:
    """Tell a speech's title after a salutation (a menu link's text) from its words."""
    rest = rest.strip()
    return (
        0 < len(rest) <= NEXT_TITLE_MAX_CHARS
        and not PARAGRAPH_PUNCTUATION.search(rest)
        and bool(NEXT_SPEECH_TITLE.search(rest))
    )


def _head_prefix(prefix: str) -> bool:
    """Tell a title, date and byline run on before a salutation from a sentence."""
    prefix = HEAD_INFO_TAIL.sub("", prefix.strip()).strip()
    bracketed = BRACKETED_HEAD_TITLE.match(prefix)
    if bracketed:
        prefix = bracketed["title"]
    if HEAD_TITLE_END.search(prefix) or GLUED_BYLINE.fullmatch(prefix):
        return True
    titled = TRAILING_BYLINE.sub("", prefix).strip()
    if DASHED_SUBTITLE_HEAD.search(titled) or (
        titled != prefix and HEAD_TITLE_END.search(titled)
    ):
        return True
    parens = list(HEAD_DATE_PAREN.finditer(prefix))
    return bool(parens) and len(prefix) - parens[-1].end() <= HEAD_BYLINE_MAX_CHARS
