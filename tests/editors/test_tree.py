"""The section tree stays valid after every editorial operation, or is left alone."""

import pytest
from django.db import transaction

from speeches.editing import (
    section_delete,
    section_merge_previous,
    section_move,
    section_split,
    section_tree_normalise,
    section_update,
    speech_edit,
)
from speeches.models import Mention, Revision, Section, Speech
from speeches.signals import speeches_changed
from speeches.tree import TreeEditError, edit_of

from .conftest import assert_tree_valid, outline_of, sections_of

pytestmark = pytest.mark.django_db


def section(speech, anchor) -> Section:
    return Section.objects.get(speech=speech, anchor=anchor)


def problems_of(error: TreeEditError) -> list[tuple[str | None, str]]:
    return [(problem.field, problem.message) for problem in error.value.problems]


# --- normalise ---------------------------------------------------------------------


def test_normalise_leaves_an_imported_tree_unchanged(county_speech):
    before = [
        (s.pk, s.anchor, s.start_offset, s.text) for s in sections_of(county_speech)
    ]
    assert section_tree_normalise(speech=county_speech) is None
    after = [
        (s.pk, s.anchor, s.start_offset, s.text) for s in sections_of(county_speech)
    ]
    assert after == before
    assert not Revision.objects.exists()


def test_normalise_repairs_levels_positions_and_offsets_from_parents(county_speech):
    rows = sections_of(county_speech)
    # Break every derived value behind the service's back.
    Section.objects.filter(speech=county_speech).update(
        level=7, ordinal=9, anchor="x", start_offset=0, end_offset=0
    )
    for index, row in enumerate(reversed(rows)):
        Section.objects.filter(pk=row.pk).update(position=100 + index)
    Section.objects.filter(pk=rows[3].pk).update(position=1)  # 二 jumps ahead of 一
    section_tree_normalise(speech=county_speech)
    assert_tree_valid(county_speech)
    assert [s.anchor for s in sections_of(county_speech)][:2] == ["s1", "s1-1"]


# --- level and parent ----------------------------------------------------------------


def test_lowering_a_level_hangs_the_section_under_the_previous_one(county_speech):
    body = county_speech.body
    second = section(county_speech, "s2")
    section_update(section=second, level=2)
    assert_tree_valid(county_speech)
    assert outline_of(county_speech)[3:6] == [
        (2, "二", "突出重点，狠抓落实"),
        (3, "（一）", "发展特色产业"),
        (3, "（二）", "改善人居环境"),
    ]
    assert section(county_speech, "s1-3").pk == second.pk
    county_speech.refresh_from_db()
    assert county_speech.body == body


def test_raising_a_level_makes_following_siblings_its_children(county_speech):
    first_sub = section(county_speech, "s1-1")
    section_update(section=first_sub, level=1)
    assert_tree_valid(county_speech)
    assert outline_of(county_speech)[:3] == [
        (1, "一", "统一思想，提高站位"),
        (1, "（一）", "认清形势"),
        (2, "（二）", "把握重点"),
    ]


def test_choosing_the_previous_sibling_as_parent_nests_the_section(county_speech):
    target = section(county_speech, "s2-1")
    moved = section(county_speech, "s2-2")
    section_update(section=moved, parent_id=target.pk)
    assert_tree_valid(county_speech)
    moved.refresh_from_db()
    assert (moved.parent_id, moved.level, moved.anchor) == (target.pk, 3, "s2-1-1")


def test_choosing_no_parent_makes_a_section_top_level_where_it_stands(county_speech):
    moved = section(county_speech, "s1-2")
    section_update(section=moved, parent_id=None)
    assert_tree_valid(county_speech)
    moved.refresh_from_db()
    assert (moved.level, moved.anchor) == (1, "s2")


