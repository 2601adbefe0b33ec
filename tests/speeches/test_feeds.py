"""Atom feeds of new speeches, overall and per slogan."""

import xml.etree.ElementTree as ET

import pytest

from speeches.models import Slogan

from .reading_fixtures import reading_room

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    return feed, [
        (entry.findtext(f"{ATOM}title"), entry.find(f"{ATOM}link").get("href"))
        for entry in feed.findall(f"{ATOM}entry")
    ]


def test_new_speeches_feed_lists_the_latest_imports_first(client):
    speeches = reading_room()
    feed, items = entries(client, "/speeches/feed/")
    assert feed.findtext(f"{ATOM}title") == "讲话档案 · 新收录讲话"
    assert items[0] == (
        speeches["undated"].title,
        f"http://testserver/speeches/{speeches['undated'].pk}/",
    )
    assert len(items) == 4


def test_feed_summary_gives_date_speaker_and_opening(client):
    reading_room()
    response = client.get("/speeches/feed/")
    assert "2024年3月12日；县委书记" in response.content.decode()
    assert "今天召开这次推进会" in response.content.decode()


def test_slogan_feed_lists_only_speeches_using_it(client):
    speeches = reading_room()
    slogan = Slogan.objects.get(text="一村一品")
    feed, items = entries(client, f"/slogans/{slogan.pk}/feed/")
    assert "一村一品" in feed.findtext(f"{ATOM}title")
    assert [title for title, _ in items] == [speeches["town"].title]


def test_base_page_advertises_the_feed(client):
    assert 'type="application/atom+xml"' in client.get("/").text
