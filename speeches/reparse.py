"""Re-parse speeches from their raw text: show what would change, then apply."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from .history import (
    changes_summary,
    revision_record,
    snapshot_changes,
    speech_snapshot,
)
from .importing import speech_apply_parse
from .models import Revision, Speech
from .parsing import ParsedSpeech, ParseError, parse_text
from .slogans import slogan_resolve


@dataclass(frozen=True)
class ReparsePreview:
    """What re-parsing one speech would change, or why it cannot be re-parsed."""

    speech: Speech
    changes: list[dict] = field(default_factory=list)
    error: str = ""

    @property
    def reviewed(self) -> bool:
        return self.speech.status == Speech.Status.REVIEWED

    @property
    def summary(self) -> str:
        return self.error or changes_summary(self.changes)


@dataclass(frozen=True)
class ReparseOutcome:
    speech: Speech
    applied: bool
    reason: str = ""


def parsed_snapshot(parsed: ParsedSpeech, *, status: str) -> dict:
    """Return the snapshot a speech would have after ``speech_apply_parse``."""
    sections = []
    for position, section in enumerate(parsed.walk_sections()):
        sections.append(
            {
                "level": section.level,
                "label": section.label,
                "heading": section.heading[:1000],
                "text": section.text,
                "position": position,
            }
        )
    slogans = {}
    for item in parsed.slogans:
        if not item.listed:
            continue
        slogan = slogan_resolve(item.stored_text)
        if slogan is not None:
            slogans[slogan.text] = {"id": slogan.pk, "text": slogan.text}
    return {
        "title": parsed.title[:500],
        "date": parsed.date.isoformat() if parsed.date else None,
        "delivered": parsed.delivered or "",
        "speaker": (parsed.speaker or "")[:200],
        "occasion": (parsed.occasion or "")[:500],
        "admin_level": parsed.admin_level or "",
        "source_site": (parsed.source_site or "")[:200],
        "source_url": (parsed.source_url or "")[:1000],
        "truncated": parsed.truncated,
        "status": status,
        "body": parsed.body,
        "parser_version": parsed.parser_version,
        "sections": sections,
        "slogans": list(slogans.values()),
    }


def _parse(speech: Speech) -> ParsedSpeech:
    return parse_text(speech.raw_text, encoding=speech.raw_encoding or "utf-8")


def speech_reparse_preview(*, speech: Speech) -> ReparsePreview:
    """Return what re-parsing a speech with the current parser would change."""
    try:
        parsed = _parse(speech)
    except (ParseError, ValueError) as error:
        return ReparsePreview(speech, error=f"无法解析原始文本：{error}")
    current = speech_snapshot(speech)
    changes = snapshot_changes(current, parsed_snapshot(parsed, status=speech.status))
    return ReparsePreview(speech, changes=changes)


@transaction.atomic
def speech_reparse(
    *, speech: Speech, user=None, include_reviewed: bool = False
) -> ReparseOutcome:
    """Re-parse a speech from its raw text, unless it is reviewed and not included."""
    speech = Speech.objects.select_for_update().get(pk=speech.pk)
    if speech.status == Speech.Status.REVIEWED and not include_reviewed:
        return ReparseOutcome(speech, False, "已审校，未勾选“包括已审校的讲话”")
    try:
        parsed = _parse(speech)
    except (ParseError, ValueError) as error:
        return ReparseOutcome(speech, False, f"无法解析原始文本：{error}")
    before = speech_snapshot(speech)
    speech_apply_parse(speech=speech, parsed=parsed)
    revision = revision_record(
        speech=speech,
        before=before,
        user=user,
        action=Revision.Action.REPARSE,
        note=f"用解析器 {parsed.parser_version or '当前版本'} 重新解析",
    )
    if revision is None:
        return ReparseOutcome(speech, True, "没有变化")
    return ReparseOutcome(speech, True, revision.summary)
