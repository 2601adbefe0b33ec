"""Reading the archive in a real browser: lists, speech anchors, marks, slogans, phone."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from speeches.models import Slogan
from tests.speeches.reading_fixtures import Part, reading_room, speech_add
from tests.support.browser import screenshot

from .conftest import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def archive(live_server, isolated_search_index):
    """Import our own speeches, plus one with an unbroken URL that could widen pages."""
    speeches = reading_room()
    speeches["wide"] = speech_add(
        title="在数字政府建设培训班上的讲话",
        preamble="同志们：\n培训材料放在 https://example.org/"
        + "digital-government-training-materials-" * 6
        + " 上，请大家下载。",
        parts=[Part("一", "推进“一网通办”", "要让群众办事“一网通办”、少跑腿。")],
        slogans=["一网通办"],
    )
    return speeches


def in_viewport(page, selector: str) -> bool:
    """Return whether the top of an element is inside the visible window."""
    return page.evaluate(
        """selector => {
            const box = document.querySelector(selector).getBoundingClientRect();
            return box.top >= 0 && box.top < window.innerHeight;
        }""",
        selector,
    )


def test_open_a_speech_from_the_list_and_jump_to_a_section(page, live_server, archive):
    page.goto(f"{live_server.url}/speeches/")
    page.get_by_role("link", name="在清河县城市基层党建工作推进会上的讲话").click()
    page.wait_for_url(re.compile(r"/speeches/\d+/$"))
    assert page.locator("h1").inner_text() == "在清河县城市基层党建工作推进会上的讲话"
    page.locator("nav.toc a[href='#s2']").click()
    page.wait_for_url(re.compile(r"#s2$"))
    assert in_viewport(page, "#s2")
    assert page.evaluate("document.querySelector('section:target').id") == "s2"


def test_search_link_lands_on_the_section_with_the_term_marked(
    page, live_server, archive
):
    county = archive["county"]
    page.goto(f"{live_server.url}/speeches/{county.pk}/?q=台账#s1-1")
    assert page.evaluate("document.querySelector('section:target').id") == "s1-1"
    assert in_viewport(page, "#s1-1")
    marks = page.locator("#s1-1 mark")
    # Once in the heading "建立报到台账", once in its text.
    assert marks.all_inner_texts() == ["台账", "台账"]
    assert marks.first.is_visible()
    assert "共出现 2 处" in page.locator("#query-notice").inner_text()


def test_slogan_page_shows_its_chart_and_contexts_and_leads_to_the_passage(
    page, live_server, archive
):
    slogan = Slogan.objects.get(text="双报到")
    page.goto(f"{live_server.url}/slogans/{slogan.pk}/")
    chart = page.locator("svg.usage-chart")
    assert chart.is_visible()
    assert chart.locator("rect.mentions").count() == 2  # 2023 and 2024
    box = chart.bounding_box()
    # two years: two slots wide, not one slab stretched across the page
    assert 200 < box["width"] < 400 and box["height"] > 100
    contexts = page.locator("#contexts > li")
    assert contexts.count() == 4
    assert contexts.first.locator("mark").inner_text() == "双报到"
    # The county speech's first context sits in part one: follow it to the passage.
    county_context = page.locator("#contexts > li", has_text="清河县").first
    county_context.locator(".kwic-source a").first.click()
    page.wait_for_url(re.compile(r"\?q=.+#s1$"))
    assert page.evaluate("document.querySelector('section:target').id") == "s1"
    assert page.locator("#s1 mark").first.inner_text() == "双报到"


def test_list_filters_change_the_results(page, live_server, archive):
    page.goto(f"{live_server.url}/speeches/")
    rows = page.locator("#speech-list > li")
    assert rows.count() == 5
    page.get_by_label("年份").select_option("2024")
    page.get_by_role("button", name="筛选").click()
    page.wait_for_url(re.compile(r"year=2024"))
    assert rows.count() == 1
    assert "清河县" in rows.first.inner_text()
    page.get_by_label("年份").select_option("")
    page.get_by_label("只看含提法的讲话").check()
    page.get_by_label("排序").select_option("oldest")
    page.get_by_role("button", name="筛选").click()
    page.wait_for_url(re.compile(r"has_slogan=1"))
    titles = rows.locator(".speech-row-title").all_inner_texts()
    assert "在春季防火工作部署会上的讲话" not in titles  # it has no slogan
    assert titles[0] == "在江安市社区治理现场会上的讲话（节选）"  # oldest first
    assert "符合条件的讲话 4 篇" in page.locator("#list-count").inner_text()


def test_copy_link_puts_the_section_url_on_the_clipboard(browser, live_server, archive):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    county = archive["county"]
    page.goto(f"{live_server.url}/speeches/{county.pk}/?q=党员")
    page.locator("button.copy-link[data-anchor='s1-2']").click()
    # The status is set once the clipboard's promise settles.
    expect(page.locator("#copy-status")).to_have_text("已复制")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == f"{live_server.url}/speeches/{county.pk}/#s1-2"
    screenshot(page, "test_copy_link_puts_the_section_url_on_the_clipboard")
    context.close()


def page_paths(archive) -> dict[str, str]:
    """Return one path of every page type, named."""
    county = archive["county"]
    slogan = Slogan.objects.get(text="双报到")
    return {
        "home": "/",
        "speech-list": "/speeches/?has_slogan=1",
        "speech": f"/speeches/{county.pk}/?q=党员#s1-2",
        "speech-wide": f"/speeches/{archive['wide'].pk}/",
        "speech-without-contents": f"/speeches/{archive['undated'].pk}/",
        "speech-raw": f"/speeches/{archive['wide'].pk}/raw/",
        "slogan-list": "/slogans/",
        "slogan": f"/slogans/{slogan.pk}/",
        "not-found": "/speeches/999999/",
        "search": "/search/?q=双报到",
    }


def test_phone_layout_has_no_horizontal_scroll_on_any_page(
    browser, live_server, archive
):
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    too_wide = {}
    for name, path in page_paths(archive).items():
        page.goto(f"{live_server.url}{path}")
        widths = page.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth]"
        )
        if widths[0] > widths[1]:
            too_wide[name] = widths
        screenshot(page, f"phone-{name}")
    context.close()
    assert too_wide == {}


def test_phone_speech_page_folds_its_contents(browser, live_server, archive):
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/speeches/{archive['county'].pk}/")
    assert page.evaluate("document.querySelector('.toc details').open") is False
    screenshot(page, "test_phone_speech_page_folds_its_contents")
    context.close()


def test_phone_search_shows_the_first_result_before_the_facets(
    browser, live_server, archive
):
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/search/?q=" + "双报到")
    assert in_viewport(page, "#results .result")
    page.click(".to-facets")
    assert in_viewport(page, "#facets")
    screenshot(page, "test_phone_search_shows_the_first_result_before_the_facets")
    context.close()


def test_keyboard_focus_is_visible_from_skip_link_to_content(
    page, live_server, archive
):
    page.goto(f"{live_server.url}/speeches/{archive['county'].pk}/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    box = skip.bounding_box()
    assert box["y"] >= 0 and box["height"] > 0  # moved into view when focused
    assert outline(page) != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next stops are inside the main content, each with a visible outline.
    for _ in range(3):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('main') !== null")
        assert outline(page) != "none"
    screenshot(page, "test_keyboard_focus_is_visible_from_skip_link_to_content")


def outline(page) -> str:
    """Return the focused element's outline as 'style width color', or 'none'."""
    return page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
                return 'none';
            }
            return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
        }"""
    )
