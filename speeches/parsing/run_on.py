"""Break run-on lines: split what a page glued onto one line back into its lines.

What belongs here: seams between a heading and its paragraph, a salutation split
over two lines, inline ads and footers glued to the text, a head's title run into
its byline.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .chrome import (
    DROPPABLE_MAX_CHARS,
    ENDING_CHROME_MAX_CHARS,
    droppable_chrome,
    ending_chrome,
)
from .line_kinds import (
    CEREMONY_GENRES,
    SPOKEN_GENRES,
    STATEMENT_GENRES,
    genre_words,
)
from .script import to_simplified

# "…致以问候。 【某市人大第二次会议 闭幕词全文】 各位代表，…" (2.12): a post's run-on text
# naming the speech it gives in a bracketed heading after its own sentences; the
# speech starts after the heading
_INLINE_HEADING = (
    r"(?<=[。！？!?])[ \u3000]*【(?P<heading>[^【】。！？]{2,60}?"
    + genre_words(SPOKEN_GENRES, CEREMONY_GENRES, STATEMENT_GENRES)
    + r")"
    r"全文】[ \u3000]*"
)

INLINE_FULL_TEXT_HEADING = re.compile(_INLINE_HEADING + r"(?=\S)")

# the same heading closing the head run on before the speech
TRAILING_FULL_TEXT_HEADING = re.compile(_INLINE_HEADING + "$")

# "201X/X/XX", "20xx年x月x日": a template's date left masked, which ends the cover's
# title in a document share's run-on head
MASKED_DATE = re.compile(
    r"(?:19|20)[\dXx]{2}(?:/[\dXx]{1,2}/[\dXx]{1,2}|年[\dXx]{1,2}月[\dXx]{1,2}日)"
)

# A document site's footer glued to the end of a run-on page:
# "…向纵深发下载本文档 本文标题：在…的讲话 链接地址：https://…"
GLUED_FOOTER = re.compile(
    r"(?:本文标题|文章标题|原文标题|链接地址|本文链接|原文链接|本文地址)[:：]|"
    r"下载本文档|下载全文|(?:阅读|查看|展开)全文|剩余\d{1,2}%未读|"
    # "…再创佳绩！（全文完）上一篇：在…的致辞 下一篇：… 本文来源于某某网"
    r"[（(](?:全文完|本文完)[）)]|(?:上一篇|下一篇)[:：]|本文来源于|转载请注明|"
    # "…主动上门……余下全文请开通会员后阅读", "觉得有用就打赏一下吧 ¥1 ¥5", "相关范文：…",
    # "墨香文库 版权所有", "Copyright © 2019-2024 某某网"
    r"余下全文|(?:觉得|如果)[^。！？]{0,10}打赏|相关(?:范文|文章|推荐|阅读|内容)[:：]|"
    r"[\u4e00-\u9fffA-Za-z]{2,12}[ \u3000]*版权所有|Copyright|(?<![Tt] )(?<![Tt])©|"
    # "…作出新的更大贡献！扫码下载Word版": a QR prompt after the last sentence (a speech
    # may say 扫码 inside a sentence, never open one with it)
    r"(?<=[。！？!?])(?:扫码|长按识别|微信扫)|"
    # "…谢谢大家。 （根据录音整理） 北岭市委书记　某某 相关新闻： ·… 本页链接：https://…":
    # an editor's note and the signature after it, a news site's related list and address
    r"(?<=[。！？!?])[ \u3000]*[（(][^（）()]{0,20}"
    r"(?:录音整理|未经本人审阅|有删节|有删减|标题为编者所加)[^（）()]{0,20}[）)]|"
    r"(?:(?<=整理[）)])|(?<=审阅[）)])|(?<=删节[）)])|(?<=删减[）)])|(?<=所加[）)]))"
    r"[ \u3000]*(?=\S)|"
    r"相关(?:新闻|报道|链接)[:：]|本页(?:链接|地址|网址)[:：]|"
    # "…开创新局面！【打印本页】【关闭窗口】": a row of buttons after the last sentence
    r"(?<=[。！？!?])[ \u3000]*(?:[【\[][^【】\[\]\s]{1,6}[】\]][ \u3000]*){2,}|"
    # "…表达 ……(某某网此处省略600字，会员可阅读全文)……": the site cut the rest
    r"[…\.]{0,6}[（(][^（）()]{0,40}省略\d{2,5}字"
)

# "…圆满完成！（此件不公开，仅供各乡镇参阅。）分发：县领导，…": an internal
# bulletin's circulation note and distribution list glued under the speech (2.20)
GLUED_CIRCULATION = re.compile(
    r"(?<=[。！？!?])[ \u3000]*(?:[（(]此件|分发[:：])|(?<=[）)])[ \u3000]*分发[:：]"
)

# "工作简报第12期县政府办公室2025年10月12日按：…。现将讲话全文印发给你们。某某同志在
# …会议上的讲话二〇二五年十月九日今天…": an internal bulletin's masthead, its note, the
# speech's title and its day run on in one record (2.20); the seams between them
BULLETIN_SEAMS = re.compile(
    # the note after the masthead's date or issue number
    r"(?<=[日期])(?=按[:：])|"
    # the title after the note's "现将讲话全文印发给你们。"
    r"(?<=。)(?=[^。！？]{4,80}?的(?:讲话|报告|致辞|发言)"
    r"(?:[〇零○一二三四五六七八九]{4}|(?:19|20)\d{2})年)|"
    # the day under the title, and the speech after it
    r"(?<=的讲话|的报告|的致辞|的发言)(?=(?:[〇零○一二三四五六七八九]{4}|(?:19|20)\d{2})年)"
)
BULLETIN_DAY = re.compile(
    r"^(?P<day>(?:[〇零○一二三四五六七八九]{4}|(?:19|20)\d{2})年"
    r"[一二三四五六七八九十\d]{1,3}月[一二三四五六七八九十\d]{1,3}日)(?P<rest>\S)"
)
# only where a note announces the text it circulates
BULLETIN_NOTE = re.compile(r"按[:：][^。]{4,160}。[^。]{0,20}现将[^。]{0,20}印发")
BULLETIN_HEAD_MAX_CHARS = 400

# Words one of which every glued footer holds: a cheap test before the scan.
GLUED_FOOTER_KEYS = (
    "标题",
    "链接",
    "地址",
    "下载",
    "全文",
    "文完",
    "未读",
    "篇",
    "来源于",
    "转载",
    "打赏",
    "相关",
    "版权所有",
    "Copyright",
    "©",
    "扫",
    "长按",
    "整理",
    "审阅",
    "删",
    "编者所加",
    "本页",
    "省略",
    "【",
    "此件",
    "分发",
)

# "…抓好落实。更多范文请访问 某某网 www.x.cn 二、压实责任": a site's ad inside a
# run-on line, up to its web address or account
INLINE_AD = re.compile(
    r"更多[\u4e00-\u9fff]{0,8}请(?:访问|关注|登录|搜索)[:：]?[^。！？\n]{0,30}?"
    r"(?:(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?|公众号)[ \u3000]*"
)

# "…等。… 更多 本会期…" (2.12): a social network's see-more cut, left where a
# mirror printed a post it had folded; the ellipsis and 更多 (查看更多, 显示更多)
SEE_MORE_CUT = re.compile(
    r"(?<=[。！？!?])[ \u3000]*(?:…{1,2}|\.{3})[ \u3000]*(?:查看|顯示|显示)?更多(?=[ \u3000]|$)"
)

# "【本文由VIP会员专享，开通会员查看更多精品范文】", "【限时特惠】年度会员仅需99元，
# 立即开通>>": a membership ad glued between sentences of a run-on page
INLINE_MEMBERSHIP_AD = re.compile(
    r"【[^【】]{0,30}(?:VIP|会员)[^【】]{0,30}】|"
    r"【[^【】]{1,8}】[^。！？【】]{0,30}?(?:VIP|会员)[^。！？【】]{0,30}?"
    r"(?:立即|马上|点击|现在)(?:开通|购买|升级|订阅|加入)[>＞»》→]*",
    re.IGNORECASE,
)

# "【更多讲话材料，加微信：x】", "【关注公众号某某，领取资料】": a bracketed ad naming a
# contact or membership, wherever it is glued
INLINE_BRACKETED_AD = re.compile(
    r"(?<=\S)【[^【】]{0,30}(?:微信|公众号|QQ|VIP|会员|客服)[^【】]{0,30}】",
    re.IGNORECASE,
)

# "同" / "志们：": the salutation broken after its first character by a page's layout
SPLIT_SALUTATION_HEAD = ("同",)

SPLIT_SALUTATION_TAIL = re.compile(r"志[们們][：:，,！!]")

# What a run-on head holds between its titles: "登录 | 注册 | 会员中心"
HEAD_SEPARATOR = re.compile(r"[ \u3000]+")

# "(2026 年 2 月 6 日)": a date a PDF's text layer spaced out, closed up before the
# head is split at its spaces
SPACED_DATE = re.compile(r"(?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日")

# "某某文库—资料每日更新 www.example.com某县…表态发言": a site's address glued to the
# title after it, in a run-on head
# "某某致辞(通用28篇)某某致辞篇1同学们：" (2.14): a collection's count closes its
# title; the item's heading glued after it is a head line of its own
GLUED_AFTER_COUNT = re.compile(
    r"[（(【\[][\u4e00-\u9fff]{0,2}[\d一二三四五六七八九十]{1,3}篇[）)】\]]"
    r"(?=[\u4e00-\u9fff])"
)

GLUED_WEB_ADDRESS = re.compile(
    r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"\.(?:com|cn|net|org|top|cc|info|hk|mo|tw)/?(?=[\u4e00-\u9fff])",
    re.IGNORECASE,
)

# "墨香文库(精品)" before the title in a run-on head: the site's name, a line apart
HEAD_SITE_NAME = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{2,12}?(?:网|网站|文库|文档|平台|之家|博客|图书馆|人民政府)"
    r"(?:[（(【\[][\u4e00-\u9fff]{1,4}[）)】\]])?$"
)

NAV_WORD = re.compile(
    r"^(?:[|｜┊丨>＞\-－—]|登录|注册|登陆|会员中心|个人中心|我的下载|充值|手机版|首页)$"
)

# "首页 > 新闻中心 > 领导活动": the arrows of a breadcrumb in a run-on head
BREADCRUMB_ARROWS = (">", "＞")

# Inside very long run-on lines a heading opens a new paragraph after a full stop:
# "…讲两点意见。一、提高认识" -> "…讲两点意见。\n一、提高认识"
RUN_ON_HEADING = re.compile(
    r"(?<=[。！？!?])(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|"
    r"第[一二三四五六七八九十]{1,3}[，,、：:])"
    # "…讲三点意见：一、提高认识": a part announced after a colon
    r"|(?<=[：:])(?=[一二三四五六七八九十]{1,3}、)"
)

# "一、提高认识，把握重大意义（一）这是发展的需要。": the first point printed straight
# after its part's heading, with no stop between them
SUBHEADING_INSIDE = re.compile(
    r"(?<=[^，,、])(?:[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[，,]|1[.．、])"
)

RUN_ON_MIN_CHARS = 1000

# "…方便了群众售粮。一是优化网点布局。要按…设点。二是规范收购行为。…": in a text flattened to
# one line, points that led paragraphs in the source, each a short first sentence (its
# heading) and more sentences after it (2.20). A list of long clauses ("问题有三个：一是
# 网点布局不够合理，…；二是…") stays inline, and so does any list in a text that keeps its lines.
# A run opens after a full stop: after a colon ("抓好三件大事：一是…") it is the
# sentence's own enumeration
RUN_ON_POINT = re.compile(
    r"(?<=[。！？!?])(?P<label>[一二三四五六七八九十]{1,2}[是要])"
)
# Only under a part ("一、", "（一）"): under a "第三，" point, itself a paragraph's lead,
# its "一是…二是…" is the point's own enumeration, inline
POINT_LEAD_PARENT = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
)
POINT_LEAD_MAX_CHARS = 30
# sentences after the heading sentence
POINT_LEAD_MIN_SENTENCES = 1
FULL_STOP = re.compile(r"[。！？!?]")

# Two part headings inline after full stops ("…意见。一、…。二、…") show a run-on
# text however short it is; a paragraph never holds its own section headings.
RUN_ON_PART_HEADING = re.compile(
    r"(?<=[。！？!?])(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
)

# A heading in run-on text runs into its first sentence without a stop:
# "一、强化统筹,全面提升为民服务的整体水平群众满意是标准。" The seam follows
# a word that closes headings and precedes something that can open a sentence.
RUN_ON_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|"
    r"第[一二三四五六七八九十]{1,3}(?:个问题|个方面|部分))"
)

# Words that close a heading. A strong one rarely stands inside a heading, a weak one
# often does ("确保各项工作落地见效"): the first strong seam wins, else the first weak.
SEAM_STRONG_WORDS = re.compile(
    r"意义|路径|走实|落实|见效|要求|任务|职责|保障|格局|局面|成效|实效|新篇章|攻坚战|主动权|"
    r"生命线|合力|氛围|底线|方向|目标|举措|措施|思路|部署|回顾|关系|使命|责任|担当|屏障|大局|"
    # "…切实增强抓招商的紧迫感前三季度，…": a sense the heading asks for
    r"(?:紧迫|危机|责任|使命|荣誉|获得|幸福|安全)感"
)

SEAM_WEAK_WORDS = re.compile(
    r"工作|水平|作用|机制|体系|基础|质量|效能|引领|领导|问题|重点|短板|难题|现代化|活力|精神|动力|"
    r"环境|安全|稳定|作风|纪律|形象|理念"
)

SEAM_END_WORDS = re.compile(f"{SEAM_STRONG_WORDS.pattern}|{SEAM_WEAK_WORDS.pattern}")

# A body sentence does not open with a particle or conjunction.
NOT_A_SENTENCE_START = re.compile(r"^[的地得之和与及等是了、中上下者性化]")

# How the first sentence under a heading typically opens.
SENTENCE_OPENING = re.compile(
    r"今年|去年|近年|近些年|当前|目前|现在|过去|长期以来|多年来|今天|我们|我|这|那|各级|各地|"
    r"各|全[县市区省镇乡村国党]|在|要|只有|必须|只要|随着|面对|作为|从|对于|如何|怎样|为什么"
)

SEAM_MIN_CHARS = 24

# Openings that start a sentence and hardly ever end a heading: dates and "我们".
STRONG_SENTENCE_OPENING = re.compile(
    r"(?:去年|今年|近年来|近几年|近些年|过去一年|一年来|长期以来|多年来|当前|目前|我们|"
    # "前三季度，全市新签约…", "上半年，…": a period of the year reported on
    r"前[一二三]季度|[一二三四]季度|上半年|前\d{1,2}个月|前[一二三四五六七八九十]{1,2}个月)"
)

SEAM_MIN_HEADING_CHARS = 8

# "（三）扎实建设宜居宜业和美乡村要学习运用…": a heading that ends on a noun runs into a
# sentence opening with the modal 要; not "要求/要素/要点", not an adverb's 要 ("首先要",
# "还要", "必须要"), which sits inside a sentence already begun
MODAL_OPENING = re.compile(r"要(?![求素点害闻务是不么])")

NOT_BEFORE_MODAL = "重主需只想必紧首先纲摘概提还也就都更总将不要须非才又仍而所"

NOT_BEFORE_OPENING = "在于从到至自是和与及以为对将把被"

HEADING_MAX_CLAUSES = 2

SEAM_MIN_REST = 4

# "一、青年人才是发展的生力军 临江的民营经济，…": a space between words of a run-on
# page is where the heading's line ended
SPACE_SEAM = re.compile(r"(?<=[\u4e00-\u9fff”」])[ \u3000]+(?=[\u4e00-\u9fff“「])")

# "三、一定当好“店小二”大家在发言中讲到，…": a heading ending on a quoted word, and
# the sentence's subject after it
QUOTE_SEAM = re.compile(
    r"[”」](?=大家|同志们|刚才|有的|有人|"
    r"今年|去年|近年|当前|目前|现在|我们|这|各级|各地|全[县市区省镇乡村国党])"
)

SEAM_REST_MIN_CHARS = 10

FIRST_SENTENCE_END = re.compile(r"[。！？!?；;：:]")

CLAUSE_BREAK = re.compile(r"[，,]")


def join_split_salutation(lines: list[str]) -> list[str]:
    """Join "同志们" a page broke after its first character ("同" / "志们：")."""
    joined: list[str] = []
    for line in lines:
        if (
            joined
            and joined[-1] in SPLIT_SALUTATION_HEAD
            and SPLIT_SALUTATION_TAIL.match(line)
        ):
            joined[-1] += line
        else:
            joined.append(line)
    return joined


def remove_inline_ads(lines: list[str]) -> list[str]:
    """Cut bracketed ads glued to a paragraph ("…三个方面：【更多讲话材料，加微信：x】");
    a line opening with one is the site's line, read as such. A social network's
    "… 更多" (see more) left in a mirrored post's text goes too (2.12)."""
    lines = [
        INLINE_BRACKETED_AD.sub("", line).strip() if "【" in line else line
        for line in lines
    ]
    return [SEE_MORE_CUT.sub("", line) if "更多" in line else line for line in lines]


