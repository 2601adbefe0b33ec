"""The search page: the DOM contract, and an answer for anything typed."""

import datetime as dt
from urllib.parse import quote

import pytest

from .conftest import (
    CITY_RECRUITS,
    COUNTY_PARTY_BUILDING,
    PROVINCE_WORK_REPORT,
    SCRIPT_IN_BODY,
    whoosh_only,
)
from .html import parse_html

HOSTILE_QUERY_STRINGS = [
    "q=",
    "",
    "q=%22%E5%8F%8C%E6%8A%A5%E5%88%B0",  # "双报到 without its closing quote
    "q=*",
    "q=:",
    "q=(((",
    "q=a:b*c~2^3",
    "q=" + "%E5%85%9A" * 2000,  # 党 × 2000
    "q=" + "x%20" * 1000,
    "q=%00%01%1b%7f",
    "q=%ED%A0%80",  # a lone surrogate, as UTF-8 bytes
    "q=%FF%FE%FD",  # not UTF-8 at all
    "q=OR",
    "q=--",
    "q=-%22",
    "q=%E2%80%9C",  # a lone “
    "q=AND%20NOT%20TO",
    "q=%E6%8A%A5%E5%88%B0&page=-1",
    "q=%E6%8A%A5%E5%88%B0&page=abc",
    "q=%E6%8A%A5%E5%88%B0&page=99999999999999999999999",
    "q=%E6%8A%A5%E5%88%B0&page_size=0",
    "q=%E6%8A%A5%E5%88%B0&page_size=1e9",
    "q=%E6%8A%A5%E5%88%B0&year=%3Cscript%3E&level=%00",
    "q=%E6%8A%A5%E5%88%B0&date_from=2020-13-45&date_to=abc",
    "q=%E6%8A%A5%E5%88%B0&date_from=9999-12-31",
    "q=%E6%8A%A5%E5%88%B0&sort=evil",
    "q=a&q=b",
]


@pytest.fixture
def archive(indexed):
    return indexed(COUNTY_PARTY_BUILDING, CITY_RECRUITS, PROVINCE_WORK_REPORT)


def page(client, query_string):
    response = client.get("/search/?" + query_string)
    assert response.status_code == 200
    return parse_html(response.content.decode())


@pytest.mark.parametrize("query_string", HOSTILE_QUERY_STRINGS)
def test_any_input_gets_a_page_never_an_error(archive, client, query_string):
    document = page(client, query_string)
    assert document.find("form", role="search") is not None


def test_the_page_follows_the_dom_contract(archive, client):
    document = page(client, "q=" + quote("报到"))
    form = document.find("form", role="search", action="/search/")
    assert form.find("input", id="q", name="q", value="报到") is not None
    sort = form.find("select", name="sort")
    assert {option.attrs["value"] for option in sort.find_all("option")} == {
        "relevance",
        "newest",
    }
    assert document.find(id="hit-count").text().startswith("共 3 篇讲话")
    results = document.find("ol", id="results").find_all("li", cls="result")
    assert len(results) == 3
    for result in results:
        assert (
            result.find("a", cls="result-title").attrs["href"].startswith("/speeches/")
        )


def test_passage_links_carry_the_query_and_the_section_anchor(archive, client):
    document = page(client, "q=" + quote("双报到"))
    (result,) = document.find("ol", id="results").find_all("li", cls="result")
    links = [
        passage.find("a", cls="passage-link")
        for passage in result.find("ul", cls="passages").find_all("li", cls="passage")
    ]
    speech_url = result.find("a", cls="result-title").attrs["href"].split("?")[0]
    assert [link.attrs["href"] for link in links] == [
        f"{speech_url}?q=%E5%8F%8C%E6%8A%A5%E5%88%B0#s1",
        f"{speech_url}?q=%E5%8F%8C%E6%8A%A5%E5%88%B0#s2",
    ]
    assert "<mark>双报到</mark>" in links[0].inner_html()


def test_a_speech_containing_a_script_tag_renders_it_inert(indexed, client):
    indexed(SCRIPT_IN_BODY)
    response = client.get("/search/?q=" + quote("双报到"))
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


def test_facets_link_to_filtered_searches_with_counts(archive, client):
    facets = page(client, "q=" + quote("报到")).find("aside", id="facets")
    hrefs = [link.attrs["href"] for link in facets.find_all("a")]
    for parameter in ("year=2021", "level=", "site=", "speaker="):
        assert any(parameter in href for href in hrefs), parameter
    assert facets.find("input", name="date_from") is not None
    assert facets.find("input", name="date_to") is not None


