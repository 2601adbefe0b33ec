"""What changed in a speech since an editor opened it, and what their save may write.

An edit form carries the state the editor saw (``opened_state``). On saving, the
fields the editor changed are written, the fields someone else changed meanwhile (a
re-import, another editor) are kept, and a field both changed differently is a
conflict the editor decides. The tree and body are compared by digest: edits to a
tree that changed underneath are refused, since its rows may no longer exist.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone

from .history import METADATA_FIELDS, field_label
from .models import Revision, Section, Speech


def _plain(name: str, value) -> Any:
    """Return a metadata value as the JSON-ready value it is compared by."""
    if name == "date":
        return value.isoformat() if value else None
    if isinstance(value, str):
        return value.strip()
    return value


def metadata_of(values: dict) -> dict[str, Any]:
    """Return the metadata fields of a mapping, JSON-ready."""
    return {name: _plain(name, values.get(name)) for name in METADATA_FIELDS}


def tree_digest(speech: Speech) -> str:
    """Return a digest of a speech's body and section tree."""
    digest = hashlib.sha256(speech.body.encode("utf-8"))
    rows = Section.objects.filter(speech=speech).order_by("position")
    for row in rows.values_list("pk", "parent_id", "level", "label", "heading"):
        digest.update(json.dumps(row, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def opened_state(speech: Speech) -> dict[str, Any]:
    """Return what an editor sees when opening a speech: metadata, tree, time."""
    return {
        "fields": metadata_of(speech.__dict__),
        "tree": tree_digest(speech),
        "at": timezone.now().isoformat(),
    }


def opened_state_read(text: str) -> dict[str, Any] | None:
    """Return a state a form carried back, or None when it is missing or malformed."""
    try:
        state = json.loads(text or "")
    except ValueError:
        return None
    if not isinstance(state, dict) or not isinstance(state.get("fields"), dict):
        return None
    return state


@dataclass
class Merge:
    """The outcome of comparing what an editor saw, posted, and what is stored now."""

    mine: dict[str, Any] = field(default_factory=dict)  # to write
    theirs: dict[str, tuple] = field(default_factory=dict)  # name -> (seen, now)
    conflicts: list[str] = field(default_factory=list)
    tree_changed: bool = False
    since: str = ""  # who changed it meanwhile, in words

    @property
    def stale(self) -> bool:
        return bool(self.theirs) or self.tree_changed


def speech_merge(*, opened: dict, posted: dict, speech: Speech) -> Merge:
    """Compare an editor's save with the speech as stored now.

    ``posted`` maps field names to the values of the form (cleaned); ``opened`` is
    the state the form carried. Only fields present in ``posted`` are considered.
    """
    seen = opened["fields"]
    current = metadata_of(speech.__dict__)
    merge = Merge(tree_changed=opened.get("tree") != tree_digest(speech))
    for name in METADATA_FIELDS:
        if name not in posted or name not in seen:
            continue
        value = _plain(name, posted[name])
        if current[name] != seen[name]:
            merge.theirs[name] = (seen[name], current[name])
        if value != seen[name]:
            merge.mine[name] = posted[name]
            if name in merge.theirs and value != current[name]:
                merge.conflicts.append(name)
    if merge.stale:
        merge.since = changed_since(speech, opened.get("at"))
    return merge


def changed_since(speech: Speech, opened_at: str | None) -> str:
    """Say who changed a speech after a moment: editors by name, else an import."""
    try:
        moment = dt.datetime.fromisoformat(opened_at or "")
    except ValueError:
        return ""
    revisions = Revision.objects.filter(speech=speech, created_at__gt=moment)
    names = sorted(
        {
            revision.user.get_username() if revision.user else "系统"
            for revision in revisions.select_related("user")
        }
    )
    if names:
        return f"{'、'.join(names)}在你打开之后保存了修改"
    if speech.updated_at and speech.updated_at > moment:
        return "文件在你打开之后重新导入或重新解析过"
    return ""


def merge_message(merge: Merge) -> list[str]:
    """Return what changed underneath an editor, one line per field, in Chinese."""
    lines = [
        f"{field_label(name)}：你打开时为“{_shown(seen)}”，现在为“{_shown(now)}”"
        + ("（你也改了它：以你填写的为准前请核对）" if name in merge.conflicts else "")
        for name, (seen, now) in merge.theirs.items()
    ]
    if merge.tree_changed:
        lines.append("正文或章节树：你打开之后已被改动")
    return lines


def _shown(value) -> str:
    if value is None or value == "":
        return "（空）"
    if value is True:
        return "是"
    if value is False:
        return "否"
    return str(value)
