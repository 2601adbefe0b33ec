"""Cleaning: the speech alone, from its real beginning to its real end."""

import pytest

from speeches.parsing.captions import remove_captions
from speeches.parsing.chrome import droppable_chrome, ending_chrome
from speeches.parsing.clean import clean_text
from speeches.parsing.normalise import normalise_text, split_lines
from speeches.parsing.page_markers import remove_page_markers
from speeches.parsing.run_on import find_seam, split_heading_seam

FILLER = "要把各项工作抓实抓细，确保每一项任务都有人管、有人抓、有人负责到底。"


def lines_of(text: str) -> list[str]:
    return split_lines(normalise_text(text))


def test_page_marker_inside_a_word_is_removed():
    text = "1/5" + FILLER * 6 + "建设一2/5条" + FILLER * 6 + "挂3/5图作战" + FILLER * 6
    cleaned = "\n".join(remove_page_markers([text]))
    assert "一条" in cleaned and "挂图作战" in cleaned
    assert "/5" not in cleaned


def test_real_fraction_in_a_sentence_is_kept():
    text = "全县耕地的1/3已经完成高标准农田建设。" + FILLER * 10
    assert remove_page_markers([text]) == [text]


def test_close_fractions_with_one_denominator_are_kept():
    text = "比例从1/4提高到3/4，" + FILLER
    assert remove_page_markers([text]) == [text]


def test_page_marker_line_of_its_own_is_removed():
    assert remove_page_markers(["同志们：", "3/9", "今天开会。"]) == [
        "同志们：",
        "今天开会。",
    ]


def test_run_on_text_is_split_into_paragraphs_at_its_headings(fixture_bytes):
    cleaned = clean_text(fixture_bytes("parse_runon_paywalled.txt").decode("utf-8"))
    lines = cleaned.body.split("\n")
    assert "一、提高政治站位,深刻认识乡村振兴的重大意义" in lines
    assert any(line.startswith("产业是乡村发展的根基") for line in lines)
    assert any(line.startswith("第二,这是推动全镇高质量发展") for line in lines)


def test_inline_point_enumeration_is_not_split_off():
    cleaned = clean_text(
        "同志们:今天开会。下面讲两点。一、抓好生产要做三件事:一是修渠。二是清淤。"
        "三是补苗。二、抓好安全" + FILLER * 40
    )
    assert not any(line.startswith("二是") for line in cleaned.body.split("\n"))


def test_numeral_followed_by_a_comma_inside_a_word_is_not_a_heading():
    text = "同志们:我们要在思想上再统一、行动上再加力。" + FILLER * 40
    cleaned = clean_text(text)
    assert "再统一、行动上" in cleaned.body.split("\n")[0]


def test_seam_is_found_where_a_heading_runs_into_its_first_sentence():
    sentence = "强化统筹协调,全面提升为民服务的整体水平群众满意是最终标准"
    assert sentence[: find_seam(sentence)].endswith("整体水平")


def test_strong_closing_word_wins_over_a_weak_one_inside_the_heading():
    sentence = "压实各方责任,确保各项工作落地见效各村书记要亲自抓"
    assert sentence[: find_seam(sentence)].endswith("落地见效")


def test_heading_without_a_seam_is_left_whole():
    assert find_seam("这是守住民生底线的现实需要和具体行动") is None


def test_body_starts_at_the_salutation_after_site_chrome():
    page = (
        "您好,欢迎访问笔耕材料库\n当前位置:首页 > 讲话稿 > 乡村振兴\n"
        "在全镇春耕生产会上的讲话(精品)\n2024-03-02 08:15:07 96\n联系客服提示-笔耕材料库\n"
        "同志们:\n今天召开春耕生产会议。" + FILLER
    )
    cleaned = clean_text(page)
    assert cleaned.body.startswith("同志们:\n今天召开")
    assert "在全镇春耕生产会上的讲话(精品)" in cleaned.head


def test_salutation_glued_to_titles_in_run_on_text_starts_the_body():
    cleaned = clean_text(
        "在全区植树节动员会上的讲话同志们:今天我们在这里动员全区植树。" + FILLER
    )
    assert cleaned.body.startswith("同志们:今天")
    assert cleaned.head == ("在全区植树节动员会上的讲话",)


def test_salutation_words_inside_a_sentence_do_not_start_the_body():
    cleaned = clean_text(
        "首先，我代表县委，向各位来宾表示热烈欢迎！今天的会议很重要。" + FILLER
    )
    assert cleaned.body.startswith("首先，我代表县委")


def test_full_text_announcement_starts_the_body():
    cleaned = clean_text(
        "本报讯 新春佳节之际，县委书记发表新春致辞。全文如下：\n大家好！\n新的一年开始了。"
    )
    assert cleaned.body.startswith("大家好！")


def test_paywall_prompt_ends_the_body_and_marks_it_paywalled():
    cleaned = clean_text(
        "同志们:\n今天开会。\n一、统一思想\n阅读全文\n(想阅读全部内容，请先登录)\n"
        "如果喜欢，请打赏支持\n¥8.88\n¥1\n赏\n微信扫一扫，手机上看\n相关内容\n联系我们"
    )
    assert cleaned.body == "同志们:\n今天开会。\n一、统一思想"
    assert cleaned.paywalled
    assert "¥8.88" in cleaned.tail


def test_document_site_footer_is_cut_off():
    cleaned = clean_text(
        "同志们:今天开会。"
        + FILLER
        + "\n本文标题:在全区会上的讲话\n链接地址:http://a.example/1.html"
    )
    assert "本文标题" not in cleaned.body and "链接地址" not in cleaned.body
    assert cleaned.tail[0].startswith("本文标题")


def test_counters_word_counts_and_membership_ads_stay_out_of_the_body():
    page = (
        "仅供学习 禁止外传\n开通会员即享全部资料\n【严禁倒卖】\n会员群：  免费QQ群：\n"
        "在全县安全生产会上的讲话\nadmin 分享 时间: 加入收藏 共计2180个字,预计阅读时长6分钟。\n"
        "同志们：\n今天开会。" + FILLER + "\n560217\n领取资料"
    )
    cleaned = clean_text(page)
    assert cleaned.body == "同志们：\n今天开会。" + FILLER
    assert not any(word in cleaned.body for word in ("会员", "倒卖", "分钟", "560217"))


