"""Conventions of pages a first run over real pages of 40 more sites missed (parser
2.1): portals, government press releases in traditional script, document shares,
archive records and news sites that print a speech under their report of it; one
kind a test.

Every page here is written for its test; none is a page of that set.
"""

import pytest

from speeches.parsing import parse_text
from speeches.parsing.chrome import droppable_chrome
from speeches.parsing.title_decorations import strip_decorations
from speeches.parsing.title_score import title_score

TITLE = "在全县秋冬季水利建设动员会上的讲话"
OPENING = "今天召开全县秋冬季水利建设动员会，主要任务是总结去年工作，部署今冬明春任务。"
POINT = "各乡镇要把责任落实到人，把时间节点排出来，做到件件有着落、事事有回音。"
TRADITIONAL_OPENING = "今天我很高興出席貴會的週年慶典，與各位一同分享這份喜悅。"
TRADITIONAL_POINT = "貴會多年來服務社區，推動義工服務，讓長者和青少年都得到關懷。"


# --- portals ----------------------------------------------------------------------


def test_player_plugin_notice_search_box_and_date_banner_are_not_the_speech():
    page = "\n".join(
        [
            "本页内容需要安装较新版本的 Adobe Flash Player。",
            "获取 Adobe Flash Player",
            "首 页 新闻中心 会员之家 理论学习",
            "站内检索:",
            "2025年03月12日 星期三",
            "您现在所在的位置:首页 > 资料 > 历史回眸",
            "会史资料-《纪念本会成立六十周年讲话稿》",
            "发布时间:2015-05-06 09:30:00",
            "同志们:",
            OPENING,
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("同志们:\n" + OPENING)
    assert speech.title == "纪念本会成立六十周年讲话稿"
    for chrome in ("Flash", "站内检索", "星期三"):
        assert chrome not in speech.body


def test_breadcrumb_ending_in_the_pages_title_under_a_cut_preview_is_not_body():
    page = "\n".join(
        [
            TITLE,
            "同志们:",
            OPENING,
            "各乡镇要把责任落实到人，这是保障",
            "2. 为防止资源被随意传播,本站部分文稿需要会员才可阅读或下载,请予谅解!",
            "3. 本站所有资源来源于网友上传,如有侵权请联系站长删除!",
            "会议讲话 >" + TITLE,
        ]
    )
    body = parse_text(page).body
    assert body.startswith("同志们:\n" + OPENING)
    for chrome in ("会员才可阅读", "如有侵权", "会议讲话 >"):
        assert chrome not in body


def test_qr_code_caption_under_the_page_ends_the_speech():
    page = "\n".join(["院长新年致辞", OPENING, POINT, "微信二维码扫一扫关注我们"])
    assert "二维码" not in parse_text(page).body


def test_video_player_prompt_before_a_heading_is_not_part_of_the_title():
    page = (
        "某校庆祝建校七十周年系列活动:张校长致开幕词发表时间:2023-05-06 09:58\n"
        "点击回顾精彩片段Click to View 张校长致开幕词 亲爱的老师们,同学们: 大家上午好! "
        + OPENING
    )
    speech = parse_text(page)
    assert speech.title == "张校长致开幕词"
    assert speech.body.startswith("亲爱的老师们,同学们:")


# --- press releases in traditional script -----------------------------------------


def test_press_release_run_on_in_a_table_cell_starts_at_its_salutation():
    page = "\n".join(
        [
            "文章名稱 | : | 局長出席某區社區中心開幕典禮致辭全文(五月八日) |",
            "文類 | : | 演講辭 |",
            "日期 | : | 2012-05-08 |",
            "文章預覽 | : | 局長出席某區社區中心開幕典禮致辭全文(只有中文)(附圖) "
            "*************** 以下為局長今日(五月八日)出席「某區社區中心開幕典禮」的"
            "致辭全文: 陳主席、各位嘉賓、各位街坊、各位朋友: "
            + TRADITIONAL_OPENING
            + " "
            + TRADITIONAL_POINT
            + " |",
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("陳主席、各位嘉賓")
    assert "以下為" not in speech.body
    assert speech.title == "局長出席某區社區中心開幕典禮致辭全文"


def test_small_form_punctuation_reads_as_the_marks_it_stands_for():
    page = "\n".join(
        [
            "週年慶典理事長致詞全文",
            "0",
            "318",
            "某某協會王會長﹑李理事長﹑以及各位會員先進﹐大家好﹕",
            TRADITIONAL_OPENING,
            TRADITIONAL_POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "週年慶典理事長致詞全文"
    assert speech.body.startswith(
        "某某協會王會長、李理事長、以及各位會員先進，大家好："
    )


def test_people_addressed_by_name_and_office_open_the_speech():
    page = "\n".join(
        [
            "二零一零年六月四日 (星期五)",
            "某某中學四十週年校慶",
            "局長致辭全文",
            "何校監、各位校董、林校長、各位嘉賓、各位老師、各位同學:",
            TRADITIONAL_OPENING,
            TRADITIONAL_POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("何校監、各位校董、林校長")
    assert speech.title.endswith("局長致辭全文")


def test_news_report_with_reporter_tags_and_credit_gives_way_to_the_speech():
    page = "\n".join(
        [
            "快訊",
            "卸任致詞全文/交棒新市長 王某某:這座城市是我的家!",
            "記者陳某某/台北報導",
            "某市市長王某某今(25)日正式將市長職務交棒給新任市長,他在臉書寫下感言,"
            "表示城市的進步是一場接力賽,一棒接一棒。",
            "某市,王某某,交接,市政",
            "▲圖/翻攝自王某某臉書",
            "【王某某卸任交接 致詞全文】",
            "李市長、各位新任局處首長、各位市府同仁,大家早安:",
            TRADITIONAL_OPENING,
            TRADITIONAL_POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("李市長、各位新任局處首長")
    assert speech.title == "王某某卸任交接 致詞全文"
    for chrome in ("記者", "翻攝", "交接,市政"):
        assert chrome not in speech.body


# --- news sites -----------------------------------------------------------------


def test_speech_printed_under_the_news_report_of_it_starts_at_its_salutation():
    page = "\n".join(
        [
            "金秋送爽日，举杯庆佳节。今天(9月29日)晚，某市人民政府在会展中心举行国庆"
            "招待会，与各界来宾共庆共和国华诞。",
            "19时，招待会在国歌声中开始。市长代表市委、市政府向全市人民致以节日问候。",
            "副市长某某某主持，各界代表五百余人出席招待会。",
            "在庆祝中华人民共和国成立七十五周年招待会上的致辞",
            "市委副书记、市长 王某某",
            "2024年9月29日",
            "女士们，先生们，",
            "同志们，朋友们：",
            "金秋送爽日，举杯庆佳节。今晚，我们欢聚一堂，共同庆祝共和国华诞。",
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("女士们，先生们，\n同志们，朋友们：")
    assert speech.title == "在庆祝中华人民共和国成立七十五周年招待会上的致辞"
    assert speech.delivered == "2024-09-29"
    assert "主持" not in speech.body


def test_report_title_dated_subtitle_and_speaker_run_on_before_the_salutation():
    page = (
        "某市市长在市人民代表大会第三次会议的政府工作报告\n"
        "Mou Shi Ri Bao·2025-02-10 08:30\n"
        "政府工作报告 ——2025年2月4日在某市第十六届人民代表大会第三次会议上 "
        "某市市长 王某某 各位代表: 现在，我代表市人民政府，向大会报告工作，请予审议。"
        + POINT
    )
    speech = parse_text(page)
    assert speech.body.startswith("各位代表: 现在，我代表市人民政府")
    assert "王某某" not in speech.body
    assert speech.delivered == "2025-02-04"


# --- document shares --------------------------------------------------------------


def test_page_number_glued_before_the_salutation_is_dropped():
    page = "\n".join(
        [TITLE, TITLE, "时间:2014-6-3 22:53:56", "3同志们:" + OPENING, POINT]
    )
    assert parse_text(page).body.startswith("同志们:" + OPENING)


def test_digits_before_a_word_in_a_salutation_stay():
    page = "\n".join([TITLE, "300名同志们:" + OPENING, POINT])
    assert not parse_text(page).body.startswith("同志们")


def test_preview_notice_of_a_document_share_is_not_the_speech():
    page = "\n".join(
        [
            "首页",
            "2022年七一前夕的党课讲稿——不忘初心担使命 砥砺奋进开新局",
            "资源预览文档简介为自动调取,内容显示的完整度或有误差,请您下载后查看完整内容。",
            "1/30",
            "2/30",
            "剩余28页未读,查看更多内容需下载",
            "2022年七一前夕的党课讲稿——不忘初心担使命砥砺奋进开新局  同志们:  "
            + OPENING
            + "  "
            + POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("同志们:")
    assert speech.title == "2022年七一前夕的党课讲稿——不忘初心担使命 砥砺奋进开新局"


def test_subtitle_naming_the_occasion_is_still_split_off():
    page = "\n".join(
        ["凝心聚力谋发展", "——在全县经济工作会议上的讲话", "同志们：", OPENING]
    )
    assert parse_text(page).title == "凝心聚力谋发展"


def test_title_repeated_run_together_and_page_thumbnails_are_read_once():
    page = "\n".join(
        [
            "镇政府换届工作报告",
            "大小:58.20 KB",
            "镇政府换届工作报告 _第1页",
            "镇政府换届工作报告 _第2页",
            "1、镇政府换届工作报告镇政府换届工作报告镇政府换届工作报告各位代表:  "
            "现在,我受镇人民政府委托,向大会作政府工作报告,请予审议。  " + POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "镇政府换届工作报告"
    assert speech.body.startswith("各位代表:")


def test_file_number_and_masked_cover_date_are_not_part_of_the_title():
    page = (
        "编号:136920000县委常委、副县长全县2019年春季植树造林工作会议上的主持词"
        "201X/X/XX全县2019年春季植树造林工作会议上的主持词县委常委、副县长xxx"
        "(二○一九年三月十二日)同志们:现在开会。这次会议的主要任务是部署今春植树造林，"
        "动员全县上下迅速掀起植树高潮。" + POINT
    )
    speech = parse_text(page)
    assert "编号" not in speech.title
    assert "201X" not in speech.title
    assert speech.title.endswith("全县2019年春季植树造林工作会议上的主持词")
    assert speech.body.startswith("同志们:现在开会。")


def test_speakers_name_a_space_after_the_title_is_the_byline():
    page = "\n".join(
        [
            TITLE,
            TITLE + " 杨某某",
            "(20xx年7月1日)",
            "各位校长、同志们:",
            OPENING,
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.title == TITLE
    assert speech.speaker == "杨某某"


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("在全市招商引资会议上的讲话经济工作", "在全市招商引资会议上的讲话"),
        ("在全市招商引资会议上的讲话领导讲话", "在全市招商引资会议上的讲话"),
        ("局长出席开幕典礼致辞全文(十月四日)", "局长出席开幕典礼致辞全文"),
        ("【某某卸任交接 致词全文】", "某某卸任交接 致词全文"),
        ("在全县工作会议上的讲话全文", "在全县工作会议上的讲话"),
        ("全县工作会议报告全县工作会议报告", "全县工作会议报告"),
    ],
)
def test_site_labels_around_a_title_are_not_part_of_it(printed, title):
    assert strip_decorations(printed) == title


def test_titles_that_end_in_a_field_of_work_keep_it():
    assert strip_decorations("关于加强基层党建工作") == "关于加强基层党建工作"


# --- archive records and outlines -------------------------------------------------


def test_archive_records_abstract_of_the_speech_is_not_its_start():
    page = "\n".join(
        [
            TITLE,
            "知识类型: 析出资源",
            "唯一号: 130720020230000001",
            "颗粒名称: " + TITLE,
            "分类号: G127.57",
            "摘要: 本文记述了某某在全县秋冬季水利建设动员会上发表的讲话。讲话人回顾了"
            "去年的工作，强调了水利建设的重要意义，并对今冬明春的任务作了部署。",
            "关键词: 水利 动员会",
            "内容",
            "(一九九九年十一月九日)",
            "同志们:",
            OPENING,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("同志们:\n" + OPENING)
    assert "本文记述" not in speech.body


def test_outline_of_the_speech_above_it_is_not_its_start():
    page = "\n".join(
        [
            TITLE,
            "发布时间:2025/8/10 20:04:22 字数:3315",
            "【提纲】一、提高认识，增强做好水利建设的责任感。(一)水利是农业的命脉。"
            "(二)水利是发展的基础。二、突出重点，确保完成今冬明春任务。"
            "(一)抓好农田水利。(二)抓好安全度汛。",
            TITLE,
            "同志们:",
            OPENING,
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("同志们:\n" + OPENING)
    assert "【提纲】" not in speech.body


@pytest.mark.parametrize(
    "line",
    [
        "本页内容需要安装较新版本的 Adobe Flash Player。",
        "今天是：2025年03月12日 星期三",
        "站内检索:",
        "镇政府工作报告 _第2页",
        "▲圖/翻攝自某某臉書",
        "您的浏览器不支持 video 标签。",
        "2025年3月12日 星期三 农历二月十三",
        "高级检索",
        "(图/记者某某摄)",
        "会议讲话 >在全县卫生健康工作会议上的讲话",
    ],
)
def test_interface_text_of_portals_and_shares_is_droppable(line):
    assert droppable_chrome(line)


def test_people_addressed_run_on_with_the_speech_open_it():
    page = "\n".join(
        [
            "局長致辭全文",
            "何校監、各位校董、林校長、各位嘉賓: "
            + TRADITIONAL_OPENING
            + TRADITIONAL_POINT,
        ]
    )
    assert parse_text(page).body.startswith("何校監、各位校董")


def test_a_title_naming_a_list_is_no_list_of_people_addressed():
    page = "\n".join(
        [
            "在全县秋冬季水利建设、农田改造、植树造林工作会议上的讲话",
            "同志们：",
            OPENING,
        ]
    )
    assert (
        parse_text(page).title
        == "在全县秋冬季水利建设、农田改造、植树造林工作会议上的讲话"
    )


def test_people_addressed_are_never_the_title():
    assert title_score("某主席、某部长、各位嘉宾、各位朋友：") == 0


def test_press_releases_tag_between_full_text_and_its_colon_still_announces_it():
    page = "\n".join(
        [
            "局長出席某某典禮致辭",
            "以下為局長今日(五月八日)出席某某典禮的致辭全文(只有中文):",
            "陳主席、各位嘉賓、各位朋友:",
            TRADITIONAL_OPENING,
            TRADITIONAL_POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("陳主席、各位嘉賓")
    assert "以下為" not in speech.body


def test_run_on_head_ending_in_a_taiwanese_genre_word_is_head():
    page = "週年慶典理事長致詞全文 各位貴賓、各位會員先進: " + TRADITIONAL_OPENING
    assert parse_text(page).body.startswith("各位貴賓")
