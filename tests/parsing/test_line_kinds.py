"""The genre words every rule reads, kept in one place (speeches/parsing/line_kinds.py)."""

import re

from speeches.parsing import parse_text
from speeches.parsing.line_kinds import (
    SPEECH_GENRES,
    SPOKEN_GENRES,
    TITLE_GENRES,
    genre_words,
)

OPENING = (
    "同志们：\n今天到这里看了看，感到很受鼓舞。开发区的建设要加快步伐，步子要快一些。"
)


def test_genre_words_put_a_longer_word_first():
    assert genre_words(("讲话",), ("讲话稿",)) == "(?:讲话稿|讲话)"


def test_genre_words_name_each_word_once():
    assert genre_words(SPEECH_GENRES, SPEECH_GENRES).count("讲话") == 1


def test_every_family_holds_the_base():
    for family in (SPOKEN_GENRES, TITLE_GENRES):
        assert set(SPEECH_GENRES) <= set(family)


def test_a_genre_alternation_matches_its_words_whole():
    ending = re.compile(genre_words(SPOKEN_GENRES) + "$")
    assert ending.search("在开幕式上的贺辞")
    assert not ending.search("在开幕式上的讲")


def test_a_talk_names_its_occasion_as_a_speech_does():
    speech = parse_text("在视察某某开发区时的谈话\n" + OPENING)
    assert speech.occasion == "视察某某开发区"


def test_a_greeting_printed_as_hong_kong_does_names_its_occasion():
    page = "以下是行政长官今日在某某酒会上的献辞全文：\n各位嘉宾：\n" + OPENING[5:]
    speech = parse_text(page)
    assert speech.occasion == "某某酒会"
    assert speech.body.startswith("各位嘉宾：")