def split_run_on_lines(lines: list[str]) -> list[str]:
    """Break very long one-paragraph lines before the headings that run on in them.

    Each heading found so also gets a line of its own, cut where it runs into the
    first sentence of its section.
    """
    result: list[str] = []
    # A page that gives its headings lines of their own breaks its paragraphs itself:
    # "（一）…。（二）…" inside one of its paragraphs is an inline enumeration.
    own_heading_lines = any(RUN_ON_HEADING_START.match(line) for line in lines)
    for line in lines:
        if len(line) > DROPPABLE_MAX_CHARS:
            line = INLINE_MEMBERSHIP_AD.sub("", INLINE_AD.sub("", line))
        run_on = len(line) >= RUN_ON_MIN_CHARS or (
            not own_heading_lines and len(RUN_ON_PART_HEADING.findall(line)) >= 2
        )
        if not run_on:
            result.append(line)
            continue
        for part in RUN_ON_HEADING.split(line):
            if not part:
                continue
            pieces = split_heading_seam(part)
            if POINT_LEAD_PARENT.match(part):
                pieces = [lead for piece in pieces for lead in split_point_leads(piece)]
            result.extend(pieces)
    return result


def split_point_leads(paragraph: str) -> list[str]:
    """Break a run-on paragraph before the points that led paragraphs in the source:
    a run "一是…二是…" from one, each a short heading sentence and more after it."""
    labels = list(RUN_ON_POINT.finditer(paragraph))
    cuts: list[int] = []
    run: list[re.Match] = []
    for label in [*labels, None]:
        if label and _next_in_run(run, label):
            run.append(label)
            continue
        if len(run) >= 2 and all(
            _leads_paragraph(paragraph, item, following)
            for item, following in zip(run, [*run[1:], None], strict=True)
        ):
            cuts.extend(item.start() for item in run)
        run = [label] if label and _point_value(label) == 1 else []
    if not cuts:
        return [paragraph]
    bounds = [0, *cuts, len(paragraph)]
    return [piece for a, b in pairwise(bounds) if (piece := paragraph[a:b].strip())]


