"""Ends of speeches and trees of talks: kinds a first run over real whole speeches
missed (parser 2.12, realcheck28), one kind a test.

A talk's unnumbered subheads over numbered runs (and the first of them printed over
the opening words), "第二个，" among "第一，" and "第三，", a news app's advert and a
closing clause after the last sentence, a signature block of an organisation and its
officer, a poem recited at the end (not wrapped prose, not cut, signed by a name).
Every text here is written for its test; beside each kind, what must not change.
"""

from speeches.parsing import parse_text
from speeches.parsing.body_end import ends_in_verse, signed_speaker
from speeches.parsing.clean import clean_text
from speeches.parsing.page_markers import unwrap_hard_lines
from speeches.parsing.sections import split_sections

# --- a talk's unnumbered subheads -------------------------------------------------

TALK = [
    "某某：三年之后看开局",
    "来源：某某研究院",
    "（某某某，某某大学教授）",
    "开局之年看什么",
    "今天很高兴和大家交流，我讲三个方面：",
    "第一，从规划看当前的形势。",
    "第二，从预算看今年的安排。",
    "第三，从长期看需要把握的问题。",
    "很多朋友关心投资的方向，我们先从规划说起，因为规划是治理的核心。",
    "三年里的几个变化",
    "1． 目标清晰了",
    "规划第一次把目标写成了指标，大家要记住这些参数。",
    "一是人均收入要翻一番。这要求每年的增长保持在一定的区间。",
    "2． 科技放在了首位",
    "今年的重点是补短板，攻关键技术，不能一哄而上。",
    "面临的机遇与挑战",
    "1． 机遇",
    "政策的连续性还在，内生动力正在显现。",
    "2． 挑战",
    "外部环境的不确定性还在增加，这是最考验人的。",
    "3． 总结",
    "第一，要看清重点。",
    "第二个，要看准动作。",
    "第三，要看懂参数。",
    "我就讲这些，谢谢大家！",
]


def test_unnumbered_subheads_over_numbered_runs_are_parts():
    speech = parse_text("\n".join(TALK))
    tops = [(s.label, s.heading) for s in speech.sections]
    assert tops == [
        ("", "开局之年看什么"),
        ("", "三年里的几个变化"),
        ("", "面临的机遇与挑战"),
    ]
    assert [c.label for c in speech.sections[0].children] == ["第一", "第二", "第三"]
    assert [c.heading for c in speech.sections[1].children] == [
        "目标清晰了",
        "科技放在了首位",
    ]
    assert [c.label for c in speech.sections[2].children[2].children] == [
        "第一",
        "第二个",
        "第三",
    ]


def test_first_subhead_over_the_opening_words_starts_the_body():
    speech = parse_text("\n".join(TALK))
    assert speech.body.startswith("开局之年看什么\n今天很高兴")
    assert "来源" not in speech.body and "教授" not in speech.body


def test_one_short_line_over_a_list_is_no_subhead():
    # a lone line over a run is a sentence the writer left unpunctuated, not a part
    body = "\n".join(
        [
            "几点具体要求",
            "1． 压实责任",
            "各单位要把任务分解到人。",
            "2． 加强督查",
            "督查组每月通报一次。",
        ]
    )
    assert [s.label for s in split_sections(body)] == ["1", "2"]


def test_short_lines_far_from_any_list_are_no_subheads():
    body = "\n".join(
        [
            "春风又绿江南岸",
            "这是我们熟悉的诗句，今天读来别有一番滋味。",
            "大家辛苦了",
            "过去一年，我们做了很多工作，也有不少不足。",
            "我们接着说说今年的安排，请大家认真听。",
            "大家要把这些要求落到实处，不要流于形式。",
            "1． 压实责任",
            "各单位要把任务分解到人。",
            "2． 加强督查",
            "督查组每月通报一次。",
        ]
    )
    assert [s.heading for s in split_sections(body)] == ["压实责任", "加强督查"]


