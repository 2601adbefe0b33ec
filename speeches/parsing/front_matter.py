"""A static site's front matter: the metadata block over a page saved as Markdown.

Pages kept by blog engines and feed mirrors (Jekyll, Hexo, Hugo) open with a block
of ``key: value`` lines between two ``---`` lines (TOML: ``key = value`` between
``+++``). It is the page's own record, as an HTML page's <title> is: its ``title``
and ``date`` are the page's, and no line of it belongs to the speech.

    ---
    title: '某某：在全市工作会议上的讲话'
    categories:
    - 要闻
    date: Sun, 04 Apr 2021 00:48:57 GMT
    ---
    某某：在全市工作会议上的讲话
    同志们：…
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from .dates import dates_in

# The block must close within this many lines; a longer run is not a record.
MAX_LINES = 60
FENCES = {
    "---": re.compile(r"^(?P<key>[A-Za-z_][\w-]{0,40}):(?:[ \t]+(?P<value>.*))?$"),
    "+++": re.compile(r"^(?P<key>[A-Za-z_][\w-]{0,40})[ \t]*=[ \t]*(?P<value>.*)$"),
}
# A list item or an indented continuation under a key.
CONTINUATION = re.compile(r"^(?:[ \t]+\S|-[ \t]+\S|-$)")
# "date_text: 一九四四年四月十二日": an edition's record keeps the day as the book prints
# it, under a key of its own, read when the record has no ``date``
DATE_AS_PRINTED_KEYS = ("date_text",)
ISO_DAY = re.compile(r"^(?P<y>(?:19|20)\d\d)-(?P<m>\d\d?)-(?P<d>\d\d?)(?:$|[T\s])")


# "南开大学->在…上的讲话--南开要闻 | nankai.info": a record's title copied from the
# page's <title>, the site and its column before and after the headline
TITLE_PARTS = re.compile(
    r"->|-{2,}|[ \u3000]*[|｜_][ \u3000]*|[ \u3000]+[-–][ \u3000]+"
)


@dataclass(frozen=True)
class FrontMatter:
    """What a front-matter block records, and the text after it."""

    text: str
    title: str = ""
    date: dt.date | None = None
    found: bool = False

    @property
    def headline(self) -> str:
        """The record's title without the site and column a <title> carries: its
        longest part (by Chinese characters, then letters: a domain is no headline)."""
        parts = [part.strip() for part in TITLE_PARTS.split(self.title)]
        return max(parts, key=_letter_count, default="") if self.title else ""


def _letter_count(text: str) -> tuple[int, int]:
    chinese = sum("\u3400" <= ch <= "\u9fff" for ch in text)
    return chinese, sum(ch.isalnum() for ch in text)


def split_front_matter(text: str) -> FrontMatter:
    """Split a leading front-matter block off a text; a text without one is returned
    whole. A fence over lines that are not all ``key: value`` records (a rule drawn
    over a speech) is no front matter."""
    lines = text.lstrip("\ufeff").lstrip("\r\n").split("\n")
    fence = lines[0].strip()
    record = FENCES.get(fence)
    if record is None:
        return FrontMatter(text)
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1 : MAX_LINES + 1], start=1):
        line = line.rstrip("\r")
        if line.strip() == fence or (fence == "---" and line.strip() == "..."):
            if not fields:
                return FrontMatter(text)
            return FrontMatter(
                "\n".join(lines[number + 1 :]),
                title=_unquoted(fields.get("title", "")),
                date=_record_day(fields),
                found=True,
            )
        match = record.match(line)
        if match:
            fields.setdefault(match["key"].lower(), (match["value"] or "").strip())
        elif line.strip() and not CONTINUATION.match(line):
            return FrontMatter(text)  # a line of prose: the fence was a rule
    return FrontMatter(text)


def _unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1].strip()
    return value


def _record_day(fields: dict[str, str]) -> dt.date | None:
    """Read the record's day from ``date``, else from the day as the book prints it."""
    day = _day(_unquoted(fields.get("date", "")))
    for key in DATE_AS_PRINTED_KEYS:
        printed = dates_in(_unquoted(fields.get(key, "")))
        day = day or (printed[0] if len(printed) == 1 else None)
    return day


def _day(value: str) -> dt.date | None:
    """Read a record's date: ISO (2021-04-04, with or without a time) or the mail
    form feeds use (Sun, 04 Apr 2021 00:48:57 GMT)."""
    iso = ISO_DAY.match(value)
    try:
        if iso:
            return dt.date(int(iso["y"]), int(iso["m"]), int(iso["d"]))
        return parsedate_to_datetime(value).date() if value else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
