"""Kinds the first run of parser 2.9 on unseen pages missed (2.10): a newspaper's
reporter tag opening the report over a speech it announces ("…全文为："), a hijacked
site's spam keywords listed with commas over the page, and a live-score or video
site's keyword run injected into the page's sentences.

Every page here is written for its test; none is a page of any set.
"""

import pytest

from speeches.parsing import parse_text
from speeches.parsing.body_start import REPORTER_TAG, SELF_INTRODUCTION_TURN
from speeches.parsing.chrome import INJECTED_SPAM_RUN, spam_banner, spam_keyword_list
from speeches.parsing.title_decorations import strip_decorations

TITLE = "区长在秋季安全生产工作会议上的讲话"
SALUTATION = "同志们："
OPENING = "今天召开全区秋季安全生产工作会议，主要任务是总结前段工作，部署下一阶段任务。"
POINT = "各街道要把隐患排查责任落实到人，做到底数清、情况明、措施实。"


def _page(*lines: str) -> str:
    return "\n".join(lines)


# --- a reporter's tag over a speech the report announces ------------------------


@pytest.mark.parametrize(
    "tag",
    ["【记者陈某某/高雄报导】", "【本报记者 李某】", "（记者张某某／台中报导）"],
)
def test_a_reporter_tag_is_recognised(tag):
    assert REPORTER_TAG.match(tag + "市长今晚在跨年晚会上向市民祝贺新年。")


@pytest.mark.parametrize(
    "line",
    ["【记者手记】今天的会场里座无虚席。", "记者陈某某/高雄报导", "【市长新春贺词】"],
)
def test_other_bracketed_openings_are_no_reporter_tag(line):
    assert not REPORTER_TAG.match(line)


def test_a_report_under_a_reporter_tag_announces_the_speech():
    speech = parse_text(
        _page(
            "市长以新春影片 向市民拜年",
            "【记者陈某某/高雄报导】在农历除夕团圆时刻，市长特别录制新春影片，"
            "向全体市民拜年，祝福大家平安顺心。",
            "市长在影片中也谈到城市建设，盼望新的一年交通、就业都有新的进展。",
            "市长向市民拜年的影片内容全文为：",
            "各位市民朋友：大家新年好。",
            "过去一年，我们一起走过了许多考验，也迎来了许多收获。",
        )
    )
    assert speech.title == "市长以新春影片 向市民拜年"
    assert speech.body.startswith("各位市民朋友：大家新年好。")
    assert "记者" not in speech.body
    assert "全文为" not in speech.body


def test_a_reporter_tag_without_an_announcement_keeps_the_report():
    report = (
        "【记者陈某某/高雄报导】市长今日视察港区建设，要求各单位加快进度，"
        "确保年底前完工。"
    )
    speech = parse_text(_page("市长视察港区建设", report, POINT))
    assert speech.body.startswith("【记者陈某某/高雄报导】市长今日视察港区建设")


# --- a spam site's keyword list over the page -----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "某某在线观看免费,国产某某精品,某某成人网,某某午夜影院",
        "免费视频某某，某某久久综合，某某人妻，欧美某某",
    ],
)
def test_a_spam_keyword_list_is_never_the_title_or_body(line):
    assert spam_keyword_list(line)
    assert spam_banner(line)
    speech = parse_text(_page(line, TITLE, SALUTATION, OPENING, POINT))
    assert speech.title == TITLE
    assert speech.body.startswith(SALUTATION)
    assert "成人" not in speech.body and "人妻" not in speech.body


@pytest.mark.parametrize(
    "line",
    [
        "要整治在线观看、成人网站等乱象。",  # a sentence: its end, its commas
        "职工福利,成人教育,国产化替代,就业创业,社会保障",  # a topic list: few spam
        "加强国产大飞机配套,发展成人教育和老年大学,把福利院建设纳入民生实事项目",
    ],
)
def test_a_sentence_or_topic_list_is_no_spam_keyword_list(line):
    assert not spam_keyword_list(line)


# --- a keyword run injected into the sentences ----------------------------------


def test_an_injected_keyword_run_is_cut_where_it_stands():
    injected = "比分直播,足球比分直播"
    paragraph = (
        f"本报告根据《某省人民政府办公厅{injected}印发政务公开工作要点的通知》"
        f"要求编制，全年主动公开{injected}政府信息一千余条。"
    )
    speech = parse_text(_page("某市政务公开工作年度报告", paragraph, POINT))
    assert "比分直播" not in speech.body
    assert "《某省人民政府办公厅印发政务公开工作要点的通知》" in speech.body
    assert "全年主动公开政府信息一千余条。" in speech.body


