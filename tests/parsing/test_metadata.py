"""Metadata: what the page prints around the speech, read as an archive editor would."""

import datetime as dt

import pytest

from speeches.parsing.clean import clean_text
from speeches.parsing.dates import date_from_filename
from speeches.parsing.metadata import extract_metadata
from speeches.parsing.title_choice import title_from_filename
from speeches.parsing.title_decorations import strip_decorations

BODY = "同志们：\n今天召开会议，部署下一阶段工作。要把责任压实，把措施落细。\n"


def metadata_of(page: str, **kwargs):
    return extract_metadata(clean_text(page), **kwargs)


@pytest.mark.parametrize(
    ("printed", "stored"),
    [
        ("在全县秋粮收购会上的讲话(精品)", "在全县秋粮收购会上的讲话"),
        ("2019年某市政府工作报告（全文）", "2019年某市政府工作报告"),
        ("在全区招商大会上的讲话（通用5篇）", "在全区招商大会上的讲话"),
        ("[视频]某某出席植树活动", "某某出席植树活动"),
        ("在全市教育大会上的讲话_范文网", "在全市教育大会上的讲话"),
        ("【讲话】在全县秋粮收购工作会议上的讲话", "在全县秋粮收购工作会议上的讲话"),
        ("【领导讲话】在全区招商大会上的讲话", "在全区招商大会上的讲话"),
    ],
)
def test_site_decorations_are_stripped_from_titles(printed, stored):
    assert strip_decorations(printed) == stored


def test_headline_naming_the_speaker_is_kept_over_the_document_title():
    page = (
        "某乡党委书记在“清风乡村”动员会上的讲话\n"
        '在全乡"清风乡村"动员会上的讲话\n' + BODY
    )
    meta = metadata_of(page)
    assert meta.title == "某乡党委书记在“清风乡村”动员会上的讲话"
    assert meta.speaker == "某乡党委书记"
    assert meta.occasion == "“清风乡村”动员会"


def test_fuller_variant_of_a_doubled_title_is_kept():
    page = "在全镇村（社区）换届工作会上的讲话在全镇村社区换届工作会上的讲话" + BODY
    assert metadata_of(page).title == "在全镇村（社区）换届工作会上的讲话"


def test_site_motto_and_brand_above_the_title_are_not_the_title():
    page = "笔耕材料库\n自建平台、每日更新\n全市社区治理座谈会讲话\n" + BODY
    meta = metadata_of(page)
    assert meta.title == "全市社区治理座谈会讲话"
    assert meta.source_site == "笔耕材料库"
    assert meta.occasion == "全市社区治理座谈会"


def test_title_footer_stands_in_when_the_page_prints_no_headline():
    page = (
        BODY
        + "本文标题:在全县防汛会上的讲话(精品)\n链接地址:http://a.example/7 .html\n"
    )
    meta = metadata_of(page)
    assert meta.title == "在全县防汛会上的讲话"
    assert meta.source_url == "http://a.example/7.html"


def test_generic_title_printed_alone_keeps_its_subtitle_metadata():
    page = (
        "政府工作报告\n——2019年1月20日在某省第十三届人民代表大会第二次会议上\n"
        "省长 王某某\n各位代表：\n现在，我受省政府委托作报告。\n"
    )
    meta = metadata_of(page)
    assert meta.title == "政府工作报告"
    assert meta.speaker == "省长 王某某"
    assert meta.occasion == "某省第十三届人民代表大会第二次会议"
    assert meta.delivered == "2019-01-20"
    assert meta.date is None  # the page prints no stamp of its own
    assert meta.admin_level == "省"


def test_role_and_name_on_two_lines_make_one_speaker():
    page = "政府工作报告\n——2019年3月5日在某届人民代表大会会议上\n市长\n张某某\n各位代表：\n报告工作。\n"
    assert metadata_of(page).speaker == "市长 张某某"


def test_title_comes_from_the_file_name_when_the_text_has_none():
    page = (
        "新华社北京3月2日电在全国某会议上的讲话（2019年3月2日）某某某同志们：今天开会。"
    )
    meta = metadata_of(
        page, filename="crawler-x__2019-03-02_015_某某某：在全国某会议上的讲话.txt"
    )
    assert meta.title == "某某某：在全国某会议上的讲话"
    assert meta.title_source == "filename"


def test_file_name_cut_short_is_completed_from_the_text():
    cleaned = clean_text(
        "新华社北京3月2日电在纪念某某活动开展十周年座谈会上的讲话（2019年3月2日）某某某同志们：开会。"
    )
    name = "site__2019-03-02_015_某某某：在纪念某某活动开展十周年座谈会上的讲.txt"
    assert (
        title_from_filename(name, cleaned)
        == "某某某：在纪念某某活动开展十周年座谈会上的讲话"
    )