def test_photo_caption_inside_a_run_on_paragraph_is_cut_out():
    line = (
        "大家要稳住生产。2019年3月2日，全省春耕现场会在某县召开。省长出席会议并讲话。"
        "新华社记者 王某/摄第二，要抓好防灾减灾。"
    )
    lines, captions = remove_captions([line])
    assert lines == ["大家要稳住生产。", "第二，要抓好防灾减灾。"]
    assert captions[0].startswith("2019年3月2日") and captions[0].endswith("摄")


def test_speaker_own_sentence_before_a_credit_is_not_taken_for_a_caption():
    line = "我们去年新修了水渠。新华社记者 王某/摄今年要继续干。"
    lines, _ = remove_captions([line])
    assert lines[0] == "我们去年新修了水渠。"


def test_caption_line_with_credit_but_no_photo_mark_is_dropped():
    lines, captions = remove_captions(
        ["市长作政府工作报告。某某日报记者 刘某", "各位代表："]
    )
    assert lines == ["各位代表："] and len(captions) == 1


def test_wire_dateline_and_newspaper_edition_are_cut_from_the_body():
    text = (
        "新华社北京3月2日电在全国某会议上的讲话（2019年3月2日）某某某同志们：今天开会。"
        + FILLER
        + "（新华社北京3月2日电）《 人民日报 》（ 2019年03月03日 02 版）"
    )
    cleaned = clean_text(text)
    assert cleaned.body.startswith("同志们：")
    assert cleaned.body.endswith(FILLER)
    assert any("人民日报" in trailer for trailer in cleaned.trailers)


def test_news_lede_is_stripped_from_the_first_paragraph():
    cleaned = clean_text("央视网消息（新闻联播）：某省今天召开春耕会议，部署生产工作。")
    assert cleaned.body == "某省今天召开春耕会议，部署生产工作。"
    assert cleaned.trailers == ("央视网消息（新闻联播）：",)


def test_wikisource_footnote_markers_and_licence_are_removed():
    text = (
        "各位代表：\n\n现在我代表政府报告工作\n[\n1\n]\n，请予审议。\n\n"
        "本作品在某国属于公有领域，因为它是官方文件。\n\n↑\n原文如此。\nPublic domain"
    )
    cleaned = clean_text(text)
    assert cleaned.body == "各位代表：\n现在我代表政府报告工作，请予审议。"


def test_notes_referenced_in_the_text_are_cut_but_closing_points_are_kept():
    with_notes = clean_text(
        "同志们：\n要读原著①。\n要用原理。\n注释\n① 见《某某文集》第3页。"
    )
    assert with_notes.body == "同志们：\n要读原著。\n要用原理。"
    with_points = clean_text("同志们：\n最后提三点：\n①抓学习。\n②抓落实。")
    assert with_points.body.endswith("②抓落实。")


def test_toolbar_and_publication_lines_above_the_title_are_head():
    page = "下载\n打印\n收藏\n【字号：\n加大\n】\n2019年某省政府工作报告\n来源：某某日报\n各位代表：\n现在报告工作。"
    cleaned = clean_text(page)
    assert cleaned.body == "各位代表：\n现在报告工作。"
    assert "来源：某某日报" in cleaned.head


def test_site_intro_and_download_prompts_stay_out_of_the_body():
    page = (
        "【导语】本文是一篇关于春耕生产的讲话稿，欢迎阅读。\n在全镇春耕会上的讲话\n"
        "同志们：\n今天开会。" + FILLER + "\n展开阅读全文\n免费下载这篇讲话稿\n"
        "更多讲话稿请访问某某材料网"
    )
    cleaned = clean_text(page)
    assert cleaned.body == "同志们：\n今天开会。" + FILLER
    assert cleaned.paywalled


def test_run_on_heading_followed_straight_by_its_first_point_is_split():
    text = (
        "同志们：今天开会。下面我讲两点意见：一、提高认识，把握乡村振兴的重大意义"
        "（一）这是守住民生底线的需要。"
        + FILLER
        + "（二）这是推动发展的需要。"
        + FILLER
        + "二、压实责任，确保任务落地（一）压实属地责任。"
        + FILLER
    )
    lines = clean_text(text).body.split("\n")
    assert "一、提高认识，把握乡村振兴的重大意义" in lines
    assert "二、压实责任，确保任务落地" in lines
    assert any(line.startswith("（一）这是守住民生底线的需要。") for line in lines)


SPEECH = (
    "同志们：\n今天召开全乡秋冬种工作会议，安排部署当前农业生产。\n"
    "要抢抓农时，做到种足种好，确保明年夏粮丰收。\n"
)


def test_site_menu_of_short_items_is_chrome():
    page = (
        "首页 | 范文中心 | 工作总结 | 登录 | 注册\n在全乡秋冬种工作会议上的讲话\n"
        + SPEECH
    )
    cleaned = clean_text(page)
    assert "范文中心" not in cleaned.body
    assert cleaned.body.startswith("同志们：")


def test_toolbar_of_bracketed_items_and_official_footer_stay_out_of_the_body():
    page = SPEECH + (
        "【打印此页】　【关闭窗口】\n主办：某乡人民政府　承办：某乡党政办\n"
        "地址：某乡建设路1号　联系电话：0000-0000000\n网站标识码：1234567890\n"
    )
    cleaned = clean_text(page)
    assert cleaned.body.endswith("确保明年夏粮丰收。")
    assert not any(word in cleaned.body for word in ("打印", "主办", "地址", "标识码"))


def test_share_prompt_naming_its_channels_ends_the_speech():
    cleaned = clean_text(SPEECH + "分享到：微信 微博 QQ空间\n上一条：某乡召开会议\n")
    assert cleaned.body.endswith("确保明年夏粮丰收。")


def test_tipping_prompt_and_a_row_of_amounts_end_the_speech_without_a_paywall():
    cleaned = clean_text(SPEECH + "若觉得本文有用，欢迎打赏作者\n打赏 ¥1 ¥3 ¥8.88\n")
    assert cleaned.body.endswith("确保明年夏粮丰收。")
    assert not cleaned.paywalled


