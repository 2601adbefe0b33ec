"""Text reuse, comparison, citations, slogan comparison and search feeds in Chromium."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from reuse.models import Relation
from search.outbox import drain_queue
from speeches.models import Slogan
from tests.reuse.test_maintenance import prose
from tests.search.conftest import make_speech
from tests.support.browser import screenshot

from .conftest import DESKTOP, PHONE
from .test_accessibility import blocking_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def archive(live_server, isolated_search_index):
    """A provincial speech quoted by a city speech and again by a county one."""
    quoted = prose(41, 6)
    province = make_speech(
        "在全省基层治理工作会议上的讲话",
        "同志们：\n"
        + prose(42, 6)
        + "\n一、抓实基层治理\n"
        + quoted
        + "\n二、强化保障\n"
        + prose(43, 5)
        + "要抓好“双报到”，牵住“牛鼻子”。",
        date=dt.date(2021, 4, 2),
        speaker="省委书记",
        site="省委网站",
        slogans=("双报到", "牛鼻子"),
    )
    city = make_speech(
        "在全市基层治理推进会上的讲话",
        "同志们：\n"
        + prose(44, 4)
        + "\n一、传达全省会议精神\n"
        + quoted
        + "\n"
        + prose(45, 4)
        + "要推动“双报到”落地。",
        date=dt.date(2022, 5, 6),
        speaker="市委书记",
        slogans=("双报到",),
    )
    county = make_speech(
        "在全县基层治理工作会议上的讲话",
        "同志们：\n" + quoted + "\n" + prose(46, 5) + "做到“网格全覆盖”。",
        date=dt.date(2023, 6, 7),
        speaker="县委书记",
        slogans=("网格全覆盖",),
    )
    drain_queue(blocking=True)
    assert Relation.objects.filter(speech=county).count() == 2
    return {"province": province, "city": city, "county": county}


def test_a_reused_passage_names_the_other_speeches_earliest_first(
    page, live_server, archive
):
    county = archive["county"]
    page.goto(f"{live_server.url}/speeches/{county.pk}/")
    passage = page.locator(".reused-passage").first
    assert "也见于 2 篇讲话" in passage.inner_text()
    others = passage.locator(".reused-others > li > a:not(.compare-link)")
    assert others.all_inner_texts() == [
        archive["province"].title,
        archive["city"].title,
    ]
    # Marked in the text too, with a link to the panel's entry at its start.
    expect(page.locator("html")).to_have_attribute("data-reuse-marked", "1")
    assert page.evaluate("CSS.highlights.get('reused').size") == 1
    badge = page.locator(".speech-text a.reuse-badge")
    assert badge.inner_text() == "也见于 2 篇"
    badge.scroll_into_view_if_needed()
    screenshot(page, "research-reuse-marks-in-text")
    badge.click()
    page.wait_for_url(re.compile(r"#reused-1$"))
    passage.scroll_into_view_if_needed()
    screenshot(page, "research-reuse-marks")
    passage.locator("a.compare-link").first.click()
    page.wait_for_url(re.compile(r"/compare/\?a=\d+&b=\d+$"))
    assert page.locator("tr.row-shared").count() >= 1
    assert page.locator("tr.row-shared mark").count() >= 1
    assert "网格全覆盖" in page.locator("#only-left").inner_text()
    assert "双报到" in page.locator("#only-right").inner_text()
    screenshot(page, "research-compare", full_page=True)


def test_compare_with_another_speech_typed_by_its_address(page, live_server, archive):
    province, city = archive["province"], archive["city"]
    page.goto(f"{live_server.url}/speeches/{province.pk}/")
    page.get_by_label("与另一篇对照（讲话编号或网址）").fill(
        f"{live_server.url}/speeches/{city.pk}/"
    )
    page.locator("form.compare-with button").click()
    page.wait_for_url(re.compile(r"/compare/"))
    headers = page.locator(".compare-table thead th").all_inner_texts()
    assert headers[0].startswith(province.title) and headers[1].startswith(city.title)
    assert "双报到" in page.locator("#both-slogans").inner_text()


def test_citation_copy_buttons_put_the_citation_on_the_clipboard(
    browser, live_server, archive
):
    context = browser.new_context(
        viewport=DESKTOP,
        locale="zh-CN",
        permissions=["clipboard-read", "clipboard-write"],
    )
    page = context.new_page()
    province = archive["province"]
    page.goto(f"{live_server.url}/speeches/{province.pk}/#cite")
    page.locator("button[data-copy='cite-gbt']").click()
    expect(page.locator("button[data-copy='cite-gbt']")).to_contain_text("已复制")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#cite-gbt").inner_text()
    assert copied.startswith(
        "省委书记. 在全省基层治理工作会议上的讲话[EB/OL]. (2021-04-02)["
    )
    assert copied.endswith(f"/s/{province.pk}.")
    page.locator("button[data-copy='cite-bibtex']").click()
    expect(page.locator("button[data-copy='cite-bibtex']")).to_contain_text("已复制")
    assert page.evaluate("navigator.clipboard.readText()").startswith(
        f"@misc{{speech-{province.pk},"
    )
    page.get_by_label("引用范围").select_option("s2")
    page.get_by_role("button", name="生成引文").click()
    page.wait_for_url(re.compile(r"cite=s2#cite$"))
    assert (
        "在全省基层治理工作会议上的讲话: 二、强化保障[EB/OL]"
        in page.locator("#cite-gbt").inner_text()
    )
    page.locator("button[data-copy='cite-url']").click()
    expect(page.locator("button[data-copy='cite-url']")).to_contain_text("已复制")
    short = page.evaluate("navigator.clipboard.readText()")
    assert short.endswith(f"/s/{province.pk}/2")
    page.goto(short)
    assert page.url.endswith(f"/speeches/{province.pk}/#s2")
    page.goto(f"{live_server.url}/speeches/{province.pk}/?cite=s2#cite")
    screenshot(page, "research-citations")
    context.close()


def test_slogan_comparison_chart_and_its_table(page, live_server, archive):
    page.goto(f"{live_server.url}/slogans/compare/")
    page.get_by_label("提法 1").fill("双报到")
    page.get_by_label("提法 2").fill("网格全覆盖")
    page.get_by_role("button", name="对比").click()
    page.wait_for_url(re.compile(r"/slogans/compare/\?s="))
    assert page.locator("#chart-speeches .series").count() == 2
    assert page.locator("#chart-rate .series").count() == 2
    rows = page.locator("#slogan-compare-table tbody tr").all_inner_texts()
    assert [row.split()[0] for row in rows] == ["2021", "2022", "2023"]
    assert rows[0].split()[1:4] == ["1", "1", rows[0].split()[3]]
    screenshot(page, "research-slogan-compare", full_page=True)


def test_a_followed_search_is_an_atom_feed_of_the_matching_speeches(
    page, live_server, archive
):
    response = page.goto(f"{live_server.url}/search/feed/?q=双报到")
    assert response.headers["content-type"].startswith("application/atom+xml")
    text = page.content()
    assert archive["province"].title in text and archive["city"].title in text
    assert archive["county"].title not in text
    screenshot(page, "research-search-feed")


def test_the_search_page_links_its_feed_with_the_query_and_filters(
    page, live_server, archive
):
    page.goto(f"{live_server.url}/search/?q=双报到&year=2022")
    alternate = page.locator(
        "link[rel='alternate'][type='application/atom+xml'][href*='/search/feed/']"
    )
    expect(alternate).to_have_count(1)
    assert "双报到" in alternate.get_attribute("title")
    link = page.locator("#search-feed")
    expect(link).to_have_text("订阅此检索的新讲话（Atom）")
    href = link.get_attribute("href")
    assert href == alternate.get_attribute("href")
    assert href.startswith("/search/feed/?") and "year=2022" in href
    link.scroll_into_view_if_needed()
    screenshot(page, "research-search-feed-link")
    response = page.goto(f"{live_server.url}{href}")
    assert response.headers["content-type"].startswith("application/atom+xml")
    text = page.content()
    assert archive["city"].title in text
    assert archive["province"].title not in text  # 2021: filtered out
    page.goto(f"{live_server.url}/search/")
    expect(page.locator("#search-feed")).to_have_count(0)
    expect(page.locator("link[href*='/search/feed/']")).to_have_count(0)


def test_a_slogan_page_leads_to_comparing_the_slogan_with_others(
    page, live_server, archive
):
    slogan = Slogan.objects.get(text="双报到")
    page.goto(f"{live_server.url}{slogan.get_absolute_url()}")
    page.locator("#compare-slogans").click()
    page.wait_for_url(re.compile(r"/slogans/compare/\?s="))
    expect(page.get_by_label("提法 1")).to_have_value("双报到")
    assert page.locator("#chart-speeches .series").count() == 1
    page.get_by_label("提法 2").fill("牛鼻子")
    page.get_by_role("button", name="对比").click()
    page.wait_for_url(re.compile(r"/slogans/compare/\?s=.*&s="))
    assert page.locator("#chart-speeches .series").count() == 2
    screenshot(page, "research-slogan-to-compare", full_page=True)


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_research_pages_have_no_serious_accessibility_violation(
    browser, live_server, archive, viewport
):
    context = browser.new_context(
        viewport=PHONE if viewport == "phone" else DESKTOP, locale="zh-CN"
    )
    page = context.new_page()
    county, city = archive["county"], archive["city"]
    paths = {
        "speech": f"/speeches/{county.pk}/",
        "compare": f"/compare/?a={county.pk}&b={city.pk}",
        "compare-missing": "/compare/?a=1&b=999999",
        "slogan-compare": "/slogans/compare/?s=双报到&s=网格全覆盖",
        "search-with-feed": "/search/?q=双报到",
    }
    found = {}
    for name, path in paths.items():
        page.goto(f"{live_server.url}{path}")
        violations = blocking_violations(page)
        if violations:
            found[name] = violations
        screenshot(page, f"axe-research-{viewport}-{name}", full_page=True)
    context.close()
    assert found == {}
