"""One outbox row per edit, one drain per commit, and haystack routed to the writer."""

from __future__ import annotations

import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

from search.engines.connection import search_backend
from search.engines.whoosh.backend import NotTheArchiveWriter
from search.models import IndexTask
from search.outbox import drain_queue, index_drift
from search.service import search_speeches
from speeches.editing import speech_edit
from speeches.models import Speech

from .conftest import CITY_RECRUITS, COUNTY_PARTY_BUILDING, make_speech, whoosh_only


def test_an_editorial_save_queues_one_row(indexed):
    (county,) = indexed(COUNTY_PARTY_BUILDING)
    # speech_edit saves the speech twice (fields, then its reviewed status) and
    # announces the change: three notices, one row.
    speech_edit(speech=county, fields={"title": "改过的标题", "speaker": "县长"})
    assert IndexTask.objects.filter(speech_id=county.pk).count() == 1
    drain_queue()
    assert search_speeches(q="改过的标题").count == 1


def test_a_row_drained_within_the_transaction_is_queued_again_by_the_next_edit(
    indexed,
):
    (county,) = indexed(COUNTY_PARTY_BUILDING)
    with transaction.atomic():
        county.title = "第一次改"
        county.save()
        drain_queue()
        county.title = "第二次改"
        county.save()
    assert IndexTask.objects.filter(speech_id=county.pk).count() == 1
    drain_queue()
    assert search_speeches(q="第二次改").count == 1


def test_a_rolled_back_savepoint_forgets_its_rows(indexed):
    (county,) = indexed(COUNTY_PARTY_BUILDING)
    with transaction.atomic():
        with pytest.raises(RuntimeError), transaction.atomic():
            county.save()
            raise RuntimeError("undo")
        county.save()
    assert IndexTask.objects.filter(speech_id=county.pk).count() == 1


@pytest.mark.django_db(transaction=True)
@whoosh_only("the index folder")
def test_a_web_request_never_rebuilds_the_index(search_index):
    make_speech(**COUNTY_PARTY_BUILDING)  # committed and drained: indexed
    shutil.rmtree(search_index)
    search_backend().setup()
    make_speech(**CITY_RECRUITS)  # the drain after this commit may not rebuild
    assert not search_index.exists()
    assert IndexTask.objects.count() == 1
    call_command("search_index", "sync")
    assert search_speeches(q="报到").count == 2


def test_haystack_rebuild_index_routes_to_the_archive_writer(indexed, capsys):
    indexed(COUNTY_PARTY_BUILDING, CITY_RECRUITS)
    Speech.objects.filter(title__contains="公务员").update(title="悄悄改的标题")
    call_command("rebuild_index", "--noinput")
    assert "rebuilt" in capsys.readouterr().out
    assert search_speeches(q="悄悄改的标题").count == 1
    assert index_drift().in_sync


def test_haystack_update_index_routes_to_sync(indexed, capsys):
    indexed(COUNTY_PARTY_BUILDING)
    Speech.objects.update(title="悄悄改的标题")  # behind the signals' back
    call_command("update_index")
    assert search_speeches(q="悄悄改的标题").count == 1
    assert index_drift().in_sync


def test_haystack_clear_index_is_refused_with_a_pointer(indexed):
    indexed(COUNTY_PARTY_BUILDING)
    with pytest.raises(CommandError, match="search_index rebuild"):
        call_command("clear_index", "--noinput")
    assert search_speeches(q="双报到").count == 1


@whoosh_only("haystack's Whoosh backend")
def test_haystack_writes_beside_the_writer_are_refused(indexed):
    (county,) = indexed(COUNTY_PARTY_BUILDING)
    backend = search_backend()
    for write in (
        lambda: backend.update(None, [county]),
        lambda: backend.remove(county),
        lambda: backend.clear(),
    ):
        with pytest.raises(NotTheArchiveWriter, match="search_index"):
            write()
    assert search_speeches(q="双报到").count == 1


def test_an_up_to_date_index_says_so(indexed, capsys):
    indexed(COUNTY_PARTY_BUILDING)
    call_command("search_index", "sync")
    assert capsys.readouterr().out.strip() == "index up to date"
