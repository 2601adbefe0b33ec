"""Citations of a speech or a section: GB/T 7714-2015, BibTeX and CSL-JSON.

GB/T 7714-2015 cites an online text as an electronic resource (4.8, 8.8):

    主要责任者. 题名: 其他题名信息[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.

The archive is cited at its own short permanent address (/s/<id>, /s/<id>/2-1 for
the first subsection of part 2), so the citation outlives the source site.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from speeches.models import partial_date_start

ARCHIVE_NAME = "讲话档案"
# Characters BibTeX treats as syntax: "50%", "R&D", "a_b", "{注}".
BIBTEX_SPECIAL = re.compile(r"([{}\\%&$#_^~])")
BIBTEX_ESCAPES = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


@dataclass(frozen=True)
class Work:
    """What a citation names: a speech, or a section of one."""

    key: str  # "speech-12", "speech-12-s2-1"
    title: str
    part: str  # the section's label and heading, or ""
    author: str  # the speaker, or ""
    publisher: str  # the site that published it, or ""
    occasion: str
    delivered: str  # YYYY, YYYY-MM or YYYY-MM-DD, or ""
    published: dt.date | None  # the page's own date
    url: str


def gbt7714(work: Work, *, cited: dt.date) -> str:
    """Return a GB/T 7714-2015 reference to an electronic resource ([EB/OL]).

    With no known author the entry starts with its title, as 8.1.1 allows in
    numbered (顺序编码制) lists.
    """
    title = f"{work.title}: {work.part}" if work.part else work.title
    parts = [f"{work.author}. " if work.author else "", f"{title}[EB/OL]. "]
    updated = f"({work.published.isoformat()})" if work.published else ""
    parts.append(f"{updated}[{cited.isoformat()}]. ")
    parts.append(f"{work.url}.")
    return "".join(parts)


def bibtex_escape(text: str) -> str:
    """Return text that BibTeX prints as it is."""
    return BIBTEX_SPECIAL.sub(
        lambda match: BIBTEX_ESCAPES.get(match[1], "\\" + match[1]), text
    )


def bibtex(work: Work, *, cited: dt.date) -> str:
    """Return a BibTeX @misc entry (biblatex reads url and urldate too)."""
    day = partial_date_start(work.delivered) or work.published
    fields = [
        ("title", work.title + (f": {work.part}" if work.part else "")),
        # Double braces: an organisation or a role is one name, not "Last, First".
        ("author", f"{{{bibtex_escape(work.author)}}}" if work.author else ""),
        ("year", str(day.year) if day else ""),
        ("date", work.delivered or (work.published.isoformat() if day else "")),
        ("howpublished", f"\\url{{{work.url}}}"),
        ("url", work.url),
        ("urldate", cited.isoformat()),
        ("publisher", work.publisher),
        ("note", f"{ARCHIVE_NAME}，引用日期 {cited.isoformat()}"),
        ("langid", "chinese"),
    ]
    lines = [f"@misc{{{work.key},"]
    for name, value in fields:
        if not value:
            continue
        if name in {"title", "publisher", "note"}:
            value = bibtex_escape(value)
        lines.append(f"  {name} = {{{value}}},")
    lines.append("}")
    return "\n".join(lines)


def _date_parts(value: str) -> list[int]:
    return [int(part) for part in value.split("-")]


def csl_json(work: Work, *, cited: dt.date) -> dict:
    """Return a CSL-JSON item (type "speech") for Zotero and other reference managers."""
    item: dict = {
        "id": work.key,
        "type": "speech",
        "title": work.title + (f": {work.part}" if work.part else ""),
        "container-title": ARCHIVE_NAME,
        "URL": work.url,
        "accessed": {"date-parts": [_date_parts(cited.isoformat())]},
        "language": "zh-CN",
    }
    if work.author:
        item["author"] = [{"literal": work.author}]
    if work.delivered:
        item["issued"] = {"date-parts": [_date_parts(work.delivered)]}
    elif work.published:
        item["issued"] = {"date-parts": [_date_parts(work.published.isoformat())]}
    if work.publisher:
        item["publisher"] = work.publisher
    if work.occasion:
        item["event-title"] = work.occasion
    return item


def citations(work: Work, *, cited: dt.date) -> dict:
    """Return every form of a work's citation: address, GB/T 7714, BibTeX, CSL-JSON."""
    return {
        "url": work.url,
        "gbt7714": gbt7714(work, cited=cited),
        "bibtex": bibtex(work, cited=cited),
        "csl": csl_json(work, cited=cited),
    }
