"""An editor works in the real admin, in a real Chromium, against a live server."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from speeches.models import Mention, Revision, Section, Slogan, Speech
from tests.support.browser import screenshot

from .conftest import log_in, outline_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def row_index(speech: Speech, anchor: str) -> int:
    return Section.objects.get(speech=speech, anchor=anchor).position


def api_sections(page, live_server, speech) -> list[dict]:
    """Return the public API's section tree of a speech, read through the browser."""
    response = page.request.get(f"{live_server.url}/api/speeches/{speech.pk}")
    assert response.ok
    return json.loads(response.text())["sections"]


def save_edit_page(page) -> None:
    page.click("input[name=_continue]")
    page.wait_for_selector("ul.messagelist li.success")


def fix_level_and_move(page, live_server, speech) -> None:
    """Put part 二 under part 一 and move its second subsection up, in one save."""
    page.goto(f"{live_server.url}/admin/speeches/speech/{speech.pk}/change/")
    page.fill(f"input[name='sections-{row_index(speech, 's2')}-level']", "2")
    page.select_option(
        f"select[name='sections-{row_index(speech, 's2-2')}-move']", "up"
    )
    save_edit_page(page)


def test_editor_fixes_a_level_and_moves_a_section_and_the_site_follows(
    page, live_server, county_speech, editor_user
):
    log_in(page, live_server)
    fix_level_and_move(page, live_server, county_speech)
    screenshot(page, "editor-tree-saved", full_page=True)

    assert outline_of(county_speech)[3:6] == [
        (2, "二", "突出重点，狠抓落实"),
        (3, "（二）", "改善人居环境"),
        (3, "（一）", "发展特色产业"),
    ]
    tree = api_sections(page, live_server, county_speech)
    assert [node["heading"] for node in tree] == [
        "统一思想，提高站位",
        "强化保障，压实责任",
    ]
    moved = tree[0]["children"][2]
    assert (moved["level"], moved["heading"]) == (2, "突出重点，狠抓落实")
    assert [child["heading"] for child in moved["children"]] == [
        "改善人居环境",
        "发展特色产业",
    ]
    # The public page reads the moved text in its new order.
    page.goto(f"{live_server.url}/speeches/{county_speech.pk}/")
    text = page.inner_text("main")
    assert text.index("继续推进厕所革命") < text.index("各乡镇要因地制宜")
    screenshot(page, "public-speech-after-edit", full_page=True)
    revision = Revision.objects.get()
    assert revision.user == editor_user


def test_public_speech_page_marks_the_fixed_level(
    page, live_server, county_speech, editor_user
):
    log_in(page, live_server)
    fix_level_and_move(page, live_server, county_speech)
    page.goto(f"{live_server.url}/speeches/{county_speech.pk}/")
    if page.locator("section.section").count() == 0:
        pytest.skip(
            "the speech page on this branch does not render sections as "
            '<section id="{anchor}" class="section level-N"> yet (ui work)'
        )
    fixed = page.locator("section#s1-3")
    assert "level-2" in fixed.get_attribute("class")
    assert "突出重点，狠抓落实" in fixed.inner_text()
    assert "level-3" in page.locator("section#s1-3-1").get_attribute("class")
    screenshot(page, "public-speech-sections-after-edit", full_page=True)


def test_search_shows_the_edited_section_under_its_new_anchor(
    page, live_server, county_speech, editor_user
):
    probe = page.request.get(f"{live_server.url}/search/?q=test")
    if probe.status == 404:
        pytest.skip("/search/ is not routed on this branch (the search work adds it)")
    log_in(page, live_server)
    fix_level_and_move(page, live_server, county_speech)
    page.goto(f"{live_server.url}/search/?q=突出重点，狠抓落实")
    link = page.locator('li.result a.passage-link[href*="#s1-3"]').first
    link.wait_for()
    assert f"/speeches/{county_speech.pk}/" in link.get_attribute("href")
    screenshot(page, "search-after-edit", full_page=True)


def test_reviewed_speech_survives_reimport_of_a_changed_file(
    page, live_server, editor_user, tmp_path
):
    source = tmp_path / "autumn.txt"
    text = (
        "在全镇秋收工作会议上的讲话\n同志们：\n今天开会部署秋收工作。\n"
        "一、提高认识\n秋收是全年农业生产的关键。\n"
        "二、抓好落实\n各村要落实“双抢双保”责任。\n"
    )
    source.write_text(text, encoding="utf-8")
    call_command("import_speeches", str(source), "--no-progress")
    speech = Speech.objects.get()

    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/speeches/speech/")
    page.check(f"input.action-select[value='{speech.pk}']")
    page.select_option("select[name=action]", "mark_reviewed")
    page.click("button[name=index]")
    page.wait_for_selector("ul.messagelist li.success")
    page.goto(f"{live_server.url}/admin/speeches/speech/{speech.pk}/change/")
    page.fill("input[name='sections-0-heading']", "充分认识秋收工作的重要性")
    save_edit_page(page)
    screenshot(page, "reviewed-speech-edited", full_page=True)
    speech.refresh_from_db()
    assert speech.status == Speech.Status.REVIEWED

    source.write_text(text.replace("部署秋收工作", "部署秋收秋种工作"), "utf-8")
    call_command("import_speeches", str(source), "--no-progress")
    assert outline_of(speech)[0][2] == "充分认识秋收工作的重要性"
    speech.refresh_from_db()
    assert "秋收秋种" not in speech.body
    page.goto(f"{live_server.url}/admin/speeches/speech/{speech.pk}/history/")
    screenshot(page, "reviewed-speech-history", full_page=True)


