"""Slogan pages count every speech using a formulation, inside longer ones too."""

import re

import pytest

from speeches.importing import speech_import
from speeches.models import Slogan
from speeches.parsing import parse_text
from speeches.selectors import speech_slogans

pytestmark = pytest.mark.django_db

ONE = "在街道会议上的讲话\n同志们：\n机关党员要落实双报到制度，每月到社区报到。\n"
TWO = "在区委会议上的讲话\n同志们：\n全面推行“双报到双服务”，把服务送到家门口。\n"


@pytest.fixture
def speeches(db):
    return [
        speech_import(parsed=parse_text(text), source_file=f"/f/{n}").speech
        for n, text in enumerate((ONE, TWO))
    ]


def test_a_slogan_inside_a_longer_formula_counts_that_speech_too(client, speeches):
    Slogan.objects.filter(text="双报到双服务").update(status=Slogan.Status.ACCEPTED)
    short = Slogan.objects.get(text="双报到")
    html = client.get(f"/slogans/{short.pk}/").text
    assert '<dd id="stat-speeches">2 篇</dd>' in html
    longer = re.search(r'<ul class="chips" id="longer-formulas">(.*?)</ul>', html, re.S)
    assert longer and "双报到双服务" in longer.group(1)


def test_a_speech_lists_only_what_it_uses_on_its_own(speeches):
    Slogan.objects.filter(text="双报到双服务").update(status=Slogan.Status.ACCEPTED)
    assert "双报到" in speech_slogans(speeches[0])
    assert speech_slogans(speeches[1]) == ["双报到双服务"]


def test_the_list_filters_by_text_without_javascript(client, speeches):
    response = client.get("/slogans/?q=报到")
    texts = [s.text for s in response.context["page"].object_list]
    assert texts and all("报到" in text for text in texts)
    assert 'name="q"' in response.text and 'value="报到"' in response.text
    assert client.get("/slogans/?q=不存在的提法").context["page"].paginator.count == 0


def test_first_use_ignores_undated_speeches(client, speeches):
    short = Slogan.objects.get(text="双报到")
    html = client.get(f"/slogans/{short.pk}/").text
    assert "首次使用</dt><dd>日期不详" in html


def test_the_archive_lists_the_wording_that_continues_the_first_as_the_parser(db):
    text = (
        "在科技大会上的讲话\n同志们：\n五年来创新驱动发展成效明显。\n"
        "今后要深入实施创新驱动发展战略，优化创新生态。\n"
    )
    parsed = parse_text(text)
    speech = speech_import(parsed=parsed, source_file="/f/innovation").speech
    listed = [s.text for s in parsed.slogans if s.listed and s.confident]
    assert "创新驱动发展战略" in speech_slogans(speech)
    assert "创新驱动发展" not in speech_slogans(speech)
    assert [t for t in listed if t.startswith("创新驱动")] == ["创新驱动发展战略"]