def test_file_named_after_the_first_words_of_the_text_gives_no_title():
    cleaned = clean_text("同志们：今天，我们在这里召开全县春耕生产大会。")
    assert (
        title_from_filename(
            "news__2019-03-02_3_同志们：_今天，我们在这里召开.txt", cleaned
        )
        == ""
    )


def test_file_name_of_ids_only_gives_no_title():
    assert title_from_filename("004_9f3a2c81d0e4.txt", clean_text(BODY)) == ""


def test_text_without_any_title_gets_no_title_rather_than_its_first_words():
    meta = metadata_of("同志们：\n秋粮收购已经开始，各乡镇要抓紧组织。\n")
    assert meta.title == ""
    assert meta.title_source == ""


def test_text_without_a_title_is_titled_by_the_meeting_its_opening_convenes():
    # 2.7: "今天召开…会议" names the occasion, as "在…会上，我们作交流发言" does
    meta = metadata_of("同志们：\n今天召开全县秋粮收购工作会议。\n")
    assert meta.title == "在全县秋粮收购工作会议上的讲话"
    assert meta.title_source == "occasion"


def test_text_without_a_title_is_titled_by_the_occasion_its_opening_names():
    meta = metadata_of("在全县秋粮收购工作推进会上，我们作交流发言。\n要抓好收购。\n")
    assert meta.title == "在全县秋粮收购工作推进会上的发言"
    assert meta.title_source == "occasion"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("在某会上的讲话\n2024-05-12 09:30:15 347\n", dt.date(2024, 5, 12)),
        ("在某会上的讲话\n发稿时间：2019/3/2\n", dt.date(2019, 3, 2)),
        ("在某会上的讲话\n发布日期：2019年3月2日\n", dt.date(2019, 3, 2)),
        ("在某会上的讲话\n发布：2025/03/18　作者：编辑部\n", dt.date(2025, 3, 18)),
        ("在某会上的讲话 (2021-03-02 21:45:33)\n转载▼\n", dt.date(2021, 3, 2)),
        ("在某会上的讲话\n2022年10月9日  阅读 310  点赞 7\n", dt.date(2022, 10, 9)),
        (
            "在某会上的讲话\n2023-11-08 09:12  阅读 1.2万  收藏 236\n",
            dt.date(2023, 11, 8),
        ),
    ],
)
def test_printed_dates_are_read_in_their_many_formats(head, expected):
    assert metadata_of(head + BODY).date == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("在某会上的讲话\n（二〇一九年三月十二日）\n", "2019-03-12"),
        ("在某会上的讲话（2018年6月4日，上海）\n", "2018-06-04"),
        ("在某会上的讲话\n2019年3月2日\n", "2019-03-02"),
        (
            "政府工作报告\n2019年3月5日在某市第十届人民代表大会第三次会议上\n",
            "2019-03-05",
        ),
    ],
)
def test_the_speechs_own_day_is_delivered_not_the_pages_date(head, expected):
    # since 2.19 `date` is only the page's own stamp: the day printed with the title
    # is the day the speech was given, and a page with no stamp has no date
    meta = metadata_of(head + BODY)
    assert (meta.delivered, meta.date) == (expected, None)


def test_newspaper_edition_date_is_the_publication_date():
    page = (
        "在某会上的讲话（2019年3月2日）某某某同志们：开会。"
        "（新华社北京3月2日电）《 人民日报 》（ 2019年03月03日 02 版）"
    )
    meta = metadata_of(page)
    assert meta.date == dt.date(2019, 3, 3)
    assert meta.source_site == "人民日报"


def test_date_in_a_file_name_is_read():
    assert date_from_filename("x__2019-03-02_015_标题.txt") == dt.date(2019, 3, 2)
    assert date_from_filename("news__20180604_01.html") == dt.date(2018, 6, 4)
    assert date_from_filename("004_9f3a2c81d0e4.txt") is None


def test_page_without_a_printed_date_has_none():
    assert (
        metadata_of("在全镇会上的讲话\nadmin 分享 时间: 加入收藏\n" + BODY).date is None
    )


def test_a_bare_domain_is_a_site_name_not_a_url():
    meta = metadata_of("WENGAO88.COM —— 公文写作参考\n在某会上的讲话\n" + BODY)
    assert meta.source_site == "WENGAO88.COM"
    assert meta.source_url is None


def test_welcome_and_contact_lines_name_the_site():
    assert (
        metadata_of("您好,欢迎访问某某材料网\n在某会上的讲话\n" + BODY).source_site
        == "某某材料网"
    )
    page = "在某会上的讲话\n联系客服提示-某某文库\n" + BODY
    assert metadata_of(page).source_site == "某某文库"


