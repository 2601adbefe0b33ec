"""Kinds realcheck40's first run (parser 2.19) missed around whole speeches an
archive or a blog copies with its editor's apparatus: a letter-spaced lead in
brackets over the speech, notes numbered in square brackets under it, a revision day
glued to its last sentence, a subtitle naming the speaker by name alone, a meeting of
several days, an official document's distribution record, a counter badge's address.

Every text here is written for its test; beside each kind, what must not change.
"""

from speeches.parsing import parse_text
from speeches.parsing.dates import DATE_LINE, dates_in
from speeches.parsing.normalise import normalise_text

# --- an editor's lead in brackets, letter-spaced or not ----------------------------

SPACED_LEAD_PAGE = "\n".join(
    [
        "## 在全县营商环境优化大会上的讲话",
        "",
        "2022年3月15日",
        "",
        "【导  读】会上，各乡镇主要负责人作了服务承诺：1、我们不让企业跑第二趟。"
        "2、我们不在审批中设门槛。3、我们对企业的诉求当天回应。",
        "",
        "这次大会的主题是优化营商环境。过去一年，全县新登记市场主体增长明显，"
        "但企业反映的问题还不少，我们必须正视。",
        "",
        "一、把企业的事当作自己的事",
        "",
        "要建立领导干部联系企业制度，每月至少走访一次，把问题解决在一线。",
        "",
        "二、把制度的笼子扎得更牢",
        "",
        "要清理各类不合理的收费和检查，让企业安心经营。大家要行动起来，说到做到。",
    ]
)


def test_a_letter_spaced_lead_is_no_part_of_the_speech():
    speech = parse_text(SPACED_LEAD_PAGE)
    assert speech.body.startswith("这次大会的主题是优化营商环境。")
    assert "导" not in speech.body.split("\n")[0][:2]
    assert "不让企业跑第二趟" not in speech.body


def test_a_numbered_run_inside_a_lead_opens_no_section():
    speech = parse_text(SPACED_LEAD_PAGE)
    assert [s.heading for s in speech.sections] == [
        "把企业的事当作自己的事",
        "把制度的笼子扎得更牢",
    ]


def test_every_spaced_label_reads_as_the_label():
    for printed, label in [
        ("【编 者 按】本文有删节。", "【编者按】"),
        ("【核　心　提　示】会议强调…", "【核心提示】"),
        ("【导读】", "【导读】"),
    ]:
        assert normalise_text(printed).startswith(label)


def test_a_bracketed_phrase_inside_a_line_keeps_its_spaces():
    text = "会上宣读了【关 于 表 彰】的决定。"
    assert normalise_text(text) == text


# --- notes under the speech, a revision day glued to its last sentence -------------

NOTED_SPEECH = "\n".join(
    [
        "# 坚持把生态保护放在首位",
        "",
        "2021年4月2日",
        "",
        "近几年，流域治理取得了明显成效，沿河群众的获得感不断增强[1]。",
        "",
        "一、守住生态红线",
        "",
        "红线就是底线，任何项目都不能越过这条线[2]。",
        "",
        "二、压实河长责任",
        "",
        "各级河长要经常巡河，发现问题及时处置，让一江清水长流。（2021年4月9日）",
        "",
        "",
        "[1] 指全流域水质优良断面比例的提高。",
        "",
        "[2] 红线划定方案由省里另行印发。",
    ]
)


def test_notes_numbered_in_square_brackets_end_the_speech():
    speech = parse_text(NOTED_SPEECH)
    assert speech.body.endswith("让一江清水长流。")
    assert "指全流域水质" not in speech.body
    assert "另行印发" not in speech.body


def test_a_note_reference_in_the_words_goes():
    speech = parse_text(NOTED_SPEECH)
    assert "获得感不断增强。" in speech.body
    assert "[1]" not in speech.body and "[2]" not in speech.body


def test_the_revision_day_glued_to_the_last_sentence_is_no_word_of_it():
    speech = parse_text(NOTED_SPEECH)
    assert "（2021年4月9日）" not in speech.body
    assert not speech.truncated
    assert speech.delivered == "2021-04-02"  # the day under the title comes first


def test_a_bracketed_day_inside_the_speech_stays():
    text = NOTED_SPEECH.replace(
        "近几年，流域治理", "去年的方案（2020年5月6日）已经落实。近几年，流域治理"
    )
    assert "（2020年5月6日）已经落实" in parse_text(text).body


def test_a_speech_ending_on_its_own_numbered_points_keeps_them():
    text = "\n".join(
        [
            "在全镇秋收工作会议上的讲话",
            "同志们：",
            "秋收在即，我提三点要求。",
            "1、抓紧组织人力机械，确保颗粒归仓。",
            "2、做好晾晒烘干准备，防止霉变损失。",
        ]
    )
    assert parse_text(text).body.endswith("防止霉变损失。")


# --- a subtitle naming its speaker by name alone -----------------------------------

SUBTITLED_PAGE = "\n".join(
    [
        "## 把服务送到群众家门口",
        "",
        "——周立新在全区社区工作推进会上的讲话",
        "2023年6月12日-14日",
        "",
        "社区是服务群众的最后一公里，今天我们专门开会研究社区工作。",
        "",
        "希望大家把会议精神带回去，抓好落实。",
    ]
)


def test_a_subtitle_names_its_speaker_by_a_bare_name():
    speech = parse_text(SUBTITLED_PAGE)
    assert speech.speaker == "周立新"
    assert speech.occasion == "全区社区工作推进会"


