"""Round 2.20: a 公文 heading with a colon and its charge, a long heading of two
charges a semicolon joins, an editor's note on the draft over the speech, lists run
into one paragraph, a paper's headline giving the speaker's office. Every text here
is written for the test."""

from __future__ import annotations

import pytest

from speeches.parsing import parse_text
from speeches.parsing.body_start import DRAFT_NOTE
from speeches.parsing.sections import heading_sentence, split_sections
from tests.support.trees import outline

TITLE = "在全县秋粮收购工作会议上的讲话"
OPENING = "今天召开这次会议，主要是部署今年秋粮收购工作，让农民的粮食卖得出、卖得好。"
NETWORK = "各乡镇要把收购网点布设到村，方便群众就近售粮，严禁压级压价、打白条。"
FUNDS = "粮食部门要加强资金调度，确保收购资金及时足额到位，做到钱随粮走。"
CLOSING = "同志们，秋粮收购事关千家万户，希望大家各负其责，确保收购工作平稳有序！"
SPEECH = ["同志们：", OPENING, NETWORK, FUNDS, CLOSING]


def parse(lines: list[str]):
    return parse_text("\n".join(lines))


def headings(body_lines: list[str]) -> list[tuple[int, str, str]]:
    return outline(split_sections("\n".join(body_lines)))


def tasks_part(paragraph: str) -> list[str]:
    """A speech whose first part, on its tasks, holds one paragraph; a second part follows."""
    return [
        "同志们：",
        OPENING,
        "一、明确工作任务",
        paragraph,
        "二、严肃工作纪律",
        FUNDS,
    ]


# --- a heading's theme, a colon and its charge ------------------------------------


def test_colon_heading_alone_on_its_paragraph_runs_to_its_stop():
    body = [
        "同志们：",
        OPENING,
        "一、抓好统筹：把收购任务分解到每个网点。",
        NETWORK,
        "二、强化保障：让收购资金足额及时到位。",
        FUNDS,
    ]
    assert headings(body) == [
        (1, "一", "抓好统筹：把收购任务分解到每个网点"),
        (1, "二", "强化保障：让收购资金足额及时到位"),
    ]


def test_colon_heading_without_its_stop_runs_to_the_paragraph_end():
    body = ["同志们：", OPENING, "一、抓好统筹：把收购任务分解到每个网点", NETWORK]
    assert headings(body)[0][2] == "抓好统筹：把收购任务分解到每个网点"


@pytest.mark.parametrize(
    "paragraph",
    [
        # the paragraph runs on after the stop: the colon opens the part's text
        "一、抓好统筹：把收购任务分解到每个网点。" + NETWORK,
        # the words after the colon hold sentences of their own
        "一、抓好统筹：全县共设网点四十个。比去年多六个。",
        # the colon opens the part's list
        "一、抓好统筹：一是分解任务。",
        # the colon closes the heading: the text is on the next line
        "一、抓好统筹：",
        # a figure after the colon states a fact: the part's text
        "一、抓好统筹：全县共设收购网点40个",
    ],
)
def test_colon_heading_that_opens_its_text_ends_at_the_colon(paragraph):
    body = ["同志们：", OPENING, paragraph, FUNDS]
    assert headings(body)[0][2] == "抓好统筹"


def test_colon_heading_under_its_label_alone_runs_to_its_stop():
    body = [
        "同志们：",
        OPENING,
        "一、",
        "抓好统筹：把收购任务分解到每个网点。",
        NETWORK,
    ]
    assert headings(body)[0][2] == "抓好统筹：把收购任务分解到每个网点"


def test_colon_heading_keeps_the_section_text_under_it():
    body = ["同志们：", OPENING, "一、抓好统筹：把收购任务分解到每个网点。", NETWORK]
    (part,) = split_sections("\n".join(body))
    assert part.text == NETWORK


# --- a long heading of two charges a semicolon joins -------------------------------

CHARGES = (
    "加强组织领导，压紧压实县乡村三级和各有关部门的收购责任，把任务分解到乡镇、"
    "落实到网点、明确到人员、细化到时段；强化资金保障，确保收购资金及时足额到位，"
    "做到钱随粮走、不打白条、不压级压价，让广大种粮农民吃上定心丸、放心丸"
)


def test_long_joined_heading_alone_on_its_paragraph_is_one_heading():
    assert len(CHARGES) > 100
    body = [
        "同志们：",
        OPENING,
        f"一、{CHARGES}。",
        NETWORK,
        "二、严守质量底线。",
        FUNDS,
    ]
    assert [row[2] for row in headings(body)] == [CHARGES, "严守质量底线"]


def test_long_joined_sentence_running_into_its_text_stops_at_the_semicolon():
    assert heading_sentence(f"{CHARGES}。{NETWORK}") == CHARGES.split("；")[0]


