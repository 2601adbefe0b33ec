"""Copies of one speech count once in slogan statistics and related speeches."""

import datetime as dt

import pytest

from reuse.selectors import speech_relatives
from speeches import selectors
from speeches.models import Slogan
from tests.reuse.test_maintenance import prose
from watch.usage import slogan_series

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(indexed):
    text = prose(51, 20) + "\n要抓好“双报到”，落实“双报到”。"
    original, repost, other, quoting = indexed(
        {
            "title": "原文",
            "body": text,
            "date": dt.date(2022, 3, 1),
            "slogans": ("双报到",),
        },
        {
            "title": "转载",
            "body": "来源：某网站\n" + text,
            "date": dt.date(2022, 3, 2),
            "slogans": ("双报到",),
        },
        {
            "title": "另一篇",
            "body": prose(52, 8) + "推动“双报到”。",
            "date": dt.date(2022, 5, 1),
            "slogans": ("双报到",),
        },
        {
            "title": "引用原文的讲话",
            "body": prose(53, 4) + text[:400],
            "date": dt.date(2023, 1, 1),
            "slogans": ("双报到",),
        },
    )
    group = set(selectors.speech_group(repost.pk).values_list("pk", flat=True))
    assert group == {original.pk, repost.pk}
    return original, repost, other, quoting


def test_a_slogan_used_by_two_copies_counts_one_speech(archive):
    slogan = selectors.slogans_with_usage().get(text="双报到")
    # The quoting speech quotes the part without the slogan.
    assert slogan.speech_count == 2
    assert slogan.mention_count == 2 + 1
    usage = selectors.slogan_usage_by_year(Slogan.objects.get(text="双报到"))
    assert [(u.year, u.speeches, u.mentions) for u in usage] == [(2022, 2, 3)]
    _years, [series] = slogan_series([Slogan.objects.get(text="双报到")])
    assert [(c.year, c.speeches) for c in series.years] == [(2022, 2)]


def test_related_speeches_show_a_group_of_copies_once(archive):
    original, repost, other, quoting = archive
    related = [s.pk for s in selectors.speeches_related(other)]
    assert original.pk in related or repost.pk in related
    assert not (original.pk in related and repost.pk in related)
    assert repost.pk not in [s.pk for s in selectors.speeches_related(original)]
    relatives = [r.speech.pk for r in speech_relatives(quoting.pk)]
    assert len({original.pk, repost.pk} & set(relatives)) == 1
    assert [r.speech.pk for r in speech_relatives(original.pk)] == [quoting.pk]
