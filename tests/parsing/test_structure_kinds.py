"""Structure and bounds of clean texts: kinds a first run over real full speeches
missed (parser 2.11), one kind a test.

Markdown marks in a plain-text dump, an edition's headnote and its endnotes, points
labelled 第N点 after an unlabelled first one, "首先是…" points, points named by a noun
and a number ("场景一："). Every text here is written for its test.
"""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from speeches.parsing import parse_text
from speeches.parsing.normalise import normalise_text
from speeches.parsing.sections import split_sections

TITLE = "在全市秋粮收购工作会议上的讲话"
DATELINE = "（二〇一九年九月二日）"
HEADNOTE = "这是某某某在全市秋粮收购工作会议上的讲话的一部分。"
POINT_ONE = "一、收购要守住质量关。粮站要按标准验质，不压级压价，让农民卖放心粮。"
POINT_TWO = "二、资金要及早到位。银行和粮站要对好账，不给农民打白条。"
CLOSING = "秋收时间紧，大家回去后要马上行动起来。"
NOTE = "〔1〕白条，指收购时不付现款而开出的欠条。"


def _markdown_speech() -> str:
    return "\n".join(
        [
            f"# {TITLE}  ",
            f"{DATELINE}  ",
            "  ",
            f"> {HEADNOTE}   ",
            "  ",
            f"\u3000\u3000{POINT_ONE}   ",
            f"\u3000\u3000{POINT_TWO}〔1〕   ",
            f"\u3000\u3000{CLOSING}   ",
            "  ",
            "------------------  ",
            "\u3000\u3000注\u3000\u3000释   ",
            f"\u3000\u3000{NOTE}   ",
        ]
    )


# --- Markdown marks -------------------------------------------------------------


def test_markdown_heading_mark_is_not_part_of_the_title():
    speech = parse_text(_markdown_speech())
    assert speech.title == TITLE


def test_markdown_marks_are_layout_not_words():
    text = normalise_text(
        "## 二、抓好秋粮收购\n> 引文\n要**守住**质量关。\n#话题#不是标题"
    )
    assert text.split("\n") == [
        "二、抓好秋粮收购",
        "引文",
        "要守住质量关。",
        "#话题#不是标题",  # a tag without the space after "#" is no Markdown heading
    ]


def test_stars_standing_for_names_stay_outside_markdown():
    # a 范文 page masks names with stars; it has no Markdown heading line
    line = "刚才，**同志传达了会议精神，**同志通报了工作情况，***书记作了讲话。"
    assert normalise_text(f"{TITLE}\n{line}").split("\n")[1] == line


def test_markdown_footnotes_leave_the_body():
    text = "\n".join(
        [
            f"# {TITLE}",
            "同志们：",
            f"{POINT_ONE}[^1]",
            POINT_TWO,
            CLOSING,
            "",
            "---",
            "",
            "[^1]: 验质，指按国家标准检验粮食的质量等级。",
        ]
    )
    speech = parse_text(text)
    assert speech.body.rstrip().endswith(CLOSING)
    assert "[^1]" not in speech.body
    assert POINT_ONE in speech.body


# --- an edition's headnote and endnotes ---------------------------------------------


def test_editors_headnote_is_outside_the_body_and_never_the_title():
    speech = parse_text(_markdown_speech())
    assert speech.body.startswith(POINT_ONE)
    assert HEADNOTE not in speech.body
    assert speech.title == TITLE


def test_editors_headnote_names_speaker_and_meeting():
    text = _markdown_speech().replace(f"# {TITLE}", "# 秋粮收购要抓紧")
    speech = parse_text(text)
    assert speech.speaker == "某某某"
    assert speech.occasion == "全市秋粮收购工作会议"


def test_editors_headnote_with_the_day_before_the_meeting():
    note = "这是某某某一九五〇年六月六日在全县三级干部会议上的口头报告。"
    text = _markdown_speech().replace(HEADNOTE, note).replace(f"# {TITLE}", "# 秋收")
    speech = parse_text(text)
    assert speech.body.startswith(POINT_ONE)
    assert speech.speaker == "某某某"
    assert speech.occasion == "全县三级干部会议"


def test_speaker_saying_this_is_stays_in_the_body():
    # "这是一次…会议" is the speaker's own first sentence, not an edition's headnote
    opening = "这是一次动员会，也是一次部署会。今年秋粮丰收，收购任务很重。"
    speech = parse_text("\n".join([TITLE, opening, POINT_ONE, POINT_TWO, CLOSING]))
    assert speech.body.startswith(opening)


