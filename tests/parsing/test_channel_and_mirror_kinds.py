"""Kinds the first run of parser 2.10/2.11 on unseen pages missed, written genre-wide
(2.12): a broadcaster's channel tag before the speech's first words, a page's
counters left one a line over its headline, a 范文 site's praise after the genre word
and before a bracketed count, a salutation closed by its greeting's full stop, a
collection page named by its genre alone, a social network mirror's counters, tabs
and see-more cut, a bracketed full-text heading run on in a post, and an info row
whose author, day and count lost their spaces.

Every page here is written for its test; none is a page of any set.
"""

import datetime as dt

import pytest

from speeches.parsing import parse_text
from speeches.parsing.chrome import droppable_chrome
from speeches.parsing.head import collection_topic
from speeches.parsing.page_date import GLUED_FIELD_DATE
from speeches.parsing.run_on import SEE_MORE_CUT
from speeches.parsing.salutation import salutation_offset
from speeches.parsing.title_decorations import strip_decorations

OPENING = "金秋时节，丹桂飘香，今天我们在这里隆重集会，共同庆祝这个值得纪念的日子。"
POINT = "希望大家珍惜机遇、勇于担当，在各自岗位上干出新的业绩，为全县发展多作贡献。"


def _page(*lines: str) -> str:
    return "\n".join(lines)


# --- a broadcaster's channel tag ------------------------------------------------


@pytest.mark.parametrize("tag", ["【ABC新聞台】", "【东方电视台】", "【某某卫视】"])
def test_a_channel_tag_before_the_first_words_is_cut(tag):
    page = _page(
        "某某施政报告：展望未来",
        f"{tag}88. 主席、各位议员、各位市民，{OPENING}",
        f"89. {POINT}",
    )
    speech = parse_text(page)
    assert speech.body.startswith("88. 主席、各位议员")
    assert tag not in speech.body


def test_a_tag_naming_no_broadcaster_stays_the_speakers():
    page = _page("在全县表彰大会上的讲话", f"【开场】{OPENING}", POINT)
    assert parse_text(page).body.startswith("【开场】")


# --- counters over a headline -----------------------------------------------------


def test_a_pages_counters_over_its_headline_are_not_the_titles():
    page = _page(
        "0", "0", "施政报告：展望未来", "", f"主席、各位议员：{OPENING}", POINT
    )
    assert parse_text(page).title == "施政报告：展望未来"


def test_a_pdfs_figures_before_their_word_still_join_the_title():
    page = _page("20", "24", "年政府工作报告", "各位代表：", OPENING, POINT)
    assert parse_text(page).title == "2024年政府工作报告"


# --- a 范文 site's praise -----------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("村委会主任述职报告精品", "村委会主任述职报告"),
        ("村委会主任述职报告精品(五篇)", "村委会主任述职报告"),
        ("重阳节敬老致辞美篇(专业12篇)", "重阳节敬老致辞"),
        ("重阳节敬老致辞(实用8篇)", "重阳节敬老致辞"),
        ("在全县表彰大会上的发言（精选六篇）", "在全县表彰大会上的发言"),
    ],
)
def test_a_sites_praise_and_count_leave_the_title(printed, title):
    assert strip_decorations(printed) == title


@pytest.mark.parametrize(
    "title",
    [
        "在全县精品工程推进会上的讲话",  # the word inside a title
        "关于《美篇》的读后感",
        "在第三篇章开篇仪式上的讲话",
    ],
)
def test_praise_inside_a_title_stays(title):
    assert strip_decorations(title) == title


# --- a salutation closed by its greeting --------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "各位乡亲、大家好。",
        "各位乡亲、大家好。感谢大家冒雨前来，这份情谊我记在心里。",
        "各位同学，大家早上好。",
    ],
)
def test_a_greetings_full_stop_closes_the_salutation(line):
    assert salutation_offset(line) == 0


@pytest.mark.parametrize(
    "line",
    [
        "今天天气很好，各位一定要把身体养好。谢谢大家。",
        "我们要把这件事情办好。",
    ],
)
def test_a_sentence_ending_on_good_is_no_salutation(line):
    assert salutation_offset(line) is None


def test_the_greeting_stays_at_the_speechs_start():
    page = _page(
        "楼主",
        "某某就职典礼答谢演说",
        "各位乡亲、大家好。",
        f"感谢大家今天光临。{OPENING}",
        POINT,
    )
    assert parse_text(page).body.startswith("各位乡亲、大家好。")


def test_people_addressed_before_the_greeting_start_an_announced_speech():
    page = _page(
        "某局长出席科技节启动仪式致辞全文",
        "某局局长今日出席全市科技节启动仪式。以下为某局长的致辞全文：",
        "王校长、李主任、各位嘉宾、各位朋友：",
        f"大家好。{OPENING}",
        POINT,
    )
    assert parse_text(page).body.startswith("王校长、李主任")


# --- a collection named by its genre alone ---------------------------------------


