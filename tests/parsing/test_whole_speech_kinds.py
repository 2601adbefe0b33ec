"""Whole speeches as mirrors, blogs and portals print them: kinds first runs over real
whole speeches missed (parser 2.15; realcheck28, realcheck30 and round parser22's own
working set), one kind a test.

Every text here is written for its test; beside each kind, what must not change.
"""

from speeches.parsing import parse_text
from speeches.parsing.run_in import lead_heading, run_in_leads
from speeches.parsing.sections import split_sections

# --- a Markdown paragraph's bold first sentence is its run-in head -----------------

RUN_IN_PAGE = "\n".join(
    [
        "---",
        "title: 在全县教育工作会议上的讲话",
        "date: 2024-03-01 10:00:00",
        "---",
        "同志们：",
        "",
        "今天我们召开会议，总结去年的工作，部署今年的任务。",
        "",
        "**——要始终坚持立德树人的根本任务。**育人是学校的本分，各校要把德育摆在首位。",
        "",
        "**——要始终坚持教育公平**。每一个孩子都应当有上好学的机会，"
        "薄弱学校要补齐短板。",
        "",
        "**——要始终坚持改革创新。**改革是发展的动力，要敢于在评价制度上动真碰硬。",
        "",
        "同志们，让我们共同努力，办好人民满意的教育！",
    ]
)


def test_bold_first_sentences_of_paragraphs_are_run_in_heads():
    speech = parse_text(RUN_IN_PAGE)
    assert [(s.level, s.label, s.heading) for s in speech.sections] == [
        (1, "", "要始终坚持立德树人的根本任务"),
        (1, "", "要始终坚持教育公平"),
        (1, "", "要始终坚持改革创新"),
    ]
    assert [s.ordinal for s in speech.sections] == [1, 2, 3]
    assert speech.sections[1].text.startswith("每一个孩子都应当有上好学的机会")
    assert "**" not in speech.body
    assert "——要始终坚持教育公平。每一个孩子" in speech.body


def test_a_run_in_lead_is_a_whole_sentence_with_its_stop_inside_or_after_the_stars():
    text = "**要抓学习。**学习是第一位的。\n**要抓作风**。作风就是形象。\n"
    assert run_in_leads(text) == ("要抓学习。", "要抓作风。")
    assert lead_heading("——要抓学习。") == "要抓学习"


def test_one_bold_sentence_is_emphasis_not_a_head():
    text = RUN_IN_PAGE.replace("**——要始终坚持教育公平**。", "——要始终坚持教育公平。")
    text = text.replace("**——要始终坚持改革创新。**", "——要始终坚持改革创新。")
    assert run_in_leads(text) == ()
    assert parse_text(text).sections == ()


def test_bold_words_inside_a_sentence_and_bold_lines_alone_are_no_heads():
    text = "\n".join(
        [
            "# 在全县工作会议上的讲话",
            "**（2024年3月1日）**",
            "**某某某**",
            "同志们：",
            "我们要把**问题**摆到桌面上来，把**责任**落到人头上。",
            "**重要**的是抓落实，**关键**在于抓具体。",
        ]
    )
    assert run_in_leads(text) == ()


def test_run_in_heads_take_the_points_under_them():
    body = "\n".join(
        [
            "要抓学习。学习是第一位的，主要有两条：",
            "一是读原著。",
            "二是悟原理。",
            "要抓作风。作风就是形象。",
        ]
    )
    sections = split_sections(body, leads=("要抓学习。", "要抓作风。"))
    assert [(s.heading, [c.label for c in s.children]) for s in sections] == [
        ("要抓学习", ["一是", "二是"]),
        ("要抓作风", []),
    ]


def test_without_leads_the_same_body_has_no_run_in_heads():
    body = "要抓学习。学习是第一位的。\n要抓作风。作风就是形象。"
    assert split_sections(body) == ()


# --- a blog post quoting a speech under its own head --------------------------------

BLOG_POST = [
    "某某的随笔",
    "首页",
    "归档",
    "读一篇毕业致辞有感",
    "发表于",
    "2019-07-01",
    "有人说，理想是奢侈的，我却不这样想……",
    "前几天读到一篇很短的毕业致辞，反复读了几遍，很受触动。",
    "以下是原文，致辞全文不足五百字：",
    "致辞：李某某（教师代表）",
    "把脚下的路走宽",
    "各位毕业生要记住，路是人走出来的；走的人多了，窄路也会变宽。",
    "愿你们走出校门以后，不忘来时的路。",
    "视频：",
    "坚持原创分享，您的支持将鼓励我继续创作！",
    "赏",
    "上一篇：如何读一本书",
]


