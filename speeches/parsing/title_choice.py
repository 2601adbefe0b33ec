"""Choose a speech's title among the head's candidates, the file name and the
opening words, and qualify a generic title ("讲话") by its occasion.

What belongs here: the ranking of candidates and the fallbacks when none ranks.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import PurePath

from .bylines import names_a_speaker
from .clean import CleanText
from .head import BUNDLE_FIRST, Head
from .line_kinds import (
    DATELINE,
    HEAD_DATE_PAREN,
    NEXT_SPEECH_TITLE,
    OFFICES,
    SPEECH_GENRES,
    genre_words,
)
from .normalise import INVISIBLE_CHARS
from .quoted import QUOTED_SPEECH_BONUS
from .salutation import SALUTATION
from .script import to_simplified
from .speaker import OCCASION_OPENING
from .title_decorations import strip_decorations
from .title_evidence import TITLE_ENDINGS
from .title_score import (
    AUTHOR_MARK,
    CJK,
    FOOTER_ORDER,
    NOT_A_TRAILING_NAME,
    SUBTITLE_DASH,
    TRAILING_BYLINE,
    TitleCandidate,
    similar_titles,
    tagged_echo,
    title_key,
    title_score,
)

# A title the page prints twice or more (its <title>, another head line, its file
# name, its footer) is the page's own: "第三任校长就职演说" over a pager
# holding it, not the next work's title under it
ECHOED_TITLE_BONUS = 1

ECHO_MIN_CHARS = 6

# The last title-like line of the head is the one the speech starts under: the
# document's own title ("在…上的讲话") under a site's headline ("…讲话稿")
HEADS_SPEECH_BONUS = 1
# "2022年某某开幕式致辞(精选文档)": a 范文 site's heading, the page's year before a
# headline it prints bare too, tagged as the site's collection (2.16)
# "某某在全省春耕生产会议上要求 不误农时抓春耕", "市长出席某某大会并讲话": a news
# headline reporting what a speaker said at a meeting, not the speech's own title
NEWS_HEADLINE_REPORT = re.compile(
    r"在[^，。]{2,50}?(?:上|时|期间)(?:强调|要求|指出|表示|提出|发表(?:重要)?讲话|"
    r"作(?:重要)?讲话)|出席[^，。]{2,50}?并(?:作|发表)?(?:重要)?(?:讲话|致辞)"
)

# "某省委书记：以…推动…": a paper's headline giving the speaker's office, a colon and
# the theme it draws from the speech; the speech's own title printed under it is the
# title (2.20)
NEWS_HEADLINE_SPEAKER = re.compile(rf"^[^，。：:“”《》\s]{{0,20}}?{OFFICES}[：:]\S")

# "上一篇：…", "下一篇：…": a page's links to the pages beside it
PAGE_LINK = re.compile(r"^(?:上一篇|下一篇)[:：]?")

# "全县三级干部大会召开", "某某论坛在某地隆重开幕": a story's headline reporting the
# meeting held, never a speech's title
MEETING_HELD_HEADLINE = re.compile(
    r"^[^，。：:]{4,40}?(?:隆重)?(?:召开|举行|开幕|闭幕)$"
)

SITE_YEAR_PREFIX = re.compile(r"^(?:19|20)\d{2}年(?P<rest>.{4,})$")
SITE_COLLECTION_TAG = re.compile(
    r"[（(【\[](?:精选|通用|热门|最新|优秀)[^）)】\]]{0,6}[）)】\]]"
)

# The speech's own title under a wire's report of it outranks the report's headline
REPORTED_SPEECH_BONUS = 3

# A variant of the chosen title reads as a title as well: not a blurb naming it
VARIANT_SCORE_SLACK = 2

# Where candidates score alike, a headline comes first, then the file's name, then
# the document's own title (after a dateline, under a date), its footer, breadcrumb
SOURCE_RANK = {"headline": 4, "filename": 3, "document": 2, "footer": 1}

# Titles too general to tell one report from another: qualified by year and place.
GENERIC_TITLES = {"政府工作报告", "工作报告", "讲话", "讲话稿", "报告", "致辞", "发言"}

# A file name holding a sentence's stops is the text's first words
FILENAME_SENTENCE = re.compile(r"[。！？!?；;]")

# File names: "crawler-x__2019-03-02_015_某某：在…的讲话.txt" -> "某某：在…的讲话"
FILENAME_ID_PREFIX = re.compile(r"^(?:[A-Za-z0-9][A-Za-z0-9.\-]*(?:__|_|\s)+)+")

# A file name cut short is continued by a title sharing its last characters.
FILENAME_OVERLAP = 6

BODY_CONTINUATION_CHARS = 3000

# "——2019年1月20日在某省第十三届人民代表大会…上" -> "某省"
SUBTITLE_PLACE = re.compile(
    r"在(?P<place>[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|县|区))第"
)

# "某某文集_第二卷" -> "某某文集第二卷": an underscore standing for a space in a file name
UNDERSCORE_BETWEEN_WORDS = re.compile(
    r"(?<=[\u4e00-\u9fff）)”])_(?=[\u4e00-\u9fff（(“])"
)

# "…推向新" + "的阶段。": a file name's title continued in the text up to a stop
CONTINUATION = re.compile(r"[^，。、；：！？“”《》（）\s]{1,20}(?=[。；！？])")

UNCLOSED_BRACKET = re.compile(r"[ _]*[（(][^（）()]*$")

OPENING_GENRES = {"交流": "发言"}

# "这是我在全县…会议上的讲话": the speech naming itself
OCCASION_NAMED = re.compile(
    r"在[^，,。！？\n“”]{2,50}?(?:会议|大会|会|论坛|典礼|仪式)上的"
    + genre_words(SPEECH_GENRES)
)

# "今天我演讲的题目是《青春在路上》": a contest speech naming its own title in its
# opening, where the page prints none
OPENING_NAMES_TITLE = re.compile(
    r"我(?:今天|今天在这里)?(?:演讲|讲话|发言|汇报|报告|要讲|讲)的(?:题目|主题|话题)(?:是|为|叫)[:：]?"
    r"[ \u3000]*[《“\"](?P<title>[^《》“”\"。！？\n]{2,30})[》”\"]"
)

# "今天，我们召开全县秋季防火工作会议，…": the meeting a speech's first sentence says
# is being held; "在全县秋季防火工作会议上的讲话" where the page prints no title (a
# ceremony's speech is a 致辞)
OCCASION_CONVENED = re.compile(
    r"^(?:今天|今天上午|今天下午|今晚|今日)?[，, ]?(?:我们|县委|市委|区委|镇党委|党委|"
    r"县政府|市政府|区政府|镇政府)?(?:在这里|在此)?(?:隆重|专门|专题)?(?:召开|举行)了?(?:这次|本次|一个|一次)?"
    r"(?P<occasion>[^，,。！？\n在]{2,40}?(?P<kind>会议|大会|座谈会|推进会|现场会|部署会|"
    r"动员会|表彰会|总结会|培训班|典礼|仪式|开幕式))[，,。]"
)

# "大家好！很高兴出席今天的全球减贫伙伴论坛。": a guest's opening naming the event he
# attends; "在全球减贫伙伴论坛上的致辞"
OCCASION_ATTENDED = re.compile(
    r"^(?:大家(?:上午|下午|晚上)?好[！!，,。]\s*)?(?:我|今天)?(?:很|非常|十分)?(?:高兴|荣幸)(?:地)?"
    r"(?:出席|参加|来到)(?:今天的|今天|这次|本次|在此举行的)?"
    r"(?P<occasion>[^，,。！？\n在]{2,40}?(?P<kind>会议|大会|座谈会|论坛|峰会|年会|典礼|仪式|"
    r"开幕式))[，,。！!]"
)

CEREMONY_KINDS = {"典礼", "仪式", "开幕式", "论坛", "年会"}  # a summit: 讲话

# "各位代表：现在，我代表国务院，向大会报告政府工作，请予审议": a work report's
# opening formula names the report it opens ("政府工作报告"; a standing committee's,
# a court's or a procuratorate's "…工作报告") where the page prints no title
REPORT_NAMED_BY_OPENING = re.compile(
    r"^(?:现在|下面)?[，, ]?我(?:受[^，,。]{2,20}?委托[，, ]?)?代表"
    r"(?P<organ>国务院|[^，,。、\n]{0,16}?(?:人民政府|政府|常务委员会|常委会|人民法院|人民检察院))"
    r"[，, ]?向(?:大会|本次大会|会议|全会)(?:报告|作)"
)

GOVERNMENT_ORGANS = ("国务院", "政府")

OPENING_TITLE_CHARS = 300

# "同志们：" before the opening sentence
SALUTATION_LINE = re.compile(r"^[^\n]{0,40}[：:]\s*")


def choose_title(
    head: Head, file_title: str, body: str, *, news: bool = False, page_title: str = ""
) -> tuple[str, str, int]:
    """Pick the title an archive editor would store; return it, where it came from,
    and the last head line that prints it (-1 when no head line does).

    The page's headline comes first; a file name stands in for the headline when the
    text has none (wire copies start with a dateline); then the document's own title,
    then a "本文标题:" footer. Among variants of the same title the fullest is kept:
    the one that names the speaker, or keeps "(社区)" where another drops it. A news
    story's headline keeps the deck printed under it.
    """
    candidates = [c for c in head.titles if title_score(c.text)]
    candidates = [c for c in candidates if not tagged_echo(c, candidates)]
    if file_title and not any(c.source == "headline" for c in candidates):
        # the headline a crawler saw, saved as the file's name (a wire copy prints none)
        candidates.append(TitleCandidate(file_title, "filename", -1))
    elsewhere = [page_title, file_title]
    for candidate in candidates:
        others = elsewhere[:1] if candidate.source == "filename" else elsewhere
        candidate.context = _echo_bonus(candidate, head.lines, others)
    printed = [c for c in candidates if 0 <= c.order < FOOTER_ORDER]
    if printed:  # the title the speech starts under
        last = max(printed, key=lambda c: c.order)
        last.context += HEADS_SPEECH_BONUS
        if _speech_under_report(last, candidates, head):
            last.context += REPORTED_SPEECH_BONUS
        elif _quoted_speech_title(last, candidates, head):
            last.context += QUOTED_SPEECH_BONUS
    ranked = sorted(
        candidates,
        key=lambda c: (-c.total(), -SOURCE_RANK.get(c.source, 0), c.order),
    )
    headlines = [c for c in ranked if c.source == "headline"]
    if news and headlines:  # a news story's first headline line is its title
        chosen = min(headlines, key=lambda c: c.order)
    elif ranked:
        chosen = ranked[0]
    elif head.blurb_titles:
        return head.blurb_titles[0], "blurb", -1
    elif head.collection_topics:  # "会议发言稿范文(28篇)": a collection's own name
        return head.collection_topics[0], "headline", -1
    elif head.plain_titles:  # "Speech by …" over a Chinese speech; a thread's title
        plain = head.plain_titles[0]  # "… (English only) (with photos)": its notes cut
        return strip_decorations(plain) or plain, "headline", -1
    elif head.lead_titles:  # a wire's lead: "某某9日在…上发表讲话"
        return head.lead_titles[0], "occasion", -1
    else:
        opening = title_from_opening(body)
        return opening, ("occasion" if opening else ""), -1
    # "本站整理的X，供参考。" holds X but is no fuller title: a variant reads as one
    variants = [
        c
        for c in ranked
        if similar_titles(c.text, chosen.text)
        and title_score(c.text) >= title_score(chosen.text) - VARIANT_SCORE_SLACK
    ]
    variants = _without_foreign_prefixes([chosen, *variants])
    chosen = variants[0] if chosen not in variants else chosen
    printed_at = max(
        (c.order for c in [chosen, *variants] if 0 <= c.order < FOOTER_ORDER),
        default=-1,
    )
    if chosen.text in GENERIC_TITLES:
        # "政府工作报告" under a fuller headline ("2021年某县政府工作报告") takes its words
        fuller = [c for c in variants if c.text not in GENERIC_TITLES]
        if not fuller:
            title = qualify_generic_title(chosen.text, head, file_title)
            return title, chosen.source, printed_at
        chosen = max(fuller, key=lambda c: (len(title_key(c.text)), len(c.text)))
    if file_title and similar_titles(file_title, chosen.text):
        variants.append(TitleCandidate(file_title, "filename", -1))
    pool = [chosen, *variants]
    pool = [c for c in pool if not _site_year_heading(c, pool, head)] or pool
    best = max(pool, key=lambda c: (len(title_key(c.text)), len(c.text)))
    own_title = _speech_title_under_news_headline(best, head)
    if own_title:
        return own_title, best.source, printed_at
    if news and best.source == "headline":
        deck = [c for c in headlines if c.order == best.order + 1]
        if deck and not similar_titles(deck[0].text, best.text):
            return f"{best.text} {deck[0].text}", best.source, printed_at
    return best.text, best.source, printed_at


def _speech_under_report(
    last: TitleCandidate, candidates: list[TitleCandidate], head: Head
) -> bool:
    """Tell the speech's own title ("在…座谈会上的讲话") printed under a wire's report
    of it ("新华社某地8月23日电 …今天举行座谈会…"), over the speech printed whole:
    the archive keeps the speech, so its own title, not the report's headline."""
    return (
        bool(head.datelines)
        and last.source == "document"
        and bool(NEXT_SPEECH_TITLE.match(to_simplified(last.text)))
        and any(c.source == "headline" and c.order < last.order for c in candidates)
    )


