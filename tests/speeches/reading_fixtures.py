"""Speeches we wrote ourselves for the reading-room tests, imported the real way.

Each speech is built as a ParsedSpeech (so the tests do not depend on how the parser
reads a file) and stored through ``speech_import``, the archive's one writer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from speeches.importing import speech_import
from speeches.models import Speech
from speeches.parsing.types import ParsedSection, ParsedSlogan, ParsedSpeech


@dataclass
class Part:
    """A section to write: its label, heading, own text and children."""

    label: str
    heading: str
    text: str
    children: list[Part] = field(default_factory=list)


def _layout(parts: list[Part], body: list[str], offset: int, level: int):
    """Append the parts to the body lines; return their ParsedSections and the end."""
    sections = []
    for ordinal, part in enumerate(parts, 1):
        start = offset
        separator = "、" if level == 1 else ""
        heading_line = f"{part.label}{separator}{part.heading}"
        body.append(heading_line)
        offset += len(heading_line) + 1
        if part.text:
            body.append(part.text)
            offset += len(part.text) + 1
        children, offset = _layout(part.children, body, offset, level + 1)
        sections.append(
            ParsedSection(
                level=level,
                label=part.label,
                ordinal=ordinal,
                heading=part.heading,
                text=part.text,
                start=start,
                end=offset,
                children=tuple(children),
            )
        )
    return sections, offset


def speech_parsed(
    *,
    title: str,
    preamble: str,
    parts: list[Part] = (),
    slogans: list[str] = (),
    date: dt.date | None = None,
    delivered: str | None = None,
    speaker: str | None = None,
    occasion: str | None = None,
    admin_level: str | None = None,
    source_site: str | None = None,
    source_url: str | None = None,
    truncated: bool = False,
) -> ParsedSpeech:
    """Return a ParsedSpeech whose section offsets point into its body."""
    lines = [preamble]
    sections, _ = _layout(list(parts), lines, len(preamble) + 1, 1)
    body = "\n".join(lines) + "\n"
    raw = f"{title}\n{date or ''}\n{source_site or ''}\n{body}"
    return ParsedSpeech(
        title=title,
        body=body,
        raw_text=raw,
        encoding="utf-8",
        date=date,
        delivered=delivered,
        source_url=source_url,
        source_site=source_site,
        speaker=speaker,
        occasion=occasion,
        admin_level=admin_level,
        truncated=truncated,
        sections=tuple(sections),
        slogans=tuple(ParsedSlogan(text=text, kind="coinage") for text in slogans),
        parser_version="test",
    )


def speech_add(**kwargs) -> Speech:
    """Build a speech and store it through the importer; return the row."""
    return speech_import(parsed=speech_parsed(**kwargs)).speech


def county_party_building() -> Speech:
    """A county secretary on community party building, with two nested parts."""
    return speech_add(
        title="在清河县城市基层党建工作推进会上的讲话",
        date=dt.date(2024, 3, 12),
        speaker="县委书记",
        occasion="清河县城市基层党建工作推进会",
        admin_level="县",
        source_site="清河县融媒体中心",
        source_url="https://example.org/qinghe/2024/0312.html",
        preamble=(
            "同志们：\n今天召开这次推进会，主要是盘点去年城市基层党建的成效，"
            "把今年的任务讲清楚、压下去。"
        ),
        parts=[
            Part(
                "一",
                "认清形势，把“双报到”做实做细",
                "去年全县机关党员到社区“双报到”一千二百余人次，"
                "帮助居民解决停车、加装电梯等难题。但也有少数单位报到之后就不见人影，"
                "“双报到”成了签个名、拍张照。",
                [
                    Part(
                        "（一）",
                        "建立报到台账",
                        "各社区要为报到党员建立服务台账，每季度公布一次认领项目的完成情况。",
                    ),
                    Part(
                        "（二）",
                        "把评价权交给居民",
                        "党员服务得怎么样，由楼栋长和居民代表打分，"
                        "结果抄送党员所在单位，作为评先评优的依据。",
                    ),
                ],
            ),
            Part(
                "二",
                "抓住关键，严格落实“三会一课”",
                "“三会一课”是党内生活的基本制度。今年县委组织部将随机抽查各支部的会议记录，"
                "凡是照抄照搬、补写记录的，一律通报。\n"
                "支部书记要带头讲党课，讲身边事，讲群众听得懂的话。",
            ),
        ],
        slogans=["双报到", "三会一课"],
    )


def town_rural_revival() -> Speech:
    """A township head on rural revival, sharing one slogan with the county speech."""
    return speech_add(
        title="在柳塘镇乡村振兴工作会议上的讲话",
        date=dt.date(2025, 6, 3),
        speaker="镇长",
        occasion="柳塘镇乡村振兴工作会议",
        admin_level="镇",
        source_site="柳塘镇人民政府",
        preamble="同志们：\n今年是柳塘镇产业转型的关键一年，我讲三点意见。",
        parts=[
            Part(
                "一",
                "发展“一村一品”",
                "每个村都要找准一样拿得出手的产品，"
                "莲藕村就把莲藕做成品牌，茶园村就把春茶卖到城里去。",
            ),
            Part(
                "二",
                "支部带头",
                "村党支部坚持“三会一课”，把产业发展作为支部会议的固定议题。",
            ),
        ],
        slogans=["一村一品", "三会一课"],
    )


def city_truncated() -> Speech:
    """A city speech whose page cut it off after the first part."""
    return speech_add(
        title="在江安市社区治理现场会上的讲话（节选）",
        date=dt.date(2023, 9, 20),
        speaker="市委副书记",
        admin_level="市",
        source_site="江安日报",
        preamble="同志们：\n这次现场会放在南湖社区召开，就是要让大家看看“双报到”落地以后社区的变化。",
        parts=[Part("一", "看变化", "南湖社区三年前是有名的老旧小区，如今……")],
        slogans=["双报到"],
        truncated=True,
    )


def undated_notice() -> Speech:
    """A short speech with no date and no slogans."""
    return speech_add(
        title="在春季防火工作部署会上的讲话",
        admin_level="乡",
        source_site="青石乡政务公开",
        preamble="同志们：\n春季风大物燥，各村要把防火责任落实到每一片山林。",
    )


def reading_room() -> dict[str, Speech]:
    """Import the four ordinary speeches; return them by a short name."""
    return {
        "county": county_party_building(),
        "town": town_rural_revival(),
        "city": city_truncated(),
        "undated": undated_notice(),
    }
