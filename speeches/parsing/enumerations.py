"""Formula enumerations and fixed wordings written without quotation marks.

A reader recognises 自我净化、自我完善、自我革新、自我提高 or 中国之问、世界之问、人民之问、
时代之问 as one formulation although nothing marks it: three or more members joined by
、, of one shape (a shared opening or ending, or four characters each), closing a
clause or naming what a head noun after 的 is (生产发展、生活富裕、生态良好的文明发展
道路). Ordinary lists have no such shape or are lists of names (女士们、先生们、
同志们). Two paired formulas are read too, 一手抓X，一手抓Y and 永远不X、永远不Y, and
the fixed name of a generation of the Party's leadership.
Every enumeration found by its shape is doubtful: an editor decides before it is
published.
"""

from __future__ import annotations

import re

from .reference import NAME_TAGS, general_segments, word_tag
from .types import ParsedSlogan

# "不断推进党的自我净化、自我完善、自我革新、自我提高，": a stretch of Chinese
# and 、 in which runs of members are sought; the first segment of a run holds the
# words before it ("党的自我净化"), the last those after
# (only stretches holding two 、 at least; possessive, so each is read once)
CHINESE_STRETCH = re.compile(
    r"(?<![\u4e00-\u9fff、])[\u4e00-\u9fff]*+、[\u4e00-\u9fff]*+、[\u4e00-\u9fff、]*+"
)
SEGMENT_MAX_CHARS = 16
RUN_PARTS = (3, 10)
MEMBER_MIN_CHARS = 2
# What may follow a formula that closes its clause
CLAUSE_END = "，。；：！？,.;:!?\n）)”"
# "生态良好的文明发展道路": the members name what the head noun after 的 is
HEAD_AFTER = re.compile(r"^的[\u4e00-\u9fff]")
FOUR_CHARS = 4
# "…、工匠精神", "…的文明发展道路", "…的总要求": a head that names a standing
# formulation's kind; a run before it is listed, any other run proposed to editors
# only (a speech's own lists read the same: "贴近群众、团结群众、引导群众")
FORMULA_HEAD = re.compile(
    r"^的[\u4e00-\u9fff]{0,6}?(?:精神|方针|原则|总要求|战略|理念|价值观?|观|道路|"
    r"世界|现代化|风尚|风气|方略|路线|思想|公民|模范|新人|目标)"
)
# "中央统筹、省负总责、市县抓落实的工作机制", "…的社会治理体制", "…的工作格局": a
# mechanism named by its domain is a kind too, but only for members bracketed by a
# verb of policy (BRACKETED_ENUMERATION); "构建起资源共享、优势互补…的新机制" is a
# speech's own description of what it built
MECHANISM_HEAD = re.compile(r"^的(?!新)[\u4e00-\u9fff]{0,4}?(?:机制|体制|格局)")
# "女士们、先生们、同志们", "李强同志、…", "台湾同胞": people addressed or named
PEOPLE = re.compile(r"(?:们|同志|同胞|侨胞|先生|女士|朋友)$")
# "北京、天津、上海", "国务院、…": places and organisations
PLACE_TAGS = frozenset({"ns", "nt"})
PERSON_NAME_MAX = 3
# "战斗力和领导力", "银发经济等新型消费": a conjunction or 等 standing as a word inside
# a member makes the run an ordinary list (和平发展, 和谐 hold no conjunction)
CONJUNCTIONS = frozenset({"和", "及", "以及", "等"})
# Words that open a clause before the first member ("坚持", "着力", "不断推进"):
# a verb, an adverb, a preposition, a conjunction, a particle or a pronoun
LEADING_TAGS = ("v", "d", "p", "c", "u", "r")
# "一手抓改革开放，一手抓惩治腐败": two hands, two tasks
TWO_HANDS = re.compile(r"一手抓[\u4e00-\u9fff]{2,8}[，,]一手抓[\u4e00-\u9fff]{2,8}")
# "永远不称霸、永远不搞扩张", "决不…、决不…": a vow made twice
VOW_PAIR = re.compile(
    r"(?P<vow>永远不|永不|决不|绝不)[\u4e00-\u9fff]{1,5}、(?P=vow)[\u4e00-\u9fff]{1,5}"
)
# "以毛泽东同志为核心的党的第一代中央领导集体": a generation of the Party's
# leadership, named in one fixed wording
LEADERSHIP_GENERATION = re.compile(
    r"以[\u4e00-\u9fff]{2,3}同志为(?:核心|总书记)的党的第[一二三四五]代中央领导集体"
)
LEADERSHIP = {"kind": "concept", "source": "formula", "reason": "党的历代中央领导集体"}
# "以胡耀邦同志为总书记的党中央", "以某某同志为核心的党中央": the Party centre named by
# its leader, one fixed wording of every period since 1989 (and 1980s' 总书记)
PARTY_CENTRE = re.compile(r"以[\u4e00-\u9fff]{2,3}同志为(?:核心|总书记)的党中央")
# "总书记有号令、党中央有部署，浙江见行动": the provinces' pledge of 2018 onwards, one
# fixed wording with the province's (or city's) name in its last clause
PROVINCE_PLEDGE = re.compile(
    r"总书记有号令[、，,] ?党中央有部署[，,、] ?[\u4e00-\u9fff]{2,3}见行动"
)
PLEDGE = {"kind": "formula", "source": "formula", "reason": "省市的固定表态句"}
# "平安浙江", "数字福建", "美丽新疆", "法治广东": a province's own version of a national
# formulation (平安中国, 数字中国, 美丽中国, 法治中国, 健康中国, 清廉 …), its standing
# campaign; not a company's or a platform's name ("数字广东网络有限公司")
PROVINCE_CAMPAIGN = re.compile(
    r"(?:平安|法治|美丽|健康|数字|清廉|文化|诚信|幸福)"
    r"(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|"
    r"河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)"
    r"(?!网络|有限|公司|集团|移动|平台|频道|号|APP|app|客户端|微博|公众号|人|省)"
)
PROVINCE_CAMPAIGN_SLOGAN = {
    "kind": "concept",
    "source": "formula",
    "reason": "省级版的全国提法（平安、法治、美丽……）",
}
# "科教兴滇", "人才强省", "依法治市", "工业强县战略": a province's, a city's or a
# county's version of a national strategy (科教兴国, 人才强国, 依法治国 …), the
# country's place taken by the unit or the province's one-character name; not a
# word that runs on ("依法治市场", "人才强区域", "…强省份")
PROVINCE_STRATEGY = re.compile(
    r"(?:(?:科教|科技|工业|农业|旅游|开放|教育|人才)兴"
    r"|(?:人才|文化|教育|科技|质量|交通|制造|工业|农业|体育|海洋|生态|旅游|开放)强"
    r"|依法治)"
    r"(?P<unit>省|市|县|区|滇|黔|桂|鲁|豫|皖|粤|闽|赣|湘|鄂|蜀|川|陕|陇|晋|冀|辽|苏|浙|"
    r"琼|渝|沪|津|蒙|藏)"
    r"(?:战略)?"
    r"(?!场|域|份|会|长|委|级|界|内|外|民|直|属|情|里|城|镇|乡|政府)"
)
# Its pivot, looked for first (the alternation is slow to scan a whole speech)
PROVINCE_STRATEGY_PIVOT = re.compile(
    r"[兴强治](?:省|市|县|区|滇|黔|桂|鲁|豫|皖|粤|闽|赣|湘|鄂|蜀|川|陕|陇|晋|冀|辽|苏|浙|琼|渝|"
    r"沪|津|蒙|藏)"
)
PROVINCE_STRATEGY_SLOGAN = {
    "kind": "concept",
    "source": "formula",
    "reason": "地方版的全国战略（科教兴国、人才强国、依法治国……）",
}
# "…、运转顺畅的应急管理体系", "…、可预期的国际贸易秩序", "…的服务型政府": a head
# after 的 naming the order, system, road or relation the members describe, with a
# qualifier of its own (not a bare "的道路", "的工作格局", "的新机制"), closing its
# clause; the formulation is the members with that head
NAMED_HEAD = re.compile(
    r"的(?!工作|新[机体格]|良好)(?P<head>[\u4e00-\u9fff]{0,4}?营商环境|[\u4e00-\u9fff]{1,7}?"
    r"(?:秩序|关系|格局|体系|制度|道路|政府|价值|(?<![景外奇壮美])观|共同体|城市))"
    r"(?=[，。；：,.;:！？!?\n）)]|$)"
)
# "建立公开、透明、可预期的国际贸易秩序", "形成更加稳定、公平、透明的营商环境":
# members of two or three characters, words of their own, name a formulation only
# with such a head; listed with it
SHORT_MEMBER_CHARS = (2, 3)
SHORT_MEMBERS_MAX = 8
HEADED_SHORT = {
    "kind": "enumeration",
    "source": "enumeration",
    "reason": "短语并列加中心词的提法",
}
# "稳增长、调结构、促改革、惠民生", "抓党建、促发展、保稳定": three-character members
# each a verb and its object or a coined compact phrase, not one word of general
# Chinese, the telegraphic tasks of the genre; after them the clause ends or goes on
# with what they are ("…等各项工作", "…中的作用", "…方针")
COMPACT_CHARS = 3
COMPACT_REST = (
    "等",
    "中",
    "的",
    "上",
    "方针",
    "工作",
    "总要求",
    "要求",
    "目标",
    "任务",
    "建设",
)
PLACE_OR_PERSON_TAGS = frozenset({"ns", "nt", "nr", "nrt", "nrfg"})
DEGREE_ADVERBS = frozenset("最更很太较极越愈挺多少")
MANNER_TAGS = frozenset({"d", "ad", "b", "vd"})
COMPACT_TASKS = {
    "kind": "enumeration",
    "source": "enumeration",
    "reason": "三字动宾并列提法",
}
# "规则相通、标准相融、市场相连", "共商发展、共建平台、共享成果": members of four
# characters sharing a character in one place and closing their clause are listed
# for an editor (not published) though no verb of policy opens them
NOUN_TAGS = frozenset({"n", "vn", "nz", "an"})
MODIFIER_TAGS = frozenset(
    {"n", "a", "b", "vn", "nz", "an", "d", "ns", "nr", "j", "t", ""}
)
QUALIFIER_TAGS = frozenset({"a", "ad", "b", "d", "r", "m", "f", "z"})
FUNCTION_CHARACTERS = frozenset("不有无多少的之而与和在为是要能会没未")
SHARED_PLACE = {
    "kind": "enumeration",
    "source": "enumeration",
    "reason": "四字同位同字的并列提法",
}
UNQUOTED_ENUMERATION = {
    "kind": "enumeration",
    "source": "enumeration",
    "reason": "未加引号的并列提法",
}
# "推进绿色发展、循环发展、低碳发展", "建设国际经济中心、金融中心、贸易中心",
# "促进生产空间集约高效、生活空间宜居适度、生态空间山清水秀": three to six members
# of one length sharing a frame of two characters at least in one place, named by a
# verb of the clause (or a preposition: 以, 按照): the shape of a standing formulation,
# listed and published without an editor
FRAMED_ENUMERATION = {**UNQUOTED_ENUMERATION, "reason": "共用中心词的并列提法"}
# "按照稳定大局、统筹协调、分类施策、精准拆弹的基本方针": members of four characters
# each between a verb of policy and a head naming a formulation's kind, published
BRACKETED_ENUMERATION = {
    **UNQUOTED_ENUMERATION,
    "reason": "动词与中心词之间的四字并列提法",
}
PUBLISHED_ENUMERATIONS = frozenset(
    {FRAMED_ENUMERATION["reason"], BRACKETED_ENUMERATION["reason"]}
)
FRAME_MIN_CHARS = 2
FRAMED_MEMBERS = (3, 6)
FRAMED_MEMBER_CHARS = (4, 10)
# "推进", "坚持", "以", "按照": the last word before the first member is a verb of
# the genre's policy clauses ("生产汽车零件、电子零件…", "参观…" are no policy)
_POLICY_WORDS = (
    "推进 推动 坚持 促进 实现 统筹 加快 构建 树立 践行 落实 贯彻 增强 形成 着力 "
    "深化 加强 倡导 弘扬 培育 发展 完善 健全 遵循 秉持 秉承 把握 实施 坚守 建设 "
    "打造 走 走好 以 按照 依照 围绕 突出 注重 强化 提高 提升 维护 保障 建成 确立 "
    "协调 部署 布局 坚定 全面推进 统筹推进 协调推进 一体推进 大力推进 实行 推行 "
    "开创 开辟 谋划 总揽 推进了 坚持了 实现了"
)
POLICY_WORDS = frozenset(_POLICY_WORDS.split())
# "概括起来，就是要用情、用心、用力、用法", "八个字：…": the speech names the list as
# its own formula; members of one shape after such a summary are listed (doubtful:
# an editor publishes them), like a quoted enumeration
SUMMARY_BEFORE = re.compile(
    r"(?:(?:概括|归纳|总结|概括地|归结)起来|概括地说|归结为|概而言之|简而言之|一句话|"
    r"[一二三四五六七八九十两\d]+个字)(?:说|讲)?[，,：:]?(?:就是|即|是)?(?:要)?$"
)
SUMMARY_CONTEXT_CHARS = 16
# "第一季度、第二季度、第三季度", "1号楼、2号楼、3号楼": numbered members
NUMBERED = re.compile(r"[0-9０-９第]")
NUMERAL_CHARS = frozenset("一二三四五六七八九十百千万两")
# "服务群众、团结群众、引导群众": a verb before a shared noun makes the members a
# speech's own actions on one object; before a verbal head (发展, 建设, 改革) the verb
# names a kind of it (开放发展, 创新发展)
PLAIN_VERB = "v"
VERBAL_HEAD_TAGS = frozenset({"v", "vn", "a", "an"})
# "东城街道、西城街道、南城街道", "…社区", "…村": places named by a shared unit
PLACE_ENDINGS = (
    "街道",
    "社区",
    "村",
    "镇",
    "乡",
    "县",
    "区",
    "市",
    "省",
    "州",
    "路",
    "街",
)

