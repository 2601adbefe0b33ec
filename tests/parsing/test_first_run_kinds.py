"""Kinds parser 2.12's first run on a new working set of page beginnings missed, and
chrome of the genre a probe of button and notice wordings found kept (2.13): a news
transcript's speaker label before the salutation, a headline with the page's stamp
after a bar, a document share's title field run into the text, a compilation of two
speeches named by both titles, a photo's credit in brackets alone, points counted by
其一/其二, and buttons every kind of site prints (share to, back to top, download,
a price, a word count, a reprint notice, a comment box, English tags, a pager).

Every page here is written for its test; none is a page of any set.
"""

import pytest

from speeches.parsing import parse_text
from speeches.parsing.chrome import droppable_chrome
from speeches.parsing.head_titles import split_opening_titles
from speeches.parsing.interface import UI_ELEMENT
from speeches.parsing.salutation import salutation_offset
from speeches.parsing.title_decorations import strip_decorations

OPENING = "今天，我们召开全县秋冬季农业生产工作会议，主要任务是总结前段工作，部署下一阶段任务。"
POINT = "这项工作事关全局，各级各部门要高度重视，切实把各项任务落到实处，确保取得实效。"
CLOSING = "同志们，让我们团结一心、真抓实干，为完成全年目标任务而努力奋斗！"


def _page(*lines: str) -> str:
    return "\n".join(lines)


# --- a transcript's speaker label before the salutation ---------------------------


def test_a_speakers_label_before_the_salutation_opens_the_speech_at_the_salutation():
    page = _page(
        "王某某：守好粮仓 端牢饭碗",
        "来源：某某农网 2023-10-12 09:30:00",
        "王某某：各位来宾，同志们，上午好！",
        OPENING,
        POINT,
    )
    speech = parse_text(page)
    assert speech.body.startswith("各位来宾，同志们，上午好！")


@pytest.mark.parametrize(
    "label", ["某省农业厅副厅长张某某：", "张某某副厅长：", "县委书记 王某某："]
)
def test_a_label_with_the_speakers_office_names_the_speaker(label):
    page = _page(
        "守好粮仓 端牢饭碗", label + "各位来宾，同志们，上午好！", OPENING, POINT
    )
    speech = parse_text(page)
    assert speech.body.startswith("各位来宾，同志们，上午好！")
    assert speech.title == "守好粮仓 端牢饭碗"


def test_an_office_and_name_label_is_the_speaker():
    page = _page("守好粮仓 端牢饭碗", "县委书记 王某某：同志们：", OPENING, POINT)
    assert parse_text(page).speaker == "县委书记 王某某"


@pytest.mark.parametrize(
    "line",
    [
        # no surname: a host's or a role's label is a script's turn, not a byline
        "主持人：各位来宾，同志们，上午好！",
        # the salutation left open: a sentence addressing people, not an opening
        "王某某：各位同志在会上讲的意见很好",
    ],
)
def test_a_label_that_names_no_speaker_or_opens_no_salutation_is_not_one(line):
    assert salutation_offset(line) in (0, None)


# --- a headline with the page's stamp after a bar ---------------------------------


def test_the_pages_stamp_after_a_bar_is_cut_from_the_headline():
    assert (
        strip_decorations("全县老年运动会开幕式致辞 | 2023-09-21 10:15:42")
        == "全县老年运动会开幕式致辞"
    )
    assert (
        strip_decorations("全县老年运动会开幕式致辞｜2023/9/21")
        == "全县老年运动会开幕式致辞"
    )


@pytest.mark.parametrize(
    "headline",
    [
        "全县老年运动会开幕式致辞 2023-09-21 10:15",
        "全县老年运动会开幕式致辞 - 2023-09-21",
        "全县老年运动会开幕式致辞2023-09-21",
    ],
)
def test_the_stamp_after_a_title_ending_on_its_genre_word_is_cut(headline):
    assert strip_decorations(headline) == "全县老年运动会开幕式致辞"


def test_a_stamp_before_the_genre_word_or_a_delivery_date_stays():
    assert strip_decorations("2023-09-21 讲话稿") == "2023-09-21 讲话稿"
    assert (
        strip_decorations("在全县大会上的讲话 2023年9月21日")
        == "在全县大会上的讲话 2023年9月21日"
    )


def test_a_page_titled_with_its_stamp_keeps_the_title_and_the_date():
    page = _page(
        "全县老年运动会开幕式致辞 | 2023-09-21 10:15:42",
        "尊敬的各位来宾、运动员、裁判员：大家好！" + OPENING,
        POINT,
    )
    speech = parse_text(page)
    assert speech.title == "全县老年运动会开幕式致辞"
    assert str(speech.date) == "2023-09-21"


