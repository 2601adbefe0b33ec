"""Kinds of page the parser missed on a first run over real pages of 30 sites it had
not met (范文 and 公文 sites, document shares, a journal's abstract page, portals and
papers), one kind a test.

Every page here is written for its test; none is a page of that set. Each stands for
a rule of the genre: how collection sites dress their titles, what a page's interface
prints as text, where transcripts, abstracts and converted documents start.
"""

import datetime as dt

import pytest

from speeches.parsing import parse_text
from speeches.parsing.chrome import droppable_chrome
from speeches.parsing.clean import clean_text
from speeches.parsing.interface import DOWNLOAD_NOTICE_RULES, UI_ELEMENT_RULES
from speeches.parsing.normalise import CODE_RESIDUE_RULES
from speeches.parsing.rules import compile_rules
from speeches.parsing.title_decorations import (
    COLLECTION_MARKER_RULES,
    strip_decorations,
)

TITLE = "在全镇秋冬季农业生产会议上的讲话"
OPENING = "今天召开全镇秋冬季农业生产会议，主要是把下一阶段的任务交给大家。"
POINT = "各村要把责任落实到人，把时间节点排出来，做到件件有着落、事事有回音。"
CLOSING = "同志们，收获要靠汗水换来。希望大家鼓足干劲，把今年的工作画上圆满的句号！"
SPEECH = "\n".join(["同志们：", OPENING, POINT, POINT, CLOSING])


@pytest.mark.parametrize(
    "rule",
    [
        *DOWNLOAD_NOTICE_RULES,
        *UI_ELEMENT_RULES,
        *CODE_RESIDUE_RULES,
        *COLLECTION_MARKER_RULES,
    ],
    ids=lambda r: r.name,
)
def test_every_new_rule_of_the_genre_matches_its_own_example(rule):
    assert compile_rules((rule,)).search(rule.example)


# --- where the speech starts ------------------------------------------------------


def test_transcript_starts_at_its_first_turn_however_short():
    page = (
        "县长与村民代表座谈时的讲话\n"
        "王县长、李副县长\n"
        "王县长：老张，听说你们村的水渠修好了？\n"
        "张老汉：修好了。\n"
        "王县长：好啊。今天请大家来，就是想听听大家对明年村里发展的想法，"
        "有什么说什么，说错了也不要紧。\n"
        "张老汉：我先说两句。水渠修好了，明年想多种点菜，就怕卖不出去。\n"
    )
    speech = parse_text(page)
    assert speech.body.startswith("王县长：老张，听说你们村的水渠修好了？")
    assert speech.title == "县长与村民代表座谈时的讲话"


def test_field_labels_over_a_paragraph_are_no_turns_of_a_transcript():
    page = "在全镇农业生产会议上的讲话\n来源：石岭镇人民政府。\n" + OPENING + POINT
    assert parse_text(page).body.startswith(OPENING)


def test_download_notice_list_above_a_document_is_not_its_text():
    page = (
        TITLE + "(三)\n"
        "- 1、下载资料前请仔细核对内容是否完整，本站不提供修改服务。\n"
        "- 2、只能预览部分内容的文档，如有缺页可申请退款。\n"
        "- 3、如资料侵犯了您的版权，请联系在线客服（工作时间：8:30-17:30）。\n"
        + TITLE
        + "\n"
        + OPENING
        + POINT
        + "\n"
        + CLOSING
    )
    speech = parse_text(page)
    assert speech.body.startswith(OPENING)
    assert "下载" not in speech.body and "客服" not in speech.body


def test_style_sheet_a_converted_document_kept_as_text_is_cut_out():
    rules = (
        "h1 { font-size: 18pt; text-align: center; font-weight: bold } "
        "body { background: #ffffff; margin: 2cm 2.5cm } "
        'td.cell { font-family: "仿宋_GB2312"; border: 1px solid #999999 } '
        "span.note { color: #666666; font-style: italic; padding: 0 4px } "
        "a:hover { color: #cc0000; text-decoration: none } "
    )
    page = TITLE + "\nad> [标签:栏目] " + rules + TITLE + " 同志们：" + OPENING + POINT
    speech = parse_text(page)
    assert speech.body.startswith("同志们：" + OPENING)
    assert "{" not in speech.body and "标签" not in speech.body
    assert speech.title == TITLE