def _point_value(label: re.Match) -> int:
    return "一二三四五六七八九十".index(label["label"][-2]) + 1


def _next_in_run(run: list[re.Match], label: re.Match) -> bool:
    """Tell whether a label goes on a run of points: the next number, the same word."""
    if not run:
        return False
    last = run[-1]["label"]
    return (
        label["label"][-1] == last[-1]
        and len(label["label"]) == 2
        and _point_value(label) == _point_value(run[-1]) + 1
    )


def _leads_paragraph(
    paragraph: str, item: re.Match, following: re.Match | None
) -> bool:
    """Tell a point that led its paragraph: its first sentence short, more after it."""
    text = paragraph[item.end() : following.start() if following else None]
    first = FULL_STOP.search(text)
    if not first or first.start() > POINT_LEAD_MAX_CHARS:
        return False
    return len(FULL_STOP.findall(text)) >= POINT_LEAD_MIN_SENTENCES + 1


# "…谱写新篇章。某某某2020年8月30日（新华社北京8月31日电）新华社北京8月31日电 近日，…":
# a letter signed by name and day, the wire's credit, then the paper's report on the
# letter, flattened into one record (2.21)
SIGNED_BEFORE_CREDIT = re.compile(
    r"(?<=[。！？!?])[ \u3000]*(?P<name>[\u4e00-\u9fff]{2,4})[ \u3000]*"
    r"(?P<day>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[ \u3000]*"
    r"(?P<credit>[（(](?:新华社|中新社)[^（）()]{2,20}电[）)])"
)


