"""Every page works under the site's strict Content-Security-Policy, in Chromium."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from speeches.models import Revision, Section
from tests.support.browser import policy_refusals, screenshot

from .test_reading_room import archive, page_paths  # noqa: F401 (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_public_pages_load_and_run_their_script_under_the_policy(
    browser,
    live_server,
    archive,  # noqa: F811
):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    refused = policy_refusals(page)
    for name, path in page_paths(archive).items():
        response = page.goto(f"{live_server.url}{path}")
        assert "script-src 'self'" in response.headers["content-security-policy"], name
        # The stylesheet applied: the page is laid out, not raw HTML.
        assert page.evaluate("document.styleSheets.length") >= 1, name
    county = archive["county"]
    page.goto(f"{live_server.url}/speeches/{county.pk}/")
    page.locator("button.copy-link[data-anchor='s1-2']").click()
    # speech.js ran: the status is set once the clipboard's promise settles.
    expect(page.locator("#copy-status")).to_have_text("已复制")
    assert refused == []
    context.close()


def test_admin_pages_and_their_scripts_work_under_the_policy(
    browser,
    live_server,
    archive,  # noqa: F811
):
    User.objects.create_superuser("zongbian", password="Zongbian-2025-admin")
    county = archive["county"]
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    refused = policy_refusals(page)
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "zongbian")
    page.fill("#id_password", "Zongbian-2025-admin")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    # actions.js: ticking every row updates the counter.
    page.goto(f"{live_server.url}/admin/speeches/speech/")
    page.check("#action-toggle")
    total = len(archive)
    assert (
        page.locator(".action-counter").inner_text()
        == f"选中了 {total} 个中的 {total} 个"
    )
    # The change page: the date shortcuts (calendar.js) and a save.
    page.goto(f"{live_server.url}/admin/speeches/speech/{county.pk}/change/")
    assert page.locator("#id_date + .datetimeshortcuts a").first.is_visible()
    page.locator("#id_date + .datetimeshortcuts a").first.click()  # 今天
    assert page.input_value("#id_date") != ""
    first = Section.objects.filter(speech=county).order_by("position").first()
    page.fill(f"input[name='sections-{first.position}-heading']", "改过的标题")
    page.click("input[name=_continue]")
    page.wait_for_selector("ul.messagelist li.success")
    screenshot(page, "admin-change-page-under-csp", full_page=True)
    for path in (
        f"/admin/speeches/speech/{county.pk}/history/",
        "/admin/speeches/slogan/",
        "/admin/speeches/revision/",
        f"/admin/speeches/speech/{county.pk}/text/{first.pk}/",
    ):
        assert page.goto(f"{live_server.url}{path}").ok, path
    assert Revision.objects.filter(speech=county).exists()
    assert refused == []
    context.close()
