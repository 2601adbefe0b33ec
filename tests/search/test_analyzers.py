"""Folding and the two analyses the index is built from."""

from collections import defaultdict

import jieba
from hypothesis import given, settings
from hypothesis import strategies as st

from search.engines.whoosh.core.analyzers import (
    BigramPositions,
    BigramTokenizer,
    CharacterCounts,
    JiebaTokenizer,
    bigrams,
    block_index_words,
    index_words,
    jieba_words,
    unpack_positions,
)
from search.engines.whoosh.core.dictionary import apply_words, start_jieba
from search.folding import fold


def test_fold_drops_whitespace_and_folds_width_and_case():
    assert fold("双 报\n到\u3000５Ｇ，ＡＢ") == "双报到5g,ab"


def test_fold_keeps_punctuation():
    assert fold("报到，服务") == "报到,服务"


def test_bigrams_overlap_and_keep_their_order():
    assert bigrams("双报到") == ["双报", "报到"]
    assert bigrams("党") == []


def test_bigram_tokenizer_numbers_positions_by_character():
    tokens = [(t.text, t.pos) for t in BigramTokenizer()("双报到a", positions=True)]
    assert tokens == [("双报", 0), ("报到", 1), ("到a", 2)]


def test_jieba_tokenizer_numbers_positions_one_by_one_not_by_offset():
    start_jieba()
    text = "推动在职党员到社区报到"
    tokens = [(t.text, t.pos) for t in JiebaTokenizer()(text, positions=True)]
    assert [pos for _text, pos in tokens] == list(range(len(tokens)))
    expected = [
        word
        for word, _start, _end in jieba.tokenize(text, mode="search", HMM=False)
        if len(word) >= 2
    ]
    assert [text for text, _pos in tokens] == expected
    assert "党员" in expected and "到" not in expected


def test_jieba_tokenizer_leaves_out_punctuation_and_single_characters():
    start_jieba()
    assert {t.text for t in JiebaTokenizer()("发展，,服务的")} == {"发展", "服务"}


# Words jieba knows, their prefixes and overlaps ("中华人民共和国", "人民", "共和"),
# a user word, letters and digits jieba joins ("5g", "2025"), characters of
# re_han that are no word ("+", "."), and characters jieba has never seen:
# with user words 人丅 and 丅人 (one frequency), 人丅人 cuts two ways with the
# same score, and jieba takes the longer first word.
JIEBA_PIECES = [
    *"中华人民共和国务院总理发展的了在职党员到社区报双牛鼻子新闻联播",
    "中华人民共和国",
    "国务院",
    "新闻联播",
    "在职党员",
    "社区报到",
    "双报到",
    "牛鼻子",
    "高质量发展",
    *"ab5g2025x.%+-_",
    "5g网络",
    *"丄丅",
    "人丅人",
]


def jieba_block_words(block: str) -> tuple[str, ...]:
    return tuple(word for word, _start, _end in jieba_words(block))


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(JIEBA_PIECES), max_size=40),
    user_words=st.lists(
        st.sampled_from(["双报到", "牛鼻子", "5g网络", "报到情况", "人丅", "丅人"])
    ),
)
def test_index_words_cut_as_jieba_search_mode_does(pieces, user_words):
    start_jieba()
    block = "".join(pieces)
    try:
        apply_words(user_words)
        assert block_index_words.__wrapped__(block) == jieba_block_words(block)
        text = f"{block}，{block[::-1]}。{block}"
        assert index_words(text) == [word for word, _s, _e in jieba_words(text)]
    finally:
        apply_words(())


def test_index_words_break_a_tie_as_jieba_does():
    start_jieba()
    try:
        apply_words(["人丅", "丅人"])  # 人丅|人 and 人|丅人 score the same
        assert block_index_words.__wrapped__("人丅人") == ("人丅",)
        assert jieba_block_words("人丅人") == ("人丅",)
    finally:
        apply_words(())


def test_index_words_cut_news_text_as_jieba_does():
    start_jieba()
    text = fold(
        "国务院总理主持召开国务院常务会议，部署推动高质量发展；"
        "在职党员到社区报到，2025年5G网络覆盖率达到95.5%。"
    )
    assert index_words(text) == [word for word, _s, _e in jieba_words(text)]
    assert {"国务院", "高质量", "发展", "5g", "95.5%"} & set(index_words(text))


def test_bigram_format_stores_every_position_of_each_bigram():
    values = {
        word: (frequency, unpack_positions(value).tolist())
        for word, frequency, _weight, value in BigramPositions().word_values(
            "哈哈哈", None
        )
    }
    assert values == {"哈哈": (2, [0, 1])}
    assert BigramPositions().decode_positions(BigramPositions().encode([3, 9])) == [
        3,
        9,
    ]


# Few characters, so bigrams repeat; an astral one (U+20000) counts as one position.
BIGRAM_ALPHABET = "党建发展，报\U00020000a"


def brute_bigram_postings(text: str) -> dict[str, bytes]:
    """Each bigram's packed positions, found by slicing the text in Python."""
    positions = defaultdict(list)
    for index in range(len(text) - 1):
        positions[text[index : index + 2]].append(index)
    return {word: BigramPositions().encode(found) for word, found in positions.items()}


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=BIGRAM_ALPHABET, max_size=300),
    pad=st.sampled_from([0, 0, 65_530, 65_536, 70_000]),
)
def test_bigram_postings_equal_slicing_the_text(text, pad):
    # ``pad`` moves the text past 65,535 characters: 4-byte positions for some bigrams.
    text = "。" * pad + text
    found = {
        word: (frequency, weight, value)
        for word, frequency, weight, value in BigramPositions().word_values(text, None)
    }
    expected = brute_bigram_postings(text)
    assert found == {
        word: (len(unpack_positions(value)), len(unpack_positions(value)), value)
        for word, value in expected.items()
    }


def test_character_counts_count_each_character():
    counts = {w: f for w, f, _wt, _v in CharacterCounts().word_values("报到报", None)}
    assert counts == {"报": 2, "到": 1}
