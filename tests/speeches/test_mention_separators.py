"""A slogan is found under whatever a page prints between its parts: "，", ",", "、",
a small-form comma, a space (speeches.parsing.lexicon.separator_fold), with offsets
in the speech's own text."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speeches.importing import speech_import
from speeches.models import Mention, Slogan
from speeches.parsing import parse_text
from speeches.parsing.lexicon import SEPARATORS, PhraseFinder, default_lexicon
from speeches.selectors import speech_slogans

WAYS = ["，", ",", "、", " ", "　", "﹐", "､", "， ", " , "]


@pytest.mark.parametrize("between", WAYS)
def test_a_formulation_is_found_under_any_separator(between):
    text = f"我们必须坚持解放思想{between}实事求是，开拓创新。"
    [found] = PhraseFinder(["解放思想，实事求是"]).find(text)
    assert text[found.offset : found.end] == f"解放思想{between}实事求是"
    assert default_lexicon().entry(f"解放思想{between}实事求是") is not None


def test_a_separator_is_not_a_part():
    assert PhraseFinder(["解放思想，实事求是"]).find("解放思想实事求是") == []
    assert PhraseFinder(["解放思想，实事求是"]).find("解放思想。实事求是") == []
    assert PhraseFinder(["解放思想，实事求是"]).find("解放思想\n实事求是") == []


def test_offsets_stay_right_after_quotes_pinyin_and_runs_of_spaces():
    text = "“一國(guó)兩制”　　行穩致遠，" + "各位  朋友，堅持解放思想 , 實事求是。"
    finder = PhraseFinder(["解放思想，实事求是", "一国两制、行稳致远"])
    words = [text[o.offset : o.end] for o in finder.find(text)]
    assert words == ["一國(guó)兩制”　　行穩致遠", "解放思想 , 實事求是"]


CJK = st.sampled_from("改革开放发展稳定创新协调")
PART = st.text(CJK, min_size=1, max_size=3)
RUN = st.text(st.sampled_from(SEPARATORS), min_size=1, max_size=3)
FILLER = st.text(st.sampled_from("改革开放发展。的\n" + SEPARATORS), max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(PART, min_size=2, max_size=3),
    stored_with=st.sampled_from(["，", "、", ","]),
    pieces=st.lists(
        st.tuples(FILLER, st.lists(RUN, min_size=2, max_size=2)), max_size=4
    ),
    tail=FILLER,
)
def test_every_use_under_any_separators_is_found(parts, stored_with, pieces, tail):
    """Oracle: every place the parts follow one another with a run of separators
    between them is found, and nothing else; each find slices back to the parts."""
    text = ""
    for filler, runs in pieces:
        text += filler + "".join(
            part + (runs[index % 2] if index < len(parts) - 1 else "")
            for index, part in enumerate(parts)
        )
    text += tail
    seps = f"[{re.escape(SEPARATORS)}]+"
    pattern = re.compile(seps.join(map(re.escape, parts)))
    expected = {
        (start, match.end())
        for start in range(len(text))
        if (match := pattern.match(text, start))
    }
    found = PhraseFinder([stored_with.join(parts)]).find(text)
    got = {(o.offset, o.end) for o in found}
    assert got == expected
    for offset, end in got:
        assert re.split(seps, text[offset:end]) == parts


HALF_WIDTH = (
    "在全市干部大会上的讲话\n同志们：\n"
    "我们要坚持解放思想,实事求是，坚定不移推进改革。"
    "优化环境永无止境，营商环境没有最好,只有更好。\n"
)


@pytest.mark.django_db
def test_the_archive_lists_a_formulation_printed_with_a_half_width_comma():
    parsed = parse_text(HALF_WIDTH)
    assert "解放思想,实事求是" in {slogan.text for slogan in parsed.slogans}
    speech = speech_import(parsed=parsed, source_file="/f/half").speech
    listed = speech_slogans(speech)
    for words in ("解放思想,实事求是", "营商环境没有最好,只有更好"):
        assert words in listed
        mention = Mention.objects.get(speech=speech, text=words)
        assert speech.body[mention.offset : mention.offset + len(words)] == words
        assert not mention.nested


@pytest.mark.django_db
def test_a_slogan_added_by_hand_is_found_under_another_separator():
    from speeches.slogans import slogan_mentions_find

    speech = speech_import(
        parsed=parse_text(
            HALF_WIDTH.replace("坚定不移推进改革", "坚持稳中求进、守正创新")
        ),
        source_file="/f/hand",
    ).speech
    slogan = Slogan.objects.create(text="稳中求进，守正创新")
    assert slogan_mentions_find(slogan=slogan) == [speech.pk]
    mention = Mention.objects.get(speech=speech, slogan=slogan)
    assert mention.text == "稳中求进、守正创新"