def test_title_over_the_opening_stays_the_title():
    # no subhead follows: the short line over the opening is the page's title
    lines = [
        "开局之年看什么",
        "今天很高兴和大家交流，我讲三个方面：",
        "第一，从规划看当前的形势。",
        "第二，从预算看今年的安排。",
        "谢谢大家！",
    ]
    speech = parse_text("\n".join(lines))
    assert speech.title == "开局之年看什么"
    assert speech.body.startswith("今天很高兴")


# --- after the last sentence --------------------------------------------------------


def test_news_app_advert_under_the_talk_is_chrome():
    lines = [
        "在某某论坛上的发言",
        "同志们：",
        "今天的论坛开得很好，大家谈了很多真知灼见，我受益匪浅，也很受启发。",
        "我就讲这些，谢谢大家！",
        "海量新闻、权威解读，尽在某某新闻APP",
        "责任编辑：某某",
    ]
    speech = parse_text("\n".join(lines))
    assert speech.body.endswith("我就讲这些，谢谢大家！")
    assert not speech.truncated


def test_app_named_inside_a_sentence_stays():
    lines = [
        "同志们：",
        "我们开发了一个政务APP，群众办事不用跑腿，大家要用好它，也要多提意见。",
        "下载政务APP的群众已经超过十万人，这说明群众需要它，我们要把它办得更好。",
    ]
    speech = parse_text("\n".join(lines))
    assert speech.body.endswith("我们要把它办得更好。")


def test_closing_clause_ends_the_speech_before_site_lines():
    text = clean_text(
        "\n".join(
            [
                "同志们：",
                "今年的任务很重，大家要拿出干劲来，把各项工作抓紧抓实抓出成效。",
                "我就讲这些，谢谢大家！",
                "相关阅读",
                "上一篇：某某会议召开",
            ]
        )
    )
    assert text.body.endswith("谢谢大家！")


# --- a signature block -----------------------------------------------------------


NEW_YEAR = [
    "2024 新 年 致 辞",
    "各位客户、各位同事：",
    "大家好！",
    "过去一年，公司在大家的支持下稳步发展，产品和服务都上了一个新台阶，我们心怀感激。",
    "新的一年，让我们携手同行，共同创造更加美好的未来！",
]


def test_signature_block_of_a_company_and_its_officer_is_not_body():
    lines = [*NEW_YEAR, "某某软件有限公司", "某某信息技术有限公司", "总经理：张某某"]
    speech = parse_text("\n".join(lines))
    assert speech.body.endswith("共同创造更加美好的未来！")
    assert "有限公司" not in speech.body
    assert speech.speaker == "总经理：张某某"
    assert not speech.truncated


def test_name_and_role_signed_with_a_photo_place():
    lines = [*NEW_YEAR, "張某某 校長 (中)"]
    speech = parse_text("\n".join(lines))
    assert speech.body.endswith("共同创造更加美好的未来！")
    assert speech.speaker == "張某某 校長"


def test_signed_speaker_reads_officers_not_organisations():
    assert signed_speaker("总经理：王某某") == "总经理：王某某"
    assert signed_speaker("李某 院长") == "李某 院长"
    assert signed_speaker("某某科技有限公司") is None
    assert signed_speaker("2024年1月1日") is None


def test_company_named_in_the_last_paragraph_stays():
    lines = [*NEW_YEAR[:-1], "感谢某某软件有限公司"]
    speech = parse_text("\n".join(lines))
    assert speech.body.endswith("感谢某某软件有限公司")


# --- a poem recited at the end -------------------------------------------------------

POEM = [
    "江南三月草长莺飞",
    "故人西去不再回归",
    "青山无语长留忠骨",
    "春风有情年年来归",
]


def _memorial(*tail):
    paragraph = (
        "今天我们在这里送别老人家，回顾她的一生，我们心里满是敬意，也满是怀念，"
        "她把一生献给了祖国和人民，我们要把她的精神传下去。"
    )
    return "\n".join(
        [
            "同志们，朋友们：",
            *([paragraph] * 12),
            "我用一首小诗，表达我们的怀念。",
            *POEM,
            *tail,
        ]
    )


