"""Quotations that are no formulations: scare quotes, clauses, names and titles.

Speeches put many things in quotation marks besides coinages: a figure of speech
the writer holds at arm's length (跑出“加速度”), a phrase of ordinary Chinese
(“彻底醒悟”), a clause someone said or an activity was called (“倾听您的心声”),
the name of an award, a platform or an event (“全省双拥工作示范县”, “云上听”治理平台,
“两会”), a practice the speech criticises or someone's thought (满足于“拍照打卡”,
觉得“年年平安”). Each rule reads the quotation the way general Chinese does, through jieba's
dictionary (``reference.general_segments``), and names what it found; a coinage
("牛鼻子", "狠抓基层", "两张皮") passes them all.
"""

from __future__ import annotations

import re

from .reference import NAME_TAGS, general_segments, general_words

# "跑出“加速度”", "绘就“新画卷”", "奏响“奋进曲”", "改革“力度”", "中国精度": a figure
# of speech for progress, the stock imagery of reports, not a formulation
RHETORIC_FIGURE = re.compile(
    r"(?:画卷|篇章|乐章|华章|答卷|强音|号角|集结号|冲锋号|加速度|快车道|快进键|"
    r"加速键|名片|底色|成色|亮色|颜值|航标|坐标|[^\d一二三四五六七八九十两双]曲|"
    r"高度|深度|厚度|广度|精度|温度|力度|速度|热度|浓度|含金量)$"
)
FIGURE_MAX_CHARS = 5
# "三张金名片", "两个高度": a count of such figures is a number formula of its own,
# the way a province names its brands ("城市名片" alone is the stock figure)
COUNTED_FIGURE = re.compile(r"^[一二三四五六七八九十两双]+[个张大项块面]")
# "倾听您的心声", "咱们…": a person spoken to or of makes a quotation a clause
PERSONAL_PRONOUN = re.compile(r"[您你他她]|咱们|我们")
# "把仓库搞得更整齐": the 把 construction opens a clause
# ("寻找身边的榜样": a verb and its object, a noun that 的 attaches to, as well)
BA_CONSTRUCTION = "把"
# "放得活", "管得严": a verb and its complement of degree
DEGREE_COMPLEMENT = "得"
# "彻底醒悟", "最全面", "就文件学文件": an adverb opening a verb phrase of running
# text (a formula's adverb is inside it: "真抓实干")
OPENING_ADVERBS = frozenset(
    [
        "最",
        "更",
        "很",
        "太",
        "非常",
        "十分",
        "彻底",
        "坚决",
        "严厉",
        "认真",
        "切实",
        "全力",
        "努力",
        "积极",
        "不断",
        "进一步",
        "充分",
        "真正",
        "始终",
        "就",
        "都",
        "也",
        "还",
        "再",
        "已经",
        "正在",
        "一直",
        "逐步",
        # hedges: "好像是", "似乎可以": someone's hesitant words, not a formula
        "好像",
        "似乎",
        "大概",
        "也许",
    ]
)
# "全省双拥工作示范县", "时代楷模", "东亚文化之都", "七一勋章", "中国瓷都",
# "中国食品名城", "市十佳景区": an award, a medal or a title conferred ("亩均论英雄"
# is a rule of merit, not a title)
AWARD_TITLE = re.compile(
    r"(?:示范[县区市镇村乡]|示范单位|先进(?:集体|个人|单位|县|区|市)|"
    r"文明(?:城市|单位|村镇)|卫生(?:城市|县城)|园林城市|百强[县区市]|楷模|标兵|"
    r"称号|之都|之城|之乡|之父|勋章|奖章|红旗手|元勋|名城|名镇|名村|"
    r"^中国[\u4e00-\u9fff]都)$"
    r"|[十百]佳"
)
# "体育道德风尚奖", "优秀辅导教师", "十大励志少年", "希望之星", "地球小博士": a prize
# or a title of honour a school or a contest confers (round slogans13)
HONOUR_TITLE = re.compile(
    r"^[\u4e00-\u9fff]{2,10}(?<!补|惩|励)奖$"
    r"|^优秀[\u4e00-\u9fff]{0,6}(?:教师|辅导员|班主任|学生|干部|党员|个人|集体|场馆|组织者)$"
    r"|^十大[\u4e00-\u9fff]{2,6}(?:少年|青年|人物|标兵|明星|新闻)$"
    r"|^[\u4e00-\u9fff]{1,4}之星$"
    r"|^[\u4e00-\u9fff]{1,4}小(?:博士|能手|明星|标兵|画家|作家|主持人)$"
)
# "挑战杯", "开业典礼", "中国—东盟博览会", "体育游戏竞赛", "航天画展", "农民丰收节",
# "甲午海战", "平型关战役": an event's name (a campaign's is a slogan: "…活动", "…行动" are not read here;
# nor 发展, 环节)
EVENT_NAME = re.compile(
    r"(?:典礼|仪式|竞赛|比赛|大赛|博览会|交易会|展览会|洽谈会|运动会|"
    r"[^\d一二三四五六七八九十两双]杯|\d{2,}杯|(?<![发进拓扩施开伸])展|"
    r"(?<![环细关季礼气情名章音调时])节|海战|战役|起义|事变|惨案)$"
)
# "最美医生", "2021最美教师": a title conferred by a yearly selection
BEST_OF_YEAR = re.compile(r"^(?:\d{4})?最美[\u4e00-\u9fff]{1,6}$")
# "亚伯拉罕·林肯", "安娜·斯特朗": a foreign person's name, its parts joined by a dot,
# each a name to jieba (a theme's are not: "中国梦·劳动美", "融通中外·文明互鉴")
NAME_DOT = re.compile(r"[·•・]")
PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})
# "叙利亚民主军", "人民阵线", "五网联盟": an armed group's, a front's or an
# alliance's name ("主力军", "生力军": a figure of speech, read elsewhere)
ARMED_GROUP = re.compile(r"(?<!力)(?:军|阵线|联盟)$")
# "最佳亚洲会议城市", "通商中国企业奖": a ranking's or a prize's name
RANKED_TITLE = re.compile(
    r"^(?:全国|全省|中国|世界|亚洲|最佳|十佳|最美|世界级)\S{2,}(?:城市|[奖杯])$"
)
# "“云上听”治理平台", "“XX通”APP", "“X政通”上线": the quotation names a
# platform or an app
PLATFORM_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:平台|APP|App|app|小程序|公众号|客户端|热线|网站)|上线"
)
# "“甲乙优品”品牌", "“丙丁四季”等品牌", "“某地好物”区域公用品牌", "…”教育品牌": the quotation
# names a trade or a product's brand (readers judge such names junk or optional, never
# required)
BRAND_AFTER = re.compile(r"(?:等|系列|等系列)?(?!的)[\u4e00-\u9fff]{0,4}?品牌")
# "满足于“拍照打卡”", "不做“老好人”", "不当“甩手掌柜”": a practice or a role the
# speech criticises, in the words of those who have it
CRITICISED_BEFORE = re.compile(
    r"(?:满足于|热衷于|习惯于|(?:不|不能|不要|不会|决不|绝不)(?:做|当|充当))$"
)
# "我们的“小干部”们": a plural of people, a kind of person
PEOPLE_AFTER = re.compile(r"们")
# "觉得“年年防汛年年平安”": what someone thinks, in their words
THOUGHT_BEFORE = re.compile(r"(?:觉得|认为|以为|心想)[:：，,]?$")
CONTEXT_CHARS = 6
# "出版一个理论杂志“新论语”", "收到我们的“一周要闻”通讯", "开设“民声”栏目": the
# quotation names a periodical, a newsletter, a column or a programme
PUBLICATION_BEFORE = re.compile(r"(?:杂志|刊物|期刊|报纸|通讯|专栏|栏目|节目)$")
PUBLICATION_AFTER = re.compile(r"\s*(?:通讯|杂志|期刊|周刊|月刊|专栏|栏目|节目)")
# "他就说你“压制群众”了", "说“搞复辟了”": words an opponent says, a charge reported
# as said, closed by the particle 了 (inside the quotation or right after it)
CHARGE_BEFORE = re.compile(
    r"(?:说|讲|骂|指责|攻击)(?:你|我|他|她|我们|你们|他们|人家)?[:：，,]?$"
)
CHARGE_CLOSED = "了"
# "不接受“救世主”般的说教", "像“空中楼阁”似的": a simile, the quotation an image
SIMILE_AFTER = re.compile(r"(?:般|一般|似的|一样)")
# "说得好似“一无是处”", "仿佛“…”": the same, the simile before the quotation
SIMILE_BEFORE = re.compile(r"(?:好似|好像|犹如|仿佛|宛如|如同)$")
# "从“资金管理风险防控”方面梳理": the heading of a category the speech sorts by;
# "以“预备学员”的名义招收": the label a practice hides behind (round slogans13)
CATEGORY_BEFORE = re.compile(r"从$")
CATEGORY_AFTER = re.compile(r"(?:这[个一])?(?:方面|角度|维度)")
PRETEXT_BEFORE = re.compile(r"以$")
PRETEXT_AFTER = re.compile(r"(?:的)?(?:名义|为名|名目|幌子)")
# "他们“一不怕死，二就怕苦”": words said of people, their description
PEOPLE_BEFORE = re.compile(r"(?:他们|她们|你们|孩子们|同学们)$")
# The clause a quotation stands in, back to its last stop: frames look no further
CLAUSE_CHARS = r"[^，。；：！？、“”,;:!?\n]"
# "不是“选择题”，而是“必答题”", "看似“小事”，实则…": a contrast of two images, the
# rhetoric of a call to action, not formulations
CONTRAST_BEFORE = re.compile(r"(?:不是|而是|并非|也不是|看似是?|实则是?)$")
# A verb that says what something is or becomes: not 是 of "就是要", "还是", "要是",
# and not 成 of "完成了", "形成了"
COPULA = r"(?:(?<![就要还只总但可于凡倒正])是(?![要为在把对从以否])|成为|变成|沦为)"
# "是腐蚀队伍的“软刀子”", "成为阻碍发展的“拦路虎”", "不是少数国家的“专利品”": a
# metaphor predicated of something, an image of what it is like
METAPHOR_BEFORE = re.compile(rf"{COPULA}{CLAUSE_CHARS}{{1,12}}的$")
# "把推杯换盏当“工作需要”", "被当作“社会主义原则”", "中国成为“世界工厂”": a role
# something is given or takes, in words held at arm's length
ROLE_BEFORE = re.compile(
    rf"(?:(?:把|将|被){CLAUSE_CHARS}{{0,12}}(?:当作|当做|当成|视为|看作|看成|当|作)"
    r"|成为|变成|沦为)$"
)
# "被评为“全县生态宜居样板村”", "荣获“全省优秀…”", "获全国“…”", "“…”称号": a title or
# an award conferred, named by the verb before it or the word after it (a number
# formula keeps its shape rule whatever the frame)
AWARD_BEFORE = re.compile(
    r"(?:获评|被评为|评为|荣获|被授予|授予|被命名为|命名为|获全国|获全省|获国家|获省|获市)为?$"
)
AWARD_AFTER = re.compile(r"(?:荣誉)?称号|荣誉")
# "是作风整顿的一场“及时春雨”", "一次“…之旅”": an image counted by its occasion
IMAGE_COUNTED_BEFORE = re.compile(r"一(?:场|次|篇|剂|把|面|道)$")
# "把各局办淬炼成能打硬仗的“铁军营”": a role something is made into
MADE_INTO_BEFORE = re.compile(
    rf"(?:把|将){CLAUSE_CHARS}{{0,12}}(?:锻造|打造|历练|培养|塑造|淬炼)成"
    rf"{CLAUSE_CHARS}{{0,12}}的$"
)
# "以“不破楼兰终不还”的决心": a line quoted for the resolve it voices
RESOLVE_AFTER = re.compile(r"的(?:决心|勇气|气魄|气概|劲头|韧劲)")
RESOLVE_BEFORE = re.compile(r"以$")
# "秉持“直挂云帆济沧海”的信念", "增强“人生能有几回搏”的紧迫感": a line of verse or a
# saying (five characters or more) held up for the spirit it voices, whatever the verb
LINE_SPIRIT_AFTER = re.compile(
    r"的(?:决心|勇气|气魄|气概|劲头|韧劲|信念|追求|紧迫感|使命感|责任感|危机感|"
    r"胆识|胆魄|胆略|豪情|豪迈|壮志|担当|境界|情怀)"
)
LINE_MIN_CHARS = 5
# jieba's tags of a particle closing what was said (了/ul, 吧 呢 啊/y, 嘛 呀/y)
SPOKEN_PARTICLE_TAGS = frozenset({"ul", "y", "uz", "e"})
# "反对搞阵营对抗和各种“小圈子”", "超越了“集团政治”": a notion the speech rejects
REJECTED_BEFORE = re.compile(
    rf"(?:反对|超越了?|摒弃){CLAUSE_CHARS}{{0,12}}$"
    # "鼓吹什么“党天下”": a notion named with contempt (not "为什么", "干什么")
    r"|(?<![为干做])什么$"
)
# "“势力范围”等陈旧狭隘观念", "“…”等错误观点", "“…”甚嚣尘上": the same, named
# after the quotation
REJECTED_AFTER = re.compile(
    r"等?(?:陈旧|狭隘|错误|过时|落后)[\u4e00-\u9fff]{0,6}(?:观念|观点|论调|思维|思想)"
    r"|(?:论调|论|思潮)?(?:甚嚣尘上|大行其道|沉渣泛起)"
)
FRAME_CHARS = 30

