"""The speech and slogan admin, driven through Django's test client."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from speeches.importing import speech_import
from speeches.models import Revision, Section, Slogan, Speech

from .conftest import COUNTY_OUTLINE, assert_tree_valid, outline_of, parsed_from_outline

pytestmark = pytest.mark.django_db


def change_url(speech):
    return reverse("admin:speeches_speech_change", args=[speech.pk])


def change_form_data(speech, rows=None, **metadata):
    """Return the POST of the speech edit page, with changes to metadata and rows."""
    speech.refresh_from_db()
    data = {
        "title": speech.title,
        "date": speech.date.isoformat() if speech.date else "",
        "admin_level": speech.admin_level,
        "speaker": speech.speaker,
        "occasion": speech.occasion,
        "source_site": speech.source_site,
        "source_url": speech.source_url,
        "status": speech.status,
        **metadata,
    }
    if speech.truncated:
        data["truncated"] = "on"
    sections = list(Section.objects.filter(speech=speech).order_by("position"))
    data.update(
        {
            "sections-TOTAL_FORMS": str(len(sections)),
            "sections-INITIAL_FORMS": str(len(sections)),
            "sections-MIN_NUM_FORMS": "0",
            "sections-MAX_NUM_FORMS": "1000",
        }
    )
    rows = rows or {}
    for index, section in enumerate(sections):
        row = {
            "id": section.pk,
            "speech": speech.pk,
            "label": section.label,
            "heading": section.heading,
            "level": section.level,
            "parent_choice": section.parent_id or "",
            "move": "",
            "split_at": "",
        }
        row.update(rows.get(section.anchor, {}))
        for name, value in row.items():
            if value is True:
                value = "on"
            if value is not False:
                data[f"sections-{index}-{name}"] = value
    return data


def test_speech_list_counts_sections_and_slogans_in_constant_queries(
    editor_client, county_speech
):
    url = reverse("admin:speeches_speech_changelist")
    with CaptureQueriesContext(connection) as one:
        response = editor_client.get(url)
    assert response.status_code == 200
    cells = response.content.decode()
    assert '<td class="field-section_count">7</td>' in cells
    assert '<td class="field-slogan_count">3</td>' in cells
    for number in range(5):
        speech_import(
            parsed=parsed_from_outline(COUNTY_OUTLINE[:3], title=f"第{number}篇"),
            source_file=f"/fixtures/more-{number}.txt",
        )
    with CaptureQueriesContext(connection) as six:
        editor_client.get(url)
    assert len(six) == len(one)


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("status__exact=parsed", True),
        ("status__exact=reviewed", False),
        ("year=none", True),
        ("year=2024", False),
        ("year=²", True),
        ("admin_level__exact=县", False),
        ("truncated__exact=0", True),
    ],
)
def test_speech_list_filters_narrow_the_list(
    editor_client, county_speech, query, listed
):
    url = reverse("admin:speeches_speech_changelist") + "?" + query
    response = editor_client.get(url)
    assert response.status_code == 200
    # With a filter on, the row's link carries it along: match the link's start.
    row = f'<th class="field-title"><a href="{change_url(county_speech)}'
    assert (row in response.content.decode()) is listed


def test_edit_page_shows_metadata_body_and_tree(editor_client, county_speech):
    page = editor_client.get(change_url(county_speech)).content.decode()
    assert 'name="title"' in page
    assert '<div class="speech-body">' in page and "今天召开全县乡村振兴" in page
    assert 'name="sections-6-heading"' in page and 'name="sections-0-split_at"' in page
    assert "上移" in page and "并入上一节" in page


def test_saving_the_edit_page_applies_tree_edits_as_one_revision(
    editor_client, county_speech, editor_user
):
    data = change_form_data(
        county_speech,
        rows={"s2": {"level": 2}, "s3": {"move": "up"}},
        speaker="县委书记",
    )
    response = editor_client.post(change_url(county_speech), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert_tree_valid(county_speech)
    # 二 went under 一 first, so 三 moved up past the whole of 一.
    assert outline_of(county_speech)[0] == (1, "三", "强化保障，压实责任")
    assert outline_of(county_speech)[4] == (2, "二", "突出重点，狠抓落实")
    revision = Revision.objects.get()
    assert revision.user == editor_user
    assert "讲话人" in revision.summary and "章节" in revision.summary


def test_an_invalid_tree_edit_shows_a_form_error_and_saves_nothing(
    editor_client, county_speech
):
    before = outline_of(county_speech)
    data = change_form_data(
        county_speech,
        rows={
            "s1-1": {"heading": ""},
            "s1": {"parent_choice": Section.objects.get(anchor="s3").pk},
        },
        title="不应保存的标题",
    )
    response = editor_client.post(change_url(county_speech), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "标题不能为空。" in page
    assert "在本节之后；上级必须在本节之前" in page
    assert "章节树的修改有误" in page
    county_speech.refresh_from_db()
    assert county_speech.title != "不应保存的标题"
    assert outline_of(county_speech) == before
    assert not Revision.objects.exists()


def test_reparse_action_previews_then_applies_and_skips_reviewed(
    editor_client, county_speech
):
    changelist = reverse("admin:speeches_speech_changelist")
    Speech.objects.filter(pk=county_speech.pk).update(status=Speech.Status.REVIEWED)
    selection = {"action": "reparse_selected", "_selected_action": [county_speech.pk]}
    preview = editor_client.post(changelist, selection)
    page = preview.content.decode()
    assert "重新解析：确认改动" in page and "include_reviewed" in page
    assert outline_of(county_speech)[0][2] == "统一思想，提高站位"  # nothing applied
    editor_client.post(changelist, {**selection, "confirm": "yes"})
    assert not Revision.objects.exists()
    editor_client.post(
        changelist, {**selection, "confirm": "yes", "include_reviewed": "on"}
    )
    assert Revision.objects.get().action == Revision.Action.REPARSE


def test_history_page_lists_changes_and_revert_restores(editor_client, county_speech):
    before = outline_of(county_speech)
    editor_client.post(
        change_url(county_speech),
        change_form_data(county_speech, rows={"s2": {"DELETE": True}}),
    )
    assert outline_of(county_speech) != before
    revision = Revision.objects.get()
    history = editor_client.get(
        reverse("admin:speeches_speech_history", args=[county_speech.pk])
    )
    assert f'id="revision-{revision.pk}"' in history.content.decode()
    revert_url = reverse(
        "admin:speeches_speech_revert", args=[county_speech.pk, revision.pk]
    )
    assert "确认恢复" in editor_client.get(revert_url).content.decode()
    editor_client.post(revert_url)
    assert outline_of(county_speech) == before


def test_slogan_merge_action_asks_for_the_canonical_text(editor_client, county_speech):
    changelist = reverse("admin:speeches_slogan_changelist")
    chosen = list(Slogan.objects.filter(text__in=["一村一品", "三农"]))
    selection = {
        "action": "merge_selected",
        "_selected_action": [slogan.pk for slogan in chosen],
    }
    page = editor_client.post(changelist, selection).content.decode()
    assert "合并提法" in page and 'name="canonical_text"' in page
    editor_client.post(
        changelist, {**selection, "confirm": "yes", "canonical": str(chosen[0].pk)}
    )
    assert Slogan.objects.get(pk=chosen[1].pk).canonical_id == chosen[0].pk


def test_slogan_added_in_the_admin_gets_its_mentions(editor_client, county_speech):
    response = editor_client.post(
        reverse("admin:speeches_slogan_add"), {"text": "厕所革命", "kind": "coinage"}
    )
    assert response.status_code == 302
    assert Slogan.objects.get(text="厕所革命").mentions.count() == 1
    again = editor_client.post(
        reverse("admin:speeches_slogan_add"), {"text": "厕所革命", "kind": "coinage"}
    )
    assert "已存在" in again.content.decode()


def test_edit_page_queries_do_not_grow_with_the_tree(editor_client):
    def speech_with(parts: int) -> Speech:
        outline = [
            (
                1,
                "一二三四五六七八九十"[n],
                f"第{n + 1}部分的标题",
                f"第{n + 1}部分的内容。",
            )
            for n in range(parts)
        ]
        return speech_import(
            parsed=parsed_from_outline(outline, title=f"{parts}部分的讲话"),
            source_file=f"/fixtures/parts-{parts}.txt",
        ).speech

    small, large = speech_with(2), speech_with(9)
    editor_client.get(change_url(small))  # warm the content-type cache
    counts = []
    for speech in (small, large):
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.get(change_url(speech)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_slogan_page_and_merge_form_show_its_counts(editor_client, county_speech):
    slogan = Slogan.objects.get(text="一村一品")
    page = editor_client.get(
        reverse("admin:speeches_slogan_change", args=[slogan.pk])
    ).content.decode()
    assert "2 处，见于 1 篇讲话" in page
    merge = editor_client.post(
        reverse("admin:speeches_slogan_changelist"),
        {
            "action": "merge_selected",
            "_selected_action": [
                slogan.pk,
                Slogan.objects.get(text="三农").pk,
            ],
        },
    ).content.decode()
    assert "“一村一品”（采用，2 处出处）" in merge
    assert "“三农”（采用，1 处出处）" in merge


def test_unmerging_is_recorded_in_the_slogans_history(editor_client, county_speech):
    from django.contrib.admin.models import LogEntry

    changelist = reverse("admin:speeches_slogan_changelist")
    chosen = [Slogan.objects.get(text=text).pk for text in ("一村一品", "三农")]
    editor_client.post(
        changelist,
        {
            "action": "merge_selected",
            "_selected_action": chosen,
            "confirm": "yes",
            "canonical": str(chosen[0]),
        },
    )
    editor_client.post(
        changelist, {"action": "unmerge_selected", "_selected_action": chosen}
    )
    assert Slogan.objects.get(pk=chosen[1]).status == Slogan.Status.ACCEPTED
    messages = LogEntry.objects.filter(object_id=str(chosen[1])).values_list(
        "change_message", flat=True
    )
    assert "取消合并" in list(messages)


def test_adding_a_rejected_slogan_again_says_how_to_restore_it(
    editor_client, county_speech
):
    Slogan.objects.filter(text="三农").update(status=Slogan.Status.REJECTED)
    page = editor_client.post(
        reverse("admin:speeches_slogan_add"), {"text": "“三农”", "kind": "coinage"}
    ).content.decode()
    assert "已存在且已弃用" in page and "采用" in page
    assert Slogan.objects.filter(text="三农").count() == 1


def test_a_long_speech_with_hundreds_of_sections_can_be_saved(editor_client):
    """The tree posts eight fields a section; Django's default cap is 1,000 fields."""
    outline = [
        (1, str(number), f"第{number}项工作的要求", f"第{number}项工作要抓紧落实。")
        for number in range(1, 401)
    ]
    speech = speech_import(
        parsed=parsed_from_outline(outline, title="四百项工作安排"),
        source_file="/fixtures/long.txt",
    ).speech
    data = change_form_data(speech, speaker="县长")
    assert len(data) > 3000
    response = editor_client.post(change_url(speech), data)
    assert response.status_code == 302
    speech.refresh_from_db()
    assert speech.speaker == "县长"


def test_speech_list_filters_by_doubt_and_puts_the_worst_first(
    editor_client, county_speech
):
    untitled = Speech.objects.create(
        title="",
        body="今天开会。",
        raw_text="今天开会。",
        content_hash="untitled",
        doubts=["no_title", "no_date"],
    )
    undated = Speech.objects.create(
        title="某会讲话",
        body="今天开会。",
        raw_text="某会讲话\n今天开会。",
        content_hash="undated",
        doubts=["no_date"],
    )
    url = reverse("admin:speeches_speech_changelist")
    listed = editor_client.get(url + "?doubt=no_date").context["cl"].result_list
    assert set(listed) == {untitled, undated}
    listed = editor_client.get(url + "?doubt=no_title").context["cl"].result_list
    assert list(listed) == [untitled]
    listed = editor_client.get(url + "?doubt=none").context["cl"].result_list
    assert list(listed) == [county_speech]
    page = editor_client.get(url + "?o=9")  # the doubts column: worst first
    assert list(page.context["cl"].result_list)[:2] == [untitled, undated]
    assert "无标题、无日期" in page.content.decode()
