"""Real Chromium (Debian's, through Playwright) against Django's live server."""

from __future__ import annotations

import pytest
from django.urls import Resolver404, resolve

from tests.support.browser import chromium, screenshot

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


def search_is_routed() -> bool:
    """Return whether this build has the search page (the search app adds it)."""
    try:
        resolve("/search/")
    except Resolver404:
        return False
    return True


@pytest.fixture
def isolated_search_index(tmp_path, settings, monkeypatch):
    """Point the search index at a temporary folder for this test."""
    index = tmp_path / "whoosh"
    settings.WHOOSH_INDEX_PATH = index
    # haystack keeps this very dict and builds each thread's backend from it.
    monkeypatch.setitem(settings.HAYSTACK_CONNECTIONS["default"], "PATH", str(index))
    import haystack

    haystack.connections.reload("default")
    return index
