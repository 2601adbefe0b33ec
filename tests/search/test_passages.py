"""Passages: which section holds each match, and snippets escaped before marking."""

from search.folding import term_pattern
from search.passages import SectionFinder, SectionSpan, find_passages

BODY = (
    "同志们：今天部署双报到工作。\n"  # 0..15: before any section
    "一、统一思想\n在职党员要双报到。\n"  # part 1, with a subsection
    "（一）明确要求\n双 报\n到要常态化。\n"
    "这是第一部分的结尾，再提一次双报到。\n"  # back in part 1 after its child
    "二、强化保障\n没有这个词。\n"
)


def spans():
    part_one = BODY.index("一、")
    child = BODY.index("（一）")
    child_end = BODY.index("这是第一部分")
    part_two = BODY.index("二、")
    return [
        SectionSpan(1, "统一思想", "一", "s1", part_one, part_two),
        SectionSpan(2, "明确要求", "（一）", "s1-1", child, child_end),
        SectionSpan(3, "强化保障", "二", "s2", part_two, len(BODY)),
    ]


def test_the_innermost_section_holds_an_offset_also_after_a_child_ends():
    finder = SectionFinder(spans())
    assert finder(0) is None
    assert finder(BODY.index("在职")).id == 1
    assert finder(BODY.index("双 报")).id == 2
    assert finder(BODY.index("这是第一部分")).id == 1
    assert finder(BODY.index("没有")).id == 3


def test_matches_are_grouped_by_section_in_document_order():
    passages, total = find_passages(
        title="关于双报到的讲话", body=BODY, sections=spans(), terms=["双报到"]
    )
    assert total == 4
    assert [(p.heading, p.anchor, p.matches) for p in passages] == [
        ("标题", "", 1),
        ("正文", "", 1),
        ("统一思想", "s1", 2),
        ("明确要求", "s1-1", 1),
    ]


def test_a_match_broken_by_whitespace_is_marked_as_written():
    passages, _total = find_passages(
        title="讲话", body=BODY, sections=spans(), terms=["双报到"]
    )
    child = next(p for p in passages if p.anchor == "s1-1")
    assert "<mark>双 报 到</mark>" in child.snippet  # the newline shows as a space


def test_the_number_of_passages_shown_is_limited_but_all_are_counted():
    passages, total = find_passages(
        title="讲话", body=BODY, sections=spans(), terms=["双报到"], limit=2
    )
    assert len(passages) == 2 and total == 3


def test_snippets_escape_the_text_and_mark_only_the_matches():
    passages, _total = find_passages(
        title="讲话",
        body="<b>双报到</b> & “双报到”",
        sections=[],
        terms=["双报到"],
    )
    assert passages[0].snippet == (
        "&lt;b&gt;<mark>双报到</mark>&lt;/b&gt; &amp; “<mark>双报到</mark>”"
    )


def test_the_pattern_folds_width_and_case_like_the_index():
    pattern = term_pattern(["5g网络"])
    assert pattern.search("建设５Ｇ网络") and pattern.search("建设5G 网络")
    assert not pattern.search("建设5G，网络")


def test_every_match_is_counted_even_beyond_those_the_snippet_shows():
    body = "开头。" + "要抓好双报到，" * 30 + "结尾。"
    (passage,), total = find_passages(
        title="讲话", body=body, sections=[], terms=["双报到"]
    )
    assert total == 1 and passage.matches == 30
    assert passage.snippet.count("<mark>") < 30
