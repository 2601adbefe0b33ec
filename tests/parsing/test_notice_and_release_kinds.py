"""Kinds a first run over real pages of 40 more sites missed (parser 2.5): the people
addressed without 们 or as two groups, a release's 贺辞 announced in full, a
release's footer (its note of another site, the information office, related
links), a site's description of itself and its cookie, browser, app and language
notices over the text, a collection's number in brackets after a title; one kind a
test.

Every page here is written for its test; none is a page of that set.
"""

import re

import pytest

from speeches.parsing import parse_text
from speeches.parsing.chrome import droppable_chrome
from speeches.parsing.interface import PAGE_NOTICE_RULES
from speeches.parsing.salutation import is_address_list
from speeches.parsing.title_decorations import strip_decorations

OPENING = "今天召开全镇秋季防火工作会议，主要任务是总结上半年工作，部署下一阶段任务。"
POINT = "各村要把巡山护林责任落实到人，做到山有人管、林有人护、火有人防。"
GREETING = "值此新春佳节来临之际，我代表镇政府向全镇父老乡亲致以节日的问候。"


@pytest.mark.parametrize("rule", PAGE_NOTICE_RULES, ids=lambda r: r.name)
def test_every_page_notice_rule_matches_its_example(rule):
    assert re.search(rule.pattern, rule.example, re.IGNORECASE)
    assert droppable_chrome(rule.example)


@pytest.mark.parametrize(
    "line", [OPENING, POINT, GREETING, "我们为群众提供了更多便利。"]
)
def test_a_speechs_own_sentences_are_no_page_notice(line):
    assert not droppable_chrome(line)


