"""Read where a speech was published: the page's address and the site or column
that printed it (its brand, masthead, copyright line), and the frame a collection
page shares with its speeches.

What belongs here: source_url and source_site.
"""

from __future__ import annotations

import re

from .body_end import EDITION_TRAILER, REPRINT_TRAILER
from .bylines import reads_as_byline
from .chrome import (
    BREADCRUMB,
    BREADCRUMB_SEPARATOR,
    LINK_FOOTER,
    WECHAT_BYLINE,
    droppable_chrome,
    ending_chrome,
    is_nav_bar,
)
from .clean import CleanText
from .head import NAV_ITEM_SEPARATOR, SITE_BRAND_LINES, Head, names_a_site
from .line_kinds import DATELINE
from .script import matching_form, to_simplified
from .title_decorations import TITLE_DECORATION, strip_decorations
from .title_evidence import TITLE_GENRE
from .title_score import CJK, SITE_DOMAIN, URL, similar_titles

WHITESPACE = re.compile(r"\s+")

# "您好,欢迎访问某某材料网" -> "某某材料网"
SITE_WELCOME = re.compile(r"欢迎(?:访问|来到|光临)(?P<site>[^\s,，!！。:：]{2,20})")

# "联系客服提示-某某文库" -> "某某文库"
SITE_CONTACT = re.compile(r"联系客服提示 ?[-—－:：] ?(?P<site>[^\s]{2,20})")

# "来源：某某日报", "（来源：某某晚报）"
SITE_SOURCE_FIELD = re.compile(r"来源[:：] ?(?P<site>[\u4e00-\u9fffA-Za-z]{2,20})")

# "…的讲话_领导讲话_某县人民政府", "…讲话_范文 - 某某网": a page title's last part
TITLE_SUFFIX_SEPARATOR = re.compile(
    r"[ \u3000]*[_|｜][ \u3000]*|[ \u3000]+[-－—–][ \u3000]+|-"
)

# "© 2024 某某文库 x.com 版权所有", "Copyright © 某某网 All Rights Reserved"
COPYRIGHT = re.compile(r"©|Copyright|版权所有", re.IGNORECASE)

COPYRIGHT_WORDS = re.compile(r"版权|所有|保留|权利|声明")

# A breadcrumb's first item that names no site
NOT_A_SITE = frozenset({"首页", "主页", "网站首页", "返回首页"})

# "最新新闻 > 最新动态 > …", "外交时期 > 综述 > …", "关于校友会 > …", "> 文章内容": a
# column of the site named by its kind (news, a period, an "about" page, the article
# view), which no site takes as its name; read in simplified form
COLUMN_OF_KIND = re.compile(
    r"^(?:(?:关于|最新|本站|栏目)[^网]{0,8}|[^网]{0,6}(?:新闻|动态|要闻|资讯|快讯|内容|综述|专题|"
    r"专栏|栏目|频道|公告|通知|时期|年代|回顾|列表|正文|详情|概况|简介|成员|导航|描述|预览))$"
)

NAME_TOKEN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,20}")

# "来源：本站原创", "来源：网络": no site's name
GENERIC_SOURCE = re.compile(
    r"^(?:本站|本网|原创|网络|互联网|网友|会员|转载|佚名|未知|投稿|用户)"
)

# "信息来源：区政协办公室": a government portal's field for the department that supplied
# the text, not a site (a plain "来源：" is read as the page's source, as before)
OFFICE_SOURCE = re.compile(r"(?:办公室|办公厅|办|局|委员会|委|部|厅|处|科|组)$")

# A site's brand at the very top of a page: "笔耕材料库"
SITE_BRAND = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{3,10}$")

# "笃行文库 - 专业文档分享平台", "微言文稿 · 每天一篇好材料", "范文仓库 | 精品文档":
# a brand followed by its motto or its menu
# "某某网　VIP会员｜充值", "某某的博客　[订阅]": a brand before its menu or buttons
BRAND_SEPARATOR = re.compile(
    r"[ \u3000]+[-—–·|｜丨][ \u3000]*|[ \u3000]*[|｜丨·][ \u3000]*|\u3000+|[ ]{2,}|"
    r"[ \u3000]+(?=[\[【])"
)

