"""Kinds the first run of parser 2.12 on unseen page beginnings missed, written
genre-wide (2.14): a 范文 site's 通用 tag and praise around a collection's title, a
breadcrumb's 正文 after it, a library record's title field, a document-sharing site's
notices, a collection's next item inside the first, a cover notice over the report it
issues, a host script's part label over its first turn, and an update-time stamp.

Every page here is written for its test; none is a page of any set.
"""

import pytest

from speeches.parsing import parse_text
from speeches.parsing.title_decorations import strip_decorations

OPENING = "金秋时节，丹桂飘香，今天我们在这里隆重集会，共同庆祝这个值得纪念的日子。"
POINT = "希望大家珍惜机遇、勇于担当，在各自岗位上干出新的业绩，为全县发展多作贡献。"


def _page(*lines: str) -> str:
    return "\n".join(lines)


# --- a 范文 site's tags around a collection's title -------------------------------


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("春季开学典礼校长致辞通用", "春季开学典礼校长致辞"),
        ("春季开学典礼校长致辞通用2", "春季开学典礼校长致辞"),
        ("镇长在防汛工作会议上的讲话【通用两篇】正文", "镇长在防汛工作会议上的讲话"),
        ("最新镇长在春节团拜会上的致辞范文(精选9篇)", "镇长在春节团拜会上的致辞"),
        ("最优中学校长在毕业典礼上的讲话范文(12篇)", "中学校长在毕业典礼上的讲话"),
    ],
)
def test_a_collection_sites_tags_leave_the_title(printed, title):
    assert strip_decorations(printed) == title


@pytest.mark.parametrize(
    "title",
    [
        "在通用航空产业发展大会上的致辞",  # 通用 inside the title
        "优秀教师代表在教师节表彰大会上的发言",  # 优秀 is the title's own
        "最美基层干部在全县表彰大会上的发言",
        "在正文写作培训班上的讲话",
    ],
)
def test_a_titles_own_words_stay(title):
    assert strip_decorations(title) == title


def test_a_collection_pages_title_under_a_praise_word():
    page = _page(
        "最优镇长在春节团拜会上的致辞范文(9篇)",
        "时间:2023-01-03 08:15:00 小编:某某",
        "镇长在春节团拜会上的致辞篇一",
        "各位领导、同志们：",
        OPENING,
        POINT,
    )
    assert parse_text(page).title == "镇长在春节团拜会上的致辞"


# --- a library record's fields ------------------------------------------------------


@pytest.mark.parametrize("label", ["颗粒名称", "题名", "正题名", "篇名"])
def test_a_library_records_title_field_gives_the_title_without_its_label(label):
    page = _page(
        "知识类型: 析出资源",
        "内容出处: 《某县报》 报纸",
        f"{label}: 在全县春耕生产动员大会上的讲话",
        "分类号: D000.00",
        "内容",
        "同志们：",
        OPENING,
        POINT,
    )
    speech = parse_text(page)
    assert speech.title == "在全县春耕生产动员大会上的讲话"
    assert speech.body.startswith("同志们：")


# --- a collection's items: glued after its count, and the next one ----------------


def test_an_item_heading_glued_after_the_collections_count_is_head():
    page = _page(
        "秋季运动会开幕致辞2024(精选12篇)",
        "秋季运动会开幕致辞2024(精选12篇)秋季运动会开幕致辞2024篇1老师们、同学们：大家好！"
        + OPENING,
        POINT,
    )
    speech = parse_text(page)
    assert speech.body.startswith("老师们、同学们：大家好！")
    assert speech.title == "秋季运动会开幕致辞2024"


@pytest.mark.parametrize("mark", ["篇2", " 篇2", " 篇三", "【第二篇】", " 篇12"])
def test_the_next_items_heading_ends_the_first_speech(mark):
    page = _page(
        "运动会开幕致辞(实用8篇)",
        "运动会开幕致辞 篇1",
        "各位领导、同学们：",
        OPENING,
        "谢谢大家！",
        f"运动会开幕致辞{mark}",
        "尊敬的各位来宾：",
        POINT,
    )
    speech = parse_text(page)
    assert speech.body.startswith("各位领导、同学们：")
    assert speech.body.endswith("谢谢大家！")
    assert POINT not in speech.body


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("运动会开幕致辞 篇1", "第2篇：运动会开幕致辞"),
        ("【篇1】运动会开幕致辞", "【篇2】运动会开幕致辞"),
        ("篇一：运动会开幕致辞", "篇二：运动会开幕致辞"),
    ],
)
def test_the_next_item_under_its_label_ends_the_first_speech(first, later):
    page = _page(
        "运动会开幕致辞(8篇)",
        first,
        "各位领导、同学们：",
        OPENING,
        "谢谢大家！",
        later,
        "尊敬的各位来宾：",
        POINT,
    )
    speech = parse_text(page)
    assert speech.body.startswith("各位领导、同学们：")
    assert speech.body.endswith("谢谢大家！")


@pytest.mark.parametrize(
    "line",
    [
        "接下来讲第二篇。",  # a sentence, not a heading
        "奋力谱写新时代发展新篇",
        "第二篇章",
        "一季度我国债券市场规模居全球第二",  # a rank, no item
        "全县粮食产量连续三年位居全市第十二",
    ],
)
def test_a_line_of_the_speech_naming_a_part_goes_on(line):
    page = _page("在全县表彰大会上的讲话", "同志们：", OPENING, line, POINT)
    assert parse_text(page).body.endswith(POINT)


# --- a document-sharing site's notices ----------------------------------------------


