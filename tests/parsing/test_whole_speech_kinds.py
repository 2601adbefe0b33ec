"""Whole speeches as mirrors, blogs and portals print them: kinds first runs over real
whole speeches missed (parser 2.15; realcheck28, realcheck30 and round parser22's own
working set), one kind a test.

Every text here is written for its test; beside each kind, what must not change.
"""

from speeches.parsing import parse_text
from speeches.parsing.run_in import lead_heading, run_in_leads
from speeches.parsing.sections import split_sections

# --- a Markdown paragraph's bold first sentence is its run-in head -----------------

RUN_IN_PAGE = "\n".join(
    [
        "---",
        "title: 在全县教育工作会议上的讲话",
        "date: 2024-03-01 10:00:00",
        "---",
        "同志们：",
        "",
        "今天我们召开会议，总结去年的工作，部署今年的任务。",
        "",
        "**——要始终坚持立德树人的根本任务。**育人是学校的本分，各校要把德育摆在首位。",
        "",
        "**——要始终坚持教育公平**。每一个孩子都应当有上好学的机会，"
        "薄弱学校要补齐短板。",
        "",
        "**——要始终坚持改革创新。**改革是发展的动力，要敢于在评价制度上动真碰硬。",
        "",
        "同志们，让我们共同努力，办好人民满意的教育！",
    ]
)


def test_bold_first_sentences_of_paragraphs_are_run_in_heads():
    speech = parse_text(RUN_IN_PAGE)
    assert [(s.level, s.label, s.heading) for s in speech.sections] == [
        (1, "", "要始终坚持立德树人的根本任务"),
        (1, "", "要始终坚持教育公平"),
        (1, "", "要始终坚持改革创新"),
    ]
    assert [s.ordinal for s in speech.sections] == [1, 2, 3]
    assert speech.sections[1].text.startswith("每一个孩子都应当有上好学的机会")
    assert "**" not in speech.body
    assert "——要始终坚持教育公平。每一个孩子" in speech.body


def test_a_run_in_lead_is_a_whole_sentence_with_its_stop_inside_or_after_the_stars():
    text = "**要抓学习。**学习是第一位的。\n**要抓作风**。作风就是形象。\n"
    assert run_in_leads(text) == ("要抓学习。", "要抓作风。")
    assert lead_heading("——要抓学习。") == "要抓学习"


def test_one_bold_sentence_is_emphasis_not_a_head():
    text = RUN_IN_PAGE.replace("**——要始终坚持教育公平**。", "——要始终坚持教育公平。")
    text = text.replace("**——要始终坚持改革创新。**", "——要始终坚持改革创新。")
    assert run_in_leads(text) == ()
    assert parse_text(text).sections == ()


def test_bold_words_inside_a_sentence_and_bold_lines_alone_are_no_heads():
    text = "\n".join(
        [
            "# 在全县工作会议上的讲话",
            "**（2024年3月1日）**",
            "**某某某**",
            "同志们：",
            "我们要把**问题**摆到桌面上来，把**责任**落到人头上。",
            "**重要**的是抓落实，**关键**在于抓具体。",
        ]
    )
    assert run_in_leads(text) == ()


def test_run_in_heads_take_the_points_under_them():
    body = "\n".join(
        [
            "要抓学习。学习是第一位的，主要有两条：",
            "一是读原著。",
            "二是悟原理。",
            "要抓作风。作风就是形象。",
        ]
    )
    sections = split_sections(body, leads=("要抓学习。", "要抓作风。"))
    assert [(s.heading, [c.label for c in s.children]) for s in sections] == [
        ("要抓学习", ["一是", "二是"]),
        ("要抓作风", []),
    ]


def test_without_leads_the_same_body_has_no_run_in_heads():
    body = "要抓学习。学习是第一位的。\n要抓作风。作风就是形象。"
    assert split_sections(body) == ()
