"""Kinds the first run of parser 2.10 on unseen pages missed, written genre-wide (2.11):
a pupil's or teacher's greeting as the salutation (敬爱的…, 全体师生, 老师，同学们,
大家早上好), a download site's disclaimer before the text, a title whose bracket the
site's mark left unpaired, the speech named only by the line announcing it
("…全文如下："), a repost's lead opening on the full day of the meeting, and the
page's stamp behind a list bullet or as a breadcrumb's last item.

Every page here is written for its test; none is a page of any set.
"""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from speeches.parsing import parse_text
from speeches.parsing.chrome import droppable_chrome
from speeches.parsing.head import ANNOUNCED_TITLE, DATED_LEAD
from speeches.parsing.interface import DOWNLOAD_NOTICE
from speeches.parsing.salutation import salutation_offset
from speeches.parsing.title_decorations import (
    BRACKET_PAIRS,
    strip_decorations,
    without_unbalanced_ends,
)

TITLE = "在全校秋季运动会开幕式上的讲话"
OPENING = "秋高气爽，今天我们在这里隆重举行全校秋季运动会，全校师生欢聚一堂。"
POINT = "希望各位运动员赛出风格、赛出水平，也希望各位裁判公正执裁，确保比赛安全有序。"


def _page(*lines: str) -> str:
    return "\n".join(lines)


# --- salutations of every register ----------------------------------------------


@pytest.mark.parametrize(
    "salutation",
    [
        "敬爱的老师，亲爱的同学们：",
        "敬爱的老师、亲爱的同学大家好：",
        "敬爱的党组织：",
        "全体师生：",
        "全校同学：",
        "全体干部职工！",
        "老师，同学们：",
        "校长、老师们：",
        "大家早上好！我是四年级一班的王小红。",
        "大家中午好！",
    ],
)
def test_a_pupils_or_teachers_greeting_opens_the_speech(salutation):
    assert salutation_offset(salutation) == 0


@pytest.mark.parametrize(
    "line",
    [
        "我们敬爱的老校长退休后仍然关心学校的发展。",
        "全体师生在操场上集合，运动会随后开幕。",
        "老师，您辛苦了，这是我们全班同学的一点心意。",
    ],
)
def test_a_sentence_naming_them_is_no_salutation(line):
    assert salutation_offset(line) is None


def test_a_greeting_with_its_hello_on_one_line_starts_the_body():
    speech = parse_text(
        _page(
            "竞选班长演讲稿",
            "时间:2019-03-04 20:15:33来源:<推荐访问:竞选演讲稿",
            "敬爱的老师，亲爱的同学大家好：",
            "   我叫林小雨，今天竞选的是班长一职，我希望用行动为班级服务。",
            "   如果我当选，我会带头遵守纪律，帮助同学解决学习上的困难。",
        )
    )
    assert speech.body.startswith("敬爱的老师，亲爱的同学大家好：")
    assert speech.date == dt.date(2019, 3, 4)


# --- a download site's disclaimer -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "申明敬告：本站不保证网友所传资料完整无缺，下载前请仔细核对。",
        "免责声明：本网不保证网友上传资料的准确性，下载前请自行甄别，恕不退换。",
        "本站不承担用户因使用这些资料而产生的任何责任。",
        "特别声明：文档由用户上传，仅供交流学习。",
    ],
)
def test_a_site_disclaimer_is_chrome(line):
    assert DOWNLOAD_NOTICE.search(line)
    assert droppable_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "我们不保证每一次尝试都能成功，但保证每一次都全力以赴。",
        "本次会议的声明已经印发各单位。",
    ],
)
def test_a_speech_sentence_about_guarantees_is_kept(line):
    assert not DOWNLOAD_NOTICE.search(line)


def test_a_disclaimer_over_a_document_is_not_the_body():
    speech = parse_text(
        _page(
            "在机关读书月活动启动仪式上的讲话稿",
            "申明敬告：本站不保证网友所传文档的完整与准确，请先预览再下载，"
            "下载以后的争议恕不处理。",
            "文档介绍",
            "在机关读书月活动启动仪式 上的讲话稿 同志们： 今天我们在这里启动机关读书月"
            "活动，号召大家多读书、读好书。下面，我讲两点意见：",
            "一、充分认识读书学习的重要意义",
            POINT,
        )
    )
    assert speech.body.startswith("同志们：")
    assert "本站" not in speech.body
    assert speech.speaker is None  # "…讲话稿" names no one


