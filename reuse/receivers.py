"""Keep text reuse current: after each drain of the index writer, under its lock."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def on_speeches_indexed(sender, *, speech_ids, removed_ids, rebuilt, **kwargs):
    """Recompute the reuse of the speeches the index writer just indexed or removed.

    Runs while the writer lock is held, so updates happen one at a time and in the
    order of the changes. A failure is logged, never raised: the index drain has
    committed, and ``manage.py reuse sync`` repairs what was missed.
    """
    from .services import reuse_rebuild, reuse_update

    try:
        if rebuilt:
            reuse_rebuild()
        else:
            reuse_update(speech_ids=speech_ids, removed_ids=removed_ids)
    except Exception:
        log.exception("text reuse update failed; run `manage.py reuse sync`")


def on_speech_deleting(sender, instance, **kwargs):
    """Before a speech goes, have the rest of its copy group regrouped.

    Deleting the speech deletes its copy rows and relations with it, so the
    next drain could no longer tell which speeches were its copies: announcing
    them as changed makes that drain recompute (and regroup) them.
    """
    from speeches.signals import speeches_changed

    from .services import group_members

    members = group_members([instance.pk]) - {instance.pk}
    if members:
        speeches_changed.send(sender=sender, speech_ids=sorted(members))