# "贺信值此…", "回信某某同志们：…": the kind of letter, printed over it as its title
LETTER_LABEL = re.compile(r"(?:贺信|回信|贺电|慰问信|复信|唁电)(?=[\u4e00-\u9fff“])")


def split_signed_letter(
    lines: list[str],
) -> tuple[list[str], list[str], list[str]]:
    """Cut a letter signed by name and day, run on with the wire's credit and the
    paper's report on it: (the letter, its signature and day, the credit and report)."""
    for index, line in enumerate(lines):
        signed = SIGNED_BEFORE_CREDIT.search(line) if "电" in line else None
        if not signed:
            continue
        letter = [*lines[:index], line[: signed.start()].rstrip()]
        label = LETTER_LABEL.match(letter[0])
        if label:  # "贺信值此…之际，…": the paper's label, the letter's title
            letter[:1] = [label.group(), letter[0][label.end() :]]
        report = [signed["credit"], line[signed.end() :].strip(), *lines[index + 1 :]]
        return (
            [piece for piece in letter if piece],
            [signed["name"], signed["day"]],
            [piece for piece in report if piece],
        )
    return lines, [], []


def split_glued_footers(lines: list[str]) -> list[str]:
    """Give a document site's footer glued to a run-on page lines of its own."""
    result: list[str] = []
    for line in lines:
        if len(line) <= ENDING_CHROME_MAX_CHARS:
            result.append(line)
            continue
        if not any(key in line for key in GLUED_FOOTER_KEYS):
            result.append(line)  # most long lines are speech: skip the regex scan
            continue
        starts = [m.start() for m in GLUED_FOOTER.finditer(line) if m.start() > 0]
        starts += [m.start() for m in GLUED_CIRCULATION.finditer(line)]
        starts = sorted(set(starts))
        if not starts:
            result.append(line)
            continue
        cuts = [0, *starts, len(line)]
        result.extend(piece for a, b in pairwise(cuts) if (piece := line[a:b].strip()))
    return result


