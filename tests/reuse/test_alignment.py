"""Alignment finds every passage two texts share, and only passages they share."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from reuse.alignment import MIN_PASSAGE, Hashed, align, coverage
from reuse.fingerprints import shingle_hashes

CHARACTERS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高"
)


def hashed(text: str) -> Hashed:
    return Hashed.of(shingle_hashes(text))


def noise(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(CHARACTERS) for _ in range(size))


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10**6),
    shared=st.integers(MIN_PASSAGE, 400),
    before=st.integers(0, 300),
    after=st.integers(0, 300),
)
def test_a_passage_planted_in_two_random_texts_is_found_where_it_was_put(
    seed, shared, before, after
):
    rng = random.Random(seed)
    passage = noise(rng, shared)
    a = noise(rng, 200) + passage + noise(rng, 100)
    b = noise(rng, before) + passage + noise(rng, after)
    matches = align(hashed(a), hashed(b))
    # Random text can extend the planted passage by a character or two.
    found = [m for m in matches if m.a_start <= 200 + 2 and m.a_end >= 200 + shared - 2]
    assert found, matches
    match = found[0]
    assert match.b_start - match.a_start == before - 200


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10**6))
def test_every_exact_match_is_text_both_hold(seed):
    rng = random.Random(seed)
    common = [noise(rng, rng.randint(10, 120)) for _ in range(4)]
    a = "".join(noise(rng, rng.randint(0, 80)) + piece for piece in common)
    b = "".join(noise(rng, rng.randint(0, 80)) + piece for piece in reversed(common))
    for match in align(hashed(a), hashed(b), min_passage=1):
        if match.exact:
            assert a[match.a_start : match.a_end] == b[match.b_start : match.b_end]


def test_a_few_changed_characters_leave_one_passage():
    rng = random.Random(7)
    text = noise(rng, 600)
    changed = text[:150] + "Ｘ" + text[151:400] + "ＹＺ" + text[402:]
    matches = align(hashed(text), hashed(changed))
    assert len(matches) == 1
    assert coverage(matches, len(text)) > 0.98


def test_unrelated_texts_share_nothing():
    rng = random.Random(11)
    assert align(hashed(noise(rng, 2000)), hashed(noise(rng, 2000))) == []


def test_a_shared_phrase_shorter_than_a_passage_is_not_reuse():
    rng = random.Random(3)
    phrase = "把青禾县渠道清淤摆在更加突出位置"
    a = noise(rng, 100) + phrase + noise(rng, 100)
    b = noise(rng, 100) + phrase + noise(rng, 100)
    assert align(hashed(a), hashed(b)) == []