# --- a bracket left unpaired ----------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        # what is left of "【篇一：…演讲稿】" once the item's mark is cut
        ("大学生竞选学习委员演讲稿】", "大学生竞选学习委员演讲稿"),
        ("《在全县教育工作会议上的讲话", "在全县教育工作会议上的讲话"),
        ("在全县教育工作会议上的讲话）", "在全县教育工作会议上的讲话"),
    ],
)
def test_an_unpaired_bracket_at_an_end_is_cut(printed, title):
    assert strip_decorations(printed) == title


@pytest.mark.parametrize(
    "title",
    [
        "在全县教育工作会议上的讲话（摘要）",
        "《论持久战》读书分享会发言",
        "“双减”政策落实推进会讲话",
        "学习《条例》心得（第二稿）",
    ],
)
def test_a_title_holding_its_pairs_whole_keeps_them(title):
    assert without_unbalanced_ends(title) == title


BRACKETS = "".join(BRACKET_PAIRS) + "".join(BRACKET_PAIRS.values())


@given(st.text(alphabet="讲话会议" + BRACKETS, max_size=12))
def test_no_end_is_left_unpaired(text):
    cut = without_unbalanced_ends(text)
    assert cut in text
    closing = {close: open_ for open_, close in BRACKET_PAIRS.items()}
    if cut:
        last, first = cut[-1], cut[0]
        assert not (last in closing and cut.count(closing[last]) < cut.count(last))
        assert not (
            first in BRACKET_PAIRS
            and cut.count(BRACKET_PAIRS[first]) < cut.count(first)
        )


def test_a_collections_first_item_title_loses_its_closing_bracket():
    speech = parse_text(
        _page(
            "关于竞选的作文",
            "【篇一：大学生竞选学习委员演讲稿】",
            "老师们，同学们：",
            "大家下午好！",
            "我叫xx，来自xx，今天竞选的职位是学习委员。",
            "我愿意把自己的学习方法分享给大家，和大家一起进步。",
        )
    )
    assert speech.title == "大学生竞选学习委员演讲稿"


# --- the speech named only by its announcement ----------------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("某市长新春团拜会致辞全文如下：", "某市长新春团拜会致辞"),
        ("以下是校长在毕业典礼上的讲话全文：", "校长在毕业典礼上的讲话"),
    ],
)
def test_an_announcement_names_the_speech(line, title):
    assert ANNOUNCED_TITLE.match(line)["title"] == title


@pytest.mark.parametrize(
    "line",
    ["以下为讲话全文：", "以下是总统的讲话全文：", "全文如下：", "这是他的演讲全文："],
)
def test_an_announcement_naming_no_speech_gives_no_title(line):
    assert not ANNOUNCED_TITLE.match(line)


def test_a_blog_post_without_a_headline_is_titled_by_its_announcement():
    speech = parse_text(
        _page(
            "close",
            "",
            "",
            "某市長就職演說全文如下：",
            "",
            "各位市民、各位貴賓、各位鄉親，大家好！",
            "",
            "一、新的開始",
            "今天我們在這裡見證城市新的一頁，我將與市民一起打拚。",
        )
    )
    assert speech.title == "某市長就職演說"
    assert speech.body.startswith("各位市民")


def test_a_printed_headline_outranks_the_announcement():
    speech = parse_text(
        _page(
            "校长在2024届毕业典礼上的致辞",
            "毕业典礼致辞全文如下：",
            "亲爱的同学们：",
            "今天是你们毕业的日子，我代表学校向大家表示祝贺。",
            "希望你们走出校园后，始终保持好奇心，勇敢面对困难。",
        )
    )
    assert speech.title == "校长在2024届毕业典礼上的致辞"


# --- the day a repost's lead gives ------------------------------------------------


def test_a_lead_opening_on_the_full_day_dates_the_speech():
    speech = parse_text(
        _page(
            "某某：在全市青年工作会议上的讲话",
            "2023年5月4日，全市青年工作会议在市会议中心召开。市委书记某某出席并讲话。",
            "同志们，青年朋友们：",
            "今天我们召开全市青年工作会议，主要任务是部署今后一个时期的青年工作。",
            POINT,
        )
    )
    assert speech.delivered == "2023-05-04"
    assert speech.body.startswith("同志们，青年朋友们：")


@pytest.mark.parametrize(
    "line",
    [
        "2023年5月4日，我和同学们一起参观了科技馆。",
        "2023年5月4日以来，全市青年工作取得新进展。",
    ],
)
def test_a_dated_sentence_reporting_no_meeting_is_no_lead(line):
    assert not DATED_LEAD.match(line)


