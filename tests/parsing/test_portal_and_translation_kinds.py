"""Round 2.19: a portal's news headline over the speech's own title, a title printed
in a bookmark line, a translation printed under the speech, a speech in parts or
halves, unnumbered Markdown headings, a figure glued to a title. Every text here is
written for the test."""

from __future__ import annotations

import pytest

from speeches.parsing import parse_text
from speeches.parsing.body_end import latin_line
from speeches.parsing.rules import compile_rules
from speeches.parsing.title_decorations import PAGE_FURNITURE_RULES, strip_decorations

TITLE = "在全镇秋季防火工作会议上的讲话"
OPENING = "今天召开全镇秋季防火工作会议，主要是分析当前形势，把防火任务交给各村各单位。"
POINT = "各村要把防火责任落实到山头地块，把巡查人员派到一线，做到早发现、早处置。"
CLOSING = "同志们，防火工作一刻也不能松懈，希望大家守土尽责，确保全镇山林安全！"
SPEECH = ["同志们：", OPENING, POINT, CLOSING]


def parse(lines: list[str]):
    return parse_text("\n".join(lines))


@pytest.mark.parametrize("rule", PAGE_FURNITURE_RULES, ids=lambda r: r.name)
def test_every_page_furniture_rule_matches_its_own_example(rule):
    assert compile_rules((rule,)).search(rule.example)


# --- the title ----------------------------------------------------------------------


def test_speech_title_under_a_news_headline_about_it_is_the_title():
    page = [
        "首页 > 新闻中心 > 要闻",
        "镇长在全镇秋季防火工作会议上强调 守土尽责 确保山林安全",
        "2025-10-09 来源：镇政府办",
        f"——{TITLE}",
        *SPEECH,
    ]
    assert parse(page).title == TITLE


def test_news_headline_stays_the_title_without_a_speech_title_under_it():
    page = [
        "镇长在全镇秋季防火工作会议上强调 守土尽责 确保山林安全",
        "2025-10-09 来源：镇政府办",
        *SPEECH,
    ]
    assert parse(page).title.startswith("镇长在全镇秋季防火工作会议上强调")


@pytest.mark.parametrize(
    "printed",
    [
        f"收藏本文：{TITLE}",
        f"加入收藏 {TITLE}",
        f"本文标题：{TITLE}",
        f"3{TITLE}",
        f"{TITLE} - 副本",
    ],
)
def test_bookmark_words_or_a_glued_figure_leave_the_title(printed):
    assert strip_decorations(printed) == TITLE
    assert parse(["首页 > 讲话稿 > 正文", printed, *SPEECH]).title == TITLE


@pytest.mark.parametrize(
    "kept", ["3个方面的工作要求", "标题党现象的治理", "在全镇的讲话"]
)
def test_titles_that_open_so_by_their_own_words_keep_them(kept):
    assert strip_decorations(kept) == kept


# --- a translation under the speech ---------------------------------------------------

TRANSLATION = [
    "Comrades:",
    "Today we hold the town's autumn fire prevention meeting to analyse the situation.",
    "Every village must assign responsibility for fire prevention to each hillside.",
    "Comrades, fire prevention must never be relaxed for a moment!",
]


@pytest.mark.parametrize(
    "label",
    [[], ["以上内容由机器翻译生成，仅供参考"], ["英文译文："], ["English Version"]],
)
def test_translation_printed_under_the_speech_ends_it(label):
    parsed = parse([TITLE, *SPEECH, *label, *TRANSLATION])
    assert parsed.body.endswith(CLOSING)
    assert "Comrades" not in parsed.body
    assert "机器翻译" not in parsed.body and "译文" not in parsed.body


def test_english_sentence_quoted_inside_the_speech_stays():
    quoted = "As the saying goes in English, an ounce of prevention is worth a pound."
    parsed = parse(
        [TITLE, "同志们：", OPENING, quoted, "Prevention comes first.", POINT]
    )
    assert quoted in parsed.body
    assert parsed.body.endswith(POINT)


def test_a_line_in_latin_letters_is_told_from_chinese():
    assert latin_line("Comrades, fire prevention must never be relaxed!")
    assert not latin_line("同志们，防火工作一刻也不能松懈 (fire prevention)")


# --- parts, halves and Markdown headings ---------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"), [("第一部分", "第二部分"), ("上篇", "下篇")]
)
def test_part_label_over_the_opening_starts_the_speech_and_heads_its_part(
    first, second
):
    page = [TITLE, first, "同志们：", OPENING, POINT, second, POINT, CLOSING]
    parsed = parse(page)
    assert parsed.body.startswith(first)
    assert [(s.label, s.heading) for s in parsed.sections] == [
        (first, ""),
        (second, ""),
    ]
    assert parsed.sections[0].text.startswith("同志们：")


