"""The one index-writer lock: an fcntl lock on a file beside the index folder.

Only the process holding it opens a Whoosh writer, so Whoosh's own LockError can
never happen. The kernel releases the lock when every descriptor of it is closed.
A forked child would hold a copy of the descriptor and, outliving its parent,
keep the lock for ever; so every child closes its copies at fork
(``os.register_at_fork``), and the holder writes its process id into the file.
A lock that is busy while the process named in it is gone is stale: it is
broken by removing the file, and the next writer locks a new one.

The file lives beside the index, not in it, because clearing the index deletes
its folder.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

log = logging.getLogger(__name__)

# Threads of one process share the flock, so they queue on this first; it also
# makes the lock reentrant (a drain that calls the backend takes it twice).
_guard = threading.RLock()
_held: dict[str, int] = {}

# A blocked writer retries this often at most, and says it waits this often.
POLL_SECONDS = 0.2
WAIT_NOTE_SECONDS = 10.0


def lock_path(index_path: Path | str) -> Path:
    """Return the lock file of an index folder."""
    index_path = Path(index_path)
    return index_path.with_name(index_path.name + ".writer.lock")


def held_here(index_path: Path | str) -> bool:
    """Return True if this process holds the writer lock of an index."""
    return str(lock_path(index_path)) in _held


def lock_holder(index_path: Path | str) -> int | None:
    """Return the process id written in an index's lock file, if any."""
    return recorded_holder(lock_path(index_path))


def recorded_holder(path: Path) -> int | None:
    """Return the process id written in a lock file, if any."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def process_alive(pid: int) -> bool:
    """Return True if a process with this id exists (on this machine)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


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
        owner = key not in _held
        if owner:
            fd = _acquire(path, blocking=blocking)
            if fd is None:
                yield False
                return
            _held[key] = fd
        try:
            yield True
        finally:
            if owner:
                fd = _held.pop(key)
                os.ftruncate(fd, 0)  # nobody holds it: no stale owner to report
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
    finally:
        _guard.release()


def _acquire(path: Path, *, blocking: bool) -> int | None:
    """Lock the file at ``path`` and write our id in it; None if busy."""
    path.parent.mkdir(parents=True, exist_ok=True)
    started = last_note = time.monotonic()
    delay = 0.005
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if break_stale_lock(path):
                continue
            if not blocking:
                return None
            now = time.monotonic()
            if now - last_note >= WAIT_NOTE_SECONDS:
                last_note = now
                log.warning(
                    "waiting %.0f s for the search index writer lock %s, held by "
                    "process %s",
                    now - started,
                    path,
                    recorded_holder(path) or "unknown",
                )
            time.sleep(delay)
            delay = min(delay * 2, POLL_SECONDS)
            continue
        if not _same_file(fd, path):  # broken and replaced while we waited
            os.close(fd)
            continue
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        return fd


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        return False


def break_stale_lock(path: Path) -> bool:
    """Remove a busy lock file whose recorded holder is gone; True if removed.

    The holder (a descendant that leaked the descriptor) keeps its lock on the
    removed file, where nobody looks any more. Two breakers take turns on a
    second lock, and each checks again that the file is the one it judged.
    """
    with open(path.with_name(path.name + ".break"), "a") as guard:
        fcntl.flock(guard.fileno(), fcntl.LOCK_EX)
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            return True  # broken by someone else: try again
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                pass
            else:
                fcntl.flock(fd, fcntl.LOCK_UN)
                return True  # free now: try again
            text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            if not text.isdigit() or process_alive(int(text)):
                return False
            if not _same_file(fd, path):
                return True
            os.unlink(path)
            log.warning(
                "search index writer lock %s was held for process %s, which is "
                "gone: lock broken",
                path,
                text,
            )
            return True
        finally:
            os.close(fd)


def _forget_inherited_locks() -> None:
    """In a forked child: close the parent's lock descriptors without unlocking."""
    for fd in _held.values():
        with suppress(OSError):
            os.close(fd)
    _held.clear()


os.register_at_fork(after_in_child=_forget_inherited_locks)
