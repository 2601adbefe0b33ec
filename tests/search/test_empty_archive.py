"""A fresh archive, its index built and holding nothing yet, answers every search."""

import pytest

from search.service import search_speeches

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("script", ["exact", "any"])
@pytest.mark.parametrize(
    "q", ["双报到", "工作", "主", "一國兩制", "党建 -会议", '"三会一课"']
)
def test_an_empty_index_finds_nothing_without_an_error(search_index, client, q, script):
    assert search_speeches(q=q, page_size=1).count == 0
    response = client.get("/api/search", {"q": q, "script": script})
    assert response.status_code == 200
    assert response.json()["count"] == 0
    assert client.get("/search/", {"q": q}).status_code == 200
