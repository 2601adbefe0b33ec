"""Posting blocks written as arrays read back exactly as Whoosh's own codec stores them."""

from __future__ import annotations

import io
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.filedb.structfile import StructFile
from whoosh.writing import SegmentWriter

from search.engines.whoosh.core.analyzers import bigrams
from search.engines.whoosh.core.codec import (
    BLOCK_POSTINGS,
    ArchiveCodec,
    DecodedCache,
    Postings,
    TermDictionaryWriter,
    decoded_postings,
    encode_block,
    read_postings,
    single_posting_block,
    term_info,
)
from search.engines.whoosh.core.writer import ArchiveSegmentWriter

from .conftest import whoosh_schema

# Self-written clauses; every document repeats 党建 so that its posting list
# spans several blocks of BLOCK_POSTINGS documents.
CLAUSES = (
    "抓好党建促发展",
    "推动基层治理向纵深发展",
    "把服务群众的实事办好",
    "压实责任，层层传导压力",
    "党建引领乡村振兴",
)
DOCUMENTS = BLOCK_POSTINGS * 2 + 17
# A text longer than 65,536 characters, with a rare bigram past that position.
LONG_TEXT = "党建" + "干部作风建设" * 12_000 + "鼻祖"


def document_texts() -> list[str]:
    texts = [
        "党建工作："
        + "，".join(CLAUSES[(number + shift) % len(CLAUSES)] for shift in range(3))
        + f"第{number}号"
        for number in range(DOCUMENTS)
    ]
    texts[DOCUMENTS // 2] = LONG_TEXT
    return texts


def build_index(folder, writer_class, codec):
    """Write the documents into a new index with one writer; return the index."""
    folder.mkdir()
    index = FileStorage(str(folder), supports_mmap=False).create_index(whoosh_schema())
    writer = writer_class(index, codec=codec)
    for number, text in enumerate(document_texts()):
        writer.add_document(key=str(number), grams=text, chars=text)
    writer.commit(merge=False)
    return index


def all_postings(index) -> dict:
    """Return {(field, term): (doc frequency, [(key, weight, value bytes)])}."""
    postings = {}
    with index.reader() as reader:
        for fieldname, term in reader.all_terms():
            matcher = reader.postings(fieldname, term)
            rows = []
            while matcher.is_active():
                key = reader.stored_fields(matcher.id())["key"]
                rows.append((key, float(matcher.weight()), matcher.value()))
                matcher.next()
            postings[fieldname, term] = (reader.doc_frequency(fieldname, term), rows)
    return postings


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    """The same documents written by Whoosh's codec and writer, and by the archive's."""
    folder = tmp_path_factory.mktemp("codec")
    return {
        "whoosh": build_index(folder / "whoosh", SegmentWriter, W3Codec()),
        "archive writer": build_index(
            folder / "writer", ArchiveSegmentWriter, ArchiveCodec()
        ),
    }


@pytest.mark.parametrize("name", ["archive writer"])
def test_postings_read_back_as_whoosh_stores_them(indexes, name):
    expected = all_postings(indexes["whoosh"])
    assert all_postings(indexes[name]) == expected
    frequency, _rows = expected["grams", "党建".encode()]
    assert frequency > 2 * BLOCK_POSTINGS  # the term really spans three blocks


@pytest.mark.parametrize("name", ["archive writer"])
def test_term_statistics_match_whoosh(indexes, name):
    with indexes["whoosh"].reader() as expected, indexes[name].reader() as actual:
        for fieldname, term in expected.all_terms():
            wanted = expected.term_info(fieldname, term)
            got = actual.term_info(fieldname, term)
            assert (got.weight(), got.doc_frequency()) == pytest.approx(
                (wanted.weight(), wanted.doc_frequency())
            )
            assert (got.min_id(), got.max_id()) == (wanted.min_id(), wanted.max_id())
            assert got.max_weight() == pytest.approx(wanted.max_weight())
            assert (got.min_length(), got.max_length()) == (
                wanted.min_length(),
                wanted.max_length(),
            )


@pytest.mark.parametrize("name", ["archive writer"])
def test_positions_past_65536_read_back(indexes, name):
    long_key = str(DOCUMENTS // 2)
    with indexes[name].searcher() as searcher:
        docnum = searcher.document_number(key=long_key)
        matcher = searcher.reader().postings("grams", "鼻祖")
        matcher.skip_to(docnum)
        assert matcher.id() == docnum
        assert matcher.value_as("positions") == [len(LONG_TEXT) - 2]
        assert matcher.value_as("frequency") == 1
        phrase = wq.Phrase("grams", bigrams("设鼻祖"))
        assert [hit["key"] for hit in searcher.search(phrase)] == [long_key]


@pytest.mark.parametrize("name", ["archive writer"])
def test_every_position_of_a_bigram_is_kept(indexes, name):
    texts = document_texts()
    with indexes[name].searcher() as searcher:
        matcher = searcher.reader().postings("grams", "发展")
        while matcher.is_active():
            text = texts[int(searcher.stored_fields(matcher.id())["key"])]
            starts = [m.start() for m in re.finditer("(?=发展)", text)]
            assert matcher.value_as("positions") == starts
            assert matcher.weight() == len(starts)
            matcher.next()


@pytest.mark.parametrize("name", ["archive writer"])
def test_skipping_lands_on_each_block(indexes, name):
    with indexes[name].searcher() as searcher:
        for target in (0, BLOCK_POSTINGS - 1, BLOCK_POSTINGS, DOCUMENTS - 1):
            matcher = searcher.reader().postings("grams", "党建")
            matcher.skip_to(target)
            assert matcher.id() == target


def test_a_block_of_equal_weights_stores_no_weights():
    ids, weights = [3, 7, 300], [1, 1, 1]
    counted = encode_block(ids, [2, 1, 5], None, 4, 9, 5)
    unweighted = encode_block(ids, weights, None, 4, 9, 1)
    assert len(unweighted) < len(counted)


def stepped_postings(reader, fieldname, term) -> tuple[list, list, list]:
    """Return (ids, weights, positions per id) of a term, stepping Whoosh's matcher."""
    matcher = reader.postings(fieldname, term)
    ids, weights, positions = [], [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(float(matcher.weight()))
        if fieldname == "grams":
            positions.append(matcher.value_as("positions"))
        matcher.next()
    return ids, weights, positions


def whole(postings: Postings) -> tuple[list, list, list]:
    """Return the same three lists from postings read whole."""
    positions = []
    if postings.counts is not None:
        ends = np.cumsum(postings.counts)
        positions = [
            postings.positions[end - count : end].tolist()
            for count, end in zip(postings.counts, ends, strict=True)
        ]
    return postings.ids.tolist(), postings.weights.tolist(), positions


@pytest.mark.parametrize("name", ["archive writer"])
def test_a_posting_list_read_whole_is_the_one_whoosh_steps_through(indexes, name):
    decoded_postings.clear()
    with indexes[name].reader() as reader:
        for fieldname, term in reader.all_terms():
            info = term_info(reader, fieldname, term)
            got = read_postings(reader, info, positions=fieldname == "grams")
            assert whole(got) == stepped_postings(reader, fieldname, term), (
                fieldname,
                term.decode(),
            )
    # The common terms (党建 in every document) were kept, and are read back
    # from the cache the same.
    assert decoded_postings.entries
    with indexes[name].reader() as reader:
        info = term_info(reader, "grams", "党建".encode())
        assert whole(read_postings(reader, info, positions=True)) == (
            stepped_postings(reader, "grams", "党建".encode())
        )


def test_positions_of_both_widths_in_one_block_read_back(tmp_path):
    """One document past 65,536 characters among short ones: H and I values mixed."""
    texts = ["鼻祖在此"] * 3
    texts.insert(1, "党" * 70_000 + "鼻祖")
    index = FileStorage(str(tmp_path), supports_mmap=False).create_index(
        whoosh_schema()
    )
    writer = ArchiveSegmentWriter(index, codec=ArchiveCodec())
    for number, text in enumerate(texts):
        writer.add_document(key=str(number), grams=text, chars=text)
    writer.commit(merge=False)
    with index.reader() as reader:
        info = term_info(reader, "grams", "鼻祖".encode())
        got = whole(read_postings(reader, info, positions=True))
        assert got == stepped_postings(reader, "grams", "鼻祖".encode())
        assert got[2] == [[0], [70_000], [0], [0]]


def test_deleted_documents_are_left_out(tmp_path):
    index = FileStorage(str(tmp_path), supports_mmap=False).create_index(
        whoosh_schema()
    )
    writer = ArchiveSegmentWriter(index, codec=ArchiveCodec())
    for number, text in enumerate(document_texts()[: BLOCK_POSTINGS + 5]):
        writer.add_document(key=str(number), grams=text, chars=text)
    writer.commit(merge=False)
    with index.writer() as deleting:
        deleting.delete_by_term("key", "3")
    decoded_postings.clear()
    with index.reader() as reader:
        assert reader.has_deletions()
        for _ in range(2):  # decoded, then from the cache
            info = term_info(reader, "grams", "党建".encode())
            got = read_postings(reader, info, positions=True)
            assert 3 not in got.ids.tolist()
            assert whole(got) == stepped_postings(reader, "grams", "党建".encode())


def test_the_cache_keeps_the_most_recent_lists_within_its_budget():
    def postings(size):
        return Postings(np.arange(size, dtype=np.int64), np.ones(size))

    cache = DecodedCache(budget=8 * 16 * 8)  # room for eight lists of 8 documents
    for key in range(10):
        cache.put(key, postings(8))
    assert cache.used <= cache.budget
    assert cache.get(0) is None and cache.get(1) is None  # the oldest went first
    assert cache.get(9) is not None
    kept = cache.get(2)
    assert not kept.ids.flags.writeable  # shared: nobody may change it in place
    cache.put("too big", postings(100))
    assert cache.get("too big") is None


def test_whooshs_own_writer_is_refused_one_posting_at_a_time(tmp_path):
    with pytest.raises(NotImplementedError, match="ArchiveSegmentWriter"):
        build_index(tmp_path / "plain", SegmentWriter, ArchiveCodec())


@settings(max_examples=50, deadline=None)
@given(
    entries=st.dictionaries(
        st.binary(min_size=0, max_size=12), st.binary(max_size=40), max_size=300
    )
)
def test_term_dictionary_writer_writes_what_whoosh_writes(entries):
    """The archive's dictionary writer: the same file, byte for byte, as W3's."""
    written = []
    for writer_class in (OrderedHashWriter, TermDictionaryWriter):
        buffer = io.BytesIO()
        dbfile = StructFile(buffer)
        dbfile.close = lambda: None  # keep the bytes readable after close()
        writer = writer_class(dbfile)
        writer.extras["fieldmap"] = {"grams": 0}
        for key in sorted(entries):
            if key:  # OrderedHashWriter refuses the empty key (not above b"")
                writer.add(key, entries[key])
        writer.close()
        written.append(buffer.getvalue())
    assert written[0] == written[1]


@settings(max_examples=300, deadline=None)
@given(
    docnum=st.integers(0, 2**32 - 1),
    weight=st.one_of(
        st.integers(0, 2**32 - 1),
        st.floats(0, 1e6, allow_nan=False),
        st.integers(-5, -1),
        st.just(1),
        st.just(1.0),
    ),
    value=st.one_of(st.none(), st.binary(max_size=300)),
    length_byte=st.integers(0, 255),
)
def test_a_one_posting_block_is_what_encode_block_writes(
    docnum, weight, value, length_byte
):
    values = None if value is None else [value]
    expected = encode_block(
        [docnum], [weight], values, length_byte, length_byte, weight
    )
    block = single_posting_block(docnum, weight, value, length_byte)
    assert block is None or block == expected
    if type(weight) is int and weight >= 0:
        assert block == expected
