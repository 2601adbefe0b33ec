"""A text many speeches hold costs rows in their number, not its square."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from reuse import services
from reuse.models import Passage, Relation
from reuse.selectors import speech_copies, speech_reused

from .test_maintenance import prose, snapshot, speech

pytestmark = pytest.mark.django_db


def test_a_template_held_by_many_speeches_is_one_passage_aligned_through_one_holder(
    indexed, monkeypatch
):
    monkeypatch.setattr(services, "CLIQUE_KEY_SPEECHES", 3)
    template = prose(40, 8)
    holders = indexed(
        *(speech(f"第{n}篇套用稿", prose(41 + n, 3) + template) for n in range(8))
    )
    [passage] = Passage.objects.all()
    assert set(passage.members.values_list("speech_id", flat=True)) == {
        holder.pk for holder in holders
    }
    # Every holder is aligned with the earliest one only: 7 pairs, not 28.
    pairs = {
        frozenset(p) for p in Relation.objects.values_list("speech_id", "other_id")
    }
    assert pairs == {frozenset((holders[0].pk, h.pk)) for h in holders[1:]}
    # Each page still names every other holder of the text.
    [seen] = speech_reused(holders[5].pk)
    assert set(seen.speech_ids) == {h.pk for h in holders} - {holders[5].pk}
    updated = snapshot()
    call_command("reuse", "rebuild")
    assert snapshot() == updated


def test_copies_of_an_item_carried_by_twenty_bulletins_still_meet_each_other(indexed):
    item = prose(60, 12)
    bulletins = [
        speech(f"第{day}天的全部消息", prose(61 + day, 6) + item + prose(90 + day, 6))
        for day in range(20)
    ]
    stored = indexed(
        *bulletins,
        speech("一条消息", item),
        speech("一条消息（转载）", "来源：某网站\n" + item.replace("，", ",", 2)),
    )
    first, second = stored[-2:]
    assert set(speech_copies(first.pk)) == {second.pk}
