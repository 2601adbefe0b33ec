"""Kinds a first run over real pages of 40 more sites missed (parser 2.3): 范文
collections' counts and search phrases around a title, a list's circled mark, a
download help list, a summary label over the salutation, a collection's count or a
school speech's motto run on before the salutation; one kind a test.

Every page here is written for its test; none is a page of that set.
"""

from speeches.parsing import parse_text
from speeches.parsing.title_decorations import strip_decorations

OPENING = "今天召开全乡秋季防火工作会议，主要任务是总结上半年工作，部署下一阶段任务。"
POINT = "各村要把巡山护林责任落实到人，做到山有人管、林有人护、火有人防。"


def test_count_and_a_search_phrase_in_quotes_are_not_the_title():
    assert (
        strip_decorations("初中开学典礼校长致辞6篇 “扬帆新学期，奋楫再出发”")
        == "初中开学典礼校长致辞"
    )
    # a title that quotes its own motto keeps it
    assert strip_decorations("校长在“扬帆新学期”主题班会上的讲话") == (
        "校长在“扬帆新学期”主题班会上的讲话"
    )


def test_a_lists_circled_mark_and_how_to_write_are_not_the_title():
    assert strip_decorations("㈡ 乡长在防火工作会议上的讲话稿如何写") == (
        "乡长在防火工作会议上的讲话稿"
    )
    assert strip_decorations("秋季运动会校长发言稿怎么写?") == "秋季运动会校长发言稿"
    # "如何写好…" inside a title is the speaker's own words
    assert strip_decorations("如何写好新时代的乡村振兴答卷") == (
        "如何写好新时代的乡村振兴答卷"
    )


def test_a_download_help_list_is_neither_title_nor_speech():
    page = "\n".join(
        [
            "若您不能下载本文，请参考以下说明：",
            "1、下载部分文档需要积分，请确认账户积分充足",
            "2、已购文档再次下载不重复扣费",
            "3、下载后请先用解压软件解压，再用对应软件打开",
            "全乡秋季防火工作会议讲话稿同志们：" + OPENING,
            POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "全乡秋季防火工作会议讲话稿"
    assert speech.body.startswith("同志们：今天召开")
    assert "扣费" not in speech.body and "解压" not in speech.body


def test_a_summary_label_over_the_salutation_is_not_the_speech():
    salutation = (
        "尊敬的某某主席和夫人，尊敬的各位来宾，尊敬的各国代表团团长，女士们、先生们："
    )
    page = "\n".join(
        [
            "第九届全省运动会组委会主任致辞",
            "2025-09-12 21:30:00   来源: 某某网",
            "[提要] " + salutation + "  今晚，我们相聚在美丽的湖畔。",
            "9月12日，运动会开幕式在省城举行。这是组委会主任在开幕式上的致辞。",
            salutation,
            "今晚，我们相聚在美丽的湖畔。" + POINT,
        ]
    )
    speech = parse_text(page)
    assert speech.title == "第九届全省运动会组委会主任致辞"
    assert speech.body.startswith("尊敬的某某主席和夫人")
    assert "[提要]" not in speech.body


def test_a_collections_count_run_on_before_the_salutation_is_head():
    page = "全乡离退休干部座谈会致辞12篇 各位老领导、老同志：" + OPENING + POINT
    speech = parse_text(page)
    assert speech.title == "全乡离退休干部座谈会致辞"
    assert speech.body.startswith("各位老领导、老同志：")
    assert "12篇" not in speech.body


def test_a_school_speechs_motto_run_on_before_the_salutation_is_head():
    page = (
        "2025级新生开学典礼致辞：惟有笃行方致远亲爱的老师们、同学们：大家上午好！"
        "今天的校园，秋高气爽，我们迎来了来自各地的新同学。" + POINT
    )
    speech = parse_text(page)
    assert speech.title.endswith("惟有笃行方致远")
    assert speech.body.startswith("亲爱的老师们、同学们：")


def test_a_press_release_naming_what_the_speech_said_announces_it():
    page = "\n".join(
        [
            "縣府新聞",
            "縣長出席農會成立六十週年慶祝大會",
            "縣長今天上午應邀出席農會成立六十週年慶祝大會，並致詞。",
            "縣長致詞內容為：",
            "欣逢農會成立六十週年，本人應邀前來，心中十分歡喜，謹向全體會員致意。",
            "農業是本縣的根本，也是我們走向世界的憑藉。",
        ]
    )
    speech = parse_text(page)
    assert speech.title == "縣長出席農會成立六十週年慶祝大會"
    assert speech.body.startswith("欣逢農會成立六十週年")
    assert "內容為" not in speech.body


def test_a_release_quoting_the_speech_in_part_starts_it_after_its_word():
    page = "\n".join(
        [
            "某鄉第20屆鄉長宣誓就職典禮",
            "某鄉第20屆鄉長宣誓就職典禮，於本月10日上午在鄉公所大禮堂舉行，"
            "儀式後新任鄉長向鄉親致詞，茲簡錄鄉長致詞內容；"
            "今天起才是真正的考驗，選舉期間對鄉親的承諾，今後四年要一一落實。",
        ]
    )
    speech = parse_text(page)
    assert speech.body.startswith("今天起才是真正的考驗")


def test_a_tag_list_after_the_last_sentence_is_not_the_speech():
    page = "中学校长新年致辞 " + OPENING + POINT + " 校长致辞 中学校长致辞 新年寄语 |"
    speech = parse_text(page)
    assert speech.body.endswith("火有人防。")
    assert "寄语" not in speech.body


def test_a_document_shops_file_line_is_read_without_its_count_and_notes():
    assert (
        strip_decorations(
            "乡镇七一党课：不忘来路 方知去处9800字.DOCX 【文字、图表均可编辑】"
        )
        == "乡镇七一党课：不忘来路 方知去处"
    )
    assert strip_decorations("乡镇七一党课：不忘来路 方知去处9800字") == (
        "乡镇七一党课：不忘来路 方知去处"
    )


def test_a_lists_bullet_is_not_part_of_the_headline():
    assert strip_decorations("• 特首就防疫措施会见传媒") == "特首就防疫措施会见传媒"
    # a dot between the parts of a foreign name stays
    assert strip_decorations("乔治·某某主席在开幕式上的致辞") == (
        "乔治·某某主席在开幕式上的致辞"
    )


def test_a_press_releases_link_to_its_sign_language_video_is_not_the_speech():
    page = "\n".join(
        [
            "• 特首就防疫措施会见传媒",
            "(請點選此處觀看記者會的手語傳譯影片。)",
            "以下是行政長官今日會見傳媒的開場發言全文：",
            "今天我想向大家交代下一階段的防疫安排，請市民繼續配合。",
        ]
    )
    speech = parse_text(page)
    assert "手語傳譯" not in speech.body
    assert speech.body.startswith("今天我想向大家交代")
