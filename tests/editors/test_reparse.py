"""Re-parsing shows what would change before it changes anything."""

import pytest

from speeches.editing import section_update
from speeches.importing import speech_import
from speeches.models import Revision, Section, Slogan, Speech
from speeches.parsing import parse_text
from speeches.reparse import speech_reparse, speech_reparse_preview
from speeches.slogans import slogans_merge, slogans_reject

pytestmark = pytest.mark.django_db

RAW = (
    "在全镇秋收工作会议上的讲话\n"
    "同志们：\n"
    "今天开会，主要是部署秋收秋种工作。\n"
    "一、提高认识\n"
    "秋收是全年农业生产的关键，要做到“颗粒归仓”。\n"
    "二、抓好落实\n"
    "各村要落实“双抢双保”责任，确保不误农时。\n"
    "三、强化保障\n"
    "要把“双抢”工作摆上日程。\n"
)


@pytest.fixture
def parsed_speech():
    return speech_import(
        parsed=parse_text(RAW), source_file="/fixtures/autumn.txt"
    ).speech


def first_section(speech):
    return Section.objects.filter(speech=speech).order_by("position").first()


def test_preview_of_an_unchanged_speech_shows_no_changes(parsed_speech):
    preview = speech_reparse_preview(speech=parsed_speech)
    assert preview.error == ""
    assert preview.changes == []


def test_preview_shows_the_heading_an_editor_changed_and_changes_nothing(
    parsed_speech,
):
    section_update(section=first_section(parsed_speech), heading="充分认识秋收的重要性")
    revisions = Revision.objects.count()
    preview = speech_reparse_preview(speech=parsed_speech)
    lines = next(c for c in preview.changes if c["kind"] == "sections")["lines"]
    assert {"op": "-", "line": "一 充分认识秋收的重要性"} in lines
    assert {"op": "+", "line": "一 提高认识"} in lines
    assert first_section(parsed_speech).heading == "充分认识秋收的重要性"
    assert Revision.objects.count() == revisions


def test_preview_honours_rejected_and_merged_slogans(parsed_speech):
    slogans_reject(slogans=Slogan.objects.filter(text="颗粒归仓"))
    slogans_merge(
        slogans=list(Slogan.objects.filter(text__in=["双抢", "双抢双保"])),
        canonical_text="双抢双保",
    )
    # The parser still finds all three; the archive would store the same two.
    assert speech_reparse_preview(speech=parsed_speech).changes == []
    Slogan.objects.filter(text="颗粒归仓").update(status=Slogan.Status.ACCEPTED)
    changes = speech_reparse_preview(speech=parsed_speech).changes
    assert changes == [{"kind": "slogans", "removed": [], "added": ["颗粒归仓"]}]


def test_reviewed_speech_is_skipped_unless_included(parsed_speech):
    section_update(section=first_section(parsed_speech), heading="充分认识秋收的重要性")
    parsed_speech.refresh_from_db()
    assert parsed_speech.status == Speech.Status.REVIEWED
    outcome = speech_reparse(speech=parsed_speech)
    assert not outcome.applied and "已审校" in outcome.reason
    assert first_section(parsed_speech).heading == "充分认识秋收的重要性"
    outcome = speech_reparse(speech=parsed_speech, include_reviewed=True)
    assert outcome.applied
    assert first_section(parsed_speech).heading == "提高认识"


def test_applying_records_a_revision_that_can_restore_the_edit(
    parsed_speech, editor_user
):
    from speeches.history import revision_revert

    section_update(section=first_section(parsed_speech), heading="充分认识秋收的重要性")
    speech_reparse(speech=parsed_speech, user=editor_user, include_reviewed=True)
    revision = Revision.objects.filter(action=Revision.Action.REPARSE).get()
    assert revision.user == editor_user
    revision_revert(revision=revision)
    assert first_section(parsed_speech).heading == "充分认识秋收的重要性"


def test_a_raw_text_the_parser_refuses_is_reported_not_applied(parsed_speech):
    Speech.objects.filter(pk=parsed_speech.pk).update(raw_text="   \n ")
    parsed_speech.refresh_from_db()
    assert "无法解析" in speech_reparse_preview(speech=parsed_speech).error
    outcome = speech_reparse(speech=parsed_speech)
    assert not outcome.applied and "无法解析" in outcome.reason
    assert first_section(parsed_speech).heading == "提高认识"