# --- an editor's note on the draft over the speech ---------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "这是县长张某某用于全县秋粮收购工作会议上发言的讲话稿，经本人审定。",
        "这是县粮食局局长在全县秋粮收购工作会议上的发言材料。",
        "这是作者在全县秋粮收购工作会议上发言的整理稿。",
    ],
)
@pytest.mark.parametrize("over_title", [True, False])
def test_editors_note_on_the_draft_is_not_the_speech_start(note, over_title):
    head = [note, TITLE] if over_title else [TITLE, note]
    parsed = parse([*head, OPENING, NETWORK, FUNDS, CLOSING])
    assert parsed.title == TITLE
    assert parsed.body.startswith(OPENING)
    assert note not in parsed.body


@pytest.mark.parametrize(
    "note",
    [
        "本文系县长张某某在全县秋粮收购工作会议上的讲话，有删节。",
        "此文为作者在全县秋粮收购工作会议上的发言整理稿。",
    ],
)
def test_this_text_is_notes_are_not_the_speech_start(note):
    parsed = parse([TITLE, note, OPENING, NETWORK, FUNDS, CLOSING])
    assert parsed.body.startswith(OPENING)


@pytest.mark.parametrize(
    "sentence",
    [
        "这是一次承前启后的会议，大家要把思想统一到县委的部署上来。",
        "这是我们在秋粮收购中必须守住的底线。",
    ],
)
def test_a_speakers_own_sentence_opening_with_zheshi_is_no_note(sentence):
    assert not DRAFT_NOTE.match(sentence)


# --- lists run into one paragraph -----------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "1.抓好网点布设。各乡镇要按需设点。2.落实收购资金。资金要及时到位。",
        "1、抓好网点布设；2、落实收购资金；3、严格质量检验。",
        "（1）抓好网点布设；（2）落实收购资金；（3）严格质量检验。",
        "（一）抓好网点布设，按需设点；（二）落实收购资金；（三）严格质量检验。",
    ],
)
def test_a_list_run_into_one_paragraph_is_no_section(paragraph):
    body = tasks_part(paragraph)
    assert headings(body) == [(1, "一", "明确工作任务"), (1, "二", "严肃工作纪律")]


def test_paren_part_run_on_after_a_full_stop_still_opens_a_section():
    paragraph = "（一）抓好网点布设。" + NETWORK + "（二）落实收购资金。" + FUNDS
    body = tasks_part(paragraph)
    assert (2, "（一）", "抓好网点布设") in headings(body)


def test_a_list_of_charges_after_a_colon_is_no_section():
    paragraph = "会议明确了三项任务：1.抓好网点布设；2.落实收购资金；3.严格质量检验。"
    body = tasks_part(paragraph)
    assert [row[2] for row in headings(body)] == ["明确工作任务", "严肃工作纪律"]


def test_items_each_opening_a_paragraph_under_a_heading_are_sections():
    body = [
        "同志们：",
        OPENING,
        "一、明确工作任务",
        "1.抓好网点布设。" + NETWORK,
        "2.落实收购资金。" + FUNDS,
        "二、严肃工作纪律",
        CLOSING,
    ]
    assert headings(body) == [
        (1, "一", "明确工作任务"),
        (2, "1", "抓好网点布设"),
        (2, "2", "落实收购资金"),
        (1, "二", "严肃工作纪律"),
    ]


def test_a_decimal_after_an_item_does_not_make_a_list():
    body = [
        "同志们：",
        OPENING,
        "一、明确工作任务",
        "1.抓好网点布设。今年新增网点投资2.5亿元。",
        "2.落实收购资金。" + FUNDS,
    ]
    assert [row[1] for row in headings(body)] == ["一", "1", "2"]


# --- a paper's headline giving the speaker's office ---------------------------------

HEADLINE = "某省委书记：以优质服务推动秋粮收购提质增效"


@pytest.mark.parametrize("own_title", [f"——{TITLE}", TITLE])
def test_speakers_office_headline_over_the_speechs_own_title_gives_way(own_title):
    page = [HEADLINE, "2025-10-09 来源：省政府网", own_title, *SPEECH]
    assert parse(page).title == TITLE


def test_speakers_office_headline_over_a_lead_naming_the_speech_gives_way():
    lead = (
        "10月9日，全省秋粮收购工作会议召开。省委书记张某某出席会议并作了题为"
        "《以优质服务推动秋粮收购》的讲话。以下为讲话全文："
    )
    page = [HEADLINE, "2025-10-09 来源：省政府网", lead, OPENING, NETWORK, FUNDS]
    assert parse(page).title == "以优质服务推动秋粮收购"


def test_speakers_office_headline_alone_stays_the_title():
    page = [HEADLINE, "2025-10-09 来源：省政府网", *SPEECH]
    assert parse(page).title == HEADLINE
