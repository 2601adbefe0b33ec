"""Turn a file's bytes into text: detect the encoding, and HTML into plain lines."""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .types import ParseError

# <meta charset="gb2312"> or <meta http-equiv=... content="text/html; charset=gbk">
META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([\w-]{2,20})", re.I)
# "<p>　　央视网消息…</p>" or "<!DOCTYPE html>": markup, not plain text
HTML_MARKUP = re.compile(
    r"<(?:!doctype|html|head|body|p|div|br|span|table|section|article)\b[^<>]{0,300}>",
    re.IGNORECASE,
)
# "\x89PNG", "%PDF-1.7", "PK\x03\x04" (docx/zip), "\xd0\xcf\x11\xe0" (old .doc)
BINARY_SIGNATURES = (
    b"\x89PNG",
    b"%PDF",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"Rar!",
    b"7z\xbc\xaf",
)
# Control characters other than tab, newline, form feed and carriage return.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# Characters of Chinese running text: CJK, its punctuation, ASCII, whitespace.
READABLE = re.compile(
    r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\x20-\x7e\s]"
)
READABLE_SHARE = 0.9
GB_FAMILY = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"}
BIG5_FAMILY = {"big5", "big5-hkscs", "big5hkscs", "cp950", "x-x-big5"}
UTF8_NAMES = {"utf-8", "utf8"}
# Where the common characters sit in the legacy encodings: GB2312 rows 16-55 (level 1)
# and Big5 0xA440-0xC67E (常用字)
COMMON_CHARACTER_BLOCKS = (
    ("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)),
    ("big5", range(0xA4, 0xC7), (*range(0x40, 0x7F), *range(0xA1, 0xFF))),
)
# Punctuation, spaces, full-width forms and replacement marks are no letters
NOT_A_LETTER = re.compile(r"[\s\u2000-\u206f\u3000-\u303f\uff00-\uffef\ufffd·—…]")
COMMON_SAMPLE_CHARS = 20000
# Ordinary text is nearly all common characters; a wrong decoding far fewer
MIN_COMMON_SHARE = 0.6
# A few undecodable bytes in a long file are damage, not another encoding.
MAX_DAMAGED_SHARE = 0.002


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return the text of a file and the name of the encoding it was read with."""
    if not data.strip():
        raise ParseError("empty file")
    if data.startswith(BINARY_SIGNATURES):
        raise ParseError("binary file: it starts like an image, PDF or archive")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(_strict(data, "utf-16")), "utf-16"
    utf16 = utf16_byte_order(data)
    if utf16:
        return _checked(_strict(data, utf16)), utf16
    if b"\x00" in data:
        raise ParseError("binary file: it holds NUL bytes and is not UTF-16 text")
    candidates = _candidate_encodings(data)
    readings = []
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8":  # valid UTF-8 is UTF-8: other bytes rarely pass
            return _checked(text), encoding
        readings.append((common_share(text), text, encoding))
    if readings:
        return _most_common_reading(readings)
    return _decode_damaged(data, candidates)


def _candidate_encodings(data: bytes) -> list[str]:
    declared = META_CHARSET.search(data[:4096])
    name = declared.group(1).decode("ascii", "ignore").lower() if declared else ""
    if name in GB_FAMILY:
        return ["gb18030", "utf-8", "big5"]
    if name in BIG5_FAMILY:
        return ["big5", "utf-8", "gb18030"]
    return ["utf-8", "gb18030", "big5"]


def _most_common_reading(readings: list[tuple[float, str, str]]) -> tuple[str, str]:
    """Return the reading of legacy bytes whose characters are those of ordinary
    text; refuse bytes that every encoding reads as mostly rare characters.

    Big5 bytes are valid GBK too (and GBK bytes often valid Big5): only what they
    read as tells them apart, "講話" against "篜杠".
    """
    share, text, encoding = max(readings, key=lambda reading: reading[0])
    if share < MIN_COMMON_SHARE:
        tried = ", ".join(f"{enc} {sh:.0%}" for sh, _, enc in readings)
        raise ParseError(
            "cannot decode: every reading gives mostly rare characters "
            f"(share of common characters: {tried}); the file is in an encoding "
            "the archive does not read, or damaged"
        )
    return _checked(text), encoding


def _common_characters() -> frozenset[str]:
    """Return the characters of ordinary Chinese text: GB2312's first level (3,755
    simplified) and Big5's frequent characters (5,401 traditional)."""
    found: set[str] = set()
    for encoding, leads, trails in COMMON_CHARACTER_BLOCKS:
        for lead in leads:
            for trail in trails:
                try:
                    found.add(bytes((lead, trail)).decode(encoding))
                except UnicodeDecodeError:
                    continue
    return frozenset(found)