def test_byline_after_a_document_date_is_the_speaker():
    page = "在某峰会上的致辞（2018年6月4日，上海）中华人民共和国主席　某某某尊敬的各位来宾：开会。"
    meta = metadata_of(page)
    assert meta.speaker == "中华人民共和国主席 某某某"
    assert meta.occasion == "某峰会"
    assert meta.admin_level == "中央"


def test_name_spaced_for_layout_is_closed_up():
    page = "在某会上的报告\n（2018年6月4日）\n某　某　某\n同志们：\n开会。\n"
    assert metadata_of(page).speaker == "某某某"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("在全市安全生产会上的讲话", "市"),
        ("在全县秋粮收购会上的讲话", "县"),
        ("某镇党委书记在动员会上的讲话", "镇"),
        ("在全乡防火工作会上的讲话", "乡"),
        ("在全区招商大会上的讲话", "区"),
        ("在全省经济工作会议上的讲话", "省"),
        ("某自治区政府工作报告", "省"),
    ],
)
def test_administrative_level_is_read_from_the_scope_of_the_meeting(title, level):
    assert metadata_of(title + "\n" + BODY).admin_level == level


def test_word_count_larger_than_the_text_shown_means_truncated():
    page = "在某会上的讲话\n共计3600个字,预计阅读时长9分钟。\n" + BODY
    assert metadata_of(page).truncated


def test_text_ending_mid_word_means_truncated():
    assert metadata_of("在某会上的讲话\n同志们：\n今天要推进人居环境整").truncated


def test_fewer_parts_than_announced_means_truncated():
    page = "在某会上的讲话\n同志们：\n下面，我讲三点意见。\n一、统一思想\n要统一。\n二、抓好落实\n要落实。\n"
    assert metadata_of(page, top_level_sections=2).truncated
    assert not metadata_of(page.replace("三点", "两点"), top_level_sections=2).truncated


def test_complete_speech_is_not_truncated():
    page = "在某会上的讲话\n同志们：\n今天开会。\n同志们，让我们一起努力！\n"
    assert not metadata_of(page).truncated


def test_letter_signature_and_date_do_not_look_like_a_cut():
    page = "贺信\n同志们：\n值此建校之际，致以祝贺！\n某某某\n2019年3月2日\n"
    assert not metadata_of(page).truncated


def test_date_printed_alone_under_the_title_is_read():
    assert (
        metadata_of("在某会上的讲话\n2019年3月2日\n" + BODY).delivered == "2019-03-02"
    )


def test_dated_occasion_line_without_a_dash_is_a_subtitle():
    page = "政府工作报告\n2019年3月5日在某市第十届人民代表大会第三次会议上\n各位代表：\n报告工作。\n"
    meta = metadata_of(page)
    assert meta.delivered == "2019-03-05"
    assert meta.occasion == "某市第十届人民代表大会第三次会议"
    assert meta.title == "政府工作报告"


def test_posting_time_after_a_blog_title_is_not_part_of_the_title():
    meta = metadata_of("在全乡植树动员会上的讲话 (2021-03-02 21:45:33)\n" + BODY)
    assert meta.title == "在全乡植树动员会上的讲话"


@pytest.mark.parametrize(
    "brand_line",
    [
        "青禾文库 - 专业文档分享平台",
        "青禾文库 · 每天一篇好材料",
        "青禾文库 | 精品文档 | 会员专区",
    ],
)
def test_site_brand_is_read_before_its_motto_or_menu(brand_line):
    meta = metadata_of(brand_line + "\n在全乡植树动员会上的讲话\n" + BODY)
    assert meta.source_site == "青禾文库"
    assert meta.title == "在全乡植树动员会上的讲话"


def test_login_prompt_above_the_title_is_not_the_site():
    page = (
        "青禾文库 · 每天一篇\n登录后可免费复制全文\n在全乡植树动员会上的讲话\n" + BODY
    )
    assert metadata_of(page).source_site == "青禾文库"


def test_site_menu_above_the_title_is_not_the_title():
    page = "首页 | 公文范文 | 工作总结 | 登录 | 注册\n在全乡植树动员会上的讲话\n" + BODY
    assert metadata_of(page).title == "在全乡植树动员会上的讲话"


@pytest.mark.parametrize(
    ("title", "occasion"),
    [
        ("在全县干部大会上的主持词", "全县干部大会"),
        ("在全区宣传工作会议上的讲话提纲", "全区宣传工作会议"),
    ],
)
def test_occasion_is_read_from_scripts_and_outlines_too(title, occasion):
    assert metadata_of(title + "\n" + BODY).occasion == occasion


def test_download_button_under_a_complete_speech_does_not_mean_truncated():
    page = (
        "在某会上的讲话\n" + BODY + "下载本文档\n本文由用户上传，如有侵权请联系删除\n"
    )
    assert metadata_of(page).truncated is False