def test_a_collection_named_by_its_genre_keeps_its_name():
    page = _page(
        "《党政会议发言稿范文(28篇)》",
        "党政会议发言稿范文(精选28篇)",
        "党政会议发言稿范文 篇1",
        "尊敬的各位来宾：",
        "大家好！",
        OPENING,
        POINT,
    )
    assert parse_text(page).title == "党政会议发言稿范文"


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("会议发言稿范文(精选12篇)", "会议发言稿范文"),
        ("会议发言稿范文 篇3", "会议发言稿范文"),
        ("范文(28篇)", ""),  # no genre named
        ("会议发言稿范文", ""),  # no count: a column in a menu
        ("在全县大会上的讲话(5篇)", ""),  # a title of its own
    ],
)
def test_a_collection_topic_needs_its_count_and_a_genre(line, topic):
    assert collection_topic(line) == topic


def test_a_column_name_alone_is_still_no_title():
    page = _page(
        "首页 | 领导讲话 | 会议发言", "领导讲话", "尊敬的各位来宾：", OPENING, POINT
    )
    assert parse_text(page).title == ""


# --- a social network's mirror -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "某某某。 12,345 个赞 · 678 人正在谈论这个。欢迎留言交流。",
        "某某某。 12,345 個讚 · 678 人正在談論這個。",
        "贴文",
        "專頁",
    ],
)
def test_a_mirrors_counters_and_tabs_are_chrome(line):
    assert droppable_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "这项工作得到了群众的一致点赞，大家都在谈论这个变化。",
        "全县有三千人关注这个项目的进展。",
    ],
)
def test_a_sentence_about_praise_is_no_counter(line):
    assert not droppable_chrome(line)


def test_a_mirrored_post_starts_under_its_bracketed_heading():
    page = _page(
        "专页",
        "某某某。 12,345 个赞 · 678 人正在谈论这个。欢迎留言交流。",
        "贴文",
        "在本次大会闭幕之际，我代表主席团向全体代表致以诚挚的问候。 "
        "【某市人大第二次会议 闭幕词全文】 各位代表，本次会议在全体代表的努力下"
        "圆满完成了各项议程。… 更多 会议期间，代表们认真审议了各项报告。",
    )
    speech = parse_text(page)
    assert speech.body.startswith("各位代表，本次会议")
    assert "个赞" not in speech.body and "更多" not in speech.body
    assert speech.title.startswith("某市人大第二次会议 闭幕词")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("圆满完成了各项议程。… 更多 会议期间", "圆满完成了各项议程。 会议期间"),
        ("请访问网站了解更多 信息。", "请访问网站了解更多 信息。"),
    ],
)
def test_a_see_more_cut_goes_but_more_in_a_sentence_stays(line, kept):
    assert SEE_MORE_CUT.sub("", line) == kept


def test_a_bracketed_heading_opening_its_line_is_read_as_before():
    page = _page("【某市人大第二次会议 闭幕词全文】", f"各位代表，{OPENING}", POINT)
    speech = parse_text(page)
    assert speech.title.startswith("某市人大第二次会议 闭幕词")
    assert speech.body.startswith("各位代表，")


# --- an info row run together ---------------------------------------------------


def test_an_info_rows_glued_author_day_and_count_give_the_date():
    page = _page(
        "在全乡换届选举工作动员会上的讲话",
        "栏目:讲话 作者:wenmi2023-05-093",
        "同志们：",
        OPENING,
        POINT,
    )
    assert parse_text(page).date == dt.date(2023, 5, 9)


@pytest.mark.parametrize(
    "line",
    [
        "作者:某某2023-5-9",  # month and day not padded: the count can't be told
        "编号20230509123",  # no field label
    ],
)
def test_no_glued_date_without_its_label_and_padding(line):
    assert GLUED_FIELD_DATE.search(line) is None


# --- the same kinds, broader (2.12) -------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("00施政报告：展望未来", "施政报告：展望未来"),
        ("10:00在全县表彰大会上的讲话", "在全县表彰大会上的讲话"),
        ("在全县表彰大会上的讲话 | 某某新闻台", "在全县表彰大会上的讲话"),
        ("重阳节敬老致辞「精选8篇」", "重阳节敬老致辞"),
    ],
)
def test_counters_clocks_channels_and_counts_leave_the_title(printed, title):
    assert strip_decorations(printed) == title


@pytest.mark.parametrize(
    "title",
    [
        "2024年政府工作报告",
        "100天攻坚行动动员会上的讲话",
        "3·15消费者权益日致辞",
        "00后大学生代表在开学典礼上的发言",
    ],
)
def test_a_titles_own_figures_stay(title):
    assert strip_decorations(title) == title


@pytest.mark.parametrize(
    "line",
    ["讚 · 留言 · 分享", "赞 留言 分享", "1,204 则留言 · 56 次分享", "3.4万次观看"],
)
def test_a_posts_buttons_and_counters_are_chrome(line):
    assert droppable_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "这条视频获得了10万个赞。",
        "我们组织了3次分享，效果很好。",
        "感谢大家的分享。",
        "这段视频已有 10 万次播放。",
    ],
)
def test_a_sentence_counting_likes_or_shares_stays(line):
    assert not droppable_chrome(line)
