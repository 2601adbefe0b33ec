"""Slogans: formulations an editor would keep, and nothing an editor must reject."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speeches.parsing.enumeration_members import members_built_alike
from speeches.parsing.lexicon import PhraseFinder, formula_fits, opens_a_word
from speeches.parsing.quotation_text import judge_quotation
from speeches.parsing.reference import word_frequency
from speeches.parsing.slogans import find_slogans


def texts(body: str) -> list[str]:
    return [slogan.text for slogan in find_slogans(body) if slogan.listed]


def test_adjacent_quotes_are_separate_slogans():
    found = texts("要推行“大网格”“微治理”模式，落实“清单制”“责任制”。")
    assert found == ["大网格", "微治理", "清单制", "责任制"]
    assert not any("”" in text or "“" in text for text in found)


def test_adjacent_straight_quotes_are_separate_slogans():
    assert texts('坚持"村账乡管""阳光村务",让权力在阳光下运行。') == [
        "村账乡管",
        "阳光村务",
        "让权力在阳光下运行",
    ]


def test_quoted_enumeration_is_kept_whole_and_split_into_parts():
    slogans = find_slogans("把“小事不出网格、大事不出社区”落到实处。")
    assert [(s.text, s.kind) for s in slogans] == [
        ("小事不出网格、大事不出社区", "enumeration"),
        ("小事不出网格", "coinage"),
        ("大事不出社区", "coinage"),
    ]


def test_long_quotation_is_not_a_slogan():
    body = "老书记说过，“群众的事情再小也是大事，我们多跑一趟腿，群众就少操一份心”。"
    assert texts(body) == []


def test_quoted_sentence_without_punctuation_is_not_a_slogan():
    assert texts("要让先进者“像灯塔一样照亮后来者前行的道路”。") == []
    assert texts("他常说“关键是抓好落实”。") == []


def test_document_titles_in_book_quotes_are_never_slogans():
    assert texts("要对照《关于加强社区治理的实施意见》和《意见》逐项落实。") == []
    assert judge_quotation("《意见》") == ()


def test_scare_quoted_plain_word_is_skipped_but_a_two_character_formula_is_kept():
    assert texts("让群众感受到服务的“温度”，抓好“三农”工作。") == ["三农"]


def test_number_formula_written_without_quotes_is_found():
    assert texts("各支部要落实三会一课制度，推动两学一做常态化。") == [
        "三会一课",
        "两学一做",
    ]


def test_method_suffix_is_dropped_and_program_suffix_kept():
    body = "推广四个一线工作法，实施六大惠民工程。"
    assert texts(body) == ["四个一线", "六大惠民工程"]


def test_running_text_with_numerals_is_not_a_formula():
    body = (
        "三年来一直坚持，一把钥匙开一把锁，一件接着一件办，"
        "要进一步统一思想，一个一个地解决，举一反三做好工作，三心二意要不得。"
    )
    assert texts(body) == []


def test_formula_kind_is_given_to_numbered_quotes():
    slogans = find_slogans("要做到“四个到位”，当好“定盘星”。")
    assert [(s.text, s.kind) for s in slogans] == [
        ("四个到位", "formula"),
        ("定盘星", "coinage"),
    ]


def test_each_slogan_is_listed_once_in_order_of_first_appearance():
    body = "坚持“三会一课”。\n要把三会一课落到实处，守好“定盘星”，坚持“三会一课”。"
    assert texts(body) == ["三会一课", "定盘星"]


def test_digits_and_foreign_words_in_quotes_are_not_slogans():
    assert texts("屏幕上出现“1949”和“OK”字样。") == []


def test_unquoted_count_of_a_stance_is_a_formula():
    found = texts("要坚持两个毫不动摇，落实三个区分开来，努力做到四个过硬。")
    assert found == ["两个毫不动摇", "三个区分开来", "四个过硬"]


def test_counts_of_people_ordinals_and_figures_are_not_formulas():
    body = "要落实三个责任人，这是第四个坚持，全县12个必须整改的问题要逐一销号。"
    assert texts(body) == []


def test_count_that_names_the_parts_listed_before_it_is_a_formula():
    body = "要建立问题清单、责任清单、任务清单这三个清单，逐项对账销号。"
    assert "三个清单" in texts(body)


def test_count_that_does_not_match_the_parts_listed_is_not_a_formula():
    body = "要建立问题清单、责任清单这三个清单，逐项对账销号。"
    assert "三个清单" not in texts(body)


def test_quotation_naming_the_topic_of_a_talk_is_not_a_slogan():
    body = "今天我以“赓续红色血脉、争当时代先锋”为题讲一堂党课，要建好“红色课堂”。"
    assert texts(body) == ["红色课堂"]


def test_quoted_title_of_a_talk_is_not_a_slogan():
    found = texts("今天党课的题目是“守住初心、担当使命”，下面我谈三点。")
    assert found == []


def test_event_theme_in_quotes_is_a_slogan():
    assert texts("本届论坛主题为“数字赋能乡村”。") == ["数字赋能乡村"]


def test_quoted_utterance_after_a_verb_of_saying_is_not_a_slogan():
    found = texts("有的干部张口就说“这不归我们管”，有的推说“你去找乡里”。")
    assert found == []
    assert texts("开展“我为群众办实事”实践活动。") == ["我为群众办实事"]


def test_shuang_counts_in_an_unquoted_formula_but_a_pair_is_not_one():
    found = texts(
        "严格落实一岗双责，深化双招双引。海峡两岸双方要加强交流，双手一挥，两市双双收涨。"
    )
    assert "一岗双责" in found and "双招双引" in found
    assert not {"两岸双方", "双手一挥", "两市双双"} & set(found)


def test_a_particle_after_a_formula_keeps_its_two_character_last_word():
    assert "三管三必须" in texts("要按照三管三必须的要求厘清职责。")


def test_yi_zhi_is_a_word_but_liang_zhi_is_part_of_a_formula():
    assert "四不两直" in texts("要推行四不两直明查暗访，一直抓到底。")


def test_ten_against_nine_is_a_proverb_not_a_formula():
    assert texts("防汛宁可十防九空，不可失防万一。") == []


def test_quoted_questions_are_not_slogans():
    assert texts("围绕“怎么看”“怎么干”“钱从哪里来”谈三点。") == []


def test_a_quoted_verb_said_twice_is_not_a_slogan():
    assert texts("能当场答复的推到“研究研究”，还要“看看”再说。") == []


def test_national_formulas_without_numeric_shape_are_found_unquoted():
    found = texts(
        "做好三农工作，纠治四风问题，坚持四下基层，落实五级书记抓乡村振兴，"
        "巩固两不愁三保障成果，推动一带一路建设。"
    )
    for formula in ("三农", "四风", "四下基层", "五级书记", "两不愁三保障", "一带一路"):
        assert formula in found


def test_known_formula_inside_a_figure_or_a_longer_word_is_not_found():
    assert texts("步行三公里，第四风口，两委员会") == []


def test_formula_cut_short_beside_a_longer_one_at_the_same_place_is_dropped():
    found = texts("推动精神文明建设五个一工程项目落地。")
    assert "五个一工程" in found and "五个一工" not in found


def test_count_of_a_stance_before_jingshen_is_a_formula():
    assert "八项规定" in texts("严守中央八项规定精神，中央八项规定出台以来成效明显。")


def test_enumerations_paired_by_a_comma_are_one_formula_and_two_halves():
    found = texts("按照“谁主管、谁负责，谁审批、谁监管”的原则落实责任。")
    assert "谁主管、谁负责，谁审批、谁监管" in found
    assert "谁主管、谁负责" in found and "谁审批、谁监管" in found


def test_quoted_sentence_with_a_comma_is_still_not_a_slogan():
    assert texts("他常说“干部要实干，群众才满意”。") == []


def test_quoted_list_of_single_words_is_a_formula_without_its_parts():
    assert texts("坚决整治“懒、散、浮、拖”等问题。") == ["懒、散、浮、拖"]


def test_two_character_coinage_printed_against_a_coinage_is_kept():
    found = texts("严肃查处“村霸”“微腐败”问题。")
    assert "村霸" in found and "微腐败" in found


def test_two_short_quotations_side_by_side_stay_scare_quotes():
    assert texts("把“议事”“决策”分开。") == []


def test_short_quotation_in_a_listed_series_stays_a_scare_quote():
    assert "长效" not in texts("防止“硬杠杠”、“长效”变成一阵风。")


def test_enumeration_quoted_inside_a_quoted_clause_is_the_slogan_not_the_clause():
    found = texts("坚持“把‘能者进、庸者让、劣者汰’落到实处”，让干事者有舞台。")
    assert found == ["能者进、庸者让、劣者汰", "能者进", "庸者让", "劣者汰"]


def test_coinage_quoted_inside_a_quoted_instruction_is_kept():
    assert texts("上级明确要求“要坚决整治‘慵懒散’问题”。") == ["慵懒散"]


def test_quoted_names_of_towns_are_not_slogans_but_coinages_about_places_are():
    assert texts('"金岭镇"抓后备力量有办法，"白沙河镇"的"党员积分制"做得实。') == [
        "党员积分制"
    ]
    assert texts("推动“家电下乡”，实施“文旅兴镇”，建设“特色小镇”。") == [
        "家电下乡",
        "文旅兴镇",
        "特色小镇",
    ]


def test_short_formula_naming_the_topic_of_a_talk_is_a_slogan():
    assert texts("今天我以“守纪律讲规矩”为题，和大家一起学习交流。") == ["守纪律讲规矩"]


def test_motto_whose_subject_is_everyone_is_a_slogan_not_a_clause():
    assert texts("要牢固树立“人人都是营商环境”的理念。") == ["人人都是营商环境"]
    assert texts("要记住“关键是抓好落实”这句话。") == []


def test_two_character_quotation_naming_a_kind_of_noun_is_a_coinage():
    body = "引进“链主”企业，实施“头雁”培育工程，构建“亲清”政商关系。"
    # 亲清政商关系 is a listed formulation too, quoted in part or not.
    assert texts(body) == ["链主", "头雁", "亲清政商关系", "亲清"]


def test_two_character_scare_quotes_before_a_particle_or_verb_stay_unlisted():
    assert texts("让群众感受到“温度”，把“幸福”写在脸上，防止“躺平”思想蔓延。") == []


def test_classical_maxim_quoted_as_a_clause_of_its_own_is_not_a_slogan():
    assert texts("做学问和做事一样，“行远者必自迩”，急不得。") == []
    assert texts("各位委员！“民无恒不兴”。让我们接续奋斗。") == []


def test_coinage_with_a_classical_word_used_inside_a_sentence_is_kept():
    assert texts("全面推行“拿地即开工”和“见贤思齐之风”评选。") == [
        "拿地即开工",
        "见贤思齐之风",
    ]
    # a modern motto standing as a clause shows no classical grammar
    assert texts("大家记住，“马上就办见实效”，说到做到。") == ["马上就办见实效"]


def test_a_quotation_opening_with_a_count_is_a_published_number_formula():
    slogans = {s.text: s for s in find_slogans("理清“两轮驱动”思路，办好“五件实事”。")}
    assert slogans["两轮驱动"].kind == slogans["五件实事"].kind == "formula"
    assert slogans["两轮驱动"].confident and slogans["五件实事"].confident


def test_a_count_of_time_or_a_word_with_a_numeral_is_no_formula():
    assert texts("明确“三年见效”的目标，给予“十分关注”。") == ["三年见效"]
    assert all(not s.confident for s in find_slogans("明确“三年见效”的目标。"))


def test_a_count_of_counties_and_districts_is_no_formula():
    assert texts("在全市五县两区中名列前茅，推行两学一做。") == ["两学一做"]


def test_a_standing_formula_quoted_part_by_part_is_listed_whole_and_in_parts():
    found = texts("党领导人民“站起来”“富起来”“强起来”。")
    assert found == ["站起来富起来强起来", "站起来", "富起来", "强起来"]
    assert find_slogans("党领导人民“站起来”“富起来”“强起来”。")[0].confident


def test_a_local_series_of_quotations_is_proposed_whole_but_listed_in_parts():
    slogans = find_slogans("整治“庸作为”“懒作为”“假作为”问题。")
    assert [s.text for s in slogans if s.listed] == ["庸作为", "懒作为", "假作为"]
    whole = [s for s in slogans if not s.listed]
    assert [(s.text, s.kind, s.confident) for s in whole] == [
        ("庸作为懒作为假作为", "enumeration", False)
    ]


def test_two_quotations_side_by_side_stay_a_pair():
    slogans = find_slogans("组建“大工委”“大党委”。")
    assert [s.text for s in slogans] == ["大工委", "大党委"]


def test_a_longer_lexicon_formulation_is_listed_before_the_shorter_inside_it():
    found = texts("如期实现全面小康社会，抓住重要战略机遇期。")
    assert found[:2] == ["全面小康社会", "小康社会"]
    assert "重要战略机遇期" in found and "战略机遇期" in found


def test_a_code_of_figures_naming_a_programme_is_a_formula():
    body = "聚焦“2135”产业工程，构建“4+N”产业格局，实施“31020”先进制造业行动。"
    assert texts(body) == ["2135", "4+N", "31020"]


def test_quoted_figures_numbers_and_counts_are_no_codes():
    body = "组成“2035”字样，拨打“12399”服务电话，办好“18+6”项民生实事，“5”号线通车。"
    assert texts(body) == []


def test_a_formula_spelled_out_with_its_parts_counted_is_found_whole():
    body = (
        "推动经济、政治、文化三个方面的协调发展，抓好产业、项目、招商三个方面的工作。"
    )
    assert texts(body) == ["经济、政治、文化三个方面的协调发展"]


def test_a_learned_code_is_not_found_inside_figures():
    finder = PhraseFinder(["2135"], fits=formula_fits)
    body = "落实“2135”产业工程，投资2135万元，编号12135，带动2135人就业。"
    assert [o.offset for o in finder.find(body)] == [body.index("2135")]


def test_a_two_character_formula_is_not_found_where_its_second_character_opens_a_word():
    def fits(plain, at, words):
        return formula_fits(plain, at, words) and not opens_a_word(plain, at, words)

    finder = PhraseFinder(["两基", "三治"], fits=fits)
    body = "推进两基攻坚，建设两基地；深化三治融合。"
    assert [o.words for o in finder.find(body)] == ["两基", "三治"]


def test_a_traditional_text_finds_the_lexicons_formulations_in_its_own_script():
    slogans = find_slogans("堅持以新時代中國特色社會主義思想為指導，落實「三農」政策。")
    listed = {s.text: s.stored_text for s in slogans if s.listed}
    assert listed["新時代中國特色社會主義思想"] == "新时代中国特色社会主义思想"
    assert listed["三農"] == "三农"


def test_a_converters_pinyin_is_no_part_of_a_slogan():
    found = texts("全力做好“六穩(wěn)”工作，實行“網(wǎng)格化”管理。")
    assert "六穩" in found
    assert not any("(" in text for text in found)


def test_a_phrase_is_found_past_pinyin_and_in_either_script():
    finder = PhraseFinder(["乡村振兴"])
    body = "推進鄉(xiāng)村振興戰略"
    (occurrence,) = finder.find(body)
    assert occurrence.words == "乡村振兴"
    assert body[occurrence.offset : occurrence.end] == "鄉(xiāng)村振興"


def test_question_marks_standing_for_lost_quotation_marks_are_read_as_quotes():
    body = (
        "我們以?實景課堂?開展教育，緊盯?三公?經費，整治?車輪上的浪費?問題，"
        "推行?一線工作法?。"
    )
    assert texts(body) == ["實景課堂", "三公", "車輪上的浪費", "一線工作法"]


def test_real_question_marks_are_no_quotation_marks():
    body = "問題出在哪裏?出在作風?我們怎麼辦?抓落實?還要抓?督查問責?"
    assert texts(body) == []
    assert texts("安娜?路易斯?斯特朗來訪，推行三嚴三實。") == ["三嚴三實"]


def test_numerals_alone_name_a_day_or_a_congress_not_a_formula():
    body = "厂里过了“六一”又迎“八一”，重温“一二九”，学习“十八大”，抓好“两大”。"
    assert texts(body) == []


def test_a_five_year_plan_named_by_its_numerals_is_kept():
    assert texts("回顾“七五”以来的成就，展望“十一五”。") == ["七五", "十一五"]


def test_a_tally_of_counted_things_is_no_formula():
    body = (
        "两国两党友好往来，车祸致一死两伤，分到两室一厅，队伍夺得两金一银，"
        "一箭六星升空，“三室两厅”已交付。"
    )
    assert texts(body) == []


def test_a_measure_counted_after_a_thing_is_still_a_formula():
    assert texts("坚持一国两制，推行“一户一策”，落实一村两策。") == [
        "一国两制",
        "一户一策",
        "一村两策",
    ]


def test_a_range_of_figures_is_no_formula():
    assert texts("水位上涨一到两米，降价两到三成。") == []


def test_a_name_that_opens_with_a_numeral_is_no_formula():
    body = "游客从四川九寨沟来到三坊七巷，乡亲们十里八乡赶来，“一对一”结对。"
    assert texts(body) == []


def test_a_count_of_districts_stays_a_formula():
    assert texts("规划建设“三区一园”，推进三区一村建设。") == ["三区一园", "三区一村"]


def test_a_count_of_topics_followed_by_a_verb_is_the_speech_own_outline():
    body = "他从交通、住房、教育三个方面介绍，围绕种业、农机、冷链三大领域投资。"
    assert texts(body) == []


def test_running_text_that_opens_with_a_word_of_counting_is_no_formula():
    body = (
        "两国一向友好，他获得一枚二等功奖章，九大一闭幕就返乡，两岸两会在京会谈，"
        "长三角三省一市携手，一直四处奔走，分到一套三居室。"
    )
    assert texts(body) == []
    assert texts("推广四个一线工作法，落实三纵三横布局。") == ["四个一线", "三纵三横"]


def test_a_count_opening_a_phrase_with_de_or_a_long_name_waits_for_an_editor():
    for body in ("这是“一种可怕的惯性”。", "设立“百种好书推广专区”。"):
        slogans = [slogan for slogan in find_slogans(body) if slogan.listed]
        assert [slogan.confident for slogan in slogans] == [False], body


def test_a_price_or_a_measure_opening_a_quotation_is_no_formula():
    slogans = find_slogans("迎来“三元时代”，告别“五公里难题”。")
    assert not any(slogan.confident for slogan in slogans)


def test_a_formula_ends_before_the_particle_closing_a_list():
    assert texts("参加三严三实、两学一做等活动。") == ["三严三实", "两学一做"]


def test_numerals_naming_a_plan_are_kept_where_the_plan_follows():
    body = "完成“八三”帮扶攻坚计划，“七一”前夕走访老党员，“五一”期间值守。"
    assert texts(body) == ["八三"]


def test_a_quoted_enumeration_of_members_built_alike_is_published():
    body = (
        "坚持“增品种、提品质、创品牌”，牢记“一要吃饭、二要建设”，做到“严、实、细”，"
        "落实“矛盾纠纷化解、基层管理创新、公正廉洁执法”。"
    )
    wholes = {s.text: s for s in find_slogans(body) if "、" in s.text}
    assert set(wholes) == {
        "增品种、提品质、创品牌",
        "一要吃饭、二要建设",
        "严、实、细",
        # 公正廉洁 is a person to jieba's tags; a person's name is short
        "矛盾纠纷化解、基层管理创新、公正廉洁执法",
    }
    assert all(slogan.confident for slogan in wholes.values())
    # its parts alone are quoted coinages, for an editor
    assert not {s.text: s for s in find_slogans(body)}["增品种"].confident


def test_a_quoted_list_of_unlike_members_joined_or_naming_waits_for_an_editor():
    body = (
        "理顺“管理体制、运营机制与要素配置”，形成“基层减负、数字赋能提效”，"
        "打造“新央企、新长安”，推出“渝快办、渝快政”，整治“脏、乱、差”，"
        "学习“学雷锋、学焦裕禄”，提供“全天候、一站式”服务，集聚“资本、人才、技术”，"
        "做到“认认真真、扎扎实实”，开展“电影+科技、非遗和文旅”，"
        "大家“讲出了心里话、讲出了真感情”。"
    )
    wholes = [s for s in find_slogans(body) if "、" in s.text]
    assert len(wholes) == 11
    assert not any(slogan.confident for slogan in wholes)


def test_a_series_of_quotations_the_lexicon_does_not_hold_is_never_published():
    slogans = find_slogans("整治“慢作为”“乱作为”“不作为”问题。")
    assert not any(s.confident for s in slogans if not s.listed)


MEMBERS = [
    "增品种",
    "提品质",
    "创品牌",
    "新长安",
    "要素配置",
    "严",
    "实",
    "一要吃饭",
    "优环境",
]


@settings(deadline=None)  # the first call loads jieba's dictionary
@given(st.lists(st.sampled_from(MEMBERS), min_size=2, max_size=6), st.randoms())
def test_a_verdict_on_members_does_not_hang_on_their_order_or_the_comma(members, rng):
    verdict = members_built_alike("、".join(members))
    shuffled = members[:]
    rng.shuffle(shuffled)
    # single characters may spell a word in one order only (严、实 is 严实, 实、严 none)
    one_order = len(members[0]) == 1 and (
        word_frequency("".join(members)) > 0 or word_frequency("".join(shuffled)) > 0
    )
    if not one_order:
        assert members_built_alike("、".join(shuffled)) == verdict
    assert members_built_alike("，".join(members)) == verdict
    # by the rule's own terms: one length, no member naming a place, and single
    # characters not spelling a word of general Chinese (严、实: 严实)
    spelled = len(members[0]) == 1 and word_frequency("".join(members)) > 0
    one_length = len({len(m) for m in members}) == 1
    expected = one_length and "新长安" not in members and not spelled
    assert verdict == expected


def test_a_long_layout_counted_part_by_part_is_a_published_number_formula():
    body = (
        "打造“三基地一屏障一高地”，构建“一核两翼三区四带”，做到“一年一小步三年一大步”。"
    )
    slogans = {s.text: s for s in find_slogans(body) if s.listed}
    assert slogans["三基地一屏障一高地"].kind == "formula"
    assert slogans["三基地一屏障一高地"].confident
    assert slogans["一核两翼三区四带"].confident
    # spans of time counted are a pace, not a layout: an editor decides
    assert not slogans["一年一小步三年一大步"].confident


def test_a_governance_method_is_not_read_inside_an_ordinary_system():
    assert texts("实行负面清单制度和积分制度。") == ["负面清单"]
    assert texts("推广积分制、清单制。") == ["积分制", "清单制"]


def test_five_year_plans_named_by_ordinal_or_short_numerals_aretexts():
    listed = texts("我作关于第七个五年计划的报告。第六个五年计划已经完成。")
    assert listed[:2] == ["第七个五年计划", "第六个五年计划"]
    assert "第十個五年計劃" in texts("制定第十個五年計劃。")
    assert "第十三个五年规划" in texts("这是第十三个五年规划的收官之年。")
    assert "十五五规划" in texts("编制好十五五规划。")
    assert "九五计划" in texts("完成“九五”计划的各项任务。")
    # a figure, not a plan's numerals; no plan without the word
    assert not any("五计划" in s for s in texts("共二十五计划单列项目。"))
    assert not any("个五年" in s for s in texts("再用一个五年时间完成。"))


def test_a_quoted_count_cut_from_a_formulation_the_speech_uses_is_no_slogan():
    listed = texts("坚持一国两制方针，以“一国”为本，享“两制”之利。")
    assert "一国两制方针" in listed or "一国两制" in listed
    assert "两制" not in listed and "一国" not in listed
    # quoted on its own, with no whole formula around, the count stays a formula
    assert "三减" in texts("推行“三减”，减材料、减环节、减时限。")
    # a count named with its head keeps its name: “八五” of 八五计划, “三公” of 三公经费
    assert "八五" in texts("完成“八五”计划，压减“三公”经费。")
    assert "三公" in texts("完成“八五”计划，压减“三公”经费。")


def test_proverbs_cited_or_made_of_set_phrases_are_no_slogans():
    assert texts("俗话说“没有规矩不成方圆”，规矩要守。") == []
    assert texts("要牢记“没有规矩不成方圆”。") == []
    assert texts("常言道：“火车跑得快，全凭车头带”，书记要带头。") == []
    # one set phrase alone may be a formulation
    assert "群众路线" in texts("坚持“群众路线”。")


def test_a_coinage_of_parts_opened_by_one_character_is_published():
    # round slogans9: "大X大Y大Z" is a formula written without marks
    slogans = {s.text: s for s in find_slogans("全市开展“大排查大整治大提升”行动。")}
    assert slogans["大排查大整治大提升"].confident
    # two parts are a phrase, and a plain coinage still waits for an editor
    assert not {s.text: s for s in find_slogans("当好“金扁担”。")}["金扁担"].confident


def test_a_count_in_figures_before_what_it_counts_is_a_published_formula():
    slogans = {s.text: s for s in find_slogans("落实“6大重点任务”和“12方面改革举措”。")}
    assert slogans["6大重点任务"].confident and slogans["12方面改革举措"].confident
    # a place in a ranking is no formula
    assert "50强" not in texts("跻身全国“50强”。")


def test_a_count_of_a_superlative_is_no_formula():
    assert texts("抓住“两个最”不放。") == []


def test_members_repeating_a_verb_are_no_formula():
    assert texts("不能“说一说、想一想”就算了。") == []
    # one such member among others makes the list doubtful
    (whole,) = [s for s in find_slogans("做到“学一学、细落实”。") if "、" in s.text]
    assert not whole.confident


def test_long_members_sharing_a_frame_are_built_alike():
    body = "牢记“改革是第一动力、人才是第一资源”。"
    (whole,) = [s for s in find_slogans(body) if "、" in s.text]
    assert whole.confident
    # long members that share no frame of two characters wait
    assert not members_built_alike("改革开放走在前面、人才资源集聚高地")


def test_a_programme_ranked_first_is_published():
    slogans = {
        s.text: s for s in find_slogans("把生态修复作为“一号工程”，推进“头号工程”。")
    }
    assert slogans["一号工程"].confident and slogans["头号工程"].confident
    # a ship's number is a name, not a programme
    assert "远望一号" not in texts("“远望一号”出港。")


def test_a_periodical_or_a_column_named_in_quotes_is_no_slogan():
    assert texts("会后还要办一本理论刊物“新风向”，按月出版。") == []
    assert texts("读者可以订阅我们的“要闻速递”通讯，每周一期。") == []
    assert texts("电视台开设了“百姓说事”栏目。") == []
    assert texts("全县推行“百姓说事”制度。") == ["百姓说事"]


def test_a_charge_reported_as_said_is_no_slogan():
    assert texts("一批评他，他就说你“整群众”了，这是不对的。") == []
    assert texts("有人说“走回头路了”，其实不然。") == []
    assert texts("我们常说“马上就办”，就要说到做到。") == ["马上就办"]


def test_a_quotation_used_as_a_simile_is_no_slogan():
    assert texts("我们不接受“说客”般居高临下的指点。") == []
    assert texts("要防止“一阵风”似的做法。") == []


def test_a_quoted_enumeration_of_number_formulas_is_published():
    # members of unequal length: not built alike, yet each a number formula
    found = {s.text: s for s in find_slogans("全县推行“三服务、两线督查”，成效明显。")}
    assert found["三服务、两线督查"].confident
    assert found["三服务、两线督查"].reason == "引号中的并列提法（各项皆数字提法）"
    # counts of days are no formulas: the enumeration waits for an editor
    (days,) = [
        s for s in find_slogans("他说“三天、五天”都行。") if s.kind == "enumeration"
    ]
    assert not days.confident


@pytest.mark.parametrize(
    ("sentence", "name", "published"),
    [
        ("全省出台“稳就业十二条”。", "稳就业十二条", True),
        ("市里印发“文旅消费 15 条”。", "文旅消费 15 条", True),
        ("依照“章程第十二条”办理。", "章程第十二条", False),
        ("他反复讲“这十条”。", "这十条", False),
    ],
)
def test_a_quoted_package_of_measures_named_by_topic_and_count_is_published(
    sentence, name, published
):
    (found,) = [s for s in find_slogans(sentence) if s.text == name]
    assert found.confident is published
    assert not [s for s in find_slogans("出台了“12条”。") if s.confident]


def confident(body: str) -> list[str]:
    return [s.text for s in find_slogans(body) if s.listed and s.confident]


def test_a_quoted_programmes_name_is_published_but_not_a_places_works_or_a_span():
    body = "加快“雏鹰计划”落地，开展“百日行动”，推进“三峡工程”。"
    assert confident(body) == ["雏鹰计划"]


def test_a_count_of_stock_figures_is_a_number_formula_but_the_figure_alone_is_not():
    body = "擦亮驻村夜话、民情台账“三张金名片”，打响“城市名片”。"
    assert confident(body) == ["三张金名片"]
    assert "城市名片" not in texts(body)


def test_a_later_wording_that_continues_the_first_is_listed_in_its_stead():
    body = "五年来创新驱动发展成效明显。今后要实施创新驱动发展战略，优化生态。"
    assert "创新驱动发展战略" in texts(body)
    assert "创新驱动发展" not in texts(body)


def test_a_shorter_wording_after_the_full_one_leaves_the_full_one_listed():
    body = "实施创新驱动发展战略，优化生态。创新驱动发展成效明显。"
    assert "创新驱动发展战略" in texts(body)


def test_a_quoted_enumeration_opened_by_the_same_characters_is_published():
    body = "按照“谁出题、谁负责、谁承担风险”的原则，评选“最美、最好、最强”。"
    assert "谁出题、谁负责、谁承担风险" in confident(body)
    assert "最美、最好、最强" not in confident(body)


def test_parts_run_together_sharing_a_character_in_one_place_are_a_formula():
    assert "学村史知村情爱村庄" in confident("开展“学村史知村情爱村庄”活动。")
    # 社会 opens two of the three parts, not all
    assert "社会主义社会" not in confident("建成“社会主义社会”。")
    assert "一年一小步三年一大步" not in confident("实现“一年一小步三年一大步”。")


def test_the_provinces_pledge_is_found_with_any_provinces_name():
    body = "确保总书记有号令、党中央有部署，湖南见行动，落到实处。"
    assert "总书记有号令、党中央有部署，湖南见行动" in confident(body)


# Round slogans13: texts written for these tests.


def test_spaces_around_a_separator_do_not_shift_a_quoted_formula():
    # a page converted from print keeps a space on each side of 、
    for body in (
        "他强调“两手抓 、 两手都要硬”，抓好落实。",
        '他强调 "两手抓 、 两手都要硬" ,抓好落实。',
    ):
        found = texts(body)
        assert found[0].replace(" ", "") == "两手抓、两手都要硬"
        assert not found[0].startswith("调")


def test_a_quoted_enumeration_whose_members_a_comma_separates_is_published():
    body = (
        "全校立足“规范办学，特色办学，开放办学”，推行“年级管段，学科管教，班级管人”。"
    )
    assert "规范办学，特色办学，开放办学" in confident(body)
    assert "年级管段，学科管教，班级管人" in confident(body)


def test_a_quoted_sentence_or_couplet_with_commas_is_no_enumeration():
    body = (
        "老话讲，“人心齐，泰山移”；他总说“我到了，我问了，我办了”，"
        "校训是“前人栽树，后人乘凉”。"
    )
    assert texts(body) == []


def test_a_province_version_of_a_national_strategy_is_published():
    body = "实施科教兴黔战略，推进依法治市，落实人才强县，坚持科教兴国。"
    found = confident(body)
    assert {"科教兴黔战略", "依法治市", "人才强县"} <= set(found)


def test_words_running_on_after_a_strategy_shape_are_no_strategy():
    body = "要依法治市场乱象，打造人才强区域中心，依法治理污水。"
    assert not [s for s in texts(body) if s.startswith(("依法治", "人才强"))]


@pytest.mark.parametrize(
    "quoted",
    ["青苗物理奖", "优秀指导教师", "十大阳光少年", "明日之星", "校园小博士", "77杯"],
)
def test_prizes_and_titles_of_honour_are_no_slogans(quoted):
    assert texts(f"他先后获得“{quoted}”等荣誉，成绩喜人。") == []


@pytest.mark.parametrize(
    "body",
    [
        "在家长面前，大人“高大无比”，孩子只好服从。",
        "这道题是“解不开的”，同学们放弃了。",
        "写文章不要想着“我何等聪明”，而要平等待人。",
        "我当时就讲，“少一点也可以”，不必着急。",
        "把农村说得好似“漆黑一团”，这不对。",
        "现在的学生，他们“一怕累，二怕难，三怕苦”，要引导。",
    ],
)
def test_phrases_said_and_similes_are_no_slogans(body):
    assert texts(body) == []


def test_a_bonus_in_place_of_a_subsidy_is_no_prize():
    assert "以奖代补" in texts("推行“以奖代补”办法。")


def test_period_formulations_and_their_other_wordings():
    body = "动员知识青年下乡上山，开展社教，创办半农半读学校，坚持突出政治。"
    found = {s.text: s.canonical for s in find_slogans(body) if s.listed}
    assert found["下乡上山"] == "上山下乡"
    assert found["社教"] == "社会主义教育运动"
    assert "半农半读学校" in found and "突出政治" in found
    # 社教 is no formulation inside 出版社教材
    assert "社教" not in texts("新华出版社教材编写组到校调研。")


def test_a_poverty_plan_named_by_its_numerals_is_a_formula():
    body = "全县“六五”扶贫攻坚计划如期完成，二十七扶贫攻坚计划是笔误。"
    assert "六五扶贫攻坚计划" in confident(body)
    assert not [s for s in texts(body) if s.startswith("十七")]


def test_quoted_items_an_inventory_counts_are_no_slogans_but_formulas_stay():
    body = (
        "从“经费使用风险防控”方面梳理了“差旅费报销”“办公用品采购”、“三重一大”"
        "“食堂账目管理”等12项风险点，有的单位以“临时工”的名义招人。"
    )
    assert texts(body) == ["三重一大"]


def test_a_single_quotation_before_a_count_is_judged_as_usual():
    assert "阳光厨房" in texts("推广“阳光厨房”等3项做法。")


def test_classical_lines_separated_by_commas_are_no_enumeration():
    body = "古人讲“行之以恒，持之以久，守之以诚”，又讲“学而思，思而行，行而省”。"
    assert texts(body) == []


def test_a_rulers_regnal_number_opens_no_number_formula():
    assert texts("与德国腓特烈二世一级中学结为友好学校。") == []
    assert "两学一做" in texts("深入开展两学一做学习教育。")


def test_a_coinage_quoted_in_a_speech_of_the_years_before_the_reform_is_not_listed():
    body = (
        "我们坚持实事求是，走群众路线，发扬自力更生、艰苦奋斗的作风，巩固人民民主专政，"
        "办好人民公社。有的社队搞“穷过渡”，搞“一平二调”，这是错误的。"
    )
    slogans = {slogan.text: slogan for slogan in find_slogans(body)}
    assert slogans["实事求是"].listed and slogans["一平二调"].listed
    assert not slogans["穷过渡"].listed


def test_the_same_coinage_in_a_speech_of_today_is_listed_for_an_editor():
    body = "我们坚持新发展理念，推动高质量发展。有的地方搞“穷过渡”，要防止。"
    slogans = {slogan.text: slogan for slogan in find_slogans(body)}
    assert slogans["穷过渡"].listed


def test_a_count_that_opens_the_parts_it_names_is_a_number_formula():
    body = (
        "全镇要实现三个突破：园区突破、集镇突破、山林突破。"
        "今年新建两个公园：东湖公园、西山公园。"
    )
    listed = {slogan.text for slogan in find_slogans(body) if slogan.listed}
    assert "三个突破" in listed
    assert "两个公园" not in listed


def test_a_formulations_wording_without_its_opening_words_is_not_listed_again():
    body = "要全面贯彻党的基本理论、基本路线、基本方略，坚定不移走好新的赶考之路。"
    listed = [slogan.text for slogan in find_slogans(body) if slogan.listed]
    assert "党的基本理论、基本路线、基本方略" in listed
    assert "基本理论、基本路线、基本方略" not in listed


def test_a_quoted_count_named_a_programme_by_the_word_after_it_is_a_formula():
    assert texts("全县“八个全覆盖”工程进展顺利。") == ["八个全覆盖"]
    assert texts("推动“两带一廊”联动发展。") == ["两带一廊"]
    assert texts("启动“四子”联动，稳步推进。") == ["四子"]
    # a tally, a span of time and a count with no programme's word stay out
    assert texts("实现“八个全覆盖”目标任务。") == []
    assert texts("开展“百日”行动和“三年”计划。") == []


def test_a_quotation_named_a_brand_by_the_word_after_it_is_no_slogan():
    assert texts("做响“滇南好物”品牌，培育“茶乡四季”等区域公用品牌。") == []
    # a campaign's name is read as before
    assert texts("深化“滇南好物”进万家活动。") == ["滇南好物"]


def test_titles_conferred_images_counted_and_roles_made_into_are_no_slogans():
    assert texts("河口村被评为“全县生态宜居样板村”。") == []
    assert texts("老街荣获“市级特色文化街区”称号。") == []
    assert texts("这次整顿是机关作风的一场“及时春雨”。") == []
    assert texts("要把各局办淬炼成能打硬仗的“铁军营”。") == []
    assert texts("打响“学在山城”教育品牌。") == []
    # a number formula keeps its shape whatever the frame
    assert texts("全镇被评为“四好农村路”示范镇。") == ["四好农村路"]


def test_two_notions_paired_and_a_place_in_a_ranking_are_no_slogans():
    assert texts("处理好“速度与质量”“发展与保护”的关系。") == []
    assert texts("全市空气质量退出“后十五”。") == []
    # a formulation holding 和 or 与 as part of a word is read as before
    assert texts("倡导“和合共生”理念。") == ["和合共生"]


def test_a_difficulty_the_public_meets_and_a_channel_to_an_office_are_no_slogans():
    assert texts("着力破解“办照难”，开通“镇长信箱”。") == []
    assert "看病难、看病贵" in texts("缓解“看病难、看病贵”问题。")
