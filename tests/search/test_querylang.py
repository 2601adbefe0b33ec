"""The query language reads anything a person types, and means what they expect."""

import pytest

from search.querylang import MAX_QUERY_CHARS, MAX_TERMS, parse_query


def groups(q):
    return [[term.text for term in group] for group in parse_query(q).groups]


def excluded(q):
    return [term.text for term in parse_query(q).excluded]


def test_spaces_separate_terms_that_must_all_occur():
    assert groups("双报到  牛鼻子") == [["双报到"], ["牛鼻子"]]


def test_a_quoted_phrase_is_one_term_with_its_spaces_folded_away():
    assert groups('"全面 从严" 治党') == [["全面从严"], ["治党"]]


@pytest.mark.parametrize(
    "quoted", ["“双报到 工作”", "「双报到 工作」", "＂双报到 工作＂"]
)
def test_chinese_quotation_marks_quote_too(quoted):
    assert groups(quoted) == [["双报到工作"]]


def test_or_joins_its_neighbours_and_binds_tighter_than_and():
    assert groups("双报到 OR 双报告 牛鼻子") == [["双报到", "双报告"], ["牛鼻子"]]


def test_lower_case_or_and_a_dangling_or_are_plain_text_or_ignored():
    assert groups("双报到 or 牛鼻子") == [["双报到"], ["or"], ["牛鼻子"]]
    assert groups("OR 双报到 OR") == [["双报到"]]


def test_a_leading_minus_excludes_a_term_or_a_phrase():
    assert excluded('双报到 -双服务 -"走深 走实"') == ["双服务", "走深走实"]
    assert groups("双报到 -双服务") == [["双报到"]]


def test_a_minus_inside_a_term_or_alone_is_not_an_operator():
    assert groups("2023-2024 -") == [["2023-2024"]]
    assert excluded("2023-2024 -") == []


def test_an_unbalanced_quote_runs_to_the_end():
    assert groups('双报到 "走深 走实') == [["双报到"], ["走深走实"]]


@pytest.mark.parametrize("text", ["(一)", "*", "a:b", "双报到*", "((()))", "\\", "[x]"])
def test_search_syntax_of_other_engines_is_literal_text(text):
    (group,) = groups(text)
    assert group[0] == text.lower()


def test_full_width_text_and_case_are_folded_and_a_full_width_space_separates():
    assert groups("５Ｇ网络　ABC") == [["5g网络"], ["abc"]]


def test_control_characters_and_lone_surrogates_are_dropped():
    assert groups("双\x00报\ud800到\x1b") == [["双报到"]]


def test_an_empty_or_blank_query_is_empty():
    for text in ("", "   ", None, '""', "-", "\x00"):
        assert parse_query(text).is_empty


def test_a_very_long_query_is_cut_with_a_notice():
    parsed = parse_query("党" * 2000)
    assert len(parsed.groups[0][0].text) == MAX_QUERY_CHARS
    assert "2000" in parsed.notices[0]


def test_too_many_terms_are_cut_with_a_notice():
    parsed = parse_query(" ".join(f"词{n}" for n in range(40)))
    assert len(parsed.groups) == MAX_TERMS
    assert parsed.notices


def test_repeated_terms_count_once():
    assert groups("双报到 双报到 OR 双报到") == [["双报到"]]


def test_highlight_text_lists_the_positive_terms():
    assert (
        parse_query('双报到 OR "牛 鼻子" -双服务').highlight_text() == "双报到 牛鼻子"
    )
