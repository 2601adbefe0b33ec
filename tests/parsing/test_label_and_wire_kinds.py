"""Kinds the first run of parser 2.6 on unseen pages missed (2.7): a collection's
marks and a genre label around a title, a dingbat's number before it or before a
heading, a site's column name taken as the title, a wire's lead over a foreign
leader's speech, English government releases, host scripts with bracketed labels.

Every page here is written for its test; none is a page of any set.
"""

import pytest

from speeches.parsing import parse_text
from speeches.parsing.title_decorations import strip_decorations
from speeches.parsing.title_score import title_score

SALUTATION = "同志们："
OPENING = "今天召开全镇秋季防火工作会议，主要任务是总结上半年工作，部署下一阶段任务。"
POINT = "各村要把巡山护林责任落实到人，做到山有人管、林有人护、火有人防。"
TITLE = "镇长在秋季防火工作会议上的讲话"


def _page(*lines: str) -> str:
    return "\n".join(lines)


# --- a collection's marks and a genre label around the title ----------------------


@pytest.mark.parametrize(
    "printed",
    [
        TITLE + "【篇1】",
        TITLE + "[第2篇]",
        TITLE + "（五篇材料）",
        TITLE + "(通用8篇)",
        TITLE + "（精选3篇）",
        TITLE + "范文3篇",
        "演讲稿：" + TITLE,
        "讲话稿:" + TITLE,
        "领导讲话：" + TITLE,
        "❶" + TITLE,
        "⑴ " + TITLE,
    ],
)
def test_collection_marks_labels_and_dingbats_are_cut_from_the_title(printed):
    assert strip_decorations(printed) == TITLE
    speech = parse_text(_page(printed, SALUTATION, OPENING + POINT))
    assert speech.title == TITLE
    assert speech.body.startswith(SALUTATION)


def test_a_material_label_before_a_colon_leaves_the_speechs_own_title():
    assert strip_decorations("发言材料：在秋季防火工作会议上的发言") == (
        "在秋季防火工作会议上的发言"
    )


@pytest.mark.parametrize(
    "title",
    [
        "专题党课：初心如磐，使命在肩",  # a theme after the genre, not a label
        "党课讲稿：守初心担使命",  # the column is more than a bare label
        "讲话：提纲",  # too short to be a title of its own after the label
        "在全市第三篇章启动仪式上的致辞",  # 篇 inside the title's words
        "毛泽东同志的老三篇",
    ],
)
def test_titles_that_only_look_labelled_or_counted_are_kept(title):
    assert strip_decorations(title) == title


# --- a site's column name is no title ------------------------------------------------


@pytest.mark.parametrize("column", ["领导讲话", "范文大全", "讲话致辞", "会议发言材料"])
def test_a_column_name_alone_is_no_title(column):
    assert title_score(column) == 0
    speech = parse_text(_page(column, SALUTATION, OPENING + POINT))
    assert speech.title != column


@pytest.mark.parametrize(
    "title", ["政府工作报告", "2024年政府工作报告", "全镇防火会议讲话"]
)
def test_generic_titles_are_not_column_names(title):
    assert title_score(title) > 0


def test_the_title_under_a_column_name_is_the_speechs():
    speech = parse_text(_page("领导讲话", "范文大全", TITLE, SALUTATION, OPENING))
    assert speech.title == TITLE


# --- dingbat numbers as heading labels ------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"), [("❶", "❷"), ("①", "②"), ("⑴", "⑵"), ("⒈", "⒉"), ("➀", "➁")]
)
def test_dingbat_numbers_open_sections(first, second):
    body = [
        SALUTATION,
        OPENING,
        first + "提高认识，压实责任。" + POINT,
        second + "突出重点，消除隐患。" + POINT,
    ]
    speech = parse_text(_page(TITLE, *body))
    assert [(s.label, s.ordinal, s.heading) for s in speech.sections] == [
        (first, 1, "提高认识，压实责任"),
        (second, 2, "突出重点，消除隐患"),
    ]


