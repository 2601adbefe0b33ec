"""A Markdown page's front matter: its title and date are the page's, no line of it
is the speech's. Every text here is written for the test."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from speeches.parsing import parse_text
from speeches.parsing.front_matter import split_front_matter

SPEECH = [
    "某某：在全市营商环境工作会议上的讲话",
    "同志们：",
    "今天召开这次会议，主要任务是总结去年工作，部署今年任务。",
    "一、充分肯定去年的成绩",
    "去年全市上下齐心协力，各项工作取得明显成效。",
    "二、突出抓好今年的重点任务",
    "今年要在优化服务上下功夫，在解决难题上见实效。",
]

HEXO_PAGE = [
    "---",
    "title: '某某：在全市营商环境工作会议上的讲话'",
    "categories:",
    "- 要闻",
    "- 本地",
    "author: 某某日报",
    "comments: false",
    "date: Sun, 04 Apr 2021 00:48:57 GMT",
    "---",
    *SPEECH,
]


def test_a_feed_mirror_record_gives_the_page_its_day_and_leaves_the_speech():
    speech = parse_text("\n".join(HEXO_PAGE))
    assert speech.title == "某某：在全市营商环境工作会议上的讲话"
    assert str(speech.date) == "2021-04-04"
    assert speech.body.startswith("同志们：")
    for chrome in ("categories", "comments: false", "author:", "- 要闻"):
        assert chrome not in speech.body
    assert [s.heading for s in speech.sections][:1] == ["充分肯定去年的成绩"]
    assert speech.raw_text.startswith("---\ntitle:")  # the file is kept as it came


def test_the_record_title_stands_in_when_the_page_prints_none():
    page = ["---", 'title: "在全县乡村振兴工作会议上的讲话"', "date: 2023-03-08", "---"]
    speech = parse_text("\n".join([*page, *SPEECH[1:]]))
    assert speech.title == "在全县乡村振兴工作会议上的讲话"
    assert speech.date == dt.date(2023, 3, 8) or str(speech.date) == "2023-03-08"


def test_a_hugo_toml_record_is_read_as_well():
    record = split_front_matter(
        '+++\ntitle = "开学典礼致辞"\ndate = 2022-09-01T08:00:00+08:00\n+++\n同学们：'
    )
    assert (record.title, record.date, record.text) == (
        "开学典礼致辞",
        dt.date(2022, 9, 1),
        "同学们：",
    )


def test_a_rule_drawn_over_a_speech_is_no_record():
    text = "---\n同志们：\n今天的会议很重要。\n---\n下面讲三点意见。"
    record = split_front_matter(text)
    assert record.text == text and record.title == "" and record.date is None


def test_an_unclosed_fence_or_a_bad_date_keeps_what_can_be_trusted():
    assert split_front_matter("---\ntitle: 某某讲话\n同志们：").text.startswith("---")
    record = split_front_matter("---\ntitle: 某某讲话\ndate: 去年冬天\n---\n同志们：")
    assert (record.title, record.date, record.text) == ("某某讲话", None, "同志们：")


KEYS = st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True)
VALUES = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=20
).map(str.strip)
BODIES = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80
)


@given(st.dictionaries(KEYS, VALUES, min_size=1, max_size=6), BODIES)
def test_any_record_comes_off_whole_and_leaves_the_body_as_it_was(fields, body):
    block = ["---", *(f"{key}: {value}".rstrip() for key, value in fields.items())]
    record = split_front_matter("\n".join([*block, "---", body]))
    assert record.text == body


@given(BODIES)
def test_a_text_that_opens_with_no_fence_is_returned_whole(body):
    if body.lstrip("\ufeff").lstrip("\r\n").split("\n")[0].strip() in {"---", "+++"}:
        return
    assert split_front_matter(body).text == body


def test_a_record_title_copied_from_the_page_title_loses_its_site_and_column():
    page = [
        "---",
        "title: 某某大学->在全校干部大会上的讲话--学校要闻 | news.example.edu",
        "date: 2020-07-01 10:00:00",
        "---",
        "",
        "**在全校干部大会上的讲话**",
        "",
        "**（2020年6月30日）**",
        "",
        *SPEECH[1:],
    ]
    speech = parse_text("\n".join(page))
    assert speech.title == "在全校干部大会上的讲话"
    assert "**" not in speech.body and "**" not in speech.title
    assert str(speech.delivered) == "2020-06-30"
    record = split_front_matter("\n".join(page))
    assert record.found and record.headline == "在全校干部大会上的讲话"


def test_a_page_with_no_record_keeps_stars_that_stand_for_names():
    text = "\n".join([*SPEECH[:2], "**同志传达了会议精神，**同志通报了有关情况。"])
    assert "**同志" in parse_text(text).body


def test_a_photo_credit_on_its_own_line_is_never_the_title_nor_the_speech():
    page = [
        "---",
        "title: 某某学院->做新时代的奋斗者——在2021年毕业典礼上的讲话 | x.example.edu",
        "---",
        "某某某",
        "（2021年6月20日）",
        "摄影 某某某",
        "亲爱的同学们：",
        "今天我们在这里举行毕业典礼，祝贺你们顺利完成学业。",
        "希望你们走出校门以后，始终保持奋斗的姿态。",
    ]
    speech = parse_text("\n".join(page))
    assert "摄影" not in speech.title and "摄影" not in speech.body
    assert speech.title.startswith("做新时代的奋斗者")
    assert speech.body.startswith("亲爱的同学们：")
