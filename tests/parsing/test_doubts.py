"""What the parser says it is unsure of, so that editors fix the worst first."""

from speeches.parsing import parse_text
from speeches.parsing.doubts import (
    END_UNCERTAIN,
    NO_DATE,
    NO_TITLE,
    NUMBERING_INCONSISTENT,
    START_UNCERTAIN,
)

POINT = "要把这项工作抓紧抓实，确保按期完成各项任务，不留死角。"


def test_a_clean_dated_titled_speech_has_no_doubts():
    page = (
        "在全县春耕会上的讲话\n（2023年3月2日）\n同志们：\n"
        f"一、抓好备耕\n{POINT}\n二、抓好播种\n{POINT}\n"
    )
    assert parse_text(page).doubts == ()


def test_a_speech_without_title_or_date_says_so():
    page = f"同志们：\n{POINT}\n"
    doubts = parse_text(page).doubts
    assert NO_TITLE in doubts and NO_DATE in doubts


def test_a_speech_found_only_as_the_first_paragraph_after_text_is_uncertain():
    page = f"在全县春耕会上的讲话\n会开得很好。\n{POINT}\n"
    assert START_UNCERTAIN in parse_text(page).doubts


def test_a_speech_under_its_title_and_date_line_has_a_certain_start():
    page = f"在全县春耕会上的讲话\n（2023年3月2日）\n{POINT}\n"
    assert START_UNCERTAIN not in parse_text(page).doubts


def test_a_speech_stopping_mid_sentence_has_an_uncertain_end():
    page = f"在全县春耕会上的讲话\n（2023年3月2日）\n同志们：\n{POINT}\n要把备耕工作抓紧，确保种子化肥"
    assert END_UNCERTAIN in parse_text(page).doubts


def test_a_gap_in_a_list_of_headings_is_inconsistent_numbering():
    page = (
        "在全县春耕会上的讲话\n（2023年3月2日）\n同志们：\n"
        f"一、抓好备耕\n{POINT}\n二、抓好播种\n{POINT}\n四、抓好管护\n{POINT}\n"
    )
    assert NUMBERING_INCONSISTENT in parse_text(page).doubts
