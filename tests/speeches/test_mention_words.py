"""A slogan's uses keep the speech's own words: its script, without pinyin or quotes."""

import pytest

from speeches.importing import speech_import
from speeches.models import Mention, Slogan
from speeches.parsing import parse_text
from speeches.selectors import speech_slogans

pytestmark = pytest.mark.django_db

TRADITIONAL = (
    "在青年論壇上的致辭\n各位朋友：\n"
    "我們堅定落實一國兩制，堅持愛國者治港，讓青年在發展中找到機會。\n"
)
PINYIN = (
    "在社區大會上的講話\n同志們：\n"
    "全面準確貫徹一國(guó)兩制方針，這是我們長期的工作。\n"
)
SIMPLIFIED = "在座谈会上的讲话\n同志们：\n我们要坚持一国两制，维护长期繁荣稳定。\n"


def imported(text, name):
    return speech_import(parsed=parse_text(text), source_file=f"/f/{name}").speech


def test_a_traditional_speech_lists_a_lexicon_slogan_in_its_own_characters():
    speech = imported(TRADITIONAL, "t")
    slogan = Slogan.objects.get(text="一国两制")
    mention = Mention.objects.get(speech=speech, slogan=slogan)
    assert speech.body[mention.offset : mention.offset + 4] == "一國兩制"
    assert mention.text == "一國兩制"
    assert "一國兩制" in speech_slogans(speech)
    assert "一国两制" not in speech_slogans(speech)


def test_a_converters_pinyin_is_left_out_of_the_words():
    speech = imported(PINYIN, "p")
    mention = Mention.objects.get(speech=speech, slogan__text="一国两制")
    assert mention.text == "一國兩制"


def test_the_api_and_the_slogan_page_show_each_speech_its_own_words(client):
    traditional, simplified = imported(TRADITIONAL, "t"), imported(SIMPLIFIED, "s")
    assert "一國兩制" in client.get(f"/api/speeches/{traditional.pk}").json()["slogans"]
    assert "一国两制" in client.get(f"/api/speeches/{simplified.pk}").json()["slogans"]
    slogan = Slogan.objects.get(text="一国两制")
    html = client.get(f"/slogans/{slogan.pk}/").text
    assert "<mark>一國兩制</mark>" in html and "<mark>一国两制</mark>" in html
