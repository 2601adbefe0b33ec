"""A followed search: the Atom feed of speeches matching any query."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from django.test import Client

from speeches.models import Speech
from tests.search.conftest import (
    CITY_RECRUITS,
    COUNTY_PARTY_BUILDING,
    PROVINCE_WORK_REPORT,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def feed(client, query: str):
    response = client.get("/search/feed/", {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def test_the_feed_lists_the_matching_speeches_newest_added_first(indexed):
    county, _city, _province = indexed(
        COUNTY_PARTY_BUILDING, CITY_RECRUITS, PROVINCE_WORK_REPORT
    )
    # 报到 is in the county and province speeches (and city's 到岗报到).
    Speech.objects.filter(pk=county.pk).update(
        created_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    )
    root = feed(Client(), "报到")
    titles = [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]
    assert titles == [
        PROVINCE_WORK_REPORT["title"],
        CITY_RECRUITS["title"],
        COUNTY_PARTY_BUILDING["title"],
    ]
    assert "报到" in root.findtext(f"{ATOM}title")
    first = next(root.iter(f"{ATOM}entry"))
    assert "<mark>报到</mark>" in first.findtext(f"{ATOM}summary")


def test_the_feed_keeps_the_searchs_filters_and_operators(indexed):
    indexed(COUNTY_PARTY_BUILDING, CITY_RECRUITS, PROVINCE_WORK_REPORT)
    client = Client()
    root = ET.fromstring(
        client.get("/search/feed/", {"q": "报到 -考核", "level": "省"}).content
    )
    titles = [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]
    assert titles == [PROVINCE_WORK_REPORT["title"]]
    links = [link.get("href") for link in root.iter(f"{ATOM}link")]
    assert any("level=" in href and "/search/" in href for href in links)


@pytest.mark.parametrize("query", ["", "   ", "\x00"])
def test_a_feed_without_a_query_is_not_found(db, query):
    assert Client().get("/search/feed/", {"q": query}).status_code == 404


@pytest.mark.parametrize("query", ['"', "-", "OR", "*", "（一）", "a" * 5000, "雙報到"])
def test_odd_queries_give_a_feed_never_an_error(indexed, query):
    indexed(COUNTY_PARTY_BUILDING)
    assert Client().get("/search/feed/", {"q": query}).status_code in (200, 404)