def test_paywall_prompt_still_means_truncated():
    page = "在某会上的讲话\n" + BODY + "登录后查看全文\n"
    assert metadata_of(page).truncated is True


def test_title_printed_over_two_lines_is_joined():
    page = "在全乡领导班子专题民主生活会\n上的点评讲话\n（2023年12月6日）\n" + BODY
    meta = metadata_of(page)
    assert meta.title == "在全乡领导班子专题民主生活会上的点评讲话"
    assert meta.occasion == "全乡领导班子专题民主生活会"


def test_wechat_byline_gives_the_date_and_the_account():
    page = (
        "原创 小编 某县发布 2024-03-15 08:30 发表于湖南\n在全乡植树动员会上的讲话\n"
        + BODY
    )
    meta = metadata_of(page)
    assert meta.date == dt.date(2024, 3, 15)
    assert meta.source_site == "某县发布"


def test_date_and_clock_time_opening_a_line_is_the_publication_date():
    page = (
        "在全乡植树动员会上的讲话\n2023年12月28日 16:45　来源：某县融媒体中心\n"
        "（2023年12月26日）\n" + BODY
    )
    assert metadata_of(page).date == dt.date(2023, 12, 28)


def test_site_brand_before_its_domain():
    page = "青禾材料网 www.qinghe-example.cn\n在全乡植树动员会上的讲话\n" + BODY
    assert metadata_of(page).source_site == "青禾材料网"


def test_author_note_under_the_text_names_the_speaker():
    page = "抓党建促振兴交流发言\n" + BODY + "（作者系某县县委书记）\n"
    assert metadata_of(page).speaker == "某县县委书记"


def test_speech_that_opens_by_naming_its_meeting_gives_the_occasion():
    page = "抓党建促振兴交流发言\n在全市抓党建促振兴现场会上，我们作交流发言。近年来…\n"
    assert metadata_of(page).occasion == "全市抓党建促振兴现场会"


# --- round 3: decorated, bundled, broken and breadcrumb titles; sites; info rows ----


@pytest.mark.parametrize(
    ("printed", "stored"),
    [
        ("在全市河长制工作会议上的讲话（2800字）", "在全市河长制工作会议上的讲话"),
        ("最新镇长在全镇安全生产大会上的讲话", "镇长在全镇安全生产大会上的讲话"),
        ("防汛工作会议讲话_范文 - 某某文秘网", "防汛工作会议讲话"),
    ],
)
def test_word_counts_labels_and_stacked_site_names_are_stripped(printed, stored):
    assert strip_decorations(printed) == stored


def test_menu_line_naming_genres_is_not_the_title():
    page = (
        "首页 | 讲话稿 | 工作报告 | 登录 注册\n在全县文明城市创建推进会上的讲话\n"
        + BODY
    )
    assert metadata_of(page).title == "在全县文明城市创建推进会上的讲话"


def test_first_speech_of_a_bundle_gives_the_title():
    page = (
        "最新领导讲话稿3篇\n领导讲话稿3篇\n"
        "篇一：在全县人居环境整治推进会上的讲话\n" + BODY
    )
    assert metadata_of(page).title == "在全县人居环境整治推进会上的讲话"


def test_role_and_name_after_the_title_go_to_the_speaker():
    page = "在全区老干部迎春座谈会上的讲话（区委书记 孙××）\n" + BODY
    metadata = metadata_of(page)
    assert metadata.title == "在全区老干部迎春座谈会上的讲话"
    assert metadata.speaker == "区委书记 孙××"


def test_title_broken_before_a_spaced_out_word_is_joined():
    page = "在全市生态环境保护大会上的\n讲\u3000\u3000话\n（2024年6月5日）\n" + BODY
    metadata = metadata_of(page)
    assert metadata.title == "在全市生态环境保护大会上的讲话"
    assert metadata.occasion == "全市生态环境保护大会"


def test_speaker_with_a_placeholder_name_is_read_from_the_byline():
    page = "在全县教育工作会议上的讲话\n县委副书记、县长　何××\n" + BODY
    assert metadata_of(page).speaker == "县委副书记、县长 何××"


def test_title_glued_to_a_breadcrumb_is_the_fallback_title():
    page = (
        "当前位置：首页>讲话>在全乡秋季征兵工作会议上的讲话在全乡秋季征兵工作会议上的讲话\n"
        + BODY
    )
    assert metadata_of(page).title == "在全乡秋季征兵工作会议上的讲话"


def test_column_name_at_the_end_of_a_breadcrumb_is_not_a_title():
    page = "首页 > 公文 > 领导讲话\n" + BODY
    assert metadata_of(page).title != "领导讲话"


