"""The lexicon file: every line readable, one entry per wording, sane years."""

import pytest

from speeches.parsing.lexicon import (
    LEXICON_FILE,
    Lexicon,
    LexiconError,
    parse_lexicon,
    strip_quotes,
)
from speeches.parsing.slogans import find_slogans

KINDS = {"思想", "战略", "方针", "数字提法", "运动", "不是提法"}


@pytest.fixture(scope="module")
def entries():
    return parse_lexicon(LEXICON_FILE.read_text(encoding="utf-8"))


def test_every_entry_has_a_known_kind_and_a_year_from_the_texts_periods(entries):
    assert {entry.kind for entry in entries} <= KINDS
    years = [entry.since for entry in entries if entry.since is not None]
    assert min(years) >= 1840 and max(years) <= 2026


def test_no_wording_belongs_to_two_entries(entries):
    seen: dict[str, str] = {}
    for entry in entries:
        for form in entry.forms:
            assert form not in seen, f"{form} is in {seen[form]} and {entry.text}"
            seen[form] = entry.text


def test_periods_from_the_fifties_to_today_are_covered(entries):
    by_decade = {entry.since // 10 * 10 for entry in entries if entry.since}
    assert {1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020} <= by_decade


def test_a_wrong_line_is_named():
    with pytest.raises(LexiconError, match=r"lex\.txt:3"):
        parse_lexicon("[战略]\n两步走 | 2017\n三步走 | 八七年\n", source="lex.txt")


def test_a_variant_is_found_and_stored_under_the_main_wording():
    lexicon = Lexicon(parse_lexicon("[方针]\n一国两制 | 1982 | 一个国家，两种制度\n"))
    (match,) = lexicon.matches("坚持“一个国家，两种制度”的方针")
    assert (match.form, match.entry.text) == ("一个国家，两种制度", "一国两制")
    assert strip_quotes("“一国两制”") == "一国两制"


def test_an_enumeration_is_found_joined_by_either_comma():
    lexicon = Lexicon(parse_lexicon("[方针]\n早起早睡、多走多看 | 2020\n"))
    text = "大家要早起早睡，多走多看。"
    (match,) = lexicon.matches(text)
    assert lexicon.matches("大家要早起早睡,多走多看。")
    assert lexicon.matches("大家要早起早睡 多走多看。")
    assert (text[match.offset : match.end], match.entry.text) == (
        "早起早睡，多走多看",
        "早起早睡、多走多看",
    )
    lexicon = Lexicon(parse_lexicon("[方针]\n早起早睡，多走多看 | 2020\n"))
    (match,) = lexicon.matches("大家要早起早睡、多走多看。")
    assert match.entry.text == "早起早睡，多走多看"


def test_formulations_are_found_in_traditional_script_in_the_speechs_own_words():
    listed = [
        slogan.text
        for slogan in find_slogans("堅持愛國者治港，落實一國兩制。")
        if slogan.listed
    ]
    assert "愛國者治港" in listed and "一國兩制" in listed


def test_standing_formulations_of_every_period_are_listed(entries):
    forms = {form for entry in entries for form in entry.forms}
    assert {
        "三大纪律八项注意",
        "不忘初心、继续前进",
        "以党的自我革命引领社会革命",
        "江山就是人民、人民就是江山",
        "创新是引领发展的第一动力",
        "共同但有区别的责任原则",
        "社会治安综合治理",
        "能源生产和消费革命",
        "社会主义生态文明新时代",
        "新时期积极防御军事战略方针",
        "民族要复兴、乡村必振兴",
    } <= forms


def test_a_members_name_quoted_inside_an_enumeration_keeps_it_one_formulation():
    lexicon = Lexicon(parse_lexicon("[思想]\n甲理论、“乙丙”思想、丁观 | 2007\n"))
    (match,) = lexicon.matches("坚持甲理论、“乙丙”思想、丁观，前进。")
    assert match.entry.text == "甲理论、乙丙思想、丁观"
    assert lexicon.matches("坚持甲理论、乙“丙思”想、丁观，前进。") == []


def test_a_formulation_quoted_as_the_object_at_the_end_keeps_the_whole():
    lexicon = Lexicon(
        parse_lexicon("[方针]\n三害 | 2013\n整治三害 | 2013\n防范风险 | 2017\n")
    )
    found = {m.entry.text for m in lexicon.matches("深化整治“三害”工作。")}
    assert found == {"整治三害", "三害"}
    # "防范“风险”": the quoted end is no formulation of its own, only a part
    assert lexicon.matches("我们要防范“风险”。") == []
    # the quotation must close where the words end: "整治“三害问题”" quotes more
    assert {m.entry.text for m in lexicon.matches("整治“三害问题”。")} == {"三害"}


def test_formulations_of_modern_history_hong_kong_and_discipline_are_listed(entries):
    forms = {form for entry in entries for form in entry.forms}
    assert {
        "半殖民地半封建社会",
        "镇压反革命运动",
        "社会主义现代化建设",
        "民族独立、人民解放",
        "国家富强、人民幸福",
        "一国两制、港人治港、高度自治",
        "一国两制、澳人治澳、高度自治",
        "纠正四风",
        "严的主基调",
        "旗帜鲜明讲政治",
        "安全发展理念",
        "市场化、法治化、国际化营商环境",
    } <= forms


def test_the_hong_kong_formula_is_listed_whole_in_traditional_script():
    listed = [
        slogan.text
        for slogan in find_slogans("我們將貫徹“一國兩制”、“港人治港”、高度自治的方針。")
        if slogan.listed
    ]
    assert "一國兩制、港人治港、高度自治" in listed


def test_round_slogans9_formulations_are_found_in_their_wordings():
    # sentences written for the test; each a standing formulation of its period
    found = {
        s.text
        for s in find_slogans(
            "继续搞好“三河三湖”治理，实施科教兴农战略，坚持把纪律和规矩挺在前面，"
            "织密社会安全网，反对霸权主义和强权政治。"
        )
    }
    assert {"三河三湖", "科教兴农战略", "把纪律和规矩挺在前面", "社会安全网"} <= found
    assert "霸权主义和强权政治" in found or "反对霸权主义和强权政治" in found
    # 社会安全网 is not read inside 社会安全网络
    assert "社会安全网" not in {s.text for s in find_slogans("修复社会安全网络。")}


def test_a_formula_sentence_quoting_its_own_terms_is_found():
    lexicon = Lexicon(
        parse_lexicon("[方针]\n甲方是乙方的前提，乙方从属于甲方 | 2017\n")
    )
    text = "**“甲方”是“乙方”的前提，“乙方”从属于“甲方”**，"
    (match,) = lexicon.matches(text)
    assert text[match.offset : match.end] == "甲方”是“乙方”的前提，“乙方”从属于“甲方"
    lexicon = Lexicon(parse_lexicon("[战略]\n污染防治攻坚战 | 2017\n"))
    assert lexicon.matches("打好污染防治“攻坚战”") == []


def test_full_width_digits_and_letters_match_an_entry_written_in_ascii():
    lexicon = Lexicon(parse_lexicon("[战略]\n729计划 | 1999\nXYZ工程 | 2001\n"))
    text = "实施“７２９计划”和ＸＹＺ工程，推进729计划。"
    found = [(text[m.offset : m.end], m.entry.text) for m in lexicon.matches(text)]
    assert found == [
        ("７２９计划", "729计划"),
        ("ＸＹＺ工程", "XYZ工程"),
        ("729计划", "729计划"),
    ]
    # written full-width in the lexicon, found in ASCII just the same
    lexicon = Lexicon(parse_lexicon("[战略]\n７２９计划 | 1999\n"))
    assert [m.entry.text for m in lexicon.matches("实施729计划。")] == ["７２９计划"]


def test_round_slogans11_families_are_listed_unquoted():
    sentence = (
        "建设西电东送、西气东输工程；坚持育人为本、德育为先、能力为重、全面发展；"
        "推行三证合一、一照一码，培育发展双引擎，推动高校内涵式发展。"
    )
    listed = {slogan.text for slogan in find_slogans(sentence) if slogan.listed}
    assert {
        "西电东送",
        "西气东输",
        "育人为本、德育为先、能力为重、全面发展",
        "三证合一、一照一码",
        "双引擎",
        "内涵式发展",
    } <= listed


def test_the_revolutions_and_the_sixties_standing_formulations_are_listed_unquoted():
    sentence = (
        "边区各县要实行减租减息，发展经济，保障供给；干部学习中反对主观主义、"
        "宗派主义和党八股，对顽固派又联合又斗争。公社推行三级所有，队为基础，"
        "工厂实行两参一改三结合，青年要做无产阶级革命事业的接班人。"
    )
    listed = {slogan.text for slogan in find_slogans(sentence) if slogan.listed}
    assert {
        "减租减息",
        "发展经济，保障供给",
        "主观主义",
        "宗派主义",
        "党八股",
        "又联合又斗争",
        "三级所有，队为基础",
        "两参一改三结合",
        "无产阶级革命事业的接班人",
    } <= listed


def test_a_phrase_of_ordinary_chinese_from_those_years_is_no_formulation():
    sentence = "他在部队保家卫国，回乡后从严打击盗伐，有人说对手不过是纸老虎。"
    listed = {slogan.text for slogan in find_slogans(sentence) if slogan.listed}
    assert not {"保家卫国", "严打", "纸老虎"} & listed


def test_standing_formulations_of_theory_diplomacy_and_poverty_are_listed():
    sentence = (
        "要坚持理论联系实际，坚持对话而不对抗、结伴而不结盟，完善国家创新体系和"
        "多层次社会保障体系，健全防止返贫监测和帮扶机制，坚持开发式扶贫方针。"
    )
    listed = {slogan.text for slogan in find_slogans(sentence) if slogan.listed}
    assert {
        "理论联系实际",
        "对话而不对抗、结伴而不结盟",
        "国家创新体系",
        "多层次社会保障体系",
        "防止返贫监测和帮扶机制",
        "开发式扶贫方针",
    } <= listed


def _listed(sentence: str) -> set[str]:
    return {slogan.text for slogan in find_slogans(sentence) if slogan.listed}


# Round slog7: standing national wordings, one sentence written for each domain


def test_economic_reform_and_macro_policy_wordings_are_listed_unquoted():
    listed = _listed(
        "当年推行以税代利，后来实行分税制财政管理体制；今年坚持更加积极的就业政策，"
        "发挥定向调控和相机调控的作用，全面推开营业税改征增值税，"
        "完善市场准入负面清单制度，规范推广政府和社会资本合作。"
    )
    assert {
        "以税代利",
        "分税制财政管理体制",
        "更加积极的就业政策",
        "定向调控",
        "相机调控",
        "营业税改征增值税",
        "市场准入负面清单制度",
        "政府和社会资本合作",
    } <= listed


def test_health_and_social_security_wordings_are_listed_unquoted():
    listed = _listed(
        "各县要深化医药卫生体制改革，巩固国家基本药物制度，扩大新农合和新农保覆盖面，"
        "推进医养结合，开展家庭医生签约服务，建立长期护理保险。"
    )
    assert {
        "深化医药卫生体制改革",
        "国家基本药物制度",
        "新农合",
        "新农保",
        "医养结合",
        "家庭医生签约服务",
        "长期护理保险",
    } <= listed


def test_education_and_social_governance_wordings_are_listed_unquoted():
    listed = _listed(
        "我们坚持教育优先发展，努力办人民满意的教育；同时加强和创新社会管理，"
        "落实安全生产责任制，加快社会信用体系建设，推进诉源治理。"
    )
    assert {
        "教育优先发展",
        "人民满意的教育",
        "加强和创新社会管理",
        "安全生产责任制",
        "社会信用体系",
        "诉源治理",
    } <= listed


def test_ecology_and_government_wordings_are_listed_unquoted():
    listed = _listed(
        "全区落实主体功能区制度，走绿色循环低碳发展之路，守住耕地红线，"
        "完善生态补偿机制；政府深化行政审批制度改革，加快转变政府职能，"
        "推进商事制度改革和户籍制度改革。"
    )
    assert {
        "主体功能区制度",
        "绿色循环低碳发展",
        "耕地红线",
        "生态补偿机制",
        "行政审批制度改革",
        "转变政府职能",
        "商事制度改革",
        "户籍制度改革",
    } <= listed


def test_party_culture_and_foreign_policy_wordings_are_listed_unquoted():
    listed = _listed(
        "干部要学习系列重要讲话精神，高举中国特色社会主义伟大旗帜，深化文化体制改革；"
        "我国奉行一个中国政策的国家日益增多，我们反对霸权主义，也反对强权政治，"
        "维护以联合国为核心的国际体系，坚持不首先使用核武器。"
    )
    assert {
        "系列重要讲话精神",
        "高举中国特色社会主义伟大旗帜",
        "文化体制改革",
        "一个中国政策",
        "霸权主义",
        "强权政治",
        "以联合国为核心的国际体系",
        "不首先使用核武器",
    } <= listed


def test_a_congress_named_with_its_spirit_is_no_lexicon_entry(entries):
    # the seeds' reader does not list 党的X大精神: a phrase of reporting, not a 提法
    forms = {form for entry in entries for form in entry.forms}
    assert not {"党的十九大精神", "党的二十大精神", "网格化管理"} & forms


def test_formula_enumerations_and_spirits_of_the_periods_are_listed_unquoted():
    listed = _listed(
        "要用新思想武装头脑、指导实践、推动工作，弘扬科学家精神和中华体育精神，"
        "推动制造业高端化、智能化、绿色化，坚持节水优先、空间均衡、系统治理、两手发力，"
        "严守政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律，"
        "深化财税体制改革，维护以国际法为基础的国际秩序。"
    )
    assert {
        "武装头脑、指导实践、推动工作",
        "科学家精神",
        "中华体育精神",
        "高端化、智能化、绿色化",
        "节水优先、空间均衡、系统治理、两手发力",
        "政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律",
        "财税体制改革",
        "以国际法为基础的国际秩序",
    } <= listed


def test_enumerations_of_discipline_opening_up_and_the_people_are_listed_unquoted():
    listed = _listed(
        "我们要与群众同呼吸、共命运、心连心，解决好群众的操心事、烦心事、揪心事，"
        "统筹稳增长、调结构、促改革，坚持科学决策、民主决策、依法决策，"
        "树立正确的权力观、政绩观、事业观，对党绝对忠诚、绝对纯洁、绝对可靠。"
    )
    assert {
        "同呼吸、共命运、心连心",
        "操心事、烦心事、揪心事",
        "稳增长、调结构、促改革",
        "科学决策、民主决策、依法决策",
        "权力观、政绩观、事业观",
        "绝对忠诚、绝对纯洁、绝对可靠",
    } <= listed


def test_reform_and_bottom_line_wordings_of_round_slog8_are_listed_unquoted():
    listed = _listed(
        "各部门要推行权力清单制度和责任清单制度，牢牢守住不发生系统性区域性金融风险的底线，"
        "加快新旧动能转换，用好超长期特别国债；县里推进紧密型城市医疗集团建设，"
        "落实农村基本经营制度，让发展成果更多更公平惠及全体人民。"
    )
    assert {
        "权力清单制度",
        "责任清单制度",
        "不发生系统性区域性金融风险",
        "新旧动能转换",
        "超长期特别国债",
        "紧密型城市医疗集团",
        "农村基本经营制度",
        "让发展成果更多更公平惠及全体人民",
    } <= listed


def test_a_formulation_is_listed_without_the_verbs_of_the_clause_before_it():
    assert "正确政绩观" in _listed("各级干部要树立和践行正确政绩观，多做打基础的事。")


def test_county_terms_are_listed_without_the_verb_of_their_clause():
    listed = _listed(
        "全镇持续优化营商环境，做好常态化疫情防控，发展全域旅游，"
        "常态化开展扫黑除恶斗争，打好防范化解重大风险攻坚战，推动楼市止跌回稳。"
    )
    assert {
        "营商环境",
        "常态化疫情防控",
        "全域旅游",
        "扫黑除恶斗争",
        "防范化解重大风险攻坚战",
        "止跌回稳",
    } <= listed
    assert "优化营商环境" not in listed


def test_formulations_readers_require_across_places_are_listed_unquoted():
    listed = _listed(
        "全区推进好房子、好小区、好社区、好城区建设，落实四水四定，"
        "推进两品一标认证，高举和平、发展、合作的旗帜，打好污染防治攻坚。"
    )
    assert {
        "好房子、好小区、好社区、好城区",
        "四水四定",
        "两品一标",
        "和平、发展、合作",
        "污染防治攻坚",
    } <= listed
