"""Editorial changes to a speech: metadata and section tree, recorded and announced.

Every function here changes a speech inside one transaction, records a Revision
(who, when, what, and the state before) and sends ``speeches_changed`` so the search
app re-indexes the speech.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction

from .history import METADATA_FIELDS, revision_record, speech_snapshot
from .importing import mentions_create
from .models import Mention, Revision, Section, Slogan, Speech
from .signals import speeches_changed
from .tree import (
    MOVE_DOWN,
    MOVE_UP,
    SectionEdit,
    edit_of,
    section_tree_apply,
)

EDITABLE_FIELDS = tuple(name for name in METADATA_FIELDS if name != "status")


def speech_mentions_refresh(*, speech: Speech, sections: list[Section]) -> None:
    """Find a speech's slogans again after its body or sections changed."""
    slogans = list(Slogan.objects.filter(mentions__speech=speech).distinct())
    Mention.objects.filter(speech=speech).delete()
    mentions_create(speech=speech, sections=sections, slogans=slogans)


@transaction.atomic
def speech_edit(
    *,
    speech: Speech,
    fields: dict[str, Any] | None = None,
    edits: Iterable[SectionEdit] = (),
    user=None,
    before: dict | None = None,
    preamble: str | None = None,
) -> Revision | None:
    """Change a speech's metadata, section tree and text as one recorded change.

    ``fields`` maps metadata names to new values (``status`` included). A speech an
    editor changes is marked reviewed, so that a re-import cannot wipe the fix,
    unless ``fields`` sets its status explicitly. ``before`` is the snapshot to
    record as the old state when the caller has already changed ``speech`` in memory.
    ``preamble`` replaces the text before the first section; an edit's ``text`` the
    text below a heading: offsets and section texts are derived again.
    Raise ``tree.TreeEditError`` (changing nothing) when an edit would break the tree.
    """
    if before is None:
        before = speech_snapshot(Speech.objects.get(pk=speech.pk))
    fields = dict(fields or {})
    unknown = set(fields) - set(METADATA_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        setattr(speech, name, value)
    speech.save()
    tree_changed, sections = section_tree_apply(
        speech=speech, edits=list(edits), preamble=preamble
    )
    if tree_changed:
        speech_mentions_refresh(speech=speech, sections=sections)
    after_fields = speech_snapshot(speech)
    changed = any(
        before.get(name) != after_fields.get(name) for name in EDITABLE_FIELDS
    )
    if (
        (changed or tree_changed)
        and "status" not in fields
        and speech.status == Speech.Status.PARSED
    ):
        speech.status = Speech.Status.REVIEWED
        speech.save(update_fields=["status", "updated_at"])
    revision = revision_record(
        speech=speech, before=before, user=user, action=Revision.Action.EDIT
    )
    if revision is not None:
        speeches_changed.send(sender=Speech, speech_ids=[speech.pk])
    return revision


@transaction.atomic
def speeches_mark(*, speeches: Iterable[Speech], status: str, user=None) -> int:
    """Mark speeches reviewed or parsed, one recorded change each."""
    count = 0
    for speech in speeches:
        if speech.status == status:
            continue
        before = speech_snapshot(speech)
        speech.status = status
        speech.save(update_fields=["status", "updated_at"])
        speeches_changed.send(sender=Speech, speech_ids=[speech.pk])
        revision_record(
            speech=speech, before=before, user=user, action=Revision.Action.REVIEW
        )
        count += 1
    return count


def _one(section: Section, user, **changes) -> Revision | None:
    speech = Speech.objects.get(pk=section.speech_id)
    return speech_edit(speech=speech, edits=[edit_of(section, **changes)], user=user)


def section_update(*, section: Section, user=None, **changes) -> Revision | None:
    """Change a section's label, heading, level or parent (``parent_id``)."""
    return _one(section, user, **changes)


def section_move(*, section: Section, direction: str, user=None) -> Revision | None:
    """Swap a section with its previous (up) or next (down) sibling."""
    if direction not in (MOVE_UP, MOVE_DOWN):
        raise ValueError(f"direction must be {MOVE_UP!r} or {MOVE_DOWN!r}")
    return _one(section, user, move=direction)


def section_split(*, section: Section, at: str | int, user=None) -> Revision | None:
    """Split a section where its own text reaches ``at`` (words or an offset)."""
    return _one(section, user, split_at=str(at))


def section_merge_previous(*, section: Section, user=None) -> Revision | None:
    """Join a section, heading and text, to the section before it."""
    return _one(section, user, merge_previous=True)


def section_text_edit(*, section: Section, text: str, user=None) -> Revision | None:
    """Rewrite the text below a section's heading."""
    return _one(section, user, text=text)


def speech_preamble_edit(*, speech: Speech, text: str, user=None) -> Revision | None:
    """Rewrite the text before a speech's first section."""
    return speech_edit(speech=speech, preamble=text, user=user)


def section_delete(*, section: Section, user=None) -> Revision | None:
    """Delete a section with its sub-sections and their text."""
    return _one(section, user, delete=True)


def section_tree_normalise(*, speech: Speech, user=None) -> Revision | None:
    """Recompute a speech's tree from its parent links; record it if anything moved."""
    return speech_edit(speech=speech, user=user, fields={"status": speech.status})
