"""Kinds realcheck33's first run (parser 2.16) missed in long, structured speeches:
a blog mirror's <!--more--> mark cutting a sentence, a journal's ※ footnote under the
text saying what it is, and a work report printed without its title.

Every text here is written for its test; beside each kind, what must not change.
"""

from hypothesis import given
from hypothesis import strategies as st

from speeches.parsing import parse_text
from speeches.parsing.normalise import remove_code_residue

# --- an HTML comment wherever the scraper left it ---------------------------------

MORE_MARK_PAGE = "\n".join(
    [
        "在全市科技创新大会上的讲话",
        "同志们：",
        "今天召开全市科技创新大会，主要任务是总结经验，部署下一步工作。",
        "老一辈科学家常说：“不把基础打牢，就不能把事情办得更好。",
        "<!--more-->",
        "”这句话今天仍然适用。各区县要把基础研究摆在突出位置，",
        "<!--more-->",
        "持续加大投入，久久为功。",
        "谢谢大家！",
    ]
)


def test_a_more_mark_goes_and_the_sentence_it_cut_is_whole_again():
    speech = parse_text(MORE_MARK_PAGE)
    assert "<!--" not in speech.body and "more" not in speech.body
    assert "办得更好。”这句话今天仍然适用。" in speech.body
    assert "摆在突出位置，持续加大投入" in speech.body


def test_a_comment_between_a_title_and_the_salutation_joins_nothing():
    lines = ["在全县春耕生产工作会议上的讲话", "<!-- header end -->", "同志们："]
    assert remove_code_residue(lines) == ["在全县春耕生产工作会议上的讲话", "同志们："]


def test_a_comment_after_a_finished_sentence_leaves_the_next_paragraph_alone():
    lines = ["第一段话到这里就讲完了，大家都听清楚了。", "<!--more-->", "第二段话。"]
    assert remove_code_residue(lines) == [
        "第一段话到这里就讲完了，大家都听清楚了。",
        "第二段话。",
    ]


@given(
    st.lists(
        st.text(alphabet="春耕生产工作，。！：“”的了在", min_size=1, max_size=30),
        min_size=1,
        max_size=8,
    )
)
def test_comment_lines_come_out_and_no_word_is_lost(lines):
    lines = [line for line in lines if line.strip()]
    mixed = [x for line in lines for x in (line, "<!--more-->")]
    kept = remove_code_residue(mixed)
    assert "".join(kept) == "".join(line.strip() for line in lines)


# --- a journal's ※ footnote under the text ----------------------------------------

FOOTNOTE_PAGE = "\n".join(
    [
        "把乡村振兴的文章做深做实※",
        "同志们：",
        "这次全会的主要任务是研究部署乡村振兴工作。下面，我讲三点意见。",
        "第一，认清形势。乡村振兴是一项长期任务，要保持历史耐心。",
        "第二，抓住重点。产业是基础，人才是关键，要一件一件抓落实。",
        "第三，压实责任。各级党委要把这项工作摆上重要议事日程。",
        "同志们，让我们齐心协力，把乡村建设得更加美好！",
        "※这是某某某同志2023年6月8日在中共某省委十二届五次全体会议上的讲话。",
    ]
)


def test_a_footnote_under_the_text_ends_the_speech_and_dates_it():
    speech = parse_text(FOOTNOTE_PAGE)
    assert speech.body.endswith("把乡村建设得更加美好！")
    assert "※" not in speech.body
    assert speech.delivered == "2023-06-08"
    assert speech.occasion == "中共某省委十二届五次全体会议"
    assert speech.speaker == "某某某"


def test_a_footnote_of_an_office_holder_names_him_without_his_office():
    page = FOOTNOTE_PAGE.replace("某某某同志", "某某某总书记")
    speech = parse_text(page)
    assert speech.speaker == "某某某"
    assert speech.delivered == "2023-06-08"


def test_a_sentence_of_the_speech_that_starts_with_zheshi_stays():
    page = FOOTNOTE_PAGE.replace(
        "※这是某某某同志2023年6月8日在中共某省委十二届五次全体会议上的讲话。",
        "这是我在这次全会上的讲话，请大家认真讨论。",
    )
    speech = parse_text(page)
    assert speech.body.endswith("请大家认真讨论。")
    assert speech.delivered is None


# --- a work report printed without its title ----------------------------------------

UNTITLED_REPORT = "\n".join(
    [
        "各位代表：",
        "现在，我代表{organ}，向大会报告工作，请予审议，并请政协委员提出意见。",
        "一、过去一年工作回顾",
        "过去一年，全市经济运行稳中有进，各项事业取得新的进展。",
        "二、今年工作安排",
        "今年要抓好以下几项工作，确保全年目标任务圆满完成。",
    ]
)


def test_a_government_report_without_a_title_is_the_government_work_report():
    assert (
        parse_text(UNTITLED_REPORT.format(organ="市人民政府")).title == "政府工作报告"
    )
    assert parse_text(UNTITLED_REPORT.format(organ="国务院")).title == "政府工作报告"


def test_a_standing_committees_report_is_named_by_the_committee():
    speech = parse_text(UNTITLED_REPORT.format(organ="某市人民代表大会常务委员会"))
    assert speech.title == "某市人民代表大会常务委员会工作报告"


def test_a_printed_title_still_wins_over_the_reports_formula():
    page = "2023年某市政府工作报告\n" + UNTITLED_REPORT.format(organ="市人民政府")
    assert parse_text(page).title == "2023年某市政府工作报告"
