"""OffsetPhrase finds a term exactly where its covering bigrams line up."""

import pytest
from whoosh import fields
from whoosh.filedb.filestore import FileStorage

from search.engines.whoosh.core.analyzers import BigramPositions, bigram_analyzer
from search.engines.whoosh.core.matching import (
    Excluding,
    OffsetPhrase,
    covering_offsets,
    scores_of,
)
from search.engines.whoosh.core.writer import ArchiveSegmentWriter
from search.folding import fold

from .conftest import whoosh_only

pytestmark = whoosh_only("the offset-phrase matcher")

TEXTS = [
    "推动在职党员到社区双报到",
    "双报，到社区报到",
    "哈哈",
    "哈哈哈哈",
    "报到报到报到",
]


@pytest.mark.parametrize(
    ("length", "offsets"),
    [(2, [0]), (3, [0, 1]), (4, [0, 2]), (5, [0, 2, 3]), (6, [0, 2, 4]), (1, [])],
)
def test_covering_offsets_cover_every_character(length, offsets):
    assert covering_offsets(length) == offsets


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    grams = fields.TEXT(analyzer=bigram_analyzer(), phrase=True)
    grams.format = BigramPositions()
    schema = fields.Schema(n=fields.STORED, grams=grams)
    folder = tmp_path_factory.mktemp("whoosh-matching")
    index = FileStorage(str(folder), supports_mmap=False).create_index(schema)
    writer = ArchiveSegmentWriter(index)
    for number, text in enumerate(TEXTS):
        writer.add_document(n=number, grams=fold(text))
    writer.commit()
    with index.searcher() as searcher:
        yield searcher


def found(searcher, term):
    words = [
        (offset, term[offset : offset + 2]) for offset in covering_offsets(len(term))
    ]
    query = OffsetPhrase("grams", words)
    docnums = scores_of(query, searcher).docnums.tolist()
    return {searcher.stored_fields(docnum)["n"] for docnum in docnums}


@pytest.mark.parametrize(
    "term",
    [
        "双报到",
        "报到",
        "到社区",
        "报到报到报",
        "哈哈哈",
        "哈哈哈哈",
        "社区双报到",
        "报,到",
    ],
)
def test_offset_phrase_matches_exactly_the_texts_containing_the_term(searcher, term):
    expected = {n for n, text in enumerate(TEXTS) if term in fold(text)}
    assert found(searcher, term) == expected


def test_bigrams_in_the_wrong_places_do_not_match(searcher):
    # Text 1 has 双报 and 报到 but never 双报到.
    assert 1 not in found(searcher, "双报到")


def test_an_excluded_term_removes_the_first_wanted_document_too(tmp_path):
    grams = fields.TEXT(analyzer=bigram_analyzer(), phrase=True)
    grams.format = BigramPositions()
    index = FileStorage(str(tmp_path), supports_mmap=False).create_index(
        fields.Schema(n=fields.STORED, grams=grams)
    )
    texts = ["落实河长制", "乡村振兴和河长制", "乡村振兴"]
    writer = ArchiveSegmentWriter(index)
    for number, text in enumerate(texts):
        writer.add_document(n=number, grams=text)
    writer.commit()

    def term(text):
        return OffsetPhrase(
            "grams", [(o, text[o : o + 2]) for o in covering_offsets(3)]
        )

    with index.searcher() as searcher:
        query = Excluding(term("乡村振"), term("河长制"))
        docnums = scores_of(query, searcher).docnums.tolist()
        assert [searcher.stored_fields(d)["n"] for d in docnums] == [2]
