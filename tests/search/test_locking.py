"""The index writer lock never outlives its holder (the attack: kill -9 mid-drain)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from search.engines.locking import index_writer_lock, lock_holder, lock_path

ROOT = Path(__file__).resolve().parents[2]

# A drain in a process of its own: the lock, a two-process writer, the pids of its
# indexing processes on stdout, then more work than they can do before the kill.
DRAINER = textwrap.dedent(
    """
    import sys, time
    import django
    django.setup()
    from whoosh.filedb.filestore import FileStorage
    from search.engines.locking import index_writer_lock
    from search.engines.whoosh.core.writer import ParallelWriter
    from tests.search.conftest import whoosh_schema

    folder = sys.argv[1]
    storage = FileStorage(folder).create()
    ix = storage.create_index(whoosh_schema())
    with index_writer_lock(folder):
        writer = ParallelWriter(ix, procs=2)
        print(" ".join(str(p.pid) for p in writer._processes), flush=True)
        for number in range(100_000):
            text = "推动在职党员到社区报到，主动认领服务岗位。" * 500 + str(number)
            writer.add_document(key=str(number), grams=text, chars=text)
    """
)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped by init) holds nothing.
    status = Path(f"/proc/{pid}/stat")
    return not (status.exists() and status.read_text().split(")")[1].split()[0] == "Z")


def wait_until(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_attack_kill_9_mid_drain_leaves_no_writer_and_no_lock(tmp_path, caplog):
    folder = tmp_path / "whoosh"
    drainer = subprocess.Popen(
        [sys.executable, "-c", DRAINER, str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"},
    )
    try:
        children = [int(pid) for pid in drainer.stdout.readline().split()]
        assert len(children) == 2 and all(alive(pid) for pid in children)
        assert lock_holder(folder) == drainer.pid
        time.sleep(1.0)  # the indexing processes are busy with batches
        drainer.send_signal(signal.SIGKILL)
        drainer.wait()
        # Gone at once, not after their next look at an empty queue.
        assert wait_until(lambda: not any(alive(pid) for pid in children), 1.0)
    finally:
        drainer.kill()
    # Free without breaking anything: no child kept a copy of the lock.
    with index_writer_lock(folder, blocking=False) as held:
        assert held
        assert lock_holder(folder) == os.getpid()
    assert lock_holder(folder) is None
    assert "lock broken" not in caplog.text


LEAKER = textwrap.dedent(
    """
    import fcntl, os, sys, time
    fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.pwrite(fd, (sys.argv[2] + "\\n").encode(), 0)
    print("locked", flush=True)
    time.sleep(600)
    """
)


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_lock_whose_recorded_holder_is_gone_is_broken(tmp_path, caplog):
    # What an older writer left: an orphan keeps the lock its dead parent took.
    folder = tmp_path / "whoosh"
    folder.parent.mkdir(exist_ok=True)
    orphan = subprocess.Popen(
        [sys.executable, "-c", LEAKER, str(lock_path(folder)), str(dead_pid())],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert orphan.stdout.readline().strip() == "locked"
        with index_writer_lock(folder, blocking=False) as held:
            assert held
        assert "lock broken" in caplog.text
    finally:
        orphan.kill()
        orphan.wait()


def test_a_lock_whose_holder_lives_is_respected(tmp_path):
    folder = tmp_path / "whoosh"
    holder = subprocess.Popen(
        [sys.executable, "-c", LEAKER, str(lock_path(folder)), "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        # Rewrite the record with the (living) holder's own id.
        lock_path(folder).write_text(f"{holder.pid}\n", encoding="ascii")
        with index_writer_lock(folder, blocking=False) as held:
            assert not held
    finally:
        holder.kill()
        holder.wait()


def test_a_blocked_writer_says_whom_it_waits_for_and_goes_on_when_freed(
    tmp_path, caplog, monkeypatch
):
    import threading

    from search.engines import locking

    monkeypatch.setattr(locking, "WAIT_NOTE_SECONDS", 0.2)
    folder = tmp_path / "whoosh"
    holder = subprocess.Popen(
        [sys.executable, "-c", LEAKER, str(lock_path(folder)), "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    lock_path(folder).write_text(f"{holder.pid}\n", encoding="ascii")
    got = threading.Event()

    def wait_for_lock():
        with index_writer_lock(folder):
            got.set()

    waiter = threading.Thread(target=wait_for_lock)
    waiter.start()
    try:
        assert wait_until(lambda: f"held by process {holder.pid}" in caplog.text, 3)
        assert not got.is_set()
    finally:
        holder.kill()
        holder.wait()
    waiter.join(5)
    assert got.is_set()
