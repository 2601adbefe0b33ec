"""The lexicon file: every line readable, one entry per wording, sane years."""

import pytest

from speeches.parsing.lexicon import (
    LEXICON_FILE,
    Lexicon,
    LexiconError,
    parse_lexicon,
    strip_quotes,
)

KINDS = {"思想", "战略", "方针", "数字提法", "运动", "不是提法"}


@pytest.fixture(scope="module")
def entries():
    return parse_lexicon(LEXICON_FILE.read_text(encoding="utf-8"))


def test_every_entry_has_a_known_kind_and_a_year_from_the_texts_periods(entries):
    assert {entry.kind for entry in entries} <= KINDS
    years = [entry.since for entry in entries if entry.since is not None]
    assert min(years) >= 1840 and max(years) <= 2026


def test_no_wording_belongs_to_two_entries(entries):
    seen: dict[str, str] = {}
    for entry in entries:
        for form in entry.forms:
            assert form not in seen, f"{form} is in {seen[form]} and {entry.text}"
            seen[form] = entry.text


def test_periods_from_the_fifties_to_today_are_covered(entries):
    by_decade = {entry.since // 10 * 10 for entry in entries if entry.since}
    assert {1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020} <= by_decade


def test_a_wrong_line_is_named():
    with pytest.raises(LexiconError, match=r"lex\.txt:3"):
        parse_lexicon("[战略]\n两步走 | 2017\n三步走 | 八七年\n", source="lex.txt")


def test_a_variant_is_found_and_stored_under_the_main_wording():
    lexicon = Lexicon(parse_lexicon("[方针]\n一国两制 | 1982 | 一个国家，两种制度\n"))
    (match,) = lexicon.matches("坚持“一个国家，两种制度”的方针")
    assert (match.form, match.entry.text) == ("一个国家，两种制度", "一国两制")
    assert strip_quotes("“一国两制”") == "一国两制"