def test_following_a_facet_link_narrows_the_results(archive, client):
    document = page(client, "q=" + quote("报到") + "&year=2021")
    assert document.find(id="hit-count").text().startswith("共 1 篇讲话")
    (result,) = document.find("ol", id="results").find_all("li", cls="result")
    assert result.find("a", cls="result-title").text() == CITY_RECRUITS["title"]


def test_pagination_appears_when_results_span_pages(indexed, client):
    indexed(
        *(
            dict(title=f"第{n}次会议讲话", body=f"第{n}项议题：报到工作。")
            for n in range(1, 23)
        )
    )
    first = page(client, "q=" + quote("报到"))
    nav = first.find("nav", cls="pagination")
    next_link = nav.find("a", rel="next")
    assert "page=2" in next_link.attrs["href"]
    second = page(client, next_link.attrs["href"].split("?", 1)[1])
    assert len(second.find("ol", id="results").find_all("li", cls="result")) == 2
    assert second.find("ol", id="results").attrs["start"] == "21"


def test_nothing_found_gets_a_helpful_page(archive, client):
    document = page(client, "q=" + quote("双报道"))
    no_results = document.find(id="no-results")
    assert no_results is not None
    assert "双报到" in no_results.text()  # the slogan one character away
    assert document.find("ol", id="results") is None


def test_a_known_slogan_links_to_its_page(archive, client):
    document = page(client, "q=" + quote("牛鼻子"))
    link = document.find(id="slogan-suggestion").find("a")
    assert link.attrs["href"].startswith("/slogans/")


def test_an_empty_query_explains_the_query_language(archive, client):
    document = page(client, "q=")
    assert document.find(id="search-help") is not None
    assert document.find(id="hit-count") is None


def test_sort_newest_is_kept_in_the_form(archive, client):
    document = page(client, "q=" + quote("报到") + "&sort=newest")
    selected = document.find("select", name="sort").find("option", selected="")
    assert selected.attrs["value"] == "newest"


@whoosh_only("the meta file")
def test_a_rebuild_in_progress_is_announced(archive, client, search_index):
    from dataclasses import replace

    from search.engines.whoosh.core.meta import read_index_meta, write_index_meta

    write_index_meta(
        search_index, replace(read_index_meta(search_index), complete=False)
    )
    assert "结果可能不全" in client.get("/search/?q=" + quote("报到")).content.decode()


def test_changes_not_yet_indexed_are_announced(archive, client):
    archive[0].delete()  # queued, not drained: the test transaction never commits
    html = client.get("/search/?q=" + quote("报到")).content.decode()
    assert "1 项改动正在写入索引" in html


def test_newest_first_answers_when_some_speeches_have_no_date(indexed, client):
    indexed(
        dict(title="无日期的讲话", body="会议强调双报到。"),
        dict(title="有日期的讲话", body="会议强调双报到。", date=dt.date(2024, 5, 1)),
    )
    document = page(client, "q=" + quote("双报到") + "&sort=newest")
    titles = [
        link.text()
        for link in document.find("ol", id="results").find_all("a", cls="result-title")
    ]
    assert titles == ["有日期的讲话", "无日期的讲话"]
    assert (
        client.get("/api/search?q=" + quote("双报到") + "&sort=newest").status_code
        == 200
    )


def test_the_page_folds_scripts_unless_told_to_keep_them_apart(indexed, client):
    indexed(
        dict(title="简体稿", body="推动党员双报到。"),
        dict(title="繁體稿", body="推動黨員雙報到。"),
    )

    def found(query_string):
        document = page(client, query_string)
        results = document.find("ol", id="results")
        if results is None:
            return set()
        return {
            result.find("a", cls="result-title").text().strip()
            for result in results.find_all("li", cls="result")
        }

    assert found("q=" + quote("双报到")) == {"简体稿", "繁體稿"}
    assert found("q=" + quote("双报到") + "&script=any") == {"简体稿", "繁體稿"}
    # 区分繁简 ticked: the same option the API reads.
    assert found("q=" + quote("双报到") + "&script=exact") == {"简体稿"}
    assert found("q=" + quote("雙報到") + "&script=exact") == {"繁體稿"}
    document = page(client, "q=" + quote("双报到") + "&script=exact")
    box = document.find("input", id="script-exact")
    assert box.attrs["name"] == "script" and box.attrs["value"] == "exact"
    assert "checked" in box.attrs
