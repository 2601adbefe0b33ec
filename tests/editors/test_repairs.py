"""Editors repair what the parser missed: a label alone on its line, the text itself."""

import pytest
from django.urls import reverse

from speeches.editing import (
    section_split,
    section_text_edit,
    section_tree_normalise,
    speech_edit,
    speech_preamble_edit,
)
from speeches.importing import speech_import
from speeches.models import Mention, Revision, Section
from speeches.tree import TreeEditError, edit_of

from .conftest import assert_tree_valid, outline_of, parsed_from_outline
from .forms import form_data

pytestmark = pytest.mark.django_db

# A part whose next heading the parser missed: its label stands alone on a line.
LONE_LABEL_OUTLINE = [
    (
        1,
        "第一",
        "统一思想",
        "要把思想统一到全会精神上来。\n第二\n狠抓落实\n要压实“两个责任”，层层传导压力。",
    ),
    (1, "第三", "加强领导", "各级党组织要扛起主体责任。"),
]


@pytest.fixture
def lone_label_speech(db):
    parsed = parsed_from_outline(LONE_LABEL_OUTLINE, slogans=["两个责任"])
    return speech_import(parsed=parsed, source_file="/fixtures/lone.txt").speech


def section(speech, anchor) -> Section:
    return Section.objects.get(speech=speech, anchor=anchor)


@pytest.mark.parametrize("at", ["第二", "狠抓落实"])
def test_splitting_at_a_label_alone_on_its_line_makes_it_the_new_label(
    lone_label_speech, at
):
    body = lone_label_speech.body
    section_split(section=section(lone_label_speech, "s1"), at=at)
    assert_tree_valid(lone_label_speech)
    assert outline_of(lone_label_speech) == [
        (1, "第一", "统一思想"),
        (1, "第二", "狠抓落实"),
        (1, "第三", "加强领导"),
    ]
    first, new = section(lone_label_speech, "s1"), section(lone_label_speech, "s2")
    assert first.text == "要把思想统一到全会精神上来。"  # no label left behind
    assert new.text == "要压实“两个责任”，层层传导压力。"
    lone_label_speech.refresh_from_db()
    assert lone_label_speech.body == body
    mention = Mention.objects.get(speech=lone_label_speech)
    assert mention.section == new


def test_a_label_alone_on_its_line_with_a_separator_splits_too(db):
    outline = [
        (1, "一", "总体要求", "坚持稳中求进。\n第一、\n稳住经济大盘\n要扩大有效投资。")
    ]
    speech = speech_import(parsed=parsed_from_outline(outline)).speech
    section_split(section=section(speech, "s1"), at="第一、")
    assert_tree_valid(speech)
    assert outline_of(speech)[1] == (1, "第一", "稳住经济大盘")
    # Loaded again from its stored offsets, the tree is the same.
    section_tree_normalise(speech=speech)
    assert outline_of(speech)[1] == (1, "第一", "稳住经济大盘")
    assert section(speech, "s2").text == "要扩大有效投资。"


def test_editing_the_text_below_a_heading_keeps_offsets_and_mentions(
    lone_label_speech, editor_user
):
    target = section(lone_label_speech, "s2")
    section_text_edit(
        section=target,
        text="各级党组织要扛起“两个责任”。\n要把责任落到人头。",
        user=editor_user,
    )
    assert_tree_valid(lone_label_speech)
    lone_label_speech.refresh_from_db()
    assert section(lone_label_speech, "s2").text == (
        "各级党组织要扛起“两个责任”。\n要把责任落到人头。"
    )
    assert "扛起主体责任" not in lone_label_speech.body
    offsets = sorted(
        Mention.objects.filter(speech=lone_label_speech).values_list(
            "offset", flat=True
        )
    )
    assert [lone_label_speech.body[o : o + 4] for o in offsets] == ["两个责任"] * 2
    revision = Revision.objects.filter(speech=lone_label_speech).first()
    assert revision.user == editor_user and "正文" in revision.summary


def test_editing_the_opening_keeps_every_section_in_place(lone_label_speech):
    before = outline_of(lone_label_speech)
    speech_preamble_edit(
        speech=lone_label_speech, text="同志们：\n今天的会议开得很好。"
    )
    assert_tree_valid(lone_label_speech)
    assert outline_of(lone_label_speech) == before
    lone_label_speech.refresh_from_db()
    assert lone_label_speech.body.startswith("同志们：\n今天的会议开得很好。\n第一、")


def test_a_text_edit_and_a_split_on_one_row_are_refused(lone_label_speech):
    row = section(lone_label_speech, "s1")
    with pytest.raises(TreeEditError):
        speech_edit(
            speech=lone_label_speech,
            edits=[edit_of(row, split_at="第二", text="新的文字")],
        )


def text_url(speech, part) -> str:
    return reverse("admin:speeches_speech_text", args=[speech.pk, part])


def test_an_editor_rewrites_a_sections_text_on_its_own_page(
    client, editor_user, lone_label_speech
):
    client.force_login(editor_user)
    target = section(lone_label_speech, "s2")
    page = client.get(text_url(lone_label_speech, target.pk)).content.decode()
    data = form_data(page, "text-edit-form")
    assert data["text"] == "各级党组织要扛起主体责任。"
    data["text"] = "各级党组织要扛起主体责任，\r\n书记要当好第一责任人。"

    response = client.post(text_url(lone_label_speech, target.pk), data)

    assert response.status_code == 302
    assert section(lone_label_speech, "s2").text == (
        "各级党组织要扛起主体责任，\n书记要当好第一责任人。"
    )
    assert_tree_valid(lone_label_speech)


def test_a_text_changed_since_it_was_opened_is_not_overwritten(
    client, editor_user, lone_label_speech
):
    client.force_login(editor_user)
    target = section(lone_label_speech, "s2")
    data = form_data(
        client.get(text_url(lone_label_speech, target.pk)).content.decode(),
        "text-edit-form",
    )
    section_text_edit(section=target, text="另一位编辑改过的文字。")
    data["text"] = "我改的文字。"

    refused = client.post(text_url(lone_label_speech, target.pk), data)

    assert refused.status_code == 200
    page = refused.content.decode()
    assert "这段文字在你打开之后已被改动" in page and "另一位编辑改过的文字。" in page
    assert section(lone_label_speech, "s2").text == "另一位编辑改过的文字。"
    again = form_data(page, "text-edit-form")
    assert again["text"] == "我改的文字。"
    assert client.post(text_url(lone_label_speech, target.pk), again).status_code == 302
    assert section(lone_label_speech, "s2").text == "我改的文字。"


def test_the_opening_is_rewritten_on_its_own_page(
    client, editor_user, lone_label_speech
):
    client.force_login(editor_user)
    data = form_data(
        client.get(text_url(lone_label_speech, "opening")).content.decode(),
        "text-edit-form",
    )
    assert data["text"].startswith("在全县乡村振兴工作推进会上的讲话")
    data["text"] = "同志们：\n今天开个短会。"
    assert client.post(text_url(lone_label_speech, "opening"), data).status_code == 302
    lone_label_speech.refresh_from_db()
    assert lone_label_speech.body.startswith("同志们：\n今天开个短会。\n第一、")
    assert client.get(text_url(lone_label_speech, "x")).status_code == 404