# "要深入实施政治铸魂行动，…要深入实施组织变革行动，…要深入实施数字赋能行动", "实施
# 甲乙行动、丙丁行动、戊己行动": a speech announcing its named programmes, each after a
# verb of carrying out and ending in one kind of programme (行动, 工程, 计划, 战略,
# 攻坚战); three distinct names or more of one kind make them the speech's set of
# programmes, each name a slogan of its own and published. Not a generic count or
# modifier ("实施一批重大工程", "开展专项行动"), a place's works ("推进三峡工程"), a
# name joined by a conjunction ("重大生态保护和修复工程") or a span of time ("百日行动").
NAMED_PROGRAMME = re.compile(
    r"(?:实施|开展|推进|启动|推行|打好|打赢)(?P<name>[\u4e00-\u9fff]{2,6}?)"
    r"(?P<kind>行动|工程|计划|战略|攻坚战)(?=[，。；：、,.;:！!\n]|$)"
)
NEXT_PROGRAMME = re.compile(
    r"、(?P<name>[\u4e00-\u9fff]{2,6}?)(?P<kind>行动|工程|计划|战略|攻坚战)"
    r"(?=[，。；：、,.;:！!\n]|$)"
)
PROGRAMMES_MIN = 3
GENERIC_PROGRAMME = re.compile(
    r"^(?:重大|重点|专项|一批|各项|系列|一系列|相关|有关|这|那|此|该|多项|若干|新一轮|"
    r"一些|各类|各种|上述|以下|下列|本|有效|好|伟大|实施|推进|开展|启动|"
    r"[一二三四五六七八九十两百千万\d]+[大项个年天日月])"
)
NAMED_PROGRAMMES = {
    "kind": "concept",
    "source": "formula",
    "reason": "同一动词领起的并列行动、工程名",
}


