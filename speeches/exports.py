"""A speech as JSON (the API's record and the download), as Markdown; slogans as CSV."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence

from django.db.models import QuerySet

from .models import Section, Slogan, Speech
from .paragraphs import paragraphs
from .selectors import section_tree

# A line that Markdown would read as a heading, quote, list or rule if left as it is:
# "# 号文件" / "> 注" / "- 一是" / "---" / "+ 加强".
MARKDOWN_LINE_MARK = re.compile(r"^(\s*)([#>+\-=|])")
# "1. 坚持问题导向" would become an ordered list: escape its dot.
MARKDOWN_LIST_NUMBER = re.compile(r"^(\s*\d+)([.)])")
# A cell Excel would run as a formula: "=1+1", "@SUM", "-2+3".
SPREADSHEET_FORMULA = re.compile(r"^[=+\-@\t\r]")
# Characters Markdown treats as inline markup: "**重点**", "[注]", "`代码`".
MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>])")

CSV_BOM = "\ufeff"
SLOGAN_CSV_HEADER = [
    "提法",
    "类型",
    "讲话数",
    "出现次数",
    "首次使用",
    "最近使用",
    "网址",
]


def markdown_escape(line: str) -> str:
    """Return a line of speech text that Markdown renders as the same plain text."""
    line = MARKDOWN_INLINE.sub(r"\\\1", line)
    line = MARKDOWN_LINE_MARK.sub(r"\1\\\2", line)
    return MARKDOWN_LIST_NUMBER.sub(r"\1\\\2", line)


def spreadsheet_safe(cell: str) -> str:
    """Return a cell that Excel shows as text, never runs as a formula."""
    return "'" + cell if SPREADSHEET_FORMULA.match(cell) else cell


def _paragraphs(text: str) -> list[str]:
    return [markdown_escape(paragraph) for paragraph in paragraphs(text)]


def speech_markdown(
    speech: Speech,
    *,
    sections: Sequence[Section],
    absolute_url: Callable[[str], str],
) -> str:
    """Return a speech as a Markdown document: metadata, then the text by section."""
    lines = [f"# {markdown_escape(speech.title)}", ""]
    facts = [
        ("日期", speech.date.isoformat() if speech.date else ""),
        ("讲话人", speech.speaker),
        ("场合", speech.occasion),
        ("行政层级", speech.admin_level),
        ("来源", speech.source_site),
        ("原文链接", speech.source_url),
        ("本档案网址", absolute_url(speech.get_absolute_url())),
    ]
    lines += [f"- {name}：{markdown_escape(value)}" for name, value in facts if value]
    if speech.truncated:
        lines += ["", "> 注意：原网页只提供了部分内容，本文不完整。"]
    preamble_end = sections[0].start_offset if sections else len(speech.body)
    for paragraph in _paragraphs(speech.body[:preamble_end]):
        lines += ["", paragraph]
    for section in sections:
        hashes = "#" * min(section.level + 1, 6)
        heading = markdown_escape(f"{section.label} {section.heading}".strip())
        lines += ["", f"{hashes} {heading}"]
        for paragraph in _paragraphs(section.text):
            lines += ["", paragraph]
    return "\n".join(lines) + "\n"


def speech_record(speech: Speech, *, absolute_url: Callable[[str], str]) -> dict:
    """Return a speech as Contract 2 gives it (GET /api/speeches/<id>), but slogans."""
    return {
        "id": speech.pk,
        "title": speech.title,
        "date": speech.date.isoformat() if speech.date else None,
        "delivered": speech.delivered or None,
        "source_url": speech.source_url or None,
        "source_site": speech.source_site or None,
        "speaker": speech.speaker or None,
        "occasion": speech.occasion or None,
        "truncated": speech.truncated,
        "url": absolute_url(speech.get_absolute_url()),
        "body": speech.body,
        "sections": section_tree(speech),
    }


def speech_document(
    speech: Speech,
    *,
    slogans: Iterable[Slogan],
    absolute_url: Callable[[str], str],
) -> dict:
    """Return a speech as the JSON download: the API's record plus links and counts."""
    record = speech_record(speech, absolute_url=absolute_url)

    def with_links(nodes: list[dict]) -> list[dict]:
        for node in nodes:
            node["url"] = f"{record['url']}#{node['anchor']}"
            with_links(node["children"])
        return nodes

    return {
        **record,
        "admin_level": speech.admin_level or None,
        "sections": with_links(record["sections"]),
        "slogans": [
            {
                "id": slogan.pk,
                "text": slogan.text,
                "kind": slogan.kind,
                "mentions": slogan.count,
                "url": absolute_url(slogan.get_absolute_url()),
            }
            for slogan in slogans
        ],
    }


def slogans_csv(slogans: QuerySet[Slogan], *, slogan_url: Callable[[int], str]) -> str:
    """Return the slogan table as CSV text that Excel opens as UTF-8 (with a BOM).

    ``slogans`` carries the usage annotations of ``selectors.slogans_with_usage``.
    """
    kinds = dict(Slogan.Kind.choices)
    buffer = io.StringIO()
    buffer.write(CSV_BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(SLOGAN_CSV_HEADER)
    rows = slogans.values_list(
        "id", "text", "kind", "speech_count", "mention_count", "first_date", "last_date"
    )
    for pk, text, kind, speeches, mentions, first, last in rows:
        writer.writerow(
            [
                spreadsheet_safe(text),
                kinds.get(kind, kind),
                speeches,
                mentions,
                first.isoformat() if first else "",
                last.isoformat() if last else "",
                slogan_url(pk),
            ]
        )
    return buffer.getvalue()