def test_circled_points_nest_under_filled_circle_parts():
    body = [
        SALUTATION,
        OPENING,
        "❶提高认识，压实责任。",
        "①镇村两级要层层签订责任书。" + POINT,
        "②护林员要每日巡山。" + POINT,
        "❷突出重点，消除隐患。" + POINT,
    ]
    speech = parse_text(_page(TITLE, *body))
    assert [s.label for s in speech.sections] == ["❶", "❷"]
    assert [c.label for c in speech.sections[0].children] == ["①", "②"]


def test_a_single_circled_paragraph_is_no_section():
    body = [SALUTATION, OPENING, "①全镇共有林地十二万亩，" + POINT, POINT]
    assert parse_text(_page(TITLE, *body)).sections == ()


# --- a wire's lead over a foreign leader's speech ----------------------------------

SPEECH = "今天我们在这里隆重集会，纪念这一伟大的日子。八十年前，先辈们以巨大的牺牲赢得了胜利。"


def test_a_wire_lead_gives_title_and_day_where_no_headline_is_printed():
    page = _page(
        "2024-05-10 08:12 来源：某某网",
        "新华社某地5月9日电 某国总统某某9日在红场举行的阅兵式上发表讲话，讲话全文如下：",
        "亲爱的同胞们：",
        SPEECH,
    )
    speech = parse_text(page)
    assert speech.title == "某国总统某某在红场举行的阅兵式上的讲话"
    assert speech.delivered == "2024-05-09"
    assert speech.body.startswith("亲爱的同胞们：")


def test_a_report_quoting_the_wire_is_no_title():
    lead = "据新华社报道 某国总统某某当地时间20日在某国议会发表电视讲话。"
    assert title_score(lead) == 0
    page = _page(
        "2023-09-21 来源：某某网", lead, "以下为讲话全文：", "主席先生：", SPEECH
    )
    speech = parse_text(page)
    assert speech.title == "某国总统某某在某国议会的电视讲话"
    assert speech.delivered == "2023-09-20"


def test_the_headline_over_a_wire_lead_stays_the_title():
    page = _page(
        "某国总统在胜利日阅兵式上的讲话（全文）",
        "2024-05-10 08:12 来源：某某网",
        "新华社某地5月9日电 某国总统某某9日在红场举行的阅兵式上发表讲话。讲话全文如下：",
        "亲爱的同胞们：",
        SPEECH,
    )
    speech = parse_text(page)
    assert speech.title == "某国总统在胜利日阅兵式上的讲话"
    assert speech.delivered == "2024-05-09"


# --- English government releases ----------------------------------------------------

ENGLISH_OPENING = (
    "It is a great pleasure to join you today to celebrate the achievements of more "
    "than 500 graduates of the institute."
)


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "Speech by SED at graduation ceremony (English only) (with photos)",
            "Speech by SED at graduation ceremony",
        ),
        (
            "Transcript of Prime Minister's National Day Rally Speech 2023",
            "Transcript of Prime Minister's National Day Rally Speech 2023",
        ),
        (
            "Minister Tan's speech at the opening of the Trade Fair",
            "Minister Tan's speech at the opening of the Trade Fair",
        ),
    ],
)
def test_an_english_release_is_titled_by_its_headline(headline, title):
    page = _page(
        "Press Release",
        headline,
        "Principal Wong, distinguished guests, ladies and gentlemen,",
        "Good morning. " + ENGLISH_OPENING,
        "Ends/Wednesday, July 3, 2024",
        "Issued at HKT 12:30",
    )
    speech = parse_text(page)
    assert speech.title == title
    assert "Ends/" not in speech.body and "Issued at" not in speech.body


def test_an_english_salutation_starts_an_english_speech():
    page = _page(
        "Ministry of Trade",
        "Speech by Senior Minister of State Dr Tan at the Opening of the Trade Fair",
        "Ladies and gentlemen,",
        ENGLISH_OPENING,
    )
    speech = parse_text(page)
    assert speech.body.startswith("Ladies and gentlemen,")
    assert "Ministry of Trade" not in speech.body


