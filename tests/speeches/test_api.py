"""The speeches JSON API (Contract 2): a paged list and one speech with its tree."""

import json

import pytest
from django.test import RequestFactory

from speeches.api import MAX_PAGE_SIZE, page_params
from speeches.models import Section, Slogan

from .reading_fixtures import county_party_building, reading_room, undated_notice

pytestmark = pytest.mark.django_db

CONTRACT_FIELDS = {
    "id",
    "title",
    "date",
    "source_url",
    "source_site",
    "speaker",
    "occasion",
    "truncated",
    "body",
    "sections",
    "slogans",
}


def get_json(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content.decode("utf-8"))


def test_list_is_paged_with_count_and_absolute_links(client):
    speeches = reading_room()
    first = get_json(client, "/api/speeches?page_size=3")
    assert first["count"] == 4
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/speeches?page_size=3&page=2"
    county = speeches["county"]
    assert first["results"][0] == {
        "id": county.pk,
        "title": county.title,
        "date": "2024-03-12",
        "url": f"http://testserver/speeches/{county.pk}/",
    }
    second = get_json(client, first["next"])
    assert second["next"] is None
    assert second["previous"] == "http://testserver/api/speeches?page_size=3&page=1"
    listed = [item["id"] for item in first["results"] + second["results"]]
    assert sorted(listed) == sorted(speech.pk for speech in speeches.values())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?page=abc&page_size=abc", (1, 20)),
        ("?page=-3&page_size=0", (1, 1)),
        ("?page=2&page_size=100000", (2, MAX_PAGE_SIZE)),
    ],
)
def test_page_numbers_are_read_leniently_and_sizes_capped(query, expected):
    assert page_params(RequestFactory().get(f"/api/speeches{query}")) == expected


def test_a_page_past_the_end_gives_the_last_page(client):
    reading_room()
    answer = get_json(client, "/api/speeches?page=99&page_size=3")
    assert len(answer["results"]) == 1 and answer["next"] is None


def test_speech_has_the_contract_fields_the_tree_with_ids_and_accepted_slogans(client):
    speech = county_party_building()
    Slogan.objects.filter(text="三会一课").update(status=Slogan.Status.REJECTED)
    record = get_json(client, f"/api/speeches/{speech.pk}")
    assert set(record) >= CONTRACT_FIELDS
    assert (record["title"], record["date"], record["speaker"]) == (
        speech.title,
        "2024-03-12",
        "县委书记",
    )
    assert record["body"] == speech.body
    part_one = record["sections"][0]
    assert part_one["id"] == Section.objects.get(speech=speech, anchor="s1").pk
    assert (part_one["level"], part_one["label"], part_one["ordinal"]) == (1, "一", 1)
    assert [child["heading"] for child in part_one["children"]] == [
        "建立报到台账",
        "把评价权交给居民",
    ]
    assert record["slogans"] == ["双报到"]


def test_missing_metadata_is_null_not_an_empty_string(client):
    record = get_json(client, f"/api/speeches/{undated_notice().pk}")
    assert record["date"] is None
    assert record["speaker"] is None and record["source_url"] is None
    assert record["sections"] == [] and record["slogans"] == []


def test_chinese_is_sent_as_utf8_not_escaped(client):
    speech = county_party_building()
    assert speech.title.encode() in client.get(f"/api/speeches/{speech.pk}").content


def test_unknown_speech_is_404(client):
    assert client.get("/api/speeches/424242").status_code == 404


def test_json_download_is_the_api_record_with_links_added(client):
    speech = county_party_building()
    record = get_json(client, f"/api/speeches/{speech.pk}")
    download = json.loads(client.get(f"/speeches/{speech.pk}/export.json").content)
    for name in CONTRACT_FIELDS - {"sections", "slogans"}:
        assert download[name] == record[name], name
    assert [node["id"] for node in download["sections"]] == [
        node["id"] for node in record["sections"]
    ]
    assert {item["text"] for item in download["slogans"]} == set(record["slogans"])
