"""Kinds of page the parser missed on its first runs over material it had not seen
(held-out round 8 and a check on real pages of 27 unfamiliar sites), one kind a test.

Every page here is written for its test; none is a page of those sets. Each stands for
a rule of the genre: how a speech ends on a page, what a lead or a note says of it,
how sites print titles, stamps and their own names, how reports number their parts.
"""

import datetime as dt

import pytest

from speeches.parsing import parse_speeches, parse_text
from speeches.parsing.clean import clean_text
from speeches.parsing.page_markers import remove_page_markers
from speeches.parsing.sections import split_sections
from speeches.parsing.title_decorations import strip_decorations
from tests.support.trees import outline

OPENING = "同志们：\n今天召开全镇秋冬季农业生产会议，主要是把下一阶段的任务交给大家。"
POINT = "各村要把责任落实到人，把时间节点排出来，做到件件有着落、事事有回音。"
CLOSING = "同志们，收获要靠汗水换来。希望大家鼓足干劲，把今年的工作画上圆满的句号！"
SPEECH = "\n".join([OPENING, POINT, POINT, CLOSING])


# --- where the speech ends --------------------------------------------------------


def test_editors_note_in_traditional_script_leaves_the_body():
    page = (
        "在鎮務工作會上的講話\n同志們：\n今天開會。"
        + POINT
        + "\n（根據錄音整理，有刪節）\n"
    )
    speech = parse_text(page)
    assert speech.body.endswith(POINT)
    assert "錄音" not in speech.body


def test_note_saying_what_the_text_is_leaves_the_body_and_dates_the_speech():
    page = (
        "在石岭镇人代会闭幕会上的讲话\n"
        + SPEECH
        + "\n（本文系2022年12月28日镇人大主席龚某某在石岭镇人代会闭幕会上的讲话）\n"
    )
    speech = parse_text(page)
    assert speech.body.endswith(CLOSING)
    assert speech.delivered == "2022-12-28"


def test_buttons_and_related_list_glued_after_a_run_on_speech_are_the_tail():
    page = (
        "在全镇秋冬季农业生产会议上的讲话 同志们：今天召开全镇秋冬季农业生产会议。"
        + POINT * 3
        + "让我们一起努力！【关闭窗口】【打印本页】 相关链接：镇政府召开常务会议研究秋粮收购"
        "　镇党委理论学习中心组举行集中学习 主办单位：石岭镇人民政府　"
        "网址：http://www.shiling.gov.cn/art/2022/10/9/art_12_345.html"
    )
    speech = parse_text(page)
    assert speech.body.endswith("让我们一起努力！")
    assert "打印" not in speech.body and "相关链接" not in speech.body
    assert (
        speech.source_url == "http://www.shiling.gov.cn/art/2022/10/9/art_12_345.html"
    )
    assert not speech.truncated


def test_bracketed_glossary_box_after_the_speech_is_not_body():
    page = (
        "在全镇秋冬季农业生产会议上的讲话\n"
        + SPEECH
        + "\n【名词解释】\n托管服务：农户把耕种收等环节交给服务组织完成的经营方式。\n"
    )
    speech = parse_text(page)
    assert speech.body.endswith(CLOSING)
    assert "托管服务" not in speech.body and not speech.truncated


def test_trial_reading_notice_under_a_signed_speech_does_not_truncate_it():
    page = (
        "在全镇秋冬季农业生产会议上的讲话\n"
        + SPEECH
        + "\n石岭镇党委书记　龚某某\n2022年10月9日\n——试读结束，下载后阅读完整文档——\n"
        "【立即下载】\n"
    )
    speech = parse_text(page)
    assert speech.body.endswith(CLOSING)
    assert not speech.truncated
    assert speech.delivered == "2022-10-09"
    assert speech.speaker == "石岭镇党委书记 龚某某"


def test_trial_reading_notice_under_a_cut_sentence_truncates_it():
    page = (
        "在全镇秋冬季农业生产会议上的讲话\n"
        + OPENING
        + "\n"
        + POINT
        + "\n各村要把秋粮收储的场地提前\n——试读结束，下载后阅读完整文档——\n"
    )
    speech = parse_text(page)
    assert speech.truncated
    assert "试读" not in speech.body


def test_site_notice_of_an_unfinished_preview_ends_and_truncates_the_speech():
    page = (
        "在全镇秋冬季农业生产会议上的讲话\n"
        + OPENING
        + "\n"
        + POINT
        + "\n（未完，全文共3120字，当前显示260字）\n（请阅读下面的提示）\n"
    )
    speech = parse_text(page)
    assert speech.body.endswith(POINT)
    assert speech.truncated


# --- page markers -------------------------------------------------------------------