def test_table_of_contents_line_is_not_a_title():
    page = "目录\n一、总结去年工作情况\n" + BODY
    assert metadata_of(page).title != "一、总结去年工作情况"


def test_bare_date_among_the_fields_of_an_info_row_is_the_publication_date():
    page = "在全县林长制工作会议上的讲话\n作者：某某 | 2023-11-02 | 阅读 3254\n" + BODY
    assert metadata_of(page).date == dt.date(2023, 11, 2)


def test_site_is_the_last_part_of_a_page_title():
    page = "在全县林长制工作会议上的讲话\n" + BODY
    assert (
        metadata_of(
            page, page_title="在全县林长制工作会议上的讲话_领导讲话_溪口县人民政府"
        ).source_site
        == "溪口县人民政府"
    )


def test_site_is_the_first_item_of_a_breadcrumb():
    page = "某某范文网 > 讲话 > 会议讲话\n在全县林长制工作会议上的讲话\n" + BODY
    assert metadata_of(page).source_site == "某某范文网"


def test_site_is_read_from_a_copyright_line():
    page = "在全县林长制工作会议上的讲话\n" + BODY + "Copyright © 笔墨文库 版权所有\n"
    assert metadata_of(page).source_site == "笔墨文库"


def test_source_field_naming_no_site_is_skipped():
    page = "在全县林长制工作会议上的讲话\n来源：本站原创\n" + BODY
    assert metadata_of(page).source_site is None


def test_brand_with_its_domain_below_the_title_is_the_site():
    page = "在全县林长制工作会议上的讲话\n某某公文网 www.example.net 整理\n" + BODY
    assert metadata_of(page).source_site == "某某公文网"


def test_placeholder_for_the_name_in_a_byline_leaves_the_role():
    page = "在全县防汛工作会议上的讲话\n县委书记　XXX\n同志们：\n今天开会，部署防汛。"
    assert metadata_of(page).speaker == "县委书记"


def test_host_label_before_a_byline_is_not_part_of_the_speaker():
    page = "在全镇表彰大会上的主持词\n主持人：镇党委副书记　XXX\n同志们：\n现在开会。"
    assert metadata_of(page).speaker == "镇党委副书记"


def test_bracketed_byline_ending_on_a_date_gives_speaker_and_date():
    page = (
        "在全镇作风建设大会上的讲话\n（镇党委书记　XXX　2024年3月4日）\n"
        "同志们：\n今天开会，讲三点。"
    )
    meta = metadata_of(page)
    assert meta.speaker == "镇党委书记"
    assert meta.delivered == "2024-03-04"


def test_wechat_byline_in_the_newer_layout_names_the_account_and_the_date():
    page = (
        "党课｜守初心　担使命\n原创 红色讲堂 红色讲堂 2025年03月18日 08:00 湖南\n"
        "点击蓝字 关注我们\n同志们：\n今天上一堂党课。"
    )
    meta = metadata_of(page)
    assert meta.source_site == "红色讲堂"
    assert meta.date.isoformat() == "2025-03-18"


def test_subtitle_ending_on_jianggao_does_not_swallow_the_byline():
    page = (
        "守初心　担使命\n——在局机关党员大会上的讲稿\n局党组书记　XXX\n"
        "同志们：\n今天讲一课。"
    )
    meta = metadata_of(page)
    assert meta.speaker == "局党组书记"
    assert meta.occasion == "局机关党员大会"


def test_dash_separated_column_path_is_no_title_and_names_the_site():
    page = (
        "范文资料网 - 心得体会 - 研讨发言\n在县委中心组学习会上的发言\n"
        "按照安排，我谈三点体会。"
    )
    meta = metadata_of(page)
    assert meta.title == "在县委中心组学习会上的发言"
    assert meta.source_site == "范文资料网"


@pytest.mark.parametrize(
    ("top", "bottom", "site"),
    [
        ("", "版权所有 公文之家　备案号：X ICP备000号", "公文之家"),
        ("老王的博客　[订阅] [手机订阅]", "", "老王的博客"),
        ("XX市人民政府门户网站", "", "XX市人民政府门户网站"),
        ("稿库网　VIP会员｜充值｜登录", "", "稿库网"),
    ],
)
def test_site_names_printed_as_brand_or_copyright(top, bottom, site):
    page = f"{top}\n在全市防汛工作会议上的讲话\n同志们：\n今天开会。\n{bottom}"
    assert metadata_of(page.strip()).source_site == site


# --- round 5: titles, dates, sites and speakers under more layouts --------------