def unquoted_enumerations(text: str) -> list[tuple[int, ParsedSlogan]]:
    """Return (offset, slogan) of each formula enumeration written without quotes."""
    found = []
    for start, end, segments in parallel_runs(text):
        after = text[end : end + 1]
        if after and after not in CLAUSE_END and "的" not in segments[-1]:
            continue  # the last member runs on, and no head follows it
        cut = parallel_members(segments)
        if cut is None:
            continue
        skipped, members, rest = cut
        if rest and not HEAD_AFTER.match(rest):
            continue  # "…、稳预期工作": the last member runs on into other words
        if not rest and after and after not in CLAUSE_END:
            continue
        opening = start + skipped
        named = NAMED_HEAD.match(text, opening + len("、".join(members)))
        headed = bool(FORMULA_HEAD.match(rest) or named)
        before = text[start : start + skipped]
        framed = framed_members(before, members, headed=headed)
        bracketed = (
            not framed
            and (headed or bool(MECHANISM_HEAD.match(rest)))
            and bracketed_four_characters(before, members)
        )
        summary = SUMMARY_BEFORE.search(
            text, max(0, opening - SUMMARY_CONTEXT_CHARS), opening
        )
        words = "、".join(members)
        if named:
            words += named.group()  # "…、运转顺畅的应急管理体系"
        shared = not (framed or bracketed) and _shares_a_place(members)
        slogan = ParsedSlogan(
            text=words,
            listed=framed or bracketed or headed or shared or summary is not None,
            **(
                FRAMED_ENUMERATION
                if framed
                else BRACKETED_ENUMERATION
                if bracketed
                else SHARED_PLACE
                if shared and not headed and summary is None
                else UNQUOTED_ENUMERATION
            ),
        )
        found.append((start + skipped, slogan))
    # a run the shape rules above only propose is listed where a rule below reads it
    # ("稳人心、聚民力、解民忧": three-character tasks), so those come first
    found = [*short_headed_enumerations(text), *compact_tasks(text), *found]
    found += named_programmes(text)
    for pattern in (LEADERSHIP_GENERATION, PARTY_CENTRE):
        for match in pattern.finditer(text):
            slogan = ParsedSlogan(text=match.group(), **LEADERSHIP)
            found.append((match.start(), slogan))
    for match in PROVINCE_PLEDGE.finditer(text):
        found.append((match.start(), ParsedSlogan(text=match.group(), **PLEDGE)))
    for match in PROVINCE_CAMPAIGN.finditer(text):
        slogan = ParsedSlogan(text=match.group(), **PROVINCE_CAMPAIGN_SLOGAN)
        found.append((match.start(), slogan))
    for pivot in PROVINCE_STRATEGY_PIVOT.finditer(text):
        # every root is two characters before the pivot (科教兴, 人才强, 依法治)
        match = PROVINCE_STRATEGY.match(text, max(pivot.start() - 2, 0))
        if match is None or match.end("unit") != pivot.end():
            continue
        slogan = ParsedSlogan(text=match.group(), **PROVINCE_STRATEGY_SLOGAN)
        found.append((match.start(), slogan))
    for pattern in (TWO_HANDS, VOW_PAIR):
        for match in pattern.finditer(text):
            end = match.end()
            if end < len(text) and text[end] not in CLAUSE_END:
                continue
            slogan = ParsedSlogan(text=match.group(), **UNQUOTED_ENUMERATION)
            found.append((match.start(), slogan))
    return found