def test_a_blog_post_quoting_a_speech_keeps_the_speech_under_its_own_head():
    speech = parse_text("\n".join(BLOG_POST))
    assert speech.body.startswith("各位毕业生要记住，路是人走出来的")
    assert speech.body.endswith("不忘来时的路。")
    assert speech.title == "把脚下的路走宽"
    assert speech.speaker == "李某某（教师代表）"
    for words in ("有人说", "以下是原文", "致辞：", "视频：", "您的支持", "赏"):
        assert words not in speech.body


def test_a_report_quoting_a_speech_under_its_title_in_book_marks():
    text = "\n".join(
        [
            "某某公司创始人谈奋斗",
            "2017-02-24 来源：某某网",
            "某某公司内部社区今天公布了创始人的一次讲话，讲话回应了近期的传言。",
            "以下是讲话全文：",
            "《某某：我若退缩，何来让你们奋斗》",
            "非常高兴看到代表处的进步，你们从亏损走到了盈利，辛苦了。",
            "我鼓励你们奋斗，我自己会践行。",
        ]
    )
    speech = parse_text(text)
    assert speech.body.startswith("非常高兴看到代表处的进步")
    assert "以下是讲话全文" not in speech.body


def test_an_announced_speech_with_a_salutation_still_starts_at_it():
    text = "\n".join(
        [
            "某市长新年致辞",
            "以下是致辞全文：",
            "新年致辞",
            "（2024年1月1日）",
            "市民朋友们：",
            "大家新年好！过去一年，我们一起走过了不平凡的道路。",
        ]
    )
    assert parse_text(text).body.startswith("市民朋友们：")


def test_a_blogger_sentence_naming_the_original_is_no_announcement():
    text = "\n".join(
        [
            "读书笔记",
            "有人说，理想是奢侈的，我却不这样想，理想值得我们付出代价。",
            "以下是原文的几个要点，我稍作整理，供大家参考。",
            "第一，理想要落在行动上，空谈不如实干。",
        ]
    )
    assert parse_text(text).body.startswith("有人说，理想是奢侈的")


def test_a_photo_source_alone_on_its_line_is_a_credit_in_either_script():
    for credit in ("图源：新华社", "圖源:新華社", "图片来源：某某网"):
        speech = parse_text(
            "\n".join(
                [
                    "在全市工作会议上的讲话",
                    credit,
                    "同志们：",
                    "今天我们召开全市工作会议，研究部署今年的重点工作。",
                    credit,
                    "我们要把各项任务落到实处，确保全年目标顺利完成。",
                ]
            )
        )
        assert credit not in speech.body
        assert speech.title == "在全市工作会议上的讲话"
        assert speech.body.endswith("确保全年目标顺利完成。")


# --- a portal page saved from its server template ------------------------------------

PORTAL_PAGE = [
    '<%@ page pageEncoding="UTF-8"%>',
    '<%@ include file="/include/header.jsp" %>',
    "首页",
    "行业资讯",
    "某某行业协会副会长张某某致辞",
    "发布时间：2012-05-10",
    "2012年5月9日，某某博览会在某市开幕。图为某某行业协会副会长张某某。",
    "张某某：尊敬的王市长，各位来宾，大家上午好。首先我代表协会对博览会的召开"
    "表示热烈的祝贺。",
    "行业的发展离不开各方的支持，协会愿意和大家一道推动行业进步。",
    "最后，预祝博览会圆满成功。",
    '<%@ include file="/include/foot.jsp" %>',
]


def test_a_server_template_directive_is_no_text():
    speech = parse_text("\n".join(PORTAL_PAGE))
    assert "<%" not in speech.body
    assert speech.body.endswith("预祝博览会圆满成功。")
    assert not speech.truncated


def test_a_speakers_label_under_a_photo_caption_starts_the_speech():
    speech = parse_text("\n".join(PORTAL_PAGE))
    assert speech.body.startswith("尊敬的王市长，各位来宾，大家上午好。")
    assert "图为" not in speech.body


def test_a_caption_in_the_first_person_is_the_speech_itself():
    lines = [
        "某某行业协会会长致辞",
        "我们今天相聚在这里，我很高兴。图为我们协会的新会址。",
        "张某某：尊敬的王市长，各位来宾，大家上午好。",
    ]
    assert parse_text("\n".join(lines)).body.startswith("我们今天相聚在这里")