def test_notes_heading_spaced_under_an_indent_ends_the_body():
    speech = parse_text(_markdown_speech())
    assert speech.body.rstrip().endswith(CLOSING)
    assert "白条，指" not in speech.body
    assert "〔1〕" not in speech.body


def test_spaced_out_word_under_an_indent_stays_one_line():
    assert normalise_text("\u3000\u3000小\u3000\u3000结\n正文。").split("\n")[1] == (
        "小\u3000\u3000结"
    )


# --- 第N点 / 第N条 / 第N个问题 ----------------------------------------------------


def _late_list(label: str) -> str:
    return "\n".join(
        [
            "同志们！我就大家讨论的问题讲几点意见。",
            "先讲形势。今年的收成好，但是收购的压力也大，大家要有准备。",
            f"第二{label}：关于收购资金。资金是收购的前提，要早筹划。",
            f"第三{label}：关于仓容。仓容不足的地方，要抓紧租仓。",
            f"最后一{label}，第四{label}：各县都要把责任落到人头上。",
            "谢谢大家。",
        ]
    )


def test_points_labelled_from_two_after_an_unlabelled_first_one():
    sections = split_sections(_late_list("点"))
    assert [(s.label, s.ordinal, s.heading) for s in sections] == [
        ("第二点", 1, "关于收购资金"),
        ("第三点", 2, "关于仓容"),
        ("第四点", 3, "各县都要把责任落到人头上"),
    ]


def test_questions_labelled_from_two_after_an_unlabelled_first_one():
    sections = split_sections(_late_list("个问题"))
    assert [s.label for s in sections] == ["第二个问题", "第三个问题", "第四个问题"]


NUMERALS = "一二三四五六七八九十"
TOPICS = [
    "关于收购资金",
    "关于仓容",
    "干部作风问题",
    "关于价格",
    "运输要跟上",
    "宣传问题",
]


@settings(max_examples=40, deadline=None)
@given(
    first=st.sampled_from([1, 2]),
    count=st.integers(min_value=2, max_value=8),
    label=st.sampled_from(["点", "条", "个问题"]),
    stop=st.sampled_from(["：", "，"]),
    topics=st.lists(st.sampled_from(TOPICS), min_size=9, max_size=9),
)
def test_topic_list_ordinals_count_the_printed_sections(
    first, count, label, stop, topics
):
    # oracle: every printed "第N点" is a section, in order, its ordinal its place
    opening = ["同志们！我讲几点意见。", "先讲形势。今年收成好，收购压力也大。"]
    numbers = range(first, first + count)
    points = [
        f"第{NUMERALS[n - 1]}{label}{stop}{topics[i]}。这一条大家要记住。"
        for i, n in enumerate(numbers)
    ]
    sections = split_sections("\n".join([*opening, *points, "谢谢大家。"]))
    assert [(s.label, s.ordinal, s.heading) for s in sections] == [
        (f"第{NUMERALS[n - 1]}{label}", i, topics[i - 1])
        for i, n in enumerate(numbers, 1)
    ]


def test_a_lone_second_point_is_no_list():
    body = "我讲两句。\n第二点：这句话不开一个列表。后面没有第三点。\n谢谢。"
    assert split_sections(body) == ()


def test_points_and_articles_from_one():
    body = "\n".join(
        [
            "我讲三条意见。",
            "第一条，收购要守住质量关。粮站要按标准验质。",
            "第二条，资金要及早到位。不给农民打白条。",
            "第三条，仓容要够。仓容不足的地方要租仓。",
        ]
    )
    sections = split_sections(body)
    assert [(s.label, s.ordinal, s.heading) for s in sections] == [
        ("第一条", 1, "收购要守住质量关"),
        ("第二条", 2, "资金要及早到位"),
        ("第三条", 3, "仓容要够"),
    ]


def test_a_point_word_inside_a_sentence_is_no_label():
    body = "第一点不同意见是对的。大家讨论了很久。\n第二点不同意见也有道理。\n谢谢。"
    assert split_sections(body) == ()


# --- "首先是…" and named points, four levels ---------------------------------------


