"""Keep text reuse current: record what each index drain did, then catch up."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def on_speeches_indexed(sender, *, speech_ids, removed_ids, rebuilt, **kwargs):
    """Record the speeches the index writer just indexed or removed for the reuse pass.

    Runs in the drain, before it deletes the outbox rows of these speeches: a
    crash before this commits leaves the outbox rows, and the next drain
    records the speeches again.
    """
    from .passes import reuse_queue

    reuse_queue(speech_ids=speech_ids, removed_ids=removed_ids, rebuilt=rebuilt)


def on_index_drained(sender, *, inline, **kwargs):
    """Once the index is searchable, run the reuse pass (bounded for a web request).

    A failure is logged, never raised: the index has committed, the rows stay
    pending, and the next pass (or ``manage.py reuse sync``) does them.
    """
    from .passes import INLINE_LIMIT, reuse_pass

    try:
        reuse_pass(limit=INLINE_LIMIT if inline else None, blocking=not inline)
    except Exception:
        log.exception("text reuse pass failed; its speeches stay pending")


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
