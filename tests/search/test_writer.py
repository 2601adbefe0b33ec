"""Bulk loads indexed by several processes find what one-at-a-time indexing finds."""

from __future__ import annotations

import random

import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import IndexingError

from search.engines.connection import search_backend
from search.engines.whoosh.core import writer as writer_module
from search.engines.whoosh.core.writer import ParallelWriter
from search.engines.whoosh.engine import BULK_THRESHOLD
from search.folding import fold
from search.models import IndexTask
from search.outbox import drain_queue, rebuild_index
from search.service import search_speeches
from speeches.models import Speech

from .conftest import make_speech, whoosh_schema

# Self-written sentences that speeches are assembled from.
SENTENCES = (
    "各级党组织要把抓基层打基础作为长远之计。",
    "推动在职党员到社区报到，主动认领服务岗位。",
    "乡村振兴要坚持规划先行，一张蓝图绘到底。",
    "要把群众满意不满意作为检验工作的标准。",
    "统筹发展和安全，守住不发生规模性返贫的底线。",
    "河长制要从有名走向有实，从见河长走向见成效。",
    "干部要敢于担当，在急难险重任务中经受考验。",
    "加快建设数字政府，让数据多跑路、群众少跑腿。",
    "扎实开展主题教育，把学习成效转化为发展动力。",
    "对标先进找差距，对照问题抓整改。",
    "坚决纠治形式主义、官僚主义，为基层减负。",
    "守护绿水青山，推动生态环境持续好转。",
)
SPEECHES = BULK_THRESHOLD + 10
FIXED_QUERIES = (
    "报到",
    "党",
    "基层 减负",
    '"数据多跑路"',
    "乡村振兴 -河长制",
    "河长制 OR 主题教育",
    "第7次",
    "不存在的说法",
)


def speech_fields(number: int, rng: random.Random) -> dict:
    body = "".join(rng.sample(SENTENCES, 6)) + f"这是今年第{number}次会议。"
    return dict(title=f"在第{number}次工作会议上的讲话", body=body)


def queries_for(speeches: list[Speech], rng: random.Random) -> list[str]:
    """Return the fixed queries and random substrings that cross sentence ends."""
    queries = list(FIXED_QUERIES)
    for speech in rng.sample(speeches, 20):
        text = fold(speech.body)
        length = rng.randint(2, 7)
        start = rng.randrange(len(text) - length)
        queries.append(text[start : start + length])
    return queries


def results(queries: list[str]) -> dict[str, tuple[int, set[int]]]:
    found = {}
    for query in queries:
        page = search_speeches(q=query, page_size=100)
        found[query] = (page.count, {hit.speech.pk for hit in page.hits})
    return found


@pytest.fixture
def small_batches(monkeypatch):
    """Hand the indexing processes a few speeches at a time, so both get some."""
    monkeypatch.setattr(writer_module, "BATCH_CHARACTERS", 1_000)


def test_a_bulk_load_finds_what_one_at_a_time_indexing_finds(
    search_index, db, small_batches
):
    rng = random.Random(5)
    speeches = []
    for number in range(SPEECHES):
        speeches.append(make_speech(**speech_fields(number, rng)))
        drain_queue()  # one speech per commit, merging small segments as usual
    queries = queries_for(speeches, rng)
    one_at_a_time = results(queries)

    rebuild_index()  # more than BULK_THRESHOLD speeches: the parallel writer
    segments = search_backend().current_index()._segments()
    assert len(segments) == 1  # one per indexing process, merged (bulk_merge)
    assert sum(segment.doc_count() for segment in segments) == SPEECHES
    assert results(queries) == one_at_a_time
    assert one_at_a_time["报到"][0] > 0
    assert one_at_a_time["不存在的说法"] == (0, set())


def test_a_bulk_reindex_replaces_every_indexed_version(search_index, db, small_batches):
    rng = random.Random(8)
    speeches = [make_speech(**speech_fields(n, rng)) for n in range(SPEECHES)]
    drain_queue()
    for speech in speeches:
        speech.body = speech.body.replace("会议", "座谈会")
        speech.save()
    assert IndexTask.objects.count() >= BULK_THRESHOLD
    drain_queue()
    index = search_backend().current_index()
    assert index.doc_count() == SPEECHES
    assert search_speeches(q="次会议").count == 0
    assert search_speeches(q="次座谈会", page_size=100).count == SPEECHES


def test_a_failing_indexing_process_fails_the_commit_and_keeps_the_index(
    tmp_path, small_batches, monkeypatch
):
    monkeypatch.setattr(writer_module, "PARENT_CHECK_SECONDS", 0.2)
    index = FileStorage(str(tmp_path), supports_mmap=False).create_index(
        whoosh_schema()
    )
    writer = ParallelWriter(index, procs=2)
    writer.add_document(key="kept", grams="基层党建", chars="基层党建")
    writer.commit()
    writer = ParallelWriter(index, procs=2)
    with pytest.raises(IndexingError, match="TypeError"):
        for number in range(2):
            writer.add_document(key="x" * 1_000, grams=number)  # not text: fails
        for number in range(20):  # more batches than the queue holds
            writer.add_document(key=str(number), grams="干部" * 600)
        writer.commit()
    writer.cancel()  # as the backend does when a write fails
    assert not any(process.is_alive() for process in writer._processes)
    assert writer.is_closed
    index = index.refresh()
    assert index.doc_count() == 1
    with index.searcher() as searcher:
        assert [fields["key"] for fields in searcher.all_stored_fields()] == ["kept"]
