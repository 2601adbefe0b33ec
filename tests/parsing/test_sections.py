"""Sections: the heading tree, by depth, from paragraphs that open with an enumerator."""

from speeches.parsing.sections import numeral_value, split_sections


def outline(sections, depth=0):
    """Flatten a tree to (level, label, ordinal, heading) rows for easy comparison."""
    rows = []
    for section in sections:
        rows.append((section.level, section.label, section.ordinal, section.heading))
        rows.extend(outline(section.children, depth + 1))
    return rows


def test_numeral_values_are_read():
    assert [
        numeral_value(x) for x in ("三", "十", "十二", "二十七", "（4）", "12")
    ] == [
        3,
        10,
        12,
        27,
        4,
        12,
    ]


def test_parts_and_parenthesised_points_form_two_levels():
    body = (
        "同志们：\n今天讲两点。\n一、提高认识，把安全摆在首位\n"
        "（一）安全是发展的前提。没有安全，一切归零。\n（二）安全是民生的底线。要守住。\n"
        "二、压实责任，确保万无一失\n（一）压实属地责任。\n（二）压实部门责任。\n"
    )
    assert outline(split_sections(body)) == [
        (1, "一", 1, "提高认识，把安全摆在首位"),
        (2, "（一）", 1, "安全是发展的前提"),
        (2, "（二）", 2, "安全是民生的底线"),
        (1, "二", 2, "压实责任，确保万无一失"),
        (2, "（一）", 1, "压实属地责任"),
        (2, "（二）", 2, "压实部门责任"),
    ]


def test_section_text_excludes_heading_and_children_and_offsets_cover_children():
    body = "开场白。\n一、统一思想\n先说为什么。\n（一）看形势\n形势很好。\n（二）看差距\n差距不小。\n二、抓好落实\n落实是关键。"
    sections = split_sections(body)
    first = sections[0]
    assert first.text == "先说为什么。"
    assert first.children[0].text == "形势很好。"
    assert body[first.start : first.end].startswith("一、统一思想")
    assert body[first.start : first.end].rstrip().endswith("差距不小。")
    assert body[sections[1].start :].startswith("二、抓好落实")


def test_numbering_restarting_inside_a_part_is_nested():
    body = (
        "同志们：\n一、统一思想，认清形势\n为什么要抓？\n"
        "一、要认识到，这是上级的要求。展开说。\n二、要认识到，这是发展的需要。展开说。\n"
        "三、要认识到，这是群众的期盼。展开说。\n二、明确任务，推动落实\n提几点要求：\n"
        "一是要带头守纪。谁掉了链子就追谁的责。\n"
    )
    assert outline(split_sections(body)) == [
        (1, "一", 1, "统一思想，认清形势"),
        (2, "一", 1, "要认识到，这是上级的要求"),
        (2, "二", 2, "要认识到，这是发展的需要"),
        (2, "三", 3, "要认识到，这是群众的期盼"),
        (1, "二", 2, "明确任务，推动落实"),
        (2, "一是", 1, "要带头守纪"),
    ]


def test_list_restarting_far_from_its_heading_is_not_nested_in_it():
    body = (
        "一是抓生产。\n展开。\n二是抓安全。\n展开。\n段一。\n段二。\n段三。\n段四。\n"
        "一是抓学习。\n展开。\n二是抓作风。\n展开。\n"
    )
    assert [s.level for s in split_sections(body)] == [1, 1, 1, 1]


def test_inline_enumerations_inside_a_paragraph_are_not_sections():
    body = "同志们：\n一、抓好三件事\n一是修渠，二是清淤，三是补苗。\n要一要快，二要实。\n二、抓好安全\n"
    assert outline(split_sections(body)) == [
        (1, "一", 1, "抓好三件事"),
        (1, "二", 2, "抓好安全"),
    ]


def test_first_next_last_heading_their_own_paragraphs_are_sections():
    body = (
        "一、总结工作\n首先，我们要看到成绩，坚定信心。展开。\n"
        "其次，我们要正视问题，补齐短板。展开。\n最后，我们要明确方向，精准发力。展开。\n"
    )
    children = split_sections(body)[0].children
    assert [(c.label, c.heading) for c in children] == [
        ("首先", "我们要看到成绩，坚定信心"),
        ("其次", "我们要正视问题，补齐短板"),
        ("最后", "我们要明确方向，精准发力"),
    ]


def test_a_lone_first_is_a_sentence_not_a_heading():
    body = "同志们：\n首先，我代表县委向大家表示感谢！\n今年的任务很重。\n要打好最后一百米攻坚战。\n"
    assert split_sections(body) == ()


def test_words_containing_enumerators_are_not_headings():
    body = "同志们：\n最后一百米要走好。\n首先就看干部。\n第一书记要驻村。\n"
    assert split_sections(body) == ()


