"""Quotations that are ordinary Chinese, clauses or names are not coinages."""

import pytest

from speeches.parsing.reference import general_segments
from speeches.parsing.scare_quotes import (
    ordinary_quotation,
    quotation_context,
    rhetorical_frame,
)
from speeches.parsing.slogans import find_slogans


def texts(body: str) -> list[str]:
    return [slogan.text for slogan in find_slogans(body) if slogan.listed]


def test_segments_follow_general_chinese():
    assert general_segments("彻底醒悟") == (("彻底", "ad"), ("醒悟", "v"))
    assert [word for word, _ in general_segments("把仓库搞得更整齐")][:2] == [
        "把",
        "仓库",
    ]


@pytest.mark.parametrize(
    "quotation",
    [
        "加速度",  # 跑出“加速度”
        "新画卷",  # 绘就“新画卷”
        "奋进曲",  # 奏响“奋进曲”
        "改革力度",
        "城市名片",
    ],
)
def test_stock_figures_of_progress_are_rhetoric(quotation):
    assert ordinary_quotation(quotation) == "修辞套语"


@pytest.mark.parametrize(
    "quotation, reason",
    [
        ("把仓库搞得更整齐", "把字句"),
        ("管得严", "动补短语"),
        ("彻底醒悟", "副词开头的动词短语"),
        ("最全面", "副词开头的动词短语"),
        ("倾听您的心声", "带人称的句子"),
        ("寻找身边的榜样", "动宾短语"),
        ("全省双拥工作示范县", "称号或奖项名"),
        ("时代楷模", "称号或奖项名"),
        ("十佳宜居城市", "称号或奖项名"),
        ("两会", "会议名称"),
        ("差不多", "通用词典中的常用词"),
        ("垮掉了", "口语"),
        ("工人太累", "描述"),
        ("先办好了再说", "完成了的句子"),
        ("安徽茶礼", "地方品牌名"),
        ("国际贸易组织", "组织名称"),
        ("长江行", "活动名称"),
    ],
)
def test_clauses_titles_and_common_words_are_named(quotation, reason):
    assert ordinary_quotation(quotation) == reason


@pytest.mark.parametrize(
    "coinage",
    [
        "牛鼻子",
        "狠抓基层",
        "两张皮",
        "最后一百米",
        "道德银行",
        "解民忧",
        "掌上办",
        "上海精神",
        "浙江经验",
        "两新组织",
        "个人服从组织",
    ],
)
def test_coinages_pass_every_rule(coinage):
    assert ordinary_quotation(coinage) == ""


def test_a_quotation_naming_a_platform_is_a_name():
    body = "“云上听”智慧治理平台上线，“五快”机制运行顺畅，“渝事通”上线。"
    assert quotation_context(body, 0, body.index("”") + 1) == "平台或应用名"
    assert texts(body) == ["五快"]


def test_a_criticised_practice_a_role_to_avoid_and_a_thought_are_not_coinages():
    body = (
        "有的同志满足于“开会发文”，既不做“和事佬”，也不当“二传手”；"
        "有人觉得“年年太平年年无事”，我们要推行“三访三办”。"
    )
    assert texts(body) == ["三访三办"]


def test_scare_quotes_in_a_new_year_message_are_not_slogans():
    body = (
        "这一年，产业发展跑出“加速度”，城乡面貌绘就“新画卷”，乡村振兴奏响“奋进曲”，"
        "“全省平安建设示范县”金字招牌越擦越亮，我们推行“三访三办”工作法。"
    )
    assert texts(body) == ["乡村振兴", "三访三办"]


def test_tallies_of_results_and_meeting_names_are_not_published():
    body = (
        "过去一年实现了“六个增长”“三个突破”，财政收入提前实现“双增”，"
        "全面贯彻全国“两会”精神，落实“四个聚焦”。"
    )
    assert texts(body) == ["四个聚焦"]


def test_a_contrast_of_two_images_is_rhetoric_not_two_slogans():
    body = (
        "抓安全生产，不是“加分项”，而是“基本功”；看似“芝麻事”，"
        "实则是“大考验”。各村要落实“三查三改”。"
    )
    assert texts(body) == ["三查三改"]


def test_a_metaphor_predicated_of_something_is_an_image():
    body = (
        "形式主义是侵蚀干部作风的“蛀虫”，懒政成为项目落地的“绊脚石”；"
        "有人把请客送礼当“人情往来”，水库被看作“聚宝盆”。"
    )
    assert texts(body) == []


def test_a_number_formula_is_kept_in_a_metaphors_frame():
    body = "“两个维护”是全党的“最高政治原则”，不是“口号”，而是“两个确立”的要求。"
    assert texts(body) == ["两个维护", "两个确立"]


def test_a_coinage_outside_a_rhetorical_frame_stays_a_slogan():
    body = "全县推行“街长制”，把“街长制”作为基层治理的抓手，群众叫它“贴心管家”。"
    assert "街长制" in texts(body)


def test_a_line_quoted_for_its_resolve_is_no_slogan():
    body = "我们要以“咬定青山不放松”的决心推进改革，以“马上就办”的精神抓审批。"
    assert texts(body) == ["马上就办"]


