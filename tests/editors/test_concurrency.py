"""A speech changed after an editor opened it is not overwritten by their save."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from speeches.importing import speech_import
from speeches.models import Revision, Section, Speech
from speeches.parsing import parse_text

from .conftest import assert_tree_valid, editor_group, outline_of
from .forms import form_data

pytestmark = pytest.mark.django_db

SPEECH = (
    "在全镇防汛工作会议上的讲话\n同志们：\n今年汛期来得早，大家要绷紧防汛这根弦。\n"
    "一、压实责任\n各村要落实包保责任制，做到“雨前排查、雨中巡查”。\n"
    "二、做好转移\n要提前转移危险区域群众，确保不漏一户。\n"
)
SOURCE = "/fixtures/flood.txt"
IMPORTED_TITLE = "在全镇防汛抗旱工作会议上的讲话"
RETITLED = SPEECH.replace("在全镇防汛工作会议上的讲话", IMPORTED_TITLE)


@pytest.fixture
def flood_speech(db):
    return speech_import(parsed=parse_text(SPEECH), source_file=SOURCE).speech


def change_url(speech):
    return reverse("admin:speeches_speech_change", args=[speech.pk])


def reimport(text: str) -> Speech:
    result = speech_import(parsed=parse_text(text), source_file=SOURCE)
    assert result.outcome == "updated"
    return result.speech


def opened_form(client, speech) -> dict[str, str]:
    response = client.get(change_url(speech))
    assert response.status_code == 200
    return form_data(response.content.decode())


def test_attack_a_reimport_while_the_form_is_open_is_not_overwritten(
    editor_client, flood_speech
):
    data = opened_form(editor_client, flood_speech)
    reimport(RETITLED)
    data["speaker"] = "镇长"

    response = editor_client.post(change_url(flood_speech), {**data, "_continue": "1"})

    assert response.status_code == 302
    flood_speech.refresh_from_db()
    assert flood_speech.title == IMPORTED_TITLE  # the import's
    assert flood_speech.speaker == "镇长"  # the editor's
    revision = Revision.objects.filter(speech=flood_speech).first()
    fields = [c["field"] for c in revision.changes if c["kind"] == "field"]
    assert "标题" not in fields and "讲话人" in fields
    messages = [m.message for m in response.wsgi_request._messages]
    assert any("对方改动的标题" in message for message in messages)


def test_a_field_changed_by_both_is_refused_and_shown_then_the_editor_decides(
    editor_client, flood_speech
):
    data = opened_form(editor_client, flood_speech)
    reimport(RETITLED)
    data["title"] = "全镇防汛工作会议讲话"
    data["speaker"] = "镇长"

    refused = editor_client.post(change_url(flood_speech), data)

    assert refused.status_code == 200
    page = refused.content.decode()
    assert "本次没有保存" in page
    assert f"现在为“{IMPORTED_TITLE}”" in page
    flood_speech.refresh_from_db()
    assert flood_speech.title == IMPORTED_TITLE
    assert flood_speech.speaker == ""
    # The editor keeps their title and saves again: now it is their decision.
    again = form_data(page)
    assert again["title"] == "全镇防汛工作会议讲话"
    assert editor_client.post(change_url(flood_speech), again).status_code == 302
    flood_speech.refresh_from_db()
    assert (flood_speech.title, flood_speech.speaker) == (
        "全镇防汛工作会议讲话",
        "镇长",
    )


def test_two_editors_each_keep_what_they_changed(client, editor_user, flood_speech):
    other = User.objects.create_user("shenhe", password="x-long-pass", is_staff=True)
    other.groups.add(editor_group())
    client.force_login(editor_user)
    first = opened_form(client, flood_speech)
    client.force_login(other)
    second = opened_form(client, flood_speech)
    second["occasion"] = "全镇防汛工作部署会议"
    assert client.post(change_url(flood_speech), second).status_code == 302

    client.force_login(editor_user)
    first["speaker"] = "镇长"
    response = client.post(change_url(flood_speech), {**first, "_continue": "1"})

    assert response.status_code == 302
    flood_speech.refresh_from_db()
    assert (flood_speech.occasion, flood_speech.speaker) == (
        "全镇防汛工作部署会议",
        "镇长",
    )
    messages = [m.message for m in response.wsgi_request._messages]
    assert any("shenhe在你打开之后保存了修改" in message for message in messages)


def test_tree_edits_on_a_tree_that_changed_underneath_are_refused(
    editor_client, flood_speech
):
    data = opened_form(editor_client, flood_speech)
    reimport(SPEECH.replace("二、做好转移", "二、做好群众转移"))
    after_import = outline_of(flood_speech)
    data["sections-0-heading"] = "压实防汛责任"

    refused = editor_client.post(change_url(flood_speech), data)

    assert refused.status_code == 200
    page = refused.content.decode()
    assert "你对章节树的修改没有保存" in page
    assert outline_of(flood_speech) == after_import
    assert_tree_valid(flood_speech)
    # The page now shows the tree as it is: saving it again works.
    again = form_data(page)
    assert again["sections-1-heading"] == "做好群众转移"
    again["sections-0-heading"] = "压实防汛责任"
    assert editor_client.post(change_url(flood_speech), again).status_code == 302
    assert outline_of(flood_speech)[0][2] == "压实防汛责任"


def test_metadata_saved_over_a_reimported_tree_leaves_the_tree_alone(
    editor_client, flood_speech
):
    data = opened_form(editor_client, flood_speech)
    reimport(SPEECH.replace("二、做好转移", "二、做好群众转移"))
    after_import = outline_of(flood_speech)
    data["speaker"] = "镇长"

    assert editor_client.post(change_url(flood_speech), data).status_code == 302

    assert outline_of(flood_speech) == after_import
    assert Speech.objects.get(pk=flood_speech.pk).speaker == "镇长"
    assert Section.objects.filter(speech=flood_speech).count() == 2


def test_attack_a_direction_override_typed_into_a_title_or_heading_is_dropped(
    editor_client, flood_speech
):
    data = opened_form(editor_client, flood_speech)
    data["title"] = "在全镇\u202e防汛工作会议上的讲话"
    data["sections-0-heading"] = "压实\u2066责任"
    assert editor_client.post(change_url(flood_speech), data).status_code == 302
    flood_speech.refresh_from_db()
    assert flood_speech.title == "在全镇防汛工作会议上的讲话"
    assert outline_of(flood_speech)[0][2] == "压实责任"