def test_first_point_in_the_last_paragraph_survives_a_paywall():
    body = "一、抓落实\n提几点要求：\n一是要带头守纪。谁掉了链子就追谁的责"
    assert outline(split_sections(body)) == [
        (1, "一", 1, "抓落实"),
        (2, "一是", 1, "要带头守纪"),
    ]


def test_heading_cut_off_by_a_paywall_is_still_a_section():
    body = "一、统一思想\n要统一。\n二、贯彻绿色发展理念，打好污染防治攻坚战"
    sections = split_sections(body)
    assert [s.heading for s in sections] == [
        "统一思想",
        "贯彻绿色发展理念，打好污染防治攻坚战",
    ]
    assert sections[1].text == ""


def test_arabic_points_nest_under_parenthesised_points():
    body = "一、抓项目\n（一）抓前期\n1. 压实包保责任。展开。\n2、严格考核问效。展开。\n（二）抓建设\n（1）保进度。\n（2）保质量。\n"
    assert outline(split_sections(body)) == [
        (1, "一", 1, "抓项目"),
        (2, "（一）", 1, "抓前期"),
        (3, "1", 1, "压实包保责任"),
        (3, "2", 2, "严格考核问效"),
        (2, "（二）", 2, "抓建设"),
        (3, "（1）", 1, "保进度"),
        (3, "（2）", 2, "保质量"),
    ]


def test_level_is_depth_not_enumerator_kind():
    body = "第一，要抓学习。展开。\n（一）读原著。\n（二）悟原理。\n第二，要抓落实。展开。\n"
    assert outline(split_sections(body)) == [
        (1, "第一", 1, "要抓学习"),
        (2, "（一）", 1, "读原著"),
        (2, "（二）", 2, "悟原理"),
        (1, "第二", 2, "要抓落实"),
    ]


def test_topic_ordinals_are_labelled_as_printed():
    body = (
        "第一个问题：为什么要抓安全生产\n展开。\n第二个问题：怎样抓好安全生产\n展开。\n"
    )
    assert [(s.label, s.heading) for s in split_sections(body)] == [
        ("第一个问题", "为什么要抓安全生产"),
        ("第二个问题", "怎样抓好安全生产"),
    ]


def test_a_list_must_start_at_one():
    body = "同志们：\n三是要抓好安全。展开。\n四是要抓好稳定。展开。\n"
    assert split_sections(body) == ()


def test_a_lone_part_heading_is_still_a_section():
    body = "同志们：\n一、抓好组织生活\n坚持学习制度。\n让党员有抓手。\n"
    assert [s.heading for s in split_sections(body)] == ["抓好组织生活"]


def test_numeral_range_opening_a_sentence_is_not_a_heading():
    body = (
        "同志们：\n一、看清形势\n一季度总体平稳。\n"
        "一、二月份，受假期影响，工业增速有所回落。\n"
        "一、二、三产业都要协调发展。\n二、抓好落实\n要真抓实干。"
    )
    assert outline(split_sections(body)) == [
        (1, "一", 1, "看清形势"),
        (1, "二", 2, "抓好落实"),
    ]


def test_lone_first_followed_by_parts_is_a_sentence_not_their_parent():
    body = (
        "各位代表：\n大会圆满完成了各项议程。\n"
        "首先，我代表主席团向各位代表表示感谢！\n"
        "一、坚持党的领导。人大工作要…\n二、依法履职尽责。要…\n三、发挥代表作用。要…"
    )
    assert outline(split_sections(body)) == [
        (1, "一", 1, "坚持党的领导"),
        (1, "二", 2, "依法履职尽责"),
        (1, "三", 3, "发挥代表作用"),
    ]


def test_ordinal_points_keep_the_parenthesised_points_under_them():
    body = (
        "一、发展经济\n要抓好以下几件事。\n第一，大办农业。\n农业是基础。\n"
        "（一）抓好粮食。要…\n（二）抓好林业。要…\n第二，发展工业。\n工业是主导。\n"
        "第三，搞活商业。\n商业是纽带。"
    )
    assert outline(split_sections(body)) == [
        (1, "一", 1, "发展经济"),
        (2, "第一", 1, "大办农业"),
        (3, "（一）", 1, "抓好粮食"),
        (3, "（二）", 2, "抓好林业"),
        (2, "第二", 2, "发展工业"),
        (2, "第三", 3, "搞活商业"),
    ]


def test_first_opens_a_list_that_second_and_third_continue():
    body = (
        "同志们：\n我讲三条。\n首先，一定要把安全放在首位。\n要…\n"
        "第二，一定要把责任压实。\n要…\n第三，一定要把作风转变。\n要…"
    )
    assert outline(split_sections(body)) == [
        (1, "首先", 1, "一定要把安全放在首位"),
        (1, "第二", 2, "一定要把责任压实"),
        (1, "第三", 3, "一定要把作风转变"),
    ]


