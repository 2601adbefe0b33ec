"""Formula enumerations written without quotation marks, and ordinary lists."""

from speeches.parsing import parse_text
from speeches.parsing.enumerations import parallel_members, unquoted_enumerations
from speeches.parsing.slogans import find_slogans


def listed(body: str) -> list[str]:
    return [slogan.text for slogan in find_slogans(body) if slogan.listed]


def proposed(body: str) -> list[str]:
    return [
        slogan.text for _, slogan in unquoted_enumerations(body) if not slogan.listed
    ]


def test_members_sharing_an_opening_are_cut_where_the_opening_starts():
    assert parallel_members(["全面推进以学明理", "以学增信", "以学促干"]) == (
        4,
        ["以学明理", "以学增信", "以学促干"],
        "",
    )


def test_members_sharing_an_ending_keep_the_last_one_whole():
    cut = parallel_members(["要讲好群众之声", "基层之声", "时代之声的故事"])
    assert cut is not None
    assert cut[1] == ["群众之声", "基层之声", "时代之声"]
    assert cut[2] == "的故事"


def test_a_cut_inside_a_word_of_general_chinese_is_no_member():
    # four characters each would make "业产业化" of 发展农业产业化
    assert parallel_members(["发展农业产业化", "城镇建设", "乡村振兴"]) is None


def test_a_run_before_a_head_naming_a_formulations_kind_is_listed():
    body = "大力弘扬敢闯敢试、敢为人先、埋头苦干、务求实效的拓荒者精神。"
    assert listed(body) == ["敢闯敢试、敢为人先、埋头苦干、务求实效"]


def test_a_run_closing_its_clause_is_proposed_to_editors_not_listed():
    body = "要做到对标对表、对症下药、对照落实，推动工作落地。"
    assert listed(body) == []
    body = "我们坚持服务群众、团结群众、引导群众，打通最后一公里。"
    assert proposed(body) == ["服务群众、团结群众、引导群众"]


def test_ordinary_lists_are_no_formulations():
    for body in (
        "女士们、先生们、朋友们！",
        "感谢李明同志、王芳同志、张伟同志。",
        "培育数字消费、绿色消费、健康消费等新型消费。",
        "增强党的凝聚力、战斗力和领导力、号召力。",
        "发展粮食、蔬菜、水果，增加收入。",
    ):
        assert unquoted_enumerations(body) == [], body


def test_two_hands_and_a_vow_made_twice_are_formulas():
    assert listed("坚持一手抓生产经营，一手抓安全防范。") == [
        "一手抓生产经营，一手抓安全防范"
    ]
    assert "决不松劲、决不懈怠" in listed("我们决不松劲、决不懈怠。")


def test_a_generation_of_the_partys_leadership_is_one_formulation():
    body = "以毛泽东同志为核心的党的第一代中央领导集体带领人民建立了新中国。"
    assert listed(body) == ["以毛泽东同志为核心的党的第一代中央领导集体"]


def test_standing_enumerations_are_found_unquoted():
    body = "不断推进党的自我净化、自我完善、自我革新、自我提高，回答中国之问、世界之问、人民之问、时代之问。"
    assert listed(body) == [
        "自我净化、自我完善、自我革新、自我提高",
        "中国之问、世界之问、人民之问、时代之问",
    ]


def test_a_formulation_with_a_verb_is_listed_without_it():
    found = listed("加快国家治理体系和治理能力现代化。")
    assert "国家治理体系和治理能力现代化" in found
    assert not any(text.startswith("加快") for text in found)


def test_a_slogan_only_in_the_title_is_the_speechs():
    speech = parse_text(
        "在全县河长制工作推进会上的讲话\n\n同志们：\n今天我们开会，部署今年的工作。"
        "各乡镇要压实责任，抓好落实。\n"
    )
    assert "河长制" in [s.text for s in speech.slogans if s.listed]


def test_members_sharing_a_head_after_a_verb_of_policy_are_listed_and_published():
    body = "今年要着力推进智慧发展、平安发展、均衡发展，带动全局。"
    assert listed(body) == ["智慧发展、平安发展、均衡发展"]
    (slogan,) = [s for s in find_slogans(body) if s.listed]
    assert slogan.confident


