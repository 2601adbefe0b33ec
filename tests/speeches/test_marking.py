"""Marking escapes document text first and nests slogan links and query marks."""

from speeches.marking import (
    keyword_marks,
    literal_pattern,
    query_marks,
    query_terms,
    render_inline,
    render_paragraphs,
)


def test_text_is_escaped_before_any_tag_goes_in():
    html = render_inline('<b>"双报到"</b>&', marks=[(4, 7)])
    assert html == "&lt;b&gt;&quot;<mark>双报到</mark>&quot;&lt;/b&gt;&amp;"


def test_mark_after_escaped_characters_lands_on_the_right_text():
    text = "a<b>&c 三会一课"
    html = render_inline(text, marks=query_marks(text, "三会一课"))
    assert html.endswith("&amp;c <mark>三会一课</mark>")


def test_mark_crossing_a_link_edge_is_split_so_tags_nest():
    text = "落实双报到制度"
    html = render_inline(text, links=[(2, 5, "/slogans/1/")], marks=[(4, 7)])
    assert html == (
        '落实<a class="slogan" href="/slogans/1/">双报<mark>到</mark></a>'
        "<mark>制度</mark>"
    )


def test_query_matches_across_whitespace_and_line_breaks():
    text = "坚持三会\n一课制度，三 会 一 课"
    marks = query_marks(text, "三会一课")
    assert [text[start:end] for start, end in marks] == ["三会\n一课", "三 会 一 课"]


def test_query_folds_full_width_and_traditional_characters():
    text = "ＡＢＣ改革與發展，abc，与发展"
    assert [text[s:e] for s, e in query_marks(text, "abc")] == ["ＡＢＣ", "abc"]
    assert [text[s:e] for s, e in query_marks(text, "与发展")] == ["與發展", "与发展"]
    assert [text[s:e] for s, e in query_marks(text, "與發展")] == ["與發展", "与发展"]


def test_an_exact_script_query_marks_only_its_own_script():
    text = "改革與發展，与发展"
    marks = query_marks(text, "與發展", exact_script=True)
    assert [text[s:e] for s, e in marks] == ["與發展"]


def test_query_syntax_and_operators_are_not_marked():
    # The search query language: quotes and OR are syntax, an excluded term is
    # not marked, anything else (AND, +) is text as in search.
    assert query_terms('"双报到" OR 枫桥 -三会一课') == ["双报到", "枫桥"]
    assert query_terms("双报到 AND +枫桥") == ["双报到", "and", "+枫桥"]
    assert query_terms("   ") == []
    assert query_marks("任何文字", "") == []


def test_query_regex_characters_are_literal():
    text = "a.b 与 a*b"
    assert [text[s:e] for s, e in query_marks(text, "a*b")] == ["a*b"]


def test_overlong_query_is_capped_not_an_error():
    assert query_marks("双报到" * 10, "双" * 10_000) == []


def test_literal_pattern_prefers_the_longest_slogan_at_a_position():
    pattern = literal_pattern(["双报到", "双报到、双服务", "双服务"])
    found = [match.group() for match in pattern.finditer("推行双报到、双服务和双服务")]
    assert found == ["双报到、双服务", "双服务"]


def test_keyword_marks_every_literal_occurrence():
    assert keyword_marks("一村一品，一村一品", "一村一品") == [(0, 4), (5, 9)]


def test_paragraphs_are_one_per_nonblank_line():
    html = render_paragraphs("第一段\n\n  \n第二段<i>\n")
    assert html == "<p>第一段</p>\n<p>第二段&lt;i&gt;</p>\n"


def test_link_across_a_paragraph_end_is_dropped_not_broken():
    html = render_paragraphs("甲乙。\n丙丁", links=[(1, 5, "/slogans/2/")])
    assert "<a" not in html and html.count("<p>") == 2


def test_wrapped_lines_join_into_one_paragraph_with_their_link_and_mark():
    text = "五年来，我们协调推进总体布局，\n十五五规划\n顺利实施。\n二、下一步工作\n"
    start = text.index("十五五")
    html = render_paragraphs(
        text,
        links=[(start, start + 5, "/slogans/5/")],
        marks=query_marks(text, "布局，十五五"),
        mark_class="hit",
    )
    assert html == (
        '<p>五年来，我们协调推进总体<mark class="hit">布局，'
        '</mark><a class="slogan" href="/slogans/5/"><mark class="hit-part">十五五'
        "</mark>规划</a>顺利实施。</p>\n<p>二、下一步工作</p>\n"
    )


def test_a_match_across_a_paragraph_end_is_one_hit_in_two_pieces():
    text = "要坚持三会\n\n一课。"
    html = render_paragraphs(
        text, marks=query_marks(text, "三会一课"), mark_class="hit"
    )
    assert html == (
        '<p>要坚持<mark class="hit">三会</mark></p>\n'
        '<p><mark class="hit-part">一课</mark>。</p>\n'
    )


def test_marks_without_a_class_stay_bare():
    assert render_inline("双报到", marks=[(0, 3)]) == "<mark>双报到</mark>"
