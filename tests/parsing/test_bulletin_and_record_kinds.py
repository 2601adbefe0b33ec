"""Round 2.20, an archive's apparatus around a speech (kinds realcheck43's first run
missed): an internal bulletin's masthead, its note circulating the speech ("按：…现将
…印发") and its circulation footer, printed on lines or run on in one record; a data
set's label column before a tab. Every text here is written for the test."""

from __future__ import annotations

import pytest

from speeches.parsing import parse_text
from tests.support.trees import outline

TITLE = "某某同志在全县秋粮收购工作会议上的讲话"
OPENING = "今天召开这次会议，主要是部署今年秋粮收购工作，确保农民的粮食卖得出、卖得好。"
NETWORK = (
    "各乡镇要把收购网点布设到村，方便群众就近售粮，严禁压级压价、打白条。"
    "网点要公开收购标准和价格，接受群众监督。"
)
FUNDS = (
    "粮食部门要加强资金调度，确保收购资金及时足额到位，做到钱随粮走。各地要统筹调配"
    "仓容，做好粮食烘干、仓储保管等各项准备，防止出现农民卖粮难。"
)
CLOSING = "同志们，让我们齐心协力，确保今年秋粮收购工作圆满完成！"
MASTHEAD = "工作简报第12期县政府办公室2025年10月12日"
NOTE = (
    "按：2025年10月9日，县政府召开全县秋粮收购工作会议，县长某某同志出席会议并讲话。"
    "现将讲话全文印发给你们，请结合实际认真贯彻执行。"
)
DAY = "二〇二五年十月九日"
CIRCULATION = "（此件不公开，仅供各乡镇参阅。）"
DISTRIBUTION = "分发：县领导，各乡镇，县直各部门。"
SPEECH = [OPENING, "一、抓好网点布设", NETWORK, "二、落实收购资金", FUNDS, CLOSING]


def check_bounds(parsed):
    assert parsed.title == TITLE
    assert parsed.delivered == "2025-10-09"
    assert parsed.body.startswith(OPENING)
    assert parsed.body.endswith(CLOSING)
    for apparatus in ("按：", "印发给你们", "此件", "分发", "工作简报", DAY):
        assert apparatus not in parsed.body


def test_bulletin_printed_on_lines_is_apparatus_around_the_speech():
    page = [MASTHEAD, NOTE, TITLE, DAY, *SPEECH, CIRCULATION, DISTRIBUTION]
    check_bounds(parse_text("\n".join(page)))


def test_bulletin_run_on_in_one_record_is_split_into_its_parts():
    record = (
        MASTHEAD + NOTE + TITLE + DAY + "".join(SPEECH) + CIRCULATION + DISTRIBUTION
    )
    check_bounds(parse_text(record))


def test_a_speech_quoting_a_circulation_word_keeps_it():
    sentence = "会后，县政府办要把这次会议的精神分发到各村，让群众都知道收购政策。"
    parsed = parse_text("\n".join([TITLE, *SPEECH[:-1], sentence, CLOSING]))
    assert sentence in parsed.body


# --- a data set's label column ---------------------------------------------------------


@pytest.mark.parametrize("label", ["粮食科", "县政府办公室（县长办公室）"])
def test_a_data_sets_label_column_leaves_the_title(label):
    record = f"{label}\t{TITLE}（2025年10月9日）同志们：" + "".join(SPEECH)
    parsed = parse_text(record)
    assert parsed.title == TITLE
    assert label not in parsed.body


def test_a_first_line_with_two_columns_is_left_alone():
    parsed = parse_text("\n".join(["粮食科\t第12期\t2025", TITLE, "同志们：", *SPEECH]))
    assert parsed.title == TITLE


# --- points that led paragraphs, in a text flattened to one line -----------------------

PART_ONE = (
    "一、抓好收购网点建设。今年全县新设网点六个，方便了群众售粮。"
    "一是优化网点布局。要按照就近方便的原则设点，偏远村组要设流动收购点。"
    "二是规范收购行为。网点要公开收购标准和价格，严禁压级压价、打白条。"
    "三是强化质量检验。要配齐检验设备，做到分等定级、依质论价。"
)
PART_TWO = (
    "二、落实收购资金。粮食部门要加强资金调度，确保收购资金及时足额到位，"
    "做到钱随粮走。各地要统筹调配仓容，做好粮食烘干、仓储保管等各项准备。"
)


