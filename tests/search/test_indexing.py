"""Every change reaches the index through the outbox; drift is reported and repaired."""

import shutil
import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

from search.documents import INDEX_FORMAT
from search.engines.base import SearchFilters
from search.engines.connection import search_backend
from search.engines.locking import index_writer_lock, lock_path
from search.engines.whoosh.core.meta import read_index_meta, write_index_meta
from search.engines.whoosh.engine import speech_index
from search.models import IndexTask
from search.outbox import drain_queue, index_drift
from search.service import every_match, search_speeches
from speeches.models import Speech

from .conftest import (
    CITY_RECRUITS,
    COUNTY_PARTY_BUILDING,
    PROVINCE_WORK_REPORT,
    make_speech,
    whoosh_only,
)


def found(q):
    return {hit.speech.pk for hit in search_speeches(q=q).hits}


@pytest.fixture
def archive(indexed):
    return indexed(COUNTY_PARTY_BUILDING, CITY_RECRUITS, PROVINCE_WORK_REPORT)


def test_a_change_and_its_outbox_row_commit_or_roll_back_together(search_index, db):
    with pytest.raises(RuntimeError), transaction.atomic():
        make_speech(**COUNTY_PARTY_BUILDING)
        assert IndexTask.objects.exists()
        raise RuntimeError("the import fails after writing")
    assert not IndexTask.objects.exists()
    make_speech(**COUNTY_PARTY_BUILDING)
    assert IndexTask.objects.filter(kind="speech").exists()


@pytest.mark.django_db(transaction=True)
def test_a_committed_change_is_in_the_index_when_the_request_ends(search_index):
    speech = make_speech(**COUNTY_PARTY_BUILDING)
    assert found("牛鼻子") == {speech.pk}
    assert not IndexTask.objects.exists()


def test_saving_a_speech_directly_still_reaches_the_index(archive):
    county = archive[0]
    county.body = county.body.replace("牛鼻子", "总开关")
    county.save()
    drain_queue()
    assert found("总开关") == {county.pk}
    assert found("牛鼻子") == set()


def test_a_deleted_speech_leaves_the_index(archive):
    archive[0].delete()
    drain_queue()
    assert found("双报到") == set()
    assert index_drift().in_sync


def test_drift_report_names_missing_stale_and_orphaned_speeches(archive, capsys):
    county, _city, province = archive
    province_id = province.pk
    # Changes made behind the signals' back: no outbox rows.
    Speech.objects.filter(pk=county.pk).update(title="改过标题的讲话")
    Speech.objects.bulk_create(
        [Speech(title="直接写入的讲话", body="报到", raw_text="x", content_hash="h1")]
    )
    province.delete()
    IndexTask.objects.all().delete()
    drift = index_drift()
    added = Speech.objects.get(title="直接写入的讲话")
    assert drift.stale == (county.pk,)
    assert drift.missing == (added.pk,)
    assert drift.orphans == (province_id,)
    with pytest.raises(CommandError):
        call_command("search_index", "check")
    out = capsys.readouterr().out
    assert f"stale: {county.pk}" in out and f"missing: {added.pk}" in out
    call_command("search_index", "sync")
    assert index_drift().in_sync
    assert found("改过标题") == {county.pk}
    assert added.pk in found("报到") and province_id not in found("报到")
    call_command("search_index", "check")
    assert "index = database" in capsys.readouterr().out


@whoosh_only("deleting the index folder")
def test_sync_rebuilds_an_index_that_is_gone(archive, search_index):
    shutil.rmtree(search_index)
    search_backend().setup()
    assert found("双报到") == set()
    assert not index_drift().in_sync
    call_command("search_index", "sync")
    assert found("双报到") == {archive[0].pk}
    assert index_drift().in_sync


def test_an_index_of_the_previous_format_is_reported_not_served_and_rebuilt(
    archive, search_index, capsys
):
    # What the previous version (pickled posting blocks) left in its meta file.
    meta = read_index_meta(search_index)
    write_index_meta(search_index, replace(meta, format="speech-index/3"))
    assert not index_drift().format_ok
    with pytest.raises(CommandError):
        call_command("search_index", "check")
    assert f"index format speech-index/3, code expects {INDEX_FORMAT}" in (
        capsys.readouterr().out
    )
    page = search_speeches(q="双报到")
    assert not page.index_ready and page.count == 0
    call_command("search_index", "sync")
    assert read_index_meta(search_index).format == INDEX_FORMAT
    assert found("双报到") == {archive[0].pk}
    assert index_drift().in_sync


def test_rebuild_from_nothing_indexes_every_speech(archive):
    call_command("search_index", "rebuild")
    assert found("报到") == {speech.pk for speech in archive}