def titles_over_page_links(tail: tuple[str, ...]) -> list[str]:
    """Return a speech's title printed alone right over the page's "上一篇：…" /
    "下一篇：…" links, where a page with no title over the speech prints its own
    (2.19)."""
    return [
        line
        for line, following in pairwise(tail)
        if PAGE_LINK.match(following)
        and not PAGE_LINK.match(line)
        and NEXT_SPEECH_TITLE.match(to_simplified(line))
    ][:1]


def _speech_title_under_news_headline(best: TitleCandidate, head: Head) -> str:
    """Return the speech's own title ("——在…会议上的讲话") printed as a subtitle under
    a portal's news headline about it ("某某在…会议上强调 …"), or "" (2.19): the
    archive keeps the speech, so the title it was given, not the story's."""
    if best.source != "headline":
        return ""
    text = to_simplified(best.text)
    if NEXT_SPEECH_TITLE.match(text):
        return ""
    if NEWS_HEADLINE_REPORT.search(text) or NEWS_HEADLINE_SPEAKER.match(text):
        for subtitle in head.subtitles:
            if NEXT_SPEECH_TITLE.match(to_simplified(subtitle)):
                return subtitle
    # "全县三级干部大会召开" over "…作了题为《X》的讲话。以下为讲话全文："
    if (
        NEWS_HEADLINE_REPORT.search(text)
        or MEETING_HELD_HEADLINE.match(text)
        or NEWS_HEADLINE_SPEAKER.match(text)
    ):
        return next(iter(head.reported_titles), "")
    return ""


