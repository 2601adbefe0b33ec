"""Fingerprints: folding with offsets, shingles, MinHash signatures and LSH bands."""

import numpy as np
from datasketch import MinHash, MinHashLSH
from hypothesis import given, settings
from hypothesis import strategies as st

from reuse.fingerprints import (
    BANDS,
    NUM_PERM,
    ROWS,
    SEED,
    SHINGLE,
    band_keys,
    fold,
    fold_with_offsets,
    hash32,
    lsh_parameters,
    shingle_hashes,
    signatures,
    windows,
)

# The machine is shared: time limits per example would make the results depend
# on the load, not on the code (deadline=None).

# Characters of speeches, with full-width forms, spaces and a ligature that expands.
ALPHABET = "党的建设基层工作会议要求，。！；ＡＢ１２ ab\u3000\n…ﬁ】"
texts = st.text(alphabet=ALPHABET, max_size=300)


@settings(deadline=None)
@given(texts)
def test_folding_keeps_for_each_folded_character_the_character_it_came_from(text):
    folded = fold_with_offsets(text)
    assert folded.text == fold(text)
    assert len(folded.offsets) == len(folded.text) + 1
    for index, char in enumerate(folded.text):
        assert char in fold(text[folded.offsets[index]])


def test_folding_removes_whitespace_and_widths_as_search_does():
    folded = fold_with_offsets("全　面\n从严 ＡＢ")
    assert folded.text == "全面从严ab"
    assert folded.source_span(2, 4) == (4, 6)  # 从严


@settings(deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=SHINGLE, max_size=80))
def test_equal_shingles_hash_equal_and_different_ones_differ(text):
    folded = fold(text)
    hashes = shingle_hashes(folded)
    shingles = [folded[i : i + SHINGLE] for i in range(len(folded) - SHINGLE + 1)]
    by_shingle = {}
    for shingle, value in zip(shingles, hashes.tolist(), strict=True):
        assert by_shingle.setdefault(shingle, value) == value
    assert len(set(by_shingle.values())) == len(by_shingle)


def test_windows_are_sentences_and_short_sentences_are_left_out():
    text = "同志们:今天召开全县基层党建工作推进会。谢谢!" + "要" * 300 + "。"
    spans = windows(text)
    assert text[spans[0][0] : spans[0][1]] == "同志们:今天召开全县基层党建工作推进会。"
    assert all(text[start:end] != "谢谢!" for start, end in spans)
    # A 301-character sentence becomes windows of about MAX_WINDOW characters.
    assert len(spans) == 1 + 3


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="党建工作会议要求强化责任落实。", min_size=40, max_size=400))
def test_signatures_are_those_datasketch_computes_for_each_window(text):
    hashes = shingle_hashes(text)
    spans = [(a, b) for a, b in windows(text) if b - a >= SHINGLE]
    computed = signatures(hashes, spans)
    for (start, end), row in zip(spans, computed, strict=True):
        expected = MinHash(
            num_perm=NUM_PERM, seed=SEED, hashfunc=lambda value: value, scheme="legacy"
        )
        expected.update_batch(hash32(hashes[start : end - SHINGLE + 1]).tolist())
        assert np.array_equal(expected.hashvalues, row)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.text(alphabet="党建工作会议要求强化责任落实基层", min_size=20, max_size=60),
        min_size=2,
        max_size=12,
    )
)
def test_band_keys_find_exactly_the_windows_datasketch_lsh_finds(sentences):
    assert lsh_parameters() == (BANDS, ROWS)
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    keys = {}
    for number, sentence in enumerate(sentences):
        hashes = shingle_hashes(sentence)
        row = signatures(hashes, [(0, len(sentence))])
        minhash = MinHash(
            num_perm=NUM_PERM, seed=SEED, scheme="legacy", hashvalues=row[0]
        )
        lsh.insert(number, minhash)
        keys[number] = (set(band_keys(row).tolist()), minhash)
    for own, minhash in keys.values():
        by_keys = {other for other, (theirs, _) in keys.items() if own & theirs}
        assert by_keys == set(lsh.query(minhash))