@pytest.mark.parametrize(
    "text",
    [
        "本台将对运动会开幕式进行比分直播和在线观看服务。",  # one keyword, a sentence
        "比分直播、在线观看都要依法办理许可。",  # joined by 、, not a spam run
    ],
)
def test_keywords_in_a_sentence_are_no_injected_run(text):
    assert not INJECTED_SPAM_RUN.search(text)


# --- a traditional release, pinyin and all, announcing the speech ---------------


def test_a_converted_traditional_release_announces_the_speech():
    speech = parse_text(
        _page(
            "某某發(fā)表新春賀辭 祝市民新年快樂",
            "據(jù)某市政府今日發(fā)布的新聞稿，市長今日發(fā)表新春賀辭，"
            "祝願市民新的一年身體健康。",
            "以下為市長新春賀辭全文：",
            "新春佳節，萬象更新。過去一年，全市市民同心協力，克服了許多困難。",
            "新的一年，我們會繼續推動經濟發展，改善民生。",
        )
    )
    assert speech.body.startswith("新春佳節，萬象更新。")
    assert "賀辭全文" not in speech.body
    assert "新聞稿" not in speech.body


# --- a title in two halves: the banner and the goal -----------------------------


@pytest.mark.parametrize(
    ("banner", "goal"),
    [
        ("高举改革开放伟大旗帜", "为建设富裕文明的新某县而努力奋斗"),
        ("坚定不移走生态优先绿色发展道路", "为建设美丽某市而团结奋斗"),
        ("高舉改革開放偉大旗幟", "為建設XX新城區而努力奮鬥"),  # traditional, XX
    ],
)
def test_a_title_in_two_halves_is_joined(banner, goal):
    speech = parse_text(_page(banner, goal, "XXX", SALUTATION, OPENING, POINT))
    assert speech.title == banner + goal
    assert speech.body.startswith(SALUTATION)


def test_a_goal_line_alone_under_another_title_is_not_joined():
    speech = parse_text(
        _page(TITLE, "为建设平安某区而努力奋斗", SALUTATION, OPENING, POINT)
    )
    assert not speech.title.startswith(TITLE + "为")


# --- a script of named presenters who introduce themselves ----------------------


def test_a_script_starts_at_the_presenters_introducing_themselves():
    # a blog's script: each turn a paragraph of its own, blank lines between
    speech = parse_text(
        "\n\n".join(
            (
                "毕业典礼祝福词",
                "小林：我是小林",
                "阿明：我是阿明",
                "：我是小刚",
                "一起：大家好。",
                "小林：今天是个美好的日子。",
                "：对在场的毕业生来说，今天是个值得纪念的日子，六年的时光一晃就过去了，"
                "我们有说不完的感谢。",
            )
        )
    )
    assert speech.title == "毕业典礼祝福词"
    assert speech.body.startswith("小林：我是小林\n阿明：我是阿明")


@pytest.mark.parametrize(
    "line",
    ["小林：我是小林", "阿明：我叫阿明。", "王芳：我是主持人王芳"],
)
def test_a_self_introduction_is_a_turn(line):
    assert SELF_INTRODUCTION_TURN.match(line)


@pytest.mark.parametrize("line", ["小林：我是一名教师", "来源：我是某某网"])
def test_another_line_is_no_self_introduction(line):
    assert not SELF_INTRODUCTION_TURN.match(line)


def test_an_unnamed_line_away_from_turns_does_not_extend_the_start():
    speech = parse_text(
        _page(
            TITLE,
            "：2024年10月",
            SALUTATION,
            OPENING,
            POINT,
        )
    )
    assert speech.body.startswith(SALUTATION)


# --- a news portal's column glued before its headline ---------------------------


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("今日快讯：市长在全市经济工作会议上的讲话", "市长在全市经济工作会议上的讲话"),
        (
            "环球聚焦：某某发表新春贺词：携手共进迎新年",
            "某某发表新春贺词：携手共进迎新年",
        ),
        ("头条：區長在安全生產工作會議上的講話", "區長在安全生產工作會議上的講話"),
    ],
)
def test_a_column_before_a_headline_is_cut(title, clean):
    assert strip_decorations(title) == clean


@pytest.mark.parametrize(
    "title",
    [
        "在全市要闻宣传工作会议上的讲话",  # the word inside the title
        "热点问题聚焦：在学习会上的发言",  # a title's own theme, four characters on
        "聚焦：市长讲话",  # too short to be a headline under a column
    ],
)
def test_a_title_with_such_a_word_keeps_it(title):
    assert strip_decorations(title) == title