@pytest.mark.parametrize(
    ("anchor", "changes", "field", "words"),
    [
        ("s1-1", {"heading": "  "}, "heading", "标题不能为空"),
        ("s1", {"level": 2}, "level", "第一节只能是第 1 层"),
        ("s2", {"level": 4}, "level", "最多只能是第 3 层"),
        ("s1-2", {"level": 0}, "level", "层级至少为 1"),
    ],
)
def test_invalid_field_edits_are_refused_with_a_message(
    county_speech, anchor, changes, field, words
):
    target = section(county_speech, anchor)
    with pytest.raises(TreeEditError) as error:
        section_update(section=target, **changes)
    assert any(f == field and words in message for f, message in problems_of(error))
    assert_tree_valid(county_speech)
    assert not Revision.objects.exists()


def test_a_parent_from_another_speech_is_refused(county_speech):
    from speeches.importing import speech_import

    from .conftest import COUNTY_OUTLINE, parsed_from_outline

    other = speech_import(
        parsed=parsed_from_outline(COUNTY_OUTLINE[:2], title="另一篇讲话"),
        source_file="/fixtures/other.txt",
    ).speech
    foreign = Section.objects.filter(speech=other).first()
    with pytest.raises(TreeEditError) as error:
        section_update(section=section(county_speech, "s2"), parent_id=foreign.pk)
    assert problems_of(error) == [("parent", "上级必须是这篇讲话中的章节。")]


def test_a_parent_inside_the_section_is_refused_as_a_cycle(county_speech):
    parent = section(county_speech, "s2")
    child = section(county_speech, "s2-1")
    with pytest.raises(TreeEditError) as error:
        section_update(section=parent, parent_id=child.pk)
    assert "形成循环" in problems_of(error)[0][1]


def test_a_parent_after_the_section_is_refused(county_speech):
    with pytest.raises(TreeEditError) as error:
        section_update(
            section=section(county_speech, "s1-1"),
            parent_id=section(county_speech, "s3").pk,
        )
    assert "在本节之后" in problems_of(error)[0][1]


def test_a_parent_that_would_reorder_the_text_is_refused(county_speech):
    with pytest.raises(TreeEditError) as error:
        section_update(
            section=section(county_speech, "s3"),
            parent_id=section(county_speech, "s1").pk,
        )
    assert "上移/下移" in problems_of(error)[0][1]


def test_a_level_that_contradicts_the_chosen_parent_is_refused(county_speech):
    with pytest.raises(TreeEditError) as error:
        section_update(
            section=section(county_speech, "s2-2"),
            parent_id=section(county_speech, "s2-1").pk,
            level=4,
        )
    assert problems_of(error)[0][0] == "level"
    assert "应为第 3 层" in problems_of(error)[0][1]


def test_a_section_cannot_be_its_own_parent(county_speech):
    target = section(county_speech, "s2")
    with pytest.raises(TreeEditError) as error:
        section_update(section=target, parent_id=target.pk)
    assert problems_of(error) == [("parent", "章节不能做自己的上级。")]


# --- reorder -------------------------------------------------------------------------


def test_moving_up_swaps_sections_with_their_text_and_children(county_speech):
    second = section(county_speech, "s2")
    section_move(section=second, direction="up")
    assert_tree_valid(county_speech)
    assert [heading for _, _, heading in outline_of(county_speech)][:4] == [
        "突出重点，狠抓落实",
        "发展特色产业",
        "改善人居环境",
        "统一思想，提高站位",
    ]
    county_speech.refresh_from_db()
    body = county_speech.body
    assert (
        body.index("二、突出重点") < body.index("一、统一思想") < body.index("三、强化")
    )
    assert section(county_speech, "s1").pk == second.pk


def test_moving_down_swaps_with_the_next_sibling(county_speech):
    first_sub = section(county_speech, "s2-1")
    section_move(section=first_sub, direction="down")
    assert_tree_valid(county_speech)
    assert section(county_speech, "s2-2").pk == first_sub.pk


def test_moving_past_the_ends_of_the_siblings_is_refused(county_speech):
    with pytest.raises(TreeEditError) as error:
        section_move(section=section(county_speech, "s1-1"), direction="up")
    assert problems_of(error) == [("move", "本节已是同级第一节，不能上移。")]
    with pytest.raises(TreeEditError) as error:
        section_move(section=section(county_speech, "s3"), direction="down")
    assert problems_of(error) == [("move", "本节已是同级最后一节，不能下移。")]


