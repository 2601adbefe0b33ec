"""Signals the archive sends so that other apps (search) can follow its changes."""

from django.dispatch import Signal

# Sent inside the transaction that created or changed speeches; kwargs: speech_ids.
speeches_changed = Signal()