def test_poem_lines_are_not_joined_as_wrapped_prose():
    prose = (
        "今年以来，全县上下认真落实各项决策部署，经济运行总体平稳，"
        "重点项目加快推进，民生保障持续改善，社会大局和谐稳定。"
    ) * 4
    lines = [prose[i : i + 16] for i in range(0, len(prose), 16)]
    assert len(unwrap_hard_lines(lines)) < len(lines)  # prose wrapped: joined
    verse = POEM * 3
    assert unwrap_hard_lines(verse) == verse  # verse: each line its own


def test_speech_ending_on_a_poem_is_whole_and_its_name_is_the_signature():
    speech = parse_text(_memorial("陈某某", "上一篇", "下一篇"))
    assert speech.body.endswith(POEM[-1])
    assert not speech.truncated
    assert speech.speaker == "陈某某"


def test_verse_ending_needs_verse_lines():
    assert ends_in_verse(POEM)
    assert not ends_in_verse(["我们要继续努力", *POEM[:2]])
    assert not ends_in_verse([*POEM[:3], "今天的会议就开到这里，散会。"])


# --- a department's report: its service desk, its parts numbered anew ---------------

REPORT = [
    "一年来，在公司的正确领导下，客服工作取得了一定的成绩，现将全年工作报告如下。",
    "一、加强基础管理，完善制度",
    "1、主要从队伍建设着手，提高全员素质，进一步提高客户满意度。",
    "我们组织了三次培训，全员通过了考核，服务规范明显改进。",
    "二、强化制度学习，提高执行力",
    "我们把制度汇编成册，人手一本，每月抽查一次，执行情况明显好转。",
    "三、创新服务内容",
    "1、积极配合分公司做好VIP客户工作",
    "我们为重点客户建立了档案，上门服务二十多次，客户评价很好。",
    "2、做好上门理赔工作",
    "理赔人员主动上门送赔款，群众反映很好，也带动了业务发展。",
    "工作有成绩也有不足，针对不足，对明年的工作做如下安排：",
    "一、抓好新人培训",
    "新入职人员要在三个月内通过上岗考核，老员工要做好传帮带。",
    "二、支持销售渠道",
    "客服部要配合各销售渠道的竞赛活动，做好后援保障。",
    "总之，明年我们要以队伍建设为根本，把客户服务工作做得更好。",
]


def test_service_desk_and_its_customers_are_not_a_site_offer():
    speech = parse_text("\n".join(REPORT))
    assert speech.body.startswith("一年来，在公司的正确领导下")
    assert "1、积极配合分公司做好VIP客户工作" in speech.body


def test_parts_numbered_anew_after_a_list_are_parts_again():
    sections = split_sections("\n".join(REPORT))
    assert [s.label for s in sections] == ["一", "二", "三", "一", "二"]
    assert [c.label for c in sections[2].children] == ["1", "2"]
    assert sections[3].children == ()


def test_lone_first_item_under_a_part_is_a_section():
    sections = split_sections("\n".join(REPORT))
    assert [c.heading for c in sections[0].children] == [
        "主要从队伍建设着手，提高全员素质，进一步提高客户满意度"
    ]


def test_lone_first_item_without_a_part_is_no_section():
    body = "\n".join(
        [
            "同志们：",
            "1、今年的任务很重，大家要早做准备，把各项工作抓紧抓实。",
            "我们要统一思想，把力量集中到发展上来。",
        ]
    )
    assert split_sections(body) == ()


def test_site_offers_still_go():
    lines = [
        "同志们：",
        "今年的任务很重，大家要早做准备，把各项工作抓紧抓实，确保完成全年目标。",
        "开通VIP会员，海量范文免费下载",
        "我们要统一思想，把力量集中到发展上来，以更好的作风迎接新的挑战。",
        "更多资料请联系客服",
    ]
    speech = parse_text("\n".join(lines))
    assert "VIP" not in speech.body and "客服" not in speech.body