def test_a_headline_naming_the_speaker_before_the_genre_word_gives_the_speaker():
    cases = {
        "某某行业协会副会长张某某致辞": "某某行业协会副会长张某某",
        "国家某某委某某司王某某处长的讲话": "国家某某委某某司王某某处长",
    }
    for title, speaker in cases.items():
        page = "\n".join(
            [title, "同志们：", "今天我们召开会议，研究部署下一阶段的重点工作。"]
        )
        assert parse_text(page).speaker == speaker


def test_an_occasion_or_a_campaign_before_the_genre_word_names_no_speaker():
    for title in ("开学典礼校长致辞", "大学生竞选班长演讲稿", "新年致辞"):
        page = "\n".join(
            [title, "同学们：", "今天我们在这里相聚，迎来新的学年，我很高兴。"]
        )
        speaker = parse_text(page).speaker
        assert speaker is None or ("典礼" not in speaker and "竞选" not in speaker)


# --- a template's date without its 日; a mirror's record naming the site's domain ----


def test_a_template_date_that_lost_its_day_mark_before_the_next_field_dates_the_page():
    page = "\n".join(
        [
            "某某处长在招标代理机构工作会议上的讲话",
            "2011年09月26来源：",
            "各位代表，同志们：",
            "大家上午好。今天的会议主要是通报情况、部署工作。",
        ]
    )
    assert str(parse_text(page).date) == "2011-09-26"


def test_a_date_running_on_into_words_is_no_stamp():
    page = "\n".join(
        [
            "某某处长在招标代理机构工作会议上的讲话",
            "各位代表，同志们：",
            "2011年09月26日至28日，我们召开了会议，研究部署有关工作。",
        ]
    )
    assert str(parse_text(page).date) != "2011-09-26"


def test_a_mirrors_record_title_ending_on_the_sites_domain_names_the_site():
    page = "\n".join(
        [
            "---",
            "title: 某某大学->某某校长在2020年毕业典礼上的讲话 | news.example.info",
            "date: 2020-06-28 15:31:30",
            "---",
            "亲爱的同学们：",
            "今天我们在这里隆重集会，为你们送行。",
        ]
    )
    assert parse_text(page).source_site == "news.example.info"


def test_a_record_title_with_no_domain_after_its_bar_names_no_site_by_it():
    page = "\n".join(
        [
            "---",
            "title: 某某校长在2020年毕业典礼上的讲话 | 校园新闻",
            "---",
            "亲爱的同学们：",
            "今天我们在这里隆重集会，为你们送行。",
        ]
    )
    assert parse_text(page).source_site != "校园新闻"


# --- officials addressed by office before the hall; a note hiding part of the text ----


def test_officials_by_surname_or_placeholder_and_office_then_the_hall_are_a_salutation():
    for salutation in (
        "王部长、李书记，同志们：",
        "**部长、**书记,同志们:",
        "XX主任，同志们：",
    ):
        page = "\n".join(
            [
                "再见的时候不想说再见",
                "——在全市领导干部会议上的讲话",
                salutation,
                "刚才宣读了有关决定，我完全拥护、坚决服从。",
            ]
        )
        assert parse_text(page).body.startswith(salutation)


def test_a_sentences_list_of_offices_is_no_salutation():
    page = "\n".join(
        [
            "在全市领导干部会议上的讲话",
            "同志们：",
            "刚才宣读了有关决定，市委、市政府，各部门要抓好落实。",
        ]
    )
    assert parse_text(page).body.startswith("同志们：")


def test_a_note_hiding_part_of_the_text_goes_where_it_stands():
    page = "\n".join(
        [
            "在迎新春老干部座谈会上的讲话",
            "尊敬的各位老领导、老同志：",
            "在新春佳节即将来临之际，我们把大家请来，欢聚一堂。"
            "基础设施建设上，我们重点建设了2条线路 ……此处隐藏8420个字……"
            "同时，农业技术力量不断加强，管理水平跃上了新的台阶。",
        ]
    )
    speech = parse_text(page)
    assert "此处隐藏" not in speech.body
    assert speech.body.endswith("管理水平跃上了新的台阶。")


# --- who spoke and where, as notes, headlines and old wires print it ------------------


def test_an_editors_note_under_the_speech_names_the_speaker():
    page = "\n".join(
        [
            "在民间商会专家咨询会上的讲话",
            "今天我想讲三个问题。一是商会的自治问题，这是商会发展的前提。",
            "注：作者为某某基金会驻北京首席代表，本文是作者在咨询会上的发言摘要。",
        ]
    )
    speech = parse_text(page)
    assert speech.speaker == "某某基金会驻北京首席代表"
    assert "注：" not in speech.body