def test_a_lone_first_far_above_a_list_does_not_join_it():
    filler = "要把工作做细做实。\n" * 5
    body = (
        "首先，我提议：\n为牺牲的同志默哀。\n" + filler + "首先，要抓好学习。\n要…\n"
        "其次，要抓好落实。\n要…\n最后，要抓好作风。\n要…"
    )
    assert outline(split_sections(body)) == [
        (1, "首先", 1, "要抓好学习"),
        (1, "其次", 2, "要抓好落实"),
        (1, "最后", 3, "要抓好作风"),
    ]


def test_closing_wish_after_the_points_is_not_a_point():
    body = (
        "第一，要加强合作。\n要…\n第二，要扩大开放。\n要…\n"
        "最后，我衷心祝愿本次论坛圆满成功！"
    )
    assert outline(split_sections(body)) == [
        (1, "第一", 1, "要加强合作"),
        (1, "第二", 2, "要扩大开放"),
    ]


def test_part_label_followed_by_spaces_gives_a_clean_heading():
    body = (
        "第一部分  关于过去一年的工作\n成绩很大。\n第二部分　关于今年的任务\n任务很重。"
    )
    assert outline(split_sections(body)) == [
        (1, "第一部分", 1, "关于过去一年的工作"),
        (1, "第二部分", 2, "关于今年的任务"),
    ]


def test_heading_that_opens_with_another_numeral_is_still_a_heading():
    body = "一、看清形势\n形势总体平稳。\n二、一批重大项目加快落地\n要…"
    assert [row[1] for row in outline(split_sections(body))] == ["一", "二"]


def test_unnumbered_closing_part_is_a_sibling_of_the_numbered_parts():
    body = (
        "同志们：\n一、为什么要抓作风\n作风连着民心。\n二、怎样抓好作风\n"
        "（一）从班子抓起。班子带头。\n（二）从小事抓起。小事不小。\n"
        "结束语\n同志们，作风建设只有进行时。"
    )
    sections = split_sections(body)
    assert outline(sections)[-1] == (1, "", 3, "结束语")
    assert sections[-1].text == "同志们，作风建设只有进行时。"
    assert "进行时" not in sections[1].children[-1].text


def test_closing_heading_without_numbered_parts_is_no_section():
    body = "同志们：\n今天讲一点体会。\n结语\n大家共勉。"
    assert split_sections(body) == ()


def test_single_point_opening_its_own_paragraph_is_a_section():
    body = (
        "同志们：\n第一个问题：为什么要学\n学是前提。\n"
        "第二个问题：怎样学得更好\n一是要读原著。原著是源头活水。\n"
        "同时，要在工作中学。\n此外，要向群众学。\n"
    )
    assert outline(split_sections(body))[-1] == (2, "一是", 1, "要读原著")


def test_ceremonial_first_and_a_later_last_are_no_list():
    body = (
        "同志们：\n现在开会。\n首先，我代表镇党委，向受表彰的同志表示祝贺！\n"
        "现在进行第一项，宣读表彰决定。\n现在进行第二项，颁奖。\n"
        "最后，希望大家再接再厉，为全镇发展多作贡献！\n散会！"
    )
    assert split_sections(body) == ()


def test_list_whose_first_point_ends_the_paragraph_before_starts_there():
    body = (
        "同志们：\n一、今年的主要任务\n做好今年工作，要把握三条原则：一是稳字当头。"
        "稳是大局。\n二是进中求好。进是方向。\n三是守住底线。底线不能破。\n"
        "二、保障措施\n各部门要抓好落实。"
    )
    assert outline(split_sections(body))[:4] == [
        (1, "一", 1, "今年的主要任务"),
        (2, "一是", 1, "稳字当头"),
        (2, "二是", 2, "进中求好"),
        (2, "三是", 3, "守住底线"),
    ]
    first_point = split_sections(body)[0].children[0]
    assert body[first_point.start :].startswith("一是稳字当头")


def test_points_inside_a_paragraph_between_paragraph_points_are_sections():
    body = (
        "同志们：\n一、抓好节能减排\n主要抓五件事。\n一是抓工业节能。工业是大头。\n"
        "二是抓建筑节能。新建建筑全部达标。\n"
        "三是抓交通节能。推广新能源公交。四是抓公共机构节能。机关带头。\n"
        "五是抓全民行动。人人参与。\n"
    )
    labels = [row[1] for row in outline(split_sections(body))]
    assert labels == ["一", "一是", "二是", "三是", "四是", "五是"]


