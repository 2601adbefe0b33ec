"""A line that ends a paragraph stays one; a line a page merely wrapped is joined.

The texts are written for these tests in the shapes scraped pages take: wiki pages
that put a linked term on a line of its own, news pages with one paragraph a line,
headings and list items the parser left in the text.
"""

import random

import pytest

from speeches.paragraphs import line_break, paragraph_spans, paragraphs


def test_a_linked_term_alone_on_a_line_joins_the_sentence_around_it():
    text = (
        "五年来，我们统筹推进各项工作，\n"
        "“十五五”规划\n"
        "开局良好，经济运行稳中向好。\n"
        "下一步要继续努力。\n"
    )
    assert paragraphs(text) == [
        "五年来，我们统筹推进各项工作，“十五五”规划开局良好，经济运行稳中向好。",
        "下一步要继续努力。",
    ]


def test_a_fragment_followed_by_a_resuming_line_joins_both_sides():
    text = "会议分别就机构改革、制定\n“十五五”规划\n、全面从严治党等问题作出部署。"
    assert paragraphs(text) == [
        "会议分别就机构改革、制定“十五五”规划、全面从严治党等问题作出部署。"
    ]


def test_one_paragraph_a_line_stays_so():
    text = "同志们：\n今天召开全镇防汛工作会议。\n一是压实责任；\n二是加强值守。"
    assert paragraphs(text) == text.split("\n")


@pytest.mark.parametrize(
    "text",
    [
        "二、把服务做实\n居民反映的问题要当天登记。",  # a heading the parser missed
        "关于教育改革问题\n一定的文化是一定社会的反映。",  # a title line
        "（二〇二五年三月五日）\n各位代表：",  # a date line
        "· 在全县干部大会上的讲话\n· 在春耕生产现场会上的讲话",  # a list of titles
        "本报记者 王青\n本报讯 全县秋粮收购已经开始。",  # a byline
    ],
)
def test_a_line_without_sentence_punctuation_on_its_own_stays_a_paragraph(text):
    assert paragraphs(text) == text.split("\n")


def test_lines_after_one_wrapped_line_do_not_all_join_it():
    text = (
        "（这是在全县干部读书班上的讲话，\n收入本书时有删节。 ）\n"
        "整顿作风的任务\n（一九八〇年五月六日）\n王青\n一　我们队伍的状况\n"
    )
    assert paragraphs(text) == [
        "（这是在全县干部读书班上的讲话，收入本书时有删节。 ）",
        "整顿作风的任务",
        "（一九八〇年五月六日）",
        "王青",
        "一　我们队伍的状况",
    ]


def test_a_list_item_starts_a_paragraph_even_after_a_comma():
    text = "今年重点抓好以下工作，\n（一）稳住粮食生产。\n2．抓好秋冬种。"
    assert paragraphs(text) == text.split("\n")


def test_a_bare_label_joins_the_item_it_numbers():
    assert paragraphs("三、\n各有关方面必须协同工作。") == [
        "三、各有关方面必须协同工作。"
    ]


def test_wrapped_latin_words_keep_a_space():
    assert paragraphs("细颗粒物 PM2.5\nannual mean，\n下降百分之五。") == [
        "细颗粒物 PM2.5 annual mean，下降百分之五。"
    ]


def test_a_blank_line_always_ends_a_paragraph():
    assert paragraphs("总体布局，\n\n“十五五”规划") == ["总体布局，", "“十五五”规划"]


def test_spans_are_trimmed_offsets_into_the_text():
    text = "　　同志们：\n  各村要落实责任，\n  守好山林。  \n"
    assert [text[start:end] for start, end in paragraph_spans(text)] == [
        "同志们：",
        "各村要落实责任，\n  守好山林。",
    ]


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("各项工作取得新进展。", "下一步", "paragraph"),
        ("……的伟大胜利！”", "同志们", "paragraph"),
        ("总体布局，", "规划", "wrap"),
        ("规划", "。", "wrap"),
        ("规划", "”要求", "wrap"),
        ("要坚持以下原则：", "第一，坚持党的领导", "paragraph"),
        ("做好以下工作，", "（一）稳住生产", "paragraph"),
        ("关于教育改革问题", "一定的文化", "unsure"),
    ],
)
def test_a_break_is_read_from_the_edges_of_its_lines(before, after, expected):
    assert line_break(before, after) == expected


ALPHABET = "双报到规划同志们一二三（）“”，、。：；！？ab2. \u3000\n\n\n"


@pytest.mark.parametrize("seed", range(200))
def test_joining_never_loses_or_reorders_a_character(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 120)))
    found = paragraphs(text)
    assert "".join("".join(found).split()) == "".join(text.split())
    assert all(paragraph and "\n" not in paragraph for paragraph in found)
    assert all(paragraph == paragraph.strip() for paragraph in found)