def _four_levels() -> str:
    return "\n".join(
        [
            "各位家长：大家好！",
            "一、一年来的工作",
            "这一年学校在各方面都有进步。",
            "二、孩子们的变化",
            "孩子们和我们小时候很不一样。",
            "首先是学习和生活脱节的问题。孩子会做题，却不会照顾自己。",
            "其次是家庭结构变化的影响。现在的孩子有以下特点：",
            "一是他们爱问为什么。什么事都要问个明白。",
            "二是他们的信息来源很多。手机上什么都有。",
            "三、下一步的计划",
            "（一）教学",
            "我们定了两条线。",
            "（二）后勤",
            "1.食堂",
            "饭菜要可口。",
            "2.宿舍",
            "数据要用起来。下面举两个场景。",
            "场景一：晨检数据。校医把晨检结果录入系统，班主任当天就能看到。",
            "和场景一一样，别的数据也能这样用。",
            "场景二：图书借阅。借阅记录能告诉老师学生在读什么书。",
            "谢谢大家。",
        ]
    )


def test_first_and_second_with_copula_head_a_level_between_part_and_points():
    sections = split_sections(_four_levels())
    second = sections[1]
    assert [(s.label, s.heading) for s in second.children] == [
        ("首先", "学习和生活脱节的问题"),
        ("其次", "家庭结构变化的影响"),
    ]
    assert [s.label for s in second.children[1].children] == ["一是", "二是"]
    assert second.children[1].children[0].level == 3


def test_named_points_make_a_fourth_level():
    sections = split_sections(_four_levels())
    digital = sections[2].children[1].children[1]
    assert digital.heading == "宿舍"
    assert [(s.level, s.label, s.ordinal, s.heading) for s in digital.children] == [
        (4, "场景一", 1, "晨检数据"),
        (4, "场景二", 2, "图书借阅"),
    ]


def test_first_with_copula_opening_a_plain_sentence_is_no_heading():
    body = "首先是大家的努力，才有今天的成绩，我表示感谢。\n下面讲工作。\n谢谢。"
    assert split_sections(body) == ()


# --- a school portal's template: menu items one a line, a date widget, a column ---


def _portal_page(*, dateline: str = "", headline: str = "") -> str:
    return "\n".join(
        [
            "今天是",
            "校园邮箱 |",
            "教务平台 |",
            "图书馆",
            "首页",
            "院长专栏",
            "推荐阅读",
            "每月一课（2026年3月2日-3月8日）在春耕动员会上的讲话…[03-02]",
            "运动会上的致辞…[ 02-24 ]",
            "当前位置：首页 >",
            "新闻中心>",
            "院长专栏",
            headline or "每月一课（2025年9月1日-7日）秋季开学工作会上的讲话",
            "来源：本站 作者：李某 发布日期：2025年09月01日 浏览次数：",
            "秋季开学工作会上的讲话",
            *([dateline] if dateline else []),
            "各位老师：",
            "新学期开始了，我讲三点意见。",
            "第一，要把安全放在首位。开学前要把校舍检查一遍。",
            "第二，要把课上好。每位老师都要认真备课。",
            "谢谢大家！",
            "【关闭窗口】",
            "网站地图",
            "某某市第二中学 版权所有 Copyright © EXAMPLE.NET All Rights Reserved.",
        ]
    )


def test_menu_items_one_a_line_and_date_widget_are_not_the_site():
    speech = parse_text(_portal_page())
    assert speech.source_site == "某某市第二中学"


def test_related_items_and_a_columns_week_give_no_delivery_day():
    speech = parse_text(_portal_page())
    assert speech.date == dt.date(2025, 9, 1)
    assert speech.delivered is None


def test_dateline_with_the_part_of_the_day_is_the_delivery_day():
    speech = parse_text(_portal_page(dateline="2025年9月1日上午"))
    assert speech.delivered == "2025-09-01"
    assert "上午" not in speech.body


def test_a_column_named_for_an_office_is_not_the_speaker():
    speech = parse_text(_portal_page())
    assert speech.speaker in (None, "李某")


def test_occasion_of_a_report_to_a_congress_named_in_its_title():
    page = "\n".join(
        [
            "三届四次职代会学校工作报告",
            "各位代表：",
            "现在，我代表学校向大会报告工作，请予审议。",
            "一年来，学校各项工作稳步推进，教学质量持续提升。",
        ]
    )
    assert parse_text(page).occasion == "三届四次职代会"
