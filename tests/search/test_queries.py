"""search_speeches finds exactly the speeches that contain the query, and says where."""

import datetime as dt

import pytest
from whoosh.query import Phrase, Term

from search.engines.base import SearchFilters
from search.engines.connection import search_backend
from search.engines.whoosh.core import queries
from search.engines.whoosh.core.analyzers import bigrams
from search.engines.whoosh.core.codec import CACHED_MIN_DOCUMENTS, decoded_postings
from search.engines.whoosh.core.matching import ranked_documents
from search.engines.whoosh.core.queries import term_query
from search.outbox import drain_queue
from search.service import MAX_PAGE_SIZE, search_speeches

from .conftest import (
    CITY_RECRUITS,
    COUNTY_PARTY_BUILDING,
    PROVINCE_WORK_REPORT,
    SCRIPT_IN_BODY,
)


def titles(q, **kwargs):
    return {hit.speech.title for hit in search_speeches(q=q, **kwargs).hits}


@pytest.fixture
def archive(indexed):
    return indexed(COUNTY_PARTY_BUILDING, CITY_RECRUITS, PROVINCE_WORK_REPORT)


COUNTY = COUNTY_PARTY_BUILDING["title"]
CITY = CITY_RECRUITS["title"]
PROVINCE = PROVINCE_WORK_REPORT["title"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # jieba cuts 双报到 into 双报 + 到 and 牛鼻子 as one word: recall must not care.
        ("双报到", {COUNTY}),
        ("报到", {COUNTY, CITY, PROVINCE}),
        ("牛鼻子", {COUNTY}),
        ("鼻子", {COUNTY, CITY}),
        ("报到情况纳入", {COUNTY}),
        ("不存在的提法", set()),
    ],
)
def test_a_term_finds_exactly_the_speeches_containing_it(archive, query, expected):
    assert titles(query) == expected


def test_count_is_the_number_of_matching_speeches(archive):
    result = search_speeches(q="报到")
    assert result.count == 3 == len(result.hits)


def test_a_phrase_does_not_match_across_a_comma(archive):
    # The province report has "按时报到，服务群众": 报到服务 never occurs as such.
    assert titles("报到服务") == set()
    assert titles('"报到服务"') == set()
    assert titles("报到，服务") == {PROVINCE}


def test_whitespace_in_the_text_or_the_query_is_ignored(indexed):
    indexed(
        dict(title="换行的讲话", body="推动在职党员到社区双\n报　到，做好服务。"),
    )
    assert titles("双报到") == {"换行的讲话"}
    assert titles('"双 报 到"') == {"换行的讲话"}


def test_full_and_half_width_letters_and_digits_match_each_other(archive):
    assert titles("5G") == {CITY, PROVINCE}
    assert titles("５ｇ") == {CITY, PROVINCE}
    assert titles("G20") == {PROVINCE}
    assert titles("g20峰会") == {PROVINCE}


def test_a_query_may_span_the_title_and_the_body(archive):
    # Title "2024年省政府工作报告" is followed by the body "各位代表：".
    assert titles("工作报告各位代表") == {PROVINCE}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("鼻", {COUNTY, CITY}),
        ("章", set()),
        ("5", {CITY, PROVINCE}),
        ("：", {COUNTY, CITY, PROVINCE}),
        ("林", {PROVINCE}),
    ],
)
def test_a_single_character_finds_every_speech_containing_it(archive, query, expected):
    assert titles(query) == expected


def test_space_separated_terms_must_all_occur(archive):
    assert titles("报到 鼻子") == {COUNTY, CITY}
    assert titles("报到 鼻子 5G") == {CITY}


def test_or_takes_either_term(archive):
    assert titles("牛鼻子 OR 河长制") == {COUNTY, PROVINCE}
    # OR binds tighter than AND: (牛鼻子 OR 河长制) AND 报到
    assert titles("牛鼻子 OR 河长制 报到") == {COUNTY, PROVINCE}
    assert titles("牛鼻子 OR 河长制 鼻子") == {COUNTY}


def test_a_minus_excludes_speeches_with_the_term(archive):
    assert titles("报到 -双报到") == {CITY, PROVINCE}
    assert titles('报到 -"河长制"') == {COUNTY, CITY}
    assert titles("-报到") == set()


def test_a_minus_excludes_a_speech_indexed_after_the_first_one_with_the_term(archive):
    # The county speech (indexed first) has 报到 but not 河长制: the province
    # speech, the first with 河长制, must still be excluded for its 报到.
    assert titles("河长制 -报到") == set()
    assert titles("河长制 -牛鼻子") == {PROVINCE}


