"""Frozen values the parser returns; ``to_dict`` is the JSON contract (Contract 1)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


class ParseError(ValueError):
    """A file holds no speech the parser can read; the message says why."""


@dataclass(frozen=True)
class ParsedSection:
    """One heading of the section tree, with its own text and its children."""

    level: int  # depth in the tree, 1 = top
    label: str  # enumerator as printed: "一", "（一）", "第一", "首先", "1"
    ordinal: int  # 1-based among siblings
    heading: str  # without enumerator and without a closing 。
    text: str  # the section's own text, without its children
    start: int  # offset of the enumerator in ParsedSpeech.body
    end: int  # offset where the section (children included) ends in the body
    children: tuple[ParsedSection, ...] = ()

    def to_dict(self) -> dict:
        return {
            "level": self.level,
            "label": self.label,
            "ordinal": self.ordinal,
            "heading": self.heading,
            "text": self.text,
            "children": [child.to_dict() for child in self.children],
        }

    def walk(self):
        """Yield this section and its descendants in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class ParsedSlogan:
    """A slogan found in the body, without quotation marks."""

    text: str
    kind: str  # "coinage" | "formula" | "enumeration" | "concept"
    # Whether the archive may publish it without an editor: a lexicon formulation or
    # a formula of an unmistakable shape. A doubtful one waits for an editor.
    confident: bool = True
    source: str = "quoted"  # "lexicon" | "quoted" | "formula" | "enumeration"
    category: str = ""  # the lexicon's kind: 思想, 战略, 方针, 数字提法 ...
    since: int | None = None  # the year a lexicon formulation entered use
    reason: str = ""  # why it was proposed, for the editor who decides
    doubt: float = 0.0  # 0 sure .. 1 most doubtful: the review queue's order
    # The text it is stored under when the speech words it otherwise: a lexicon
    # formulation's main wording (一国两制 for 一个国家，两种制度). Empty: ``text``.
    canonical: str = ""
    # False: used only inside a longer slogan here (双报到 in 双报到双服务), or a
    # proposal for editors only (a series of quotations the lexicon does not hold).
    # Its uses are recorded (the slogan's page counts the speech) but the speech
    # does not list it.
    listed: bool = True

    @property
    def stored_text(self) -> str:
        return self.canonical or self.text


@dataclass(frozen=True)
class ParsedSpeech:
    """Everything the parser learns from one file."""

    title: str
    body: str
    raw_text: str  # the decoded file, verbatim
    encoding: str
    date: dt.date | None = None  # the page's own stamp
    # The day the speech was given as the text states it: "2018-02-12",
    # "2018-02" or "1954" (only the month or the year known).
    delivered: str | None = None
    source_url: str | None = None
    source_site: str | None = None
    speaker: str | None = None
    occasion: str | None = None
    admin_level: str | None = None  # 省 / 市 / 县 / 区 / 镇 / 乡 / 村 ...
    truncated: bool = False
    sections: tuple[ParsedSection, ...] = ()
    slogans: tuple[ParsedSlogan, ...] = ()
    parser_version: str = ""
    warnings: tuple[str, ...] = field(default=())
    # Where the title came from: headline / document / footer / filename / occasion
    title_source: str = ""
    # What the parser is unsure of (codes of parsing/doubts.py), for editors
    doubts: tuple[str, ...] = ()

    def walk_sections(self):
        """Yield every section in document order."""
        for section in self.sections:
            yield from section.walk()

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "delivered": self.delivered,
            "source_url": self.source_url,
            "source_site": self.source_site,
            "speaker": self.speaker,
            "occasion": self.occasion,
            "truncated": self.truncated,
            "body": self.body,
            "sections": [section.to_dict() for section in self.sections],
            "slogans": [slogan.text for slogan in self.slogans if slogan.listed],
        }