def test_counters_on_a_line_of_their_own_are_dropped_anywhere():
    page = (
        "点赞 21 | 收藏 4 | 分享\n" + SPEECH + "阅读(96)┊ 评论 (2)┊ 转载(1) ┊ 喜欢▼\n"
    )
    cleaned = clean_text(page)
    assert "点赞" not in cleaned.body and "阅读(96)" not in cleaned.body


def test_date_with_counters_beside_it_is_a_publication_line():
    page = "在全乡秋冬种工作会议上的讲话\n2022年10月9日  阅读 310  点赞 7\n" + SPEECH
    cleaned = clean_text(page)
    assert "2022年10月9日  阅读 310  点赞 7" in cleaned.head
    assert "310" not in cleaned.body


def test_editorial_note_after_the_speech_is_cut_from_the_body():
    cleaned = clean_text(SPEECH + "（本文根据讲话录音整理，未经本人审阅）\n")
    assert cleaned.body.endswith("确保明年夏粮丰收。")
    assert "（本文根据讲话录音整理，未经本人审阅）" in cleaned.trailers


def test_closing_bracket_at_the_end_of_a_sentence_is_not_an_editorial_note():
    text = SPEECH.rstrip() + "（掌声）\n"
    assert clean_text(text).body.endswith("（掌声）")


def test_document_page_count_ends_the_speech():
    cleaned = clean_text(SPEECH + "本文档共4页，当前为第1-4页\n")
    assert cleaned.body.endswith("确保明年夏粮丰收。")


def test_attachment_after_the_speech_is_not_the_speech():
    page = SPEECH + "附件2\n名词解释\n1.“一田一策”：每块田一套管护办法。\n"
    cleaned = clean_text(page)
    assert cleaned.body.endswith("确保明年夏粮丰收。")
    assert "一田一策" not in cleaned.body


def test_run_on_page_that_opens_with_a_welcome_keeps_its_speech():
    opening = (
        "欢迎访问某某公文网 登录 | 注册 首页>讲话稿>在全乡秋冬种工作会议上的讲话 "
        "在全乡秋冬种工作会议上的讲话同志们：今天召开全乡秋冬种工作会议。"
    )
    cleaned = clean_text(opening + FILLER * 8)
    assert cleaned.body.startswith("同志们：今天召开")
    assert "欢迎访问某某公文网" in cleaned.head
    assert "在全乡秋冬种工作会议上的讲话" in cleaned.head


def test_footer_glued_to_the_end_of_a_run_on_page_is_split_off():
    text = (
        "同志们：今天召开会议。" + FILLER * 8 + "确保全年目标任务顺利完"
        "下载本文档 本文标题：在全乡秋冬种工作会议上的讲话 链接地址：https://example.cn/d/1.html"
    )
    cleaned = clean_text(text)
    assert cleaned.body.endswith("确保全年目标任务顺利完")
    assert "链接地址：https://example.cn/d/1.html" in cleaned.tail
    assert "本文标题：在全乡秋冬种工作会议上的讲话" in cleaned.tail


def test_long_paragraph_that_mentions_a_site_phrase_is_kept():
    paragraph = "这份材料仅供参考，" + FILLER * 6
    assert paragraph in clean_text("同志们：\n" + paragraph + "\n").body


def test_wechat_article_chrome_and_editors_preface_stay_out_of_the_body():
    page = (
        "原创 小编 某县发布 2024-03-15 08:30 发表于湖南\n点击上方蓝字关注我们\n"
        "编者按：近日，全乡秋冬种工作会议召开，现将讲话刊发如下。\n"
        "在全乡秋冬种工作会议上的讲话\n" + SPEECH + "END\n来源：某县发布\n审核：王某\n"
        "分享 收藏 点赞 在看\n"
    )
    cleaned = clean_text(page)
    assert cleaned.body.startswith("同志们：")
    assert cleaned.body.endswith("确保明年夏粮丰收。")


def test_author_note_after_the_text_is_a_trailer():
    cleaned = clean_text(SPEECH + "（作者系某县县委书记）\n")
    assert cleaned.body.endswith("确保明年夏粮丰收。")
    assert "（作者系某县县委书记）" in cleaned.trailers


def test_text_copied_from_a_pdf_is_rejoined_into_paragraphs():
    wrapped = (
        "同志们：\n今天召开全乡秋冬种工作会议，主要任\n务是安排部署当前农业生产，确保明年\n"
        "夏粮丰收。刚才，分管同志作了部署，\n我都同意。\n- 2 -\n"
        "第一，要抓住农时。秋冬种季节性强，\n各村要组织群众抢墒播种，做到种足种\n"
        "好。对撂荒地要逐块排查，能种尽种。\n第二，要搞好服务。农技人员要深入\n"
        "田间地头，帮助群众解决实际困难，让\n群众满意。\n第三，要压实责任。各村党组织书记\n"
        "要亲自抓，乡里将适时督查，对工作不\n力的严肃问责。\n"
    )
    assert clean_text(wrapped).body.split("\n") == [
        "同志们：",
        "今天召开全乡秋冬种工作会议，主要任务是安排部署当前农业生产，确保明年"
        "夏粮丰收。刚才，分管同志作了部署，我都同意。",
        # a line of full width ending a sentence may end its paragraph: kept apart
        "第一，要抓住农时。秋冬种季节性强，各村要组织群众抢墒播种，做到种足种"
        "好。对撂荒地要逐块排查，能种尽种。",
        "第二，要搞好服务。农技人员要深入田间地头，帮助群众解决实际困难，让群众满意。",
        "第三，要压实责任。各村党组织书记要亲自抓，乡里将适时督查，对工作不力的严肃问责。",
    ]


def test_paragraphs_of_ordinary_text_are_not_joined():
    lines = [
        f"第{n}段，要把这项工作抓实抓细，确保每一项任务都落地见效。" for n in range(12)
    ]
    assert clean_text("\n".join(["同志们：", *lines])).body.count("\n") == 12


# --- round 3: page marks, abstracts, inserted ads, signatures, closings ------------

PARA = "要把秋冬季防火责任落实到每一个村组、每一片山林，确保不出任何问题。"


def test_page_of_pages_glued_inside_a_word_is_removed():
    lines = remove_page_markers(["各乡镇要加强秸秆第3页 共7页综合利用，" + PARA])
    assert lines == ["各乡镇要加强秸秆综合利用，" + PARA]