# "粮食科<TAB>某某同志在全县…的讲话（2025年10月9日）同志们：…": a data set's record, its
# label column before a tab and the document flattened to one line after it (2.20)
DATASET_LABEL = re.compile(r"^[^\t。！？!?，,：:；;]{1,30}\t+(?=\S)")
# the record after it: words of some length, no other column
DATASET_RECORD_MIN_CHARS = 20


def without_dataset_label(lines: list[str]) -> list[str]:
    """Drop a data set's label column from the record's one line of text."""
    if not lines:
        return lines
    label = DATASET_LABEL.match(lines[0])
    record = lines[0][label.end() :] if label else ""
    if len(record) < DATASET_RECORD_MIN_CHARS or "\t" in record:
        return lines
    return [record, *lines[1:]]


def split_bulletin_head(lines: list[str]) -> list[str]:
    """Split an internal bulletin's head run on into its first line: the masthead,
    the note that circulates the speech, its title, its day, the speech (2.20)."""
    if not lines or not BULLETIN_NOTE.search(lines[0][:BULLETIN_HEAD_MAX_CHARS]):
        return lines
    line = lines[0]
    head, rest = line[:BULLETIN_HEAD_MAX_CHARS], line[BULLETIN_HEAD_MAX_CHARS:]
    pieces = [piece for piece in BULLETIN_SEAMS.split(head) if piece]
    pieces[-1] += rest
    day = BULLETIN_DAY.match(pieces[-1])
    if day and len(pieces) > 1:
        pieces[-1:] = [day["day"], pieces[-1][day.end("day") :]]
    return [*pieces, *lines[1:]]