def short_headed_enumerations(text: str) -> list[tuple[int, ParsedSlogan]]:
    """Return (offset, slogan) of members of two or three characters before a head
    naming an order or a system: "建立" + 公开、透明、可预期 + "的国际贸易秩序"."""
    found = []
    for start, _, segments in parallel_runs(text):
        first, inner, last = segments[0], segments[1:-1], segments[-1]
        cut = last.find("的")
        lengths = {len(member) for member in inner} | {cut}
        if not (
            min(lengths) >= SHORT_MEMBER_CHARS[0]
            and max(lengths) <= SHORT_MEMBER_CHARS[1]
            and len(segments) <= SHORT_MEMBERS_MAX
        ):
            continue
        words = general_segments(first)
        if not words or len(words[-1][0]) > SHORT_MEMBER_CHARS[1]:
            continue
        if len(words) > 1 and not (
            words[-2][0] in POLICY_WORDS or words[-2][1].startswith(("v", "d"))
        ):
            continue
        members = [words[-1][0], *inner, last[:cut]]
        # jieba tags short words of quality as names (美丽/ns, 公正/nr): only places
        # by their unit and people addressed tell a list of names here
        if len(words[-1][0]) < SHORT_MEMBER_CHARS[0] or any(
            PEOPLE.search(member) or member.endswith(PLACE_ENDINGS)
            for member in members
        ):
            continue
        if any(
            NUMBERED.search(member) or set(member) & NUMERAL_CHARS for member in members
        ):
            continue
        opening = start + len(first) - len(members[0])
        joined = "、".join(members)
        named = NAMED_HEAD.match(text, opening + len(joined))
        if named is None:
            continue
        slogan = ParsedSlogan(text=joined + named.group(), **HEADED_SHORT)
        found.append((opening, slogan))
    return found


