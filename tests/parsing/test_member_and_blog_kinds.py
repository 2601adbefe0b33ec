"""Kinds the first run of parser 2.7 on unseen pages missed (2.8): a member's quota
or permission notice where the text is withheld, a hidden stretch inside a paragraph,
a 范文 site's compilation note over a speech whose 同志们 it split, an account's QR
caption over the title, a news section and place glued before a headline, an
occasion title run into any first sentence, a blog's comments under the post.

Every page here is written for its test; none is a page of any set.
"""

import pytest

from speeches.parsing import parse_text
from speeches.parsing.clean import HIDDEN_TEXT_NOTE
from speeches.parsing.head_titles import split_opening_titles

SALUTATION = "同志们："
OPENING = "今天召开全镇秋季防火工作会议，主要任务是总结上半年工作，部署下一阶段任务。"
POINT = "各村要把巡山护林责任落实到人，做到山有人管、林有人护、火有人防。"
LAST = "希望大家守土尽责，确保今冬明春不发生一起森林火灾。"
TITLE = "镇长在秋季防火工作会议上的讲话"


def _page(*lines: str) -> str:
    return "\n".join(lines)


# --- member, quota and permission notices ------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        ("消耗 2 篇某某文库配额，会员有效期内无限次查看",),
        ("消耗1次下载券",),
        ("此处内容需要权限查看", "会员免"),
        ("以下内容需要登录查看",),
        ("剩余内容需要VIP会员查看",),
    ],
)
def test_a_quota_or_permission_notice_ends_the_speech(notice):
    speech = parse_text(_page(TITLE, SALUTATION, OPENING, POINT, *notice, LAST))
    assert speech.body.startswith(SALUTATION)
    assert POINT in speech.body
    for line in notice:
        assert line not in speech.body


def test_a_sentence_about_permissions_is_the_speechs_own():
    own = "审批内容需要层层把关的，要一次告知、限时办结，不让群众来回跑。"
    speech = parse_text(_page(TITLE, SALUTATION, OPENING, own, POINT))
    assert own in speech.body and POINT in speech.body


@pytest.mark.parametrize(
    "note",
    [
        "……此处隐藏1200字，下载文档可见……",
        "......此处隐藏560字,下载后可查看......",
        "……此處隱藏800字，下載文檔可見……",
    ],
)
def test_a_hidden_text_note_inside_a_paragraph_is_cut_and_the_text_goes_on(note):
    before = "各村要把巡山护林责任落实到人，做到山有人管"
    after = "三要加强宣传教育，让防火知识进村入户。"
    speech = parse_text(_page(TITLE, SALUTATION, OPENING, before + note + after, LAST))
    assert before + after in speech.body
    assert LAST in speech.body
    assert "隐藏" not in speech.body and "隱藏" not in speech.body


def test_a_site_cut_note_is_not_a_hidden_stretch():
    # the site cut the rest, a paywall's note: the hidden-text rule leaves it alone
    assert HIDDEN_TEXT_NOTE.search("……(某某网此处省略600字，会员可阅读全文)……") is None


# --- a 范文 site's compilation note, a split salutation -----------------------------


def test_a_compilation_note_is_the_sites_and_names_the_title():
    note = (
        "前言：本站为你精心整理了镇长秋季防火工作讲话范文，希望能为你的写作提供参考价值，"
        "我们的客服老师可以为你提供个性化的范文，欢迎咨询。"
    )
    speech = parse_text(_page(note, SALUTATION, OPENING, POINT))
    assert speech.title == "镇长秋季防火工作讲话"
    assert speech.body.startswith(SALUTATION)
    assert "本站" not in speech.body and "客服" not in speech.body


def test_the_same_note_converted_to_traditional_with_pinyin():
    note = (
        "前言:本站為你精心整理了鎮長秋季防火(huǒ)工作講話范文,"
        "希望能為你的寫(xiě)作提供參考價值,我們的客服老師可以幫助你,歡迎咨詢。"
    )
    speech = parse_text(_page(note, "志們:", "今天,召開全鎮秋季防火工作會議。" + POINT))
    assert speech.title == "鎮長秋季防火工作講話"
    assert speech.body.startswith("志們:")


def test_a_split_salutation_starts_the_speech():
    speech = parse_text(_page(TITLE, "志们：", OPENING, POINT))
    assert speech.body.startswith("志们：")


