"""The whole parser on speeches we wrote: the fields of Contract 1, end to end."""

import datetime as dt

import pytest

from speeches.parsing import PARSER_VERSION, ParseError, parse_bytes, parse_text
from tests.support.trees import outline

CONTRACT_KEYS = [
    "title",
    "date",
    "delivered",
    "source_url",
    "source_site",
    "speaker",
    "occasion",
    "truncated",
    "body",
    "sections",
    "slogans",
]
SECTION_KEYS = ["level", "label", "ordinal", "heading", "text", "children"]


def test_to_dict_is_exactly_contract_one(fixture_bytes):
    parsed = parse_bytes(fixture_bytes("parse_member_ad.txt"))
    record = parsed.to_dict()
    assert list(record) == CONTRACT_KEYS
    assert list(record["sections"][0]) == SECTION_KEYS
    assert all(isinstance(slogan, str) for slogan in record["slogans"])
    assert parsed.parser_version == PARSER_VERSION


def test_run_on_paywalled_page(fixture_bytes):
    parsed = parse_bytes(fixture_bytes("parse_runon_paywalled.txt"))
    assert parsed.title == "在全镇乡村振兴(春季)工作推进会上的讲话"
    assert parsed.source_site == "笔耕材料库"
    assert parsed.source_url == "https://www.bigeng.example/doc/20931.html"
    assert parsed.occasion == "全镇乡村振兴(春季)工作推进会"
    assert parsed.admin_level == "镇"
    assert parsed.truncated and parsed.date is None
    assert parsed.body.startswith("同志们:今天,我们召开")
    assert parsed.body.endswith("推进人居环境整")
    assert "一种靠天吃饭" in parsed.body and "挂图作战" in parsed.body
    assert "/6" not in parsed.body and "网友整理" not in parsed.body
    assert outline(parsed.sections) == [
        (1, "一", "提高政治站位,深刻认识乡村振兴的重大意义"),
        (2, "第一", "这是巩固脱贫攻坚成果的必然要求"),
        (2, "第二", "这是推动全镇高质量发展的现实需要"),
        (2, "第三", "这是回应群众期盼的具体行动"),
        (1, "二", "突出工作重点,扎实推进三项重点任务"),
        (2, "第一", "要落实包村责任"),
        (2, "第二", "要用好考核结果"),
        (1, "三", "强化组织保障,确保各项工作落地见效"),
    ]


def test_restarted_numbering_page(fixture_bytes):
    parsed = parse_bytes(fixture_bytes("parse_restart_numbering.txt"))
    assert parsed.title == "某乡党委书记在“清风乡村”建设动员会上的讲话"
    assert parsed.speaker == "某乡党委书记"
    assert parsed.source_site == "WENGAO88.COM" and parsed.source_url is None
    assert parsed.truncated  # the site counts 3600 characters; far fewer are shown
    assert parsed.body.endswith('"板子"就要打到谁身上。')
    assert [s.level for s in parsed.walk_sections()] == [1, 2, 2, 2, 1, 2]
    texts = [slogan.text for slogan in parsed.slogans if slogan.listed]
    assert "清风乡村" in texts and "三站两所" in texts and "关键少数" in texts
    assert "板子" not in texts and '村账乡管""阳光村务' not in texts


def test_membership_page_with_full_width_punctuation(fixture_bytes):
    parsed = parse_bytes(fixture_bytes("parse_member_ad.txt"))
    assert parsed.title == "全市社区治理工作座谈会讲话"
    assert parsed.source_site == "笔耕材料库"
    assert not parsed.truncated
    assert parsed.body.startswith("同志们：\n今天我们召开")
    assert not any(word in parsed.body for word in ("会员", "倒卖", "QQ群"))
    assert len(parsed.sections) == 3
    assert all(len(section.children) == 2 for section in parsed.sections)
    texts = [slogan.text for slogan in parsed.slogans if slogan.listed]
    assert texts[:2] == ["大网格", "微治理"]
    assert not any("《" in text or "灯塔" in text for text in texts)