def compact_tasks(text: str) -> list[tuple[int, ParsedSlogan]]:
    """Return (offset, slogan) of three-character tasks in a row: "稳增长、调结构、
    促改革、惠民生" before "中的作用" or closing the clause."""
    found = []
    for start, end, segments in parallel_runs(text):
        first, inner, last = segments[0], segments[1:-1], segments[-1]
        if any(len(member) != COMPACT_CHARS for member in inner):
            continue
        if len(first) < COMPACT_CHARS or len(last) < COMPACT_CHARS:
            continue
        rest = last[COMPACT_CHARS:]
        if rest and not rest.startswith(COMPACT_REST):
            continue
        if not rest and text[end : end + 1] not in ("", *CLAUSE_END):
            continue
        skipped = len(first) - COMPACT_CHARS
        if not _word_boundary(first, skipped):
            continue
        before = general_segments(first[:skipped]) if skipped else ()
        if before and before[-1][1] in MANNER_TAGS:
            continue  # "要主动比贡献、比作风、比实绩": the speech exhorts its hearers
        members = [first[skipped:], *inner, last[:COMPACT_CHARS]]
        if not _compact(members):
            continue
        slogan = ParsedSlogan(text="、".join(members), **COMPACT_TASKS)
        found.append((start + skipped, slogan))
    return found