def test_notions_the_speech_rejects_are_no_slogans_nor_their_series():
    body = (
        "我们超越了“零和博弈”、“赢家通吃”等过时观念，反对搞各种“小团体”，"
        "批驳“读书无用”等错误论调；坚决破除“四风”。"
    )
    assert texts(body) == ["四风"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("不是“独角戏”", "对比修辞"),
        ("是发展的“压舱石”", "比喻"),
        ("把会议当“走过场”", "比喻"),
        ("以“破釜沉舟”的勇气", "引语表决心"),
        ("反对“唯GDP论”", "反对的观念"),
        ("“读书无用”论调甚嚣尘上", "反对的观念"),
        ("推行“街长制”", ""),
    ],
)
def test_rhetorical_frames_are_named(body, reason):
    start = body.index("“")
    assert rhetorical_frame(body, start, body.index("”") + 1) == reason


def test_a_manner_of_doing_is_no_slogan():
    assert ordinary_quotation("地毯式") == "方式状语"
    assert ordinary_quotation("晋江模式") == ""  # a model: 模式 is a noun
    assert texts("开展“拉网式”排查，推行“首问负责制”。") == ["首问负责制"]


def test_medals_and_titles_of_places_are_names_not_coinages():
    for text in (
        "八一勋章",
        "二等功奖章",
        "中国陶都",
        "中国茶叶名城",
        "县十佳村庄",
        "铁人之乡",
    ):
        assert ordinary_quotation(text) == "称号或奖项名", text


def test_a_rule_of_merit_is_no_title():
    assert ordinary_quotation("亩产论英雄") == ""


def test_events_are_names_not_coinages():
    for text in ("创新杯", "揭牌仪式", "农机博览会", "技能大赛", "职工运动会"):
        assert ordinary_quotation(text) == "活动或赛事名", text


def test_exhibitions_and_festivals_are_events_but_development_is_not():
    assert ordinary_quotation("航天画展") == "活动或赛事名"
    assert ordinary_quotation("丰收文化节") == "活动或赛事名"
    assert ordinary_quotation("绿色发展") == ""


def test_a_yearly_best_of_is_a_title():
    assert ordinary_quotation("最美护士") == "称号或奖项名"
    assert ordinary_quotation("2030最美村官") == "称号或奖项名"


def test_armed_groups_and_fronts_are_names():
    assert ordinary_quotation("北方联合军") == "组织名称"
    assert ordinary_quotation("救国阵线") == "组织名称"


def test_a_foreign_name_joined_by_a_dot_is_a_person_not_a_theme():
    assert ordinary_quotation("乔治·华盛顿") == "人名"
    assert ordinary_quotation("携手同行·共创未来") == ""
    assert ordinary_quotation("美好家园·幸福生活") == ""


def test_battles_and_alliances_are_names():
    assert ordinary_quotation("黄海海战") == "活动或赛事名"
    assert ordinary_quotation("三省文旅联盟") == "组织名称"


@pytest.mark.parametrize(
    ("quotation", "reason"),
    [
        ("引路者", "人的类别"),
        ("糊涂官", "人的类别"),
        ("马虎先生", "人的类别"),
        ("维也纳公约", "文件名称"),
        ("人权宣言", "文件名称"),
        ("开门红", "成绩统计"),
        ("半年红", "成绩统计"),
        ("百强", "排名"),
        ("20强", "排名"),
    ],
)
def test_kinds_of_people_documents_period_results_and_rankings(quotation, reason):
    # round slogans9: what city speeches and inaugurals quote that is no formulation
    assert ordinary_quotation(quotation) == reason


def test_a_classical_kind_of_person_is_kept():
    assert ordinary_quotation("国之大者") == ""


def test_a_line_held_up_for_its_spirit_is_no_slogan():
    # round slogans9: a line of five characters or more before 的信念, 的紧迫感 …
    assert texts("秉持“长风破浪会有时”的信念，增强“只争朝夕不等人”的紧迫感。") == []
    # a coinage before 的担当 is not a line
    assert "走在前列" in texts("拿出“走在前列”的担当。")


def test_a_quotation_made_plural_names_people():
    assert texts("靠我们的“老黄牛”们埋头苦干。") == []


@pytest.mark.parametrize("quotation", ["马马虎虎就行了", "再等等吧", "好像可以"])
def test_words_said_with_a_particle_or_a_hedge_are_no_coinage(quotation):
    assert ordinary_quotation(quotation) in {"口语", "副词开头的动词短语"}


def test_a_particle_inside_a_word_is_no_speech():
    assert ordinary_quotation("受不了") != "口语"


def test_a_notion_named_with_contempt_is_no_slogan():
    assert texts("他们鼓吹什么“天下大治论”，混淆视听。") == []
    # a number formula stays whatever its frame; "为什么" asks, it does not scorn
    assert "四个放开" in texts("鼓吹什么“四个放开”。")
    assert "拼经济" in texts("为什么“拼经济”要先拼环境？")


def test_what_an_opponent_said_has_happened_is_no_slogan():
    body = "有人断言我们的合作社“垮掉了”，说社员“日子太苦”，要“先看清了再干”。"
    listed = {slogan.text for slogan in find_slogans(body) if slogan.listed}
    assert not {"垮掉了", "日子太苦", "先看清了再干"} & listed


def test_every_quotation_of_a_series_opened_by_so_called_is_distanced():
    body = "他们鼓吹所谓“甲方优先”、“乙方让路”，我们坚持“三个不变”。"
    listed = {slogan.text for slogan in find_slogans(body) if slogan.listed}
    assert not {"甲方优先", "乙方让路"} & listed
    assert "三个不变" in listed
