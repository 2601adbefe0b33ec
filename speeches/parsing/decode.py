"""Turn a file's bytes into text: detect the encoding, and HTML into plain lines."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .types import ParseError

# <meta charset="gb2312"> or <meta http-equiv=... content="text/html; charset=gbk">
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)
# "<p>　　央视网消息…</p>" or "<!DOCTYPE html>": markup, not plain text
HTML_MARKUP = re.compile(
    r"<(?:!doctype|html|body|p|div|br|span|table)\b", re.IGNORECASE
)

GB_FAMILY = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936"}


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return the text of a file and the name of the encoding it was read with."""
    if not data.strip():
        raise ParseError("empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "utf-16"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16), utf16
    if b"\x00" in data:
        raise ParseError("binary file: it holds NUL bytes and is not UTF-16 text")
    declared = META_CHARSET.search(data[:4096])
    candidates = ["utf-8", "gb18030"]
    if declared and declared.group(1).decode("ascii", "ignore").lower() in GB_FAMILY:
        candidates = ["gb18030", "utf-8"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ParseError("cannot decode: neither UTF-8, GB18030/GBK nor UTF-16")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ParseError(f"cannot decode as {encoding}: {exc.reason}") from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """Name the UTF-16 byte order when every other byte is NUL, as in ASCII/CJK text."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def looks_like_html(text: str) -> bool:
    """Tell whether a text is an HTML page or fragment rather than plain text."""
    return bool(HTML_MARKUP.search(text[:2000]))


DROPPED_ELEMENTS = {
    "script",
    "style",
    "nav",
    "noscript",
    "head",
    "iframe",
    "select",
    "form",
}
BLOCK_ELEMENTS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "table",
    "ul",
    "ol",
    "blockquote",
    "title",
    "dd",
    "dt",
}


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in DROPPED_ELEMENTS:
            self.skip_depth += 1
        elif tag in BLOCK_ELEMENTS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in DROPPED_ELEMENTS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in BLOCK_ELEMENTS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip_depth:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Return the visible text of an HTML page, one block element a line."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    text = html.unescape("".join(extractor.parts))
    lines = (line.strip() for line in text.replace("\r", "").split("\n"))
    return "\n".join(line for line in lines if line)