def test_mentions_follow_the_text_when_sections_move(county_speech):
    section_move(section=section(county_speech, "s3"), direction="up")
    county_speech.refresh_from_db()
    for mention in Mention.objects.filter(speech=county_speech).select_related(
        "section"
    ):
        assert county_speech.body[mention.offset :].startswith(mention.text)
        assert (
            mention.section.start_offset <= mention.offset < mention.section.end_offset
        )


# --- split, merge, delete ------------------------------------------------------------


def test_splitting_at_a_missed_heading_adds_a_sibling_after(county_speech):
    body = county_speech.body
    section_split(section=section(county_speech, "s2-2"), at="（三）加强基层治理")
    assert_tree_valid(county_speech)
    new = section(county_speech, "s2-3")
    assert (new.label, new.heading, new.text) == (
        "（三）",
        "加强基层治理",
        "要健全村民自治制度。",
    )
    assert section(county_speech, "s2-2").text == "继续推进厕所革命和垃圾分类。"
    county_speech.refresh_from_db()
    assert county_speech.body == body


def test_splitting_at_an_offset_counts_characters_of_the_own_text(county_speech):
    section_split(
        section=section(county_speech, "s3"),
        at=len("各级党委要落实“五级书记抓振兴”的要求。"),
    )
    assert_tree_valid(county_speech)
    assert section(county_speech, "s4").heading == "同志们，任务艰巨，大家要再接再厉"


def test_splitting_a_section_with_children_gives_them_to_the_new_one(county_speech):
    section_split(section=section(county_speech, "s2"), at="发展特色产业。")
    assert_tree_valid(county_speech)
    assert [s.anchor for s in section(county_speech, "s3").children.all()] == [
        "s3-1",
        "s3-2",
    ]


@pytest.mark.parametrize(
    ("at", "words"),
    [("不存在的文字", "找不到"), ("9999", "超出本节文字"), ("²", "找不到")],
)
def test_a_split_point_outside_the_text_is_refused(county_speech, at, words):
    with pytest.raises(TreeEditError) as error:
        section_split(section=section(county_speech, "s2-1"), at=at)
    assert words in problems_of(error)[0][1]


def test_merging_joins_heading_and_text_to_the_previous_section(county_speech):
    section_merge_previous(section=section(county_speech, "s1-2"))
    assert_tree_valid(county_speech)
    merged = section(county_speech, "s1-1")
    assert merged.text.startswith("今年以来")
    assert "（二）把握重点\n要抓住产业" in merged.text
    assert len(sections_of(county_speech)) == 6


def test_merging_the_first_section_moves_it_into_the_preamble(county_speech):
    section_merge_previous(section=section(county_speech, "s1"))
    assert_tree_valid(county_speech)
    first = sections_of(county_speech)[0]
    county_speech.refresh_from_db()
    assert "一、统一思想" in county_speech.body[: first.start_offset]
    # Its children had no parent left at level 1: they became top level.
    assert (first.level, first.heading) == (1, "认清形势")


def test_merging_a_section_with_children_hands_them_to_the_previous_sibling(
    county_speech,
):
    first = section(county_speech, "s1")
    section_merge_previous(section=section(county_speech, "s2"))
    assert_tree_valid(county_speech)
    assert [s.heading for s in Section.objects.get(pk=first.pk).children.all()] == [
        "认清形势",
        "把握重点",
        "发展特色产业",
        "改善人居环境",
    ]


def test_deleting_removes_the_section_its_children_and_their_text(county_speech):
    section_delete(section=section(county_speech, "s2"))
    assert_tree_valid(county_speech)
    county_speech.refresh_from_db()
    assert "发展特色产业" not in county_speech.body
    assert "强化保障" in county_speech.body
    assert [s.anchor for s in sections_of(county_speech)] == [
        "s1",
        "s1-1",
        "s1-2",
        "s2",
    ]
    assert not Mention.objects.filter(
        speech=county_speech, context__contains="发展特色产业"
    ).exists()