def test_a_speech_in_chinese_under_an_english_headline_keeps_its_salutation():
    page = _page(
        "Speech (in Chinese) by Secretary for Home Affairs at youth forum",
        "各位嘉宾、各位朋友：",
        "大家好！今天很高兴出席青年论坛，与各位青年朋友交流。",
    )
    speech = parse_text(page)
    assert speech.title.startswith("Speech (in Chinese) by Secretary")
    assert speech.body.startswith("各位嘉宾、各位朋友：")


# --- host scripts -------------------------------------------------------------------

WELCOME = "辞旧迎新，我们又迎来了一个新的年头。在这美好的时刻，我们欢聚一堂，共同庆祝新年的到来。"


@pytest.mark.parametrize(
    "labels",
    [
        ("（女）：", "（男）：", "（合）："),
        ("甲：", "乙：", "合："),
        ("女主持：", "男主持：", "合："),
        ("A：", "B：", "AB："),
        ("主持人甲：", "主持人乙：", "齐："),
    ],
)
def test_a_host_script_starts_at_its_first_turn_under_its_title(labels):
    first, second, both = labels
    page = _page(
        "首页 > 主持词",
        "2024年元旦联欢晚会主持稿",
        first + "尊敬的各位领导、亲爱的老师们，",
        second + "亲爱的同学们，",
        both + "大家晚上好！",
        first + WELCOME,
    )
    speech = parse_text(page)
    assert speech.title == "2024年元旦联欢晚会主持稿"
    assert speech.body.startswith(first + "尊敬的各位领导")


def test_a_presenters_label_alone_over_her_words_belongs_to_the_script():
    page = _page(
        "2024年元旦联欢晚会主持词",
        "(女)",
        "尊敬的各位领导、亲爱的老师们，",
        "(男)",
        "亲爱的同学们，",
        "(女)",
        WELCOME,
    )
    speech = parse_text(page)
    assert speech.title == "2024年元旦联欢晚会主持词"
    assert speech.body.startswith("(女)\n尊敬的各位领导")


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("开学典礼校长发言稿写法怎么样?", "开学典礼校长发言稿"),
        ("开学典礼讲话稿怎么写好", "开学典礼讲话稿"),
        ("开学典礼演讲稿集合五篇", "开学典礼演讲稿"),
        ("开学典礼致辞通用范文5篇", "开学典礼致辞"),
        ("开学典礼致辞（锦集5篇）", "开学典礼致辞"),
        ("有关开学典礼致辞范文（通用10篇）", "开学典礼致辞"),
        ("关于开学典礼致辞的范文6篇", "开学典礼致辞"),
    ],
)
def test_a_search_pages_question_about_and_count_are_cut(printed, title):
    assert strip_decorations(printed) == title


def test_about_with_its_own_grammar_stays():
    assert strip_decorations("关于做好防汛工作的讲话") == "关于做好防汛工作的讲话"


# --- no headline: the occasion, or the title the speech names ---------------------


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        (
            "今天，我们召开全县秋季防火工作会议，主要任务是部署工作。",
            "在全县秋季防火工作会议上的讲话",
        ),
        ("今天，我们召开一个企业家座谈会，听听大家的意见。", "在企业家座谈会上的讲话"),
        (
            "今天我们在这里隆重举行新校区落成典礼，各方嘉宾齐聚。",
            "在新校区落成典礼上的致辞",
        ),
        ("今天我演讲的题目是《青春在路上》。回望百年，我们感慨万千。", "青春在路上"),
    ],
)
def test_a_speech_without_a_headline_is_titled_by_its_occasion(opening, title):
    speech = parse_text(_page("同志们：", opening + POINT))
    assert speech.title == title