# "“地毯式”排查", "“保姆式”服务": a manner of doing, an adverb, not a formulation
# ("“晋江模式”" is a model, 模式 a noun)
MANNER_ADVERB = re.compile(r"^[\u4e00-\u9fff]{1,3}(?<![模形方仪范公格样程招款正])式$")
# "“两会”": a number and 会 name a meeting (the sessions of the NPC and CPPCC)
MEETING_NAME = re.compile(r"^(?:全国)?[两二三四五六七八九十]会$")


# "差不多就可以了", "再等等吧", "垮掉了": words said, closed by a particle of speech
SPOKEN_END = re.compile(r"^[\u4e00-\u9fff]{2,}[了吧呢啊嘛呀]$")
# "先办好了再说": a clause whose verb 了 closes inside it; a formulation states a
# rule and names no finished deed (a pair of such clauses, "唱响了…，传播了…", is read
# as an enumeration, not here)
CLAUSE_WITH_LE_MAX_CHARS = 8
PERFECTIVE = ("了", "ul")
# "工人太累", "路子很窄": a subject and its state after an adverb of degree, a remark
STATE_OF_DEGREE = re.compile(r"^[\u4e00-\u9fff]{2,4}[太很挺][\u4e00-\u9fff]{1,2}$")
# "有一点也可以", "这样就行": a concession said; "我多么高明": an exclamation; "强大
# 无比": an adjective and its complement of degree; "不可战胜的": a 的-phrase said
# of something (round slogans13)
SAID_PHRASE = re.compile(
    r"^[\u4e00-\u9fff]{2,}(?:[也就都](?:可以|行|好)|无比)$|多么|何等"
    r"|^[\u4e00-\u9fff]{3,}的$"
)
# "领导者", "服务者", "太平官", "差不多先生": a kind of person, the role a speech
# gives or denies someone, not a formulation ("国之大者" is classical, kept)
PERSON_KIND = re.compile(r"^(?:[^之]{2}(?:者|官)|[\u4e00-\u9fff]{2,3}先生)$")
# "世界人权宣言", "巴黎协定的议定书", "联合国宪章": a document's name
DOCUMENT_NAME = re.compile(r"(?:宣言|法典|公约|条约|宪章|议定书)$")
# "开门红", "首季红", "半年红", "全年红", "满堂红": a good result of a period, a
# tally of the year's work like "双过半"
PERIOD_RESULT = re.compile(
    r"^(?:开门|首季|首月|一季度|季度|上半年|半年|全年|满堂|月月|季季|年年)红$"
)
# "安徽茶礼", "云南花篮" with a province's full name: a product or a trade's brand
# (a province's spirit, experience, model or way is a formulation: "上海精神")
PROVINCE_PRODUCT = re.compile(
    r"^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|龙江|江苏|浙江|安徽|福建|"
    r"江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|"
    r"西藏|宁夏|新疆)(?!精神|经验|模式|方案|速度|实践|路径|道路|制造|智造|创造)"
    r"[\u4e00-\u9fff]{2}$"
)
# "国际合作组织", "世界卫生组织", "群众组织": an organisation named by its kind ("两新组织"
# is a count, "少数服从组织" a rule)
ORGANISATION_NAME = re.compile(
    r"^[\u4e00-\u9fff]*(?:合作|卫生|贸易|和平|经济|社会|群众|基层|国际|世界|民间|公益|"
    r"慈善|自治|青年|妇女|学生|专业|中介|行业)组织$"
)
# "长江行", "中国行": a tour or a series of events through a place
PLACE_TOUR = "行"
# "30强", "百强", "500强": a place in a ranking
RANKING = re.compile(r"^(?:\d+|[十百千]+)强$")


