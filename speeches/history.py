"""Revisions of speeches: snapshots of each editorial change, their diffs, reverts."""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Any

from django.db import transaction

from .importing import mentions_create
from .models import Revision, Section, Slogan, Speech
from .signals import speeches_changed
from .tree import SectionRow, section_rows_write

# Metadata an editor can change, in the order the history shows it.
METADATA_FIELDS = (
    "title",
    "date",
    "delivered",
    "speaker",
    "occasion",
    "admin_level",
    "source_site",
    "source_url",
    "truncated",
    "status",
)
SECTION_FIELDS = (
    "id",
    "parent_id",
    "level",
    "label",
    "ordinal",
    "heading",
    "text",
    "position",
    "anchor",
    "start_offset",
    "end_offset",
)


def field_label(name: str) -> str:
    """Return the name an editor reads for a speech field."""
    return str(Speech._meta.get_field(name).verbose_name)


def speech_snapshot(speech: Speech) -> dict[str, Any]:
    """Return what an editor can change in a speech as JSON-ready values."""
    snapshot: dict[str, Any] = {
        name: getattr(speech, name) for name in METADATA_FIELDS if name != "date"
    }
    snapshot["date"] = speech.date.isoformat() if speech.date else None
    snapshot["body"] = speech.body
    snapshot["parser_version"] = speech.parser_version
    snapshot["sections"] = list(
        Section.objects.filter(speech=speech)
        .order_by("position")
        .values(*SECTION_FIELDS)
    )
    snapshot["slogans"] = [
        {"id": pk, "text": text}
        for pk, text in Slogan.objects.filter(mentions__speech=speech)
        .distinct()
        .order_by("text")
        .values_list("pk", "text")
    ]
    return snapshot


def outline_lines(sections: list[dict]) -> list[str]:
    """Return a section list as indented heading lines, for diffs."""
    return [
        "\u3000" * (section["level"] - 1)
        + f"{section['label']} {section['heading']}".strip()
        for section in sections
    ]


def snapshot_changes(before: dict, after: dict) -> list[dict]:
    """Return what differs between two snapshots, in words an editor reads."""
    changes: list[dict] = []
    for name in METADATA_FIELDS:
        if before.get(name) != after.get(name):
            changes.append(
                {
                    "kind": "field",
                    "field": field_label(name),
                    "old": _shown(name, before.get(name)),
                    "new": _shown(name, after.get(name)),
                }
            )
    old_lines = outline_lines(before.get("sections", []))
    new_lines = outline_lines(after.get("sections", []))
    if old_lines != new_lines:
        changes.append({"kind": "sections", "lines": _line_diff(old_lines, new_lines)})
    elif [s["text"] for s in before.get("sections", [])] != [
        s["text"] for s in after.get("sections", [])
    ]:
        changes.append({"kind": "section_text"})
    if before.get("body") != after.get("body"):
        changes.append(
            {
                "kind": "body",
                "old_length": len(before.get("body") or ""),
                "new_length": len(after.get("body") or ""),
            }
        )
    old_slogans = {item["text"] for item in before.get("slogans", [])}
    new_slogans = {item["text"] for item in after.get("slogans", [])}
    if old_slogans != new_slogans:
        changes.append(
            {
                "kind": "slogans",
                "removed": sorted(old_slogans - new_slogans),
                "added": sorted(new_slogans - old_slogans),
            }
        )
    return changes


def _shown(name: str, value) -> str:
    if name == "status":
        return Speech.Status(value).label if value in Speech.Status.values else value
    if name == "truncated":
        return "是" if value else "否"
    return "" if value is None else str(value)


def _line_diff(old: list[str], new: list[str]) -> list[dict]:
    """Return the lines removed and added between two outlines, in order."""
    lines = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        lines += [{"op": "-", "line": line} for line in old[a0:a1]]
        lines += [{"op": "+", "line": line} for line in new[b0:b1]]
    return lines


def changes_summary(changes: list[dict]) -> str:
    """Return a one-line summary of a revision's changes."""
    parts = []
    for change in changes:
        if change["kind"] == "field":
            parts.append(change["field"])
        elif change["kind"] in ("sections", "section_text"):
            parts.append("章节")
        elif change["kind"] == "body":
            parts.append("正文")
        elif change["kind"] == "slogans":
            parts.append("提法")
    return "改动：" + "、".join(dict.fromkeys(parts)) if parts else "没有改动"


def revision_record(
    *, speech: Speech, before: dict, user=None, action: str, note: str = ""
) -> Revision | None:
    """Record a change made to a speech; return None when nothing changed."""
    after = speech_snapshot(speech)
    changes = snapshot_changes(before, after)
    if not changes:
        return None
    summary = changes_summary(changes)
    if note:
        summary = f"{note}；{summary}"
    return Revision.objects.create(
        speech=speech,
        user=user if user is not None and user.is_authenticated else None,
        action=action,
        summary=summary[:500],
        changes=changes,
        before=before,
        after=after,
    )


def _snapshot_rows(sections: list[dict]) -> list[SectionRow]:
    index = {section["id"]: i for i, section in enumerate(sections)}
    return [
        SectionRow(
            pk=section["id"],
            parent_index=index.get(section["parent_id"]),
            level=section["level"],
            label=section["label"],
            ordinal=section["ordinal"],
            heading=section["heading"],
            text=section["text"],
            position=section["position"],
            anchor=section["anchor"],
            start_offset=section["start_offset"],
            end_offset=section["end_offset"],
        )
        for section in sorted(sections, key=lambda section: section["position"])
    ]


@transaction.atomic
def revision_revert(*, revision: Revision, user=None) -> Revision | None:
    """Restore a speech to the state before a revision; record that as a revision."""
    speech = Speech.objects.select_for_update().get(pk=revision.speech_id)
    before = speech_snapshot(speech)
    state = revision.before
    for name in METADATA_FIELDS:
        if name in state:
            setattr(speech, name, state[name])
    speech.date = dt.date.fromisoformat(state["date"]) if state.get("date") else None
    speech.body = state["body"]
    # Undoing a re-parse brings back the older parse: say which parser made it.
    speech.parser_version = state.get("parser_version", speech.parser_version)
    speech.save()
    speech.mentions.all().delete()
    sections = section_rows_write(speech=speech, rows=_snapshot_rows(state["sections"]))
    slogans = Slogan.objects.filter(pk__in=[item["id"] for item in state["slogans"]])
    mentions_create(speech=speech, sections=sections, slogans=list(slogans))
    speeches_changed.send(sender=Speech, speech_ids=[speech.pk])
    when = revision.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return revision_record(
        speech=speech,
        before=before,
        user=user,
        action=Revision.Action.REVERT,
        note=f"恢复到修订 #{revision.pk}（{when}）之前",
    )