def run_on_record(*parts: str) -> str:
    """A speech flattened to one line, long enough to be read as run on."""
    filler = "".join([NETWORK, FUNDS] * 8)
    return TITLE + "同志们：" + OPENING + filler + "".join(parts) + CLOSING


def test_point_leads_in_a_run_on_part_are_its_sections():
    rows = outline(parse_text(run_on_record(PART_ONE, PART_TWO)).sections)
    assert rows == [
        (1, "一", "抓好收购网点建设"),
        (2, "一是", "优化网点布局"),
        (2, "二是", "规范收购行为"),
        (2, "三是", "强化质量检验"),
        (1, "二", "落实收购资金"),
    ]


def test_a_run_on_list_of_long_clauses_stays_inline():
    clauses = (
        "一、存在的问题。问题有三个：一是网点布局不够合理，偏远村组群众售粮要跑很远的路，"
        "运输成本较高；二是收购行为不够规范，个别网点存在压级压价现象；三是质量检验设备不足。"
    )
    rows = outline(parse_text(run_on_record(clauses, PART_TWO)).sections)
    assert [row[1] for row in rows] == ["一", "二"]


def test_points_a_colon_announces_stay_the_sentences_enumeration():
    announced = PART_ONE.replace("方便了群众售粮。", "要抓好三件事：")
    rows = outline(parse_text(run_on_record(announced, PART_TWO)).sections)
    assert [row[1] for row in rows] == ["一", "二"]


def test_points_under_an_ordinal_point_stay_its_inline_enumeration():
    ordinal = PART_ONE.replace(
        "一、抓好收购网点建设。", "一、明确工作任务。第一，抓好收购网点建设。"
    )
    rows = outline(parse_text(run_on_record(ordinal, PART_TWO)).sections)
    assert not any(row[1].endswith("是") for row in rows)


def test_points_in_a_text_that_keeps_its_lines_stay_inline():
    page = [TITLE, "同志们：", OPENING, PART_ONE, PART_TWO, CLOSING]
    rows = outline(parse_text("\n".join(page)).sections)
    assert not any(row[1].endswith("是") for row in rows)


# --- the bulletin's stamp and a redacted speaker ------------------------------------------


def test_bulletin_masthead_dates_the_page():
    record = MASTHEAD + NOTE + TITLE + DAY + "".join(SPEECH)
    assert str(parse_text(record).date) == "2025-10-12"
    lines = [
        "工作简报",
        "第12期",
        "县政府办公室 2025年10月12日",
        NOTE,
        TITLE,
        DAY,
        *SPEECH,
    ]
    assert str(parse_text("\n".join(lines)).date) == "2025-10-12"


REDACTED_TITLE = TITLE.replace("某某", "XXX")


def test_redacted_speaker_gives_way_to_the_role_the_note_names():
    note = NOTE.replace("县长某某同志", "县长XXX同志")
    parsed = parse_text("\n".join([MASTHEAD, note, REDACTED_TITLE, DAY, *SPEECH]))
    assert parsed.speaker == "县长"


def test_redacted_speaker_alone_is_no_speaker():
    parsed = parse_text("\n".join([REDACTED_TITLE, DAY, "同志们：", *SPEECH]))
    assert parsed.title == REDACTED_TITLE
    assert parsed.speaker is None


def test_run_on_heading_whose_first_clause_closes_runs_into_its_second():
    part = (
        "一、以高度的责任担当压实责任，确保秋粮收购任务圆满完成今年的收购旺季即将到来，"
        "各乡镇要提前做好准备，把收购网点、资金、仓容一一落实到位。"
    )
    rows = outline(parse_text(run_on_record(part, PART_TWO)).sections)
    assert rows[0][2].startswith("以高度的责任担当压实责任，确保秋粮收购")