def test_a_posts_header_keeps_its_stamp_and_is_no_title():
    page = _page(
        "江畔垂钓客 发表于 2023-9-21 10:15",
        "钓鱼协会会长的话",
        "会员们大家好：我是会长，今天想和大家说几句。" + POINT,
    )
    assert parse_text(page).title == "钓鱼协会会长的话"


# --- a document share's title field run into the text -----------------------------


def test_a_title_field_run_into_the_first_line_is_cut_from_the_body():
    title = "县长在全县经济工作会议上的讲话"
    # a PDF's text in one line: page marker, title, the title field, the text
    page = (
        f"第1页共9页{title}文章标题：{title}一、关于今年的经济工作"
        + POINT * 3
        + "（一）稳住工业基本盘。"
        + POINT * 2
    )
    speech = parse_text(page)
    assert speech.body.startswith("一、关于今年的经济工作")
    assert "文章标题" not in speech.body
    assert speech.title == title


def test_a_title_field_over_other_words_stays():
    # "标题：" naming something else than the head's title: no echo to cut
    page = _page(
        "在全县宣传工作会议上的讲话",
        "标题：好新闻要有好标题，这是我们常说的一句话。" + POINT,
        POINT,
    )
    assert parse_text(page).body.startswith("标题：好新闻要有好标题")


# --- a compilation of two speeches named by both titles ---------------------------


def test_a_two_speech_compilation_is_titled_by_its_first_speech():
    assert (
        strip_decorations("局长在春训会上的讲话与局长在总结会上的讲话汇编")
        == "局长在春训会上的讲话"
    )


def test_a_collection_word_alone_is_still_cut():
    assert strip_decorations("在全县春训会上的讲话汇编") == "在全县春训会上的讲话"


def test_a_compilations_title_broken_by_a_pdf_line_end_is_split_off_the_text():
    line = (
        "局长在春训会讲话与局长在总结 会讲话汇编 局长在春训会讲话 "
        "局党组决定今天召开全系统春训大会，主要任务是总结去年工作，部署今年任务，"
        "动员全系统干部职工进一步统一思想、振奋精神。" + POINT
    )
    titles, rest = split_opening_titles(line)
    assert titles == ["局长在春训会讲话与局长在总结 会讲话汇编", "局长在春训会讲话"]
    assert rest.startswith("局党组决定今天召开")


# --- a photo's credit in brackets alone -------------------------------------------


@pytest.mark.parametrize(
    "credit", ["（新华社发）", "(某某日报社发)", "（图片来源：某某网）", "（资料图）"]
)
def test_a_photo_credit_in_brackets_alone_is_cut_from_the_speech(credit):
    page = _page(
        "在全省劳模表彰大会上的讲话", "同志们：", OPENING, credit, POINT, CLOSING
    )
    speech = parse_text(page)
    assert credit not in speech.body
    assert POINT in speech.body


def test_words_in_brackets_that_credit_no_photo_stay():
    aside = "（大家鼓掌）"
    page = _page("在全省劳模表彰大会上的讲话", "同志们：", OPENING, aside, POINT)
    assert aside in parse_text(page).body


# --- points counted by 其一/其二 ---------------------------------------------------


def test_points_counted_by_qi_are_sections():
    page = _page(
        "在全县工作会议上的讲话",
        "同志们：",
        OPENING,
        "其一，统一思想，提高认识。" + POINT,
        "其二，突出重点，精准发力。" + POINT,
        "其三，压实责任，狠抓落实。" + POINT,
    )
    sections = parse_text(page).sections
    assert [(s.label, s.ordinal, s.heading) for s in sections] == [
        ("其一", 1, "统一思想，提高认识"),
        ("其二", 2, "突出重点，精准发力"),
        ("其三", 3, "压实责任，狠抓落实"),
    ]


def test_a_lone_qi_opens_no_section():
    page = _page(
        "在全县工作会议上的讲话",
        "同志们：",
        OPENING,
        "其一，这是我们的原则。" + POINT,
        POINT,
    )
    assert parse_text(page).sections == ()


def test_points_counted_by_qi_sit_under_a_part():
    page = _page(
        "在全县工作会议上的讲话",
        "同志们：",
        OPENING,
        "一、统一思想",
        "其一，提高站位。" + POINT,
        "其二，明确目标。" + POINT,
        "二、狠抓落实",
        POINT,
    )
    first, second = parse_text(page).sections
    assert [child.label for child in first.children] == ["其一", "其二"]
    assert second.children == ()


# --- buttons and notices every kind of site prints --------------------------------