def test_script_lines_kept_as_text_are_dropped():
    page = (
        TITLE + "\n同志们：\n" + OPENING + "\n"
        "var _hmt = _hmt || [];\n"
        "document.write('<script src=\"/js/ad.js\"></script>');\n"
        + POINT
        + "\n"
        + CLOSING
    )
    speech = parse_text(page)
    assert speech.body.startswith("同志们：")
    assert "document" not in speech.body and "_hmt" not in speech.body


def test_abstract_label_over_the_speech_on_a_journal_page_is_dropped():
    page = (
        "首页 | 期刊导航 | 高级检索\n"
        "在全县秋季防火工作会议上的讲话\n"
        "作者：某某某\n"
        "摘　　要：" + OPENING + POINT + "\n"
        "本刊文章已被万方、维普等数据库收录\n"
    )
    speech = parse_text(page)
    assert speech.body == OPENING + POINT
    assert speech.title == "在全县秋季防火工作会议上的讲话"


def test_abstract_that_is_the_only_text_of_the_page_is_the_speech():
    page = (
        "在全县秋季防火工作会议上的讲话\n摘要：" + OPENING + POINT + "\n"
        "引用本文：某某某.在全县秋季防火工作会议上的讲话[J].某县政报,2009(4).\n"
    )
    speech = parse_text(page)
    assert speech.body == OPENING + POINT


def test_salutation_naming_the_people_addressed_in_traditional_script_opens_it():
    page = (
        "新年賀詞\n鎮黨委書記 某某某 鎮長 某某\n2024年1月1日\n"
        "居民們，朋友們：\n新年好！值此新春佳節，我們向全鎮居民致以節日的問候！"
        "過去一年，全鎮上下團結奮鬥，各項工作取得了新的成績。\n"
    )
    speech = parse_text(page)
    assert speech.body.startswith("居民們，朋友們：\n新年好！")


def test_people_addressed_on_lines_of_their_own_open_the_speech_together():
    page = (
        "在建镇三十周年庆祝大会上的讲话\n"
        "全镇党员干部同志们！\n全镇居民们，朋友们！\n" + OPENING + POINT
    )
    speech = parse_text(page)
    assert speech.body.startswith("全镇党员干部同志们！\n全镇居民们，朋友们！")


def test_a_name_glued_before_the_salutation_is_not_one_of_the_people_addressed():
    page = TITLE + "李建平同志们：" + OPENING + POINT
    assert parse_text(page).body.startswith("同志们：" + OPENING)


# --- site text inside and after the speech ----------------------------------------


def test_headline_printed_again_under_the_salutation_is_not_body():
    page = (
        "某某网\n首届乡村文化节开幕式致辞\n尊敬的各位来宾、各位朋友：\n"
        "首届乡村文化节开幕式致辞\n" + OPENING + POINT + "\n" + CLOSING
    )
    speech = parse_text(page)
    assert speech.body.startswith("尊敬的各位来宾、各位朋友：\n" + OPENING)
    assert "开幕式致辞" not in speech.body


def test_preview_ended_notice_ends_a_cut_speech():
    page = (
        TITLE
        + "\n".join(["", "同志们：", OPENING, POINT])
        + "一是抓好秋收，二是抓好......\n"
        "预览结束，获取全文请联系客服定制！\n客服微信：abc123\n"
    )
    speech = parse_text(page)
    assert "预览结束" not in speech.body and "abc123" not in speech.body
    assert speech.truncated


def test_database_indexing_footer_under_an_abstract_ends_the_speech():
    cleaned = clean_text(SPEECH + "\n本文献已被知网等数据库收录！\n设为首页 | 关于我们")
    assert cleaned.body.endswith(CLOSING)