@pytest.mark.parametrize(
    ("printed", "stored"),
    [
        ("【分享】在全镇防汛工作会上的讲话（原创，已用）", "在全镇防汛工作会上的讲话"),
        ("在全县信访工作会议上的讲话(最新整理)", "在全县信访工作会议上的讲话"),
        ("在全县信访工作会议上的讲话.docx", "在全县信访工作会议上的讲话"),
        (
            "在全县信访工作会议上的讲话（试行稿）",
            "在全县信访工作会议上的讲话（试行稿）",
        ),
    ],
)
def test_more_site_decorations_are_stripped_from_titles(printed, stored):
    assert strip_decorations(printed) == stored


def test_title_printed_only_in_a_title_field_loses_its_label():
    page = "某某范文网\n标题：在全乡禁毒工作会议上的讲话\n作者：佚名\n" + BODY
    meta = metadata_of(page)
    assert meta.title == "在全乡禁毒工作会议上的讲话"
    assert meta.speaker is None


def test_items_of_a_side_column_list_are_not_the_title():
    page = (
        "最新发布\n在全县冬季征兵工作会议上的讲话\n05-06\n"
        "关于全县财政预算执行情况的报告\n04-29\n"
        "县长在全县夏粮收购工作会议上的讲话\n" + BODY
    )
    assert metadata_of(page).title == "县长在全县夏粮收购工作会议上的讲话"


def test_items_of_a_list_dated_before_them_are_not_the_title():
    page = (
        "最新文章\n[04-05] 在全县春耕生产会议上的讲话\n[04-02] 在全县招商会议上的讲话\n"
        "在全县防火工作会议上的讲话\n" + BODY
    )
    assert metadata_of(page).title == "在全县防火工作会议上的讲话"


def test_headline_over_a_dated_line_with_its_year_is_still_the_title():
    page = "在全县夏粮收购工作会议上的讲话\n2024-05-06\n" + BODY
    assert metadata_of(page).title == "在全县夏粮收购工作会议上的讲话"


def test_roles_in_a_side_column_above_the_headline_are_not_the_speaker():
    page = (
        "热点专题\n全县干部作风建设大会专题\n领导信息\n县委书记\n县长\n"
        "在全县夏粮收购工作会议上的讲话\n副县长　刘某某\n" + BODY
    )
    meta = metadata_of(page)
    assert meta.title == "在全县夏粮收购工作会议上的讲话"
    assert meta.speaker == "副县长 刘某某"


def test_menu_words_after_the_title_are_not_names():
    page = "在全市作风建设大会上的讲话\n图片新闻\n政务公开\n" + BODY
    assert metadata_of(page).speaker is None


def test_name_alone_under_the_title_is_the_speaker():
    page = "在全市作风建设大会上的讲话\n张某某\n" + BODY
    assert metadata_of(page).speaker == "张某某"


def test_site_name_at_the_top_is_not_the_title_when_the_footer_gives_one():
    page = (
        "华章公文网\n首页 > 讲话 > 正文\n"
        + BODY
        + "本文标题：在全区禁毒工作会议上的讲话\n"
    )
    assert metadata_of(page).title == "在全区禁毒工作会议上的讲话"


def test_publication_field_outranks_the_documents_creation_date():
    page = (
        "索引号：\n0001/2024-00012\n生成日期：\n2024-03-20\n发布日期：\n2024-03-22\n"
        "在全市城市管理工作会议上的讲话\n" + BODY
    )
    assert metadata_of(page).date == dt.date(2024, 3, 22)


def test_todays_date_in_a_sites_header_is_not_the_publication_date():
    page = (
        "今天是：2024年5月1日 星期三\n在全镇表彰大会上的讲话\n"
        "（2023年12月26日）\n" + BODY
    )
    meta = metadata_of(page)
    assert (meta.date, meta.delivered) == (None, "2023-12-26")


def test_mastheads_dated_weekday_is_the_publication_date():
    page = (
        "某某日报\n2023年02月15日 星期三\n在全市作风建设大会上的讲话\n"
        "（2023年2月13日）\n" + BODY
    )
    meta = metadata_of(page)
    assert meta.date == dt.date(2023, 2, 15)
    assert meta.title == "在全市作风建设大会上的讲话"


@pytest.mark.parametrize(
    ("info_row", "date"),
    [
        ("2023-06-09 来源：网友投稿 阅读：1,204次", dt.date(2023, 6, 9)),
        ("上传者：abc　|　2020-03-26 发布　|　浏览量：88", dt.date(2020, 3, 26)),
        ("发表于 2021-9-3 10:22:15 | 只看该作者 | 倒序浏览", dt.date(2021, 9, 3)),
        ("老李 2021-04-07 | 阅：1,086 | 转：23", dt.date(2021, 4, 7)),
    ],
)
def test_publication_date_in_info_rows_of_many_sites(info_row, date):
    page = f"在全县信访工作会议上的讲话\n{info_row}\n（2020年1月2日）\n" + BODY
    assert metadata_of(page).date == date