CHROME = [
    "分享至：",
    "转发给：微信好友",
    "加载更多",
    "返回首页",
    "回到顶部",
    "TOP",
    "全文下载",
    "APP下载",
    "下载Word",
    "￥5.00 立即购买",
    "（本文共3256字）",
    "【全文约1800字】",
    "转载请保留本文链接",
    "未经授权，禁止转载",
    "我要评论",
    "发表评论：",
    "登录后才能评论",
    "共12条评论",
    "Tags：讲话稿 表态发言",
    "上一页 1 2 3 下一页",
    "首页 上一页 下一页 尾页",
    "点击“阅读原文”查看更多",
    "喜欢本文请点个“在看”",
]


@pytest.mark.parametrize("line", CHROME)
def test_a_sites_button_or_notice_is_chrome(line):
    assert droppable_chrome(line)


@pytest.mark.parametrize("line", CHROME)
def test_a_sites_button_or_notice_never_stays_in_the_speech(line):
    # between two paragraphs (some buttons close the article where they stand)
    page = _page(
        "在全县秋冬季农业生产工作会议上的讲话",
        "同志们：",
        OPENING,
        line,
        POINT,
        CLOSING,
    )
    speech = parse_text(page)
    assert line not in speech.body
    assert speech.body.startswith("同志们：")


@pytest.mark.parametrize("line", CHROME)
def test_a_sites_button_or_notice_under_the_speech_leaves_it_whole(line):
    page = _page(
        "在全县秋冬季农业生产工作会议上的讲话",
        "同志们：",
        OPENING,
        POINT,
        CLOSING,
        line,
        "在全县植树造林动员会上的讲话",
    )
    assert parse_text(page).body.endswith(CLOSING)


@pytest.mark.parametrize(
    "line",
    [
        "要把好经验分享给兄弟单位，共同提高。",
        "我们要返回首页看看群众的留言。",
        "全县共有12条河流纳入河长制管理。",
        "去年全县购买服务资金达到5000万元。",
        "其中转载率最高的是第三篇报道。",
        "我们一起来阅读原文件，逐条对照检查。",
    ],
)
def test_sentences_using_the_buttons_words_are_not_matched_as_buttons(line):
    assert not UI_ELEMENT.search(line)


# --- other speeches' titles listed under the speech -------------------------------


def test_titles_listed_under_the_speechs_last_sentence_are_cut():
    page = _page(
        "在全县秋冬季农业生产工作会议上的讲话",
        "同志们：",
        OPENING,
        POINT,
        CLOSING,
        "在全县植树造林动员会上的讲话",
        "校长在秋季开学典礼上的致辞",
    )
    speech = parse_text(page)
    assert speech.body.endswith(CLOSING)
    assert "植树造林" not in speech.body


def test_a_title_under_an_unfinished_sentence_stays():
    # the text cut mid-sentence (a preview): nothing says the line is a link
    page = _page(
        "在全县秋冬季农业生产工作会议上的讲话",
        "同志们：",
        OPENING,
        "下面，我就做好今年的工作讲几点意见，一是要",
        "在全县植树造林动员会上的讲话",
    )
    assert parse_text(page).body.endswith("在全县植树造林动员会上的讲话")


def test_a_heading_under_the_last_sentence_is_no_listed_title():
    page = _page(
        "在全县工作会议上的讲话",
        "同志们：",
        OPENING,
        "一、统一思想",
        POINT,
        "二、关于领导讲话精神的传达",
    )
    assert parse_text(page).body.endswith("二、关于领导讲话精神的传达")


# --- a space before a part number's comma -----------------------------------------


def test_a_part_number_spaced_before_its_comma_heads_a_part():
    page = _page(
        "在全县工作会议上的讲话",
        "同志们：",
        OPENING,
        "一 、统一思想",
        POINT,
        "二 、狠抓落实",
        POINT,
    )
    sections = parse_text(page).sections
    assert [(s.label, s.heading) for s in sections] == [
        ("一", "统一思想"),
        ("二", "狠抓落实"),
    ]


def test_a_spaced_range_of_numerals_opening_a_sentence_is_no_heading():
    page = _page(
        "在全县工作会议上的讲话",
        "同志们：",
        OPENING,
        "一 、二季度全县经济稳中有进。" + POINT,
    )
    assert parse_text(page).sections == ()


# --- a one-line file's day and byline; a byline on the subtitle's line ------------


def test_a_one_line_files_day_and_byline_after_its_title_are_head_lines():
    page = (
        "在全县秋冬季农业生产工作会议上的讲话 2023年5月6日 县长王某某 "
        + OPENING
        + POINT * 2
    )
    speech = parse_text(page)
    assert speech.body.startswith(OPENING)
    assert str(speech.delivered) == "2023-05-06"
    assert speech.speaker is not None and "王某某" in speech.speaker


def test_a_day_and_name_run_into_a_sentence_without_a_title_stay():
    page = "2023年5月6日 县长王某某 " + OPENING + POINT * 2
    assert parse_text(page).body.startswith("2023年5月6日")