def split_head_prefix(prefix: str) -> list[str]:
    """Split the head run on before a salutation into lines: chrome apart from titles.

    "欢迎访问某某网 登录 | 注册 首页>讲话>在…的讲话 在…的讲话" ->
    ["欢迎访问某某网", "首页>讲话>在…的讲话", "在…的讲话 在…的讲话"]
    """
    heading = TRAILING_FULL_TEXT_HEADING.search(to_simplified(prefix))
    if (
        heading
    ):  # "…致以问候。 【…闭幕词全文】": the speech's heading, a line of its own
        before = prefix[: heading.start()]
        return [*split_head_prefix(before), prefix[heading.start() :].strip()]
    groups: list[list[str]] = [[]]
    crumb = False
    prefix = GLUED_WEB_ADDRESS.sub(lambda address: f"{address.group()} | ", prefix)
    prefix = GLUED_AFTER_COUNT.sub(lambda count: f"{count.group()} | ", prefix)
    prefix = SPACED_DATE.sub(lambda date: date.group().replace(" ", ""), prefix)
    prefix = MASKED_DATE.sub(_masked_date_apart, prefix)
    for token in HEAD_SEPARATOR.split(prefix.strip()):
        if not token or NAV_WORD.match(token):
            groups.append([])
            crumb = token in BREADCRUMB_ARROWS
        elif crumb:  # "首页 > 新闻中心 > 领导活动 在…的讲话": an item, not the title's
            groups.extend([[token], []])
            crumb = False
        elif (
            droppable_chrome(token)
            or ending_chrome(token)
            or HEAD_SITE_NAME.match(token)
            or MASKED_DATE.fullmatch(token)
        ):
            groups.extend([[token], []])
        else:
            groups[-1].append(token)
    return [" ".join(group) for group in groups if group]