def _site_year_heading(
    candidate: TitleCandidate, pool: list[TitleCandidate], head: Head
) -> bool:
    """Tell a 范文 site's own heading of a page from the headline it prints bare too:
    "2022年某某开幕式致辞(精选文档)" (the page's year, on a line the site tagged as its
    collection's: the year is the page's, not the speech's) and "第一篇、某某开幕词"
    (the first item's label) beside "某某开幕式致辞" (2.16)."""
    others = [other for other in pool if other is not candidate]
    first_item = BUNDLE_FIRST.match(candidate.text)
    if (
        first_item
    ):  # "第一篇、运动会开幕词" beside "第七届运动会开幕词": the item's label
        rest = candidate.text[first_item.end() :]
        return any(similar_titles(rest, other.text) for other in others)
    year = SITE_YEAR_PREFIX.match(candidate.text)
    line = head.lines[candidate.order] if 0 <= candidate.order < len(head.lines) else ""
    return (
        bool(year)
        and bool(SITE_COLLECTION_TAG.search(to_simplified(line)))
        and any(other.text == year["rest"] for other in others)
    )


def _quoted_speech_title(
    last: TitleCandidate, candidates: list[TitleCandidate], head: Head
) -> bool:
    """Tell the title of a speech a post quotes under its announcement ("以下是原文："
    / "致辞：某某" / "做自己尊重的人"), over the speech, from the post's headline
    printed above the announcement (2.16)."""
    return 0 <= head.announced_at < last.order and any(
        c.source == "headline" and c.order < head.announced_at for c in candidates
    )