# --- the page's stamp in other shapes -------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "- 2024年03月26日 07:11:44",
        "• 发布时间：2024-03-26",
        "您现在的位置：首页 > 学校新闻 > 2024年03月26日",
        "首页 » 讲话稿 » 2024-03-26",
        "2024 年 03 月 26 日 07:11",
    ],
)
def test_a_stamp_in_another_shape_dates_the_page(stamp):
    speech = parse_text(
        _page(TITLE, "- 作者：网络投稿", stamp, "同学们：", OPENING, POINT)
    )
    assert speech.date == dt.date(2024, 3, 26)
    assert speech.title == TITLE
    assert speech.body.startswith("同学们：")


def test_a_sentence_ending_on_a_date_after_an_arrow_is_no_crumb():
    speech = parse_text(
        _page(TITLE, "同学们：", OPENING, "比赛日程 > 决赛定于2024年03月26日", POINT)
    )
    assert speech.date is None


# --- a library's list of files under the text -----------------------------------


@pytest.mark.parametrize("label", ["附件列表", "附件下载", "相关附件："])
def test_a_list_of_attachments_ends_the_speech(label):
    speech = parse_text(
        _page(TITLE, "同学们：", OPENING, POINT, label, "运动会秩序册.doc")
    )
    assert label not in speech.body
    assert "秩序册" not in speech.body


@pytest.mark.parametrize(
    "line",
    [
        "本站仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。",
        "声明：本文由网友投稿，仅代表作者本人观点，不代表本站立场。",
    ],
)
def test_a_hosting_disclaimer_is_chrome(line):
    assert droppable_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["声明：我们坚决反对任何形式的形式主义。", "这些看法不代表本人所在单位的观点。"],
)
def test_a_speakers_own_statement_is_kept(line):
    assert not droppable_chrome(line)


# --- a collection's item numbered in lenticular brackets ------------------------


def test_an_item_number_in_lenticular_brackets_leaves_the_title():
    assert strip_decorations("秋季家长会校长讲话【二】") == "秋季家长会校长讲话"
    speech = parse_text(
        _page(
            "秋季家长会校长讲话",
            "时间:2022-09-15",
            "  以下是某某公文网小编给大家整理收集的秋季家长会校长讲话",
            "  秋季家长会校长讲话【一】",
            "  尊敬的各位家长：",
            "  晚上好！",
            "  今天我们在这里召开家长会，首先感谢各位家长抽出时间来到学校。",
        )
    )
    assert speech.title == "秋季家长会校长讲话"
    assert speech.body.startswith("尊敬的各位家长：")


@pytest.mark.parametrize(
    "title", ["学习《条例》的体会【摘要】", "第十届运动会【2024】开幕式讲话"]
)
def test_other_lenticular_brackets_in_a_title_are_no_item_mark(title):
    assert strip_decorations(title) == title


# --- a news page's full-text tag and its run-on announcement --------------------


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        (
            "某市长首次元旦谈话：城市要走向世界【致词全文】",
            "某市长首次元旦谈话：城市要走向世界",
        ),
        (
            "某市長首次元旦談話：城市要走向世界【致詞全文】",
            "某市長首次元旦談話：城市要走向世界",
        ),
        ("某市长的元旦谈话全文", "某市长的元旦谈话"),
    ],
)
def test_a_full_text_tag_leaves_the_headline(printed, title):
    assert strip_decorations(printed) == title


def test_a_release_naming_its_own_full_text_keeps_it():
    # unbracketed 致辞全文 is a government release's own title (as before 2.11)
    assert strip_decorations("行政长官新春酒会致辞全文") == "行政长官新春酒会致辞全文"


def test_an_announcement_run_on_in_a_report_starts_the_speech():
    speech = parse_text(
        _page(
            "某市長的元旦談話全文(圖)",
            "被外界稱為城市推銷員的某市長。",
            "【某某報消息】2024年1月1日，某市長發表元旦談話，全文約三千字。 以下是某市長"
            "的元旦談話全文： 議會議長、各位市民朋友：大家好！ 今天是新的一年的第一天，"
            "我要向全體市民拜年。過去一年我們一起走過許多考驗。",
        )
    )
    assert speech.title == "某市長的元旦談話"
    assert speech.body.startswith("議會議長、各位市民朋友：大家好！")


def test_a_quoted_announcement_inside_a_sentence_starts_nothing():
    speech = parse_text(
        _page(
            TITLE,
            "同学们：",
            OPENING + "他说以下是讲话全文的要点，大家要记住。",
            POINT,
        )
    )
    assert speech.body.startswith("同学们：")
