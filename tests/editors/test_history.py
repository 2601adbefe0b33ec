"""Every editorial change is recorded, and any one can be reverted."""

import pytest

from speeches.editing import section_delete, section_move, speech_edit, speeches_mark
from speeches.history import revision_revert
from speeches.models import Mention, Revision, Section, Speech
from speeches.tree import edit_of

from .conftest import assert_tree_valid, outline_of

pytestmark = pytest.mark.django_db


def state(speech: Speech):
    speech.refresh_from_db()
    sections = [
        (
            s.pk,
            s.parent_id,
            s.level,
            s.label,
            s.heading,
            s.text,
            s.anchor,
            s.start_offset,
        )
        for s in Section.objects.filter(speech=speech).order_by("position")
    ]
    mentions = sorted(
        Mention.objects.filter(speech=speech).values_list(
            "slogan__text", "offset", "section_id"
        )
    )
    return speech.title, speech.status, speech.body, sections, mentions


def test_metadata_change_is_recorded_with_who_and_what(county_speech, editor_user):
    speech_edit(speech=county_speech, fields={"speaker": "县委书记"}, user=editor_user)
    revision = Revision.objects.get()
    assert revision.user == editor_user
    assert revision.summary == "改动：讲话人、审校状态"
    assert {"kind": "field", "field": "讲话人", "old": "", "new": "县委书记"} in (
        revision.changes
    )


def test_a_save_that_changes_nothing_records_nothing(county_speech, editor_user):
    speech_edit(speech=county_speech, fields={"title": county_speech.title})
    assert not Revision.objects.exists()


def test_reverting_a_delete_restores_the_earlier_tree_body_and_mentions(
    county_speech, editor_user
):
    earlier = state(county_speech)
    revision = section_delete(
        section=Section.objects.get(speech=county_speech, anchor="s2"),
        user=editor_user,
    )
    assert state(county_speech) != earlier
    revision_revert(revision=revision, user=editor_user)
    assert state(county_speech) == earlier
    assert_tree_valid(county_speech)


def test_reverting_an_older_change_undoes_the_later_ones_too(county_speech):
    earlier = state(county_speech)
    first = section_move(
        section=Section.objects.get(speech=county_speech, anchor="s3"),
        direction="up",
    )
    speech_edit(
        speech=county_speech,
        edits=[
            edit_of(
                Section.objects.get(speech=county_speech, anchor="s1"),
                heading="统一思想",
            )
        ],
    )
    revision_revert(revision=first)
    assert state(county_speech) == earlier


def test_a_revert_is_itself_recorded_and_can_be_reverted(county_speech, editor_user):
    revision = section_move(
        section=Section.objects.get(speech=county_speech, anchor="s2"),
        direction="down",
    )
    moved = outline_of(county_speech)
    undo = revision_revert(revision=revision, user=editor_user)
    assert undo.action == Revision.Action.REVERT
    assert undo.summary.startswith(f"恢复到修订 #{revision.pk}")
    revision_revert(revision=undo, user=editor_user)
    assert outline_of(county_speech) == moved


def test_marking_reviewed_is_recorded_and_revertible(county_speech, editor_user):
    speeches_mark(
        speeches=[county_speech], status=Speech.Status.REVIEWED, user=editor_user
    )
    revision = Revision.objects.get()
    assert revision.action == Revision.Action.REVIEW
    revision_revert(revision=revision)
    county_speech.refresh_from_db()
    assert county_speech.status == Speech.Status.PARSED


def test_reverting_a_reparse_restores_the_parser_version_too(county_speech):
    from speeches.reparse import speech_reparse

    assert county_speech.parser_version == "test"
    speech_reparse(speech=county_speech, include_reviewed=True)
    county_speech.refresh_from_db()
    assert county_speech.parser_version != "test"
    revision_revert(revision=Revision.objects.get(action=Revision.Action.REPARSE))
    county_speech.refresh_from_db()
    assert county_speech.parser_version == "test"