def test_a_subtitle_opening_on_its_day_names_no_speaker():
    text = SUBTITLED_PAGE.replace(
        "——周立新在全区社区工作推进会上的讲话", "——2023年6月12日在全区社区工作推进会上"
    )
    assert parse_text(text).speaker is None


# --- a meeting of several days -----------------------------------------------------


def test_a_meeting_of_several_days_was_delivered_on_its_first():
    assert parse_text(SUBTITLED_PAGE).delivered == "2023-06-12"
    for printed, first in [
        ("2023年6月12日-14日", "2023-06-12"),
        ("2023年6月30日至7月2日", "2023-06-30"),
        ("（2023年6月12日—14日）", "2023-06-12"),
    ]:
        assert DATE_LINE.match(printed)
        assert dates_in(printed)[0].isoformat() == first


def test_a_day_and_a_sentence_is_no_date_line():
    assert not DATE_LINE.match("2023年6月12日-14日召开全区社区工作推进会")


# --- an official document's distribution record ------------------------------------

DOCUMENT_PAGE = "\n".join(
    [
        "县长在全县安全生产工作会议上的讲话",
        "2022年12月20日",
        "今年以来，全县安全生产形势总体平稳，但事故隐患仍然不少，必须高度警惕。",
        "各乡镇、各部门要立即开展一次拉网式排查，做到不留死角、不留盲区。",
        "抄送：县委办公室，县人大常委会办公室，县政协办公室",
        "分送：各乡镇人民政府，县政府各部门",
        "二〇二二年十二月二十二日",
    ]
)


def test_a_distribution_record_ends_the_speech():
    speech = parse_text(DOCUMENT_PAGE)
    assert speech.body.endswith("不留盲区。")
    assert "抄送" not in speech.body and "分送" not in speech.body
    assert not speech.truncated


def test_a_long_distribution_record_ends_the_speech_too():
    addressees = "，".join(f"第{n}工作组" for n in range(1, 30))
    text = DOCUMENT_PAGE.replace("县委办公室", addressees + "，县委办公室")
    speech = parse_text(text)
    assert speech.body.endswith("不留盲区。")
    assert "工作组" not in speech.body


def test_a_sentence_about_what_was_reported_stays():
    text = DOCUMENT_PAGE.replace("今年以来", "报送上级的材料要真实准确。今年以来")
    assert "报送上级的材料要真实准确。" in parse_text(text).body


# --- a counter badge's address -----------------------------------------------------


def test_a_counter_badge_in_an_img_tag_is_not_the_page_address():
    text = "\n".join(
        [
            "# 在全市职业教育工作会议上的讲话",
            '<img class="pv" src="https://counter.example.org/badge?page=speeches/12">',
            "2020年9月8日",
            "职业教育是培养技术技能人才的主阵地，我们要办好每一所职业学校。",
        ]
    )
    speech = parse_text(text)
    assert speech.source_url is None
    assert "counter.example.org" not in speech.body


# --- a heading of clauses joined by a semicolon ------------------------------------

CLAUSE_PAIR_SPEECH = "\n".join(
    [
        "在全市食品安全工作会议上的讲话",
        "同志们：",
        "今天召开会议，部署今年的食品安全工作。",
        "一、加强源头管控，把好准入关；强化过程监管，守住安全线。",
        "各区要对生产企业逐一登记，建立台账。",
        "二、压实企业责任；落实属地管理。各企业负责人是第一责任人，要亲自抓。",
        "三、严格执法检查；具体要求是：每月一查，每季一评。",
        "谢谢大家！",
    ]
)


def test_clauses_a_semicolon_joins_are_one_heading():
    headings = [s.heading for s in parse_text(CLAUSE_PAIR_SPEECH).sections]
    assert headings[0] == "加强源头管控，把好准入关；强化过程监管，守住安全线"
    assert headings[1] == "压实企业责任；落实属地管理"  # run in: to its stop


def test_a_colon_after_the_semicolon_leaves_the_first_clause():
    headings = [s.heading for s in parse_text(CLAUSE_PAIR_SPEECH).sections]
    assert headings[2] == "严格执法检查"


def test_a_clause_pair_past_the_heading_length_keeps_its_first_clause():
    long_clause = "要把各项措施落到实处" * 10
    text = CLAUSE_PAIR_SPEECH.replace("落实属地管理", long_clause)
    assert parse_text(text).sections[1].heading == "压实企业责任"


# --- an editor's headnote under its label ------------------------------------------

LABELLED_HEADNOTE_PAGE = "\n".join(
    [
        "# 把服务送到群众家门口",
        "",
        "【编 者 按】这是周立新同志在全区社区工作推进会上的讲话。",
        "",
        "社区是服务群众的最后一公里，今天我们专门开会研究社区工作。",
        "",
        "希望大家把会议精神带回去，抓好落实。",
    ]
)


def test_a_headnote_under_an_editors_label_names_speaker_and_meeting():
    speech = parse_text(LABELLED_HEADNOTE_PAGE)
    assert speech.speaker == "周立新"
    assert speech.occasion == "全区社区工作推进会"
    assert speech.body.startswith("社区是服务群众的最后一公里")


def test_an_editors_lead_of_other_words_names_no_one():
    text = LABELLED_HEADNOTE_PAGE.replace(
        "这是周立新同志在全区社区工作推进会上的讲话。", "本文有删节，标题为编者所加。"
    )
    assert parse_text(text).speaker is None