def test_pager_marks_inside_words_are_removed_however_close_when_unreduced():
    text = (
        "村里的合作社要带2/8动农户增收，"
        + "也要把账目管好。" * 3
        + "集体经3/8济才能壮大。"
    )
    lines = remove_page_markers([text])
    assert lines == [
        "村里的合作社要带动农户增收，" + "也要把账目管好。" * 3 + "集体经济才能壮大。"
    ]


def test_reduced_fractions_close_together_are_kept():
    text = "全镇1/3的耕地种粮食，" + "其余种经济作物。" * 2 + "另有2/3的山林"
    assert remove_page_markers([text]) == [text]


# --- where the speech starts ----------------------------------------------------------


def test_blurb_saying_the_site_offers_the_page_is_a_lead():
    page = (
        "秋季開學典禮校長講話\n"
        "下面是某某教育網提供的秋季開學典禮校長講話，歡迎閱讀。\n"
        "老師們、同學們：大家好！\n"
        "新學期開始了，我代表學校向全體同學表示歡迎，向辛勤工作的老師們致以敬意。"
        + "希望大家珍惜時光，努力學習。" * 3
        + "\n"
    )
    speech = parse_text(page)
    assert speech.body.startswith("老師們、同學們：")
    assert "提供" not in speech.body


def test_blurb_glued_before_the_salutation_is_head():
    page = (
        "在全镇秋冬季农业生产会议上讲话\n"
        "以下为小编精心整理的在全镇秋冬季农业生产会议上讲话【精选范文】，仅供参考。"
        "同志们：今天召开全镇秋冬季农业生产会议。" + POINT * 3 + "\n"
    )
    speech = parse_text(page)
    assert speech.body.startswith("同志们：今天召开")
    assert speech.title == "在全镇秋冬季农业生产会议上讲话"


def test_title_repeated_at_the_first_line_is_not_the_speech():
    page = (
        "镇长在秋粮收购工作会上的讲话\n"
        "镇长在秋粮收购工作会上的讲话*在**镇党委的领导下，今年秋粮收购工作开局良好，"
        "各收购点运转正常，农民卖粮方便。" + POINT + "\n"
    )
    speech = parse_text(page)
    assert speech.body.startswith("*在**镇党委的领导下")
    assert speech.title == "镇长在秋粮收购工作会上的讲话"


# --- titles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "nav",
    ["首页　政务公开　规划计划　工作报告", "首页范文讲话稿工作报告"],
    ids=["spaced", "run-together"],
)
def test_path_from_the_home_page_is_never_the_title(nav):
    page = f"{nav}\n石岭镇2023年政府工作报告\n各位代表：\n{POINT}{POINT}\n"
    assert parse_text(page).title == "石岭镇2023年政府工作报告"


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("[镇长在镇党委]镇长在秋粮收购工作会上的讲话", "镇长在秋粮收购工作会上的讲话"),
        ("秋粮收购动员会开场白篇2", "秋粮收购动员会开场白"),
        ("开学典礼校长发言稿(二)", "开学典礼校长发言稿"),
        (
            "精选优质文档-----倾情为你奉上在秋粮收购工作会上的讲话",
            "在秋粮收购工作会上的讲话",
        ),
        ("市长政府工作报告全文", "市长政府工作报告"),
        ("关于石岭镇政府工作报告", "石岭镇政府工作报告"),
        ("关于秋粮收购工作的讲话", "关于秋粮收购工作的讲话"),
    ],
    ids=["tag", "item", "item-number", "template", "full-text", "about", "real-about"],
)
def test_site_decorations_around_a_title_are_stripped(printed, title):
    assert strip_decorations(printed) == title


def test_collection_page_takes_its_items_title_not_the_count():
    page = (
        "首页范文稿件主持词\n秋粮收购动员会开场白(8篇)\n"
        "怎样写好秋粮收购动员会的开场白？下面本站为大家精选了8篇，可供选用。\n"
        "秋粮收购动员会开场白篇1\n"
        "各位同志：秋粮收购动员会现在开会。" + POINT * 2 + "\n"
    )
    speech = parse_text(page)
    assert speech.title == "秋粮收购动员会开场白"
    assert speech.body.startswith("各位同志：")


# --- dates ----------------------------------------------------------------------------


def test_label_and_date_without_a_colon_stamp_the_page():
    page = "在秋粮收购工作会上的讲话\nNews 更新 2024年03月08日\n" + SPEECH + "\n"
    assert parse_text(page).date == dt.date(2024, 3, 8)


def test_subtitle_whose_dash_an_encoding_lost_dates_the_speech():
    page = (
        "石岭镇2017年政府工作报告\n??2017年1月9日在石岭镇第八届人大第一次会议上\n"
        "镇长　龚某某\n各位代表：\n" + POINT * 3 + "\n"
    )
    speech = parse_text(page)
    assert speech.delivered == "2017-01-09"
    assert speech.occasion == "石岭镇第八届人大第一次会议"


