"""Kinds of page the parser missed on a first run over real pages of 30 sites it had
not met (范文 and 公文 sites, document shares, a journal's abstract page, portals and
papers), one kind a test.

Every page here is written for its test; none is a page of that set. Each stands for
a rule of the genre: how collection sites dress their titles, what a page's interface
prints as text, where transcripts, abstracts and converted documents start.
"""

import pytest

from speeches.parsing import parse_text
from speeches.parsing.clean import (
    CODE_RESIDUE_RULES,
    DOWNLOAD_NOTICE_RULES,
    UI_ELEMENT_RULES,
    clean_text,
    droppable_chrome,
)
from speeches.parsing.rules import compile_rules

OPENING = "今天召开全镇秋冬季农业生产会议，主要是把下一阶段的任务交给大家。"
POINT = "各村要把责任落实到人，把时间节点排出来，做到件件有着落、事事有回音。"
CLOSING = "同志们，收获要靠汗水换来。希望大家鼓足干劲，把今年的工作画上圆满的句号！"
SPEECH = "\n".join(["同志们：", OPENING, POINT, POINT, CLOSING])


@pytest.mark.parametrize(
    "rule",
    [*DOWNLOAD_NOTICE_RULES, *UI_ELEMENT_RULES, *CODE_RESIDUE_RULES],
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
        "在全镇秋冬季农业生产会议上的讲话(三)\n"
        "- 1、下载资料前请仔细核对内容是否完整，本站不提供修改服务。\n"
        "- 2、只能预览部分内容的文档，如有缺页可申请退款。\n"
        "- 3、如资料侵犯了您的版权，请联系在线客服（工作时间：8:30-17:30）。\n"
        "在全镇秋冬季农业生产会议上的讲话\n" + OPENING + POINT + "\n" + CLOSING
    )
    speech = parse_text(page)
    assert speech.body.startswith(OPENING)
    assert "下载" not in speech.body and "客服" not in speech.body


def test_style_sheet_a_converted_document_kept_as_text_is_cut_out():
    rules = (
        "@page { size: 21cm 29.7cm; margin-left: 1in; margin-right: 1in } "
        "p { color: #000000; line-height: 120%; text-align: justify; widows: 2 } "
        'p.western { font-family: "Arial", sans-serif; font-size: 11pt } '
        'p.cjk { font-family: "宋体"; font-size: 12pt; so-language: zh-CN } '
        "a:link { color: #0000ff; text-decoration: underline } "
    )
    page = (
        "在全镇秋冬季农业生产会议上的讲话\n"
        "ml> [标签:标题] "
        + rules
        + "在全镇秋冬季农业生产会议上的讲话 同志们："
        + OPENING
        + POINT
    )
    speech = parse_text(page)
    assert speech.body.startswith("同志们：" + OPENING)
    assert "{" not in speech.body and "标签" not in speech.body
    assert speech.title == "在全镇秋冬季农业生产会议上的讲话"


def test_script_lines_kept_as_text_are_dropped():
    page = (
        "在全镇秋冬季农业生产会议上的讲话\n同志们：\n" + OPENING + "\n"
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
        "居民們，同志們，朋友們：\n新年好！值此新春佳節，我們向全鎮居民致以節日的問候！"
        "過去一年，全鎮上下團結奮鬥，各項工作取得了新的成績。\n"
    )
    speech = parse_text(page)
    assert speech.body.startswith("居民們，同志們，朋友們：\n新年好！")


def test_people_addressed_on_lines_of_their_own_open_the_speech_together():
    page = (
        "在建镇三十周年庆祝大会上的讲话\n"
        "全镇党员干部同志们！\n全镇居民们，朋友们！\n" + OPENING + POINT
    )
    speech = parse_text(page)
    assert speech.body.startswith("全镇党员干部同志们！\n全镇居民们，朋友们！")


def test_a_name_glued_before_the_salutation_is_not_one_of_the_people_addressed():
    page = "在全镇秋冬季农业生产会议上的讲话李建平同志们：" + OPENING + POINT
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
        "在全镇秋冬季农业生产会议上的讲话\n"
        + "\n".join(["同志们：", OPENING, POINT])
        + "一是抓好秋收，二是抓好......\n"
        "预览结束，获取全文请联系客服定制！\n请点击👉 abc123 👈联系老师\n"
    )
    speech = parse_text(page)
    assert "预览结束" not in speech.body and "联系老师" not in speech.body
    assert speech.truncated


def test_database_indexing_footer_under_an_abstract_ends_the_speech():
    cleaned = clean_text(SPEECH + "\n本文献已被知网等数据库收录！\n设为首页 | 关于我们")
    assert cleaned.body.endswith(CLOSING)


def test_interface_text_of_a_page_is_dropped_wherever_it_stands():
    for line in (
        "讲话稿2.3W",
        "栏目：讲话致辞 / 发布于： / 作者：佚名",
        "欄目：講話致辭 / 發佈於： / 人氣：3.2K",
        "快捷搜索：述职报告 心得体会 讲话稿",
    ):
        assert droppable_chrome(line), line
    assert not droppable_chrome("全年接待游客2.3万人次，同比增长百分之十二。")