# "差不多", "面子": a word general Chinese uses this often (jieba's count) is ordinary
# Chinese in scare quotes; names ("文化大革命") and rarer words ("牛鼻子") may be terms
ORDINARY_WORD_FREQUENCY = 1000


def ordinary_quotation(text: str) -> str:
    """Return why a quotation is ordinary Chinese or a name, not a coinage; "" if not.

    The reason is a short Chinese phrase for the review queue's editors.
    """
    if (
        len(text) <= FIGURE_MAX_CHARS
        and RHETORIC_FIGURE.search(text)
        and not COUNTED_FIGURE.match(text)
    ):
        return "修辞套语"
    if MANNER_ADVERB.match(text):
        return "方式状语"
    if MEETING_NAME.match(text):
        return "会议名称"
    if (
        AWARD_TITLE.search(text)
        or RANKED_TITLE.match(text)
        or BEST_OF_YEAR.match(text)
        or HONOUR_TITLE.search(text)
    ):
        return "称号或奖项名"
    if SAID_PHRASE.search(text):
        return "口语或描述"
    if SPOKEN_END.match(text) and spoken_end(general_segments(text)):
        return "口语"
    if STATE_OF_DEGREE.match(text):
        return "描述"
    if (
        len(text) <= CLAUSE_WITH_LE_MAX_CHARS
        and PERFECTIVE in general_segments(text)[1:-1]
    ):
        return "完成了的句子"
    if RANKING.match(text):
        return "排名"
    if PERIOD_RESULT.match(text):
        return "成绩统计"
    if PERSON_KIND.match(text):
        return "人的类别"
    if DOCUMENT_NAME.search(text):
        return "文件名称"
    if ARMED_GROUP.search(text) or ORGANISATION_NAME.match(text):
        return "组织名称"
    if PROVINCE_PRODUCT.match(text):
        return "地方品牌名"
    if foreign_name(text):
        return "人名"
    if EVENT_NAME.search(text):
        return "活动或赛事名"
    if PERSONAL_PRONOUN.search(text):
        return "带人称的句子"
    frequency, tag = general_words().get(text, (0, ""))
    if frequency >= ORDINARY_WORD_FREQUENCY and tag not in NAME_TAGS:
        return "通用词典中的常用词"
    words = general_segments(text)
    if len(words) < 2:
        return ""
    first, *rest = words
    if len(words) == 2 and first[1] == "ns" and rest[0][0] == PLACE_TOUR:
        return "活动名称"
    if first[0] == BA_CONSTRUCTION:
        return "把字句"
    if any(word == DEGREE_COMPLEMENT and tag == "ud" for word, tag in rest):
        return "动补短语"
    if first[0] in OPENING_ADVERBS:
        return "副词开头的动词短语"
    if (
        first[1].startswith("v")
        and any(word == "的" for word, _ in rest[:-1])
        and rest[-1][1].startswith("n")
    ):
        return "动宾短语"
    return ""