def test_part_label_over_a_paragraph_heads_a_part_without_words():
    page = [TITLE, "同志们：", OPENING, "第一部分", POINT, "第二部分", CLOSING]
    parsed = parse(page)
    assert [s.heading for s in parsed.sections] == ["", ""]
    assert parsed.sections[0].text == POINT


def test_lone_half_label_is_no_part():
    parsed = parse([TITLE, "同志们：", OPENING, "下篇", POINT, CLOSING])
    assert parsed.sections == ()


def test_unnumbered_markdown_headings_are_the_parts():
    page = [
        f"# {TITLE}",
        "",
        "同志们：",
        "",
        OPENING,
        "",
        "## 前段工作回顾",
        "",
        POINT,
        "",
        "## 下步重点任务",
        "",
        CLOSING,
    ]
    parsed = parse(page)
    assert parsed.title == TITLE
    assert [(s.label, s.heading) for s in parsed.sections] == [
        ("", "前段工作回顾"),
        ("", "下步重点任务"),
    ]
    assert "#" not in parsed.body


# --- a document site's running header, a wire's excerpt of a report ------------------

HEADER = "范文仓库海量文档免费下载www.wendang-sample.net"


def test_running_header_printed_again_inside_a_word_goes_everywhere():
    page = (
        f"{HEADER}{TITLE}同志们：{OPENING}各村要把防火责任落实到山{HEADER}头地块，"
        "把巡查人员派到一线。"
    )
    parsed = parse_text(page)
    assert parsed.title == TITLE
    assert "wendang-sample" not in parsed.body and "范文仓库" not in parsed.body
    assert "落实到山头地块" in parsed.body


def test_words_and_address_opening_the_page_once_are_no_running_header():
    line = "镇政府网站www.town-sample.gov.cn公开了全部防火责任人名单，请群众监督。"
    parsed = parse([line, TITLE, "同志们：", OPENING, POINT, line, CLOSING])
    assert line in parsed.body


def test_wire_lead_over_a_report_excerpt_starts_it_at_the_first_heading():
    page = [
        "镇人民政府工作报告（摘要）",
        "2025-01-08 来源：镇融媒体中心",
        "本报讯 1月6日，镇人代会开幕，镇长代表镇政府报告工作。报告要点如下：",
        "过去一年的工作回顾",
        "过去一年，全镇上下团结一心，克难攻坚，经济社会发展稳中有进，各项事业取得新成效。",
        "今年的主要任务",
        "今年，我们将坚持稳中求进，着力抓好项目建设、乡村振兴和民生改善三件大事。",
    ]
    parsed = parse(page)
    assert parsed.body.startswith("过去一年的工作回顾")
    assert "本报讯" not in parsed.body and "要点如下" not in parsed.body


# --- the speaker's coda after the last point ---------------------------------------


def test_closing_remark_after_the_last_point_is_no_point():
    page = [
        TITLE,
        "同志们：",
        OPENING,
        "一、关于当前防火形势",
        "第一，抓好巡查值守。各村要落实二十四小时值班制度，发现火情立即报告。",
        "第二，抓好野外用火管理。清明前后要严格管住祭祀用火和农事用火。",
        "最后，我再强调一点，防火工作不能搞形式主义，表格报得再多也不如上山走一趟。",
    ]
    parsed = parse(page)
    points = parsed.sections[0].children
    assert [point.label for point in points] == ["第一", "第二"]
    assert points[-1].text.endswith("也不如上山走一趟。")


def test_last_point_opening_on_its_own_words_stays_a_point():
    page = [
        TITLE,
        "同志们：",
        OPENING,
        "一、关于当前防火形势",
        "第一，抓好巡查值守。各村要落实二十四小时值班制度，发现火情立即报告。",
        "第二，抓好野外用火管理。清明前后要严格管住祭祀用火和农事用火。",
        "最后，抓好扑救准备。扑火队伍要集中食宿，机具要检修到位。",
    ]
    points = parse(page).sections[0].children
    assert [point.label for point in points] == ["第一", "第二", "最后"]