def _masked_date_apart(date: re.Match) -> str:
    """Set a masked date ("201X/X/XX") apart from the words run on around it."""
    masked = any(char in "Xx" for char in date.group())
    return f" {date.group()} " if masked else date.group()


def split_heading_seam(paragraph: str) -> list[str]:
    """Split "一、…的整体水平群众满意是标准。…" into the heading and its text."""
    opening = RUN_ON_HEADING_START.match(paragraph)
    if not opening:
        return [paragraph]
    end = FIRST_SENTENCE_END.search(paragraph, opening.end())
    sentence = paragraph[opening.end() : end.start() if end else len(paragraph)]
    inner = SUBHEADING_INSIDE.search(sentence, 2)
    if inner:
        cut = opening.end() + inner.start()
        return [paragraph[:cut], *split_heading_seam(paragraph[cut:])]
    if len(sentence) <= SEAM_MIN_CHARS:
        return [paragraph]
    seam = _layout_seam(sentence)
    if seam is not None:
        cut = opening.end() + seam
        return [paragraph[:cut].rstrip(), paragraph[cut:].lstrip()]
    seam = find_seam(sentence)
    if seam is None:
        return [paragraph]
    cut = opening.end() + seam
    return [paragraph[:cut], paragraph[cut:]]


def _layout_seam(sentence: str) -> int | None:
    """Return where a run-on heading ends at a space ("…的生力军 北岭的民营经济，…") or
    at a closing quote before a sentence's subject ("…当好“店小二”大家在发言中讲到，…")."""
    for pattern in (SPACE_SEAM, QUOTE_SEAM):
        match = pattern.search(sentence, SEAM_MIN_REST)
        if not match:
            continue
        rest = sentence[match.end() :]
        if len(rest) >= SEAM_REST_MIN_CHARS and CLAUSE_BREAK.search(rest):
            return match.end()
    return None


