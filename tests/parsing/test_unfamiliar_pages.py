"""Pages from sites the parser had not met (issue 11), one kind of miss a test.

Every page here is written for the test; each stands for a kind of layout seen on
real pages: traditional script with pinyin, titles run into the first sentence,
leads and blurbs, ads and prompts, titles broken or spaced out, site stamps.
"""

import datetime as dt

import pytest

from speeches.parsing import parse_text
from speeches.parsing.chrome import LEAD_RULES, SITE_PROMPT_RULES
from speeches.parsing.clean import clean_text
from speeches.parsing.rules import compile_rules
from speeches.parsing.script import matching_form, to_simplified, without_pinyin
from speeches.parsing.title_decorations import strip_decorations

PARAGRAPH = "今年以来，全镇上下围绕目标任务，狠抓项目建设，各项工作取得了新的进展。"
MORE = "要把责任扛在肩上，把任务落到实处，确保各项目标如期完成。" * 3


@pytest.mark.parametrize(
    "rule", [*LEAD_RULES, *SITE_PROMPT_RULES], ids=lambda r: r.name
)
def test_every_rule_of_the_genre_matches_its_own_example(rule):
    assert compile_rules((rule,)).search(rule.example)


def test_traditional_characters_are_matched_in_their_simplified_form():
    assert to_simplified("講話稿時間") == "讲话稿时间"
    assert len(to_simplified("開會發言")) == 4
    assert matching_form("導(dǎo)語(yǔ)：") == "导语："


def test_pinyin_annotation_after_a_character_is_removed_but_not_other_brackets():
    assert without_pinyin("秋季開學(xué)典禮") == "秋季開學典禮"
    assert without_pinyin("全市(县)会议") == "全市(县)会议"


def test_traditional_page_with_pinyin_keeps_its_lead_out_of_the_body():
    page = (
        "鎮長在招商推進會(huì)發(fā)言\n"
        "時(shí)間:2021-06-02 08:15:00\n"
        "導(dǎo)讀(dú)：此篇鎮長發言稿由網友上傳，僅作交流之用。\n"
        "同志們:\n"
        "今天我們召開全鎮招商推進會，總結前段工作，安排下步任務。" + MORE + "\n"
    )
    speech = parse_text(page)
    assert speech.title == "鎮長在招商推進會發言"
    assert speech.body.startswith("同志們:")
    assert "導" not in speech.body and "網友上傳" not in speech.body
    assert "時" not in speech.body
    assert speech.date == dt.date(2021, 6, 2)


def test_title_ending_in_a_draft_word_is_not_run_into_the_salutation():
    page = "2020年在全县秋收工作会议上的讲话稿同志们:今天我们召开会议。" + MORE
    speech = parse_text(page)
    assert speech.title == "2020年在全县秋收工作会议上的讲话稿"
    assert speech.body.startswith("同志们:今天")


def test_titles_run_into_the_first_sentence_are_split_off():
    page = (
        "全镇防汛工作部署会议上讲话 在全镇防汛工作部署会议上的讲话 "
        "今天召开的这次会议，任务是安排好今年汛期各项工作。" + MORE
    )
    speech = parse_text(page)
    assert speech.body.startswith("今天召开的这次会议")
    assert speech.title == "在全镇防汛工作部署会议上的讲话"


def test_title_glued_without_a_space_to_the_first_sentence_is_split_off():
    page = (
        "镇党委书记在全镇重阳节敬老大会上的讲话\n"
        "镇党委书记在全镇重阳节敬老大会上的讲话今天，全镇老少聚在一起，"
        "共度重阳佳节。" + MORE
    )
    speech = parse_text(page)
    assert speech.body.startswith("今天，全镇老少聚在一起")


def test_a_sentence_that_mentions_a_speech_is_not_taken_for_a_title():
    page = "同志们：\n学习总书记在座谈会上的讲话精神，我们要做到三点。" + MORE
    assert parse_text(page).body.startswith("同志们：\n学习总书记")


@pytest.mark.parametrize(
    "blurb",
    [
        "在日常工作中，我们常常要写讲话稿。以下是小编为大家收集的村级换届讲话，"
        "欢迎阅读，希望大家能够喜欢。",
        "《村级换届讲话.doc》由网友上传分享，相关资料请在某某文库上搜索。",
        "【核心提示】"
        + "全镇村级换届工作会议今天召开，会议对换届工作作出全面部署。" * 6,
        "标签: #换届选举",
    ],
)
def test_a_sites_lead_or_blurb_before_the_speech_is_not_the_speech(blurb):
    page = f"在全镇村级换届工作会议上的讲话\n{blurb}\n{PARAGRAPH}{MORE}\n"
    speech = parse_text(page)
    assert speech.body.startswith(PARAGRAPH)


def test_bracketed_ad_naming_a_contact_is_cut_from_the_paragraph_it_is_glued_to():
    page = "同志们：\n" + PARAGRAPH + "【更多讲话素材，微信：abc123】\n" + MORE + "\n"
    body = parse_text(page).body
    assert "微信" not in body and PARAGRAPH in body


def test_a_phone_reading_prompt_ends_the_speech():
    page = "同志们：\n" + PARAGRAPH + MORE + "\n手机扫码阅读本文\n相关文章\n某某讲话\n"
    speech = parse_text(page)
    assert speech.body.endswith("如期完成。")


