"""What helps a reader find their way in a long speech, in a real Chromium.

A speech without headings uses the width the contents would have taken; a search hit
opens with its match in view, and the reader steps from match to match with the mouse
or the keyboard; the contents show which section is being read; no page load asks
for a file that is not there.
"""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command

from speeches.models import Section, Speech
from tests.speeches.reading_fixtures import reading_room, speech_add
from tests.support.browser import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDE = {"width": 1366, "height": 768}
TERM = "接诉即办"

# Written for these tests: sentences of a district's report on handling residents'
# calls, repeated into paragraphs long enough to push a match a screen down.
FILLER = (
    "街道要把群众反映的问题逐条登记，分类交办，限时反馈。",
    "社区工作者每周入户走访，把居民的意见带回议事会讨论。",
    "对反复出现的老问题，要追到根子上，拿出长效的办法。",
    "各部门办理情况每月通报一次，排名靠后的要说明原因。",
)


def filler(paragraphs: int, *, seed: int = 0) -> str:
    """Return paragraphs of plain report prose, one a line, none holding TERM."""
    lines = []
    for index in range(paragraphs):
        sentences = [FILLER[(seed + index + k) % len(FILLER)] for k in range(5)]
        lines.append("".join(sentences))
    return "\n".join(lines)


def long_speech_file() -> str:
    """Return a speech file whose second part holds seven matches, the first far down."""
    matches = "\n".join(
        f"第{number}件事，{TERM}的工单要在规定时间内办结，{filler(1, seed=seed)}"
        for seed, number in enumerate("一二三四五六七")
    )
    return "\n".join(
        [
            "在河西区接诉即办工作推进会上的讲话",
            "2025-05-20",
            "同志们：",
            filler(2),
            "一、回顾去年的工作",
            filler(6, seed=1),
            "二、抓好今年的重点",
            filler(12, seed=2),
            matches,
            "三、加强组织保障",
            filler(8, seed=3),
            "",
        ]
    )


@pytest.fixture
def long_speech(tmp_path, isolated_search_index) -> tuple[Speech, Section]:
    """Import the long speech and a short one through the importer and the index."""
    folder = tmp_path / "speeches"
    folder.mkdir()
    (folder / "hexi.txt").write_text(long_speech_file(), encoding="utf-8")
    call_command("import_speeches", str(folder), "--no-progress")
    speech = Speech.objects.get(title__contains="河西区")
    return speech, Section.objects.get(speech=speech, heading__contains="今年的重点")


def box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


def in_view(page, selector: str) -> bool:
    """Tell whether the element is wholly inside the window, above the mark bar."""
    return page.evaluate(
        """selector => {
            const element = document.querySelector(selector);
            const rect = element.getBoundingClientRect();
            const bar = document.getElementById('mark-nav');
            const covered = bar && !bar.hidden ? bar.getBoundingClientRect().top : innerHeight;
            return rect.top >= 0 && rect.bottom <= Math.min(innerHeight, covered);
        }""",
        selector,
    )


def test_a_speech_without_headings_uses_the_full_width_at_1366px(
    browser, live_server, isolated_search_index
):
    room = reading_room()
    plain = speech_add(
        title="在青石乡防汛工作会议上的讲话",
        preamble="同志们：\n" + filler(6),
        slogans=[],
    )
    context = browser.new_context(viewport=WIDE, locale="zh-CN")
    page = context.new_page()
    page.goto(f"{live_server.url}/speeches/{plain.pk}/")
    assert page.locator("nav.toc").count() == 0
    layout, text, aside = (
        box(page, ".speech-layout"),
        box(page, ".speech-text"),
        box(page, ".speech-aside"),
    )
    columns = page.evaluate(
        "getComputedStyle(document.querySelector('.speech-layout'))"
        ".gridTemplateColumns.split(' ').length"
    )
    assert columns == 2  # the text and the aside: no empty contents column
    assert text["x"] == pytest.approx(layout["x"], abs=1)  # the text starts at the left
    assert text["width"] >= 600  # the reading measure, not a 240 px strip
    assert aside["x"] >= text["x"] + text["width"]  # the slogans sit beside it
    assert aside["y"] == pytest.approx(text["y"], abs=1)
    assert aside["x"] + aside["width"] == pytest.approx(
        layout["x"] + layout["width"], abs=1
    )
    screenshot(page, "wide-speech-without-headings", full_page=True)

    # A speech with headings keeps its contents column on the left.
    page.goto(f"{live_server.url}/speeches/{room['county'].pk}/")
    toc, text = box(page, "nav.toc"), box(page, ".speech-text")
    assert toc["x"] == pytest.approx(box(page, ".speech-layout")["x"], abs=1)
    assert text["x"] > toc["x"] + toc["width"] and text["width"] >= 600
    screenshot(page, "wide-speech-with-headings")
    context.close()