def test_interface_text_of_a_page_is_dropped_wherever_it_stands():
    for line in (
        "讲话稿2.3W",
        "栏目：讲话致辞 / 发布于： / 作者：佚名",
        "欄目：講話致辭 / 作者： / 熱度：3.2K",
        "快捷搜索：述职报告 心得体会 讲话稿",
        "请输入关键词",
        "来 源：某某网　作 者：佚名",
        "下载说明：本文档为Word格式，可自由编辑。",
    ):
        assert droppable_chrome(line), line
    assert not droppable_chrome("全年接待游客2.3万人次，同比增长百分之十二。")
    assert not droppable_chrome("同　志　们：")


def test_question_and_answer_transcript_starts_at_the_first_question():
    page = (
        "县长就春耕生产答记者问\n"
        "问：今年春耕准备得怎么样？\n"
        "答：总体顺利。化肥、种子都已经到村，农机也检修完毕，"
        "各乡镇正在组织技术人员下田指导，确保不误农时。\n"
    )
    assert parse_text(page).body.startswith("问：今年春耕准备得怎么样？")


def test_free_preview_ended_notice_is_a_paywall():
    page = (
        SPEECH.replace(CLOSING, "希望大家......")
        + "\n免费预览已结束，剩余内容请下载。\n"
    )
    speech = parse_text(page)
    assert "预览" not in speech.body and speech.truncated


# --- titles on collection sites ---------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("在重阳节敬老座谈会上的发言（六篇）", "在重阳节敬老座谈会上的发言"),
        ("在重阳节敬老座谈会上的发言(精选十篇)", "在重阳节敬老座谈会上的发言"),
        ("2023镇长新春致辞范文4篇", "2023镇长新春致辞"),
        ("镇长新春致辞精选三篇", "镇长新春致辞"),
        ("國慶節升旗儀式講話稿多篇", "國慶節升旗儀式講話稿"),
        ("全镇安全生产工作会议讲话合集", "全镇安全生产工作会议讲话"),
        ("教师节表彰大会校长讲话稿范文大全", "教师节表彰大会校长讲话稿"),
        ("《党旗飘飘》文艺汇演开幕词范文", "《党旗飘飘》文艺汇演开幕词"),
        ("在全区人代会分组讨论时的发言提纲（三）", "在全区人代会分组讨论时的发言提纲"),
        ("镇长新春致辞范文二", "镇长新春致辞"),
        ("2024年最新镇长在全镇安全生产会议上的讲话", "镇长在全镇安全生产会议上的讲话"),
        (
            "镇长在全镇安全生产会议上的讲话【2024年最新版】",
            "镇长在全镇安全生产会议上的讲话",
        ),
        ("党建范文：我们为什么要重温入党誓词", "我们为什么要重温入党誓词"),
        ("2023年度党课范本：守初心担使命(全文完整)", "守初心担使命"),
        ("全镇安全生产工作会议讲话稿 范文", "全镇安全生产工作会议讲话稿"),
        ("全镇安全生产工作会议讲话稿（精选合集）", "全镇安全生产工作会议讲话稿"),
        ("全镇安全生产工作会议讲话稿_2024最新合集", "全镇安全生产工作会议讲话稿"),
        ("全镇安全生产工作会议讲话稿第二篇", "全镇安全生产工作会议讲话稿"),
        ("全镇安全生产工作会议讲话稿 2", "全镇安全生产工作会议讲话稿"),
        ("讲话稿 " + TITLE, TITLE),
    ],
)
def test_collection_and_count_markers_are_not_part_of_the_title(printed, title):
    assert strip_decorations(printed) == title


@pytest.mark.parametrize(
    "title",
    [
        "毛泽东同志的老三篇",
        "优秀共产党员表彰大会上的讲话",
        "在全市第三篇章启动仪式上的致辞",
        "关于做好2024年度防汛工作的意见",
        "政府工作报告 2023年2月8日在石岭镇第十八届人代会第三次会议上",
    ],
)
def test_titles_that_only_look_like_collections_are_kept(title):
    assert strip_decorations(title) == title