def common_share(text: str) -> float:
    """Return the share of a text's Chinese characters (and other letters beyond
    ASCII) that are common ones; 1.0 when it holds none."""
    sample = text[:COMMON_SAMPLE_CHARS]
    letters = [ch for ch in sample if ch > "\x7f" and not NOT_A_LETTER.match(ch)]
    if not letters:
        return 1.0
    return sum(1 for ch in letters if ch in COMMON_CHARACTERS) / len(letters)


def _decode_damaged(data: bytes, candidates: list[str]) -> tuple[str, str]:
    """Accept a file with a handful of bad bytes; refuse one in another encoding."""
    best = min(
        ((data.decode(enc, errors="replace"), enc) for enc in candidates),
        key=lambda pair: pair[0].count("\ufffd"),
    )
    text, encoding = best
    if text.count("\ufffd") <= max(1, len(text) * MAX_DAMAGED_SHARE):
        return _checked(text), encoding
    raise ParseError("cannot decode: neither UTF-8, GB18030/GBK nor UTF-16")


COMMON_CHARACTERS = _common_characters()


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ParseError(f"cannot decode as {encoding}: {exc.reason}") from exc


def _checked(text: str) -> str:
    """Refuse decoded text that is mostly control characters: a binary file.

    The few NULs a UTF-16 file may hold are dropped: no text means one, and
    PostgreSQL cannot store it.
    """
    sample = text[:20000]
    if len(CONTROL_CHARS.findall(sample)) > 0.05 * max(1, len(sample)):
        raise ParseError("binary file: too many control characters to be text")
    return text.replace("\x00", "")


def utf16_byte_order(data: bytes) -> str | None:
    """Name the byte order of UTF-16 text without BOM, or None if it is not UTF-16.

    GBK and UTF-8 text never holds a NUL byte; UTF-16 nearly always does (every ASCII
    character, and CJK characters such as U+4E00). With NULs present, the byte order
    whose decoding reads as text wins.
    """
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return None
    sample = data[:4000]
    half = len(sample) // 2
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    for order in ("utf-16-le", "utf-16-be"):
        if _reads_as_text(sample, order):
            return order
    return None


def _reads_as_text(sample: bytes, encoding: str) -> bool:
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        return False
    readable = sum(1 for ch in text if READABLE.match(ch))
    return readable > READABLE_SHARE * len(text)


# "<title>在…的讲话_领导讲话_某县人民政府</title>"
HTML_TITLE = re.compile(r"<title[^>]*>(?P<title>[^<]{1,300})</title>", re.IGNORECASE)


def html_page_title(markup: str) -> str:
    """Return the text of an HTML page's <title>, or "" when it has none."""
    match = HTML_TITLE.search(markup[:20000])
    return " ".join(html.unescape(match["title"]).split()) if match else ""


def looks_like_html(text: str) -> bool:
    """Tell whether a text is an HTML page or fragment rather than plain text."""
    return bool(HTML_MARKUP.search(text[:3000]))


# Elements whose text is never part of a speech.
DROPPED_ELEMENTS = {
    "script",
    "style",
    "nav",
    "noscript",
    "head",
    "iframe",
    "select",
    "form",
    "button",
    "aside",
    "footer",
    "header",
    "svg",
    "template",
    "menu",
}
# Element classes and ids that mark site chrome: class="breadcrumb", id="footer" …
CHROME_ATTRIBUTE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|header|breadcrumbs?|crumbs?|share|"
    r"sidebar|side|related|recommend|comments?|copyright|toolbar|advert|ads?|"
    r"logo|search|login|pager|pagination|hot|tags)(?:$|[\s_-])",
    re.IGNORECASE,
)
# A page's header and footer are chrome for the body, but they name the site
# ("某某个人图书馆", "© 2024 某某网 版权所有"): their text is kept aside for metadata.
SITE_CHROME_ELEMENTS = {"header", "footer"}
SITE_CHROME_ATTRIBUTE = re.compile(
    # a breadcrumb's first item is the site ("某某网 > 时政 > 领导活动")
    r"(?:^|[\s_-])(?:header|footer|foot|copyright|logo|breadcrumbs?|crumbs?)(?:$|[\s_-])",
    re.IGNORECASE,
)
SCRIPT_ELEMENTS = {"script", "style", "noscript", "template", "svg"}
VOID_ELEMENTS = {"br", "img", "hr", "meta", "link", "input", "wbr", "source", "area"}
BLOCK_ELEMENTS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "table",
    "ul",
    "ol",
    "blockquote",
    "title",
    "dd",
    "dt",
    "dl",
    "pre",
    "center",
    "main",
    "figure",
    "figcaption",
    "hr",
}
# "<p><strong>一、稳住基本盘</strong>今年以来，…</p>": a heading set in bold at the start
# of its paragraph runs into the text; the bold's end is where the heading ends.
EMPHASIS_ELEMENTS = {"strong", "b"}
LEAD_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|"
    r"第[一二三四五六七八九十]{1,3}[，,、]?|\d{1,2}[.．、])"
)
# A heading that ends on punctuation ("（一）突出项目为王。") already shows its end.
CLOSED_HEADING = re.compile(r"[。！？!?；;：:，,、]\s*$")
# A caption under a photo is short and is not a sentence of the speech.
CAPTION_MAX_CHARS = 40
CAPTION_SENTENCE = re.compile(r"[。！？；]")


