"""Pure work split between this process and one forked child, to use a second core.

A rebuild of text reuse folds, fingerprints and aligns texts in numpy and Python:
work that needs no database and gives the same answer wherever it runs. The
child is forked with what it needs already in memory (nothing is pickled on the
way in), computes its half and sends back its results; this process computes the
other half meanwhile. The child never touches the database connection it
inherits: it only runs the function it is given, and exits without running
Python's exit handlers (multiprocessing's fork start ends it with os._exit).
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Fewer items than this are not worth a fork (about a millisecond and a copy of
# the page tables).
MIN_ITEMS = 8


def can_fork() -> bool:
    """Return True where a forked child can take half of the work."""
    return (
        os.cpu_count() or 1
    ) > 1 and "fork" in multiprocessing.get_all_start_methods()


def _child(work, items, sender) -> None:
    try:
        sender.send((True, work(items)))
    except BaseException:
        sender.send((False, traceback.format_exc()))
    finally:
        sender.close()


def in_two(
    items: Sequence[Item], work: Callable[[Sequence[Item]], list[Result]]
) -> list[Result]:
    """Return ``work(items)``: its first half computed here, its second in a child.

    ``work`` must be pure (no database, no shared state) and return one result
    per item, in order: the halves' results are joined as one call would give
    them. A failure in the child is raised here with the child's traceback.
    """
    if len(items) < MIN_ITEMS or not can_fork():
        return work(items)
    half = len(items) // 2
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(work, items[half:], sender), daemon=True
    )
    child.start()
    sender.close()
    try:
        first = work(items[:half])
        try:
            succeeded, second = receiver.recv()
        except EOFError:
            raise RuntimeError(
                f"the forked half of the work died (exit code {child.exitcode})"
            ) from None
    finally:
        receiver.close()
        if child.is_alive():
            child.terminate()
        child.join()
    if not succeeded:
        raise RuntimeError(f"the forked half of the work failed:\n{second}")
    return [*first, *second]
