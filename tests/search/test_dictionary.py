"""jieba learns the archive's slogans; the index keeps the dictionary it was cut with."""

import jieba
import pytest
from whoosh.query import Term

from search.dictionary import slogan_words
from search.engines.base import IndexMeta
from search.engines.connection import search_backend
from search.engines.whoosh.core.dictionary import (
    USER_WORD_FREQUENCY,
    applied_words,
    apply_words,
    dictionary_hash,
    jieba_word,
    start_jieba,
)
from search.engines.whoosh.core.meta import read_index_meta, write_index_meta
from search.outbox import drain_queue, index_drift, sync_index
from search.service import search_speeches
from speeches.models import Slogan

from .conftest import COUNTY_PARTY_BUILDING, whoosh_only

SENTENCE = "推动在职党员到社区双报到，把双报到情况纳入考核"


@pytest.fixture
def pristine_jieba():
    start_jieba()
    apply_words(())
    yield
    apply_words(())


def test_accepted_slogans_that_jieba_can_hold_become_words(db):
    Slogan.objects.create(text="双报到", kind="coinage")
    Slogan.objects.create(text="５Ｇ网络", kind="coinage")
    Slogan.objects.create(text="双报到、双服务", kind="enumeration")
    Slogan.objects.create(text="弃用的提法", kind="coinage", status="rejected")
    assert slogan_words() == ["5g网络", "双报到"]


def test_punctuation_keeps_a_slogan_out_of_jieba():
    assert jieba_word("三会一课") == "三会一课"
    assert jieba_word("双报到、双服务") is None
    assert jieba_word("党") is None


def test_a_slogan_word_is_cut_whole_and_removing_it_restores_the_cut(pristine_jieba):
    before = jieba.lcut(SENTENCE)
    assert "双报到" not in before
    apply_words(["双报到"])
    assert "双报到" in jieba.lcut(SENTENCE)
    assert jieba.dt.FREQ["双报到"] == USER_WORD_FREQUENCY
    apply_words(())
    assert jieba.lcut(SENTENCE) == before


def test_jieba_state_depends_only_on_the_set_of_words(pristine_jieba):
    total = jieba.dt.total
    apply_words(["双报到", "牛鼻子", "报到情况"])
    apply_words(["双报到"])
    via_changes = (jieba.lcut(SENTENCE), jieba.dt.FREQ.get("报到情况"))
    apply_words(())
    apply_words(["双报到"])
    assert (jieba.lcut(SENTENCE), jieba.dt.FREQ.get("报到情况")) == via_changes
    assert jieba.dt.total == total


def test_the_dictionary_hash_names_the_set_of_words():
    assert dictionary_hash(["甲乙", "丙丁"]) == dictionary_hash(
        ["丙丁", "甲乙", "甲乙"]
    )
    assert dictionary_hash(["甲乙"]) != dictionary_hash(["甲乙", "丙丁"])


@whoosh_only("the jieba dictionary kept in the meta file")
def test_the_index_records_the_dictionary_it_was_cut_with(indexed, search_index):
    indexed(COUNTY_PARTY_BUILDING)
    meta = read_index_meta(search_index)
    assert "双报到" in meta.words
    assert meta.dictionary == dictionary_hash(slogan_words())


def jieba_field_has(term):
    backend = search_backend()
    with backend.current_index().searcher() as searcher:
        return bool(list(Term("text", term).docs(searcher)))


@whoosh_only("re-cutting jieba words")
def test_a_new_slogan_recuts_the_speeches_that_contain_it(indexed, search_index):
    indexed(COUNTY_PARTY_BUILDING, dict(title="无关的讲话", body="今天只谈防汛工作。"))
    assert not jieba_field_has("三个环节")
    Slogan.objects.create(text="三个环节", kind="coinage")
    report = drain_queue(blocking=True)
    assert report.dictionary_changed and report.indexed == 1
    assert jieba_field_has("三个环节")
    assert read_index_meta(search_index).dictionary == dictionary_hash(slogan_words())
    assert index_drift().in_sync


@whoosh_only("the jieba dictionary kept in the meta file")
def test_a_slogan_changed_behind_the_signals_shows_as_drift_until_synced(indexed):
    indexed(COUNTY_PARTY_BUILDING)
    Slogan.objects.filter(text="牛鼻子").update(status=Slogan.Status.REJECTED)
    drift = index_drift()
    assert not drift.dictionary_ok and not drift.in_sync
    sync_index()
    assert index_drift().in_sync
    assert "牛鼻子" not in read_index_meta(search_backend().path).words


@whoosh_only("the jieba dictionary kept in the meta file")
def test_queries_are_cut_with_the_dictionary_of_the_index(indexed, search_index):
    indexed(COUNTY_PARTY_BUILDING)
    meta = read_index_meta(search_index)
    # Another process's writer has since added a word to the index's dictionary.
    write_index_meta(
        search_index,
        IndexMeta(
            meta.format,
            dictionary_hash([*meta.words, "基层党建"]),
            (*meta.words, "基层党建"),
        ),
    )
    assert "基层党建" not in applied_words()
    search_speeches(q="基层党建")
    assert "基层党建" in applied_words()