def test_wire_copy_with_caption_and_edition(fixture_bytes):
    data = fixture_bytes("parse_wire_copy.txt")
    parsed = parse_bytes(data)
    assert parsed.title == "在全国某某行业先进集体表彰大会上的讲话"
    assert parsed.date == dt.date(2019, 3, 13)
    assert parsed.speaker == "某某某"
    assert parsed.source_site == "人民日报"
    assert parsed.body.startswith("同志们，朋友们：")
    assert parsed.body.endswith("不懈奋斗！")
    assert "记者" not in parsed.body and "摄" not in parsed.body
    assert [s.label for s in parsed.sections] == ["第一", "第二", "第三"]
    named = parse_bytes(
        data,
        filename="x__2019-03-13_07_某某某：在全国某某行业先进集体表彰大会上的讲话.txt",
    )
    assert named.title == "某某某：在全国某某行业先进集体表彰大会上的讲话"


def test_news_fragment_without_a_title(fixture_bytes):
    parsed = parse_bytes(
        fixture_bytes("parse_news_fragment.html"), filename="news__20190312_03.html"
    )
    assert parsed.body.startswith("某某省今天召开全省春季植树造林现场推进会")
    assert "植树现场" not in parsed.body and "视频编辑" not in parsed.body
    assert parsed.date == dt.date(2019, 3, 12)
    assert parsed.title == "" and parsed.title_source == ""


def test_full_gb2312_page(fixture_bytes):
    parsed = parse_bytes(fixture_bytes("parse_gb2312_page.html"))
    assert parsed.encoding == "gb18030"
    assert parsed.title == "县长在全县防汛工作会议上的讲话"
    assert parsed.speaker == "县长" and parsed.admin_level == "县"
    assert parsed.date == dt.date(2019, 6, 4)
    assert parsed.body.startswith("同志们：\n今天召开全县防汛工作会议")
    assert "县长在会上讲话" not in parsed.body and "版权所有" not in parsed.body
    assert [s.label for s in parsed.sections] == ["一", "二"]


@pytest.mark.parametrize(
    "encoding", ["gbk", "gb18030", "utf-16", "utf-16-le", "utf-8-sig"]
)
def test_same_speech_in_every_encoding_parses_the_same(fixture_bytes, encoding):
    text = fixture_bytes("parse_member_ad.txt").decode("utf-8")
    reference = parse_text(text)
    parsed = parse_bytes(text.encode(encoding))
    assert parsed.to_dict() == reference.to_dict()


def test_file_with_only_site_chrome_is_refused():
    with pytest.raises(ParseError, match="no speech"):
        parse_bytes("\n分享:\n阅读全文\n".encode())


def test_raw_text_is_kept_verbatim(fixture_bytes):
    data = fixture_bytes("parse_runon_paywalled.txt")
    assert parse_bytes(data).raw_text == data.decode("utf-8")


def test_site_printed_only_in_an_html_pages_header_is_the_source_site():
    page = (
        "<html><head><title>在全县教育工作会议上的讲话</title></head><body>"
        '<div class="header"><a href="/">老李的个人图书馆</a></div>'
        "<h2>在全县教育工作会议上的讲话</h2><p>同志们：</p>"
        "<p>今天召开全县教育工作会议，部署今年的教育工作。</p>"
        '<div class="footer">© 2021 个人图书馆</div></body></html>'
    )
    parsed = parse_text(page)
    assert parsed.source_site == "老李的个人图书馆"
    assert "图书馆" not in parsed.body


def test_attack_right_to_left_overrides_are_dropped_from_titles_and_headings():
    override = "\u202e\u2066\u200f"
    text = (
        f"在全县{override}安全生产会议上的讲话\n同志们：\n今天召开会议，部署工作。\n"
        f"一、{override}压实责任\n各级要落实安全生产责任制，做到层层有人管。\n"
    )
    parsed = parse_bytes(text.encode("utf-8"), filename=f"讲话{override}.txt")
    assert parsed.title == "在全县安全生产会议上的讲话"
    assert parsed.sections[0].heading == "压实责任"
    assert not any(mark in parsed.body for mark in override)


def test_attack_a_file_name_with_an_override_or_a_newline_gives_a_clean_title():
    text = "同志们：\n今天召开会议，部署全年工作任务，大家要认真落实。\n"
    for name in ("在全县\u202e工作会议上的讲话.txt", "在全县\n工作会议上的讲话.txt"):
        title = parse_bytes(text.encode("utf-8"), filename=name).title
        assert title.replace(" ", "") == "在全县工作会议上的讲话", repr(title)
