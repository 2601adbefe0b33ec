"""Signals the archive sends so that other apps (search) can follow its changes."""

from django.dispatch import Signal

# Sent inside the transaction that created or changed speeches; kwargs: speech_ids.
speeches_changed = Signal()

# Sent by the index's single writer after it brought speeches into the index,
# while it still holds the writer lock (so receivers run one at a time, in the
# order of the changes); kwargs: speech_ids (indexed now), removed_ids (gone from
# the archive), rebuilt (True when the whole index was built from nothing).
# Work that follows every change of the archive (text reuse) hangs on it.
speeches_indexed = Signal()