@dataclass
class _Block:
    text: list[str] = field(default_factory=list)
    image: bool = False
    caption: bool = False  # <figcaption>, or a centred line right after a photo


class _TextExtractor(HTMLParser):
    """Collect the visible text of a page as blocks, skipping chrome elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = [_Block()]
        self.skip_stack: list[str] = []
        self.site_chrome: list[str] = []  # text of the page's header and footer
        self.in_site_chrome = False
        # where bold text opening a block starts in its text, while inside it
        self.lead_emphasis: int | None = None

    def _new_block(self, *, image: bool = False) -> None:
        if self.blocks[-1].text or self.blocks[-1].image:
            self.blocks.append(_Block())
        if image:
            self.blocks[-1].image = True
            self.blocks.append(_Block())

    def handle_starttag(self, tag, attrs):
        if self.skip_stack:
            if tag not in VOID_ELEMENTS:
                self.skip_stack.append(tag)
            return
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        if tag in DROPPED_ELEMENTS or (
            tag not in VOID_ELEMENTS and marks and CHROME_ATTRIBUTE.search(marks)
        ):
            self.skip_stack.append(tag)
            self.in_site_chrome = tag in SITE_CHROME_ELEMENTS or bool(
                marks and SITE_CHROME_ATTRIBUTE.search(marks)
            )
            return
        if tag == "img":
            self._new_block(image=True)
        elif tag in BLOCK_ELEMENTS:
            self._new_block()
            if tag == "figcaption":
                self.blocks[-1].caption = True
        elif tag in EMPHASIS_ELEMENTS and not "".join(self.blocks[-1].text).strip():
            self.lead_emphasis = len(self.blocks[-1].text)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if self.skip_stack and self.skip_stack[-1] == tag and tag not in VOID_ELEMENTS:
            self.skip_stack.pop()

    def handle_endtag(self, tag):
        if self.skip_stack:
            if tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
            return
        if tag in EMPHASIS_ELEMENTS and self.lead_emphasis is not None:
            emphasised = "".join(self.blocks[-1].text[self.lead_emphasis :])
            self.lead_emphasis = None
            if LEAD_HEADING.match(emphasised) and not CLOSED_HEADING.search(emphasised):
                self._new_block()
        if tag in BLOCK_ELEMENTS:
            self.lead_emphasis = None
            self._new_block()

    def handle_data(self, data):
        if not self.skip_stack:
            self.blocks[-1].text.append(data)
        elif (
            self.in_site_chrome
            and self.skip_stack[-1] not in SCRIPT_ELEMENTS
            and data.strip()
        ):
            self.site_chrome.append(" ".join(data.split()))


def html_to_text(markup: str) -> str:
    """Return the visible text of an HTML page, one block element a line."""
    return html_to_text_and_chrome(markup)[0]


def html_to_text_and_chrome(markup: str) -> tuple[str, tuple[str, ...]]:
    """Return the visible text of an HTML page, one block element a line, and the
    pieces of text of its header and footer, which the text leaves out."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    lines: list[str] = []
    after_image = False
    for block in extractor.blocks:
        if block.image:
            after_image = True
            continue
        # The parser has already turned entities into characters (convert_charrefs):
        # unescaping again made "&amp;lt;script&amp;gt;" into "<script>".
        text = "".join(block.text).replace("\xa0", " ")
        block_lines = [line.strip() for line in text.replace("\r", "").split("\n")]
        block_lines = [line for line in block_lines if line]
        if not block_lines:
            continue
        if block.caption or (after_image and _is_photo_caption(block_lines)):
            after_image = False
            continue
        after_image = False
        lines.extend(block_lines)
    return "\n".join(lines), tuple(extractor.site_chrome)


def _is_photo_caption(lines: list[str]) -> bool:
    """Tell a short line under a photo ("活动现场") from a paragraph of the speech."""
    text = "".join(lines)
    return len(text) <= CAPTION_MAX_CHARS and not CAPTION_SENTENCE.search(text)
