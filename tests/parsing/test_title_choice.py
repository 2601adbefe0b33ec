"""The title is a scored choice over every line that may be one: the rules of the
genre weigh each line (title_evidence.py), and the page adds what it says of a line
(a subtitle under it, the same title printed again, the speech starting under it).

Every page here is written for its test; none is a page of the real sets.
"""

import pytest

from speeches.parsing import parse_text
from speeches.parsing.rules import compile_rules
from speeches.parsing.script import matching_form
from speeches.parsing.title_decorations import strip_decorations
from speeches.parsing.title_evidence import TITLE_EVIDENCE, weigh_title
from speeches.parsing.title_score import title_score

TITLE = "在全县秋冬季农业生产会议上的讲话"
OPENING = "今天召开全县秋冬季农业生产会议，主要是把下一阶段的任务交给大家。"
POINT = "各乡镇要把责任落实到人，把时间节点排出来，做到件件有着落、事事有回音。"
SPEECH = "同志们：\n" + OPENING + "\n" + POINT


@pytest.mark.parametrize("rule", TITLE_EVIDENCE, ids=lambda r: r.name)
def test_every_rule_of_title_evidence_matches_its_own_example(rule):
    assert compile_rules((rule,)).search(matching_form(rule.example))


@pytest.mark.parametrize(
    "rule", [r for r in TITLE_EVIDENCE if r.weight < 0], ids=lambda r: r.name
)
def test_every_penalty_scores_its_example_below_a_plain_title(rule):
    assert title_score(rule.example) < title_score(TITLE)


@pytest.mark.parametrize(
    "line",
    [
        "请输入检索词，词间用空格隔开。",
        "查看: 318|回复: 2",
        "打印 上一篇 下一篇",
        "转换到繁体中文",
        "《某某文摘》 2011年 第05期",
        "索引号 | /2024-0009 | 目录: | 报告",
        "全县纪念大会讲话 全市表彰大会讲话",
        "二　三三制政权的实质是民主",
    ],
)
def test_interface_text_sentences_and_issues_are_never_titles(line):
    assert title_score(line) == 0


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("(两会受权发布)某某协会理事会工作报告", "某某协会理事会工作报告"),
        (
            "1、镇党委书记在三季度工作推进会上的讲话",
            "镇党委书记在三季度工作推进会上的讲话",
        ),
        ("某某会见侨界代表演講全文", "某某会见侨界代表演講"),
    ],
)
def test_tags_item_numbers_and_full_text_marks_are_not_part_of_a_title(printed, title):
    assert strip_decorations(printed) == title


def test_speech_genre_word_includes_yanshuo():
    assert weigh_title("第三任校长就职演说") > weigh_title("第三任校长就职典礼")


def test_journal_issue_above_the_speech_is_not_its_title():
    page = (
        "当前位置：首页 > 期刊\n[政治]" + TITLE + "(2008年2月5日)\n作者:某某某\n"
        "《某某文摘》 2011年 第05期\n请输入检索词，词间用空格隔开。\n" + SPEECH
    )
    speech = parse_text(page)
    assert speech.title == TITLE
    assert speech.delivered == "2008-02-05"


def test_title_in_an_open_information_table_is_read_without_its_label():
    page = (
        "文件名称 | 某区2024年政府工作报告 | 备注 |\n"
        "索引号 | /2024-0009 | 目录: | 报告 |\n"
        "发布机构：区政府办 | 发布时间：2024-04-10 09:30\n"
        "各位代表：\n下面，我代表区政府报告过去一年的工作，请各位代表审议。\n" + POINT
    )
    assert parse_text(page).title == "某区2024年政府工作报告"


def test_pager_between_works_is_not_the_title_printed_above_it():
    page = (
        "第三任校长就职演说\n\n第二任校长就职演说 第三任校长就职演说\n校长 某某某\n"
        "1996年9月1日\n第四任校长就职演说\n校史文献\n\n亲爱的全国同胞们：\n" + OPENING
    )
    assert parse_text(page).title == "第三任校长就职演说"


def test_own_heading_named_by_its_subtitle_outranks_a_news_headline_about_it():
    page = "\n".join(
        [
            "某某会见侨界代表 共叙乡情",
            "某某4日在会见侨界代表时发表演讲。演讲全文如下:",
            "同心同行、共创未来",
            "——在会见侨界代表时的演讲",
            "某省省长 某某某",
            "（2015年5月4日，某地）",
            "各位侨胞，朋友们：",
            OPENING,
        ]
    )
    assert parse_text(page).title == "同心同行、共创未来"


def test_cut_summary_headline_loses_to_the_speech_own_title():
    page = "\n".join(
        [
            "市长：未来五年，要在营商环境、城乡建设、民生保障…",
            "本文推荐度: 75 %",
            "市长某某今天出席就职典礼并发表就职演说。",
            "市长：未来五年，要在营商环境、城乡建设、民生保障、生态治理四个方面发力",
            "第十五任市长就职演说",
            "市长某某今天出席就职典礼并发表就职演说。",
            "就职演说全文为:",
            "各位市民、各位来宾，大家好。",
            OPENING,
        ]
    )
    assert parse_text(page).title == "第十五任市长就职演说"


def test_the_document_own_title_over_the_salutation_beats_the_site_label():
    page = (
        "<html><head><title>全县秋冬季农业生产会议讲话稿-某某范文网</title></head>"
        "<body><h1>全县秋冬季农业生产会议讲话稿</h1>"
        "<p>【摘要】本站为大家整理的全县秋冬季农业生产会议讲话稿，供参考。</p>"
        f"<p>{TITLE}</p><p>同志们：</p><p>{OPENING}</p><p>{POINT}</p></body></html>"
    )
    assert parse_text(page).title == TITLE


def test_a_weak_headline_no_longer_outranks_a_titled_document():
    page = "\n".join(
        [
            "转换到繁體中文",
            "某某社某地3月2日电",
            TITLE,
            "（2023年3月2日）",
            "同志们：",
            OPENING,
        ]
    )
    assert parse_text(page).title == TITLE
