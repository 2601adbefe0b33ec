"""Mentions and their sentences take time linear in the body, however many there are."""

import os
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


@pytest.mark.skipif(
    os.getloadavg()[0] > 2 * (os.cpu_count() or 1),
    reason="the machine is too busy for a wall-clock bound to mean anything",
)
def test_a_megabyte_line_of_repeated_quoted_slogans_imports_within_ten_seconds():
    line = "“三会一课”“双报到”" * 90_000  # about 1 MB in UTF-8, one line
    raw = "在支部大会上的讲话\n同志们：\n" + line + "\n"
    assert len(raw.encode("utf-8")) >= 1_000_000
    general_words()  # read once per process (jieba's dictionary), not per import
    started = time.perf_counter()
    speech = speech_import(parsed=parse_text(raw), source_file="/f/repeat").speech
    elapsed = time.perf_counter() - started
    assert elapsed <= 10, f"import took {elapsed:.1f} s"
    slogan = Slogan.objects.get(text="三会一课")
    assert Mention.objects.filter(slogan=slogan, speech=speech).exists()