def test_a_document_shares_notices_are_not_the_speech():
    page = _page(
        "• 2023-05-06 10:20:30 发布",
        "在全县民营经济发展大会上的讲话",
        "• 9页",
        "1. 1、本文档共9页，可阅读全部内容。",
        "2. 2、本文档内容版权归属内容提供方，所产生的收益全部归内容提供方所有。",
        "3. 文档侵权举报电话：010-00000000。",
        "一、把握发展大势",
        OPENING,
        POINT,
    )
    speech = parse_text(page)
    assert speech.body.startswith("一、把握发展大势")
    assert "本文档" not in speech.body and "侵权举报" not in speech.body


def test_a_speaker_speaking_of_a_document_is_kept():
    line = "这份文件共有九个部分，大家回去以后要认真阅读全文。"
    page = _page("在全县干部大会上的讲话", "同志们：", OPENING, line, POINT)
    assert line in parse_text(page).body


# --- a cover notice over the report it issues --------------------------------------

COVERED_REPORT = (
    "某县某镇人民政府关于印发2024年政府工作报告的通知",
    "各村（居）民委员会、镇属各单位：",
    "2024年《政府工作报告》已经镇人民代表大会审议通过，现印发给你们，请认真贯彻落实。",
    "某县某镇人民政府",
    "2024年2月20日",
    "（此件公开发布）",
    "某县某镇人民政府",
    "2024年政府工作报告",
    "——2024年1月18日在某县某镇第十届",
    "人民代表大会第三次会议上",
    "某县某镇人民政府镇长 某某某",
    "各位代表：",
    "现在，我代表镇人民政府向大会报告工作，请予审议。",
    POINT,
)


def test_a_cover_notice_is_no_part_of_the_report():
    speech = parse_text(_page(*COVERED_REPORT))
    assert speech.body.startswith("各位代表：")
    assert "此件公开发布" not in speech.body
    assert "镇长 某某某" not in speech.body
    assert "通知" not in speech.title
    assert speech.title.endswith("2024年政府工作报告")
    assert str(speech.delivered) == "2024-01-18"


def test_a_cover_notice_without_its_publishing_note_ends_at_its_day():
    lines = [line for line in COVERED_REPORT if "此件" not in line]
    speech = parse_text(_page(*lines))
    assert speech.body.startswith("各位代表：")
    assert "通知" not in speech.title


def test_a_speech_mentioning_a_notice_keeps_its_start():
    page = _page(
        "在全县安全生产工作会议上的讲话",
        "同志们：",
        "县政府关于印发安全生产大检查方案的通知",
        OPENING,
        POINT,
    )
    speech = parse_text(page)
    assert speech.body.startswith("同志们：")
    assert "关于印发" in speech.body


def test_the_reporting_body_over_the_years_report_is_the_titles():
    speech = parse_text(_page(*COVERED_REPORT))
    assert speech.title == "某县某镇人民政府2024年政府工作报告"


def test_a_sites_name_over_another_title_is_not_joined():
    page = _page(
        "某县人民政府",
        "在全县防汛工作会议上的讲话",
        "同志们：",
        OPENING,
        POINT,
    )
    assert parse_text(page).title == "在全县防汛工作会议上的讲话"


# --- an update-time stamp spaced from its colon -------------------------------------


def test_an_update_stamp_spaced_from_its_colon_dates_the_page():
    page = _page(
        "在全院职工代表大会上的讲话 下载本文",
        "内容发布更新时间 : 2023/6/7 10:20:30星期三 下面是文章的全部内容请认真阅读。",
        "在全院职工代表大会上的讲话",
        "各位代表：",
        OPENING,
        POINT,
    )
    assert str(parse_text(page).date) == "2023-06-07"


# --- a 范文 site's words are no speaker ----------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ("运动会开幕式校长致辞篇一", "各位老师、同学们："),
        ("致辞致谢", "运动会开幕式校长致辞通用", "各位老师、同学们："),
        ("运动会开幕式校长致辞", "浏览", "1086", "范文", "各位老师、同学们："),
    ],
)
def test_a_collection_sites_words_are_no_speaker(lines):
    speech = parse_text(_page(*lines, OPENING, POINT))
    assert speech.title == "运动会开幕式校长致辞"
    assert speech.speaker in (None, "")


def test_a_speaker_after_the_title_is_still_read():
    page = _page(
        "在全县表彰大会上的讲话", "县委书记 张某某", "同志们：", OPENING, POINT
    )
    assert parse_text(page).speaker == "县委书记 张某某"


# --- a portal's text-size control and its day before a headline --------------------


def test_a_text_size_control_and_a_month_first_day_are_the_portals():
    page = _page(
        "首頁  網站導覽",
        "• 字級大小",
        "03/15/2019.春季校友餐會 某某校長致辭全文",
        "發布日期 2019-03-15 18:00:00",
        "各位校友、各位來賓：",
        OPENING,
        POINT,
    )
    speech = parse_text(page)
    assert speech.title == "春季校友餐會 某某校長致辭全文"
    assert not speech.source_site
    assert str(speech.date) == "2019-03-15"


def test_a_cover_notice_in_traditional_script_is_read():
    lines = [
        "某縣人民政府關於印發2024年政府工作報告的通知",
        "各鄉鎮：",
        "現印發給你們，請認真貫徹執行。",
        "某縣人民政府",
        "2024年2月1日",
        "（此件公開發布）",
        "2024年政府工作報告",
        "各位代表：",
        OPENING,
        POINT,
    ]
    speech = parse_text(_page(*lines))
    assert speech.body.startswith("各位代表：")
    assert "通知" not in speech.title