def test_end_of_preview_page_mark_is_removed():
    assert remove_page_markers([PARA, "（本页完）", "— 2 —", PARA]) == [PARA, PARA]


def test_sentence_cut_by_a_pager_line_is_joined_again():
    lines = remove_page_markers(
        ["有的单位对群众反映的问题不闻不问，遇到矛盾", "第2页 共6页", "绕道走。"]
    )
    assert lines == ["有的单位对群众反映的问题不闻不问，遇到矛盾绕道走。"]


def test_heading_or_title_before_a_pager_line_stays_its_own_line():
    heading = "二、聚焦短板弱项，全力补齐农村基础设施欠账"
    assert remove_page_markers([heading, "- 4 -", "今年要新建改建道路。"]) == [
        heading,
        "今年要新建改建道路。",
    ]
    title = "在全县秋季农业生产工作会议上的讲话"
    assert remove_page_markers([title, "1/8", "同志们："]) == [title, "同志们："]


def test_page_marker_closer_than_a_page_is_removed_when_it_is_the_next_page():
    short = "群众满意是标准。"  # a page of a short preview holds little text
    text = (
        "1/6"
        + FILLER * 6
        + "落实2/6到位"
        + FILLER * 6
        + "3/6"
        + short
        + "抓紧4/6抓实"
        + FILLER * 6
        + "5/6"
    )
    cleaned = "\n".join(remove_page_markers([text]))
    assert "/6" not in cleaned and "抓紧抓实" in cleaned


def test_word_spaced_out_for_layout_is_not_split_into_paragraphs():
    assert lines_of("在全镇春耕生产动员会上的\n讲\u3000\u3000话\n同志们：") == [
        "在全镇春耕生产动员会上的",
        "讲\u3000\u3000话",
        "同志们：",
    ]


def test_abstract_under_its_label_is_not_the_start_of_the_speech():
    cleaned = clean_text(
        "在全县秸秆禁烧工作会议上的讲话\n内容简介：\n"
        "本讲话稿从认清形势、压实责任两个方面部署秸秆禁烧工作，全文约2600字，供参考。\n"
        "同志们：\n" + PARA
    )
    assert cleaned.body.startswith("同志们：")


def test_site_describing_the_document_is_not_the_speech():
    cleaned = clean_text(
        "本文是在全镇村级换届工作会议上的讲话，共三个部分，结构清晰。\n"
        "在全镇村级换届工作会议上的讲话\n同志们：\n" + PARA
    )
    assert cleaned.body.startswith("同志们：")


def test_table_of_contents_before_the_speech_is_head():
    cleaned = clean_text(
        "目录\n一、认清形势\n二、压实责任\n"
        "在全区冬季供暖保障会上的讲话\n同志们：\n一、认清形势\n" + PARA
    )
    assert cleaned.body.startswith("同志们：")
    assert cleaned.body.count("一、认清形势") == 1


def test_summary_and_keyword_lines_are_not_the_start_of_the_speech():
    cleaned = clean_text(
        "【摘要】这篇讲话围绕河长制的落实作了具体部署，可作参考。\n"
        "关键词：河长制；水环境治理；讲话\n" + PARA
    )
    assert cleaned.body == PARA


def test_menu_with_single_spaced_items_is_chrome():
    assert droppable_chrome("首页 | 讲话致辞 | 心得体会 | 登录 注册")
    assert not droppable_chrome("一要 抓 好 落 实")


def test_breadcrumb_without_home_is_chrome():
    assert droppable_chrome("某某范文网 > 讲话稿 > 讲话致辞")
    assert droppable_chrome("党建 > 党课讲稿")
    assert not droppable_chrome("收入增长快于支出增长，结构持续优化。")


def test_site_ad_between_paragraphs_is_dropped_and_the_speech_goes_on():
    second = "其次，要把基层减负落到实处，坚决纠治层层加码、过度留痕等问题。" + PARA
    cleaned = clean_text(
        "同志们：\n首先，要把调查研究抓在经常。" + PARA + "\n"
        "更多精彩范文请关注“某某写作”公众号，每日更新！\n" + second + "\n"
        "本文来源于网络，转载请注明出处\n最后，要把责任扛在肩上。" + PARA
    )
    assert "公众号" not in cleaned.body and "转载" not in cleaned.body
    assert cleaned.body.endswith("最后，要把责任扛在肩上。" + PARA)


def test_site_ad_after_the_closing_ends_the_speech():
    cleaned = clean_text(
        "同志们：\n" + PARA + "\n谢谢大家！\n更多范文请访问某某材料网\n" + PARA
    )
    assert cleaned.body.endswith("谢谢大家！")


def test_row_of_site_items_opening_with_chrome_ends_the_speech():
    cleaned = clean_text("同志们：\n" + PARA + "\n打赏  扫码支持作者\n" + PARA)
    assert cleaned.body == "同志们：\n" + PARA


def test_signature_under_the_last_sentence_is_not_body():
    cleaned = clean_text(
        "同志们：\n" + PARA + "\n谢谢大家！\n西湾乡党委书记　钱××\n2023年12月30日"
    )
    assert cleaned.body.endswith("谢谢大家！")
    assert "西湾乡党委书记\u3000钱××" in cleaned.trailers


def test_short_site_lines_after_the_closing_are_tail():
    cleaned = clean_text(
        "同志们：\n" + PARA + "\n谢谢大家！\n本文由网友上传\n大小：18KB\n相关讲话稿"
    )
    assert cleaned.body.endswith("谢谢大家！")


def test_speech_after_a_thank_you_is_kept():
    cleaned = clean_text("同志们：\n" + PARA + "\n谢谢大家！\n" + PARA)
    assert cleaned.body.endswith("谢谢大家！\n" + PARA)


def test_next_speech_of_a_bundle_ends_the_first():
    cleaned = clean_text(
        "同志们：\n"
        + PARA
        + "\n篇二：在村党支部书记培训班上的讲话\n各位学员：\n"
        + PARA
    )
    assert cleaned.body == "同志们：\n" + PARA


def test_end_mark_and_links_glued_to_a_run_on_speech_are_tail():
    run_on = "同志们：" + FILLER * 40 + "（全文完）上一篇：在全县植树节活动上的讲话"
    cleaned = clean_text(run_on + " 下一篇：无 本文来源于网络")
    assert cleaned.body.endswith(FILLER.rstrip("。") + "。")
    assert "上一篇" not in cleaned.body and "全文完" not in cleaned.body