def test_a_byline_on_the_subtitles_line_is_the_speaker_and_leaves_the_occasion():
    page = _page(
        "政府工作报告",
        "——2023年1月6日在某县第十八届人民代表大会第二次会议上 某县县长 王某某",
        "各位代表：",
        OPENING,
        POINT,
    )
    speech = parse_text(page)
    assert speech.speaker == "某县县长 王某某"
    assert speech.occasion == "某县第十八届人民代表大会第二次会议"
    assert str(speech.delivered) == "2023-01-06"


# --- a day in Chinese numerals under a label; a weekday in brackets ---------------


@pytest.mark.parametrize(
    "line",
    [
        "日期：二〇二三年五月六日",
        "时间：二〇二三年五月六日 来源：县政府办",
        "2023年5月6日（星期六）",
    ],
)
def test_a_pages_day_in_these_forms_is_its_date(line):
    page = _page(
        "在全县秋冬季农业生产工作会议上的讲话", line, "同志们：", OPENING, POINT
    )
    speech = parse_text(page)
    assert str(speech.date) == "2023-05-06"
    assert speech.body.startswith("同志们：")


def test_a_label_over_words_that_are_no_day_gives_no_date():
    page = _page(
        "在全县秋冬季农业生产工作会议上的讲话",
        "时间：二十年来",
        "同志们：",
        OPENING,
        POINT,
    )
    assert parse_text(page).date is None


# --- a post's origin mark before a title; a page kind's mark after it --------------


@pytest.mark.parametrize(
    "headline",
    [
        "原创 在全县秋冬季农业生产工作会议上的讲话",
        "转载：在全县秋冬季农业生产工作会议上的讲话",
        "【原创】在全县秋冬季农业生产工作会议上的讲话",
        "在全县秋冬季农业生产工作会议上的讲话_图文",
    ],
)
def test_a_posts_origin_mark_or_a_page_kinds_mark_is_cut_from_the_title(headline):
    assert strip_decorations(headline) == "在全县秋冬季农业生产工作会议上的讲话"


def test_a_title_opening_on_the_word_itself_keeps_it():
    title = "原创作品征集活动启动仪式上的致辞"
    assert strip_decorations(title) == title


# --- more labels of a site's lead ---------------------------------------------------


@pytest.mark.parametrize(
    "label", ["阅读提示：", "文章摘要：", "【阅读提示】", "编辑推荐：", "文章导读："]
)
@pytest.mark.parametrize("salutation", [True, False])
def test_a_lead_under_these_labels_is_not_the_speech(label, salutation):
    blurb = "本文讲述了全县秋冬季农业生产的主要任务和工作要求，适合基层干部参考使用。"
    lines = ["在全县秋冬季农业生产工作会议上的讲话", label + blurb]
    lines += ["同志们："] if salutation else []
    speech = parse_text(_page(*lines, OPENING, POINT))
    assert speech.body.startswith("同志们：" if salutation else OPENING)


# --- an editor's material after the speech ----------------------------------------


@pytest.mark.parametrize(
    "label", ["参考资料：", "背景资料", "【相关链接】", "知识链接："]
)
def test_an_editors_material_after_the_speech_is_no_part_of_it(label):
    page = _page(
        "在全县工作会议上的讲话",
        "同志们：",
        OPENING,
        "一、统一思想",
        POINT,
        "二、狠抓落实",
        POINT,
        CLOSING,
        label,
        "某县位于某省东部，总面积约两千平方公里，辖十个乡镇，户籍人口约四十万。",
    )
    speech = parse_text(page)
    assert speech.body.endswith(CLOSING)
    assert [s.label for s in speech.sections] == ["一", "二"]


def test_the_words_inside_a_sentence_are_no_label():
    line = "我们整理了背景资料，请大家会后认真研读，结合实际抓好落实。"
    page = _page("在全县工作会议上的讲话", "同志们：", OPENING, line, CLOSING)
    assert parse_text(page).body.endswith(CLOSING)


# --- the day under a title in other brackets; a recording note's day --------------


@pytest.mark.parametrize(
    "line", ["[2023年5月6日]", "〔2023年5月6日〕", "（根据2023年5月6日讲话录音整理）"]
)
def test_the_day_under_a_title_in_these_forms_is_the_day_delivered(line):
    page = _page(
        "在全县秋冬季农业生产工作会议上的讲话", line, "同志们：", OPENING, POINT
    )
    speech = parse_text(page)
    assert str(speech.delivered) == "2023-05-06"
    assert speech.body.startswith("同志们：")


def test_a_recording_note_without_a_day_gives_none():
    page = _page(
        "在全县秋冬季农业生产工作会议上的讲话",
        "（根据讲话录音整理）",
        "同志们：",
        OPENING,
        POINT,
    )
    assert parse_text(page).delivered is None