def test_page_title_that_is_a_sites_name_is_the_site():
    page = "政务公开\n机构职能\n领导讲话\n在全镇表彰大会上的讲话\n" + BODY
    assert (
        metadata_of(page, page_title="青石镇人民政府").source_site == "青石镇人民政府"
    )


def test_column_named_in_the_breadcrumb_is_not_the_brand():
    page = (
        "设为首页 | 加入收藏 | 联系我们\n政务公开\n您现在的位置：首页 >> 政务公开 >> 讲话\n"
        "在全镇表彰大会上的讲话\n" + BODY + "青石镇人民政府 版权所有\n"
    )
    assert metadata_of(page).source_site == "青石镇人民政府"


def test_sites_name_outranks_a_button_opening_the_top_row():
    page = "无障碍浏览 | 长者模式 | 繁體版\n白河县人民政府\n在全县会议上的讲话\n" + BODY
    assert metadata_of(page).source_site == "白河县人民政府"


def test_site_named_only_in_the_pages_header_is_read_from_it():
    page = "在全县教育工作会议上的讲话\n" + BODY
    meta = metadata_of(page, page_chrome=("老李的个人图书馆", "首页", "登录"))
    assert meta.source_site == "老李的个人图书馆"


def test_short_headline_over_its_subtitle_outranks_a_papers_page_label():
    page = (
        "江城日报\n第A02版：要闻\n守正创新开新局\n——在全市宣传工作会议上的讲话\n"
        "市委副书记　李某某\n" + BODY
    )
    meta = metadata_of(page)
    assert meta.title == "守正创新开新局"
    assert meta.speaker == "市委副书记 李某某"


def test_thread_title_asking_for_a_speech_gives_way_to_the_speechs_title():
    page = (
        "求一篇在全镇安全生产月启动会上的讲话\n手头有一篇，供参考。\n"
        "在全镇安全生产月启动会上的讲话\n" + BODY
    )
    meta = metadata_of(page)
    assert meta.title == "在全镇安全生产月启动会上的讲话"
    assert meta.speaker is None


def test_issue_date_outranks_the_drafting_date():
    page = (
        "成文日期：2023-05-04\n发文日期：2023-05-06\n在全县审计工作会议上的讲话\n"
        + BODY
    )
    assert metadata_of(page).date == dt.date(2023, 5, 6)


# --- 1.5: site headers, author fields, lists of titles, unnamed sites ------------


def test_edition_tag_is_stripped_from_titles():
    assert (
        strip_decorations("青禾镇镇长在全县防汛工作会议上的表态发言（通用版）")
        == "青禾镇镇长在全县防汛工作会议上的表态发言"
    )


def test_site_header_with_its_columns_is_not_the_title():
    page = "红旗党课网　党课讲稿　专题党课\n守规矩　做忠诚干净担当的干部\n" + BODY
    metadata = metadata_of(page)
    assert metadata.title == "守规矩 做忠诚干净担当的干部"
    assert metadata.source_site == "红旗党课网"


def test_author_field_with_a_role_gives_the_speaker():
    page = (
        "在全县民营企业座谈会上的讲话\n作者：青禾县委书记 陈某某日期：2024-08-21阅读：975\n"
        + BODY
    )
    assert metadata_of(page).speaker == "青禾县委书记 陈某某"


def test_author_field_naming_only_a_person_is_not_the_speaker():
    page = "在全县民营企业座谈会上的讲话\n作者：王晓　　发布时间：2024-08-21\n" + BODY
    assert metadata_of(page).speaker is None


def test_role_and_name_beyond_the_basic_character_block_are_read():
    page = (
        "专题党课讲稿\n——在党纪学习教育专题党课上的讲稿\n"
        "作者：𠮷溪镇党委书记　龚䶮　　发布日期：2024年06月28日\n" + BODY
    )
    assert metadata_of(page).speaker == "𠮷溪镇党委书记 龚䶮"


def test_role_opening_a_report_title_is_the_speaker():
    page = "青禾镇党委书记2023年度抓基层党建工作述职报告\n" + BODY
    assert metadata_of(page).speaker == "青禾镇党委书记"


def test_breadcrumb_first_item_is_the_site_when_its_name_says_nothing():
    page = (
        "范文屋 > 领导讲话 > 作风建设\n在全县作风建设大会上的讲话\n"
        "时间：2024-02-26　来源：县委办　浏览：4,318\n" + BODY
    )
    assert metadata_of(page).source_site == "范文屋"


def test_copyright_holder_is_the_site_when_its_name_says_nothing():
    page = "在全县组织工作会议上的讲话\n" + BODY + "© 2024 公文荟 版权所有\n"
    assert metadata_of(page).source_site == "公文荟"


