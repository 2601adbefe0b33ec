"""Mentions and their sentences take time linear in the body, however many there are."""

import random
import time

import pytest

from speeches.importing import speech_import
from speeches.mentions import CONTEXT_LIMIT, SENTENCE_END, Sentences
from speeches.models import Mention, Slogan
from speeches.parsing import parse_text
from speeches.parsing.reference import general_words

pytestmark = pytest.mark.django_db


def sentence_by_walking(body: str, offset: int, length: int) -> str:
    """The obvious answer: walk out from the words to the sentence's ends."""
    start = offset
    while start > 0 and not SENTENCE_END.match(body[start - 1]):
        start -= 1
    end = offset + length
    while end < len(body) and not SENTENCE_END.match(body[end]):
        end += 1
    if end < len(body) and body[end] != "\n":
        end += 1
    start = max(start, offset - CONTEXT_LIMIT // 2)
    end = min(end, offset + length + CONTEXT_LIMIT // 2)
    return body[start:end].strip()


def test_sentences_agree_with_walking_out_on_random_bodies():
    rng = random.Random(7)
    for _ in range(300):
        body = "".join(
            rng.choice("双报到。，！\n甲乙丙；") for _ in range(rng.randint(1, 400))
        )
        sentences = Sentences(body)
        for _ in range(20):
            offset = rng.randrange(len(body))
            length = rng.randint(1, min(6, len(body) - offset))
            assert sentences.around(offset, length) == sentence_by_walking(
                body, offset, length
            )


def import_seconds(repeats: int, tag: str) -> float:
    """Return the CPU seconds one import of a line of repeated quoted slogans takes
    (the best of two, each a text of its own)."""
    best = float("inf")
    for attempt in range(2):
        line = "“三会一课”“双报到”" * repeats
        raw = f"在支部大会上的讲话（{tag}{attempt}）\n同志们：\n{line}\n"
        parsed = parse_text(raw)
        started = time.process_time()
        speech_import(parsed=parsed, source_file=f"/f/{tag}{attempt}")
        best = min(best, time.process_time() - started)
    return best


def test_a_megabyte_line_of_repeated_quoted_slogans_imports_in_linear_time():
    """Four times the text takes about four times as long (a quadratic step would
    take sixteen): measured against a quarter-size import of the same run, in CPU
    time, so that a busy machine slows both alike. bench/megabyte_line.py times the
    wall clock on a quiet machine."""
    general_words()  # read once per process (jieba's dictionary), not per import
    full = 90_000  # one line of 990,000 characters, 3 MB in UTF-8
    assert len(("“三会一课”“双报到”" * full).encode("utf-8")) >= 1_000_000
    quarter = import_seconds(full // 4, "quarter")
    whole = import_seconds(full, "whole")
    assert whole <= 8 * quarter + 0.5, f"{whole:.2f} s against {quarter:.2f} s"
    slogan = Slogan.objects.get(text="三会一课")
    assert Mention.objects.filter(slogan=slogan, text="三会一课").exists()