def test_two_operations_on_one_section_are_refused(county_speech):
    target = section(county_speech, "s2-1")
    with pytest.raises(TreeEditError) as error:
        speech_edit(
            speech=county_speech,
            edits=[edit_of(target, merge_previous=True, delete=True)],
        )
    assert "不能同时进行" in problems_of(error)[0][1]


def test_several_edits_in_one_save_are_applied_together(county_speech):
    edits = [
        edit_of(section(county_speech, "s1-2"), heading="把握工作重点"),
        edit_of(section(county_speech, "s2"), move="up"),
        edit_of(section(county_speech, "s3"), level=2),
    ]
    speech_edit(speech=county_speech, edits=edits)
    assert_tree_valid(county_speech)
    # Levels are settled before moves: 三 joined 二, and moved up with it.
    assert outline_of(county_speech)[:4] == [
        (1, "二", "突出重点，狠抓落实"),
        (2, "（一）", "发展特色产业"),
        (2, "（二）", "改善人居环境"),
        (2, "三", "强化保障，压实责任"),
    ]
    assert outline_of(county_speech)[-1] == (2, "（二）", "把握工作重点")


# --- what every edit also does ---------------------------------------------------------


def test_an_edit_is_recorded_and_marks_the_speech_reviewed(county_speech, editor_user):
    section_update(
        section=section(county_speech, "s1-1"), heading="认清当前形势", user=editor_user
    )
    revision = Revision.objects.get()
    assert revision.user == editor_user
    assert revision.action == Revision.Action.EDIT
    sections_change = next(c for c in revision.changes if c["kind"] == "sections")
    assert sections_change["lines"] == [
        {"op": "-", "line": "\u3000（一） 认清形势"},
        {"op": "+", "line": "\u3000（一） 认清当前形势"},
    ]
    county_speech.refresh_from_db()
    assert county_speech.status == Speech.Status.REVIEWED


@pytest.mark.django_db(transaction=True)
def test_every_edit_tells_the_search_app_inside_its_transaction(county_speech):
    seen = []

    def receiver(sender, speech_ids, **kwargs):
        seen.append((list(speech_ids), transaction.get_connection().in_atomic_block))

    speeches_changed.connect(receiver)
    try:
        section_update(section=section(county_speech, "s1"), heading="统一思想")
        section_move(section=section(county_speech, "s2"), direction="down")
        section_split(section=section(county_speech, "s1-1"), at="农民收入")
        section_merge_previous(section=section(county_speech, "s1-2"))
        section_delete(section=section(county_speech, "s1"))
    finally:
        speeches_changed.disconnect(receiver)
    assert seen == [([county_speech.pk], True)] * 5


def test_moving_the_last_section_of_a_parsed_speech_keeps_every_line():
    from speeches.importing import speech_import
    from speeches.parsing import parse_text

    raw = (
        "在全镇安全生产会议上的讲话\n同志们：\n今天专题部署安全生产。\n"
        "一、排查隐患\n要逐企业逐车间排查。\n二、压实责任\n要层层签订责任书。"
    )
    speech = speech_import(
        parsed=parse_text(raw), source_file="/fixtures/safe.txt"
    ).speech
    lines = sorted(speech.body.split("\n"))
    assert not speech.body.endswith("\n")
    section_move(section=section(speech, "s2"), direction="up")
    assert_tree_valid(speech)
    assert sorted(speech.body.split("\n")) == lines
    assert speech.body.index("二、压实责任") < speech.body.index("一、排查隐患")
    assert section(speech, "s2").text == "要逐企业逐车间排查。"


def test_a_speech_without_sections_saves_its_metadata(county_speech):
    Section.objects.filter(speech=county_speech).delete()
    speech_edit(speech=county_speech, fields={"occasion": "全县乡村振兴工作推进会"})
    county_speech.refresh_from_db()
    assert county_speech.occasion == "全县乡村振兴工作推进会"
    assert not Section.objects.filter(speech=county_speech).exists()