def test_masthead_date_with_its_pager_and_a_paper_date_row_stamp_the_page():
    masthead = "2023年10月11日 星期三　上一期　下一期　往期回顾\n"
    row = "石岭日报　2023年10月11日　第02版：综合　作者：记者　龚某　整理\n"
    for head in (masthead, row):
        page = head + "在全镇秋冬季农业生产会议上的讲话\n" + SPEECH + "\n"
        assert parse_text(page).date == dt.date(2023, 10, 11)


# --- the day the speech was given, who gave it ------------------------------------------


def test_wire_lead_in_traditional_script_gives_the_meeting_day_and_speaker():
    page = (
        "在全省秋糧收購工作會議上的講話\n2023年10月12日 09:30\n"
        "新華社石州10月12日電　全省秋糧收購工作會議11日在石州召開，"
        "省委副書記、省長龔某某在講話中強調，收購要應收盡收。全文如下：\n"
        "同志們：\n" + POINT * 3 + "\n"
    )
    speech = parse_text(page)
    assert speech.delivered == "2023-10-11"
    assert speech.speaker == "省委副書記、省長 龔某某"
    assert speech.occasion == "全省秋糧收購工作會議"


@pytest.mark.parametrize(
    ("head", "delivered"),
    [
        (
            "在全镇秋冬季农业生产会议上的讲话\n发布时间：2022-10-10\n"
            "编者按：10月9日，全镇秋冬季农业生产会议召开，镇党委书记龚某某出席会议并讲话。",
            "2022-10-09",
        ),
        (
            "在全镇秋冬季农业生产会议上的讲话\n发布时间：2022-10-10\n"
            "石岭日报讯（记者 某某）10月9日下午，全镇秋冬季农业生产会议在镇政府召开。"
            "镇党委书记龚某某出席会议并讲话。以下为讲话全文。",
            "2022-10-09",
        ),
        (
            "在全镇秋冬季农业生产会议上的讲话\n发布时间：2022-10-10\n"
            "【核心提示】镇党委书记龚某某强调，各村要抓紧秋收秋种。",
            "2022-10-10",  # no day of its own: the page's stamp stands in
        ),
        (
            "奋力开创石岭发展新局面\n——在中国共产党石岭镇第九次代表大会上的报告\n"
            "发布时间：2021-07-02\n中共石岭镇委员会书记　龚某某　2021年6月28日",
            "2021-06-28",
        ),
    ],
    ids=["editors-note", "paper-lead", "core-tip", "byline-and-day"],
)
def test_lead_or_byline_before_the_speech_gives_the_day_and_speaker(head, delivered):
    speech = parse_text(head + "\n" + SPEECH + "\n")
    assert (speech.delivered or speech.date.isoformat()) == delivered
    assert speech.speaker.endswith("书记 龚某某")


def test_traditional_byline_and_subtitle_give_speaker_and_occasion():
    page = (
        "守初心 勇擔當\n——2022年4月2日在石嶺鎮黨員大會上的講話\n鎮黨委書記　盧某某\n"
        "同志們：\n" + POINT * 3 + "\n"
    )
    speech = parse_text(page)
    assert speech.speaker == "鎮黨委書記 盧某某"
    assert speech.occasion == "石嶺鎮黨員大會"
    assert speech.delivered == "2022-04-02"


# --- the site ---------------------------------------------------------------------------


def test_breadcrumb_names_the_site_over_the_paper_a_source_field_names():
    page = (
        '<div class="crumbs"><a>石州网</a> &gt; <a>时政</a></div>'
        "<h1>龚某某在全省秋粮收购工作会议上的讲话</h1>"
        "<div>2023-10-12 07:30:00 来源：石州日报</div>"
        "<p>同志们：</p><p>" + POINT * 3 + "</p>"
    )
    assert parse_text(page).source_site == "石州网"


def test_information_source_naming_an_office_is_no_site():
    page = (
        "<div>在全镇秋冬季农业生产会议上的讲话</div>"
        "<div>信息来源：镇党政办公室　发布时间：2022-10-10</div>"
        "<p>同志们：</p><p>" + POINT * 3 + "</p>"
    )
    assert parse_text(page).source_site is None


def test_site_name_opening_the_stamp_row_under_the_title_is_the_site():
    page = (
        "在全镇秋冬季农业生产会议上的讲话\n石岭镇人民政府　2022-10-10 16:02:36　【大】【中】【小】\n"
        + SPEECH
        + "\n"
    )
    assert parse_text(page).source_site == "石岭镇人民政府"