# --- a news report wrapping the speech -----------------------------------------------

WRAPPED = [
    "某省举行座谈会 纪念某某同志诞辰100周年 某某某发表讲话",
    "新华社某地5月6日电（记者某某）省委今天在省会举行座谈会，纪念某某同志诞辰一百周年。",
    "某某某在座谈会上发表讲话，回顾了某某同志光辉的一生。",
    "出席座谈会的还有有关部门的负责同志和某某同志的亲属。",
    "在纪念某某同志诞辰一百周年座谈会上的讲话",
    "（二OO三年五月六日）王某某",
    "同志们：",
    "今天，我们在这里举行座谈会，纪念某某同志诞辰一百周年，缅怀他的光辉业绩。",
    "某某同志的革命风范将长存于世，我们要学习他的坚定信念和优良作风，把事业推向前进。",
    "（新华社某地5月6日电）",
    "（摘自《某某日报》2003年5月7日）",
]


def test_speech_printed_under_its_report_keeps_its_own_title():
    speech = parse_text("\n".join(WRAPPED))
    assert speech.title == "在纪念某某同志诞辰一百周年座谈会上的讲话"
    assert speech.body.startswith("同志们：")
    assert "出席座谈会" not in speech.body


def test_year_typed_with_letter_o_is_read_and_the_byline_after_it():
    speech = parse_text("\n".join(WRAPPED))
    assert speech.delivered == "2003-05-06"
    assert speech.speaker == "王某某"


def test_reprint_credit_names_the_paper_and_its_day():
    speech = parse_text("\n".join(WRAPPED))
    assert speech.source_site == "某某日报"
    assert speech.date.isoformat() == "2003-05-07"
    assert "摘自" not in speech.body


def test_report_alone_keeps_its_headline():
    # no speech printed under it: the report's headline is the title
    speech = parse_text("\n".join([*WRAPPED[:4], "（新华社某地5月6日电）"]))
    assert speech.title.startswith("某省举行座谈会")


def test_letter_o_in_a_word_is_no_zero():
    speech = parse_text(
        "\n".join(
            [
                "在某某论坛上的讲话",
                "（2003年5月6日）",
                "同志们：",
                "我们要把O2O模式用好，线上线下一起发力，让群众办事更方便，企业发展更顺利。",
            ]
        )
    )
    assert "O2O" in speech.body
    assert speech.delivered == "2003-05-06"


def test_name_and_office_in_brackets_under_a_title_is_the_byline():
    lines = [
        "某某：开局之年看什么",
        "（张某某，某某大学副校长）",
        "各位朋友：",
        "今天很高兴和大家交流，我想讲三点体会，供大家参考，不对的地方请批评指正。",
    ]
    speech = parse_text("\n".join(lines))
    assert speech.speaker == "张某某，某某大学副校长"
    assert "副校长" not in speech.body


def test_bracketed_note_that_is_no_name_is_no_byline():
    lines = [
        "在某某论坛上的讲话",
        "（根据录音整理，有删节）",
        "各位朋友：",
        "今天很高兴和大家交流，我想讲三点体会，供大家参考，不对的地方请批评指正。",
    ]
    assert parse_text("\n".join(lines)).speaker is None


# --- a report to a congress names its meeting ----------------------------------------


def _report(second: str) -> str:
    return "\n".join(
        [
            "同志们：",
            "现在，我代表第五届委员会向大会作报告。",
            second,
            "过去五年，我们团结带领全体会员，克服困难，完成了上届大会确定的各项任务。",
        ]
    )


def test_report_to_a_congress_takes_the_congress_named_after_it():
    speech = parse_text(
        _report(
            "某某协会第六次会员代表大会，是在行业转型的关键时刻召开的一次重要大会。"
        )
    )
    assert speech.occasion == "某某协会第六次会员代表大会"


def test_report_to_a_congress_not_named_is_to_the_congress():
    speech = parse_text(_report("这次大会的主题是：团结奋进，再创佳绩。"))
    assert speech.occasion == "大会"