def test_quotes_keep_operators_literal(indexed):
    indexed(dict(title="英文缩写", body="文件中写有 A OR B 的字样。"))
    assert titles('"A OR B"') == {"英文缩写"}


def test_a_traditional_query_finds_a_simplified_speech(archive):
    result = search_speeches(q="雙報到")
    assert {hit.speech.title for hit in result.hits} == {COUNTY}
    assert "<mark>双报到</mark>" in result.hits[0].passages[0].snippet


def test_a_simplified_query_finds_a_traditional_speech(indexed):
    indexed(
        COUNTY_PARTY_BUILDING,
        dict(title="一九五四年政府工作報告", body="完成第一個五年計劃的任務。"),
    )
    result = search_speeches(q="第一个五年计划")
    assert [hit.speech.title for hit in result.hits] == ["一九五四年政府工作報告"]
    assert "<mark>第一個五年計劃</mark>" in result.hits[0].passages[0].snippet
    assert titles("雙報到") == titles("双报到") == {COUNTY}


def test_an_exact_script_search_finds_only_the_script_typed(indexed):
    indexed(
        COUNTY_PARTY_BUILDING,
        dict(title="繁體稿", body="推動在職黨員到社區雙報到。", level="县"),
        dict(title="两种字形", body="雙報到，也写作双报到。"),
    )
    exact = SearchFilters(exact_script=True)
    assert titles("雙報到", filters=exact) == {"繁體稿", "两种字形"}
    assert titles("双报到", filters=exact) == {COUNTY, "两种字形"}
    assert titles("双报到 -雙報到", filters=exact) == {COUNTY}
    assert titles("双报到 -雙報到") == set()  # blind: the same words
    result = search_speeches(q="雙報到", filters=exact)
    assert result.count == 2
    assert {(v.value, v.count) for v in result.facets["level"]} == {("县", 1)}
    # A term without characters that differ between scripts needs no check.
    assert titles("社", filters=exact) == titles("社") == {COUNTY, "繁體稿"}


def test_an_exact_script_search_checks_only_the_kinds_of_speech_it_found(
    indexed, monkeypatch
):
    # Marked speeches are checked on their exact fields, the others on their
    # folded text; a side with no speech among the folded matches is skipped
    # (looking a query's words up in every segment's exact fields cost more
    # than the search itself on the 5,078 bulletins).
    indexed(
        COUNTY_PARTY_BUILDING,
        dict(title="繁體稿", body="舉辦書法展覽。"),
    )
    exact = SearchFilters(exact_script=True)
    checked = []
    real = queries.scores_of
    monkeypatch.setattr(
        queries,
        "scores_of",
        lambda query, *args: checked.append(query) or real(query, *args),
    )
    # 基层党建: only the simplified speech says it (folded too).
    assert titles("基层党建", filters=exact) == {COUNTY}
    assert checked == []
    # 書法展覽 OR 书法展览: only the traditional speech, which says 書法展覽.
    assert titles("書法展覽 OR 书法展览", filters=exact) == {"繁體稿"}
    assert [query.field() for query in checked] == ["exact_grams"]
    assert titles("书法展览", filters=exact) == set()


def test_a_title_search_looks_at_titles_only(archive):
    in_titles = SearchFilters(in_titles=True)
    assert titles("报到") == {COUNTY, CITY, PROVINCE}
    assert titles("讲话", filters=in_titles) == {COUNTY, CITY}
    assert titles("报到", filters=in_titles) == set()
    assert titles("省", filters=in_titles) == {PROVINCE}  # one character
    assert titles("讲话 -公务员", filters=in_titles) == {COUNTY}


def test_every_hit_names_the_sections_it_occurs_in(archive):
    (hit,) = search_speeches(q="双报到").hits
    headings = [passage.heading for passage in hit.passages]
    assert headings == [
        "提高站位，深刻认识抓基层打基础的重要意义",
        "突出重点，扎实推进“双报到、双服务”走深走实",
    ]
    assert [passage.anchor for passage in hit.passages] == ["s1", "s2"]
    assert all(passage.section_id for passage in hit.passages)
    assert "<mark>双报到</mark>" in hit.passages[0].snippet


def test_a_match_in_the_title_is_a_passage_without_a_section(archive):
    (hit,) = search_speeches(q="推进会上").hits
    assert hit.passages[0].heading == "标题"
    assert hit.passages[0].section_id is None
    assert hit.passages[0].anchor == ""


def test_snippets_mark_text_as_written_in_the_speech(archive):
    (hit,) = search_speeches(q="5G 数据中心").hits
    snippets = " ".join(passage.snippet for passage in hit.passages)
    assert "<mark>５Ｇ</mark>" in snippets


