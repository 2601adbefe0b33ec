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
