"""Round 2.21: a portal's date widget printed in three lines, and a speaker's welcome to
a place that reads like a site's greeting. Every text here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from speeches.parsing import parse_text

SPEECH = [
    "各位来宾，朋友们：",
    "大家好！",
    "金秋时节，我们在这里举行新校区启用仪式，我代表区委、区政府表示热烈祝贺。",
    "新校区占地一百二十亩，可容纳学生两千四百人，是全区今年的重点民生工程。",
    "希望学校珍惜条件，办出特色，为全区教育事业作出新的贡献。谢谢大家！",
]


def widget_page(year: str, day: str, clock: str) -> str:
    return "\n".join(
        [
            "首页 > 资料中心 > 领导讲话",
            "在新校区启用仪式上的致辞",
            year,
            "",
            day,
            "",
            clock,
            "来源",
            "某某教育",
            *SPEECH,
        ]
    )


def test_a_date_widget_in_three_lines_dates_the_page():
    speech = parse_text(widget_page("2022", "09/06", "08:30"))
    assert speech.date == dt.date(2022, 9, 6)
    assert speech.body.startswith("各位来宾，朋友们：")


@pytest.mark.parametrize(
    ("year", "day", "clock"),
    [
        ("2022", "09/06", "第三期"),  # no clock: not a widget
        ("第一章", "09/06", "08:30"),  # no year above it
    ],
)
def test_pieces_that_are_not_a_widget_date_nothing(year, day, clock):
    assert parse_text(widget_page(year, day, clock)).date is None


def test_pager_lines_still_go_between_running_text():
    text = "\n".join(
        [
            "在新校区启用仪式上的致辞",
            *SPEECH[:3],
            "2/3",
            *SPEECH[3:],
        ]
    )
    assert "2/3" not in parse_text(text).body


GUIDE = [
    "古城一日游欢迎词",
    "游客朋友们：",
    "大家好！",
    "{welcome}",
    "古城建于明代，城墙周长九公里，是省内保存最完整的古城墙之一。",
    "今天我们先登城墙，再游老街，中午品尝当地的特色小吃。",
    "祝大家玩得开心，谢谢！",
]


@pytest.mark.parametrize(
    "welcome",
    ["欢迎光临千年古城。下面我先介绍一下古城的概况。", "欢迎来到美丽的滨江！"],
)
def test_a_speakers_welcome_to_a_place_stays_in_the_speech(welcome):
    text = "\n".join(GUIDE).replace("{welcome}", welcome)
    assert welcome in parse_text(text).body


@pytest.mark.parametrize(
    "greeting",
    ["欢迎光临某某范文网！", "您好，欢迎来到某某公文站", "欢迎访问某某资料库"],
)
def test_a_sites_greeting_stays_out(greeting):
    text = "\n".join([greeting, *GUIDE]).replace("{welcome}", "古城欢迎您。")
    speech = parse_text(text)
    assert greeting not in speech.body
    assert speech.body.startswith("游客朋友们：")


# --- a letter signed by name and day, run on into the wire's report on it ----------

LETTER_RECORD = (
    "贺信值此滨江职业技术学院建校六十周年之际，谨向全校师生员工和广大校友致以热烈的祝贺！"
    "六十年来，学校扎根地方、服务产业，为区域发展培养了大批技术技能人才。"
    "希望学校坚持立德树人，深化产教融合，为建设技能型社会作出新的更大贡献。"
    "周某某{signed}（新华社滨江5月8日电）新华社滨江5月8日电 滨江职业技术学院建校"
    "六十周年庆祝大会8日举行，大会宣读了贺信。学校现有在校生一万二千人。"
)


def test_a_letter_signed_before_the_wires_credit_ends_there_on_its_day():
    speech = parse_text(LETTER_RECORD.format(signed="2021年5月7日"))
    assert speech.delivered == "2021-05-07"
    assert speech.speaker == "周某某"
    assert speech.body.startswith("值此滨江职业技术学院建校六十周年之际")
    assert speech.body.endswith("为建设技能型社会作出新的更大贡献。")


def test_a_letter_signed_without_its_day_keeps_the_record_whole():
    speech = parse_text(LETTER_RECORD.format(signed=""))
    assert speech.delivered is None
    assert "大会宣读了贺信" in speech.body
