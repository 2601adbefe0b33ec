"""The one folding: what search, snippets and the speech page's marks all compare."""

from __future__ import annotations

import sys
from importlib import resources

from search.folding import (
    fold,
    folding_sources,
    opencc_conversions,
    reading_table,
    script_table,
    simplified_characters,
    tells_scripts_apart,
    term_pattern,
)
from speeches.parsing.script import SIMPLIFIED, to_simplified


def test_fold_drops_whitespace_and_folds_width_case_and_script():
    assert fold("雙 報\n到\u3000５Ｇ，ＡＢ") == "双报到5g,ab"


def test_exact_script_keeps_traditional_characters():
    assert fold("第一個五年計劃", exact_script=True) == "第一個五年計劃"
    assert fold("第一個五年計劃") == "第一个五年计划"


def test_characters_simplified_text_also_writes_stay_as_they_are():
    # 乾隆, 於 as a surname, 覆盖, 瞭望: turning them would make simplified text
    # match what it does not say.
    for char in "乾於覆瞭":
        assert fold(char) == char
    assert ord("後") in script_table() and fold("後") == "后"


def test_every_simplified_character_folds_to_itself():
    # A character that some traditional one turns into is simplified: unchanged.
    assert all(fold(simplified) == simplified for simplified in script_table().values())


def test_the_marking_tables_are_exactly_what_fold_does_character_by_character():
    for exact_script in (False, True):
        sources = folding_sources(exact_script)
        for codepoint in range(0x10000):
            if 0xD800 <= codepoint <= 0xDFFF:
                continue
            char = chr(codepoint)
            folded = fold(char, exact_script=exact_script)
            if len(folded) == 1 and folded != char:
                assert char in sources[folded], (hex(codepoint), exact_script)
        assert sys.maxunicode > 0x10000


def test_a_pattern_finds_every_form_that_folds_to_the_term():
    pattern = term_pattern(["第一个五年计划"])
    text = "完成第一個五年計劃，又說第一个 五年\n计划"
    assert [m.group() for m in pattern.finditer(text)] == [
        "第一個五年計劃",
        "第一个 五年\n计划",
    ]
    exact = term_pattern(["第一個五年計劃"], exact_script=True)
    assert [m.group() for m in exact.finditer(text)] == ["第一個五年計劃"]


def test_only_terms_with_characters_that_differ_need_an_exact_script_check():
    assert tells_scripts_apart("報到") and tells_scripts_apart("报到")
    assert not tells_scripts_apart("人民") and tells_scripts_apart("社会")


def opencc_simplified_to_traditional() -> dict[str, list[str]]:
    folder = resources.files("opencc") / "dictionary"
    return {
        simplified: forms.split()
        for simplified, _, forms in (
            line.partition("\t")
            for line in (folder / "STCharacters.txt").read_text("utf-8").splitlines()
        )
    }


def test_every_entry_of_both_tables_reads_back_to_its_traditional_character():
    # 報 -> 报 -> 報; a variant reads back to its usual form (偽 -> 伪 -> 僞, which
    # turns 伪 too); or the simplified form is written so in both scripts (査 -> 查).
    back = opencc_simplified_to_traditional()
    conversions = opencc_conversions()
    for table in (script_table(), reading_table()):
        for code, simplified in table.items():
            forms = back.get(simplified)
            assert (
                forms is None
                or chr(code) in forms
                or any(conversions.get(form, ("",))[0] == simplified for form in forms)
            ), (chr(code), simplified)


def test_both_tables_turn_a_character_once_and_for_all():
    # One pass of str.translate: no simplified form is itself turned again.
    for table in (script_table(), reading_table()):
        assert not [chr(code) for code, usual in table.items() if ord(usual) in table]


def test_search_turns_only_characters_simplified_text_never_writes():
    assert not {chr(code) for code in script_table()} & simplified_characters()


def test_the_parser_reads_pages_with_the_search_table_and_a_few_more():
    # One table: the parser's matching form turns everything search turns, the
    # same way, and also the traditional forms simplified text writes (關於).
    # (Where search's form is one simplified text also writes, the parser
    # reads on: 薴 -> 苧 in search, -> 苎 for the parser, as 苧 -> 苎.)
    for code, simplified in script_table().items():
        assert SIMPLIFIED[code] == SIMPLIFIED.get(ord(simplified), simplified)
    assert set(SIMPLIFIED) - set(script_table()) >= {ord("於"), ord("乾")}
    assert to_simplified("關於三峽的報告") == "关于三峡的报告"
    # 显著 is simplified: it stays (the old hand-made table read it 显着).
    assert to_simplified("成果显著") == "成果显著"
