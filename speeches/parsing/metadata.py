"""Read the title, date, source, speaker, occasion, level and truncation of a speech.

Everything here reads the head (what a page prints before the speech), the tail
(what it prints after) and the file name; the body is read only for the occasion's
level and for signs that the page cut the speech off.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import PurePath

from .body_end import AUTHOR_NOTE, BARE_NAME, ends_in_verse, signed_speaker
from .body_start import EDITORS_HEADNOTE, HEADNOTE_DAY
from .bylines import NOT_A_NAME, PLACEHOLDER_NAME, SPEAKER_LINE, names_a_speaker
from .chrome import TITLE_FOOTER, WORD_COUNT
from .clean import CleanText
from .delivered import find_delivered
from .head import Head, read_head
from .line_kinds import DATELINE, HEAD_DATE_PAREN, NEXT_SPEECH_TITLE
from .names import opens_with_surname
from .normalise import INVISIBLE_CHARS
from .page_date import find_date, publication_date
from .salutation import SALUTATION
from .script import printed_group, to_simplified
from .source_site import find_source_site, find_source_url
from .title_decorations import SPACES, strip_decorations
from .title_evidence import OCCASION_AT, TITLE_ENDINGS
from .title_score import (
    AUTHOR_MARK,
    CJK,
    NOT_A_TRAILING_NAME,
    SUBTITLE_DASH,
    TRAILING_BYLINE,
    TitleCandidate,
    similar_titles,
    tagged_echo,
    title_key,
    title_score,
)

# Titles read from a page's footer ("本文标题：…") rank after every head line.
FOOTER_ORDER = 900

# A title the page prints twice or more (its <title>, another head line, its file
# name, its footer) is the page's own: "第三任校长就职演说" over a pager
# holding it, not the next work's title under it
ECHOED_TITLE_BONUS = 1

ECHO_MIN_CHARS = 6

# The last title-like line of the head is the one the speech starts under: the
# document's own title ("在…上的讲话") under a site's headline ("…讲话稿")
HEADS_SPEECH_BONUS = 1

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

# "2019年某省…" is a title, not a speaker named before "在…的讲话"
DIGIT_OR_YEAR = re.compile(r"\d|年")

UNCLOSED_BRACKET = re.compile(r"[ _]*[（(][^（）()]*$")

# "梧桐镇党委书记2023年度抓基层党建工作述职报告": a report titled by its speaker's role
SPEAKER_OPENS_REPORT = re.compile(
    r"^(?P<speaker>[^在：:，,“”\"《》\d]{2,24}?(?:书记|[镇乡县市区]长|主任|局长|部长))"
    r"(?=(?:19|20)\d{2}年度?.{2,40}(?:述职|述责|述廉|报告|发言)[\u4e00-\u9fff]{0,4}$)"
)

# "这是某某在某届某中全会上的讲话": an edition's headnote names the
# speaker and the meeting
HEADNOTE_SPEAKER_AT = re.compile(
    rf"^这是(?P<speaker>[\u4e00-\u9fff]{{2,4}}?)(?:同志)?{HEADNOTE_DAY}在"
    r"(?P<occasion>[^。，,；;]{2,60}?(?:会议|大会|全会|全体会议|座谈会|会))上"
)

# "院长专栏", "书记频道": a site's column named for an office, printed in its menu
# and breadcrumb over the speech; the column, not its speaker
OFFICE_COLUMN = re.compile(r"(?:专栏|栏目|频道)$")

# "某乡党委书记在“清风乡村”…上的讲话", "某某：在…上的讲话"
SPEAKER_IN_TITLE = re.compile(
    r"^(?P<speaker>[^在：:，,“”\"《》]{2,24}?)(?:同志)?(?:[：:] ?)?"
    r"(?=在.{2,100}?(?:上|时|期间)?的[\u4e00-\u9fff]{0,4}(?:讲话|致辞|演讲|发言|报告))"
)

# "在全市…现场推进会上，我们作交流发言。": a speech that names its meeting first
OCCASION_OPENING = re.compile(
    r"^[^。！？\n]{0,10}?在(?P<occasion>[^，,。！？\n]{2,40}?"
    r"(?:会议|大会|座谈会|推进会|现场会|部署会|培训班|研讨会|交流会|论坛|会))上[，,]"
    r"[^。！？\n]{0,30}?(?P<verb>发言|讲话|交流|致辞)"
)

OPENING_GENRES = {"交流": "发言"}

# "现在，我代表某届委员会向大会作报告。" + "某某第N次代表大会，是…": a report to a
# congress names its meeting in the sentence after it ("大会" where it does not)
REPORT_TO_MEETING = re.compile(
    r"(?:^|\n)(?:现在，)?我代表[^。！？\n]{2,40}?向(?P<meeting>大会|会议|全会)"
    r"(?:作|做)[^。！？\n]{0,6}报告[。！]\n?"
    r"(?:(?P<named>[^，。！？\n]{4,40}?(?:代表大会|全体会议|全会|会议))[，,]是)?"
)

REPORT_OPENING_CHARS = 300

# "这是我在全县…会议上的讲话": the speech naming itself
OCCASION_NAMED = re.compile(
    r"在[^，,。！？\n“”]{2,50}?(?:会议|大会|会|论坛|典礼|仪式)上的(?:讲话|致辞|发言)"
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

OPENING_TITLE_CHARS = 300

# "同志们：" before the opening sentence
SALUTATION_LINE = re.compile(r"^[^\n]{0,40}[：:]\s*")

# "——2019年1月20日在某省第十三届人民代表大会第二次会议上"
OCCASION_SUBTITLE = re.compile(r"在(?P<occasion>.{2,100}?)上$")

# "全县农村人居环境整治座谈会讲话" -> "全县农村人居环境整治座谈会";
# "三届四次职代会学校工作报告" -> "三届四次职代会": the report made to a congress
OCCASION_BARE = re.compile(
    r"^(?P<occasion>.{2,80}?(?:会议|大会|座谈会|推进会|部署会|培训会|研讨会|论坛|峰会|"
    r"典礼|仪式|宴会|招待会|茶话会|团拜会|会))"
    r"(?:(?:上)?的?(?:主旨|重要|书面)?(?:讲话|致辞|发言)|(?:上的)?(?:学校|行政)?工作报告)$"
)

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
    r"(?:讲|谈|提|强调|说)(?P<count>[两二三四五六七八九2-9])(?:点|个方面的?|个问题|个方面)"
)

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
        report = REPORT_TO_MEETING.search(cleaned.body[:REPORT_OPENING_CHARS])
        occasion = (report["named"] or report["meeting"]) if report else None
    speaker = find_speaker(head, title, cleaned.trailers, title_order=title_order)
    headnote = _headnote(cleaned.head)
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


def _headnote(lines: tuple[str, ...]) -> re.Match | None:
    """Return the speaker and meeting an edition's headnote names, if it names both."""
    for line in lines:
        if EDITORS_HEADNOTE.match(line):
            return HEADNOTE_SPEAKER_AT.match(line)
    return None


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
    best = max([chosen, *variants], key=lambda c: (len(title_key(c.text)), len(c.text)))
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


# "某乡党委书记　李某某" under the speech: a signature, who gave it
SIGNED_ROLE = re.compile(
    r"^[\u4e00-\u9fff、]{1,20}(?:书记|长|主任|主席|经理|总裁)[ \u3000]+[\u4e00-\u9fff]{2,3}$"
)


def find_speaker(
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
    titles = [title, *(c.text for c in head.titles)]
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
    if head.lead_speakers:  # "【核心提示】县委书记某某强调，…"
        return tidy_byline(head.lead_speakers[0])
    return tidy_byline(bylines[0].text) if bylines else None


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
    for pattern in (OCCASION_AT, OCCASION_SUBTITLE, OCCASION_BARE):
        for text in texts:
            match = pattern.search(to_simplified(text))  # "在…上的講話" too
            if match and (pattern is not OCCASION_BARE or match.start() == 0):
                return printed_group(match, text, "occasion").strip()
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