def test_document_text_is_escaped_before_it_is_marked(indexed):
    indexed(SCRIPT_IN_BODY)
    (hit,) = search_speeches(q="双报到").hits
    snippet = hit.passages[0].snippet
    assert "<script>" not in snippet
    assert (
        "&lt;script&gt;alert(&#x27;<mark>双报到</mark>&#x27;)&lt;/script&gt;" in snippet
    )


def test_results_page_through_every_match_once(indexed):
    indexed(
        *(
            dict(title=f"第{n}次专题会议讲话", body=f"本次会议第{n}项议题是报到工作。")
            for n in range(1, 8)
        )
    )
    pages = [search_speeches(q="报到", page=n, page_size=3) for n in (1, 2, 3)]
    seen = [hit.speech.pk for page in pages for hit in page.hits]
    assert [len(page.hits) for page in pages] == [3, 3, 1]
    assert len(set(seen)) == 7
    assert all(page.count == 7 and page.num_pages == 3 for page in pages)
    assert pages[0].has_next and not pages[2].has_next


def test_page_size_is_capped(archive):
    assert search_speeches(q="报到", page_size=10_000).page_size == MAX_PAGE_SIZE


def test_facets_count_the_matching_speeches(archive):
    facets = search_speeches(q="报到").facets
    assert {(v.value, v.count) for v in facets["year"]} == {
        ("2021", 1),
        ("2023", 1),
        ("2024", 1),
    }
    assert {v.value for v in facets["level"]} == {"县", "市", "省"}
    assert {v.value for v in facets["site"]} == {
        "县委组织部网站",
        "市人民政府网站",
        "省人民政府网站",
    }
    assert {v.value for v in facets["speaker"]} == {
        "县委书记",
        "市委常委、组织部部长",
        "省长",
    }


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (SearchFilters(year="2021"), {CITY}),
        (SearchFilters(level="省"), {PROVINCE}),
        (SearchFilters(site="县委组织部网站"), {COUNTY}),
        (SearchFilters(speaker="省长"), {PROVINCE}),
        (SearchFilters(date_from=dt.date(2022, 1, 1)), {COUNTY, PROVINCE}),
        (SearchFilters(date_to=dt.date(2023, 6, 18)), {COUNTY, CITY}),
        (
            SearchFilters(date_from=dt.date(2023, 6, 18), date_to=dt.date(2023, 6, 18)),
            {COUNTY},
        ),
        (SearchFilters(year="2021", level="省"), set()),
    ],
)
def test_filters_narrow_the_results(archive, filters, expected):
    result = search_speeches(q="报到", filters=filters)
    assert {hit.speech.title for hit in result.hits} == expected
    assert result.count == len(expected)


def test_a_selected_facet_value_is_marked(archive):
    facets = search_speeches(q="报到", filters=SearchFilters(level="县")).facets
    assert [(v.value, v.selected) for v in facets["level"]] == [("县", True)]


def test_newest_first_orders_by_date(archive):
    result = search_speeches(q="报到", sort="newest")
    assert [hit.speech.title for hit in result.hits] == [PROVINCE, COUNTY, CITY]


def test_best_first_puts_the_speech_using_the_term_most_first(indexed):
    indexed(
        dict(
            title="提到一次",
            body="会议要求做好双报到工作，另外还讨论了其他事项和安排。",
        ),
        dict(title="通篇在讲", body="双报到是抓手。双报到要常态化。双报到要见实效。"),
    )
    assert [hit.speech.title for hit in search_speeches(q="双报到").hits] == [
        "通篇在讲",
        "提到一次",
    ]


def test_a_term_in_the_title_ranks_above_the_same_term_in_the_body(indexed):
    indexed(
        dict(title="全市河长制工作会议讲话", body="今年要巩固成果，抓好河长制。"),
        dict(title="全市水利工作会议讲话", body="今年要巩固成果，抓好河长制。"),
    )
    assert search_speeches(q="河长制").hits[0].speech.title == "全市河长制工作会议讲话"


def test_a_known_slogan_is_offered_as_a_slogan_link(archive):
    assert search_speeches(q="牛鼻子").slogan.text == "牛鼻子"
    assert search_speeches(q="鼻子").slogan is None


def test_a_query_one_character_off_a_slogan_suggests_it(archive):
    result = search_speeches(q="双报道")
    assert result.count == 0
    assert result.suggestions == ("双报到",)


def test_an_empty_query_answers_without_searching(archive):
    result = search_speeches(q="   ")
    assert result.query.is_empty and result.count == 0 and not result.hits


