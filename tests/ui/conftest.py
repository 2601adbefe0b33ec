"""Real Chromium (Debian's, through Playwright) against Django's live server."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from django.urls import Resolver404, resolve

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = ROOT / "var" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


@pytest.fixture(scope="module")
def browser():
    """Start one headless Chromium for a test module; skip when it is missing."""
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = Path(os.environ.get("CHROMIUM_PATH", CHROMIUM))
    if not executable.exists() and not shutil.which(str(executable)):
        pytest.skip(f"{executable} is absent: `make browser-deps` installs chromium")
    # Playwright's sync API runs an event loop in this thread; Django's ORM then
    # refuses to run unless told that the test code is really synchronous.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_api.sync_playwright().start()
    chromium = playwright.chromium.launch(
        executable_path=str(executable), headless=True, args=CHROMIUM_ARGS
    )
    yield chromium
    chromium.close()
    playwright.stop()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser, request):
    """Open a desktop-sized page; save a screenshot named after the test at the end."""
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    if not page.is_closed() and page.url.startswith("http"):
        page.screenshot(path=SCREENSHOTS / f"{request.node.name}.png")
    context.close()


def screenshot(page, name: str, *, full_page: bool = False) -> Path:
    """Save a screenshot under var/screenshots and return its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=path, full_page=full_page)
    return path


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