def test_representing_a_body_without_reporting_names_no_meeting():
    text = "\n".join(
        [
            "同志们：",
            "我代表县委向大家表示感谢。",
            "过去五年，我们团结带领全县人民，克服困难，完成了各项任务，成绩来之不易。",
        ]
    )
    assert parse_text(text).occasion is None


def test_numbering_right_under_a_point_stays_inside_it():
    body = "\n".join(
        [
            "一、工业问题",
            "工业要稳步发展，这是全局的基础。",
            "二、农业问题",
            "第一，合作化问题。要稳步推进，不能操之过急。",
            "第二，增产措施，主要有以下几项：",
            "一、开垦荒地。能开的要开。",
            "二、兴修水利。小型为主。",
            "第三，领导问题。各级要加强领导。",
        ]
    )
    sections = split_sections(body)
    assert [s.label for s in sections] == ["一", "二"]
    points = sections[1].children
    assert [p.label for p in points] == ["第一", "第二", "第三"]
    assert [c.label for c in points[1].children] == ["一", "二"]


def test_lines_alone_under_a_numbered_part_are_no_talk_subheads():
    body = "\n".join(
        [
            "一、过去五年的工作",
            "五年来我们办成了很多大事。",
            "二、今后五年的目标和任务",
            "主要目标",
            "一是经济保持合理增长。",
            "二是民生持续改善。",
            "重点任务",
            "一是抓好科技创新。",
            "二是抓好乡村振兴。",
        ]
    )
    headings = [s.heading for s in split_sections(body)]
    assert headings == ["过去五年的工作", "今后五年的目标和任务"]


def test_numbered_part_with_a_space_is_no_unnumbered_subhead():
    lines = [
        "论某某问题",
        "（一九四〇年三月）",
        "一　政权的实质",
        "政权的原则，已经得到广大群众的拥护，尤其要为全体同志所奉行，这里讲几点：",
        "第一，组织形式上要照顾各方。",
        "第二，政策性质上要照顾各方。",
        "二　政权的工作",
        "政权的工作要依靠群众，这是我们的根本。下面讲两点：",
        "第一，要联系群众。",
        "第二，要依靠群众。",
    ]
    speech = parse_text("\n".join(lines))
    assert all(section.label != "" for section in speech.sections)


def test_narrow_wrapped_prose_is_joined_though_some_lines_hold_no_comma():
    prose = (
        "今年以来全县上下认真落实各项决策部署经济运行总体平稳，"
        "重点项目加快推进民生保障持续改善社会大局和谐稳定。"
    ) * 4
    lines = [prose[i : i + 13] for i in range(0, len(prose), 13)]
    assert len(unwrap_hard_lines(lines)) < len(lines)


def test_company_officer_signed_with_a_space():
    lines = [*NEW_YEAR, "某某集团总经理　李某某"]
    speech = parse_text("\n".join(lines))
    assert speech.body.endswith("共同创造更加美好的未来！")
    assert speech.speaker == "某某集团总经理 李某某"


def test_a_pictures_address_is_no_source_url():
    lines = [
        "headimg: 'https://img.example.cn/2021/0404/123456.png'",
        "在某某论坛上的讲话",
        "各位朋友：",
        "今天很高兴和大家交流，我想讲三点体会，供大家参考，不对的地方请批评指正。",
    ]
    assert parse_text("\n".join(lines)).source_url is None
    lines[0] = "原文链接：https://news.example.cn/2021/0404/123456.html"
    assert parse_text("\n".join(lines)).source_url == (
        "https://news.example.cn/2021/0404/123456.html"
    )


def test_title_right_over_the_opening_of_a_subheaded_talk_stays_the_title():
    # the page's title, then the talk: no byline between, so no first subhead there
    lines = ["某某研究院", "开局之年看什么", *TALK[4:9], *TALK[9:]]
    speech = parse_text("\n".join(lines))
    assert speech.title == "开局之年看什么"
    assert speech.body.startswith("今天很高兴")