@pytest.mark.parametrize(
    "opening",
    [
        "今天天气很好，我们的会议开得很成功。",  # no meeting held "today"
        "会议召开以来，各村迅速行动，效果明显。",  # a meeting reported, not convened
    ],
)
def test_an_opening_that_convenes_nothing_gives_no_title(opening):
    assert parse_text(_page("同志们：", opening + POINT)).title == ""


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("大家好！很高兴出席今天的秋季防火工作会议。", "在秋季防火工作会议上的讲话"),
        (
            "尊敬的各位来宾：很高兴出席今天的全球减贫伙伴论坛。",
            "在全球减贫伙伴论坛上的致辞",
        ),
        ("尊敬的秘书长先生：很高兴出席今天的某某峰会。", "在某某峰会上的讲话"),
    ],
)
def test_a_guests_opening_names_the_event_attended(opening, title):
    assert parse_text(opening + POINT).title == title


# --- more head lines of the same kinds ------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "1." + TITLE,  # a list's number with its stop
        "演讲稿 | " + TITLE,  # a genre label a rule apart
        "【讲话稿】" + TITLE,  # a genre label in lenticular brackets
        "题：" + TITLE,  # a wire copy's headline label
    ],
)
def test_numbers_and_labels_before_a_title_are_not_the_title(head):
    speech = parse_text(
        _page("新华社某地10月11日电", head, SALUTATION, OPENING + POINT)
    )
    assert speech.title == TITLE


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("3 July 2024", "2024-07-03"),
        ("Ends/Wednesday, July 3, 2024", "2024-07-03"),
        ("Published: 2 September 2024", "2024-09-02"),
    ],
)
def test_an_english_pages_date_line_is_its_date(line, date):
    head, tail = ([], [line]) if line.startswith("Ends/") else ([line], [])
    page = _page(
        "Speech by the Minister at the Forum",
        *head,
        "Ladies and gentlemen,",
        ENGLISH_OPENING,
        *tail,
    )
    assert str(parse_text(page).date) == date


def test_an_english_date_inside_a_sentence_is_no_date():
    page = _page(
        "Speech by the Minister at the Forum",
        "Ladies and gentlemen,",
        "On 3 July 2024 we opened the new campus. " + ENGLISH_OPENING,
    )
    assert parse_text(page).date is None


def test_a_wire_lead_over_the_speech_it_prints_is_not_the_speech():
    page = _page(
        "某国总统在胜利日阅兵式上的讲话",
        "2024年05月10日 08:12 来源：某某网",
        "新华社某地5月9日电 某国总统某某9日在红场举行的阅兵式上发表讲话，强调和平来之不易。",
        SPEECH,
    )
    speech = parse_text(page)
    assert speech.body.startswith(SPEECH[:10])
    assert speech.delivered == "2024-05-09"


def test_a_news_story_reporting_a_speech_keeps_its_lead():
    page = _page(
        "某国总统在胜利日阅兵式上发表讲话",
        "新华社某地5月9日电 某国总统某某9日在红场举行的阅兵式上发表讲话。",
        "某某说，我们永远不会忘记先辈们的牺牲。" + SPEECH,
    )
    assert parse_text(page).body.startswith("某国总统某某9日在红场")


def test_a_wire_lead_announcing_a_summary_is_not_the_speech():
    page = _page(
        "某国总统在胜利日阅兵式上的讲话",
        "某某网 2024-05-10",
        "新华社某地5月9日电 某国总统某某9日在红场举行的阅兵式上发表讲话。讲话摘要如下：",
        SPEECH,
    )
    speech = parse_text(page)
    assert speech.title == "某国总统在胜利日阅兵式上的讲话"
    assert speech.body.startswith(SPEECH[:10])


def test_a_programmes_name_and_day_stays_a_title():
    assert title_score("新闻联播 2012年07月26日") > 0
    assert title_score("某某网 2024-05-10") == 0


# --- text marks of databases and document shares ---------------------------------