def test_main_title_and_occasion_run_into_an_opening_without_address():
    page = (
        "守好山林 护好家园——在全镇秋季防火工作会议上的讲话"
        "今年秋冬季干燥少雨，森林火险等级居高不下。各村要把防火责任落实到人，"
        "做到早发现、早处置。"
    )
    parsed = parse_text(page)
    assert parsed.title == "守好山林 护好家园"
    assert parsed.body.startswith("今年秋冬季干燥少雨")
    assert parsed.occasion == "全镇秋季防火工作会议"


def test_listing_preview_after_the_title_and_a_colon_leaves_it():
    page = [
        "首页 > 讲话稿",
        f"{TITLE}：同志们，今天召开全镇秋季防火工作会议，主要是...",
        "2025-10-09 阅读：86",
        *SPEECH,
    ]
    assert parse(page).title == TITLE
    assert strip_decorations(f"{TITLE}：守土尽责，确保山林安全") != TITLE


def test_closing_words_in_the_guests_tongue_stay():
    parsed = parse(
        [TITLE, *SPEECH, "Long live our friendship!", "Thank you very much!"]
    )
    assert parsed.body.endswith("Thank you very much!")


# --- a title printed only at the page's end ----------------------------------------

UNTITLED_SPEECH = [
    "首页 > 讲话稿",
    "同志们：",
    "今天把大家召集起来，主要是安排部署今冬明春的几项重点工作。",
    POINT,
    CLOSING,
]
PAGE_LINKS = [
    "上一篇：在全镇秋收工作会议上的讲话",
    "下一篇：在全镇冬修水利会议上的讲话",
]


@pytest.mark.parametrize("printed", [f"收藏本文：{TITLE}", f"加入收藏 {TITLE}", TITLE])
def test_title_printed_last_over_the_page_links_is_the_title(printed):
    parsed = parse([*UNTITLED_SPEECH, printed, *PAGE_LINKS])
    assert parsed.title == TITLE
    assert parsed.body.endswith(CLOSING)


def test_neighbouring_pages_titles_are_never_the_title():
    assert parse([*UNTITLED_SPEECH, *PAGE_LINKS]).title != "在全镇冬修水利会议上的讲话"


@pytest.mark.parametrize("mark", ["", "## "])
def test_bare_part_number_over_the_opening_starts_the_speech(mark):
    page = [
        TITLE,
        f"{mark}一",
        "同志们，" + OPENING,
        POINT,
        f"{mark}二",
        POINT,
        f"{mark}三",
        CLOSING,
    ]
    if mark:
        page = [f"# {TITLE}", *page[1:]]
    parsed = parse(page)
    assert parsed.body.startswith("一\n同志们，")
    assert [(s.label, s.heading) for s in parsed.sections] == [
        ("一", ""),
        ("二", ""),
        ("三", ""),
    ]


# --- a story's headline over a lead announcing the speech --------------------------

STORY_HEAD = [
    "首页 > 新闻中心",
    "全镇秋季防火工作会议召开",
    "2025-10-09 来源：镇融媒体中心",
]


def test_lead_naming_the_speech_title_gives_it_under_a_story_headline():
    lead = "10月8日，全镇秋季防火工作会议召开。镇长王建军作了题为《守好山林 护好家园》的讲话。以下为讲话全文："
    parsed = parse([*STORY_HEAD, lead, *SPEECH])
    assert parsed.title == "守好山林 护好家园"
    assert parsed.delivered == "2025-10-08"


def test_lead_reporting_the_meeting_and_its_speaker_gives_the_occasion_title():
    lead = (
        "10月8日，全镇秋季防火工作会议召开。镇长王建军出席会议并讲话。以下为讲话全文："
    )
    parsed = parse([*STORY_HEAD, lead, *SPEECH])
    assert parsed.title == TITLE
    assert parsed.speaker and "王建军" in parsed.speaker


def test_story_headline_stays_without_a_lead_announcing_the_speech():
    lead = "10月8日，全镇秋季防火工作会议召开。镇长王建军出席会议并讲话。"
    story = "会议指出，各村要把防火责任落实到山头地块，把巡查人员派到一线，做到早发现、早处置。"
    parsed = parse([*STORY_HEAD, lead, story])
    assert parsed.title == "全镇秋季防火工作会议召开"


def test_english_speech_under_a_chinese_blurb_is_no_translation():
    blurb = "下面由本站为大家推荐一篇大使的英文演讲稿，希望对你有所帮助！"
    english = [
        "Thank you for your warm welcome. It is a great pleasure to be here today "
        "with students, teachers and friends from all walks of life.",
        *TRANSLATION[1:] * 4,
    ]
    parsed = parse(["A Speech to the Students", blurb, *english])
    assert "Comrades, fire prevention" in parsed.body
