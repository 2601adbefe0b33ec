"""Round 2.20, page kinds a held-out first run missed (realcheck44): a slogan title a
printed book centres over several lines above its subtitle, a genre label joined to
its theme by dashes, a document's page number left alone between paragraphs, a
chatbot's sign-off under a speech it wrote. Every text here is written for the test."""

from __future__ import annotations

import pytest

from speeches.parsing import parse_text

OPENING = (
    "今天召开全县秋粮收购工作推进会，主要任务是总结前段工作，安排部署下一阶段任务。"
)
POINT = "各乡镇要把收购网点布设到村，方便群众就近售粮，严禁压级压价、打白条，切实保护种粮农民利益。"
FUNDS = (
    "粮食部门要加强资金调度，确保收购资金及时足额到位，做到钱随粮走，不让农民卖粮等钱。"
)
SUBTITLE = "——在全县秋粮收购工作推进会上的讲话"


def parse(lines: list[str]):
    return parse_text("\n".join(lines))


# --- a slogan title over several lines ----------------------------------------------


@pytest.mark.parametrize("indent", ["", "          "])
def test_slogan_title_centred_over_three_lines_is_one_title(indent):
    page = [
        f"{indent}统筹调度 压实责任",
        f"{indent}全力以赴抓好秋粮收购和仓储保管工作",
        "",
        f"{indent}再上新台阶",
        f"{indent}{SUBTITLE}",
        f"{indent}{indent}张某某",
        f"{indent}（2016年9月21日）",
        "同志们：",
        OPENING,
        POINT,
    ]
    parsed = parse(page)
    assert parsed.title.replace(" ", "") == (
        "统筹调度压实责任全力以赴抓好秋粮收购和仓储保管工作再上新台阶"
    )
    assert parsed.delivered == "2016-09-21"


def test_a_column_label_over_the_slogan_title_stays_apart():
    page = [
        "领导讲话",
        "全力以赴抓好秋粮收购工作",
        "再上新台阶",
        SUBTITLE,
        "同志们：",
        OPENING,
        POINT,
    ]
    assert parse(page).title == "全力以赴抓好秋粮收购工作再上新台阶"


def test_a_title_of_its_own_over_the_subtitle_is_not_joined():
    page = [
        "全县秋粮收购工作推进会",
        "抓好秋粮收购",
        SUBTITLE,
        "同志们：",
        OPENING,
        POINT,
    ]
    assert parse(page).title != "全县秋粮收购工作推进会抓好秋粮收购"


# --- a genre label joined to its theme --------------------------------------------------


def test_genre_label_and_its_theme_of_listed_qualities_stay_one_title():
    title = "党课讲稿--严守组织生活制度 增强组织生活的严肃性、经常性"
    parsed = parse(["某文库", title, OPENING, POINT, FUNDS])
    assert parsed.title == title


# --- a page number alone between paragraphs ---------------------------------------------


def test_page_number_alone_between_paragraphs_leaves_the_body():
    parsed = parse(["在全县秋粮收购工作推进会上的讲话", OPENING, POINT, "17", FUNDS])
    assert "\n17\n" not in parsed.body
    assert POINT in parsed.body and FUNDS in parsed.body


def test_page_number_splitting_a_sentence_is_joined_over():
    parsed = parse(
        [
            "在全县秋粮收购工作推进会上的讲话",
            OPENING,
            "各乡镇要把收购网点布设到村，方便群众就近",
            "23",
            "售粮，严禁压级压价、打白条，切实保护种粮农民利益。",
            FUNDS,
        ]
    )
    assert "方便群众就近售粮" in parsed.body


def test_a_figure_alone_under_a_short_line_stays():
    parsed = parse(
        ["在全县秋粮收购工作推进会上的讲话", OPENING, "收购网点数：", "40", FUNDS]
    )
    assert "40" in parsed.body


# --- a chatbot's sign-off ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sign_off",
    [
        "希望以上讲话稿对您有帮助！需要修改的地方可以再告诉我。",
        "希望本篇发言稿可以帮到你，如需调整语气或篇幅，欢迎继续提出。",
    ],
)
def test_chatbot_sign_off_under_the_speech_leaves_the_body(sign_off):
    parsed = parse(
        ["在全县秋粮收购工作推进会上的讲话", OPENING, POINT, "谢谢大家！", sign_off]
    )
    assert parsed.body.endswith("谢谢大家！")


def test_a_speakers_hope_to_meet_needs_stays():
    closing = "希望我们的收购网点能满足您的售粮需要，让大家卖上放心粮、舒心粮。"
    parsed = parse(["在全县秋粮收购工作推进会上的讲话", OPENING, POINT, closing])
    assert parsed.body.endswith(closing)


# --- a translation glued to the speech's last line ------------------------------------

ENGLISH = (
    "Today the county convened its autumn grain purchase meeting, whose main tasks "
    "are to review the work done so far, to analyse the situation we face and to "
    "arrange the tasks of the next stage"
)


@pytest.mark.parametrize("joint", [" ", ""])
def test_translation_glued_to_the_last_line_leaves_the_body(joint):
    last = "各乡镇要把收购网点布设到村，方便群众就近售粮，严禁压级"
    parsed = parse(
        ["在全县秋粮收购工作推进会上的讲话", OPENING, FUNDS, last + joint + ENGLISH]
    )
    assert parsed.body.endswith(last)
    assert "Today" not in parsed.body


def test_a_short_english_phrase_closing_the_speech_stays():
    last = "让我们记住大会的口号 Grain for all, care for every farmer!"
    parsed = parse(["在全县秋粮收购工作推进会上的讲话", OPENING, FUNDS, last])
    assert parsed.body.endswith(last)
