"""The one index-writer lock: an fcntl lock on a file beside the index folder.

Only the process holding it opens a Whoosh writer, so Whoosh's own LockError can
never happen. The kernel releases the lock if its holder dies, so there is no stale
lock to clean up. The file lives beside the index, not in it, because clearing the
index deletes its folder.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Threads of one process share the flock, so they queue on this first; it also
# makes the lock reentrant (a drain that calls the backend takes it twice).
_guard = threading.RLock()
_held: dict[str, int] = {}


def lock_path(index_path: Path | str) -> Path:
    """Return the lock file of an index folder."""
    index_path = Path(index_path)
    return index_path.with_name(index_path.name + ".writer.lock")


def held_here(index_path: Path | str) -> bool:
    """Return True if this process holds the writer lock of an index."""
    return str(lock_path(index_path)) in _held


@contextmanager
def index_writer_lock(
    index_path: Path | str, *, blocking: bool = True
) -> Iterator[bool]:
    """Hold the writer lock of an index; yield False when busy and not blocking."""
    if not _guard.acquire(blocking=blocking):
        yield False
        return
    path = lock_path(index_path)
    key = str(path)
    try:
        if key not in _held:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
            except BlockingIOError:
                os.close(fd)
                yield False
                return
            _held[key] = fd
            owner = True
        else:
            owner = False
        try:
            yield True
        finally:
            if owner:
                fd = _held.pop(key)
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
    finally:
        _guard.release()