def _echo_bonus(
    candidate: TitleCandidate, lines: list[str], elsewhere: list[str]
) -> int:
    """Return the bonus of a title the page prints on another head line too, or in
    its <title>, or as the file's name."""
    key = title_key(candidate.text)
    if len(key) < ECHO_MIN_CHARS:
        return 0
    printed = [line for order, line in enumerate(lines) if order != candidate.order]
    if any(key in title_key(line) for line in [*printed, *elsewhere] if line):
        return ECHOED_TITLE_BONUS
    return 0


def _without_foreign_prefixes(variants: list[TitleCandidate]) -> list[TitleCandidate]:
    """Drop a variant that is another with words before its "在" that name no speaker:
    "求一篇在…的讲话" beside "在…的讲话" (a forum thread), not "某镇党委书记在…"."""
    keys = [title_key(c.text) for c in variants]
    kept = []
    for candidate, key in zip(variants, keys, strict=True):
        prefixes = [
            key[: -len(other)]
            for other in keys
            if other != key and other.startswith("在") and key.endswith(other)
        ]
        if any(not names_a_speaker(prefix) for prefix in prefixes):
            continue
        kept.append(candidate)
    return kept or variants


def qualify_generic_title(title: str, head: Head, file_title: str) -> str:
    """Turn "政府工作报告" into "2019年某省政府工作报告" when the file name names it so."""
    if title not in GENERIC_TITLES:
        return title
    year = next((d.year for d in head.dates), None)
    if file_title and file_title.endswith(title) and str(year or "") in file_title:
        return file_title
    place = ""
    for subtitle in head.subtitles:
        found = SUBTITLE_PLACE.search(subtitle)
        if found:
            place = found["place"]
            break
    # A page printing "政府工作报告" alone keeps it: a year and a place from the subtitle
    # make the title only when the file is named after them ("2026_某省_政府工作报告").
    if not place or not file_title.endswith(f"{place}{title}"):
        return title
    return f"{year}年{place}{title}" if year else f"{place}{title}"


