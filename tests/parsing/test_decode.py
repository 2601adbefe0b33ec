"""Decoding: every common encoding of Chinese text, HTML to lines, bad files refused."""

import codecs

import pytest

from speeches.parsing import ParseError
from speeches.parsing.decode import (
    decode_bytes,
    html_page_title,
    html_to_text,
    html_to_text_and_chrome,
    looks_like_html,
)

SPEECH = "同志们：\n今天召开全县秋粮收购工作会议，我讲两点意见。\n一、提高认识\n"


def test_utf8_without_bom_is_read_as_utf8():
    text, encoding = decode_bytes(SPEECH.encode("utf-8"))
    assert text == SPEECH and encoding == "utf-8"


def test_utf8_bom_is_dropped():
    text, encoding = decode_bytes(codecs.BOM_UTF8 + SPEECH.encode("utf-8"))
    assert text == SPEECH and encoding == "utf-8-sig"


def test_gbk_bytes_are_read_as_gb18030():
    text, encoding = decode_bytes(SPEECH.encode("gbk"))
    assert text == SPEECH and encoding == "gb18030"


def test_gb18030_characters_outside_gbk_survive():
    speech = SPEECH + "㐀䶵\n"  # CJK Extension A, encodable only in GB18030
    text, _ = decode_bytes(speech.encode("gb18030"))
    assert text == speech


def test_meta_charset_gb2312_is_honoured():
    page = (
        '<html><head><meta charset="gb2312"></head><body><p>同志们：</p></body></html>'
    )
    text, encoding = decode_bytes(page.encode("gb2312"))
    assert "同志们" in text and encoding == "gb18030"


def test_utf16_with_bom_is_read():
    text, encoding = decode_bytes(SPEECH.encode("utf-16"))
    assert text == SPEECH and encoding == "utf-16"


def test_utf16_little_endian_without_bom_is_read():
    text, encoding = decode_bytes(("Speech 2019\n" + SPEECH).encode("utf-16-le"))
    assert SPEECH in text and encoding == "utf-16-le"


def test_utf16_chinese_without_bom_or_ascii_is_read():
    text, encoding = decode_bytes((SPEECH * 3).replace("\n", "").encode("utf-16-le"))
    assert text.startswith("同志们") and encoding == "utf-16-le"


def test_a_few_damaged_bytes_in_a_long_gbk_file_are_tolerated():
    data = (SPEECH * 200).encode("gbk")
    damaged = data[:1000] + b"\xff" + data[1000:]
    text, encoding = decode_bytes(damaged)
    assert encoding == "gb18030" and text.count("\ufffd") == 1


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"%PDF-1.7\n%\xe2\xe3", "binary"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary"),
        (b"abc\x00\x01\x02\x03def\x00\x00\x07", "binary"),
        ("caf\u00e9".encode("latin-1") + b"\xff\xfe\xfd" * 40, "cannot decode"),
    ],
)
def test_bad_files_raise_parse_error_with_a_reason(data, reason):
    with pytest.raises(ParseError, match=reason):
        decode_bytes(data)


def test_paragraph_fragment_without_html_element_is_recognised_as_html():
    assert looks_like_html("<p>　　本报讯 县里召开会议。</p>\r\n<p>会议要求……</p>")
    assert not looks_like_html("同志们：\n今天的会议<很重要>。")


def test_scripts_styles_and_navigation_are_dropped():
    page = (
        "<html><head><title>站名</title><style>p{color:red}</style></head><body>"
        '<div class="nav"><a>首页</a><a>讲话稿</a></div>'
        "<script>var s='同志们：';</script>"
        "<nav>栏目导航</nav><p>同志们：</p><p>今天开会。</p>"
        '<div class="footer">版权所有 某某网</div></body></html>'
    )
    text = html_to_text(page)
    assert text.split("\n") == ["同志们：", "今天开会。"]


def test_block_elements_become_lines_and_entities_are_decoded():
    text = html_to_text(
        "<div>一、提高认识</div><p>要&ldquo;早谋划&rdquo;。<br/>抓落实。</p>"
    )
    assert text.split("\n") == ["一、提高认识", "要“早谋划”。", "抓落实。"]