# "校园邮箱 |" over "教务平台 |": a menu a page's text dump prints one item a line,
# each with the bar that parted it from the next; an item, never the site's brand
MENU_ITEM_WITH_BAR = re.compile(r"[ \u3000]*[|｜丨┊]$")

# "今天是" alone at the top: a date widget whose date the page's script writes in
TODAY_WIDGET = re.compile(r"(?:今天是|今日是|当前时间|现在时间|当前日期)[:：]?")

# "政务公开" over "机构职能" and "领导讲话": a menu printed one item a line
MENU_ITEM_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}$")

COLUMN_ITEMS = 2

# "文海材料网 www.wenhai.cn": a brand followed by its domain
BRAND_DOMAIN = re.compile(
    r"[ \u3000]+(?=(?:https?://)?(?:www\.)?[A-Za-z0-9-]+\.(?:com|cn|net|org)\b)",
    re.IGNORECASE,
)

# "某县人民政府　2022-03-08 17:02:36　【大】【中】【小】": a brand opening the row of
# the page's stamp, under the title
BRAND_STAMP = re.compile(
    r"^[^\s]{3,16}[ \u3000]+(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"[ \u3000]+\d{1,2}:\d{2}"
)

# "您现在的位置：某某公文网 >> 讲话": the label before a breadcrumb's first item
BREADCRUMB_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}位置[:：][ \u3000]*")

# "网址：https://www.x.cn/zw/2023-03/05/c_1.htm" in a footer: the page's own address
PAGE_ADDRESS_FIELD = re.compile(r"^(?:本页|当前页面|当前|本文)?网址[:：][ \u3000]*")

# "https://www.x.cn/zw/c_1.htm" has a path beyond the site's home
URL_PATH = re.compile(r"^https?://[^/]+/[^/\s]+", re.IGNORECASE)

# "https://img.example.cn/2020/0514/343233024.png": the address of a picture or a
# file a page shows, never the page's own
MEDIA_FILE_URL = re.compile(
    r"\.(?:png|jpe?g|gif|webp|svg|bmp|ico|mp3|mp4|css|js)(?:[?#]\S*)?$", re.IGNORECASE
)
# '<img src="https://counter.example.org/badge?page=…">': an address in a tag's src is
# what the page embeds (a picture, a visitor counter's badge), never the page's own
EMBEDDED_SOURCE = re.compile(r"\bsrc[ \t]*=[ \t]*[\"']?$", re.IGNORECASE)

# "…的讲话 | nankai.info", "…_news.example.edu.cn": the domain a page's title (or a
# mirror's record copying it) ends on, after its bar, names the site (2.16)
TITLE_DOMAIN = re.compile(
    r"^(?:www\.)?[A-Za-z0-9-]{2,40}(?:\.[A-Za-z0-9-]{2,40}){0,3}"
    r"\.(?:com|cn|net|org|gov|edu|info|io|me|hk|tw)$",
    re.IGNORECASE,
)


def find_source_url(
    cleaned: CleanText, page_chrome: tuple[str, ...] = ()
) -> str | None:
    """Return a URL the page prints for itself ("链接地址:", a footer's "网址："), never
    one in the speech."""
    lines = [*cleaned.tail, *cleaned.head, *cleaned.dropped]
    for line in lines:
        if LINK_FOOTER.match(line):
            # "…/doc/1071424 .html": the site printed a stray space inside its URL.
            match = URL.search(WHITESPACE.sub("", line))
            if match:
                return match.group()
    for line in [*lines, *page_chrome]:
        labelled = PAGE_ADDRESS_FIELD.match(line)
        match = URL.search(line, labelled.end()) if labelled else None
        # A footer's "网址：https://www.x.cn" names the site's home, not this page.
        if match and URL_PATH.search(match.group()):
            return match.group()
    for line in lines:
        match = URL.search(line)
        if (
            match
            and not MEDIA_FILE_URL.search(match.group())
            and not EMBEDDED_SOURCE.search(line[: match.start()])
        ):
            return match.group()  # "headimg: https://…/343.png": a picture's, no page's
    return None