def test_list_inside_one_paragraph_stays_inline_even_after_a_part():
    body = (
        "同志们：\n一、明确任务\n重点抓好三件事：一是抓项目。二是抓招商。三是抓服务。\n"
        "各单位要细化方案。\n"
    )
    assert [row[1] for row in outline(split_sections(body))] == ["一"]


def test_inline_first_point_before_any_part_is_not_an_outline():
    body = (
        "同志们：\n过去一年成绩显著：一是经济稳中有进。增长较快。\n"
        "二是民生持续改善。收入增加。\n第一，要坚定信心。信心比黄金重要。\n"
        "第二，要真抓实干。实干才能出实绩。\n"
    )
    assert [row[1] for row in outline(split_sections(body))] == ["第一", "第二"]


def test_next_list_of_points_after_the_last_point_of_another_is_its_sibling():
    body = (
        "同志们：\n一、办好民生实事\n促进就业。\n一是稳岗位。企业不裁员。\n"
        "二是扩渠道。多开公益岗。\n发展教育。\n一是建学校。新建三所。\n"
        "二是强师资。招聘教师。\n"
    )
    assert outline(split_sections(body)) == [
        (1, "一", 1, "办好民生实事"),
        (2, "一是", 1, "稳岗位"),
        (2, "二是", 2, "扩渠道"),
        (2, "一是", 3, "建学校"),
        (2, "二是", 4, "强师资"),
    ]


def test_paragraphs_of_yao_points_after_the_last_shi_point_are_the_next_list():
    body = (
        "同志们：\n一、抓好落实\n一是压实责任。责任到人。\n二是加强督查。督查到位。\n"
        "一要定期通报。每月一次。\n二要严肃问责。失责必问。\n"
    )
    assert outline(split_sections(body))[-2:] == [
        (2, "一要", 3, "定期通报"),
        (2, "二要", 4, "严肃问责"),
    ]


def test_host_agenda_steps_calling_speakers_are_not_sections():
    body = (
        "同志们：\n现在开会。今天的会议共有三项议程。\n"
        "首先，请副县长韩某某同志通报去年全县安全生产工作情况。\n（韩某某同志讲话）\n"
        "下面，请各乡镇签订目标责任书。\n（签订责任书）\n"
        "最后，请县长周某某同志作重要讲话，大家欢迎。\n（周某某同志讲话）\n"
        "同志们，为贯彻落实好这次会议精神，我再强调两点意见。\n"
        "第一，迅速传达学习，把思想统一起来。\n会后一周内要召开专题会议。\n"
        "第二，压实责任链条，把隐患整改抓实。\n要建立问题清单，实行闭环管理。\n"
        "现在散会。"
    )
    assert outline(split_sections(body)) == [
        (1, "第一", 1, "迅速传达学习，把思想统一起来"),
        (1, "第二", 2, "压实责任链条，把隐患整改抓实"),
    ]


def test_first_and_last_points_that_do_not_call_a_speaker_are_still_sections():
    body = (
        "同志们：\n我讲两点。\n首先，要提高认识。\n安全生产是底线。\n"
        "最后，要压实责任。\n请各单位认真落实。"
    )
    assert [row[1] for row in outline(split_sections(body))] == ["首先", "最后"]


def test_a_label_alone_on_its_line_heads_the_words_on_the_next():
    body = (
        "同志们：\n我讲两点意见。\n第一、\n坚持人民至上。这是根本立场，要始终牢记。\n"
        "第二、\n坚持改革创新。这是动力所在，要持续用力。\n"
    )
    sections = split_sections(body)
    assert [(s.label, s.heading) for s in sections] == [
        ("第一", "坚持人民至上"),
        ("第二", "坚持改革创新"),
    ]
    assert sections[0].text.startswith("这是根本立场")


def test_a_list_a_colon_announces_is_read_also_before_any_part():
    body = (
        "各位来宾：\n对此，我们的主张是：第一，坚持开放合作。各方要相向而行。\n"
        "第二，坚持互利共赢。要让成果惠及各方。\n"
        "第三，坚持多边主义。要维护共同规则。\n"
    )
    assert [s.label for s in split_sections(body)] == ["第一", "第二", "第三"]


def test_unnumbered_about_headings_of_a_report_are_its_parts():
    body = (
        "同志们：\n现在我就三个问题作说明。\n关于过去五年的工作\n五年来，各项事业取得进展。\n"
        "关于今后的任务\n今后五年，要抓好三件事。\n关于党的建设\n要坚持从严治党。\n"
    )
    sections = split_sections(body)
    assert [(s.level, s.label, s.heading) for s in sections] == [
        (1, "", "关于过去五年的工作"),
        (1, "", "关于今后的任务"),
        (1, "", "关于党的建设"),
    ]


def test_a_single_about_line_is_not_a_heading():
    body = "同志们：\n关于这件事\n大家要认真对待，抓好落实。\n"
    assert split_sections(body) == ()