def test_a_verb_naming_a_kind_of_a_verbal_head_keeps_the_members_a_formulation():
    # 开放 and 创新 are verbs; before 发展 they name a kind of development
    body = "我们坚持创新发展、开放发展、和谐发展、共同发展。"
    assert listed(body) == ["创新发展、开放发展、和谐发展、共同发展"]


def test_members_sharing_a_frame_inside_them_are_listed():
    # one character shared (区) is no frame
    body = "统筹城区功能完备、园区产业集聚、景区环境优美，建好家园。"
    assert listed(body) == []
    body = "促进农业用地集约高效、城镇用地宜居适度、林业用地绿意盎然。"
    assert listed(body) == ["农业用地集约高效、城镇用地宜居适度、林业用地绿意盎然"]


def test_a_speechs_own_actions_on_one_object_stay_a_proposal():
    body = "我们坚持引导青年、联系青年、服务青年，做好青年工作。"
    assert listed(body) == []
    assert proposed(body) == ["引导青年、联系青年、服务青年"]


def test_ordinary_lists_with_a_shared_ending_are_no_published_formulations():
    for body in (
        "车间生产汽车配件、电子配件、机械配件，供应全国。",  # products
        "我们参观了第一车间、第二车间、第三车间。",  # numbered
        "推进一号工地、二号工地、三号工地，按期完工。",  # numbered without 第
        "推进东城街道、西城街道、南城街道，全面覆盖。",  # places
        "加强对基层党建规律、组织建设规律、干部成长规律的研究。",  # a preposition
    ):
        assert [
            slogan.text for slogan in find_slogans(body) if slogan.confident
        ] == [], body


def test_a_conjunction_inside_a_word_does_not_make_an_ordinary_list():
    body = "推动和睦发展、开放发展、合作发展。"
    assert listed(body) == ["和睦发展、开放发展、合作发展"]


def test_members_sharing_a_head_before_a_formulations_kind_are_published():
    # no verb of policy before them: the head after 的 names the formulation's kind
    body = "这是一条和平发展、开放发展、合作发展、共同发展的道路。"
    (slogan,) = [s for s in find_slogans(body) if s.listed]
    assert slogan.text == "和平发展、开放发展、合作发展、共同发展"
    assert slogan.confident
    # a head that names no kind leaves a shared frame to the verb's evidence
    body = "这里有东城社区、西城社区、南城社区的居民。"
    assert not any(s.confident for s in find_slogans(body))
    # members of unlike shape before a kind, no verb of policy before them, stay
    # listed for an editor
    body = "这是敢闯敢试、敢为人先、埋头苦干、务求实效的拓荒者精神。"
    assert [s.confident for s in find_slogans(body) if s.listed] == [False]


def test_members_of_one_shape_after_a_summary_are_listed_for_an_editor():
    for body in (
        "归纳起来，就是要用脑、用腿、用嘴。",
        "一句话，就是要多走路、多调研、多办事。",
    ):
        (slogan,) = [s for s in find_slogans(body) if s.source == "enumeration"]
        assert slogan.listed and not slogan.confident
    # the same list with no summary before it is a proposal only
    (slogan,) = find_slogans("大家要多走路、多调研、多办事。")
    assert not slogan.listed


def test_three_programmes_named_after_one_verb_are_each_published():
    body = (
        "要深入实施青苗护航行动，抓好培训。要深入实施乡贤回归行动，凝聚力量。"
        "要深入实施清风润村行动，整治作风。"
    )
    found = [s for s in find_slogans(body) if s.listed and s.confident]
    assert [s.text for s in found] == ["青苗护航行动", "乡贤回归行动", "清风润村行动"]


def test_programmes_joined_by_the_enumeration_comma_count_as_named_too():
    body = "全面实施青苗护航工程、乡贤回归工程、清风润村工程。"
    assert {"青苗护航工程", "乡贤回归工程", "清风润村工程"} <= set(listed(body))


def test_two_programmes_generic_modifiers_and_places_works_are_not_named_programmes():
    two = "要实施青苗护航行动，抓好培训。要实施乡贤回归行动，凝聚力量。"
    assert "青苗护航行动" not in listed(two)
    generic = "实施一批重大工程，开展专项行动，推进三峡工程，实施重点工程。"
    assert not [s for s in find_slogans(generic) if s.reason.startswith("同一动词")]


