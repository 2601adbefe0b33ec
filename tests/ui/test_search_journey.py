"""End to end: search from the home page, open a passage, land on it with marks.

This drives the search page's DOM contract (team brief): `ol#results > li.result`,
`a.passage-link` pointing at `/speeches/<id>/?q=<query>#<section anchor>`.
"""

from __future__ import annotations

import re
import urllib.parse

import pytest
from django.core.management import call_command

from speeches.models import Section, Speech
from tests.support.browser import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Written for this test: the term 网格员轮值 occurs in one sub-section only.
SPEECH_FILE = """在白沙街道网格化治理推进会上的讲话
2025-04-18
同志们：
今天我们专门研究网格化治理，把上半年的工作再压实一遍。
一、把网格划细
（一）一格一员
每个网格配一名专职网格员，人员名单在社区公示栏张贴。
（二）推行网格员轮值
节假日实行网格员轮值，值班表提前一周公布，确保群众有事找得到人。
二、把服务做实
居民反映的问题要当天登记、三天回复，办结情况在月底的居民议事会上通报。
"""
OTHER_FILE = """在白沙街道安全生产会议上的讲话
2025-05-06
同志们：
安全生产没有旁观者，各单位要逐一排查隐患。
一、压实责任
企业负责人是第一责任人，要亲自带队检查。
"""
TERM = "网格员轮值"


@pytest.fixture
def searchable_archive(tmp_path, isolated_search_index):
    """Import two speech files into a throw-away index the way an editor would."""
    folder = tmp_path / "speeches"
    folder.mkdir()
    (folder / "baisha_grid.txt").write_text(SPEECH_FILE, encoding="utf-8")
    (folder / "baisha_safety.txt").write_text(OTHER_FILE, encoding="utf-8")
    call_command("import_speeches", str(folder), "--no-progress")
    speech = Speech.objects.get(title__contains="网格化治理")
    section = Section.objects.get(speech=speech, text__contains=TERM)
    return speech, section


def test_search_from_home_open_result_land_on_marked_section(
    page, live_server, searchable_archive
):
    speech, section = searchable_archive
    page.goto(f"{live_server.url}/")
    page.locator("#home-q").fill(TERM)
    page.locator("#home-q").press("Enter")
    page.wait_for_url(re.compile(r"/search/\?"))
    result = page.locator("ol#results > li.result", has_text=speech.title)
    assert result.count() == 1
    screenshot(page, "search-results")
    assert (
        result.locator("a.result-title")
        .get_attribute("href")
        .startswith(f"/speeches/{speech.pk}/")
    )
    passage = result.locator("a.passage-link").first
    href = urllib.parse.unquote(passage.get_attribute("href"))
    assert re.fullmatch(rf"/speeches/{speech.pk}/\?q={TERM}#{section.anchor}", href)
    assert passage.locator("mark").count() >= 1  # the snippet marks the match
    passage.click()
    page.wait_for_url(re.compile(rf"#{re.escape(section.anchor)}$"))
    target = page.evaluate("document.querySelector('section:target').id")
    assert target == section.anchor
    marks = page.locator(f"[id='{section.anchor}'] mark")
    assert TERM in "".join(marks.all_inner_texts())
    assert page.evaluate(
        """anchor => {
            const box = document.getElementById(anchor).getBoundingClientRect();
            return box.top >= 0 && box.top < window.innerHeight;
        }""",
        section.anchor,
    )
