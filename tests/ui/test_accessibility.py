"""Every page type passes axe-core in Chromium with no serious or critical violation.

axe-core is the engine behind Lighthouse's and most browsers' accessibility audits;
the PyPI package axe-playwright-python ships a pinned copy (axe.min.js), so
`make test` needs no npm. We run the WCAG 2.0/2.1 A and AA rules plus axe's best
practices, and fail on the two impacts that block or badly hinder a reader.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from tests.speeches.reading_fixtures import reading_room
from tests.support.browser import screenshot

from .conftest import PHONE
from .test_reading_room import page_paths

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BLOCKING_IMPACTS = {"serious", "critical"}
PASSWORD = "Qingshi-2025-reader"
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}


@pytest.fixture
def archive(live_server, isolated_search_index):
    return reading_room() | {"wide": reading_room_wide()}


def reading_room_wide():
    from tests.speeches.reading_fixtures import Part, speech_add

    return speech_add(
        title="在数字政府建设培训班上的讲话",
        preamble="同志们：\n请大家登录政务平台学习。",
        parts=[Part("一", "推进“一网通办”", "让群众办事“一网通办”。")],
        slogans=["一网通办"],
    )


def blocking_violations(page) -> list[str]:
    """Run axe-core on the page; return its serious and critical violations."""
    axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe()
    results = axe.run(page, options=AXE_OPTIONS).response
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} -> "
        + "; ".join(", ".join(node["target"]) for node in violation["nodes"][:3])
        for violation in results["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_every_page_type_has_no_serious_accessibility_violation(
    browser, live_server, archive, viewport
):
    size = PHONE if viewport == "phone" else {"width": 1280, "height": 900}
    context = browser.new_context(viewport=size, locale="zh-CN")
    page = context.new_page()
    found = {}
    for name, path in page_paths(archive).items():
        page.goto(f"{live_server.url}{path}")
        violations = blocking_violations(page)
        if violations:
            found[name] = violations
        screenshot(page, f"axe-{viewport}-{name}")
    context.close()
    assert found == {}


def test_the_refusal_page_has_no_serious_accessibility_violation(
    browser, live_server, archive
):
    User.objects.create_user("bianji", password=PASSWORD, is_staff=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "bianji")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    response = page.goto(f"{live_server.url}/admin/auth/user/")
    assert response.status == 403
    assert blocking_violations(page) == []
    screenshot(page, "axe-desktop-forbidden")
    context.close()


def test_axe_does_catch_a_serious_violation(browser, live_server, archive):
    """Guard the check itself: an unlabelled input must be reported."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server.url}/speeches/")
    page.evaluate(
        "document.querySelector('#f-year').removeAttribute('id');"
        "document.querySelector('main').insertAdjacentHTML('beforeend',"
        " '<input type=text>');"
    )
    assert any("label" in violation for violation in blocking_violations(page))
    context.close()