def test_a_broadcast_address_to_young_people_and_parents_opens_the_speech():
    page = "\n".join(
        [
            "2021年春季征兵工作电视讲话",
            "广大青年和学生家长朋友们:",
            "根据上级命令，今年春季征兵工作已经全面展开。" + POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("广大青年和学生家长朋友们:")


def test_two_groups_addressed_without_men_open_the_speech():
    page = "\n".join(
        [
            "学校校长新年致辞",
            "时间:2024-01-02 09:10",
            "某某中学全体教师、各界人士:",
            GREETING + "一年来，学校各项工作取得新进展。",
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("某某中学全体教师、各界人士:")
    assert speech.title == "学校校长新年致辞"


def test_a_list_of_two_offices_is_no_salutation():
    assert not is_address_list("镇政府、镇人大:")
    assert is_address_list("某某中学全体教师、各界人士:")


def test_a_releases_new_year_message_announced_in_full_starts_under_the_line():
    page = "\n".join(
        [
            "区长发表新春贺辞",
            "日期: 2025-01-28 10:00",
            "以下是区长某某今日（一月二十八日）发表的新春贺辞全文：",
            GREETING,
            "祝大家蛇年吉祥！",
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith(GREETING)
    assert "以下是" not in speech.body


def test_a_releases_footer_leaves_the_body():
    page = "\n".join(
        [
            "局长发表新年献辞",
            "以下是局长今日发表的新年献辞全文：",
            GREETING,
            POINT,
            "（献辞已上载某某局网站：",
            "www.example.gov/msg/",
            "）",
            "政府新闻处",
            "连结至相关网站",
        ]
    )
    speech = parse_text(page)
    assert speech.body.endswith(POINT)
    for chrome in ("上载", "www.", "新闻处", "连结"):
        assert chrome not in speech.body


def test_a_portals_self_description_and_notices_over_the_title_leave_the_head():
    page = "\n".join(
        [
            "某城新闻网某城论坛为您提供某城新闻、某城天气预报、某城招聘等信息。",
            "本站使用Cookie改善瀏覽效果，關閉此窗口即代表您同意。",
            "This browser is not supported here; please use another one.",
            "某城新聞APP Icon某城新聞APP",
            "某城市长新春献词",
            "时间:2024-02-09 08:00",
            GREETING,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "某城市长新春献词"
    assert speech.body.startswith(GREETING)
    for chrome in ("为您提供", "網站使用", "browser", "APP"):
        assert chrome not in speech.body


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("毕业典礼校长致辞（篇1）", "毕业典礼校长致辞"),
        ("新年晚会主持词(篇二)", "新年晚会主持词"),
        ("在某某大会上的讲话（2024）", "在某某大会上的讲话"),
    ],
)
def test_a_collections_number_in_brackets_leaves_the_title(printed, title):
    assert strip_decorations(printed) == title


def test_a_title_in_lenticular_brackets_glued_before_the_salutation_is_the_title():
    page = "\n".join(
        [
            "【2023中秋节致辞】各位来宾、亲爱的同事们:",
            "大家好!",
            GREETING,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "2023中秋节致辞"
    assert speech.body.startswith("各位来宾、亲爱的同事们:")
    assert "【" not in speech.body


def test_a_speakers_name_glued_before_the_salutation_is_the_byline():
    page = (
        "附件在全县春耕生产会议上的讲话(2019年3月6日 根据录音整理)"
        "张某某同志们: " + OPENING + POINT
    )
    speech = parse_text(page)
    assert speech.body.startswith("同志们:")
    assert speech.title == "在全县春耕生产会议上的讲话"
    assert speech.speaker and "张某某" in speech.speaker
    assert speech.delivered == "2019-03-06"


def test_words_qualifying_the_people_addressed_stay_in_the_salutation():
    page = "\n".join(["在青年座谈会上的讲话", "青年同志们:", OPENING])
    assert parse_text(page).body.startswith("青年同志们:")


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("附件2：在全市安全生产会议上的讲话", "在全市安全生产会议上的讲话"),
        ("附件在全县春耕生产会议上的讲话", "在全县春耕生产会议上的讲话"),
    ],
)
def test_an_attachment_label_leaves_the_title(printed, title):
    assert strip_decorations(printed) == title


def test_a_bracketed_line_of_offices_name_and_day_gives_speaker_and_day():
    page = "\n".join(
        [
            "在某县新春座谈会上的讲话",
            "(某省某市政协副主席、某县委书记王某某,2025年1月20日)",
            "各位领导，各位朋友:",
            GREETING,
        ]
    )
    speech = parse_text(page)
    assert speech.delivered == "2025-01-20"
    assert speech.speaker and "王某某" in speech.speaker
    assert speech.body.startswith("各位领导，各位朋友:")


def test_a_celebrations_theme_and_an_event_title_over_three_lines_make_one_title():
    page = "\n".join(
        [
            "會長致辭",
            "某某會長",
            "於2023年6月18日",
            "慶祝某某同鄉會成立三十周年",
            "某某同鄉會第五屆理事會就職典禮",
            "暨某某文化節推介活動上的致辭",
            "在同鄉會成立三十周年之際，我們隆重舉辦就職典禮暨文化節。",
        ]
    )
    speech = parse_text(page)
    assert speech.title == (
        "慶祝某某同鄉會成立三十周年某某同鄉會第五屆理事會就職典禮"
        "暨某某文化節推介活動上的致辭"
    )
    assert speech.delivered == "2023-06-18"


def test_a_theme_over_a_headline_without_an_event_stays_apart():
    page = "\n".join(["纪念某某诞辰一百周年", "某某文集", "同志们:", OPENING])
    assert parse_text(page).title != "纪念某某诞辰一百周年某某文集"


def test_a_site_and_its_library_column_one_space_apart_are_a_breadcrumb():
    page = "\n".join(
        [
            "某某网 资料文库 乡政府工作报告范文",
            "乡政府工作报告范文",
            "乡政府工作报告",
            "各位代表:",
            "下面，我受乡人民政府委托，向各位代表报告一年来的工作。",
        ]
    )
    speech = parse_text(page)
    assert speech.title == "乡政府工作报告"
    assert droppable_chrome("某某网 资料文库 乡政府工作报告范文")


def test_a_title_with_spaces_is_no_breadcrumb():
    assert not droppable_chrome("国家电网 2024年工作会议 讲话")


def test_a_report_over_the_speakers_name_and_his_words_starts_at_his_words():
    page = "\n".join(
        [
            "王某某宣布县政协全体会议开幕",
            "王某某宣布县政协第八届第三次全体会议开幕，全场起立唱国歌。",
            "王某某:",
            "各位委员，各位同志，本次会议应出席委员180人，实到172人，符合规定人数。"
            "现在，我宣布会议开幕。",
            "请坐下。",
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("各位委员，各位同志，本次会议")
    assert "全场起立" not in speech.body


def test_a_speakers_own_words_over_a_name_label_are_kept():
    page = "\n".join(
        [
            "我宣布县政协全体会议开幕，请大家起立，奏国歌。",
            "王某某:",
            "各位委员，本次会议应出席委员180人，实到172人，符合规定人数。",
        ]
    )
    assert parse_text(page).body.startswith("我宣布")


def test_a_title_a_pdf_broke_around_its_figures_is_joined():
    page = "\n".join(
        ["XX", "乡", "2024", "年政府工作报告", "各位代表:", OPENING + POINT]
    )
    assert parse_text(page).title == "XX乡2024年政府工作报告"


def test_a_menu_of_one_character_items_is_no_title_piece():
    page = "\n".join(["繁", "Eng", "简", "字体大小", "区长新春贺辞", GREETING])
    assert parse_text(page).title == "区长新春贺辞"


def test_a_blurb_naming_the_title_in_book_marks_gives_the_title():
    page = "\n".join(
        [
            "摘要:某某网小编为你整理了多篇相关的《2024镇长在全镇安全生产会议上的讲话》，"
            "但愿对你工作学习有帮助。",
            OPENING,
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "2024镇长在全镇安全生产会议上的讲话"
    assert speech.body.startswith(OPENING)


def test_an_english_line_naming_the_speech_titles_a_speech_given_in_chinese():
    page = "\n".join(
        [
            "An Official Site of the State",
            "Speech by Mr Tan, Minister of Trade, at the Clan Association's "
            "Annual Dinner",
            "尊敬的会馆主席、",
            "各位来宾,",
            "大家晚上好!" + GREETING,
        ]
    )
    speech = parse_text(page)
    assert speech.title.startswith("Speech by Mr Tan, Minister of Trade")
    assert speech.body.startswith("尊敬的会馆主席、")


def test_a_chinese_title_wins_over_an_english_line():
    page = "\n".join(
        [
            "Speech by Mr Tan at the Dinner",
            "在会馆周年晚宴上的致辞",
            "各位来宾:",
            GREETING,
        ]
    )
    assert parse_text(page).title == "在会馆周年晚宴上的致辞"


def test_a_title_byline_and_people_addressed_run_together_are_split():
    page = "\n".join(
        [
            "张某某发表2024年某省征兵(某地暴雨)电视动员讲话",
            "2024年某省征兵电视动员讲话张某某青年朋友们、同志们:  "
            "按照上级部署，本省今年的征兵报名已经开始。" + POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("青年朋友们、同志们:")
    assert speech.title == "2024年某省征兵电视动员讲话"
    assert speech.speaker == "张某某"


def test_a_bracketed_word_inside_the_only_title_stays():
    page = "\n".join(["在全县村(社区)党组织书记培训班上的讲话", "同志们:", OPENING])
    assert parse_text(page).title == "在全县村(社区)党组织书记培训班上的讲话"


def test_a_forum_threads_title_under_its_post_header_is_the_title():
    page = "\n".join(
        [
            "老游泳迷8866 发表于 2024-3-9 20:15",
            "李某某理事长的话",
            "会员们大家好:我是理事长李某某，今天想和大家说几句心里话。" + POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "李某某理事长的话"
    assert speech.body.startswith("会员们大家好:")


def test_a_sentence_under_a_post_header_is_no_title():
    page = "\n".join(
        [
            "老游泳迷8866 发表于 2024-3-9 20:15",
            "今天想和大家说几句心里话，请大家耐心听完。",
            POINT,
        ]
    )
    assert parse_text(page).title == ""


def test_a_forum_posters_day_of_joining_is_not_the_pages_date():
    page = "\n".join(
        [
            "某某宣布县政协全体会议开幕",
            "guest",
            "注册",
            "2003-05-17",
            "消息",
            "1,024",
            "各位委员:",
            OPENING,
        ]
    )
    speech = parse_text(page)
    assert speech.date is None
    assert speech.body.startswith("各位委员:")


def test_a_joining_field_on_one_line_is_not_the_pages_date():
    page = "\n".join(
        ["镇长在防火会议上的讲话", "注册时间：2003-05-17", "同志们:", OPENING]
    )
    assert parse_text(page).date is None


def test_a_menus_label_and_a_byline_over_the_title_are_not_the_site():
    page = "\n".join(
        [
            "导航栏",
            "會長致辭",
            "某某同鄉會第五屆理事會就職典禮上的致辭",
            "某某某會長",
            "各位鄉親:",
            "在同鄉會成立三十周年之際，我們隆重舉辦就職典禮，歡迎各位嘉賓。",
        ]
    )
    speech = parse_text(page)
    assert speech.source_site is None
    assert "导航" not in speech.body


def test_a_sites_name_over_the_title_is_still_the_site():
    page = "\n".join(["某某县人民政府", "县长在防火会议上的讲话", "同志们:", OPENING])
    assert parse_text(page).source_site == "某某县人民政府"


@pytest.mark.parametrize(
    "notice",
    [
        "某某范文网为你提供各类讲话稿、致辞、主持词等内容。",
        "This website uses cookies to improve your experience.",
        "继续浏览本站即代表您同意我们的隐私政策。",
        "请同意我们的隐私权政策，才能使用收听功能。",
    ],
)
def test_notices_of_the_same_families_leave_the_head(notice):
    page = "\n".join([notice, "镇长在防火会议上的讲话", "同志们:", OPENING])
    speech = parse_text(page)
    assert speech.title == "镇长在防火会议上的讲话"
    assert speech.body.startswith("同志们:")


@pytest.mark.parametrize(
    "line",
    [
        "以下為行政長官今日發表的新年獻辭全文：",
        "以下是局长今日发表的新春贺辞全文：",
    ],
)
def test_a_release_announcing_a_message_in_either_script_is_head(line):
    speech = parse_text("\n".join(["局长新年献辞", line, GREETING, POINT]))
    assert speech.body.startswith(GREETING)
