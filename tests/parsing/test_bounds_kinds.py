"""Where the speech starts and ends, its title and its dates: kinds a first run over
real pages of 40 more sites missed (parser 2.0), one kind a test.

Every page here is written for its test; none is a page of that set.
"""

import datetime as dt

import pytest

from speeches.parsing import parse_text

TITLE = "在全县乡村振兴推进会上的讲话"
OPENING = "今天召开全县乡村振兴推进会，主要任务是总结去年工作，部署今年任务。"
POINT = "各乡镇要把产业发展的责任落实到人，做到有求必应、无事不扰，让农户安心发展。"
PRESENTERS_TURNS = [
    "男：尊敬的各位领导、各位来宾",
    "女：亲爱的老师们、同学们：",
    "合：大家晚上好！",
    "男：今天我们欢聚一堂，共同庆祝党的生日。",
]
CLOSING = "同志们，振兴的担子重、任务新。希望大家鼓足干劲，把今年的工作做得更好！"


# --- where the speech starts ------------------------------------------------------


def test_first_item_heading_of_a_collection_ends_the_blurb_above_it():
    page = "\n".join(
        [
            "某某范文网",
            "乡镇长年终总结会讲话稿",
            "发布时间:2022-11-03",
            "书到用时方恨少，事非经过不知难。写讲话稿难吗？某某范文网编辑用心整理了"
            "乡镇长年终总结会讲话稿，欢迎大家转给身边的同事！",
            "乡镇长年终总结会讲话稿 篇1",
            OPENING,
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith(OPENING)
    assert "篇1" not in speech.body
    assert "写讲话稿难吗" not in speech.body
    assert speech.title == "乡镇长年终总结会讲话稿"


def test_item_label_glued_to_the_salutation_is_head():
    page = (
        "冬季越野赛开幕词(精选9篇)\n"
        "下面是小编帮大家整理的冬季越野赛开幕词，仅供参考，欢迎大家阅读。\n"
        "冬季越野赛开幕词 篇1各位老师、同学们:大家好!\n" + OPENING
    )
    speech = parse_text(page)
    assert speech.body.startswith("各位老师、同学们:大家好!")
    assert speech.title == "冬季越野赛开幕词"


def test_salutation_after_a_posters_own_story_starts_the_speech():
    page = "\n".join(
        [
            "年终茶话会致辞 | |",
            "腊月二十六，年味渐浓。",
            "上午还在下乡检查安全生产，中午接到电话：下午茶话会上，由我讲几句。",
            "讲什么好呢？每年都讲，实在没有什么新意了。",
            "路上想了几句，会上说了，大家笑得很开心。现把当时说的话，整理在这里。",
            "各位同仁：",
            "大家下午好！",
            OPENING,
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("各位同仁：\n大家下午好！")
    assert "下乡检查" not in speech.body


def test_speech_that_says_we_before_addressing_anyone_keeps_its_opening():
    # a speech's own opening paragraph and a salutation further down: no story
    page = "\n".join([TITLE, OPENING, POINT, "同志们：", CLOSING])
    assert parse_text(page).body.startswith(OPENING)


def test_role_and_name_glued_before_the_salutation_are_the_byline():
    page = "\n".join(
        [
            "1980年5月6日某某日报 第3版",
            "全省农业机械化会议开幕词",
            "省委常委、副省长 王建华同志们:",
            "全省农业机械化会议，现在开幕了。我代表省委、省政府，向到会同志表示欢迎。",
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("同志们:\n全省农业机械化会议")
    assert "王建华" not in speech.body
    assert speech.title == "全省农业机械化会议开幕词"
    assert speech.date == dt.date(1980, 5, 6)


def test_press_release_intro_announcing_the_full_text_is_not_the_speech():
    page = "\n".join(
        [
            "简体版 英文版 寄给朋友 某某新闻网",
            "行政长官在某某协会成立二十周年晚宴致辞（附图/短片）",
            "*****************",
            "以下为行政长官今日（五月四日）出席某某协会成立二十周年晚宴的致辞全文：",
            "尊敬的各位嘉宾、各位朋友：",
            "今天我很高兴出席某某协会成立二十周年晚宴，与各位一同庆祝。",
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("尊敬的各位嘉宾、各位朋友：")
    assert "致辞全文" not in speech.body
    assert speech.title == "行政长官在某某协会成立二十周年晚宴致辞"


def test_first_paragraph_without_a_full_stop_is_running_text():
    page = "\n".join(
        [
            "风起扬帆正当时 ---2024年新年致辞",
            "来源: | 作者:佚名 | 发布时间: 2023-12-31 | 612 次浏览 | 分享到:",
            "风起扬帆正当时",
            "---2024年新年致辞",
            "岁序更替，华章日新值此新年到来之际，我谨代表某某建设有限公司，向全体员工"
            "及其家属致以新年的问候向合作伙伴致以新春的祝福",
            "回首2023年，我们经历了市场的考验，也收获了成长。" + POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("岁序更替，华章日新")
    assert speech.date == dt.date(2023, 12, 31)


def test_first_part_label_of_a_hosts_script_belongs_to_the_script():
    page = "\n".join(["庆七一文艺晚会主持词", "开场白", *PRESENTERS_TURNS])
    speech = parse_text(page)
    assert speech.body.startswith("开场白\n男：尊敬的各位领导")
    assert speech.title == "庆七一文艺晚会主持词"


# --- site text around the speech ---------------------------------------------------


def test_feedback_form_after_the_speech_is_not_the_speech():
    page = "\n".join(
        [
            "跳过导航",
            "某某特别行政区行政长官新春献辞",
            "各位市民： " + OPENING + " " + POINT + " " + CLOSING,
            "此页面有问题吗？",
            "帮助我们改进某某网",
            "* 必填项",
            "提交",
        ]
    )
    speech = parse_text(page)
    assert speech.body.endswith(CLOSING)
    assert speech.source_site != "跳过导航"


def test_caption_set_beside_a_column_of_text_is_cut_out_of_the_line():
    page = "\n".join(
        [
            "2022-2023 年度毕业典礼致辞",
            "各位家长、各位老师、各位同学：",
            "今天，我们在这里隆重举行毕业典礼，请让我代表学校董事会，向大家表",
            "校长 陈某某                       示热烈的欢迎和衷心的感谢！",
            "过去一年，全体师生勤奋拼搏，成绩不断提高。",
        ]
    )
    speech = parse_text(page)
    assert "陈某某" not in speech.body
    assert "示热烈的欢迎" in speech.body


def test_site_watermark_with_its_address_before_a_run_on_title_is_not_the_title():
    page = (
        "某某文库—公文资料每日更新 www.example.com某县人大会议表态发言某县县长"
        "王某某(2025 年 1 月 6 日)各位代表，同志们：今天，大会选举我担任县长。"
        + POINT
        * 3
    )
    speech = parse_text(page)
    assert speech.title == "某县人大会议表态发言"
    assert speech.body.startswith("各位代表，同志们：今天")


# --- titles ------------------------------------------------------------------------


def test_video_caption_tag_after_a_headline_is_not_the_title():
    page = (
        "某某宣誓就任 就职典礼致辞全文来了！ 【同期】某某特区第三任行政长官 某某某\n"
        "尊敬的各位嘉宾、各位市民： " + OPENING + " " + POINT
    )
    assert parse_text(page).title == "某某宣誓就任 就职典礼致辞全文来了！"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "《冬季运动会开幕词(12篇)》\n冬季运动会开幕词(精选12篇)\n冬季运动会开幕词 篇1",
            "冬季运动会开幕词",
        ),
        # not cut at its genre word as two titles run together ("…讲话稿" + "范文…》")
        (
            "《乡镇干部讲话稿范文(31篇)》\n乡镇干部讲话稿范文(精选31篇)\n乡镇干部讲话稿范文 篇1",
            "乡镇干部讲话稿",
        ),
    ],
)
def test_title_wholly_in_book_title_marks_is_read_without_them(head, title):
    page = head + "\n尊敬的各位来宾：\n大家好！\n" + OPENING
    assert parse_text(page).title == title


# --- dates -------------------------------------------------------------------------


def test_date_line_of_a_report_cut_before_its_last_word_gives_the_day():
    page = "\n".join(
        [
            "某镇2023年政府工作报告和2024年工作计划",
            "政 府 工 作 报 告",
            "2024年1月16日在镇第十八届人民代表大会第四次会议",
            "某镇人民政府镇长 王某某",
            "各位代表：",
            "现在，我代表镇人民政府向大会作政府工作报告，请予以审议。",
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.delivered == "2024-01-16"
    assert speech.body.startswith("各位代表：")


def test_part_label_on_a_scripts_first_line_stays_in_the_head():
    page = "\n".join(["开场白", *PRESENTERS_TURNS])
    speech = parse_text(page)
    assert speech.body.startswith("男：尊敬的各位领导")