@whoosh_only("the writer lock file beside the index folder")
def test_a_drain_that_cannot_get_the_lock_leaves_the_changes_queued(
    archive, search_index
):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import fcntl, sys, time
                handle = open({str(lock_path(search_index))!r}, "a")
                fcntl.flock(handle, fcntl.LOCK_EX)
                print("held", flush=True)
                sys.stdin.read()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        archive[0].delete()
        assert drain_queue(blocking=False) is None
        assert IndexTask.objects.exists()
        assert search_speeches(q="双报到").count == 1  # still in the index
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    assert drain_queue(blocking=False) is not None
    assert search_speeches(q="双报到").count == 0


@whoosh_only("segment merging")
def test_many_small_commits_do_not_pile_up_segments(archive):
    county = archive[0]
    for number in range(12):
        county.title = f"第{number}稿"
        county.save()
        drain_queue()
    index = search_backend().current_index()
    assert len(index._segments()) < 10
    assert found("第11稿") == {county.pk}


def test_the_writer_announces_what_it_indexed_and_removed(archive):
    from speeches.signals import speeches_indexed

    heard = []

    def receiver(sender, speech_ids, removed_ids, rebuilt, **kwargs):
        heard.append((list(speech_ids), list(removed_ids), rebuilt))

    speeches_indexed.connect(receiver)
    try:
        first, second = archive[:2]
        first.title += "（修订）"
        first.save()
        second_id = second.pk
        second.delete()
        drain_queue(blocking=True)
        call_command("search_index", "rebuild")
    finally:
        speeches_indexed.disconnect(receiver)
    indexed = {pk for ids, _removed, _rebuilt in heard for pk in ids}
    removed = {pk for _ids, gone, _rebuilt in heard for pk in gone}
    assert first.pk in indexed and second_id in removed
    assert heard[-1][2] is True  # the rebuild says so


def exact(q):
    filters = SearchFilters(exact_script=True)
    return {hit.speech.pk for hit in search_speeches(q=q, filters=filters).hits}


def test_an_edit_into_or_out_of_traditional_characters_reaches_exact_search(archive):
    county = archive[0]
    assert exact("双报到") == {county.pk} and exact("雙報到") == set()
    county.body = county.body.replace("双报到", "雙報到")
    county.save()
    drain_queue()
    assert exact("双报到") == set() and exact("雙報到") == {county.pk}
    assert index_drift().in_sync
    county.body = county.body.replace("雙報到", "双报到")
    county.save()
    drain_queue()
    assert exact("双报到") == {county.pk} and exact("雙報到") == set()
    assert index_drift().in_sync


def test_an_exact_script_search_is_answered_by_the_index_alone(
    indexed, django_assert_num_queries
):
    mixed, plain = indexed(
        dict(title="兩種寫法", body="推動黨員雙報到，又寫作双报到。"),
        dict(title="简体稿", body="推动党员双报到。"),
    )
    exact_script = SearchFilters(exact_script=True)
    answers = {
        "双报到": {mixed.pk, plain.pk},
        "雙報到": {mixed.pk},
        "雙報到 -双报到": set(),
        "报到 -雙報到": {plain.pk},
        "雙 OR 黨员": {mixed.pk},
    }
    for q, expected in answers.items():
        # No speech is read back from the database to check its script.
        with django_assert_num_queries(0):
            found = every_match(q=q, filters=exact_script)
        assert {pk for _score, pk in found.hits} == expected, q
    # Titles: the marked speech's title folded exactly, too.
    titles = SearchFilters(exact_script=True, in_titles=True)
    assert {pk for _s, pk in every_match(q="兩種", filters=titles).hits} == {mixed.pk}
    assert not every_match(q="两种", filters=titles).hits


@whoosh_only("writing a document through the Whoosh backend")
def test_a_document_whose_script_mark_is_wrong_is_stale_and_repaired(indexed):
    (speech,) = indexed(dict(title="繁體稿", body="推動黨員到社區雙報到。"))
    assert exact("双报到") == set()
    # The document rewritten without its mark, as a faulty writer might leave it.
    backend = search_backend()
    document = backend.document(speech_index(), speech)
    assert document.pop("script") == "traditional"
    with index_writer_lock(backend.path):
        writer = backend.writer()
        writer.update_document(**document)
        writer.commit(merge=False)
    # Trusted as holding no traditional characters, it is found by its folding.
    assert exact("双报到") == {speech.pk}
    drift = index_drift()
    assert drift.stale == (speech.pk,) and not drift.missing
    call_command("search_index", "sync")
    assert index_drift().in_sync
    assert exact("双报到") == set() and exact("雙報到") == {speech.pk}
