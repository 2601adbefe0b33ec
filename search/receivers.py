"""Turn the archive's changes into outbox rows, inside the changing transaction."""

from __future__ import annotations

from django.db import transaction

from .models import IndexTask


def queue_speeches(speech_ids) -> None:
    """Record that the index must catch up with these speeches."""
    ids = sorted({int(pk) for pk in speech_ids if pk is not None})
    if not ids:
        return
    IndexTask.objects.bulk_create(
        [IndexTask(kind=IndexTask.Kind.SPEECH, speech_id=pk) for pk in ids]
    )
    _drain_after_commit()


def queue_dictionary() -> None:
    """Record that jieba's user words may have changed (once per pending drain)."""
    if _dictionary_queued_in_this_transaction():
        return
    if not IndexTask.objects.filter(kind=IndexTask.Kind.DICTIONARY).exists():
        IndexTask.objects.create(kind=IndexTask.Kind.DICTIONARY)
    transaction.on_commit(_dictionary_queued)
    _drain_after_commit()


def _dictionary_queued() -> None:
    """Mark, among the transaction's commit hooks, that a dictionary row is queued."""


def _dictionary_queued_in_this_transaction() -> bool:
    """Return True if this transaction has already queued a dictionary row.

    An import creates a dozen slogans per speech, each one a post_save: one
    lookup per transaction instead of one each. Django drops the hooks of a
    rolled-back savepoint, so the mark never outlives the row it stands for.
    """
    connection = transaction.get_connection()
    return connection.in_atomic_block and any(
        func is _dictionary_queued for _ids, func, _robust in connection.run_on_commit
    )


def _drain_after_commit() -> None:
    from .indexing import request_drain

    transaction.on_commit(request_drain)


def on_speeches_changed(sender, speech_ids=(), **kwargs):
    queue_speeches(speech_ids)


def on_speech_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        queue_speeches([instance.pk])


def on_speech_deleted(sender, instance, **kwargs):
    queue_speeches([instance.pk])


def on_slogan_changed(sender, instance, **kwargs):
    queue_dictionary()
