"""Kinds a first run over real pages of 40 more sites missed (parser 2.2): 范文
collections' search titles and word counts, a page's stamp line, a column's genre word
glued before a title, document shares' preview notices and disclaimers, a writing
assistant's sign-off, archive titles with their year or day; one kind a test.

Every page here is written for its test; none is a page of that set.
"""

from speeches.parsing import parse_text
from speeches.parsing.title_decorations import strip_decorations
from speeches.parsing.title_score import title_score

OPENING = "今天召开全乡秋季防火工作会议，主要任务是总结上半年工作，部署下一阶段任务。"
POINT = "各村要把巡山护林责任落实到人，做到山有人管、林有人护、火有人防。"


def test_count_of_models_and_a_search_phrase_in_brackets_are_not_the_title():
    page = "\n".join(
        [
            "秋季运动会闭幕词优秀范例9篇(运动会闭幕式简短总结发言)",
            "发布:2025-09-21 栏目:范文",
            "秋季运动会闭幕词优秀范例1",
            "各位老师、同学们:",
            OPENING,
        ]
    )
    assert parse_text(page).title == "秋季运动会闭幕词"


def test_word_count_glued_after_the_genre_word_is_not_the_title():
    assert strip_decorations("乡长个人年度述职报告1860字") == "乡长个人年度述职报告"
    # a number that belongs to the title stays
    assert strip_decorations("在2025年全乡经济工作会议上的讲话") == (
        "在2025年全乡经济工作会议上的讲话"
    )


def test_a_pages_stamp_line_is_never_its_title():
    assert title_score("2025-04-02   来源：本站记者站   浏览数：") < 1
    page = "\n".join(
        [
            "凝心聚力 真抓实干 推动全乡林业工作再上新台阶",
            "2025-04-02   来源：本站记者站   浏览数：",
            "——在2025年全乡林业工作会议上的讲话",
            "(2025年3月28日)",
            "同志们:",
            OPENING,
        ]
    )
    speech = parse_text(page)
    assert "来源" not in speech.title
    assert speech.delivered == "2025-03-28"


def test_column_genre_word_glued_before_a_title_ending_in_it_is_not_the_title():
    assert (
        strip_decorations("会议主持词全乡防火工作会议主持词")
        == "全乡防火工作会议主持词"
    )
    # a genre word printed twice in a row is the doubled-word rule's: one stays
    assert strip_decorations("全乡防火工作会议主持词") == "全乡防火工作会议主持词"


def test_document_shares_preview_notice_and_keyword_line_are_not_the_speech():
    page = "\n".join(
        [
            "2025年乡政府工作报告",
            "2025-05-06 10:11:12   某某文档网   [ 字体: ] [ 文档下载 ]",
            "说明:本页内容仅供预览,个别段落可能不全,以下载的文档为准。联系站长",
            "各位代表:",
            OPENING,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("各位代表:\n" + OPENING)
    assert "预览" not in speech.body


def test_document_shares_upload_disclaimer_and_its_labels_are_not_the_speech():
    page = "\n".join(
        [
            "乡长在全乡秋季防火工作推进会上的讲话.docx",
            "如需预览更多内容,请点击预览全文",
            "申明敬告:",
            "本站全部资料均由作者或合作机构上传;本站对资料的完整性不做任何保证!"
            "如已付费下载,可点击这里再次下载",
            "文档介绍",
            "1-乡长在全乡秋季防火工作推进会上的讲话同志们:" + OPENING + POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "乡长在全乡秋季防火工作推进会上的讲话"
    assert speech.body.startswith("同志们:" + OPENING)
    for chrome in ("上传", "文档介绍", "申明敬告", "预览"):
        assert chrome not in speech.body


def test_writing_assistants_sign_off_after_the_speech_is_not_the_speech():
    closing = "祝同学们前程似锦！谢谢大家！"
    page = "\n".join(
        [
            "初中毕业典礼校长讲话",
            "亲爱的同学们:",
            OPENING,
            closing + "这篇讲话稿既贴合您的要求,又不失温度,希望对您有所帮助。",
        ]
    )
    body = parse_text(page).body
    assert body.endswith(closing)
    assert "您的要求" not in body


def test_archive_year_after_a_title_of_the_genre_is_not_the_title():
    assert strip_decorations("某某在全国林业工作会议上的讲话(1986)") == (
        "某某在全国林业工作会议上的讲话"
    )
    # an item number in brackets is still the collection's rule, a year only here
    assert strip_decorations("关于1986年林业工作的报告") == "关于1986年林业工作的报告"


def test_title_opening_with_the_day_gives_the_day_delivered():
    page = "\n".join(
        [
            "1956年4月25日在中央政治局扩大会议上的讲话",
            "来源:某某网 发布时间:2019-03-04 10:20",
            "同志们:" + OPENING,
        ]
    )
    speech = parse_text(page)
    assert speech.delivered == "1956-04-25"
    assert speech.date.isoformat() == "2019-03-04"


def test_portals_address_before_its_stamp_dates_the_page():
    page = "\n".join(
        [
            "某某市市长发表新春献辞",
            "http://www.example.com.cn 2003年1月1日 08:30 某某社",
            "今天是新年的第一天。" + OPENING,
        ]
    )
    assert parse_text(page).date.isoformat() == "2003-01-01"


def test_converters_pinyin_inside_the_salutation_still_opens_the_speech():
    page = "\n".join(
        [
            "實驗中學(xué)新春寄語",
            "以下是小編整理的實驗中學(xué)新春寄語,僅供參考。",
            "實驗中學(xué)新春寄語 篇1",
            "全體同學(xué)們,新春快樂!",
            "舊的一年已悄然遠(yuǎn)去,新的一年正向我們走來,讓我們一起迎接新的挑戰(zhàn)。",
        ]
    )
    assert parse_text(page).body.startswith("全體同學(xué)們,新春快樂!")


def test_broadcast_address_after_its_news_headline_in_a_run_on_line():
    page = (
        "某某某發表全市防汛救災電視講話 全市廣大市民朋友: 晚上好!今年入汛以來,"
        "我市遭遇多輪強降雨,各級各部門迅速行動,全力以赴做好防汛救災工作。"
        " 防汛救災關係千家萬戶,希望大家提高防範意識,服從統一指揮。"
    )
    speech = parse_text(page)
    assert speech.body.startswith("全市廣大市民朋友: 晚上好!")
    assert "防汛救災電視講話" in speech.title
