"""Slogans: rejected ones vanish and stay out; merged variants keep every mention."""

import pytest
from django.core.exceptions import ValidationError

from speeches.importing import speech_import
from speeches.models import Mention, Slogan
from speeches.parsing import parse_text
from speeches.reparse import speech_reparse
from speeches.selectors import speech_slogans
from speeches.slogans import (
    slogan_add,
    slogan_unmerge,
    slogans_accept,
    slogans_merge,
    slogans_reject,
)

from .conftest import SECOND_PARTY_SPEECH

pytestmark = pytest.mark.django_db


def mention_keys(slogan_text: str) -> set[tuple[int, int]]:
    return set(
        Mention.objects.filter(slogan__text=slogan_text).values_list(
            "speech_id", "offset"
        )
    )


def test_merging_two_slogans_keeps_every_mention_and_its_wording(speeches):
    short = mention_keys("双报到双服务")
    long = mention_keys("双报到、双服务、双报告")
    assert len(short) == 2 and len(long) == 1
    canonical = slogans_merge(
        slogans=Slogan.objects.filter(
            text__in=["双报到双服务", "双报到、双服务、双报告"]
        ),
        canonical_text="双报到、双服务、双报告",
    )
    assert mention_keys(canonical.text) == short | long
    wording = set(canonical.mentions.values_list("text", flat=True))
    assert wording == {"双报到双服务", "双报到、双服务、双报告"}
    variant = Slogan.objects.get(text="双报到双服务")
    assert (variant.status, variant.canonical) == (Slogan.Status.MERGED, canonical)
    # One slogan now, listed once, in the words the speech first uses it in.
    listed = speech_slogans(speeches[1])
    assert len({"双报到双服务", "双报到、双服务、双报告"} & set(listed)) == 1


def test_a_merged_variant_maps_to_its_canonical_slogan_on_reparse(speeches):
    canonical = slogans_merge(
        slogans=Slogan.objects.filter(
            text__in=["双报到双服务", "双报到、双服务、双报告"]
        ),
        canonical_text="双报到、双服务、双报告",
    )
    before = mention_keys(canonical.text)
    for speech in speeches:
        speech_reparse(speech=speech, include_reviewed=True)
    assert mention_keys(canonical.text) == before
    assert not Mention.objects.filter(slogan__text="双报到双服务").exists()


def test_merging_into_a_typed_text_creates_the_canonical_slogan(speeches):
    canonical = slogans_merge(
        slogans=Slogan.objects.filter(
            text__in=["双报到双服务", "双报到、双服务、双报告"]
        ),
        canonical_text="“机关党员双报到”",
    )
    assert canonical.text == "机关党员双报到"
    assert canonical.mentions.count() == 3
    assert Slogan.objects.filter(canonical=canonical).count() == 2


@pytest.mark.parametrize(
    ("texts", "canonical", "words"),
    [
        (["三会一课"], "三会一课", "至少需要两个"),
        (["三会一课", "双报到双服务"], "  ", "请填写"),
    ],
)
def test_an_impossible_merge_is_refused(speeches, texts, canonical, words):
    with pytest.raises(ValidationError) as error:
        slogans_merge(
            slogans=Slogan.objects.filter(text__in=texts), canonical_text=canonical
        )
    assert words in " ".join(error.value.messages)


def test_merging_into_a_rejected_slogan_is_refused(speeches):
    slogans_reject(slogans=Slogan.objects.filter(text="三会一课"))
    with pytest.raises(ValidationError, match="已弃用"):
        slogans_merge(
            slogans=Slogan.objects.filter(text__in=["三会一课", "双报到双服务"]),
            canonical_text="三会一课",
        )


def test_unmerging_gives_a_variant_its_mentions_back(speeches):
    slogans_merge(
        slogans=Slogan.objects.filter(
            text__in=["双报到双服务", "双报到、双服务、双报告"]
        ),
        canonical_text="双报到、双服务、双报告",
    )
    slogan_unmerge(slogan=Slogan.objects.get(text="双报到双服务"))
    assert len(mention_keys("双报到双服务")) == 2
    assert len(mention_keys("双报到、双服务、双报告")) == 1


def test_a_rejected_slogan_leaves_the_site_and_is_not_extracted_again(speeches):
    slogans_reject(slogans=Slogan.objects.filter(text="三会一课"))
    assert all("三会一课" not in speech_slogans(speech) for speech in speeches)
    assert not mention_keys("三会一课")
    for speech in speeches:
        speech_reparse(speech=speech, include_reviewed=True)
    speech_import(
        parsed=parse_text(SECOND_PARTY_SPEECH + "再次强调“三会一课”。\n"),
        source_file="/fixtures/second.txt",
    )
    assert not mention_keys("三会一课")
    assert Slogan.objects.get(text="三会一课").status == Slogan.Status.REJECTED


def test_accepting_a_rejected_slogan_finds_its_mentions_again(speeches):
    rejected = Slogan.objects.filter(text="三会一课")
    slogans_reject(slogans=rejected)
    slogans_accept(slogans=rejected)
    assert {speech_id for speech_id, _ in mention_keys("三会一课")} == {
        speech.pk for speech in speeches
    }


def test_a_slogan_added_by_hand_is_found_across_the_archive(speeches, editor_user):
    slogan = slogan_add(text="服务群众", user=editor_user)
    assert slogan.added_by == editor_user
    found = Mention.objects.filter(slogan=slogan).select_related("section")
    assert {mention.speech_id for mention in found} == {s.pk for s in speeches}
    for mention in found:
        assert mention.speech.body[mention.offset :].startswith("服务群众")
        assert mention.section is not None


@pytest.mark.parametrize(
    ("text", "words"),
    [("", "不能为空"), ("三会一课", "已存在"), ("“”", "不能为空")],
)
def test_adding_an_empty_or_existing_slogan_is_refused(speeches, text, words):
    with pytest.raises(ValidationError) as error:
        slogan_add(text=text)
    assert words in " ".join(error.value.messages)


@pytest.mark.django_db(transaction=True)
def test_slogan_work_tells_the_search_app_which_speeches_changed(speeches):
    from django.db import transaction

    from speeches.signals import speeches_changed

    seen = []

    def receiver(sender, speech_ids, **kwargs):
        seen.append((sorted(speech_ids), transaction.get_connection().in_atomic_block))

    both = sorted(speech.pk for speech in speeches)
    speeches_changed.connect(receiver)
    try:
        slogans_reject(slogans=Slogan.objects.filter(text="三会一课"))
        slogans_accept(slogans=Slogan.objects.filter(text="三会一课"))
        slogans_merge(
            slogans=Slogan.objects.filter(
                text__in=["双报到双服务", "双报到、双服务、双报告"]
            ),
            canonical_text="双报到、双服务、双报告",
        )
        slogan_add(text="搭建平台")
    finally:
        speeches_changed.disconnect(receiver)
    assert seen == [(both, True), (both, True), (both, True), ([both[1]], True)]