def test_a_chair_declaring_a_meeting_open_names_the_meeting():
    page = "\n".join(
        [
            "某某某宣布全省政协十二届一次会议开幕",
            "某某某：",
            "各位委员，各位朋友：全省政协十二届一次会议现在开幕。",
        ]
    )
    assert parse_text(page).occasion == "全省政协十二届一次会议"


def test_a_two_line_headline_gives_the_occasion_over_the_speaker():
    page = "\n".join(
        [
            "在某国总理举行的宴会上 某某某总理的讲话",
            "尊敬的总理阁下，朋友们：",
            "首先，请允许我代表中国同事，对总理阁下的邀请表示感谢。",
        ]
    )
    speech = parse_text(page)
    assert speech.occasion == "某国总理举行的宴会"
    assert speech.speaker == "某某某总理"


def test_an_old_wires_dateline_in_chinese_numerals_is_no_speech():
    page = "\n".join(
        [
            "某某总理的讲话",
            "新华社一九七八年三月十四日讯 某某总理在宴会上的讲话，全文如下："
            "尊敬的总理阁下，朋友们：",
            "首先，请允许我代表中国同事，对总理阁下的邀请表示感谢。",
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("尊敬的总理阁下")
    assert "新华社" not in speech.body
    assert speech.delivered == "1978-03-14"  # the wire's day, its year printed


# --- questions put to the hall one after another are no parts ---------------------


def test_a_talks_questions_to_the_hall_in_one_paragraph_are_no_parts():
    body = "\n".join(
        [
            "第一个问题，你想改变自己吗？想的请举手。第二个问题，你相信改变吗？",
            "原本我以为，我只能做一份普通的工作。",
        ]
    )
    assert split_sections(body) == ()


def test_topics_each_opening_a_paragraph_stay_parts():
    body = "\n".join(
        [
            "第一个问题：为什么要抓安全生产。",
            "安全是发展的前提。",
            "第二个问题：怎样抓好安全生产。",
            "关键在落实责任。",
        ]
    )
    assert [s.label for s in split_sections(body)] == ["第一个问题", "第二个问题"]


# --- a Markdown text's bold lines alone between paragraphs are its subheads ---------

BOLD_SUBHEAD_PAGE = [
    "**在全市科技创新大会上的讲话**",
    "",
    "**（2024年3月1日）**",
    "",
    "**某某某**",
    "",
    "**同志们：**",
    "",
    "今天我们召开全市科技创新大会，总结经验，部署任务。",
    "",
    "**坚持企业的主体地位**",
    "",
    "企业是创新的主力军，要让企业敢投入、能受益。",
    "",
    "1. 加大研发投入。各区要落实加计扣除政策。",
    "",
    "2. 建好创新平台。要布局一批重点实验室。",
    "",
    "**坚持人才的第一资源**",
    "",
    "人才是创新的根本，要用好用活各类人才。",
]


def test_bold_lines_alone_in_the_body_are_subheads_over_their_points():
    speech = parse_text("\n".join(["# 在全市科技创新大会上的讲话", *BOLD_SUBHEAD_PAGE]))
    assert [(s.label, s.heading, len(s.children)) for s in speech.sections] == [
        ("", "坚持企业的主体地位", 2),
        ("", "坚持人才的第一资源", 0),
    ]
    assert speech.body.startswith("同志们：")


def test_one_bold_line_alone_in_the_body_is_emphasis():
    lines = [line for line in BOLD_SUBHEAD_PAGE if "人才的第一资源" not in line]
    speech = parse_text("\n".join(["# 在全市科技创新大会上的讲话", *lines]))
    assert [s.heading for s in speech.sections] == ["加大研发投入", "建好创新平台"]


def test_bold_heads_over_the_speech_never_head_its_parts():
    body = "同志们：\n今天我们开会。\n坚持改革\n要改革。\n坚持开放\n要开放。"
    heads = ("在全市大会上的讲话", "（2024年3月1日）", "坚持改革", "坚持开放")
    sections = split_sections(body, subheads=heads)
    assert [s.heading for s in sections] == ["坚持改革", "坚持开放"]


# --- a 范文 site's own heading beside the headline it prints bare -------------------


def test_a_site_heading_with_the_pages_year_and_collection_tag_yields_to_the_headline():
    page = "\n".join(
        [
            "当前位置：首页 > 范文大全 > 致辞稿 >",
            "某某文化节开幕式致辞",
            "时间：2022-06-25 17:40:03 来源：网友投稿",
            "2022年某某文化节开幕式致辞(精选文档)",
            "某某文化节开幕式致辞",
            "尊敬的各位来宾，女士们、先生们：",
            "在这春满江南的美好季节里，文化节开幕了。",
        ]
    )
    assert parse_text(page).title == "某某文化节开幕式致辞"


def test_a_first_items_label_and_a_stray_quote_yield_to_the_headline():
    page = "\n".join(
        [
            "第七届运动会领导开幕词",
            "'第一篇、运动会领导开幕词",
            "第七届运动会领导开幕词",
            "老师们，同学们：",
            "在这初冬的季节，我们迎来了一年一度的体育盛会。",
        ]
    )
    assert parse_text(page).title == "第七届运动会领导开幕词"


def test_a_bundles_first_item_alone_keeps_its_heading():
    page = "\n".join(
        [
            "第一篇：在迎新春老干部座谈会上的讲话",
            "尊敬的各位老领导、老同志：",
            "在新春佳节即将来临之际，我们把大家请来，欢聚一堂。",
        ]
    )
    assert parse_text(page).title.endswith("在迎新春老干部座谈会上的讲话")


# --- an abridged speech announcing more problems than it prints ---------------------


def _problems_page(points):
    return "\n".join(
        [
            "在全县企业家座谈会上的讲话",
            "我觉得今天的会议非常及时。我看有三个方面需要抓好。",
            *points,
        ]
    )


def test_a_speech_announcing_three_problems_and_printing_one_is_cut():
    page = _problems_page(["一是商会的自治问题。商会要代表企业的利益，帮助企业发展。"])
    assert parse_text(page).truncated


def test_a_speech_printing_every_problem_it_announces_is_whole():
    page = _problems_page(
        [
            "一是商会的自治问题。商会要代表企业的利益。",
            "二是商会的法律地位问题。要有法可依。",
            "三是商会的能力问题。要提高服务水平。",
        ]
    )
    assert not parse_text(page).truncated


def test_problems_mentioned_in_passing_announce_no_parts():
    page = "\n".join(
        [
            "在全县企业家座谈会上的讲话",
            "商会工作还有三个问题没有解决，但总体是好的。",
            "一是商会的自治问题。商会要代表企业的利益，帮助企业发展。",
        ]
    )
    assert not parse_text(page).truncated


def test_a_page_ending_on_a_work_reports_opening_formula_is_cut():
    page = "\n".join(
        [
            "某某宣布全省政协十二届一次会议开幕",
            "各位委员，各位朋友：现在，我宣布会议开幕。",
            "请某某某同志代表常务委员会作工作报告。",
            "各位委员：我代表常务委员会，向大会报告过去五年的工作，请予审议。",
        ]
    )
    assert parse_text(page).truncated


def test_a_report_that_asks_for_review_at_its_end_is_whole():
    page = "\n".join(
        [
            "政府工作报告",
            "各位代表：",
            "现在，我代表市人民政府，向大会报告工作，请予审议。",
            "过去一年，我们攻坚克难，经济社会发展取得新成效。",
            "各位代表，让我们团结奋斗，为建设美好家园而努力！",
        ]
    )
    assert not parse_text(page).truncated


def test_a_ceremony_speech_names_the_event_it_opens():
    page = "\n".join(
        [
            "尊敬的领导、老师们，亲爱的同学们：",
            "在这阳光明媚的日子里，我们迎来了这届运动会的隆重开幕。",
            "祝运动会取得圆满成功！谢谢大家！",
        ]
    )
    assert parse_text(page).occasion == "运动会"


def test_this_meeting_convening_names_no_meeting():
    page = "\n".join(
        [
            "各位代表：",
            "这次大会的召开，对于我们做好今年的工作意义重大。",
            "让我们团结奋斗！",
        ]
    )
    assert parse_text(page).occasion != "大会"


# --- salutations a 范文 site sets with an item's label, or without 的 -----------------


def test_an_items_label_before_its_salutation_is_no_speech():
    page = "\n".join(
        [
            "五一劳动节表彰大会主持词",
            "【篇一】 同志们：",
            "在五一国际劳动节即将到来之际，我们在这里隆重召开大会。",
        ]
    )
    assert parse_text(page).body.startswith("同志们：")


def test_honoured_people_addressed_without_de_open_the_speech():
    page = "\n".join(
        [
            "校长年度述职报告",
            "尊敬县局领导、各位同事，大家下午好！",
            "根据局党组的安排，我现在就本学年度工作向各位做述职报告。",
        ]
    )
    assert parse_text(page).body.startswith("尊敬县局领导、各位同事")


def test_honouring_words_in_a_sentence_are_no_salutation():
    page = "\n".join(
        [
            "在教师节庆祝大会上的讲话",
            "同志们：",
            "尊敬师长、团结同学，是每个学生的本分。",
        ]
    )
    assert parse_text(page).body.startswith("同志们：")