def _compact(members: list[str]) -> bool:
    """Tell tasks of three characters from a list of words: "稳增长", "调结构" are cut
    by general Chinese; "幼儿园", "电冰箱" are words (one such member may stand)."""
    if any(
        NUMBERED.search(member) or set(member) & NUMERAL_CHARS for member in members
    ):
        return False
    # jieba's nz holds coined tasks too (促发展/nz): places, bodies and people only
    if len(set(members)) < len(members) or any(
        PEOPLE.search(member) or word_tag(member) in PLACE_OR_PERSON_TAGS
        for member in members
    ):
        return False
    if len({member[0] for member in members}) == 1 and members[0][0] in DEGREE_ADVERBS:
        # "最直接、最紧密、最持久": degrees of a quality; "多走路、多调研、多办事":
        # the speech's advice to do more, not tasks of policy
        return False
    # a task opens with its verb of one character (稳/增长, 不/担当); "停车/场",
    # "充电/桩", "换电/站" are things named by a word and a unit
    opened = sum(len(general_segments(member)[0][0]) == 1 for member in members)
    return opened >= len(members) - 1


def _shares_a_place(members: list[str]) -> bool:
    """Tell three to six members of four characters sharing a character in one place:
    "规则相通、标准相融、市场相连", "以文化人、以文育人、以文聚人"."""
    if not (
        FRAMED_MEMBERS[0] <= len(members) <= FRAMED_MEMBERS[1]
        and all(len(member) == FOUR_CHARS for member in members)
        and not any(NUMBERED.search(member) for member in members)
    ):
        return False
    places = [
        index
        for index in range(FOUR_CHARS)
        if len({member[index] for member in members}) == 1
    ]
    if places == [2, 3] and (
        _kinds_of_one_thing(members) or _verb_led([member[:2] for member in members])
    ):
        # "现代农业、特色农业、生态农业": kinds of one thing; "倾听群众、关心群众、
        # 依靠群众": a speech's own actions on one object
        return False
    if places == [0, 1] and word_tag(members[0][:2]) in QUALIFIER_TAGS:
        return False  # "不同地块、不同作物…", "更加安全、更加便捷…": described things
    if len(places) == 1 and members[0][places[0]] in FUNCTION_CHARACTERS:
        return False  # "水路不断、电路不停…", "旧房多、小店多…": states described
    return bool(places)


def _kinds_of_one_thing(members: list[str]) -> bool:
    """Tell members that name kinds of one noun: a noun or an adjective before a
    shared noun ("现代农业、生态农业", "职工待遇、职工收入"); not "依靠人民" (a verb)."""
    if word_tag(members[0][2:]) not in NOUN_TAGS:
        return False
    return all(word_tag(member[:2]) in MODIFIER_TAGS for member in members)


def named_programmes(text: str) -> list[tuple[int, ParsedSlogan]]:
    """Return (offset, slogan) of each programme a speech names after a verb of
    carrying out, where three distinct names or more share one kind of programme
    ("实施政治铸魂行动", "实施组织变革行动", "实施引领共富行动")."""
    by_kind: dict[str, dict[str, int]] = {}
    for match in NAMED_PROGRAMME.finditer(text):
        found = [match]
        while follower := NEXT_PROGRAMME.match(text, found[-1].end()):
            if follower["kind"] != match["kind"]:
                break
            found.append(follower)
        for each in found:
            if _programme_name(each["name"]):
                names = by_kind.setdefault(each["kind"], {})
                names.setdefault(each["name"] + each["kind"], each.start("name"))
    return [
        (offset, ParsedSlogan(text=name, **NAMED_PROGRAMMES))
        for names in by_kind.values()
        if len(names) >= PROGRAMMES_MIN
        for name, offset in names.items()
    ]