@pytest.mark.parametrize("tail", ["志们：", "志們:"])
def test_a_salutation_broken_after_its_first_character_is_joined(tail):
    speech = parse_text(_page(TITLE, "同", "", tail, OPENING, POINT))
    assert speech.body.startswith("同" + tail)


def test_a_line_of_one_character_before_other_words_stays():
    speech = parse_text(
        _page(TITLE, SALUTATION, OPENING, "同", "志愿服务队要做好巡山。")
    )
    assert "同\n志愿服务队" in speech.body


def test_a_sentence_of_the_speech_about_writing_is_kept():
    own = "希望同志们多写调研报告，为全镇发展提供参考，把文章写在大地上。"
    speech = parse_text(_page(TITLE, SALUTATION, OPENING, own, POINT))
    assert own in speech.body


# --- titles: an account's QR caption, a news section glued before the headline ------


@pytest.mark.parametrize(
    "caption", ["公众号二维码", "某某日报微信二维码", "客户端二维码"]
)
def test_an_accounts_qr_caption_is_never_the_title(caption):
    # a portal's article: breadcrumb, title, credits, its account's name and QR
    # caption, a share row, a series line, the title again, the speaker alone
    lecture = "基层人大代表履职的几点体会"
    speech = parse_text(
        _page(
            "某省人大网>文献资料>正文",
            "",
            lecture,
            "",
            "来源：某某 作者： 编辑：admin 2023-04-11 09:30:12",
            "某省人大微信",
            caption,
            "—分享—",
            "",
            "代表履职学习专题讲座第三讲",
            "",
            lecture,
            "",
            "某某某",
            "",
            "主任、各位副主任、各位委员：",
            "",
            OPENING,
            POINT,
        )
    )
    assert speech.title == lecture
    assert speech.body.startswith("主任、各位副主任、各位委员：")


@pytest.mark.parametrize("section", ["地方新闻某某市", "要闻", "南部新闻某县"])
def test_a_news_section_glued_before_a_headline_printed_again_is_cut(section):
    headline = "某某市长新春团拜会致辞全文"
    speech = parse_text(
        _page(section + headline, headline, "各位来宾、朋友们：", OPENING, POINT)
    )
    assert speech.title == headline


def test_a_title_opening_with_news_keeps_its_words():
    headline = "在新闻战线座谈会上的讲话"
    speech = parse_text(_page(headline, headline, SALUTATION, OPENING, POINT))
    assert speech.title == headline


# --- an occasion title run into any first sentence ---------------------------------


def test_an_occasion_title_run_into_the_first_sentence_is_split_off():
    title = "在全县春耕生产工作会议上的讲话"
    first = "春耕时节不等人，县委、县政府决定召开这次会议，部署全年农业生产。"
    speech = parse_text(title + first + POINT)
    assert speech.title == title
    assert speech.body.startswith("春耕时节")


@pytest.mark.parametrize(
    "line",
    [
        "在全县大会上的讲话精神要认真学习，各级各部门要迅速传达，抓好落实。",
        "在全县大会上的讲话中指出，要把春耕生产摆在突出位置，抓紧抓实。",
        "在全县大会上的讲话要求我们，各级各部门必须迅速行动，抓好落实。",
    ],
)
def test_an_occasion_going_on_in_its_sentence_is_not_a_title(line):
    assert split_opening_titles(line) == ([], line)


# --- a blog's comments under the post ----------------------------------------------


@pytest.mark.parametrize(
    "comments",
    [
        ("2 則留言:", "小林 提到...", "老師說得真好，想念大家"),
        ("3 条评论", "路人甲 提到：", "写得真好"),
    ],
)
def test_a_blogs_comment_section_ends_the_speech(comments):
    speech = parse_text(
        _page(
            "毕业赠言",
            "2008年6月12日 星期四",
            "各位家长、各位同学：",
            OPENING,
            POINT,
            *comments,
        )
    )
    assert speech.body.startswith("各位家长、各位同学：")
    assert POINT in speech.body
    for line in comments:
        assert line not in speech.body


def test_a_count_of_messages_inside_a_sentence_is_the_speechs():
    own = "去年热线共收到群众来信来电，网上留言板回复了300条留言，件件有回音。"
    speech = parse_text(_page(TITLE, SALUTATION, OPENING, own, POINT))
    assert own in speech.body