def test_merging_two_slogans_in_the_admin_keeps_every_mention(
    page, live_server, speeches, editor_user
):
    variants = ["双报到双服务", "双报到、双服务、双报告"]
    before = set(
        Mention.objects.filter(slogan__text__in=variants).values_list(
            "speech_id", "offset"
        )
    )
    assert len(before) == 3
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/speeches/slogan/?q=双报到")
    for slogan in Slogan.objects.filter(text__in=variants):
        page.check(f"input.action-select[value='{slogan.pk}']")
    page.select_option("select[name=action]", "merge_selected")
    page.click("button[name=index]")
    page.check("input[name=canonical] >> nth=0")  # ordered by text: the long form
    page.wait_for_selector("#merge-slogans")
    screenshot(page, "slogan-merge-confirm", full_page=True)
    page.click("input[type=submit][value=确认合并]")
    page.wait_for_selector("ul.messagelist li.success")
    screenshot(page, "slogan-merge-done", full_page=True)

    canonical = Slogan.objects.get(text="双报到、双服务、双报告")
    after = set(canonical.mentions.values_list("speech_id", "offset"))
    assert after == before
    assert Slogan.objects.get(text="双报到双服务").canonical == canonical
    public = page.request.get(f"{live_server.url}/slogans/{canonical.pk}/")
    assert public.ok
    gone = Slogan.objects.get(text="双报到双服务")
    moved = page.request.get(f"{live_server.url}/slogans/{gone.pk}/", max_redirects=0)
    assert moved.status == 301
    assert moved.headers["location"] == f"/slogans/{canonical.pk}/"


def test_a_revert_in_the_admin_restores_the_earlier_tree(
    page, live_server, county_speech, editor_user
):
    earlier = outline_of(county_speech)
    county_speech.refresh_from_db()
    earlier_body = county_speech.body
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/speeches/speech/{county_speech.pk}/change/")
    page.check(f"input[name='sections-{row_index(county_speech, 's2')}-DELETE']")
    save_edit_page(page)
    assert len(outline_of(county_speech)) == 4

    page.goto(f"{live_server.url}/admin/speeches/speech/{county_speech.pk}/history/")
    screenshot(page, "history-before-revert", full_page=True)
    page.click("a.revert-link >> nth=0")
    page.wait_for_selector("#confirm-revert")
    screenshot(page, "revert-confirm", full_page=True)
    page.click("#confirm-revert")
    page.wait_for_selector("ul.messagelist li.success")
    screenshot(page, "history-after-revert", full_page=True)

    assert outline_of(county_speech) == earlier
    county_speech.refresh_from_db()
    assert county_speech.body == earlier_body
    page.goto(f"{live_server.url}/speeches/{county_speech.pk}/")
    assert "发展特色产业" in page.inner_text("main")


def test_reparse_shows_the_changes_first_and_skips_reviewed_unless_ticked(
    page, live_server, county_speech, editor_user
):
    from speeches.editing import section_update

    section_update(
        section=Section.objects.get(speech=county_speech, anchor="s1"),
        heading="统一思想",
    )
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/speeches/speech/")
    page.check(f"input.action-select[value='{county_speech.pk}']")
    page.select_option("select[name=action]", "reparse_selected")
    page.click("button[name=index]")
    page.wait_for_selector("#reparse-previews")
    preview = page.inner_text("#reparse-previews")
    assert "− 一 统一思想" in preview
    screenshot(page, "reparse-preview", full_page=True)
    assert outline_of(county_speech)[0][2] == "统一思想"

    page.click("input[type=submit][value=确认重新解析]")
    page.wait_for_selector("ul.messagelist li.warning")
    assert outline_of(county_speech)[0][2] == "统一思想"  # reviewed: skipped

    page.check(f"input.action-select[value='{county_speech.pk}']")
    page.select_option("select[name=action]", "reparse_selected")
    page.click("button[name=index]")
    page.check("#include-reviewed")
    page.click("input[type=submit][value=确认重新解析]")
    page.wait_for_selector("ul.messagelist li.success")
    assert Revision.objects.filter(action=Revision.Action.REPARSE).exists()
