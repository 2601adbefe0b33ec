"""Recurring runs counted with numpy agree with counting every run in Python."""

import math
import random
from collections import Counter, defaultdict

import pytest

from speeches import runs as counting
from speeches.runs import CLAUSE, recurring_runs


def runs_by_brute_force(texts, *, min_texts, min_chars, max_chars):
    """Count every run of every clause with dictionaries (the obvious way)."""
    df, left, right = Counter(), defaultdict(Counter), defaultdict(Counter)
    for text in texts:
        seen = set()
        for clause in CLAUSE.findall(text):
            for start in range(len(clause)):
                for end in range(
                    start + min_chars, min(len(clause), start + max_chars) + 1
                ):
                    run = clause[start:end]
                    seen.add(run)
                    left[run][clause[start - 1] if start else "^"] += 1
                    right[run][clause[end] if end < len(clause) else "$"] += 1
        df.update(seen)

    def entropy(counts):
        total = sum(counts.values())
        return -sum(c / total * math.log(c / total) for c in counts.values())

    found = {}
    for run, texts_using in df.items():
        if texts_using < min_texts:
            continue
        halves = 0 if len(run) == min_chars else max(df[run[:-1]], df[run[1:]])
        found[run] = (
            texts_using,
            sum(left[run].values()),
            halves,
            round(entropy(left[run]), 9),
            round(entropy(right[run]), 9),
        )
    return found


def counted(texts, **limits):
    runs, _ = recurring_runs(texts, **limits)
    return {
        run.text: (
            run.speeches,
            run.occurrences,
            run.half_speeches,
            round(run.left_entropy, 9),
            round(run.right_entropy, 9),
        )
        for run in runs
    }


@pytest.mark.parametrize("seed", range(12))
def test_numpy_counts_agree_with_brute_force_on_random_texts(seed, monkeypatch):
    if seed % 2:  # counted in many small chunks and shares of the hashes
        monkeypatch.setattr(counting, "CHUNK_POSITIONS", 37)
        monkeypatch.setattr(counting, "SHARE_POSITIONS", 50)
    rng = random.Random(seed)
    alphabet = "党建引领基层治理，。双报到"  # few characters: many runs recur
    texts = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        for _ in range(rng.randint(1, 14))
    ]
    limits = {"min_texts": rng.randint(1, 3), "min_chars": 4, "max_chars": 7}
    assert counted(texts, **limits) == runs_by_brute_force(texts, **limits)


def test_runs_never_cross_a_clause_or_a_text():
    texts = ["甲乙丙丁，戊己庚辛", "丁戊己庚甲乙丙丁", "甲乙丙丁戊"]
    found = counted(texts, min_texts=2, min_chars=4, max_chars=6)
    assert set(found) == {"甲乙丙丁"}
    assert found["甲乙丙丁"][:2] == (3, 3)


def test_the_clauses_characters_are_counted():
    _, characters = recurring_runs(
        ["甲乙丙丁，ab戊己庚辛壬", "甲乙"], min_texts=1, min_chars=4, max_chars=5
    )
    assert characters == 9


def test_only_runs_that_hold_together_are_returned_when_asked():
    rng = random.Random(5)
    texts = ["".join(rng.choice("党建引领基层") for _ in range(90)) for _ in range(9)]
    limits = {"min_texts": 2, "min_chars": 4, "max_chars": 6}
    everything = runs_by_brute_force(texts, **limits)
    holding = {
        run
        for run, (texts_using, _, halves, left, right) in everything.items()
        if texts_using >= 0.6 * (halves or texts_using) and min(left, right) >= 1.0
    }
    found = counted(texts, **limits, min_cohesion=0.6, min_entropy=1.0)
    assert set(found) == holding and 0 < len(holding) < len(everything)


def test_a_long_count_calls_its_step_while_it_reads_and_counts():
    steps = []
    texts = ["甲乙丙丁戊己庚辛"] * 2_500
    recurring_runs(
        texts, min_texts=2, min_chars=4, max_chars=5, step=lambda: steps.append(1)
    )
    assert len(steps) >= 2 + 2  # two thousands of texts read, two levels counted