def test_site_ad_inside_a_run_on_line_is_cut_out():
    run_on = (
        "同志们："
        + FILLER * 30
        + "更多范文请访问 某某网 www.example.cn 二、抓好落实"
        + FILLER
    )
    cleaned = clean_text(run_on)
    assert "www" not in cleaned.body and "更多范文" not in cleaned.body


def test_bracketed_toolbar_and_document_card_are_dropped():
    cleaned = clean_text(
        "同志们：\n"
        + PARA
        + "\n【打印】 【纠错】 【返回列表】\n文档贡献者：abc_12\n"
        + PARA
    )
    assert cleaned.body == "同志们：\n" + PARA + "\n" + PARA


def test_heading_runs_into_a_sentence_opening_with_a_date():
    assert find_seam("强化招才引智，增强发展后劲去年，全县新引进人才") == len(
        "强化招才引智，增强发展后劲"
    )
    assert find_seam("做好自己的事情我在去年的会上讲过") is None


def test_heading_cut_off_by_a_paywall_is_not_taken_for_a_signature():
    cleaned = clean_text("同志们：\n" + PARA + "\n三、压实县长责任\n阅读全文")
    assert cleaned.body.endswith("三、压实县长责任")


def test_bracketed_next_speech_of_a_bundle_ends_the_first():
    cleaned = clean_text(
        "同志们：\n" + PARA + "\n【范文二】在团县委全会上的讲话\n" + PARA
    )
    assert cleaned.body == "同志们：\n" + PARA


@pytest.mark.parametrize(
    "footer",
    [
        "本文标题：在某会上的讲话",
        "原文链接：https://example.cn/a.html",
        "下载本文档",
        "阅读全文",
        "剩余60%未读",
        "（全文完）",
        "(本文完)",
        "上一篇：在某会上的讲话",
        "本文来源于某某网",
        "转载请注明出处",
    ],
)
def test_every_kind_of_footer_glued_to_a_run_on_speech_is_split_off(footer):
    cleaned = clean_text("同志们：" + FILLER * 40 + footer)
    assert cleaned.body.endswith(FILLER)


def test_last_page_mark_goes_however_short_the_last_page():
    # the last page holds less than a pager's usual 200 characters
    text = "1/4" + FILLER * 6 + "落2/4实" + FILLER * 6 + "压3/4实" + FILLER * 5
    text += "同志们，让我们一起努力！4/4"
    cleaned = "\n".join(remove_page_markers([text]))
    assert cleaned.endswith("同志们，让我们一起努力！")
    assert "/4" not in cleaned


def test_bracketed_warm_tip_before_the_salutation_is_site_text():
    page = (
        "在全县防汛工作会议上的讲话\n【温馨提示】本站范文均可编辑，下载请点击文末按钮。\n"
        "同志们：\n今天召开防汛工作会议，部署今年的防汛工作。"
    )
    assert clean_text(page).body.startswith("同志们：")


def test_wechat_list_of_earlier_articles_ends_the_speech():
    page = (
        "同志们：\n作风建设永远在路上，让我们从自身做起！\n往期推荐\n"
        "◆ 党课｜以学促干\n点个“在看”，你最好看"
    )
    assert clean_text(page).body.endswith("让我们从自身做起！")


def test_list_of_the_sites_other_documents_of_the_kind_ends_the_speech():
    page = "同志们：\n会议到此结束，散会！\n相关主持词：表彰大会主持词（精选5篇）"
    assert clean_text(page).body.endswith("散会！")


def test_photo_caption_credited_to_a_placeholder_name_is_removed():
    kept, captions = remove_captions(
        ["3月2日，全县春耕生产现场会召开。记者 XXX 摄", "同志们：", "今天开会。"]
    )
    assert kept == ["同志们：", "今天开会。"]
    assert captions


def test_editor_note_in_square_brackets_after_the_speech_is_cut():
    page = "同志们：\n让我们一起为全市发展作出更大贡献！\n【责任编辑：XXX】"
    assert clean_text(page).body.endswith("作出更大贡献！")


def test_run_on_heading_ending_on_a_noun_is_cut_before_the_modal_yao():
    sentence = "扎实建设宜居宜业和美乡村要学习运用先进地区的经验，因地制宜推进整治"
    assert sentence[: find_seam(sentence)] == "扎实建设宜居宜业和美乡村"


def test_adverb_before_yao_keeps_a_run_on_heading_whole():
    sentence = "抓项目首先要盯紧产业链条上的龙头企业，围绕链主精准招商"
    assert find_seam(sentence) is None


# --- round 5: where the speech starts and ends under more layouts ---------------


def test_news_lead_announcing_the_speech_it_prints_is_not_the_speech():
    cleaned = clean_text(
        "3月2日，全镇春季植树动员会召开，镇党委书记王某某出席会议并讲话。"
        "现将讲话全文刊登如下：\n同志们：\n今天动员全镇植树。" + FILLER
    )
    assert cleaned.body.startswith("同志们：\n今天动员")
    assert cleaned.head[0].startswith("3月2日")


def test_news_lead_reporting_the_speech_before_its_salutation_is_not_the_speech():
    cleaned = clean_text(
        "5月8日，全乡秸秆禁烧工作会议召开，乡长刘某出席并讲话，对禁烧工作作出部署。\n"
        "同志们：\n今天召开禁烧工作会议。" + FILLER
    )
    assert cleaned.body.startswith("同志们：\n今天召开")


def test_posters_note_before_the_title_and_salutation_is_not_the_speech():
    cleaned = clean_text(
        "去年在会上用过的稿子，分享给大家，改改就能用，别照抄。\n"
        "在全乡秋冬季防火工作会议上的讲话\n同志们：\n今天召开防火会议。" + FILLER
    )
    assert cleaned.body.startswith("同志们：\n今天召开防火会议")
    assert "在全乡秋冬季防火工作会议上的讲话" in cleaned.head


def test_first_person_paragraph_before_a_salutation_line_stays_the_speech():
    cleaned = clean_text(
        "我先讲几句开场的话，大家边听边想，会后再讨论。\n同志们：\n"
        "今天召开防火会议。" + FILLER
    )
    assert cleaned.body.startswith("我先讲几句开场的话")