def find_source_site(
    cleaned: CleanText,
    head: Head,
    title: str,
    page_title: str = "",
    page_chrome: tuple[str, ...] = (),
) -> str | None:
    """Return the name of the site or paper the page comes from, as printed.

    In order: a welcome or contact line, a domain printed as a name, a WeChat account,
    a page title that is a site's name, a brand above the title, the last part of a
    page title ("…_某县人民政府"), the first item of a breadcrumb, a copyright line,
    the page's header and footer, a 来源 field, a paper, a wire.
    """
    lines = [*cleaned.head, *cleaned.tail, *cleaned.dropped]
    for pattern in (SITE_WELCOME, SITE_CONTACT):
        for line in lines:
            match = pattern.search(line)
            if match:
                return match["site"]
    for line in lines:
        match = SITE_DOMAIN.match(line)
        if match:
            return match["site"]
    for line in cleaned.head:
        wechat = WECHAT_BYLINE.match(line)
        if wechat:  # "原创 作者 公众号 2024-03-15 08:30 发表于某地": the account
            return line[: wechat.start("date")].split()[-1]
    if names_a_site(page_title.strip()):
        return page_title.strip()  # "<title>某镇人民政府</title>"
    brand = _site_brand(cleaned.head, title)
    if brand:
        return brand
    named = _named_site(cleaned.head[:SITE_BRAND_LINES], page_title, lines)
    if named:
        return named
    from_chrome = _site_brand(page_chrome, title) or _named_site((), "", page_chrome)
    if from_chrome:
        return from_chrome
    unnamed = _unnamed_site(lines)
    if unnamed:
        return unnamed
    for line in [*lines, *cleaned.trailers]:
        match = SITE_SOURCE_FIELD.search(line)
        if (
            match
            and not GENERIC_SOURCE.match(match["site"])
            and not (
                line[: match.start()].endswith("信息")
                and OFFICE_SOURCE.search(match["site"])
            )
        ):
            return match["site"]
    for trailer in cleaned.trailers:
        edition = EDITION_TRAILER.search(trailer)
        if edition:
            return edition["paper"]
    for trailer in cleaned.trailers:
        reprint = REPRINT_TRAILER.search(trailer)  # "（摘自《某某日报》…）"
        if reprint:
            return reprint["paper"]
    return head.agencies[0] if head.agencies else None


def _column_name(text: str) -> bool:
    """Tell a column named by its kind ("最新新闻", "外交时期", "文章内容")."""
    return bool(COLUMN_OF_KIND.match(to_simplified(text)))


def _named_site(top: tuple[str, ...], page_title: str, lines: list[str]) -> str | None:
    """Return a site's name from a page title's last part, a breadcrumb's first item
    or a copyright line, when it reads as a site's name (…网, …文库, …人民政府)."""
    for line in [page_title, *top]:
        parts = [p for p in TITLE_SUFFIX_SEPARATOR.split(line.strip()) if p]
        if len(parts) >= 2 and names_a_site(parts[-1]):
            return parts[-1]
        if line is page_title and len(parts) >= 2 and TITLE_DOMAIN.match(parts[-1]):
            return parts[-1]  # "某某大学->…讲话 | example.info": a mirror's record
    for line in lines:
        if BREADCRUMB.search(line):
            first = BREADCRUMB_SEPARATOR.split(BREADCRUMB_LABEL.sub("", line))[0]
            first = first.strip()
            if names_a_site(first):
                return first
    for line in lines:
        if COPYRIGHT.search(to_simplified(line)):
            for token in NAME_TOKEN.findall(line):
                if names_a_site(token):
                    return token
    return None