def test_ranking_survives_an_index_of_one_speech_segments(indexed):
    # Each drain of one speech writes its own segment; the title boost still counts.
    indexed(dict(title="全市水利工作会议讲话", body="今年要巩固成果，抓好河长制。"))
    indexed(dict(title="全市河长制工作会议讲话", body="今年要巩固成果，抓好河长制。"))
    indexed(dict(title="全市林业工作会议讲话", body="今年要巩固成果，抓好林长制。"))
    assert search_speeches(q="河长制").hits[0].speech.title == "全市河长制工作会议讲话"


def test_newest_first_puts_undated_speeches_last(indexed):
    indexed(
        dict(title="无日期的讲话", body="会议强调双报到。"),
        dict(title="新的讲话", body="会议强调双报到。", date=dt.date(2024, 5, 1)),
        dict(title="旧的讲话", body="会议强调双报到。", date=dt.date(2019, 5, 1)),
    )
    result = search_speeches(q="双报到", sort="newest")
    assert [hit.speech.title for hit in result.hits] == [
        "新的讲话",
        "旧的讲话",
        "无日期的讲话",
    ]


def test_facets_stay_right_when_a_segment_lacks_a_field(indexed):
    # One drain per speech: the middle segment has no level and no site at all.
    indexed(
        dict(
            title="甲", body="双报到", level="县", site="甲网", date=dt.date(2020, 1, 1)
        )
    )
    indexed(dict(title="乙", body="双报到"))
    indexed(
        dict(
            title="丙", body="双报到", level="省", site="丙网", date=dt.date(2022, 1, 1)
        )
    )
    result = search_speeches(q="双报到")
    assert {(v.value, v.count) for v in result.facets["level"]} == {
        ("县", 1),
        ("省", 1),
    }
    only_province = search_speeches(q="双报到", filters=SearchFilters(level="省"))
    assert [hit.speech.title for hit in only_province.hits] == ["丙"]
    newest = search_speeches(q="双报到", sort="newest")
    assert [hit.speech.title for hit in newest.hits] == ["丙", "甲", "乙"]


@pytest.fixture
def two_segments(indexed):
    """Return a searcher over two segments, one with a deleted document."""

    indexed(COUNTY_PARTY_BUILDING, CITY_RECRUITS)
    twins = "要按时报到，主动服务群众。"  # equal scores: the order of ties counts
    *_, gone = indexed(
        PROVINCE_WORK_REPORT,
        SCRIPT_IN_BODY,
        dict(title="甲镇讲话", body=twins),
        dict(title="乙镇讲话", body=twins),
        dict(title="丙镇讲话", body=twins + "党的工作"),
    )
    gone.delete()  # a deleted document in it must not come back
    drain_queue(blocking=True)
    searcher = search_backend().searcher()
    assert len(searcher.reader().leaf_readers()) == 2
    assert searcher.reader().has_deletions()
    return searcher


@pytest.mark.parametrize(("text", "field"), [("报到", "grams"), ("党", "chars")])
def test_a_word_ranks_as_whoosh_ranks_its_term(two_segments, text, field):
    searcher = two_segments
    expected = searcher.search(Term(field, text), limit=None, optimize=False).top_n
    assert ranked_documents(searcher, term_query(text)).pairs() == list(expected)


@pytest.mark.parametrize("text", ["双报到", "按时报到", "主动服务群众"])
def test_a_phrase_finds_what_whoosh_phrase_finds(two_segments, text):
    searcher = two_segments
    expected = {
        hit.docnum
        for hit in searcher.search(Phrase("grams", bigrams(text)), limit=None)
    }
    found = set(ranked_documents(searcher, term_query(text)).docnums.tolist())
    assert found == expected and found


def test_a_word_cached_by_a_phrase_is_found_again_across_segments(indexed):
    # Regression: 克思主义政党 then 主义 answered 500. The phrase leaves 主义's
    # postings decoded with positions for the segment where it is common; the
    # second query read the rare segment's part without, and the two parts could
    # not be joined.
    decoded_postings.clear()
    common = [
        dict(title=f"第{n}次学习会讲话", body="坚持马克思主义政党的性质。")
        for n in range(CACHED_MIN_DOCUMENTS + 1)
    ]
    indexed(*common)
    indexed(dict(title="另一个讲话", body="学习马克思主义。"))  # a second segment
    assert search_speeches(q="克思主义政党").count == CACHED_MIN_DOCUMENTS + 1
    assert search_speeches(q="主义").count == CACHED_MIN_DOCUMENTS + 2
    assert search_speeches(q="克思主义").count == CACHED_MIN_DOCUMENTS + 2
