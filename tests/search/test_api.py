"""/api/search answers exactly as Contract 2 says, for any input."""

from urllib.parse import quote

import pytest

from search.service import search_speeches

from .conftest import CITY_RECRUITS, COUNTY_PARTY_BUILDING, PROVINCE_WORK_REPORT
from .test_views import HOSTILE_QUERY_STRINGS


@pytest.fixture
def archive(indexed):
    return indexed(COUNTY_PARTY_BUILDING, CITY_RECRUITS, PROVINCE_WORK_REPORT)


def get(client, query_string):
    response = client.get("/api/search?" + query_string)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def test_results_have_the_contract_shape(archive, client):
    data = get(client, "q=" + quote("双报到"))
    assert set(data) == {"count", "next", "previous", "results"}
    (result,) = data["results"]
    assert set(result) == {
        "id",
        "title",
        "date",
        "delivered",
        "url",
        "score",
        "sections",
    }
    assert result["title"] == COUNTY_PARTY_BUILDING["title"]
    assert result["url"] == f"http://testserver/speeches/{result['id']}/"
    assert [set(section) for section in result["sections"]] == [
        {"id", "heading", "snippet"}
    ] * 2
    assert "<mark>双报到</mark>" in result["sections"][0]["snippet"]


def test_count_is_speeches_and_pages_link_absolutely(archive, client):
    first = get(client, "q=" + quote("报到") + "&page_size=2")
    assert first["count"] == 3 and len(first["results"]) == 2
    assert first["previous"] is None
    assert first["next"].startswith("http://testserver/api/search?")
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 1 and second["next"] is None
    assert second["previous"].startswith("http://testserver/api/search?")
    ids = [r["id"] for r in first["results"] + second["results"]]
    assert len(set(ids)) == 3


def test_page_size_is_capped_at_100(indexed, client):
    indexed(*(dict(title=f"讲话{n}", body="报到。" * (n + 1)) for n in range(105)))
    data = get(client, "q=" + quote("报到") + "&page_size=500")
    assert data["count"] == 105 and len(data["results"]) == 100


def test_results_come_best_first_as_on_the_page(archive, client):
    data = get(client, "q=" + quote("报到"))
    scores = [result["score"] for result in data["results"]]
    assert scores == sorted(scores, reverse=True)
    assert [r["id"] for r in data["results"]] == [
        hit.speech.pk for hit in search_speeches(q="报到").hits
    ]


@pytest.mark.parametrize("query_string", HOSTILE_QUERY_STRINGS)
def test_any_input_gets_json_never_an_error(archive, client, query_string):
    data = get(client, query_string)
    assert isinstance(data["count"], int)


TRADITIONAL_REPORT = dict(
    title="一九五四年政府工作報告", body="完成第一個五年計劃的任務，推動黨員雙報到。"
)


def api_titles(client, query_string) -> set[str]:
    return {result["title"] for result in get(client, query_string)["results"]}


def test_the_api_keeps_scripts_apart_unless_asked_to_fold_them(indexed, client):
    indexed(COUNTY_PARTY_BUILDING, TRADITIONAL_REPORT)
    county, report = COUNTY_PARTY_BUILDING["title"], TRADITIONAL_REPORT["title"]
    # Contract 2: the characters as typed, so a count can be checked on the texts.
    assert api_titles(client, "q=" + quote("双报到")) == {county}
    assert api_titles(client, "q=" + quote("雙報到")) == {report}
    assert get(client, "q=" + quote("第一个五年计划"))["count"] == 0
    assert api_titles(client, "q=" + quote("双报到") + "&script=exact") == {county}
    # script=any: either script finds both, as on the search page.
    folded = "&script=any"
    assert api_titles(client, "q=" + quote("双报到") + folded) == {county, report}
    assert api_titles(client, "q=" + quote("第一个五年计划") + folded) == {report}
    # An unknown value is the API's default.
    assert api_titles(client, "q=" + quote("双报到") + "&script=x") == {county}


def test_next_links_keep_the_script_option(indexed, client):
    indexed(
        *(dict(title=f"讲话{n}", body="双报到。") for n in range(3)),
        *(dict(title=f"講話{n}", body="雙報到。") for n in range(3)),
    )
    first = get(client, "q=" + quote("双报到") + "&script=any&page_size=4")
    assert first["count"] == 6
    second = client.get(first["next"]).json()
    assert second["count"] == 6 and len(second["results"]) == 2
    assert get(client, "q=" + quote("双报到") + "&page_size=4")["count"] == 3


def test_api_counts_are_the_characters_as_typed_for_any_query(indexed, client):
    """Exact counts do not depend on which speeches hold traditional characters."""
    indexed(
        dict(title="简体", body="双报到，报到，国家。"),
        dict(title="繁體", body="雙報到，報到，國家。"),
        dict(title="两种", body="雙報到，也写作双报到；国家。"),
        dict(title="夹杂", body="报到时遇到了哪咤與吒字。"),
    )
    cases = {
        "报到": {"简体", "两种", "夹杂"},
        "報到": {"繁體", "两种"},
        "双报到 -雙報到": {"简体"},
        "报到 -国家": {"夹杂"},
        "报到 -國家": {"简体", "两种", "夹杂"},
        "雙報到 OR 国家": {"简体", "繁體", "两种"},
        "-報到": {"简体", "夹杂"},
        "吒": {"夹杂"},
    }
    for query, expected in cases.items():
        assert api_titles(client, "q=" + quote(query)) == expected, query


def test_a_word_found_as_typed_counts_only_if_folding_keeps_it(indexed, client):
    """An exact-script check reads the text folded: "cafe" + U+0301 is "café"."""
    indexed(dict(title="咖啡館", body="cafe\u0301與报到。"))
    assert get(client, "q=" + quote("cafe OR 報到"))["count"] == 0
    assert api_titles(client, "q=" + quote("café OR 報到")) == {"咖啡館"}