def _unnamed_site(lines: list[str]) -> str | None:
    """Return a site's name that does not say it is one ("范文吧", "文秘家园", "公文汇"),
    where only a site's name stands: a breadcrumb's first item or the holder named
    in a copyright line. It outranks a 来源 field, which names who wrote the text."""
    for line in lines:
        if BREADCRUMB.search(line) and not BREADCRUMB_LABEL.match(line):
            first = BREADCRUMB_SEPARATOR.split(line)[0].strip()
            if (
                SITE_BRAND.match(first)
                and first not in NOT_A_SITE
                and not _column_name(first)
            ):
                return first
    for line in lines:
        if COPYRIGHT.search(to_simplified(line)):
            for token in NAME_TOKEN.findall(line):
                if CJK.search(token) and not COPYRIGHT_WORDS.search(
                    to_simplified(token)
                ):
                    return token
    return None


def _site_brand(lines: tuple[str, ...], title: str) -> str | None:
    """Return a site's name printed alone at the top of a page, above the title.

    Below the title only a brand printed with its domain counts ("某某网 www.x.net
    收集整理"): a short line there is more often a byline.
    """
    brands = list(_brand_candidates(lines, title))
    # "某县人民政府" says it is a site's name: it outranks a word such as "无障碍浏览"
    # that opens a row of buttons above it
    named = [brand for brand in brands if names_a_site(brand)]
    return (named or brands or [None])[0]


def _brand_candidates(lines: tuple[str, ...], title: str):
    """Yield the lines at the top of a page that may be the site's brand."""
    past_title = False
    columns = _column_names(lines)
    for index, line in enumerate(lines[:SITE_BRAND_LINES]):
        if similar_titles(strip_decorations(line), title):
            past_title = True
            continue
        if past_title and not (BRAND_DOMAIN.search(line) or BRAND_STAMP.search(line)):
            continue
        if MENU_ITEM_WITH_BAR.search(line) or TODAY_WIDGET.fullmatch(line.strip()):
            continue
        brand = BRAND_SEPARATOR.split(line, maxsplit=1)[0]
        # "墨香文库(精品)": the decoration of the site's pages, not its name
        brand = TITLE_DECORATION.sub("", BRAND_DOMAIN.split(brand, maxsplit=1)[0])
        if brand in columns or (
            not names_a_site(brand)
            and (_opens_a_column(lines, index) or _column_name(brand))
        ):
            continue  # "政务公开": a column of the site, named in its menu
        if (
            (SITE_BRAND.match(brand) or names_a_site(brand))
            and not DATELINE.match(brand)  # "新华社巴黎5月6日电": the wire, not a brand
            and len(CJK.findall(brand)) >= 3
            and not droppable_chrome(brand)
            and not ending_chrome(brand)
            # "红星党课网": a site's name may hold a genre word
            and (names_a_site(brand) or not TITLE_GENRE.search(matching_form(brand)))
            # "某某某會長" under the headline: the speaker's byline, not the site
            and (names_a_site(brand) or not reads_as_byline(brand))
        ):
            yield brand


def _column_names(lines: tuple[str, ...]) -> set[str]:
    """Return the items of a page's menus and breadcrumbs (past the first, which may be
    the site): the names of its columns, such as 政务公开 or 领导讲话."""
    names: set[str] = set()
    for line in lines:
        if BREADCRUMB.search(line):
            items = BREADCRUMB_SEPARATOR.split(BREADCRUMB_LABEL.sub("", line))
            names.update(item.strip() for item in items[1:])
        elif is_nav_bar(line):  # its first item may be the brand: "某网 | 登录 | 注册"
            names.update(item for item in NAV_ITEM_SEPARATOR.split(line)[1:] if item)
    return names


def _opens_a_column(lines: tuple[str, ...], index: int) -> bool:
    """Tell a line heading a column of short menu lines ("政务公开" over "机构职能",
    "领导讲话") from a brand over the page's motto or title."""
    following = lines[index + 1 : index + 1 + COLUMN_ITEMS]
    return len(following) == COLUMN_ITEMS and all(
        MENU_ITEM_LINE.match(line) for line in following
    )
