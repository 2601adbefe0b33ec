"""A document share's marks around a title and under a preview (2.15). Every text
here is written for the test."""

from __future__ import annotations

import pytest

from speeches.parsing import parse_text

SPEECH = [
    "同志们：",
    "今天召开全区安全生产工作会议，主要任务是总结工作、分析形势、部署任务。",
    "一、认清形势，切实增强做好安全生产工作的责任感",
    "安全生产事关人民群众生命财产安全，事关改革发展稳定大局。",
]


@pytest.mark.parametrize(
    "headline, title",
    [
        # another file's name a document shop glued before the title
        ("安全生产标语.doc安全生产工作会议讲话稿", "安全生产工作会议讲话稿"),
        (
            "年度总结范本.docx在全区安全生产工作会议上的讲话",
            "在全区安全生产工作会议上的讲话",
        ),
        # a collection's count and the page of it shown
        ("镇2024年政府工作报告-8篇(第12/20页)", "镇2024年政府工作报告"),
        ("在全区安全生产工作会议上的讲话(第2/3页)", "在全区安全生产工作会议上的讲话"),
    ],
)
def test_a_document_shops_marks_leave_the_title(headline, title):
    assert parse_text("\n".join([headline, *SPEECH])).title == title


def test_a_title_that_names_a_file_format_in_words_keeps_it():
    headline = "关于推广.doc格式公文模板的讲话"  # a name opening as a title does
    speech = parse_text("\n".join([headline, *SPEECH]))
    assert speech.title.startswith("关于推广")


def test_a_preview_counter_ends_the_speech_and_marks_it_cut():
    speech = parse_text(
        "\n".join(["安全生产工作会议讲话", *SPEECH, "仅展示800字，全文共5200字"])
    )
    assert "仅展示" not in speech.body
    assert speech.body.endswith("事关改革发展稳定大局。")
    assert speech.truncated
