"""Kinds the first run of parser 2.8 on unseen pages missed (2.9): a hijacked site's
spam banner over the page, a digest's editor note and member label over the first
speech, a page's stamp glued before its column name, a news headline that reports the
speech and names its 全文, a salutation to a cohort of graduates, a title of two
clauses a comma apart.

Every page here is written for its test; none is a page of any set.
"""

import pytest

from speeches.parsing import parse_text
from speeches.parsing.chrome import LEAD, spam_banner
from speeches.parsing.head import DATED_COLUMN, SPEAKER_LABEL_LINE
from speeches.parsing.salutation import COHORT_SALUTATION
from speeches.parsing.title_decorations import strip_decorations

SALUTATION = "同志们："
OPENING = "今天召开全区秋季安全生产工作会议，主要任务是总结前段工作，部署下一阶段任务。"
POINT = "各街道要把隐患排查责任落实到人，做到底数清、情况明、措施实。"
TITLE = "区长在秋季安全生产工作会议上的讲话"


def _page(*lines: str) -> str:
    return "\n".join(lines)


# --- a hijacked site's spam banner ----------------------------------------------


@pytest.mark.parametrize(
    "banner",
    [
        "某某精品一区二区-国产高清在线观看-某某免费视频",
        "久久某某视频-亚洲某某二区三区",
        "在线观看某某_国产某某_某某人妻",
    ],
)
def test_a_spam_banner_is_never_the_title(banner):
    title = "同心向党 共谱新篇"
    opening = "在这春光明媚的季节，我们欢聚一堂，共同回顾多党合作走过的光辉历程。"
    speech = parse_text(_page(banner, title, "发布日期：2018-05-20", opening, POINT))
    assert speech.title == title
    assert speech.body.startswith(opening)
    assert "区" not in speech.title


@pytest.mark.parametrize(
    "title",
    [
        "在全区一区一策工作推进会上的讲话",  # 一区一策: one dash-free piece
        "学习贯彻党的二十大精神-在区委理论学习中心组上的发言",
        "国产大飞机项目推进会致辞-某某网",
    ],
)
def test_a_title_with_one_such_word_is_no_spam_banner(title):
    assert not spam_banner(title)


def test_a_sentence_naming_such_words_twice_stays_in_the_speech():
    own = (
        "昨天，首款国产大型邮轮——某某号正式交付，这是国产船舶工业的"
        "又一重大成果，实现了设计建造的自主可控。"
    )
    assert not spam_banner(own)
    speech = parse_text(_page(TITLE, SALUTATION, OPENING, own, POINT))
    assert own in speech.body


# --- a digest of several members' speeches -----------------------------------------


def test_a_digests_note_and_member_label_stand_over_the_first_speech():
    own_title = "凝心聚力谋发展 履职尽责献良策"
    body = "市委全会对今后五年工作作出全面部署，目标清晰、举措有力，令人振奋。"
    speech = parse_text(
        _page(
            "本期刊发张某某、李某某、王某某三位委员的发言。",
            "张某某常委：",
            own_title,
            body,
            POINT,
        )
    )
    assert speech.title == own_title
    assert speech.body.startswith(body)
    assert "本期刊发" not in speech.body
    assert "常委" not in speech.body.splitlines()[0]


@pytest.mark.parametrize("line", ["全体代表：", "各位委员：", "尊敬的主席："])
def test_people_addressed_are_no_members_label(line):
    assert SPEAKER_LABEL_LINE.match(line) is None


def test_a_members_label_names_the_speaker():
    match = SPEAKER_LABEL_LINE.match("张某某委员：")
    assert match and match["name"] == "张某某" and match["seat"] == "委员"


@pytest.mark.parametrize(
    "note",
    [
        "本期刊发张某某、李某某、王某某三位委员的发言。",
        "本版摘登部分代表的发言",
        "本期选登赵某某、钱某某两位同志的讲话。",
    ],
)
def test_a_digests_note_is_a_lead(note):
    assert LEAD.search(note)


def test_a_sentence_about_this_issue_is_no_digest_note():
    assert not LEAD.search("本期刊发的文章得到了读者的广泛好评，我们将继续努力。")


# --- a page's stamp glued before its column name -------------------------------------


@pytest.mark.parametrize("stamp", ["2021-06-15 讲话稿", "2021年3月2日 演讲稿"])
def test_a_stamp_and_column_is_the_date_never_the_title(stamp):
    title = "重阳节座谈会讲话稿"
    speech = parse_text(_page(title, stamp, "尊敬的各位老同志：", OPENING, POINT))
    assert speech.title == title
    assert speech.body.startswith("尊敬的各位老同志：")
    assert speech.delivered is None  # a page's stamp, not the day of the speech


def test_a_numeric_stamp_before_its_column_dates_the_page():
    title = "重阳节座谈会讲话稿"
    speech = parse_text(_page(title, "2021-06-15 讲话稿", SALUTATION, OPENING))
    assert speech.title == title
    assert speech.date is not None and speech.date.isoformat() == "2021-06-15"


def test_a_stamp_before_a_title_of_its_own_is_no_column():
    match = DATED_COLUMN.match("2021-06-15 在全县防汛工作会议上的讲话")
    assert match is None


# --- a news headline reporting the speech ---------------------------------------------


@pytest.mark.parametrize(
    ("printed", "filed"),
    [
        ("省人代会闭幕 省长发表重要讲话全文", "省人代会闭幕 省长发表重要讲话全文"),
        ("市政协全会开幕 主席發表重要講話全文", "市政协全会开幕 主席發表重要講話全文"),
        # a title of the genre still drops the site's label
        ("在全市招商工作会议上的讲话全文", "在全市招商工作会议上的讲话"),
    ],
)
def test_a_headline_reporting_the_speech_keeps_its_full_text_word(printed, filed):
    assert strip_decorations(printed) == filed


# --- a salutation to a cohort --------------------------------------------------------


@pytest.mark.parametrize(
    "salutation",
    [
        "2016届硕士毕业研究生同学们：",
        "2020级全体新生同学们！",
        "2019届毕业生们：",
        "20xx届本科毕业生同学们：",  # a 范文 site masks the year
    ],
)
def test_a_cohorts_salutation_starts_the_speech(salutation):
    own = "今天，你们完成学业，即将走上新的岗位，我代表学校向你们表示祝贺！"
    speech = parse_text(
        _page(
            "奋斗成就未来",
            "——在某某大学毕业典礼上的讲话",
            "校长 某某某",
            salutation,
            own,
            POINT,
        )
    )
    assert speech.body.startswith(salutation)
    assert COHORT_SALUTATION.match(salutation)


def test_a_sentence_about_a_cohort_is_no_salutation():
    assert not COHORT_SALUTATION.match("2016届毕业生的就业率达到百分之九十五。")


# --- a title of two clauses a comma apart ----------------------------------------------


@pytest.mark.parametrize("comma", ["，", ","])
def test_a_title_of_two_clauses_is_one_title(comma):
    title = f"学习某某同志的报告{comma}在全系统开展作风整顿"
    opening = "某某同志的报告正式发表了，它为我们指明了方向，全系统要认真学习。"
    speech = parse_text(_page("专栏：", f"  {title}", "某某局局长 某某某", opening))
    assert speech.title == title
    assert speech.body.startswith(opening)