def test_phone_pages_fold_does_not_cut_the_speech():
    cleaned = clean_text(
        "同志们：\n今天部署秋粮收购。" + FILLER + "\n展开全文\n"
        "二、抓好收购服务\n要开足收购网点，方便农民就近售粮，决不能让农民卖粮难。"
        + FILLER
    )
    assert "二、抓好收购服务" in cleaned.body
    assert "展开全文" not in cleaned.body
    assert not cleaned.paywalled


def test_fold_button_before_site_text_cuts_the_speech():
    cleaned = clean_text(
        "同志们：\n今天部署秋粮收购。" + FILLER + "\n展开全文\n登录后查看更多内容"
    )
    assert cleaned.paywalled
    assert cleaned.body.endswith("负责到底。")


def test_editor_credit_closes_the_article_before_the_next_one():
    cleaned = clean_text(
        "同志们：\n今天部署冬季征兵。" + FILLER + "\n责任编辑：马某\n"
        "全县冬季征兵工作有序推进\n近日，县人武部组织体检，" + FILLER
    )
    assert cleaned.body.endswith("负责到底。")
    assert cleaned.tail[0] == "责任编辑：马某"


def test_next_articles_title_and_salutation_end_the_speech():
    cleaned = clean_text(
        "同志们：\n今天部署冬季征兵。" + FILLER + "\n在全县冬季森林防火会议上的讲话\n"
        "2022-10-01 来源：县政府办 作者：某某\n同志们：\n今天召开防火会议。" + FILLER
    )
    assert cleaned.body.count("同志们：") == 1
    assert cleaned.tail[0] == "在全县冬季森林防火会议上的讲话"


def test_speech_title_inside_the_speech_without_a_salutation_does_not_end_it():
    cleaned = clean_text(
        "同志们：\n今天部署冬季征兵。\n在全县冬季征兵会议上的讲话\n" + FILLER
    )
    assert cleaned.body.endswith("负责到底。")


@pytest.mark.parametrize(
    "closing",
    [
        "精选留言\n晨光\n说得实在！\n23",
        "阅读原文\n阅读 3万\n在看 12",
        "回复\n沙发\n网友乙\n发表于 2020-5-6 09:10:11 | 只看该作者\n谢谢分享！",
        "回复 举报\n2#\n小王\n发表于：2020-03-05 11:20\n感谢！",
        "本页链接：http://www.example.gov.cn/art/2024/5/6/art_1_2.html",
        "文档贡献者\nwenshu2020\n该用户很懒，什么也没介绍\n上传的其他文档",
        "上一期　下一期　往期回顾",
    ],
)
def test_site_text_after_the_speech_ends_it(closing):
    cleaned = clean_text("同志们：\n今天部署冬季征兵。" + FILLER + "\n" + closing)
    assert cleaned.body.endswith("负责到底。")


def test_paper_pager_words_open_site_lines_only():
    assert ending_chrome("下一条：县长带队检查备汛工作")
    assert not ending_chrome("上一期培训班学员普遍反映收获很大。")


def test_short_site_lines_under_the_last_sentence_are_cut():
    cleaned = clean_text(
        "同志们：\n今天部署冬季征兵。"
        + FILLER
        + "\n转藏 献花(2) +1\n来自: 老张的资料库 > 《讲话》 举报\n附件：无"
    )
    assert cleaned.body.endswith("负责到底。")
    assert "附件：无" in cleaned.tail


def test_closing_wish_without_a_stop_is_not_cut_as_site_text():
    cleaned = clean_text("同志们：\n今天部署冬季征兵。" + FILLER + "\n祝大家新春快乐")
    assert cleaned.body.endswith("祝大家新春快乐")


def test_paywall_under_the_next_articles_first_lines_does_not_cut_this_one():
    cleaned = clean_text(
        "同志们：\n今天部署冬季征兵。" + FILLER + "\n责任编辑：马某\n"
        "在全县森林防火会议上的讲话\n同志们：\n今天召开全县森林防火会议，"
        "主要任务是分析当前防火形势，部署今冬明春各项防火工作……\n查看全文"
    )
    assert not cleaned.paywalled


def test_sites_ellipsis_before_a_paywall_is_not_the_speakers():
    cleaned = clean_text(
        "同志们：\n今天部署冬季征兵。\n要建立县乡两级联动的工作保障机制……\n"
        "此处只显示部分内容，完整版请下载Word文档"
    )
    assert cleaned.paywalled
    assert cleaned.body.endswith("工作保障机制")


def test_dashed_page_numbers_glued_into_words_are_removed():
    text = (
        "同志们："
        + FILLER * 4
        + "抓实- 2 -抓细"
        + FILLER * 3
        + "有人- 3 -管"
        + FILLER * 4
        + "负责- 4 -到底"
        + FILLER
    )
    cleaned = "\n".join(remove_page_markers([text]))
    assert "抓实抓细" in cleaned and "有人管" in cleaned and "负责到底" in cleaned
    assert "- 3 -" not in cleaned


def test_lone_dashed_number_in_a_sentence_is_kept():
    text = "同志们：" + FILLER * 4 + "编号为甲- 2 -乙的项目已经开工。" + FILLER
    assert remove_page_markers([text]) == [text]


def test_dated_row_of_labelled_fields_is_site_text():
    assert droppable_chrome("2023-06-09 来源：网友投稿 阅读：1,204次")
    assert droppable_chrome("2022-11-18 来源：区委政法委 作者：周某 阅读：862")
    assert not droppable_chrome("2023年6月9日，全区召开会议，来源各地的代表参加。")


def test_heading_seam_after_duty():
    sentence = "扎实履行驻村帮扶职责帮扶工作千头万绪，关键是抓住重点"
    assert sentence[: find_seam(sentence)].endswith("帮扶职责")


# --- 1.5: chrome inside the speech, run-on pages, pagers after figures ---------

POINT_TWO = "（二）抓好春耕备耕。" + FILLER * 2
POINT_THREE = "（三）抓好防汛备汛。" + FILLER * 2
CLOSING = "同志们，春耕时节不等人，希望大家抓紧抓实，确保各项任务落到实处！"


def page_with(inserted: str) -> str:
    return "\n".join(
        [
            "同志们：",
            "今天召开会议。" + FILLER,
            POINT_TWO,
            inserted,
            POINT_THREE,
            CLOSING,
        ]
    )