def _programme_name(name: str) -> bool:
    """Tell a programme's own name from a generic modifier, a place's works or a
    list: "政治铸魂" is one, "一批重大", "三峡", "生态保护和修复" are not."""
    if GENERIC_PROGRAMME.match(name) or "的" in name or NUMBERED.search(name):
        return False
    words = general_segments(name)
    if words[0][1] in PLACE_TAGS or words[0][1] in NAME_TAGS:
        return False
    return not any(word in CONJUNCTIONS for word, _ in words)


def framed_members(before: str, members: list[str], *, headed: bool = False) -> bool:
    """Tell members that share a frame in one place after a verb of the clause:
    "推进" + 绿色发展、循环发展、低碳发展; or before a head that names a standing
    formulation's kind: 和平发展、开放发展、合作发展、共同发展 + "的道路"."""
    length = len(members[0])
    if not (
        FRAMED_MEMBERS[0] <= len(members) <= FRAMED_MEMBERS[1]
        and FRAMED_MEMBER_CHARS[0] <= length <= FRAMED_MEMBER_CHARS[1]
        and all(len(member) == length for member in members)
        and not any(NUMBERED.search(member) for member in members)
    ):
        return False
    words = general_segments(before) if before else ()
    if not headed and (not words or words[-1][0] not in POLICY_WORDS):
        return False
    if general_segments(members[0])[0][1].startswith("p"):
        return False  # "对共产党执政规律、…": a preposition cut into the first member
    frame = _longest_frame(members)
    if frame is None:
        return False
    position, size = frame
    leads = [member[:position] for member in members]
    if any(set(lead) <= NUMERAL_CHARS for lead in leads if lead):
        return False
    shared = members[0][position : position + size]
    if position + size == length and shared.endswith(PLACE_ENDINGS):
        return False
    return word_tag(shared) in VERBAL_HEAD_TAGS or not _verb_led(leads)


def bracketed_four_characters(before: str, members: list[str]) -> bool:
    """Tell three to six members of four characters each between a verb of policy
    and a head naming a formulation's kind: "按照" + 稳定大局、统筹协调、分类施策、
    精准拆弹 + "的基本方针". The verb and the head name it a standing formulation
    though the members share no frame."""
    if not (
        FRAMED_MEMBERS[0] <= len(members) <= FRAMED_MEMBERS[1]
        and all(len(member) == FOUR_CHARS for member in members)
        and not any(NUMBERED.search(member) for member in members)
    ):
        return False
    words = general_segments(before) if before else ()
    return bool(words) and words[-1][0] in POLICY_WORDS


def _verb_led(leads: list[str]) -> bool:
    """Tell members opened by a verb of two characters at least: "引导青年"
    ("有事多协商": one character is no verb to tell by)."""
    return any(len(lead) > 1 and word_tag(lead) == PLAIN_VERB for lead in leads)


def _longest_frame(members: list[str]) -> tuple[int, int] | None:
    """Return (position, size) of the longest run of characters every member holds
    at the same place, not the whole member; None if shorter than FRAME_MIN_CHARS."""
    length = len(members[0])
    same = [len({member[index] for member in members}) == 1 for index in range(length)]
    best: tuple[int, int] | None = None
    index = 0
    while index < length:
        if not same[index]:
            index += 1
            continue
        end = index
        while end < length and same[end]:
            end += 1
        size = end - index
        if FRAME_MIN_CHARS <= size < length and (best is None or size > best[1]):
            best = (index, size)
        index = end
    return best


def parallel_runs(text: str):
    """Yield (start, end, segments) of each run of three or more segments joined by
    、, the first and the last cut to at most SEGMENT_MAX_CHARS characters."""
    for stretch in CHINESE_STRETCH.finditer(text):
        words = stretch.group()
        if words.count("、") < RUN_PARTS[0] - 1:
            continue
        segments = words.split("、")
        starts = [stretch.start()]
        for segment in segments[:-1]:
            starts.append(starts[-1] + len(segment) + 1)
        first = 0
        while first < len(segments) - 2:
            after = first + 1
            while (
                after < len(segments)
                and 1 <= len(segments[after]) <= SEGMENT_MAX_CHARS
                and after - first < RUN_PARTS[1]
            ):
                after += 1
            long_last = (
                after < len(segments) and len(segments[after]) > SEGMENT_MAX_CHARS
            )
            last = after if long_last and after - first < RUN_PARTS[1] else after - 1
            if segments[first] and last - first + 1 >= RUN_PARTS[0]:
                opening = segments[first][-SEGMENT_MAX_CHARS:]
                closing = segments[last][:SEGMENT_MAX_CHARS]
                yield (
                    starts[first] + len(segments[first]) - len(opening),
                    starts[last] + len(closing),
                    [opening, *segments[first + 1 : last], closing],
                )
            first = max(last, first + 1)


