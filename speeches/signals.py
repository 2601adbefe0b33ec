"""Signals the archive sends so that other apps (search) can follow its changes."""

from django.dispatch import Signal

# Sent inside the transaction that created or changed speeches; kwargs: speech_ids.
speeches_changed = Signal()

# Sent by the index's single writer after it brought speeches into the index,
# while it still holds the writer lock (so receivers run one at a time, in the
# order of the changes); kwargs: speech_ids (indexed now), removed_ids (gone from
# the archive), rebuilt (True when the whole index was built from nothing).
# Receivers record what must follow (text reuse records the speeches for its pass).
speeches_indexed = Signal()

# Sent by the search app's outbox after a drain (or a sync, or a rebuild) has
# committed and let go of the writer lock: the index is searchable. kwargs:
# inline (True after a web request's drain: receivers keep to a small bound).
# Work that follows every change and may take long (text reuse) runs here.
index_drained = Signal()