def title_from_opening(body: str) -> str:
    """Return the title a speech without one gives itself in its opening words: the
    occasion it names ("在全市…推进会上，我们作交流发言" -> "在全市…推进会上的发言"),
    or "" when it names none (an editor titles it; the first sentence is no title)."""
    opening = body[:OPENING_TITLE_CHARS]
    named = OCCASION_NAMED.search(opening)
    if named:
        return named.group().strip()
    own = OPENING_NAMES_TITLE.search(opening)
    if own:
        return own["title"].strip()
    words = SALUTATION_LINE.sub("", opening, count=1)
    report = REPORT_NAMED_BY_OPENING.match(words.lstrip())
    if report:
        organ = report["organ"]
        return (
            "政府工作报告" if organ.endswith(GOVERNMENT_ORGANS) else f"{organ}工作报告"
        )
    match = OCCASION_OPENING.match(words)
    if not match:
        convened = OCCASION_CONVENED.match(words) or OCCASION_ATTENDED.match(words)
        if not convened:
            return ""
        genre = "致辞" if convened["kind"] in CEREMONY_KINDS else "讲话"
        return f"在{convened['occasion']}上的{genre}"
    genre = OPENING_GENRES.get(match["verb"], match["verb"])
    return f"在{match['occasion']}上的{genre}"


def title_from_filename(filename: str | None, cleaned: CleanText) -> str:
    """Return the title a file's name carries, or "" when it is an id or the text's start.

    Ids and dates before the title are dropped ("…__2019-03-02_015_"); a name cut off
    by a file system ("…茶话会上的讲") is completed from a title printed in the text.
    """
    if not filename:
        return ""
    stem = INVISIBLE_CHARS.sub("", PurePath(filename).stem)
    stem = "".join(ch if ch.isprintable() else " " for ch in stem)  # "\n", "\x1b"
    stem = FILENAME_ID_PREFIX.sub("", stem)
    stem = UNDERSCORE_BETWEEN_WORDS.sub("", stem)
    stem = strip_decorations(stem.replace("_", " ")).strip()
    if len(CJK.findall(stem)) < 4:
        return ""
    if SALUTATION.match(stem) or FILENAME_SENTENCE.search(stem):
        return ""  # "尊敬的某某总统，各位同事：大家好！首": the first words, cut
    start_of_text = title_key("".join([*cleaned.head, cleaned.body[:300]])[:300])
    if start_of_text.startswith(title_key(stem)):
        return ""  # the file is named after its first words, not its title
    return _complete_from_text(stem, cleaned)


def _complete_from_text(stem: str, cleaned: CleanText) -> str:
    """Complete a file name cut short, from a title in the text that continues it."""
    stem = UNCLOSED_BRACKET.sub("", stem).strip()
    for piece in _head_pieces(cleaned.head):
        if not piece or piece in stem:
            continue
        for cut in range(0, len(stem) - FILENAME_OVERLAP + 1):
            tail = stem[cut:]
            if piece.startswith(tail) and len(piece) > len(tail):
                return stem[:cut] + piece
    if len(stem) >= FILENAME_OVERLAP and not stem.endswith(TITLE_ENDINGS):
        opening = cleaned.body[:BODY_CONTINUATION_CHARS]
        found = opening.find(stem[-FILENAME_OVERLAP:])
        if found != -1:
            after = opening[found + FILENAME_OVERLAP :]
            continuation = CONTINUATION.match(after)
            if continuation:
                return stem + continuation.group()
    return stem


def _head_pieces(lines: tuple[str, ...]) -> list[str]:
    """Return the title-like pieces of head lines: no dateline, date, byline or dash."""
    pieces = []
    for line in lines:
        line = DATELINE.sub("", line).split(AUTHOR_MARK)[0]
        line = HEAD_DATE_PAREN.split(line)[0]
        for part in SUBTITLE_DASH.split(line):
            part = part.strip()
            glued = TRAILING_BYLINE.search(part)
            if glued and not NOT_A_TRAILING_NAME.search(glued["name"]):
                part = part[: glued.start()]
            pieces.append(part)
    return pieces