def parallel_members(segments: list[str]) -> tuple[int, list[str], str] | None:
    """Return how many characters open the first segment before the first member,
    the members, and the words after the last; None if the run has no one shape.

    The inner segments are members whole; the first member ends where its segment
    ends and the last begins where its segment begins, so the shape the inner ones
    share says where the others start and end: "党的自我净化" -> "自我净化".
    """
    first, inner, last = segments[0], segments[1:-1], segments[-1]
    lengths = {len(member) for member in inner}
    if min(lengths) < MEMBER_MIN_CHARS:
        return None
    prefix = commonprefix([*inner, last])
    suffix = _common_suffix([first, *inner])
    equal = len(lengths) == 1
    if prefix:
        opening = first[first.rfind(prefix) :] if prefix in first else ""
    elif equal:
        opening = first[-min(lengths) :]
    elif suffix:
        opening = _without_leading_words(first)
    else:
        return None
    if suffix and suffix in last:
        closing = last[: last.index(suffix) + len(suffix)]
    elif equal:
        closing = last[: min(lengths)]
    else:
        closing = last
    members = [opening, *inner, closing]
    skipped = len(first) - len(opening)
    if (
        not _one_shape(members)
        or not _word_boundary(first, skipped)
        or not _no_names(members)
    ):
        return None
    return skipped, members, last[len(closing) :]


def _one_shape(members: list[str]) -> bool:
    """Tell members of one shape: a shared opening or ending, or four characters
    each ("实事求是、群众路线、独立自主")."""
    if any(len(member) < MEMBER_MIN_CHARS for member in members):
        return False
    return bool(
        commonprefix(members)
        or _common_suffix(members)
        or all(len(member) == FOUR_CHARS for member in members)
        or _inner_frame(members)
    )


def _inner_frame(members: list[str]) -> bool:
    """Tell members of one length sharing a frame inside them, not opened by a verb:
    "农业用地集约高效、城镇用地宜居适度" ("感悟党的…、领会党的…" are actions)."""
    if len({len(member) for member in members}) != 1:
        return False
    frame = _longest_frame(members)
    return frame is not None and not _verb_led(
        [member[: frame[0]] for member in members]
    )


def _no_names(members: list[str]) -> bool:
    """Tell members that are no people, places or conjoined lists."""
    return not any(
        PEOPLE.search(member) or _conjoined(member) or _name(member)
        for member in members
    )


def _conjoined(member: str) -> bool:
    """Tell a member holding a conjunction or 等 as a word: "战斗力和领导力"."""
    return any(word in CONJUNCTIONS for word, _ in general_segments(member))


def commonprefix(words: list[str]) -> str:
    """Return the characters every word opens with."""
    shortest = min(words, key=len)
    for index, character in enumerate(shortest):
        if any(word[index] != character for word in words):
            return shortest[:index]
    return shortest


def _name(word: str) -> bool:
    """Tell a place's, an organisation's or a person's name by jieba's tag; a longer
    word tagged as a person is an idiom jieba mistags (爱岗敬业/nr)."""
    tag = word_tag(word)
    return tag in PLACE_TAGS or (tag in NAME_TAGS and len(word) <= PERSON_NAME_MAX)


def _common_suffix(words: list[str]) -> str:
    return commonprefix([word[::-1] for word in words])[::-1]


def _word_boundary(text: str, offset: int) -> bool:
    """Tell whether general Chinese cuts a text's words at an offset: "城镇老旧…"
    is not cut after 城."""
    if offset in (0, len(text)):
        return True
    position = 0
    for word, _ in general_segments(text):
        position += len(word)
        if position >= offset:
            return position == offset
    return False


def _without_leading_words(text: str) -> str:
    """Return a segment without the verbs and adverbs that open its clause:
    "深入学习党史" -> "党史"."""
    words = list(general_segments(text))
    while len(words) > 1 and words[0][1].startswith(LEADING_TAGS):
        words.pop(0)
    return "".join(word for word, _ in words)