def test_four_character_members_between_a_verb_and_a_kind_are_published():
    body = "继续按照守住底线、稳住大盘、分级处置、精准施策的基本方针，做好工作。"
    (slogan,) = [s for s in find_slogans(body) if s.listed]
    assert slogan.text == "守住底线、稳住大盘、分级处置、精准施策"
    assert slogan.confident
    # members of unequal length: the verb and the head are not enough
    body = "按照守住底线、稳住大盘、分级分类处置的基本方针，做好工作。"
    assert not any(s.confident for s in find_slogans(body) if s.listed)


def test_a_mechanism_or_a_pattern_of_work_is_a_formulations_kind():
    body = "形成党委领导、政府负责、部门协同、群众参与的工作格局。"
    assert listed(body) == ["党委领导、政府负责、部门协同、群众参与"]


def test_a_new_mechanism_the_speech_built_is_its_own_description():
    body = "构建起资源共用、优势互补、条块联动、共建共治的新机制。"
    assert listed(body) == []


def test_a_provinces_version_of_a_national_formulation_is_published():
    body = "深化平安湖南、法治湖南建设。组建数字湖南网络有限公司。"
    found = [s.text for s in find_slogans(body) if s.listed and s.confident]
    assert found == ["平安湖南", "法治湖南"]


def test_the_party_centre_named_by_its_leader_is_one_formulation():
    body = "在以胡锦涛同志为总书记的党中央领导下，我们战胜了各种困难。"
    assert "以胡锦涛同志为总书记的党中央" in listed(body)
    assert listed("以李四同志为代表的一批先进典型。") == []


def test_short_members_before_a_named_order_are_listed_with_their_head():
    body = "推动建立公开、透明、可预期的国际贸易秩序。"
    assert listed(body) == ["公开、透明、可预期的国际贸易秩序"]
    body = "加快形成更加稳定、公平、透明的营商环境。"
    assert listed(body) == ["稳定、公平、透明的营商环境"]
    # a bare head, places and a head that is no order are no formulation
    assert listed("把这里建成一个干净、整洁、有序的城市。") == []
    assert listed("走访广州、深圳、珠海的企业。") == []
    assert listed("看望年老、体弱、多病的职工。") == []


def test_four_character_members_keep_a_named_head_after_a_verb_of_policy():
    body = "推动形成权责清晰、协同高效、运转顺畅的应急管理体系。"
    assert listed(body) == ["权责清晰、协同高效、运转顺畅的应急管理体系"]
    # a generic head of work stays outside the formulation
    body = "形成党委领导、政府负责、部门协同、群众参与的工作格局。"
    assert listed(body) == ["党委领导、政府负责、部门协同、群众参与"]


def test_three_character_tasks_in_a_row_are_listed_for_an_editor():
    body = "更好发挥财政在保运转、兜底线、促发展中的作用。"
    (slogan,) = [s for s in find_slogans(body) if s.listed]
    assert slogan.text == "保运转、兜底线、促发展"
    assert not slogan.confident
    body = "统筹做好稳外贸、扩内需、强产业、防风险等各项工作。"
    assert listed(body) == ["稳外贸、扩内需、强产业、防风险"]
    # things named by a word and a unit, words of general Chinese, an exhortation
    assert listed("新建公交站、候车亭、充电桩，方便市民。") == []
    assert listed("家里添置了电冰箱、洗衣机、电视机。") == []
    assert listed("大家要主动比贡献、比作风、比实绩，争当先锋。") == []


def test_four_character_members_sharing_a_place_are_listed_for_an_editor():
    body = "两地做到规则相通、标准相融、市场相连，共同发展。"
    (slogan,) = [s for s in find_slogans(body) if s.listed]
    assert slogan.text == "规则相通、标准相融、市场相连"
    assert not slogan.confident
    # kinds of one thing, actions on one object, described things
    assert listed("大力发展现代农业、特色农业、生态农业，增加收入。") == []
    assert listed("我们要倾听群众、关心群众、依靠群众，做好工作。") == []
    assert listed("面对不同地块、不同作物、不同农户，分类指导。") == []


def test_tasks_the_enumeration_rules_only_propose_are_listed_as_tasks():
    body = "多做稳人心、聚民力、解民忧的工作；推进好学校、好医院、好社区建设。"
    assert listed(body) == ["稳人心、聚民力、解民忧", "好学校、好医院、好社区"]
    # degrees of a quality are no tasks
    assert listed("这种联系最直接、最紧密、最持久。") == []
