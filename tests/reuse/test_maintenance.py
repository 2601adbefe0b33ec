"""Text reuse follows every change through the index writer, and a rebuild agrees."""

from __future__ import annotations

import random

import pytest
from django.core.management import call_command

from reuse import parallel, services
from reuse.models import Copy, Fingerprint, Passage, PassageLink, Relation, WindowKey
from reuse.selectors import speech_copies, speech_relatives, speech_reused
from search.outbox import drain_queue
from speeches.models import Speech

pytestmark = pytest.mark.django_db

WORDS = (
    "坚持党建引领",
    "压实主体责任",
    "推动基层治理",
    "深化作风建设",
    "强化督查问效",
    "聚焦民生实事",
    "健全工作机制",
    "狠抓任务落实",
    "加强队伍建设",
    "优化营商环境",
    "提升服务效能",
    "守牢安全底线",
    "推进乡村振兴",
    "抓好项目建设",
    "做实网格管理",
)


def prose(seed: int, sentences: int) -> str:
    """Return sentences written for the test: different seeds, different texts."""
    rng = random.Random(seed)
    return "".join(
        f"第{rng.randint(100, 999)}条"
        + "，".join(rng.choice(WORDS) for _ in range(rng.randint(3, 6)))
        + "。"
        + ("\n" if rng.random() < 0.3 else "")
        for _ in range(sentences)
    )


def speech(title: str, body: str) -> dict:
    return {"title": title, "body": body}


def snapshot() -> tuple[set, set, set, set]:
    """Return every stored row of text reuse, without row ids."""
    return (
        set(Relation.objects.values_list("speech_id", "other_id", "shared", "copy")),
        {
            frozenset(passage.members.values_list("speech_id", "start", "end"))
            for passage in Passage.objects.all()
        },
        set(
            PassageLink.objects.values_list(
                "speech_id", "start", "end", "other_id", "other_start", "other_end"
            )
        ),
        set(Copy.objects.values_list("speech_id", "canonical_id")),
    )


def test_a_passage_quoted_in_another_speech_is_marked_in_both(indexed):
    quoted = prose(1, 6)
    county, town = indexed(
        speech("县委书记在全县大会上的讲话", prose(2, 10) + quoted + prose(3, 10)),
        speech("镇党委书记传达全县大会精神", prose(4, 5) + quoted + prose(5, 5)),
    )
    [passage] = speech_reused(county.pk)
    assert passage.speech_ids == (town.pk,)
    [in_town] = speech_reused(town.pk)
    for body, found in ((county.body, passage), (town.body, in_town)):
        marked = body[found.start : found.end]
        # The quotation, give or take a character the neighbours happen to share.
        assert quoted.strip()[1:-1] in marked
        assert len(marked) <= len(quoted) + 4
    assert [relative.speech.pk for relative in speech_relatives(town.pk)] == [county.pk]
    assert speech_copies(county.pk) == []


def test_passages_are_listed_with_the_earliest_speech_first(indexed):
    quoted = prose(6, 6)
    late, early, undated = indexed(
        speech("二〇二四年的讲话", prose(7, 4) + quoted),
        speech("二〇一九年的讲话", prose(8, 4) + quoted),
        speech("日期不详的讲话", prose(9, 4) + quoted),
        speech("引用它们的讲话", quoted + prose(10, 4)),
    )[:3]
    Speech.objects.filter(pk=late.pk).update(effective_date="2024-03-01")
    Speech.objects.filter(pk=early.pk).update(effective_date="2019-05-01")
    quoting = Speech.objects.get(title="引用它们的讲话")
    [passage] = speech_reused(quoting.pk)
    assert passage.speech_ids == (early.pk, late.pk, undated.pk)


def test_an_edit_that_removes_the_quoted_passage_removes_the_link(indexed):
    quoted = prose(11, 6)
    first, second = indexed(
        speech("第一篇", prose(12, 6) + quoted),
        speech("第二篇", quoted + prose(13, 6)),
    )
    assert speech_reused(second.pk)
    second.body = prose(14, 12)
    second.save()
    drain_queue(blocking=True)
    assert speech_reused(second.pk) == []
    assert speech_reused(first.pk) == []


def test_a_copy_is_grouped_and_regrouped_when_its_canonical_speech_goes(indexed):
    text = prose(15, 20)
    copy_text = text.replace("，", ",", 2)[:-1] + "！"
    original, copy, third = indexed(
        speech("原文", text),
        speech("转载", "来源：某网站\n" + copy_text),
        speech("再转载", text + "\n（责任编辑：某某）"),
    )
    assert set(speech_copies(original.pk)) == {copy.pk, third.pk}
    canonical = Copy.objects.get(speech_id=copy.pk).canonical_id
    Speech.objects.get(pk=canonical).delete()
    drain_queue(blocking=True)
    remaining = {original.pk, copy.pk, third.pk} - {canonical}
    for pk in remaining:
        assert set(speech_copies(pk)) == remaining - {pk}
    assert Copy.objects.filter(speech_id__in=remaining).count() == 1


def test_rebuilding_from_nothing_gives_what_the_updates_gave(indexed):
    quoted, other = prose(16, 5), prose(17, 5)
    speeches = indexed(
        speech("甲", prose(18, 8) + quoted + prose(19, 3)),
        speech("乙", quoted + other),
        speech("丙", prose(20, 4) + other + quoted),
        speech("丁", prose(21, 10)),
        speech("戊", prose(22, 6) + quoted + other + prose(23, 2)),
    )
    speeches[1].body = speeches[1].body + prose(24, 3)
    speeches[1].save()
    speeches[3].delete()
    drain_queue(blocking=True)
    updated = snapshot()
    assert updated[0]
    call_command("reuse", "rebuild")
    assert snapshot() == updated
    call_command("reuse", "check")


def test_a_rebuild_split_with_a_forked_child_stores_what_one_process_does(
    indexed, monkeypatch
):
    quoted = prose(30, 6)
    indexed(
        *(
            speech(
                f"篇{number}", prose(31 + number, 4) + (quoted if number % 3 else "")
            )
            for number in range(12)
        )
    )
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)  # fork for every batch
    monkeypatch.setattr(services, "ALIGN_BATCH", 7)  # several windows of pairs
    call_command("reuse", "rebuild")
    forked = snapshot(), keys_and_fingerprints()
    assert forked[0][0]
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    call_command("reuse", "rebuild")
    assert (snapshot(), keys_and_fingerprints()) == forked


def keys_and_fingerprints() -> tuple[list, list]:
    return (
        list(WindowKey.objects.order_by("pk").values_list("key", "speech_id")),
        list(
            Fingerprint.objects.order_by("pk").values_list(
                "speech_id", "digest", "length"
            )
        ),
    )


def test_a_text_held_whole_inside_a_longer_one_is_contained_in_it(indexed):
    from django.test import Client

    from reuse.selectors import speech_reuse

    item = prose(25, 6)
    short, bulletin = indexed(
        speech("一条消息", item),
        speech(
            "当天的全部消息", prose(26, 12) + "\n【一条消息】\n" + item + prose(27, 12)
        ),
    )
    assert [s.pk for s in speech_reuse(short.pk).containers] == [bulletin.pk]
    assert [s.pk for s in speech_reuse(bulletin.pk).contained] == [short.pk]
    assert speech_reuse(bulletin.pk).containers == []
    assert speech_copies(short.pk) == []
    page = Client().get(f"/speeches/{short.pk}/").content.decode()
    assert 'id="contained-in"' in page and "当天的全部消息" in page
