"""Where the speech starts, page numbers in its text, and its dates: kinds a first
run over real pages of 30 more sites missed (parser 1.9), one kind a test.

Every page here is written for its test; none is a page of that set.
"""

import datetime as dt

from speeches.parsing import parse_text

TITLE = "在全市民营经济发展大会上的讲话"
OPENING = "今天召开全市民营经济发展大会，主要任务是总结去年工作，部署今年任务。"
POINT = "各地要把服务企业的责任落实到人，做到有求必应、无事不扰，让企业安心发展。"
CLOSING = "同志们，发展的担子重、任务新。希望大家鼓足干劲，把今年的工作做得更好！"


def test_people_addressed_by_a_qualified_name_open_the_speech_over_blank_lines():
    page = (
        "某某论坛\n查看: 1024|回复: 0\n" + TITLE + "\n发表于 2021-4-2 09:12:30\n"
        "青年朋友们、同志们：\n\n\n\n大家上午好。" + OPENING + "\n" + POINT
    )
    speech = parse_text(page)
    assert speech.body.startswith("青年朋友们、同志们：\n大家上午好。")
    assert speech.title == TITLE


def test_opening_sentence_in_the_first_person_starts_a_speech_without_salutation():
    page = (
        "在青年人才协会成立大会上的讲话\n"
        "首先，我代表市委向青年人才协会成立表示衷心的祝贺！\n"
        "青年人才协会的成立，是我市实施人才强市战略的一项重要举措。" + POINT
    )
    speech = parse_text(page)
    assert speech.body.startswith("首先，我代表市委向青年人才协会成立表示衷心的祝贺！")


def test_item_number_of_a_bundle_glued_to_the_salutation_is_the_titles():
    page = (
        "新年音乐会主持人致辞\n"
        "下面是小编收集的新年音乐会主持人致辞，欢迎阅读与收藏。\n"
        "新年音乐会主持人致辞2尊敬的各位来宾、亲爱的朋友们：\n大家好！\n" + OPENING
    )
    speech = parse_text(page)
    assert speech.title == "新年音乐会主持人致辞"
    assert speech.body.startswith("尊敬的各位来宾、亲爱的朋友们：\n大家好！")


def test_speech_announced_after_a_news_lead_starts_where_the_page_prints_it():
    lead = "市长王某某今天上午出席全市民营经济发展大会并发表讲话。"
    page = "\n".join(
        [
            "市长：今年要在三个方面下功夫，在优化服务、降低成本、",
            "推荐指数: 80 %",
            lead,
            "讲话全文为: 各位企业家、同志们 ...",
            "跳到主要内容",
            ":::",
            "首页新闻中心市长活动",
            "微信分享微博分享",
            "打印本页",
            "全市民营经济发展大会上的讲话",
            lead,
            "讲话全文为:",
            "各位企业家、同志们，大家好。",
            OPENING,
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("各位企业家、同志们，大家好。\n" + OPENING)
    for interface in ("跳到主要内容", "微信分享", "打印本页", ":::"):
        assert interface not in speech.body


def test_speech_own_head_under_the_announcement_is_head_not_body():
    page = "\n".join(
        [
            "王某某会见侨界代表讲话全文",
            "中新网某地5月4日电",
            "王某某4日在会见侨界代表时发表讲话。讲话全文如下:",
            "同心同行、共创未来",
            "——在会见侨界代表时的讲话",
            "某省省长 王某某",
            "（2015年5月4日，某地）",
            "各位侨胞，朋友们：",
            OPENING,
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("各位侨胞，朋友们：\n" + OPENING)
    assert speech.delivered == "2015-05-04"
    assert "——在会见" not in speech.body


def test_page_numbers_of_a_document_share_leave_the_title_and_the_sentence():
    long_line = POINT * 3 + "坚持一张蓝图绘"
    page = "1、" + TITLE + "同志们：" + OPENING + long_line + "\n2、到底，" + CLOSING
    speech = parse_text(page)
    assert speech.title == TITLE
    assert "绘到底，" in speech.body
    assert "2、" not in speech.body


def test_a_list_numbered_one_two_is_no_document_share_pager():
    page = (
        "1、在全市民营经济发展大会上的讲话\n同志们：\n"
        + OPENING
        + "\n重点抓好两件事：\n2、优化服务。"
        + POINT
    )
    assert "2、优化服务。" in parse_text(page).body


def test_date_of_the_speech_broken_over_two_lines_is_read_whole():
    page = (
        "某区2024年政府工作报告\n"
        "2024年3月2日在某区第十八届\n"
        "人民代表大会第三次会议上\n"
        "某区人民政府区长 王某某\n"
        "各位代表：\n下面，我代表区政府报告过去一年的工作，请各位代表审议。\n" + POINT
    )
    speech = parse_text(page)
    assert speech.delivered == "2024-03-02"
    assert speech.title == "某区2024年政府工作报告"


def test_site_address_before_the_page_stamp_dates_the_page():
    page = (
        "【打 印】\n"
        "总理会见华侨代表 发表讲话（全文）\n"
        "http://www.example.com   2006-04-04 20:51:23\n"
        "某社某地4月4日电 总理4日会见华侨华人代表，并发表讲话，全文如下：\n"
        "各位同胞：\n" + OPENING
    )
    assert parse_text(page).date == dt.date(2006, 4, 4)
