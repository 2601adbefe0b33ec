"""The day a speech was given (``delivered``), as precise as the text states it."""

import datetime as dt

import pytest

from speeches.parsing import parse_text

SPEECH = "同志们：\n今天召开会议，部署下一阶段工作。要把责任压实，把措施落细。\n"


@pytest.mark.parametrize(
    ("head", "delivered"),
    [
        ("在全县春耕会上的讲话\n（2018年2月12日）\n", "2018-02-12"),
        ("守正创新\n——2022年3月5日在全区干部大会上\n", "2022-03-05"),
        ("在全县春耕会上的讲话\n二〇一九年三月十二日\n", "2019-03-12"),
        ("论农村工作\n（一九四一年五月）\n", "1941-05"),
        ("论农村工作\n（1965年6月、12月）\n", "1965-06"),
        ("1954年政府工作报告\n", "1954"),
        ("在2019年全镇经济工作务虚会上的讲话\n", "2019"),
    ],
)
def test_the_day_printed_with_the_title_is_when_the_speech_was_given(head, delivered):
    assert parse_text(head + SPEECH).delivered == delivered


@pytest.mark.parametrize(
    "title",
    [
        "2021年度述职报告",
        "关于2019年计划执行情况与2020年计划草案的报告",
        "2021—2025年发展规划说明",
    ],
)
def test_a_title_of_a_years_work_or_of_several_years_dates_nothing(title):
    assert parse_text(title + "\n" + SPEECH).delivered is None


def test_a_dateline_takes_the_year_of_the_pages_own_stamp():
    page = (
        "县长出席春耕现场会\n发布时间：2023-03-08 10:00\n"
        "新华社某地3月6日电　某某县今天召开春耕现场会，县长作了讲话，要求抓好春耕。\n"
    )
    speech = parse_text(page)
    assert speech.date == dt.date(2023, 3, 8)
    assert speech.delivered == "2023-03-06"


def test_a_dateline_later_in_the_year_than_the_stamp_is_of_the_year_before():
    page = (
        "书记出席岁末座谈会\n发布时间：2024-01-02 09:00\n"
        "新华社某地12月30日电　某某市今天召开座谈会，市委书记作了讲话，总结全年工作。\n"
    )
    assert parse_text(page).delivered == "2023-12-30"


def test_a_date_signed_under_the_speech_is_when_it_was_given():
    page = (
        "致全县教师的一封信\n" + SPEECH + "某某县人民政府县长　王某某\n2024年9月10日\n"
    )
    assert parse_text(page).delivered == "2024-09-10"


def test_the_pages_stamp_stays_the_date_beside_the_day_given():
    page = (
        "在全局工作会议上的讲话\n来源：某某局   2022-03-10 11:51\n"
        "（2022年2月28日）\n" + SPEECH
    )
    speech = parse_text(page)
    assert speech.date == dt.date(2022, 3, 10)
    assert speech.delivered == "2022-02-28"