@pytest.mark.parametrize(
    "inserted",
    [
        "展开阅读全文∨",
        "阅读全文",
        "开通VIP会员，海量讲话稿免费下载，仅需9.9元/月！",
        "扫码关注“青禾发布”，获取更多政务信息",
    ],
)
def test_fold_link_ad_or_qr_prompt_with_the_speech_going_on_is_not_a_paywall(
    inserted,
):
    cleaned = clean_text(page_with(inserted))
    assert not cleaned.paywalled
    assert inserted not in cleaned.body
    assert cleaned.body.endswith(CLOSING)
    assert "（三）抓好防汛备汛。" in cleaned.body


def test_read_all_prompt_after_which_the_speech_stops_is_a_paywall():
    page = "\n".join(
        ["同志们：", "今天召开会议。" + FILLER, POINT_TWO, "阅读全文", "相关推荐"]
    )
    cleaned = clean_text(page)
    assert cleaned.paywalled
    assert cleaned.body.endswith(FILLER)


def test_nothing_left_to_read_button_under_a_whole_text_is_not_a_cut():
    page = "\n".join(
        [
            "同志们：",
            "今天召开会议。" + FILLER,
            CLOSING,
            "立即下载",
            "还剩0页未读，继续阅读",
        ]
    )
    cleaned = clean_text(page)
    assert not cleaned.paywalled
    assert cleaned.body.endswith(CLOSING)


def test_pages_left_to_read_button_is_still_a_paywall():
    page = "\n".join(["同志们：", "今天召开会议。" + FILLER, "还剩3页未读，继续阅读"])
    assert clean_text(page).paywalled


def test_page_marker_glued_after_a_figure_is_removed_and_the_figure_kept():
    text = (
        "1/5"
        + FILLER * 6
        + "修建2/5水渠"
        + FILLER * 6
        + "新增林地12003/5亩"
        + FILLER * 6
        + "完成4/5改造"
        + FILLER * 6
    )
    cleaned = "\n".join(remove_page_markers([text]))
    assert "新增林地1200亩" in cleaned
    assert "/5" not in cleaned


def test_fraction_after_a_figure_outside_a_pager_run_is_kept():
    text = "今年新增林地12003/5亩以上的地块有三块。" + FILLER * 3
    assert remove_page_markers([text]) == [text]


def test_rule_of_dashes_glued_to_a_heading_gives_the_heading_its_line():
    lines = lines_of("开通会员\n————————————————（三）聚焦发展，成效更加明显。")
    assert lines == ["开通会员", "（三）聚焦发展，成效更加明显。"]
    assert lines_of("我们要——也必须——抓好落实。") == ["我们要——也必须——抓好落实。"]


def test_membership_ads_glued_inside_a_run_on_line_are_cut_out():
    page = (
        "同志们：今天开会。下面我讲两点意见。一、统一思想，提高认识"
        + FILLER * 12
        + "【本文由VIP会员专享，开通会员查看更多精品范文】实践证明，网格越密越安全。"
        + "二、突出重点，推动工作落实第一，建强组织。"
        + FILLER * 3
        + "【限时特惠】年度会员仅需99元，立即开通>>第二，提升能力。"
        + FILLER * 3
    )
    cleaned = clean_text(page)
    assert "会员" not in cleaned.body
    lines = cleaned.body.split("\n")
    assert any(line.startswith("第二，提升能力。") for line in lines)
    assert "实践证明，网格越密越安全。" in cleaned.body


def test_paywall_tipping_and_copyright_glued_after_a_run_on_speech_are_the_tail():
    page = (
        "同志们：今天开会。下面我讲两点意见。一、统一思想，提高认识"
        + FILLER * 12
        + "二、突出重点，抓好落实"
        + FILLER * 12
        + "要当好服务员，主动上门……"
        + "余下全文请开通会员后阅读，开通VIP会员 ¥29.9/月。觉得有用就打赏一下吧 ¥1 ¥5 "
        + "相关范文：在全县招商大会上的讲话　青墨文库 版权所有"
    )
    cleaned = clean_text(page)
    assert cleaned.paywalled
    assert cleaned.body.endswith("要当好服务员，主动上门")
    assert "青墨文库 版权所有" in cleaned.tail
    assert any(line.startswith("相关范文：") for line in cleaned.tail)


def test_qr_prompt_and_copyright_glued_after_the_last_sentence_are_the_tail():
    page = (
        "同志们：今天开会。一、统一思想，提高认识"
        + FILLER * 12
        + "二、突出重点，抓好落实"
        + FILLER * 12
        + "作出新的更大贡献！"
        + "扫码下载Word版 长按识别二维码关注我们 Copyright © 2024 青墨文库"
    )
    cleaned = clean_text(page)
    assert cleaned.body.endswith("作出新的更大贡献！")
    assert not cleaned.paywalled
    assert "Copyright © 2024 青墨文库" in cleaned.tail


def test_scan_inside_a_sentence_of_a_run_on_speech_stays():
    page = (
        "同志们：今天开会。一、统一思想"
        + FILLER * 12
        + "群众扫码即可办理。"
        + FILLER * 5
    )
    assert "群众扫码即可办理。" in clean_text(page).body


def test_run_on_head_with_date_counters_and_site_name_before_the_salutation_is_head():
    page = (
        "青墨文库(精品) 在全市招商工作推进会上的讲话(精品)　2023-10-19 20:31:07　阅读 938"
        "　同志们：今天开会。" + FILLER * 30
    )
    cleaned = clean_text(page)
    assert cleaned.body.startswith("同志们：今天开会。")
    assert "青墨文库(精品)" in cleaned.head
    assert "在全市招商工作推进会上的讲话(精品)" in cleaned.head


def test_run_on_head_with_labelled_fields_before_the_salutation_is_head():
    page = (
        "首页>领导讲话>基层治理 区委书记在全区治理工作推进会上的讲话 发布时间：2024-07-03 "
        "浏览量：3,467 同志们：今天开会。" + FILLER * 30
    )
    cleaned = clean_text(page)
    assert cleaned.body.startswith("同志们：今天开会。")
    assert "区委书记在全区治理工作推进会上的讲话" in cleaned.head


