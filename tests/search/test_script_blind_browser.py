"""In Chromium: either script finds both, and the speech page marks what search found."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.core.management import call_command

from search.engines.connection import use_index
from speeches.models import Speech
from tests.support.browser import chromium, screenshot
from tests.support.index import empty_whoosh_index

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Written for this test: one report in traditional characters, one in simplified.
TRADITIONAL_FILE = """一九五四年政府工作報告（節選）
1954-09-23
各位代表：
一、關於第一個五年計劃
我們正在執行第一個五年計劃，發展國民經濟。
"""
SIMPLIFIED_FILE = """回顾第一个五年计划的讲话
2024-03-01
同志们：
一、历史的经验
第一个五年计划奠定了工业化的初步基础。
"""


@pytest.fixture
def two_scripts(tmp_path):
    previous = settings.WHOOSH_INDEX_PATH
    use_index(tmp_path / "whoosh")
    empty_whoosh_index()
    folder = tmp_path / "speeches"
    folder.mkdir()
    (folder / "traditional.txt").write_text(TRADITIONAL_FILE, encoding="utf-8")
    (folder / "simplified.txt").write_text(SIMPLIFIED_FILE, encoding="utf-8")
    call_command("import_speeches", str(folder), "--no-progress")
    yield Speech.objects.get(title__contains="報告")
    use_index(previous)


@pytest.fixture
def page():
    with chromium() as browser:
        context = browser.new_context(
            viewport={"width": 1280, "height": 900}, locale="zh-CN"
        )
        page = context.new_page()
        page.set_default_timeout(15_000)
        yield page
        context.close()


def test_a_simplified_query_finds_and_marks_a_traditional_speech(
    page, live_server, two_scripts
):
    page.goto(f"{live_server.url}/search/?q=第一个五年计划")
    results = page.locator("ol#results > li.result")
    assert results.count() == 2
    traditional = results.filter(has_text=two_scripts.title)
    assert traditional.locator("mark").first.inner_text() == "第一個五年計劃"
    screenshot(page, "search-simplified-finds-traditional")
    traditional.locator("a.passage-link").first.click()
    page.wait_for_url(re.compile(rf"/speeches/{two_scripts.pk}/"))
    marks = page.locator("article mark, main mark").all_inner_texts()
    assert marks and set(marks) == {"第一個五年計劃"}
    screenshot(page, "speech-marks-traditional")


def test_a_traditional_query_finds_a_simplified_speech_unless_exact(
    page, live_server, two_scripts
):
    page.goto(f"{live_server.url}/search/?q=第一個五年計劃")
    assert page.locator("ol#results > li.result").count() == 2
    page.locator("#script-exact").check()
    page.locator("form.search-options button[type=submit]").click()
    page.wait_for_url(re.compile(r"script=exact"))
    results = page.locator("ol#results > li.result")
    assert results.count() == 1
    assert two_scripts.title in results.first.inner_text()
    screenshot(page, "search-exact-script")