def test_genre_word_printed_twice_before_a_title_is_printed_once():
    assert (
        strip_decorations("党课讲稿 党课讲稿：守初心担使命") == "党课讲稿：守初心担使命"
    )
    # a bare genre label before the colon is no part of the title (2.7)
    assert strip_decorations("讲话稿 讲话稿：守初心担使命") == "守初心担使命"
    assert strip_decorations("致辞致辞在建镇三十周年大会上的致辞") == (
        "致辞在建镇三十周年大会上的致辞"
    )


def test_column_name_and_view_count_is_never_the_title():
    page = (
        "某某文库\n位置：首页 > 范本 > 讲话稿\n首届乡村文化节开幕式资料\n讲话稿3.6W\n"
        + SPEECH
    )
    assert parse_text(page).title == "首届乡村文化节开幕式资料"


def test_search_box_is_never_the_title():
    page = "热门搜索：述职报告 心得体会 讲话稿\n镇长在全镇代表会上的工作汇报\n" + SPEECH
    assert parse_text(page).title == "镇长在全镇代表会上的工作汇报"


def test_labelled_title_field_of_a_portals_metadata_table_gives_the_title():
    page = (
        "索 引 号: | 11370000/2023-00012 | 主 题 词: | 乡村振兴 |\n"
        "发布机构: | 石岭镇 | 发布日期: | 2023-02-20 |\n"
        "标 题: | 石岭镇2023年政府工作报告 |\n"
        "政 府 工 作 报 告\n"
        "各位代表：\n" + OPENING + POINT
    )
    speech = parse_text(page)
    assert speech.title == "石岭镇2023年政府工作报告"
    assert speech.date == dt.date(2023, 2, 20)


def test_blurb_names_the_title_when_the_page_prints_no_other():
    page = (
        "下面是小编精心整理的在全镇秋冬季农业生产会议上的讲话（全文完整），"
        "供大家参考。\n" + SPEECH
    )
    assert parse_text(page).title == TITLE


def test_title_set_as_a_question_and_printed_twice_is_the_title():
    page = (
        "以下是小编精选的党课范本，供学习参考。\n"
        "党课范文：新时代党员应该怎样做？\n新时代党员应该怎样做？\n" + SPEECH
    )
    assert parse_text(page).title == "新时代党员应该怎样做？"


def test_a_lone_question_over_a_speech_is_no_title():
    page = "还在为写讲话稿发愁吗？\n" + SPEECH
    assert parse_text(page).title != "还在为写讲话稿发愁吗？"


# --- dates ------------------------------------------------------------------------


def test_paper_stamp_with_its_clock_in_words_dates_the_page():
    page = (
        "市委书记、市长发表新春贺词\n2024年02月09日 10时25分　某某日报\n新春贺词\n"
        + OPENING
        + POINT
    )
    assert parse_text(page).date == dt.date(2024, 2, 9)


def test_year_in_a_title_counting_its_items_is_no_delivery_year():
    page = (
        "2023年重阳节敬老座谈会上的发言（六篇）\n重阳节敬老座谈会上的发言篇一\n"
        + SPEECH
    )
    speech = parse_text(page)
    assert speech.title == "2023年重阳节敬老座谈会上的发言"
    assert speech.delivered is None
    assert parse_text("2023年重阳节敬老座谈会上的发言\n" + SPEECH).delivered == "2023"


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("社区主任重阳节致辞范文(一)", "社区主任重阳节致辞"),
        ("社区主任重阳节致辞范文（2）", "社区主任重阳节致辞"),
        ("在秋季运动会开幕式上的讲话作文", "在秋季运动会开幕式上的讲话"),
        ("在秋季运动会开幕式上的讲话优秀作文", "在秋季运动会开幕式上的讲话"),
        # a title of its own keeps its word
        ("关于作文教学改革的讲话", "关于作文教学改革的讲话"),
    ],
)
def test_essay_and_model_sites_item_marks_leave_the_title(printed, title):
    assert strip_decorations(printed) == title