def spoken_end(words) -> bool:
    """Tell words closed by a particle of speech ("再等等/吧", "马马虎虎/就行了") from
    a word that ends in one ("受不了")."""
    if len(words) < 2:
        return False
    last, tag = words[-1]
    return tag in SPOKEN_PARTICLE_TAGS or (tag == "l" and len(last) >= 2)


def foreign_name(text: str) -> bool:
    """Tell a foreign person's name ("乔治·华盛顿") from a theme in two halves."""
    parts = NAME_DOT.split(text)
    return len(parts) >= 2 and all(
        general_words().get(part, (0, ""))[1] in PERSON_TAGS | NAME_TAGS
        for part in parts
    )


def quotation_context(body: str, start: int, end: int) -> str:
    """Return why the words around a quotation (``body[start:end]``, marks
    included) make it a name or someone's words, not a coinage; "" if they do not."""
    if PLATFORM_AFTER.match(body, end):
        return "平台或应用名"
    if BRAND_AFTER.match(body, end):
        return "品牌名"
    if PEOPLE_AFTER.match(body, end):
        return "人的类别"
    before = body[max(0, start - CONTEXT_CHARS) : start]
    if PUBLICATION_BEFORE.search(before) or PUBLICATION_AFTER.match(body, end):
        return "刊物或栏目名"
    if SIMILE_AFTER.match(body, end) or SIMILE_BEFORE.search(before):
        return "比喻"
    if PEOPLE_BEFORE.search(before):
        return "说人的话"
    if CATEGORY_BEFORE.search(before) and CATEGORY_AFTER.match(body, end):
        return "分类的名目"
    if PRETEXT_BEFORE.search(before) and PRETEXT_AFTER.match(body, end):
        return "名义"
    if CHARGE_BEFORE.search(before) and (
        body[end - 2 : end - 1] == CHARGE_CLOSED or body[end : end + 1] == CHARGE_CLOSED
    ):
        return "某人的话"
    if CRITICISED_BEFORE.search(before):
        return "批评的做法"
    if THOUGHT_BEFORE.search(before):
        return "某人的想法"
    return ""


def rhetorical_frame(body: str, start: int, end: int) -> str:
    """Return why the sentence around a quotation (``body[start:end]``, marks
    included) uses it as an image or a notion it rejects, not a formulation; ""
    if it does not. A number formula is one whatever its frame ("破除“四风”")."""
    before = body[max(0, start - FRAME_CHARS) : start]
    if CONTRAST_BEFORE.search(before):
        return "对比修辞"
    if (
        METAPHOR_BEFORE.search(before)
        or ROLE_BEFORE.search(before)
        or IMAGE_COUNTED_BEFORE.search(before)
        or MADE_INTO_BEFORE.search(before)
    ):
        return "比喻"
    if AWARD_BEFORE.search(before) or AWARD_AFTER.match(body, end):
        return "称号或奖项名"
    if RESOLVE_BEFORE.search(before) and RESOLVE_AFTER.match(body, end):
        return "引语表决心"
    if end - start - 2 >= LINE_MIN_CHARS and LINE_SPIRIT_AFTER.match(body, end):
        return "引语表决心"
    if REJECTED_BEFORE.search(before) or REJECTED_AFTER.match(body, end):
        return "反对的观念"
    return ""