def find_seam(sentence: str) -> int | None:
    """Return the offset where a heading's words end and a sentence begins, if any.

    Strong closing words are tried before weak ones; among the seams of one strength,
    one followed by a typical sentence opening ("今年以来", "我们", "各村…") wins, else
    the first strong or the last weak one.
    """
    for words, fallback in ((SEAM_STRONG_WORDS, 0), (SEAM_WEAK_WORDS, -1)):
        for seams in _seams_by_clause(sentence, words):
            for seam in seams:
                if SENTENCE_OPENING.match(sentence, seam):
                    return seam
            return seams[fallback]
    return _seam_before_opening(sentence)


def _seam_before_opening(sentence: str) -> int | None:
    """Return where a sentence's opening words ("去年，", "今年以来") follow a heading
    that ends on no closing word: "…增强发展后劲去年，全县…"."""
    position = 0
    for clause in CLAUSE_BREAK.split(sentence)[:HEADING_MAX_CLAUSES]:
        for opening in STRONG_SENTENCE_OPENING.finditer(clause, 1):
            if clause[opening.start() - 1] in NOT_BEFORE_OPENING:
                continue  # "我在今年…": the date sits inside a sentence already begun
            if position + opening.start() >= SEAM_MIN_HEADING_CHARS:
                return position + opening.start()
        position += len(clause) + 1
    return _seam_before_modal(CLAUSE_BREAK.split(sentence)[0])


def _seam_before_modal(clause: str) -> int | None:
    """Return where "要" opens the sentence after a heading's first clause, if it does."""
    for modal in MODAL_OPENING.finditer(clause, SEAM_MIN_HEADING_CHARS):
        if clause[modal.start() - 1] in NOT_BEFORE_MODAL + NOT_BEFORE_OPENING:
            continue
        if len(clause) - modal.start() > SEAM_MIN_REST:
            return modal.start()
    return None


def _ends_on_closing_word(clause: str) -> bool:
    """Tell a clause that ends on a heading's closing word ("…压实责任")."""
    return any(word.end() == len(clause) for word in SEAM_END_WORDS.finditer(clause))


def _seams_by_clause(sentence: str, words: re.Pattern):
    """Yield, clause by clause of a heading's first two, the offsets after closing words
    that leave a sentence-like rest in the clause."""
    position = 0
    clauses = CLAUSE_BREAK.split(sentence)[:HEADING_MAX_CLAUSES]
    for index, clause in enumerate(clauses):
        seams = []
        if index + 1 < len(clauses) and _ends_on_closing_word(clause):
            # "以高度的责任担当压实责任，确保…圆满完成今年的…": a first clause closing on its
            # word is the heading's, which runs on into its second (2.20)
            position += len(clause) + 1
            continue
        for word in words.finditer(clause):
            end = word.end()
            # "重点工作": a closing word may be followed by another one.
            while following := SEAM_END_WORDS.match(clause, end):
                end = following.end()
            rest = clause[end:]
            if len(rest) >= SEAM_MIN_REST and not NOT_A_SENTENCE_START.match(rest):
                seams.append(position + end)
        if seams:
            yield seams
        position += len(clause) + 1