def test_traditional_site_name_after_the_page_title_is_the_site():
    page = (
        "<html><head><title>在全省秋糧會議上的講話 | 石聲新聞網</title></head><body>"
        "<h2>在全省秋糧會議上的講話</h2><p>同志們：</p><p>" + POINT * 3 + "</p>"
        "</body></html>"
    )
    assert parse_text(page).source_site == "石聲新聞網"


# --- sections ---------------------------------------------------------------------------


def test_bare_numeral_alone_over_a_heading_line_labels_that_heading():
    body = "\n".join(
        [OPENING, "一", "看清形势，抓住机遇", POINT, "二", "补齐短板，抓好落实", POINT]
    )
    assert outline(split_sections(body)) == [
        (1, "一", "看清形势，抓住机遇"),
        (1, "二", "补齐短板，抓好落实"),
    ]


def test_parenthesised_points_inside_one_paragraph_are_not_sections():
    page = (
        "在全镇秋冬季农业生产会议上的讲话\n同志们：\n一、抓好秋收秋种\n"
        "秋收秋种要抢抓农时。（一）要保障农机调度。各村要排好机收顺序。"
        "（二）要做好烘干储存。烘干点要全天运转。\n二、抓好冬季管护\n" + POINT + "\n"
    )
    speech = parse_text(page)
    assert [(s.label, len(s.children)) for s in speech.sections] == [
        ("一", 0),
        ("二", 0),
    ]


@pytest.mark.parametrize("style", ["一、", "1."])
def test_one_numbering_style_at_two_levels_nests_the_sub_parts(style):
    def label(n):
        return "一二三"[n - 1] + "、" if style == "一、" else f"{n}."

    body = "\n".join(
        [
            "各位代表：",
            label(1) + "过去一年的工作",
            "一年来，全镇上下攻坚克难。",
            label(1) + "农业生产稳中有进。粮食总产再创新高。",
            label(2) + "集体经济不断壮大。村均收入突破三十万元。",
            label(2) + "今年的主要任务",
            "今年要重点抓好以下工作。",
            label(1) + "抓好项目建设。全年安排重点项目二十个。",
            label(2) + "抓好人居环境。改造农村户厕八百户。",
            label(3) + "加强自身建设",
            "打铁还需自身硬。",
            label(1) + "转变作风。少开会、开短会。",
            label(2) + "严守纪律。坚持过紧日子。",
            "各位代表，让我们共同奋斗！",
        ]
    )
    tree = outline(split_sections(body))
    assert [(level, heading) for level, _, heading in tree] == [
        (1, "过去一年的工作"),
        (2, "农业生产稳中有进"),
        (2, "集体经济不断壮大"),
        (1, "今年的主要任务"),
        (2, "抓好项目建设"),
        (2, "抓好人居环境"),
        (1, "加强自身建设"),
        (2, "转变作风"),
        (2, "严守纪律"),
    ]


def test_sub_parts_of_another_style_under_parts_are_left_as_they_were():
    body = "\n".join(
        [
            "同志们：",
            "一、抓好秋收",
            "（一）抢收。要抓紧。",
            "（二）烘干。要及时。",
            "二、抓好秋种",
            "（一）备种。要充足。",
            "（二）播种。要适时。",
            "（三）管护。要到位。",
        ]
    )
    tree = outline(split_sections(body))
    assert [level for level, _, _ in tree] == [1, 2, 2, 1, 2, 2, 2]


# --- collections ------------------------------------------------------------------------


def test_collection_speeches_take_their_item_titles_and_the_pages_stamp_and_site():
    page = (
        "石岭范文网 > 讲话稿 > 乡镇讲话\n乡镇讲话稿精选2篇\n发布日期：2023-11-02\n"
        "篇一：在全镇秋收工作会上的讲话\n（2023年9月20日）\n镇党委书记　龚某某\n"
        + SPEECH
        + "\n\n篇二：在全镇冬季防火工作会上的讲话\n（2023年10月30日）\n镇长　韦某某\n"
        + SPEECH
        + "\n【下载本文】　【打印】\n"
    )
    first, second = parse_speeches(page.encode("utf-8"))
    assert second.title == "在全镇冬季防火工作会上的讲话"
    assert second.occasion == "全镇冬季防火工作会"
    assert second.speaker == "镇长 韦某某"
    assert [s.date for s in (first, second)] == [dt.date(2023, 11, 2)] * 2
    assert [s.delivered for s in (first, second)] == ["2023-09-20", "2023-10-30"]
    assert {s.source_site for s in (first, second)} == {"石岭范文网"}


def test_clean_text_keeps_the_signature_of_a_trial_page_as_trailers():
    page = "标题在此的讲话\n" + SPEECH + "\n石岭镇镇长　韦某某\n——试读结束——\n"
    cleaned = clean_text(page)
    assert "石岭镇镇长　韦某某" in cleaned.trailers
    assert not cleaned.paywalled
