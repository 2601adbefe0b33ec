"""Atom feeds of new speeches, overall and per slogan."""

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

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


def hostile_speech(**changes):
    """Store a speech whose metadata and opening carry what feeds must not pass on."""
    from speeches.importing import speech_import
    from speeches.parsing.types import ParsedSpeech

    body = (
        "同志们：\n今天的会很重要，<b>加粗</b>与<script>alert(1)</script>都是原文。\n"
    )
    values = {
        "title": "在全县\x1b[31m安全生产\x1b会议上的讲话",
        "body": body,
        "raw_text": body,
        "encoding": "utf-8",
        "speaker": "县长\x07王某",
        "parser_version": "test",
    }
    values.update(changes)
    return speech_import(parsed=ParsedSpeech(**values)).speech


def test_attack_an_escape_character_in_a_title_does_not_break_the_feed(client):
    speech = hostile_speech()
    slogan = Slogan.objects.create(text="安全\x1b生产", kind=Slogan.Kind.COINAGE)
    speech.mentions.create(slogan=slogan, offset=0, text="安全生产")
    for path in ("/speeches/feed/", f"/slogans/{slogan.pk}/feed/"):
        feed, items = entries(client, path)
        assert items[0][0] == "在全县[31m安全生产会议上的讲话"
        assert "\x1b" not in feed.findtext(f"{ATOM}title")


def test_attack_markup_in_a_speech_is_not_live_markup_in_a_feed_reader(client):
    hostile_speech()
    feed, _ = entries(client, "/speeches/feed/")
    summary = feed.find(f"{ATOM}entry").find(f"{ATOM}summary")
    # A feed reader renders a type="html" summary as HTML: only line breaks may be
    # markup, and the speech's own angle brackets are shown as text.
    assert summary.get("type") == "html"
    reader = SummaryReader()
    reader.feed(summary.text)
    assert set(reader.tags) == {"br"}
    shown = "".join(reader.text)
    assert "<b>加粗</b>与<script>alert(1)</script>都是原文" in shown
    assert "县长王某" in shown


class SummaryReader(HTMLParser):
    """Read a summary as a feed reader would: its elements and its visible text."""

    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)