def test_column_of_other_speeches_titles_is_not_the_headline():
    page = (
        "领导讲话\n在全市秋粮收购工作会议上的讲话\n在全市高标准农田建设推进会上的讲话\n"
        "当前位置：首页 > 领导讲话 > 正文\n在全市集体经济发展工作会议上的讲话\n"
        "副市长　赵某某\n" + BODY
    )
    metadata = metadata_of(page)
    assert metadata.title == "在全市集体经济发展工作会议上的讲话"
    assert metadata.occasion == "全市集体经济发展工作会议"
    assert metadata.speaker == "副市长 赵某某"


def test_headline_printed_twice_is_not_a_list_of_titles():
    page = "在全县组织工作会议上的讲话\n在全县组织工作会议上的讲话\n" + BODY
    assert metadata_of(page).title == "在全县组织工作会议上的讲话"


def test_site_name_with_decoration_before_a_run_on_title_is_the_site():
    page = (
        "青墨文库(精品) 在全市招商工作推进会上的讲话(精品)　2023-10-19 20:31:07　阅读 938"
        "　同志们：今天开会。" + "要把各项工作抓实抓细，确保每一项任务落实到位。" * 30
    )
    metadata = metadata_of(page)
    assert metadata.title == "在全市招商工作推进会上的讲话"
    assert metadata.source_site == "青墨文库"
    assert metadata.date == dt.date(2023, 10, 19)


def test_column_tag_alone_in_brackets_is_not_stripped_from_a_short_title():
    assert strip_decorations("【讲话】开幕词") == "【讲话】开幕词"


def test_page_stamp_in_an_info_row_beats_the_update_time():
    page = (
        "在全县秋粮收购工作会议上的讲话\n"
        "2024/4/9 09:30　来源：县政府办公室　更新时间：2024/4/11 17:05　浏览次数：812\n"
        + BODY
    )
    assert metadata_of(page).date == dt.date(2024, 4, 9)


def test_update_time_is_the_date_when_the_page_prints_no_other():
    page = "在全县秋粮收购工作会议上的讲话\n更新时间：2024-04-11\n" + BODY
    assert metadata_of(page).date == dt.date(2024, 4, 11)


def test_publication_field_beats_an_update_time_printed_before_it():
    page = (
        "在全县秋粮收购工作会议上的讲话\n"
        "更新时间：2024-04-11　发布时间：2024-04-09\n" + BODY
    )
    assert metadata_of(page).date == dt.date(2024, 4, 9)


def test_generic_report_title_printed_alone_is_kept_as_printed():
    page = (
        "政府工作报告\n——2024年1月9日在临江县第十八届人民代表大会第三次会议上\n"
        "临江县县长　赵某某\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n"
    )
    assert metadata_of(page).title == "政府工作报告"
    named = metadata_of(page, filename="2024_临江县_政府工作报告.txt")
    assert named.title == "2024年临江县政府工作报告"


def test_page_address_in_the_footer_is_the_source_url():
    footer = (
        "临江新闻网版权所有",
        "网址：https://www.linjiang-news.cn/zw/2024-04/09/c_1203.htm",
    )
    page = "在全县秋粮收购工作会议上的讲话\n" + BODY
    meta = metadata_of(page, page_chrome=footer)
    assert meta.source_url == "https://www.linjiang-news.cn/zw/2024-04/09/c_1203.htm"


def test_site_home_address_in_the_footer_is_not_the_source_url():
    footer = ("临江新闻网版权所有", "网址：https://www.linjiang-news.cn")
    page = "在全县秋粮收购工作会议上的讲话\n" + BODY
    assert metadata_of(page, page_chrome=footer).source_url is None


def test_month_and_day_of_publication_take_the_year_of_the_page_url():
    page = (
        "在全县青年人才座谈会上的讲话\n（二〇二四年四月八日）\n发布：4月9日 09:15\n"
        + BODY
        + "本页链接：https://www.linjiang.gov.cn/art/2024/4/9/art_1_2.html\n"
    )
    meta = metadata_of(page)
    assert meta.date == dt.date(2024, 4, 9)


def test_url_of_another_month_does_not_date_a_month_and_day():
    page = (
        "在全县青年人才座谈会上的讲话\n（二〇二四年四月八日）\n发布：4月9日 09:15\n"
        + BODY
        + "本页链接：https://www.linjiang.gov.cn/art/2023/12/30/art_1_2.html\n"
    )
    meta = metadata_of(page)
    assert (meta.date, meta.delivered) == (None, "2024-04-08")


def test_signature_under_the_speech_names_the_speaker():
    page = "在全县青年人才座谈会上的讲话\n" + BODY + "临江县委书记　赵明远\n"
    assert metadata_of(page).speaker == "临江县委书记 赵明远"
