"""Searches that found nothing are counted for editors, most frequent first."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from django.contrib.auth.models import Group, User

from search.models import FruitlessQuery
from search.outbox import drain_queue
from search.service import search_speeches

from .conftest import COUNTY_PARTY_BUILDING


def test_a_search_that_finds_nothing_is_counted_once_per_search(indexed):
    indexed(COUNTY_PARTY_BUILDING)
    search_speeches(q="不存在的提法")
    search_speeches(q="  不存在的提法 ")
    search_speeches(q="双报到")  # found: not counted
    search_speeches(q="")  # no query: not counted
    (row,) = FruitlessQuery.objects.all()
    assert (row.text, row.count) == ("不存在的提法", 2)


def test_editors_see_them_most_frequent_first_and_cannot_change_them(indexed, client):
    indexed(COUNTY_PARTY_BUILDING)
    for query in ["甲提法", "乙提法", "乙提法"]:
        search_speeches(q=query)
    editor = User.objects.create_user("editor1", password="pw-123456", is_staff=True)
    editor.groups.add(Group.objects.get(name="editor"))
    client.force_login(editor)
    page = client.get("/admin/search/fruitlessquery/").content.decode()
    assert page.index("乙提法") < page.index("甲提法")
    row = FruitlessQuery.objects.get(text="甲提法")
    assert (
        client.post(f"/admin/search/fruitlessquery/{row.pk}/delete/").status_code == 403
    )
    assert "/admin/search/fruitlessquery/add/" not in page


def test_nothing_personal_is_kept():
    fields = {field.name for field in FruitlessQuery._meta.get_fields()}
    assert fields == {"id", "text", "count", "last_seen"}


def test_api_results_carry_the_date_and_the_delivered_day(indexed, client):
    (county,) = indexed(COUNTY_PARTY_BUILDING)
    county.delivered = "2023-06"
    county.save()
    drain_queue()
    result = client.get("/api/search?q=" + quote("双报到")).json()["results"][0]
    assert result["date"] == "2023-06-18"
    assert result["delivered"] == "2023-06"


def test_newest_first_and_years_follow_the_day_the_speech_was_given(indexed):
    old_page, _new_page = indexed(
        dict(title="甲", body="双报到", date=dt.date(2024, 1, 1)),
        dict(title="乙", body="双报到", date=dt.date(2020, 1, 1)),
    )
    old_page.delivered = "1954"  # published 2024, given in 1954
    old_page.save()
    drain_queue()
    result = search_speeches(q="双报到", sort="newest")
    assert [hit.speech.title for hit in result.hits] == ["乙", "甲"]
    assert {value.value for value in result.facets["year"]} == {"1954", "2020"}