def test_a_hit_opened_from_the_search_page_scrolls_its_first_mark_into_view(
    page, live_server, long_speech
):
    speech, section = long_speech
    page.goto(f"{live_server.url}/search/?q={TERM}")
    link = page.locator(
        f"a.passage-link[href*='/speeches/{speech.pk}/'][href$='#{section.anchor}']"
    ).first
    link.click()
    page.wait_for_url(re.compile(rf"#{section.anchor}$"))
    page.wait_for_function("document.querySelector('mark.is-current') !== null")
    first = f"[id='{section.anchor}'] mark.hit"
    assert page.evaluate(
        f"document.querySelector(\"{first}\").classList.contains('is-current')"
    )
    assert in_view(page, "mark.is-current")
    # The section's heading was put at the top; its first match lay a screen below.
    heading_top = page.evaluate(
        f"document.getElementById('{section.anchor}').getBoundingClientRect().top"
    )
    assert heading_top < 0
    assert page.locator(".mark-nav-position").inner_text() == "1/7"
    screenshot(page, "hit-from-search-first-mark-in-view")


def test_next_and_previous_step_through_every_mark_with_mouse_and_keyboard(
    page, live_server, long_speech
):
    speech, _ = long_speech
    page.goto(f"{live_server.url}/speeches/{speech.pk}/?q={TERM}")
    total = page.locator("mark.hit").count()
    assert total == 7
    assert f"共出现 {total} 处" in page.locator("#query-notice").inner_text()
    nav = page.get_by_role("group", name=f"逐处查看“{TERM}”")
    following = nav.get_by_role("button", name="下一处")
    previous = nav.get_by_role("button", name="上一处")
    position = nav.locator(".mark-nav-position")
    assert position.inner_text() == "1/7"

    def current_index() -> int:
        return page.evaluate(
            "[...document.querySelectorAll('mark.hit')]"
            ".findIndex(mark => mark.classList.contains('is-current'))"
        )

    for number in range(2, total + 1):
        following.click()
        assert current_index() == number - 1
        assert position.inner_text() == f"{number}/{total}"
        assert in_view(page, "mark.is-current")
        if number == 3:
            screenshot(page, "mark-nav-third-of-seven")
    following.click()  # past the last: back to the first
    assert position.inner_text() == f"1/{total}"
    assert in_view(page, "mark.is-current")

    # The keyboard: Tab reaches the buttons, Enter and Space step, focus stays.
    following.focus()
    page.keyboard.press("Enter")
    page.keyboard.press(" ")
    assert position.inner_text() == f"3/{total}"
    assert page.evaluate("document.activeElement.textContent.trim()") == "下一处 ↓"
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "↑ 上一处"
    page.keyboard.press("Enter")
    assert position.inner_text() == f"2/{total}"
    assert current_index() == 1
    assert in_view(page, "mark.is-current")
    status = nav.locator("[role=status]").inner_text()
    assert status.startswith(f"第 2 处，共 {total} 处，在")
    previous.click()
    previous.click()  # before the first: round to the last
    assert position.inner_text() == f"{total}/{total}"
    screenshot(page, "mark-nav-keyboard")


def test_a_match_split_by_a_slogan_link_is_one_step(
    page, live_server, isolated_search_index
):
    speech = speech_add(
        title="在社区党建联席会上的讲话",
        preamble="同志们：\n机关党员要落实双报到制度。\n双报到不能走过场。",
        slogans=["双报到"],
    )
    page.goto(f"{live_server.url}/speeches/{speech.pk}/?q=落实双报")
    assert page.locator(".speech-text mark").count() == 2  # split at the link's edge
    assert page.locator(".mark-nav-position").inner_text() == "1/1"
    page.get_by_role("button", name="下一处").click()
    assert page.locator("mark.is-current").count() == 2  # both pieces stay lit


def test_the_contents_show_the_section_being_read(page, live_server, long_speech):
    speech, _ = long_speech
    page.goto(f"{live_server.url}/speeches/{speech.pk}/")
    current = page.locator(".toc a[aria-current='location']")
    assert current.count() == 0  # still on the opening remarks
    page.evaluate("document.getElementById('s3').scrollIntoView()")
    page.wait_for_function(
        "document.querySelector('.toc a[aria-current=location]')?.getAttribute('href')"
        " === '#s3'"
    )
    page.evaluate("document.getElementById('s2').scrollIntoView()")
    page.wait_for_function(
        "document.querySelector('.toc a[aria-current=location]')?.getAttribute('href')"
        " === '#s2'"
    )
    assert current.count() == 1
    screenshot(page, "contents-show-current-section")


def test_no_page_load_asks_for_a_missing_file(browser, live_server, long_speech):
    speech, _ = long_speech
    context = browser.new_context(viewport=WIDE)
    page = context.new_page()
    failed = []
    page.on(
        "response",
        lambda response: (
            failed.append(f"{response.status} {response.url}")
            if response.status >= 400
            else None
        ),
    )
    for path in ("/", f"/speeches/{speech.pk}/?q={TERM}", "/admin/login/"):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("load")
    icon = page.request.get(f"{live_server.url}/favicon.ico")
    context.close()
    assert failed == []
    assert icon.ok and icon.headers["content-type"] in {
        "image/x-icon",
        "image/vnd.microsoft.icon",
    }
