"""Kinds a first run over real pages of 30 more sites missed (parser 2.4): a news
page's source tag under a summary, a government release's 贺辞 headline opening
with the office, a banner's slogan under a headline, an office and name after a
title, a title's theme after ASCII dashes or in two parallel clauses, a reading bar
and a word count in Chinese numerals around a title, a 范文 site's cut preview of
another piece or closed by a "继续查看" prompt, a summary label glued before the
salutation, a members' notice, a player's error, the day a speech names as today;
one kind a test.

Every page here is written for its test; none is a page of that set.
"""

from speeches.parsing import parse_text
from speeches.parsing.chrome import droppable_chrome
from speeches.parsing.title_decorations import strip_decorations
from speeches.parsing.title_score import title_score

OPENING = "今天召开全镇秋季防火工作会议，主要任务是总结上半年工作，部署下一阶段任务。"
POINT = "各村要把巡山护林责任落实到人，做到山有人管、林有人护、火有人防。"
GREETING = "值此新春佳节来临之际，我代表镇政府向全镇父老乡亲致以节日的问候。"


def test_a_news_source_tag_opens_the_article_under_its_summary():
    page = "\n".join(
        [
            "镇领导新春寄语来啦!",
            "来源:某某晚报    2024-02-08 09:15",
            "镇长王某某:" + GREETING,
            "【某某在线网讯】",
            "镇长王某某:",
            GREETING,
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("镇长王某某:\n" + GREETING)
    assert "网讯" not in speech.body
    assert speech.title == "镇领导新春寄语来啦!"


def test_a_bureaus_tag_run_on_before_the_headline_again():
    page = "\n".join(
        [
            "区长某某发表龙年新春贺辞",
            "同心同行 再创佳绩",
            "区长办公室",
            "2024-02-09 10:00",
            "未能播放Youtube视频",
            "［新闻处］区长某某发表龙年新春贺辞",
            "各位市民、各位朋友:",
            "大家新年好!",
            GREETING,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "区长某某发表龙年新春贺辞"
    assert speech.body.startswith("各位市民、各位朋友:")
    for chrome in ("新闻处", "视频", "区长办公室", "同心同行"):
        assert chrome not in speech.body


def test_a_headline_opening_with_the_office_is_not_a_salutation():
    page = "\n".join(["行政长官某某发表新春献辞", "各位市民:", GREETING, POINT])
    speech = parse_text(page)
    assert speech.title == "行政长官某某发表新春献辞"
    assert speech.body.startswith("各位市民:")


def test_a_banners_slogan_under_the_headline_is_not_the_title():
    page = "\n".join(
        [
            "博客",
            "瑞雪兆丰年",
            "团结  奋进  庆祝建区30周年",
            "2024年2月10日",
            GREETING,
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "瑞雪兆丰年"
    # a slogan standing alone is a title
    alone = parse_text("\n".join(["奋斗青春 无悔韶华", OPENING, POINT]))
    assert alone.title == "奋斗青春 无悔韶华"


def test_an_office_and_name_after_a_title_are_its_byline():
    page = "\n".join(["學無止境 行穩致遠 校友總會理事長 陳某某", OPENING, POINT])
    speech = parse_text(page)
    assert speech.title == "學無止境 行穩致遠"
    assert speech.speaker == "校友總會理事長 陳某某"


def test_a_theme_after_ascii_dashes_stays_in_the_title():
    page = "\n".join(
        ["2023年专题党课讲稿----赓续红色血脉勇担时代使命", "同志们:", OPENING, POINT]
    )
    assert parse_text(page).title == ("2023年专题党课讲稿----赓续红色血脉勇担时代使命")


def test_a_title_of_two_parallel_clauses_is_a_title():
    couplet = "专题党课:初心如磐,砥砺奋进的征程;使命在肩,书写时代的答卷"
    assert title_score(couplet) > 0
    assert title_score("初心如磐,砥砺奋进的征程;使命在肩,书写时代的答卷") > 0
    # two sentences of unequal length are not a title
    assert (
        title_score("会议总结了上半年工作;部署下一阶段任务，明确了各村的巡山责任") == 0
    )
    page = "\n".join(
        [couplet, couplet, "按照支部安排，今天由我为大家讲一次党课。", POINT]
    )
    assert parse_text(page).title == couplet


def test_a_reading_bar_before_the_title_is_the_sites():
    assert strip_decorations("正在阅读:致全区人民的新年贺词") == "致全区人民的新年贺词"
    assert strip_decorations("您正在浏览：在全镇防火会议上的讲话") == (
        "在全镇防火会议上的讲话"
    )


def test_a_word_count_in_chinese_numerals_is_not_the_title():
    assert strip_decorations("职工代表大会开幕词两千字") == "职工代表大会开幕词"
    assert strip_decorations("全镇防火会议讲话稿三千字左右") == "全镇防火会议讲话稿"
    assert strip_decorations("庆祝建校一千五百年致辞") == "庆祝建校一千五百年致辞"


def test_a_blurb_quoting_another_piece_is_not_the_speech():
    page = "\n".join(
        [
            "当前路径: 某某网 范文大全 开闭幕词",
            "职工代表大会开幕词",
            "作者:某某 发布时间:2025-03-02 10:00:00",
            "职代会是职工参与民主管理的基本形式。下面是小编为大家整理的职工代表大会"
            "开幕词,仅供参考。 职工代表大会开幕词两千字 各位代表、同志们: "
            "在全面推进校园建设的关键时刻,我们迎来了",
            "职工代表大会开幕词",
            "各位领导、各位代表:",
            "今天召开全厂第五届职工代表大会第一次会议。" + POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "职工代表大会开幕词"
    assert speech.body.startswith("各位领导、各位代表:\n今天召开全厂")
    assert "我们迎来了" not in speech.body


def test_a_preview_closed_by_a_continue_prompt_is_not_the_speech():
    salutation = "尊敬的家长朋友们,亲爱的同学们:"
    page = "\n".join(
        [
            "某某作文网,好文章天天读",
            "中学校长在开学典礼上的讲话",
            "作者:某某2024-09-01 08:00:00",
            "导读:中学校长在开学典礼上的讲话 篇1 "
            + salutation
            + " 大家早上好! 金秋九月,... 如果您觉得有用,请继续阅读下文。",
            "本篇《中学校长在开学典礼上的讲话(通用8篇)》由本站编辑推荐,仅作学习之用。",
            "中学校长在开学典礼上的讲话 篇1",
            salutation,
            "大家早上好!",
            "金秋九月，我们又迎来了新学期。" + POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "中学校长在开学典礼上的讲话"
    assert speech.body.startswith(salutation + "\n大家早上好!")
    assert "继续阅读" not in speech.body and "篇1" not in speech.body


def test_a_summary_label_glued_before_the_salutation_and_a_members_notice():
    page = "\n".join(
        [
            "在全镇秋季防火工作会议上的讲话",
            "时间:2024-10-08 09:00:00 来源:某某网 作者:管理员",
            "内容简介:同志们:" + OPENING + POINT,
            "二、压实责任。" + POINT + "三是……",
            "本文仅限本站会员阅读,请登录后查看完整内容",
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("同志们:今天召开")
    assert "内容简介" not in speech.body and "会员" not in speech.body
    assert speech.truncated


def test_a_players_error_and_share_buttons_are_interface_text():
    assert droppable_chrome("未能播放Youtube视频")
    assert droppable_chrome("视频加载失败")
    assert droppable_chrome("点击右上角分享给微信好友")
    assert droppable_chrome("移动版")
    assert not droppable_chrome("未能播放的视频要及时整改，确保宣传到位。" * 2)


def test_the_day_a_speech_names_as_today_is_when_it_was_given():
    page = "\n".join(
        [
            "2025年元旦联欢会致辞",
            "亲爱的老师们、同学们:",
            "联欢会马上开始,今天是2024年12月30日,再过两天就是新的一年。" + POINT,
        ]
    )
    assert parse_text(page).delivered == "2024-12-30"
    # a reader's date banner with its weekday dates nothing
    banner = "\n".join(
        [
            "2025年元旦联欢会致辞",
            "亲爱的老师们、同学们:",
            "今天是2024年12月30日 星期一",
            "大家晚上好!再过两天就是新的一年。" + POINT,
        ]
    )
    assert parse_text(banner).delivered != "2024-12-30"


def test_a_release_announcing_a_statement_on_its_own_line_starts_it_below():
    page = "\n".join(
        [
            "• 区长建议加快旧区改造",
            "区长某某发表声明指,于3月2日收到市政府关于旧区改造的函件,"
            "要求区政府就改造进展提交报告。",
            "就居民关注的安置问题,某某说,区政府会在报告中一并说明。",
            "以下是区长某某3月3日就旧区改造进展发表的声明:",
            "我昨天收到市政府关于旧区改造的函件。" + POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "区长建议加快旧区改造"
    assert speech.body.startswith("我昨天收到市政府")
    assert "以下是" not in speech.body and "发表声明指" not in speech.body


def test_a_title_printed_again_shorter_before_the_first_sentence_is_head():
    page = "\n".join(
        [
            "机关七一党课:守好初心 担好使命8600字",
            "七一党课:守好初心 担好使命按照支部统一安排,今天由我为大家讲一次党课。"
            + POINT,
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "机关七一党课:守好初心 担好使命"
    assert speech.body.startswith("按照支部统一安排")


def test_words_of_a_speech_like_the_sites_prompts_stay():
    assert not droppable_chrome("要用好浏览器分享功能，让政策解读传得更远。")
    assert not droppable_chrome("视频无法播放的问题，要请技术部门尽快解决。")
    line = "大家都说喜欢，那就继续看。" + POINT
    assert parse_text("\n".join(["同志们:", line])).body.endswith(POINT)