def test_a_members_only_cut_inside_a_run_on_line_ends_the_speech_there():
    page = (
        "同志们：" + PARAGRAPH + MORE + " ……(某某网此处省略812字，会员可阅读全文)…… "
        "上一篇：在全县秋收会上的讲话"
    )
    speech = parse_text(page)
    assert "省略" not in speech.body and "上一篇" not in speech.body
    assert speech.truncated


def test_a_preview_repeating_the_opening_above_the_speech_is_skipped():
    opening = "今天，我们在这里召开全区营商环境推进大会，主要目的是总结经验"
    page = (
        "区长在全区营商环境推进大会上的讲话同志们：" + opening + "，查找"
        "\n区长在全区营商环境推进大会上的讲话\n同志们：\n"
        + opening
        + "，查找不足，部署任务。"
        + MORE
    )
    cleaned = clean_text(page)
    assert cleaned.body.startswith("同志们：\n" + opening)
    assert cleaned.body.count(opening) == 1


@pytest.mark.parametrize(
    ("printed", "stored"),
    [
        ("2021年度乡村振兴专题党课(精选文档)", "2021年度乡村振兴专题党课"),
        ("在职代会上的讲话稿(仅供领导参考)", "在职代会上的讲话稿"),
        ("元旦致辞参考", "元旦致辞"),
        ("秋季开学典礼校长讲话稿 篇2", "秋季开学典礼校长讲话稿"),
        ("秋季開學(xué)典禮講話", "秋季開學典禮講話"),
    ],
)
def test_more_site_decorations_are_stripped_from_titles(printed, stored):
    assert strip_decorations(printed) == stored


def test_a_doubled_title_ending_in_a_draft_word_gives_one_title():
    page = "在职代会上的讲话稿在职代会上的讲话稿(仅供参考)各位代表：下午好！" + MORE
    assert parse_text(page).title == "在职代会上的讲话稿"


def test_a_genre_word_after_a_title_is_not_taken_for_a_name():
    assert parse_text("2023年中秋讲话致辞\n各位朋友：\n" + MORE).title == (
        "2023年中秋讲话致辞"
    )
    assert parse_text("元旦致辞参考\n" + PARAGRAPH + MORE).title == "元旦致辞"


def test_a_table_cells_rules_and_label_are_not_part_of_the_title():
    page = "| 标题:市长在全市植树活动上的讲话 |\n|\n" + PARAGRAPH + MORE
    assert parse_text(page).title == "市长在全市植树活动上的讲话"


def test_role_and_name_glued_after_the_title_are_the_speaker():
    page = (
        "2023年水利工作报告市水利局党组书记、局长  王  某\n（2023年2月10日）\n"
        "同志们：\n" + MORE
    )
    speech = parse_text(page)
    assert speech.title == "2023年水利工作报告"
    assert speech.speaker == "市水利局党组书记、局长 王某"


def test_a_newspapers_name_field_is_not_the_title():
    page = (
        "电子报阅读\n当前报纸名称:某某日报\n新年献词\n版面:第01版:要闻\n"
        "县委书记 王某\n" + PARAGRAPH + MORE
    )
    assert parse_text(page).title == "新年献词"


def test_a_title_broken_before_its_joining_word_is_joined():
    page = "在全县基层党建推进\n暨“两新”组织工作会议上的讲话\n同志们：\n" + MORE
    assert parse_text(page).title == "在全县基层党建推进暨“两新”组织工作会议上的讲话"


def test_a_session_printed_under_its_congress_and_spaced_out_is_joined():
    page = "某公司第九届职工代表大会\n第 三 次 会 议 闭 幕 词\n各位代表：\n" + MORE
    assert parse_text(page).title == "某公司第九届职工代表大会第三次会议闭幕词"


def test_a_title_set_one_short_word_a_line_is_joined():
    page = "县政府\n三年\n工作报告\n各位代表：\n" + MORE
    assert parse_text(page).title == "县政府三年工作报告"


@pytest.mark.parametrize(
    "stamp",
    [
        "2022-03-04下载文档一键复制",
        "某某范文 2022-03-04 10:21:09 讲话",
        "2022-03-04 致辞",
        "2022-03-04 999+ 58KB 6 页",
    ],
)
def test_a_numeric_date_on_a_short_site_line_is_the_pages_stamp(stamp):
    page = f"在全镇植树节活动上的讲话\n{stamp}\n同志们：\n" + MORE
    assert parse_text(page).date == dt.date(2022, 3, 4)


def test_an_indented_first_line_of_a_wrapped_paragraph_joins_the_next():
    full = "全镇上下要把思想统一到县委的部署上来，切实增强做好"  # 25 characters
    lines = [
        "在全镇春耕生产会议上的讲话",
        "刚才，某某同志通报了春耕准备情况，我都赞同，各村",  # indented: 23
        "要对照任务清单抓好种子化肥储备，做到心中有数不误农",
        *[full for _ in range(12)],
    ]
    cleaned = clean_text("\n".join(lines))
    assert cleaned.body.startswith(
        "刚才，某某同志通报了春耕准备情况，我都赞同，各村要对照"
    )


def test_a_line_opening_with_a_bracketed_ad_under_a_whole_speech_cuts_nothing():
    page = "同志们：\n" + PARAGRAPH + MORE + "\n【VIP专享】开通会员，全站材料随意下载\n"
    speech = parse_text(page)
    assert not speech.truncated and "会员" not in speech.body