def test_short_line_under_a_photo_is_dropped_as_a_caption():
    page = (
        "<p>会议要求抓好落实。</p><p><img src='a.jpg'></p><p>会议现场</p>"
        "<p>会议强调，要压实责任。</p>"
    )
    assert html_to_text(page).split("\n") == [
        "会议要求抓好落实。",
        "会议强调，要压实责任。",
    ]


def test_a_sentence_under_a_photo_is_kept():
    page = "<p><img src='a.jpg'></p><p>会后，大家来到田间地头查看秧苗长势，了解灌溉情况。</p>"
    assert "查看秧苗长势" in html_to_text(page)


def test_gb2312_page_fixture_decodes_to_its_speech(fixture_bytes):
    text, encoding = decode_bytes(fixture_bytes("parse_gb2312_page.html"))
    lines = html_to_text(text).split("\n")
    assert encoding == "gb18030"
    assert "县长在全县防汛工作会议上的讲话" in lines
    assert not any("greeting" in line or "政务公开" in line for line in lines)


def test_bold_heading_that_runs_into_its_paragraph_gets_a_line_of_its_own():
    markup = (
        "<p><strong>一、稳住农业基本盘</strong>今年粮食产量再创新高。</p>"
        "<p><b>（一）抓好春耕。</b>要早谋划。</p>"
    )
    assert html_to_text(markup).split("\n") == [
        "一、稳住农业基本盘",
        "今年粮食产量再创新高。",
        "（一）抓好春耕。要早谋划。",
    ]


def test_bold_words_opening_a_paragraph_that_are_not_a_heading_stay_in_it():
    markup = "<p><strong>县委书记</strong>强调，要抓好春耕备耕。</p>"
    assert html_to_text(markup) == "县委书记强调，要抓好春耕备耕。"


def test_page_title_of_an_html_page_is_read():
    page = (
        "<html><head><title>在全县会议上的讲话_某县人民政府</title></head><body></body>"
    )
    assert html_page_title(page) == "在全县会议上的讲话_某县人民政府"
    assert html_page_title("<p>同志们：</p>") == ""


def test_header_and_footer_text_is_kept_aside_for_metadata():
    page = (
        '<html><body><div class="header"><a>老李的个人图书馆</a><ul><li>首页</li></ul>'
        "</div><p>同志们：</p><p>今天开会。</p>"
        "<footer>© 2021 某某网<script>var a = 1;</script></footer></body></html>"
    )
    text, chrome = html_to_text_and_chrome(page)
    assert text == "同志们：\n今天开会。"
    assert chrome == ("老李的个人图书馆", "首页", "© 2021 某某网")


def test_menu_and_sidebar_text_is_not_kept_as_site_chrome():
    page = '<div class="nav">首页 政务公开</div><div class="sidebar">热点</div><p>正文。</p>'
    assert html_to_text_and_chrome(page) == ("正文。", ())


def test_big5_text_is_read_as_big5_not_as_gbk_mojibake():
    text = "各位同學、老師們：今天我們在這裡舉行開學典禮，向新同學表示熱烈的歡迎！" * 4
    decoded, encoding = decode_bytes(text.encode("big5"))
    assert encoding == "big5" and decoded == text


def test_gbk_text_stays_gbk_beside_big5():
    text = "同志们：今天我们召开全县经济工作会议，总结工作，部署任务。" * 4
    decoded, encoding = decode_bytes(text.encode("gbk"))
    assert encoding == "gb18030" and decoded == text


def test_bytes_every_encoding_reads_as_rare_characters_are_refused_with_a_reason():
    japanese = ("日本語のテキストです。今日は会議を開きます。" * 5).encode("shift_jis")
    with pytest.raises(ParseError, match="mostly rare characters"):
        decode_bytes(japanese)


def test_attack_an_escaped_entity_is_unescaped_once_not_twice():
    page = (
        "<p>示例代码写作&amp;lt;script&amp;gt;，&amp;amp; 照登。</p>"
        '<div class="footer">&amp;copy; 某某网</div>'
    )
    text, chrome = html_to_text_and_chrome(page)
    assert text == "示例代码写作&lt;script&gt;，&amp; 照登。"
    assert chrome == ("&copy; 某某网",)


def test_attack_a_nul_character_in_utf16_text_is_not_kept():
    data = "在全县会议上的讲话\n同志们：\n今天\x00开会。\n".encode("utf-16")
    text, _ = decode_bytes(data)
    assert "\x00" not in text and "今天开会" in text
