"""Text reuse runs as a pass of its own, after the index is searchable."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from reuse import passes
from reuse.models import ReuseTask
from reuse.passes import INLINE_LIMIT, reuse_pass, reuse_queue_state
from reuse.selectors import speech_reused
from search.engines.connection import current_engine
from search.outbox import drain_queue
from search.service import search_speeches
from tests.reuse.test_maintenance import prose, snapshot
from tests.search.conftest import make_speech

pytestmark = pytest.mark.django_db


def quoting_pair(seed: int) -> tuple[dict, dict]:
    quoted = prose(seed, 6)
    return (
        {"title": f"讲话{seed}甲", "body": prose(seed + 1, 8) + quoted},
        {"title": f"讲话{seed}乙", "body": quoted + prose(seed + 2, 8)},
    )


def test_the_index_is_searchable_while_reuse_waits_for_its_pass(search_index):
    first, second = (make_speech(**fields) for fields in quoting_pair(100))
    # The engine's own drain: what runs before the pass, under the writer lock.
    current_engine().drain(
        blocking=True, limit=None, merge=True, rebuild=True, progress=None
    )
    found = search_speeches(q=first.title)
    assert first.pk in [hit.speech.pk for hit in found.hits]
    assert speech_reused(second.pk) == []
    assert reuse_queue_state().rows == 2
    with pytest.raises(CommandError, match="reuse sync"):
        call_command("reuse", "check")

    report = reuse_pass()

    assert report.speeches == 2
    assert [p.speech_ids for p in speech_reused(second.pk)] == [(first.pk,)]
    assert reuse_queue_state().rows == 0
    call_command("reuse", "check")


@pytest.mark.parametrize("action", ["sync", "rebuild"])
def test_the_command_catches_up_when_reuse_is_behind(search_index, action):
    first, second = (make_speech(**fields) for fields in quoting_pair(130))
    current_engine().drain(
        blocking=True, limit=None, merge=True, rebuild=True, progress=None
    )
    assert reuse_queue_state().rows == 2

    # As from the command line: Django's system checks run first.
    call_command("reuse", action, skip_checks=False)

    assert [p.speech_ids for p in speech_reused(second.pk)] == [(first.pk,)]
    call_command("reuse", "check", skip_checks=False)


def test_a_crash_between_the_index_drain_and_the_reuse_pass_is_caught_up(
    search_index, monkeypatch
):
    speeches = [make_speech(**fields) for fields in quoting_pair(110)]
    speeches += [make_speech(**fields) for fields in quoting_pair(120)]

    def crash(**kwargs):
        raise RuntimeError("the process died here")

    with monkeypatch.context() as patched:
        patched.setattr(passes, "reuse_update", crash)
        drain_queue(blocking=True)  # the pass fails; the drain has committed

    assert all(search_speeches(q=s.title).count for s in speeches)
    assert ReuseTask.objects.count() == len(speeches)
    assert all(speech_reused(s.pk) == [] for s in speeches)

    drain_queue(blocking=True)  # nothing left to index: only the pass runs

    assert ReuseTask.objects.count() == 0
    assert speech_reused(speeches[1].pk)
    caught_up = snapshot()
    call_command("reuse", "rebuild")
    assert snapshot() == caught_up


def test_a_web_request_runs_a_bounded_pass_and_the_next_drain_finishes(
    search_index,
):
    pairs = [quoting_pair(200 + 10 * n) for n in range(INLINE_LIMIT // 2 + 3)]
    speeches = [make_speech(**fields) for pair in pairs for fields in pair]
    assert len(speeches) > INLINE_LIMIT

    drain_queue(blocking=False, limit=500, merge=False, inline=True)

    assert ReuseTask.objects.count() == len(speeches) - INLINE_LIMIT
    drain_queue(blocking=True)
    assert ReuseTask.objects.count() == 0
    assert all(len(speech_reused(s.pk)) == 1 for s in speeches)


def test_a_rebuilt_index_rebuilds_reuse_in_the_pass(indexed):
    first, second = indexed(*quoting_pair(300))
    call_command("search_index", "rebuild")
    assert ReuseTask.objects.count() == 0
    assert [p.speech_ids for p in speech_reused(first.pk)] == [(second.pk,)]


def test_search_index_sync_reports_the_reuse_pass_apart(search_index, capsys):
    for fields in quoting_pair(400):
        make_speech(**fields)
    call_command("search_index", "sync")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2 indexed, 0 removed")
    assert lines[1].startswith("text reuse: 2 speeches in ")
