"""A selected-works edition as a PDF's text layer gives it: the book's record of the
day, note references set as parenthesised numerals inside words, and the title's
foot note spliced in at a page break. Every text here is written for the test."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from speeches.parsing import parse_text
from speeches.parsing.broken_titles import join_broken_titles
from speeches.parsing.front_matter import split_front_matter
from speeches.parsing.normalise import normalise_text

EDITION_RECORD = [
    "---",
    "title: 把生产运动推向前进",
    "volume: 2",
    "date_text: 一九五一年三月九日",
    "verified: false",
    "---",
    "",
    "# 把生产运动推向前进",
]

BODY = [
    "同志们：",
    "今年的生产运动已经在各个地方开展起来了，大家的劲头很足，这是很好的现象。",
    "我们要把互助合作⑴的经验推广开来，使每个乡都有自己的骨干。",
    "",
    "*这是某某同志在某某边区生产工作会议上的讲",
    "",
    "话。",
    "",
    "有些同志认为生产是群众自己的事情，领导可以不管，这种看法是不对的。",
    "⑵领导要深入下去，同群众一道商量办法，把计划订得切实可行。",
]


def test_an_edition_record_dates_the_speech_by_the_day_it_prints():
    speech = parse_text("\n".join([*EDITION_RECORD, *BODY]))
    assert speech.date == dt.date(1951, 3, 9)


def test_a_record_with_an_iso_date_keeps_it_over_the_printed_day():
    record = split_front_matter(
        "---\ndate: 2021-04-04\ndate_text: 一九五一年三月九日\n---\n正文"
    )
    assert record.date == dt.date(2021, 4, 4)


def test_note_references_inside_words_are_removed_everywhere_in_that_text():
    speech = parse_text("\n".join([*EDITION_RECORD, *BODY]))
    assert "互助合作的经验" in speech.body
    assert "⑴" not in speech.body and "⑵" not in speech.body
    assert "领导要深入下去" in speech.body


def test_a_run_in_list_of_parenthesised_numerals_stays():
    text = "要抓好三件事：⑴修好水利；⑵选好种子；⑶管好田间。"
    assert normalise_text(text) == text


@given(st.text(alphabet="⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽", min_size=1, max_size=4))
def test_any_run_of_markers_inside_a_word_goes(markers):
    assert normalise_text(f"互助合{markers}作。") == "互助合作。"


def test_the_titles_foot_note_spliced_in_at_a_page_break_goes_with_its_tail():
    speech = parse_text("\n".join([*EDITION_RECORD, *BODY]))
    assert "这是某某同志" not in speech.body
    assert "话。" not in speech.body.split("\n")
    assert "有些同志认为生产是群众自己的事情" in speech.body


def test_a_starred_name_left_out_on_a_template_page_stays():
    text = "\n".join(
        [
            "在全县安全生产工作会议上的讲话",
            "同志们：",
            "今天的会议很重要，各单位要认真落实会议精神，确保安全生产形势稳定。",
            "*县长对今后工作提出了明确要求，各乡镇、各部门要抓好落实。",
        ]
    )
    assert "*县长对今后工作提出了明确要求" in parse_text(text).body


def test_articles_quoted_one_by_one_are_no_sections():
    speech = parse_text(
        "\n".join(
            [
                "在全县文风会议上的讲话",
                "同志们：",
                "写文章要有规矩。前人定过几条规矩，我念几条给大家听。",
                "第一条：“动笔之前先把材料读完。”",
                "这一条讲的是先读材料，不是拿起笔就写，大家要记住。",
                "第三条：“写完以后至少读两遍。”",
                "我们有些同志写完就交，一遍也不看，这是不负责任的。",
            ]
        )
    )
    assert speech.sections == ()


def test_a_part_whose_heading_opens_on_a_quotation_stays_a_part():
    speech = parse_text(
        "\n".join(
            [
                "在全县干部大会上的讲话",
                "同志们：",
                "今天讲两个问题，请大家结合实际抓好落实。",
                "一、“两个维护”要落到实处",
                "各级干部要把思想统一到县委的部署上来，不折不扣抓落实。",
                "二、作风建设要常抓不懈",
                "作风问题具有反复性和顽固性，必须经常抓、长期抓。",
            ]
        )
    )
    assert [s.label for s in speech.sections] == ["一", "二"]


def test_a_number_a_pdf_spaces_apart_keeps_the_title_whole():
    speech = parse_text(
        "某区委书记在 2025 年全区农业农村工作会议上的讲话同志们:"
        "2024 年,全区农业农村工作稳中有进,粮食生产再获丰收,农民收入持续增长。"
    )
    assert speech.title == "某区委书记在2025年全区农业农村工作会议上的讲话"


def test_a_number_between_latin_words_keeps_its_spaces():
    assert normalise_text("Windows 11 系统") == "Windows 11 系统"


def test_a_first_page_number_glued_before_a_one_line_document_is_cut():
    speech = parse_text(
        "1政府工作报告——2020年1月6日在某区第二届人大第五次会议上"
        "某区人民政府区长某某各位代表:现在,我代表区人民政府向大会作工作报告,"
        "请予审议。一、过去一年工作回顾过去一年,全区经济运行稳中向好。"
    )
    assert speech.title == "政府工作报告"


def test_a_title_opening_on_a_count_of_one_keeps_it():
    speech = parse_text(
        "1号文件精神学习会上的讲话\n同志们：\n今天我们集中学习中央1号文件精神，"
        "研究部署全年农业农村工作。"
    )
    assert speech.title == "1号文件精神学习会上的讲话"


def test_a_slogan_title_broken_after_a_conjunction_is_joined():
    speech = parse_text(
        "\n".join(
            [
                "讲担当、讲实干,以昂扬的斗志和",
                "务实的作风,迎接等级评审",
                "——办公室主任某某在全院动员会上的发言",
                "尊敬的各位领导、同事们:",
                "今天医院召开动员会,部署等级评审迎检工作,我代表办公室作表态发言。",
            ]
        )
    )
    assert speech.title == "讲担当、讲实干,以昂扬的斗志和务实的作风,迎接等级评审"


def test_a_title_ending_on_a_conjunction_keeps_its_dash_subtitle_apart():
    lines = ("奋斗新时代和", "——某某在青年大会上的讲话")
    assert join_broken_titles(lines) == list(lines)


def test_a_periodical_databases_preview_label_is_no_title():
    speech = parse_text(
        "\n".join(
            [
                "论文部分内容阅读",
                "同志们:我代表县委,向今天受到表彰的各位同志道一声辛苦!"
                "一年来,全县广大干部群众团结奋斗,各项事业取得了新的成绩。",
            ]
        )
    )
    assert speech.title != "论文部分内容阅读"
    assert "部分内容阅读" not in speech.body
