"""The review queue, the slogan list's filter and containment counts, in Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from speeches.importing import speech_import
from speeches.models import Slogan
from speeches.parsing import parse_text
from tests.support.browser import screenshot

from .conftest import EDITOR_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXTS = (
    "在街道会议上的讲话\n同志们：\n落实双报到制度，坚持新发展理念，推行“红色管家”。\n",
    "在区委会议上的讲话\n同志们：\n全面推行“双报到双服务”，做到两个维护和四个意识。\n",
    "在镇党委会上的讲话\n同志们：\n推广“稻虾共作”，学习“红色管家”的做法。\n",
)


@pytest.fixture
def archive(db, editor_user):
    for n, text in enumerate(TEXTS):
        speech_import(parsed=parse_text(text), source_file=f"/f/{n}")
    Slogan.objects.filter(text="双报到双服务").update(status=Slogan.Status.ACCEPTED)


def test_editor_accepts_a_pending_slogan_from_the_queue(page, live_server, archive):
    page.goto(f"{live_server.url}/admin/login/?next=/admin/speeches/slogan/review/")
    page.fill("#id_username", "bianji")
    page.fill("#id_password", EDITOR_PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#review-queue")
    screenshot(page, "slogan-review-queue", full_page=True)
    pending = Slogan.objects.get(text="红色管家")
    page.click(f"#review-{pending.pk} button[value=accept]")
    page.wait_for_selector("ul.messagelist li.success")
    screenshot(page, "slogan-review-accepted", full_page=True)
    pending.refresh_from_db()
    assert pending.status == Slogan.Status.ACCEPTED
    assert pending.mentions.values("speech").distinct().count() == 2


def test_slogan_list_narrows_as_one_types(page, live_server, archive):
    page.goto(f"{live_server.url}/slogans/")
    page.fill("#s-q", "报到")
    # A locator, not wait_for_function: the page's CSP forbids evaluating strings.
    expect(page.locator("#slogan-count")).to_contain_text("报到")
    rows = page.locator("#slogan-table tbody th").all_inner_texts()
    assert rows and all("报到" in row for row in rows)
    assert "q=" in page.url
    screenshot(page, "slogan-list-filter", full_page=True)


def test_slogan_page_counts_uses_inside_longer_formulas(page, live_server, archive):
    short = Slogan.objects.get(text="双报到")
    page.goto(f"{live_server.url}/slogans/{short.pk}/")
    assert page.inner_text("#stat-speeches") == "2 篇"
    assert "双报到双服务" in page.inner_text("#longer-formulas")
    screenshot(page, "slogan-containment", full_page=True)