def test_a_journal_databases_text_mark_is_not_the_speech():
    page = _page(
        "在全市调水工程动员大会上的讲话",
        "论文部分内容阅读",
        "【正】同志们：从今天开始，全市的调水工程就要进入全面实施阶段。" + POINT,
    )
    assert parse_text(page).body.startswith("同志们：从今天开始")


def test_an_english_greeting_before_the_chinese_salutation_is_said():
    page = _page(
        "Speech (in Chinese) by Secretary for Home Affairs at youth forum",
        "Distinguished guests, ladies and gentlemen,",
        "各位嘉宾、女士们、先生们：",
        "大家好！今天很高兴出席青年论坛，与各位青年朋友交流。",
    )
    assert parse_text(page).body.startswith("Distinguished guests, ladies")


def test_an_english_release_dates_the_speech_by_its_today():
    page = _page(
        "Speech by SED at graduation ceremony (English only)",
        "Following is the speech by the Secretary for Education at the graduation "
        "ceremony today (July 3):",
        "Ladies and gentlemen,",
        "Good morning. " + ENGLISH_OPENING,
        "Ends/Wednesday, July 3, 2024",
    )
    speech = parse_text(page)
    assert str(speech.date) == "2024-07-03"
    assert speech.delivered == "2024-07-03"
    assert speech.body.startswith("Ladies and gentlemen,")


@pytest.mark.parametrize(
    "printed",
    [
        TITLE + "_文档之家",
        TITLE + " - 原创力文档",
        TITLE + "-道客巴巴",
        TITLE + "〔精选〕",
        TITLE + "〖精选5篇〗",
        "《" + TITLE + "》范文",
    ],
)
def test_document_sites_names_and_other_brackets_are_cut(printed):
    assert strip_decorations(printed) == TITLE


@pytest.mark.parametrize("title", ["专题党课讲稿-守初心", "政府工作报告-2024年"])
def test_a_theme_or_year_after_a_dash_is_no_sites_name(title):
    assert strip_decorations(title) == title


@pytest.mark.parametrize("line", ["谢谢大家！", "谢谢！", "感谢各位"])
def test_closing_thanks_are_no_title(line):
    assert title_score(line) == 0


@pytest.mark.parametrize(
    "line",
    [
        "很高兴出席今天的全县秋季防火工作会议，借此机会讲几点意见",
        "今天召开全县秋季防火工作会议，主要任务是总结上半年工作",
        "在全县秋季防火工作会议上，县长强调要压实责任",
    ],
)
def test_a_sentence_cut_off_by_the_site_is_no_title(line):
    assert title_score(line) == 0
    speech = parse_text(_page(line, SALUTATION, POINT))
    assert speech.title != line


@pytest.mark.parametrize(
    "title", ["在全县秋季防火工作会议上的讲话", "今年冬春水利建设动员会讲话"]
)
def test_titles_naming_the_occasion_or_year_stay_titles(title):
    assert title_score(title) > 0


def test_a_dingbat_alone_on_its_line_labels_the_heading_under_it():
    body = [
        SALUTATION,
        OPENING,
        "❶",
        "提高认识，压实责任",
        POINT,
        "❷",
        "突出重点，消除隐患",
        POINT,
    ]
    speech = parse_text(_page(TITLE, *body))
    assert [(s.label, s.ordinal, s.heading) for s in speech.sections] == [
        ("❶", 1, "提高认识，压实责任"),
        ("❷", 2, "突出重点，消除隐患"),
    ]


def test_a_dateline_in_chinese_numerals_dates_the_speech_and_names_the_event():
    page = _page(
        "2008-09-24 来源：某某网",
        "中新社某地九月二十三日电 某国总理某某二十三日在某市出席欢迎午宴并发表演讲，全文如下：",
        "女士们、先生们：",
        "今天我很高兴来到这里，同各位老朋友新朋友见面。" + POINT,
    )
    speech = parse_text(page)
    assert speech.title == "某国总理某某在欢迎午宴上的演讲"
    assert speech.delivered == "2008-09-23"
