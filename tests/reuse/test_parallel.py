"""Pure work split with a forked child gives what one call gives."""

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reuse.parallel import can_fork, in_two


def squares_and_pids(items):
    return [(item * item, os.getpid()) for item in items]


@settings(max_examples=25, deadline=None)
@given(items=st.lists(st.integers(-1000, 1000), max_size=40))
def test_the_halves_join_as_one_call_gives(items):
    assert [square for square, _pid in in_two(items, squares_and_pids)] == [
        item * item for item in items
    ]


@pytest.mark.skipif(not can_fork(), reason="needs fork and two cores")
def test_the_second_half_runs_in_another_process():
    pids = [pid for _square, pid in in_two(list(range(20)), squares_and_pids)]
    assert set(pids[:10]) == {os.getpid()}
    assert os.getpid() not in set(pids[10:])


def failing_on_the_last(items):
    if items[-1] == 19:
        raise ValueError("the last item")
    return list(items)


@pytest.mark.skipif(not can_fork(), reason="needs fork and two cores")
def test_a_failure_in_the_child_is_raised_here_with_its_traceback():
    with pytest.raises(RuntimeError, match="ValueError: the last item"):
        in_two(list(range(20)), failing_on_the_last)
