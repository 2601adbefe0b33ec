"""An editor repairs a speech in real Chromium at 1366 px, under the site's CSP."""

from __future__ import annotations

import pytest

from speeches.importing import speech_import
from speeches.models import Section
from tests.support.browser import chromium as support_chromium
from tests.support.browser import policy_refusals, screenshot

from .conftest import EDITOR_PASSWORD, parsed_from_outline

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LAPTOP = {"width": 1366, "height": 768}
# Headings as long as real ones, to see that they do not widen the table.
OUTLINE = [
    (
        1,
        "一",
        "坚持以创新理论为指导，全面落实全县工作会议部署",
        "要把学习贯彻会议部署作为当前的头等大事。\n第二\n狠抓工作落实\n"
        "要压实“两个责任”，层层传导压力，确保各项任务落到实处。",
    ),
    (2, "（一）", "深入学习领会", "各级党组织要组织专题学习。"),
    (1, "三", "加强组织领导", "各级党委要扛起主体责任。"),
]


@pytest.fixture(scope="module")
def chromium():
    with support_chromium() as browser:
        yield browser


@pytest.fixture
def laptop(chromium):
    context = chromium.new_context(locale="zh-CN", viewport=LAPTOP)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.violations = policy_refusals(page)
    yield page
    context.close()


def log_in(page, live_server):
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "bianji")
    page.fill("#id_password", EDITOR_PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def test_the_section_table_fits_a_1366_px_screen_and_splits_at_a_lone_label(
    laptop, live_server, editor_user
):
    speech = speech_import(
        parsed=parsed_from_outline(OUTLINE, title="在全市党建工作会议上的讲话")
    ).speech
    log_in(laptop, live_server)
    laptop.goto(f"{live_server.url}/admin/speeches/speech/{speech.pk}/change/")
    table = laptop.locator("#sections-group table")
    table.scroll_into_view_if_needed()
    widths = laptop.evaluate(
        """() => {
            const table = document.querySelector('#sections-group table');
            const box = table.closest('.tabular') || table.parentElement;
            return {page: document.documentElement.scrollWidth,
                    window: window.innerWidth,
                    table: table.getBoundingClientRect().right,
                    boxScroll: box.scrollWidth, boxClient: box.clientWidth};
        }"""
    )
    screenshot(laptop, "editor-section-table-1366", full_page=True)
    assert widths["page"] <= widths["window"], widths
    assert widths["table"] <= widths["window"], widths
    assert widths["boxScroll"] <= widths["boxClient"] + 1, widths

    first = Section.objects.get(speech=speech, anchor="s1").position
    laptop.fill(f"input[name='sections-{first}-split_at']", "第二")
    laptop.click("input[name=_continue]")
    laptop.wait_for_selector("ul.messagelist li.success")
    headings = list(
        Section.objects.filter(speech=speech)
        .order_by("position")
        .values_list("label", "heading")
    )
    assert ("第二", "狠抓工作落实") in headings
    assert laptop.violations == []


def test_the_body_is_edited_section_by_section_in_the_browser(
    laptop, live_server, editor_user
):
    speech = speech_import(
        parsed=parsed_from_outline(OUTLINE, title="在全市党建工作会议上的讲话")
    ).speech
    target = Section.objects.get(speech=speech, anchor="s2")
    log_in(laptop, live_server)
    laptop.goto(f"{live_server.url}/admin/speeches/speech/{speech.pk}/change/")
    laptop.locator(f"a[href$='/text/{target.pk}/']").click()
    laptop.fill("textarea[name=text]", "各级党委要扛起主体责任。\n书记要亲自抓。")
    screenshot(laptop, "editor-section-text-edit")
    laptop.click("#text-edit-form input[type=submit]")
    laptop.wait_for_selector("ul.messagelist li.success")
    target.refresh_from_db()
    assert target.text == "各级党委要扛起主体责任。\n书记要亲自抓。"
    assert laptop.violations == []
