"""Segments merged block by block hold exactly what one writer writes.

The oracle: the same documents written by one ArchiveSegmentWriter into one
segment. Every posting (document, weight, positions), every term statistic and
every field length total of the merged segment must equal it.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.filedb.filestore import FileStorage

from search.engines.whoosh.backend import bulk_merge
from search.engines.whoosh.core.codec import BLOCK_POSTINGS, ArchiveCodec
from search.engines.whoosh.core.writer import ArchiveSegmentWriter

from .conftest import whoosh_schema

# A few characters, so that terms repeat across documents and segments.
ALPHABET = "党建发展基层治理，。报到服务"
# A text longer than 65,536 characters: 4-byte positions in its postings.
LONG_TEXT = "党建" + "基层治理" * 16_500 + "报到"

texts = st.text(alphabet=ALPHABET, min_size=0, max_size=40)
# Segments of documents; one large enough that its lists span several blocks.
segment_plans = st.lists(
    st.lists(texts, min_size=1, max_size=BLOCK_POSTINGS + 40), min_size=2, max_size=4
)


def write(index, documents: list[tuple[str, str]]) -> None:
    """Commit the documents as one new segment (no merging)."""
    writer = ArchiveSegmentWriter(index, codec=ArchiveCodec())
    for key, text in documents:
        writer.add_document(key=key, grams=text, chars=text)
    writer.commit(merge=False)


def contents(index) -> dict:
    """Return every term's statistics and postings (by key), and the field totals."""
    found = {}
    with index.reader() as reader:
        for fieldname in ("grams", "chars"):
            found[fieldname, "total"] = reader.field_length(fieldname)
        for fieldname, term in reader.all_terms():
            info = reader.term_info(fieldname, term)
            matcher = reader.postings(fieldname, term)
            rows = []
            while matcher.is_active():
                key = reader.stored_fields(matcher.id())["key"]
                rows.append((key, matcher.weight(), matcher.value()))
                matcher.next()
            found[fieldname, term] = (
                info.weight(),
                info.doc_frequency(),
                info.min_length(),
                info.max_length(),
                info.max_weight(),
                rows,
            )
    return found


def keyed(segments: list[list[str]]) -> list[list[tuple[str, str]]]:
    number = iter(range(10**6))
    return [[(str(next(number)), text) for text in segment] for segment in segments]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=segment_plans, long_in=st.integers(min_value=-1, max_value=3))
def test_merged_segments_hold_what_one_writer_writes(plan, long_in):
    segments = keyed(plan)
    if 0 <= long_in < len(segments):
        segments[long_in].append(("long", LONG_TEXT))
    folder = Path(tempfile.mkdtemp(prefix="merge-test-"))
    try:
        (folder / "one").mkdir()
        (folder / "merged").mkdir()
        one = FileStorage(str(folder / "one")).create_index(whoosh_schema())
        write(one, [document for segment in segments for document in segment])
        merged = FileStorage(str(folder / "merged")).create_index(whoosh_schema())
        for segment in segments:
            write(merged, segment)
        fresh = {s.segid for s in merged._segments()}
        ArchiveSegmentWriter(merged, codec=ArchiveCodec()).commit(
            mergetype=bulk_merge(fresh)
        )
        assert len(merged._segments()) == 1
        assert contents(merged) == contents(one)
    finally:
        shutil.rmtree(folder)


def test_documents_added_while_merging_keep_their_place(tmp_path):
    """The merging writer's own documents come first, the segments' after them."""
    first = [("a", "党建发展"), ("b", "基层治理")]
    second = [("c", "报到服务"), ("d", "党建报到")]
    (tmp_path / "one").mkdir()
    (tmp_path / "merged").mkdir()
    one = FileStorage(str(tmp_path / "one")).create_index(whoosh_schema())
    write(one, [("e", "发展党建"), *first, *second])
    merged = FileStorage(str(tmp_path / "merged")).create_index(whoosh_schema())
    write(merged, first)
    write(merged, second)
    writer = ArchiveSegmentWriter(merged, codec=ArchiveCodec())
    writer.add_document(key="e", grams="发展党建", chars="发展党建")
    writer.commit(optimize=True)
    assert len(merged._segments()) == 1
    assert contents(merged) == contents(one)


def test_a_segment_with_deleted_documents_is_merged_without_them(tmp_path):
    documents = [("a", "党建发展"), ("b", "基层治理"), ("c", "报到服务")]
    (tmp_path / "one").mkdir()
    (tmp_path / "merged").mkdir()
    one = FileStorage(str(tmp_path / "one")).create_index(whoosh_schema())
    write(one, [documents[0], documents[2], ("d", "党建报到")])
    merged = FileStorage(str(tmp_path / "merged")).create_index(whoosh_schema())
    write(merged, documents)
    write(merged, [("d", "党建报到")])
    writer = ArchiveSegmentWriter(merged, codec=ArchiveCodec())
    writer.delete_by_term("key", "b")
    writer.commit(merge=False)
    ArchiveSegmentWriter(merged, codec=ArchiveCodec()).commit(optimize=True)
    assert len(merged._segments()) == 1
    got, wanted = contents(merged), contents(one)
    # Whoosh's own posting-by-posting merge keeps a deleted document's share
    # of the field length totals; the postings are the same.
    assert {k: v for k, v in got.items() if k[1] != "total"} == {
        k: v for k, v in wanted.items() if k[1] != "total"
    }
