"""Real Chromium (Debian's, through Playwright) against Django's live server."""

from __future__ import annotations

import pytest
from django.conf import settings

from search.engines.connection import use_index
from tests.support.browser import chromium, screenshot
from tests.support.index import empty_whoosh_index

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


@pytest.fixture(scope="module")
def browser():
    """Start one headless Chromium for a test module; skip when it is missing."""
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser, request):
    """Open a desktop-sized page; save a screenshot named after the test at the end."""
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    if not page.is_closed() and page.url.startswith("http"):
        screenshot(page, request.node.name)
    context.close()


@pytest.fixture
def isolated_search_index(tmp_path):
    """Point search at an empty index in a temporary folder for this test."""
    previous = settings.WHOOSH_INDEX_PATH
    use_index(tmp_path / "whoosh")
    empty_whoosh_index()
    yield tmp_path / "whoosh"
    use_index(previous)