def test_heading_ending_on_a_sense_is_cut_before_a_period_of_the_year():
    sentence = "正视差距，切实增强抓招商的紧迫感前三季度，全市新签约亿元以上项目58个"
    assert sentence[find_seam(sentence) :].startswith("前三季度")


def test_menu_link_opening_with_a_salutation_is_not_the_speech():
    page = "\n".join(
        [
            "领导讲话",
            "同志们：在全市防汛救灾表彰大会上的讲话",
            "在全市集体经济工作会议上的讲话",
            "同志们：",
            "今天召开会议。" + FILLER,
        ]
    )
    cleaned = clean_text(page)
    assert cleaned.body.startswith("同志们：\n今天召开会议。")
    assert "同志们：在全市防汛救灾表彰大会上的讲话" in cleaned.head


def test_breadcrumb_with_slashes_is_chrome():
    assert droppable_chrome("首页 / 讲话稿 / 点评讲话")
    assert droppable_chrome("党建网 / 讲话稿 / 点评讲话")
    assert not droppable_chrome("上半年 / 下半年各开展一次督查。")


def test_keywords_line_of_the_site_is_chrome():
    assert droppable_chrome("本文关键词：述职报告，基层党建，党委书记")


def test_bracketed_button_before_an_editor_credit_ends_the_speech():
    assert ending_chrome("【纠错】 责任编辑：周晓岚")
    assert ending_chrome("【打印】【关闭】 来源：临江日报")
    assert not ending_chrome("【案例】去年汛期，沿河三个村提前转移群众两百余人。")


def test_closing_date_line_in_chinese_numerals_leaves_the_body_before_credits():
    page = "\n".join(
        [
            "同志们：",
            "今天召开会议。" + FILLER,
            "让我们共同努力，把各项任务落到实处。",
            "二〇二四年四月九日",
            "【纠错】 责任编辑：周晓岚",
            "扫一扫在手机打开当前页",
        ]
    )
    cleaned = clean_text(page)
    assert cleaned.body.endswith("把各项任务落到实处。")
    assert "二〇二四年四月九日" in cleaned.trailers


@pytest.mark.parametrize(
    "opening",
    [
        "注释：",
        "注：[1] 指年产值两千万元以上的企业。",
        "附：名词解释",
        "附件：1.任务分工表.docx",
    ],
)
def test_appendix_or_notes_after_the_speech_end_it(opening):
    page = "\n".join(
        [
            "同志们：",
            "今天召开会议。" + FILLER,
            "让我们共同努力，把各项任务落到实处！",
            opening,
            "1.“三链融合”：指产业链、创新链、人才链相互融合。",
        ]
    )
    cleaned = clean_text(page)
    assert cleaned.body.endswith("把各项任务落到实处！")
    assert "三链融合" not in cleaned.body


def test_wire_and_edition_credits_under_a_note_stay_credits():
    page = "\n".join(
        [
            "同志们：",
            "今天召开会议。" + FILLER,
            "祝两国友谊万古长青！",
            "注：",
            "萨瓦迪卡，泰语问候语，意为“你好”。",
            "（新华社曼谷4月9日电）",
            "《临江日报》（2024年04月10日 03版）",
        ]
    )
    cleaned = clean_text(page)
    assert cleaned.body.endswith("万古长青！")
    assert "《临江日报》（2024年04月10日 03版）" in cleaned.trailers


def test_endnote_marks_go_when_a_notes_heading_ends_the_speech():
    page = "\n".join(
        [
            "同志们：",
            "正如前人所说，“实践出真知”。①" + FILLER,
            "让我们共同努力！",
            "注：",
            "① 见《某某文集》第三卷，第12页。",
        ]
    )
    cleaned = clean_text(page)
    assert "①" not in cleaned.body
    assert cleaned.body.endswith("让我们共同努力！")


RUN_ON_SPEECH = (
    "各位来宾，同志们：今天请大家来，是想听听意见。" + FILLER * 4 + "谢谢大家。"
)


def test_run_on_head_with_breadcrumb_and_editors_note_is_head():
    page = (
        "临江县人民政府门户网站 - 领导活动 首页 > 新闻中心 > 领导活动 "
        "在全县青年人才座谈会上的讲话 发布：4月9日 09:15 阅读：812 "
        "编者按：4月8日，县委召开座谈会。现将县委主要领导同志的讲话刊发如下。 "
        + RUN_ON_SPEECH
    )
    cleaned = clean_text(page)
    assert cleaned.body.startswith("各位来宾，同志们：今天请大家来")
    assert "在全县青年人才座谈会上的讲话" in cleaned.head
    assert "编者按" not in cleaned.body


def test_run_on_editorial_note_signature_and_related_list_leave_the_body():
    page = (
        "同志们：" + FILLER * 4 + "谢谢大家。 （根据录音整理） 临江县委书记　赵明远 "
        "相关新闻： ·县政府召开恳谈会 ·临江出台十条措施 【纠错】 【打印】 "
        "本页链接：https://www.linjiang.gov.cn/art/2024/4/9/art_1_2.html "
        "临江县人民政府办公室主办 版权所有"
    )
    cleaned = clean_text(page)
    assert cleaned.body.endswith("谢谢大家。")
    assert "（根据录音整理）" in cleaned.trailers
    assert "临江县委书记　赵明远" in cleaned.trailers
    assert any(line.startswith("本页链接") for line in cleaned.tail)


def test_run_on_heading_ends_at_the_space_that_ended_its_line():
    paragraph = (
        "一、青年人才是临江发展的生力军 临江的民营经济，是一代代创业者干出来的。"
    )
    assert split_heading_seam(paragraph) == [
        "一、青年人才是临江发展的生力军",
        "临江的民营经济，是一代代创业者干出来的。",
    ]


def test_run_on_heading_ends_at_a_closing_quote_before_the_sentence_subject():
    paragraph = "三、县委、县政府一定当好“服务员”大家在发言中讲到，有的政策知道得晚。"
    assert split_heading_seam(paragraph) == [
        "三、县委、县政府一定当好“服务员”",
        "大家在发言中讲到，有的政策知道得晚。",
    ]


def test_spaced_heading_phrases_without_a_sentence_after_them_stay_one_heading():
    paragraph = "一、提高政治站位　扛牢政治责任切实把思想统一到县委的决策部署上来"
    assert split_heading_seam(paragraph)[0] != "一、提高政治站位"
