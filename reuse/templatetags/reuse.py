"""The speech page's text reuse panel: {% reuse_panel speech %}."""

import bisect
from dataclasses import dataclass

from django import template

from speeches.models import Section, Speech

from ..models import Copy
from ..selectors import (
    speech_containment,
    speech_copies,
    speech_relatives,
    speech_reused,
)

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


def _sections_at(speech: Speech):
    sections = list(
        Section.objects.filter(speech=speech)
        .order_by("start_offset", "position")
        .only("anchor", "label", "heading", "start_offset")
    )
    starts = [section.start_offset for section in sections]

    def at(offset: int) -> Section | None:
        index = bisect.bisect_right(starts, offset) - 1
        return sections[index] if index >= 0 else None

    return at


@register.inclusion_tag("reuse/_reuse_panel.html")
def reuse_panel(speech):
    """Render a speech's copies, its passages found elsewhere and its relatives."""
    passages = speech_reused(speech.pk)
    ids = {pk for passage in passages[:PASSAGES_SHOWN] for pk in passage.speech_ids}
    copies = speech_copies(speech.pk)
    others = Speech.objects.only("id", "title", "date", "effective_date").in_bulk(
        ids | set(copies)
    )
    section_at = _sections_at(speech)
    views = []
    for number, passage in enumerate(passages[:PASSAGES_SHOWN], 1):
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
                others=[others[pk] for pk in passage.speech_ids if pk in others],
            )
        )
    copy_entry = Copy.objects.filter(speech_id=speech.pk).first()
    return {
        "speech": speech,
        "passages": views,
        "more_passages": max(0, len(passages) - PASSAGES_SHOWN),
        "copies": [others[pk] for pk in copies if pk in others],
        "canonical": others.get(copy_entry.canonical_id) if copy_entry else None,
        "relatives": speech_relatives(speech.pk),
        "containers": speech_containment(speech.pk, inside=True),
        "contained": speech_containment(speech.pk, inside=False),
    }
