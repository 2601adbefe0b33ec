"""The speech page's text reuse panel: {% reuse_panel speech sections %}."""

import bisect
from dataclasses import dataclass

from django import template

from speeches.models import Section, Speech

from ..selectors import speech_reuse

register = template.Library()

EXCERPT_CHARS = 40
PASSAGES_SHOWN = 50
# The page's script finds each passage in the rendered text by its first and last
# characters (whitespace removed) and marks it there.
ANCHOR_CHARS = 16


@dataclass(frozen=True)
class PassageView:
    number: int
    start: int
    end: int
    excerpt: str
    head: str
    tail: str
    anchor: str
    section: str
    others: list[Speech]


def _section_at(sections: list[Section]):
    """Return a function giving the section a body offset falls in, or None."""
    ordered = sorted(sections, key=lambda section: section.start_offset)
    starts = [section.start_offset for section in ordered]

    def at(offset: int) -> Section | None:
        index = bisect.bisect_right(starts, offset) - 1
        return ordered[index] if index >= 0 else None

    return at


@register.inclusion_tag("reuse/_reuse_panel.html")
def reuse_panel(speech, sections):
    """Render a speech's copies, its passages found elsewhere and its relatives."""
    reuse = speech_reuse(speech.pk)
    section_at = _section_at(sections)
    views = []
    for number, (passage, others) in enumerate(reuse.passages[:PASSAGES_SHOWN], 1):
        text = " ".join(speech.body[passage.start : passage.end].split())
        compact = "".join(text.split())
        section = section_at(passage.start)
        views.append(
            PassageView(
                number=number,
                start=passage.start,
                end=passage.end,
                excerpt=text[:EXCERPT_CHARS]
                + ("……" if len(text) > EXCERPT_CHARS else ""),
                head=compact[:ANCHOR_CHARS],
                tail=compact[-ANCHOR_CHARS:],
                anchor=section.anchor if section else "",
                section=f"{section.label} {section.heading}".strip() if section else "",
                others=others,
            )
        )
    return {
        "speech": speech,
        "passages": views,
        "more_passages": max(0, len(reuse.passages) - PASSAGES_SHOWN),
        "copies": reuse.copies,
        "canonical": reuse.canonical,
        "relatives": reuse.relatives,
        "containers": reuse.containers,
        "contained": reuse.contained,
    }
