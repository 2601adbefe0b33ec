"""Find slogans (提法): the lexicon's formulations, number formulas, quoted coinages.

Precision matters more than recall: an editor rejects every wrong candidate by hand.
So a quotation is a slogan only when it is short and holds no sentence punctuation,
and when no rule of scare_quotes.py calls it ordinary Chinese, a clause or a name;
document titles in 《》 are never slogans; adjacent quotes (“大网格”“微治理”) are
separate slogans, and three or more parallel ones are also proposed whole. Unquoted
text yields number formulas of a recognisable shape ("两学一做", "三纵三横",
"四个一线工作法") and formulas spelled out with their parts counted. Each slogan is
confident (published at once) or doubtful (an editor decides): see docs/slogans.md.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from .enumerations import PUBLISHED_ENUMERATIONS, commonprefix, unquoted_enumerations
from .lexicon import (
    CLOSING_MARKS,
    KIND_FORMULA,
    OPENING_MARKS,
    Formulation,
    Lexicon,
    Occurrence,
    PhraseFinder,
    default_lexicon,
    own_words,
)
from .reference import (
    IDIOM_TAG,
    NAME_TAGS,
    general_segments,
    word_frequency,
    word_tag,
)
from .scare_quotes import ordinary_quotation, quotation_context, rhetorical_frame
from .script import to_simplified, without_pinyin
from .types import ParsedSlogan

# “包村到户”, 「一窗通办」, 『三农』: curly and corner quotes pair up unambiguously.
CURLY_QUOTED = re.compile(
    r"“(?P<text>[^“”\n]{1,60})”|「(?P<corner>[^「」\n]{1,60})」|『(?P<double>[^『』\n]{1,60})』"
)
# "清风驿站": straight quotes are paired in order within a paragraph.
STRAIGHT_QUOTE = '"'
# A quotation holding sentence punctuation is a quoted sentence, not a slogan.
SENTENCE_PUNCTUATION = re.compile(r"[。！？!?，,；;：:…《》<>“”\"「」]")
CJK = re.compile(r"[\u4e00-\u9fff]")
# "一国两制、港人治港", "“两个确立”，“四个意识”": marks between the parts of a formula
PART_SEPARATORS = "、，,；;：:“”‘’「」\"' \u3000\n"
# "富强、民主、文明": a formulation of several parts
ENUMERATION_MARK = re.compile(r"[、，,；;]")
NUMERAL = "一二三四五六七八九十两双百千万"
# A number formula: "三农" or "双减" (a numeral and one word), "四个到位" or
# "两张清单" (a numeral and a measure word), "两学一做" (numerals alternating).
FORMULA_SHAPE = re.compile(
    r"^(?:[二三四五六七八九十两双百千][\u4e00-\u9fff]$"
    r"|[一二三四五六七八九十两双百千]{1,2}(?:个|大|项|张|条|种|类|级|支|点|批|位|有|不|化)"
    r"|[一二三四五六七八九十两双][\u4e00-\u9fff]{1,2}[一二三四五六七八九十两双])"
)
# "关键是抓好落实", "群众的事就是大事": quoted sentences without punctuation
QUOTED_CLAUSE = re.compile(r"^.{2,}是.{3,}$|^.{3,}的.{3,}$")
# "怎么看""怎么干", "为了谁", "谁来投": the speech's own questions in quotes, not
# formulations ("谁主管、谁负责" is an enumeration, judged as one)
QUOTED_QUESTION = re.compile(
    r"怎么|怎样|如何|什么|为何|为啥|哪[里儿些个]|吗$|呢$|谁$|^谁来"
)
# "以?沉浸式?动员", "对?作风建设永远在路上?的": quotation marks a conversion lost,
# a word between two question marks inside a sentence (a question ends one: "吗?"),
# three times or more in a text (a name's lost dot, "安娜?路易斯?斯特朗", less)
LOST_QUOTATION = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![吗呢么吧啊])\?(?P<text>[\u4e00-\u9fff]{2,12})\?"
    r"(?=[\u4e00-\u9fff，,。；;、:：])"
)
LOST_QUOTATIONS_MIN = 3
# "研究研究", "看看": a verb said twice is someone's words quoted, not a coinage
REDUPLICATION = re.compile(r"^(?P<word>[\u4e00-\u9fff]{1,2})(?P=word)$")
# "以“传承红色基因”为题", "围绕“…”这一主题": a quotation naming a talk's topic
TOPIC_AFTER_QUOTE = re.compile(r"为(?:题|主题|题目)|这[一个]?主题")
# "题目是“守住初心、担当使命”": the same, the topic announced before it
# (an event's theme, "推介会主题为“…”", is a slogan: only a talk's title is not)
TOPIC_BEFORE_QUOTE = re.compile(r"(?:题目|课题)(?:是|叫|为)[:：]?$|(?<!主)题为$")
# "张口就说“这不归我们管”": words someone says, with a person in them, are an
# utterance reported, not a formulation ("我为群众办实事" follows no verb of saying)
SAYING_BEFORE_QUOTE = re.compile(
    r"(?:说|讲|问|道|称|喊|嚷|答|推说|表示)(?:着|了|过)?[:：，,]?$"
)
PERSONAL_PRONOUN = re.compile(r"[我你他她咱]")
# "俗话说“没有规矩不成方圆”", "常言道“…”", "古人云“…”": a proverb or a saying cited
# as such, never a formulation
PROVERB_BEFORE_QUOTE = re.compile(
    r"(?:俗话|俗语|常言|老话|古话|古人|古语|谚语|民谚|俚语|老百姓)[常总]?"
    r"(?:说|讲|道|云|曰)(?:得好)?[:：，,]?$"
)
# "没有规矩不成方圆" = 没有规矩/l + 不成方圆/l: a proverb made of set phrases (jieba's
# idioms, i, and fixed expressions, l); one such word alone may be a formulation
# (群众路线/l, 拨乱反正/i), two or more of three characters or more are a saying
SET_PHRASE_TAGS = frozenset({IDIOM_TAG, "l"})
SET_PHRASE_MIN_CHARS = 3
# "“行远者必自迩”", "“民无恒不兴”": a classical saying shows its grammar, a function
# word of the old written language or the "无…不…" of a condition
CLASSICAL_GRAMMAR = re.compile(
    r"[者之乎也矣焉哉兮而则其亦莫勿毋弗乃]|无[\u4e00-\u9fff]{1,2}不[\u4e00-\u9fff]"
)
CLASSICAL_MIN_CHARS = 5
# A saying quoted as a clause of its own: "做人一样，“…”，…", "各位代表！“…”。"
CLAUSE_BEFORE = "，,。！？!?：:；;\n"
CLAUSE_AFTER = "，,。！？!?；;\n"
# "把‘能者上、庸者下、劣者汰’落到实处", "要坚决整治‘慵懒散’问题": a quotation inside a
# quoted clause; the clause is someone's words, the inner quotation the coinage
INNER_QUOTED = re.compile(r"‘(?P<text>[^‘’\n]{1,30})’")
# A talk's topic of a few characters is a formula ("以“守纪律讲规矩”为题"); a longer
# one is the talk's title, a sentence ("以“永葆共产党员的政治本色”为题")
TOPIC_COINAGE_MAX_CHARS = 6
# "人人都是营商环境": a motto whose subject is everyone is a coinage, not a clause
UNIVERSAL_MOTTO = re.compile(r"^(?:人人|个个|处处|事事|时时)都?是")
# "金岭镇", "白沙河镇": a place's name in quotes is a name, not a formulation. A
# coinage about places puts a verb or a count before the place ("家电下乡", "文旅兴镇",
# "生态立县", "千企帮千镇", "万村千乡") or names a kind ("特色小镇", "鱼米之乡")
PLACE_NAME = re.compile(
    r"^(?![^镇乡县]*[一二三四五六七八九十百千万村])[\u4e00-\u9fff]{2,3}"
    r"(?<![小乡城集名重古强下兴立到帮美富进入之故建治送])(?:镇|乡|县|街道)$"
)
# "“链主”企业", "“头雁”培育工程", "“亲清”政商关系", "“叫应”机制": a two-character
# quotation naming the kind of the noun after it is a coinage; a scare-quoted plain
# word ("温度", "亲""清") is followed by a particle, a verb or punctuation
ATTRIBUTIVE_HEAD = re.compile(
    r"企业|工程|机制|行动|计划|品牌|制度|模式|政商|培育|斗争|工作法|队伍|体系|项目"
)
# "两轮驱动", "五件实事", "六医统筹": a quotation opening with a count is a number
# formula when the count is not part of a word ("十分", "双向"), a span of time or
# a price or a measure ("三年争先", "五元时代")
NUMBER_LED = re.compile(r"^[两三四五六七八九十双][\u4e00-\u9fff]{2,5}$")
TIME_COUNT = re.compile(
    r"^..?(?:年|月|日|天|周|次|倍|成|岁|小时|分钟|元|块|角|米|公里|吨|斤|亩)"
)
# "十九连丰", "18连增", "三下降", "六个增长", "三个突破", "四个全覆盖", "双过半": a
# tally of the year's results, not a formula to carry out
TALLY = re.compile(
    r"^(?:\d+|[一二三四五六七八九十两双]+)(?:个|项|大)?"
    r"(?:连[\u4e00-\u9fff]{1,2}|下降|上升|增长|减少|增加|提升|提高|翻番|突破|全覆盖|"
    r"新高|第一|领先|丰收|过半|达标|[超增降升])$"
)
# "嫦娥六号", "天问一号", "福建号", "澳门科学一号": a spacecraft's or a ship's name
CRAFT_NAME = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:[一二三四五六七八九十]|\d+)?号$")
# "七一", "三八", "九一八", "三大", "十九大": numerals alone name a day (a festival,
# an anniversary) or a congress, or a count cut from the thing it counts; "八五",
# "十一五" name five-year plans
BARE_COUNT = re.compile(
    r"^[一二三四五六七八九十百千零〇两双]+(?:个|大|项|张|条|种|类|级|支|点|批|位|届)?$"
)
# "两国一贯友好", "两党三方", "两岸两会在": the two countries, parties or sides of a
# sentence, not the count of a formula (unquoted)
BOTH_OF_A_PAIR = frozenset({"两国", "两党", "两岸"})
# "一枚", "两艘", "一套": a numeral and a measure of things ("七站八所" counts
# offices)
CLASSIFIERS = frozenset("枚颗粒根头匹只辆艘架台本册张条套")
# "一直四处…": a numeral opening an adverb
ADVERB_TAG = "d"
# "九大": a congress's short name, an abbreviation to jieba
ABBREVIATION_TAG = "j"
# "“八七”扶贫攻坚计划": numerals naming a plan by its figures, as the words after
# it say (a holiday's are no plan: "“七一”前夕", "“五一”期间", "“五一”假期")
PLAN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}(?:计划|规划)")
FIVE_YEAR_PLAN = re.compile(r"^(?:[六七八九十]|十[一二三四五六])五$")
# "第六个五年计划", "第一個五年計劃", "第十四个五年规划": a plan named by its ordinal is
# the plan's name, unquoted as the genre writes it ("第二个五年计划" is no count)
ORDINAL_PLAN = re.compile(
    r"第(?:[一二三四五六七八九]|十[一二三四五六七八九]?)个五年(?:计划|规划)"
)
# "十四五规划", "“十五五”规划", "八五计划": a plan named by its short numerals
# (not "二十五计划": the numerals open the name)
SHORT_PLAN = re.compile(
    r"(?<![一二三四五六七八九十百千\d])[“‘]?(?P<plan>(?:[六七八九十]|十[一二三四五六七八九])五)"
    r"[”’]?(?P<word>计划|规划)"
)
# "八七扶贫攻坚计划", "“七七”扶贫攻坚计划": a poverty plan named by its numerals
# (people in poverty, years to go: the nation's 八七 of 1994, a province's own),
# quoted or not, a space printed around the quotation marks or not
POVERTY_PLAN = re.compile(
    r"(?<![一二三四五六七八九十百千\d])[“‘\"]?\s?(?P<plan>[一二三四五六七八九十]{2})"
    r"\s?[”’\"]?\s?扶贫攻坚计划"
)
# "“甲类资金管理”“乙类物品采购”等18项风险点": quoted items an inventory counts
INVENTORY_GAP = re.compile(r"[、，, ]?")
INVENTORY_AFTER = re.compile(
    r"等\s?(?:\d+|[一二三四五六七八九十两几多]+)\s?(?:项|个|类|条|种|大类|方面)"
)
INVENTORY_MIN_ITEMS = 2
REGNAL_WORD = "世"  # "腓特烈二世", "伊丽莎白二世": a ruler's regnal number
POVERTY_PLAN_WORD = "扶贫攻坚计划"  # looked for first: the pattern is slow to scan
# "两党两国", "一死两伤", "两室一厅", "两金一银", "一师四团", "一箭九星", "两江四岸":
# counted parties and countries, casualties, rooms, medals, units, satellites,
# rivers and banks are a tally or a description, not a formula ("一户一策",
# "一国两制": the second word is a measure to take; "两山七河五湖" names a
# programme of mountains, rivers and lakes)
COUNTED_THINGS = frozenset(
    "党国军师旅团营连排班室厅金银铜死伤箭星座舱户口组幅套塔江岸会"
)
# "三坊七巷", "四川大学", "一对一", "十里八乡": a place's or an organisation's
# name, a number word or an idiom that opens with a numeral (jieba's tags for
# other names, nz and nr, hold formulas too: 三农, 三个代表, 双拥)
NUMERAL_WORD_TAGS = frozenset({"ns", "nt", "m", IDIOM_TAG})
PLACE_TAGS = frozenset({"ns", "nt"})
# "八點八上" out of "百分之二十八點八上升": a figure's digits, not a formula
NUMBER_FRAGMENT = re.compile(
    r"[零〇一二三四五六七八九十百千万\d][点點．.][零〇一二三四五六七八九\d]"
)
# "20条", "30条": a policy package named by its count of articles
ARTICLE_COUNT = re.compile(r"^\d+条$")
# "所谓“…”", "所谓的“…”": the speaker distances himself from the words
SO_CALLED_BEFORE_QUOTE = re.compile(r"所谓的?$")
# "渝快办", "湘易办", "黑土优品": a province's one-character name opens a brand
PROVINCE_BRAND = re.compile(
    r"^[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕秦甘陇青宁]"
)
# "头雁工程", "四千行动", "河长制": a coinage naming a programme or an institution
PROGRAMME_SUFFIX = re.compile(
    r"(?:工程|行动|机制|模式|计划|体系|经验|工作法|制度|[制链网])$"
)
# "增品种、提品质、创品牌": a quoted enumeration of members built alike is published;
# a member holding one of these words lists or describes ("运营机制与要素配置") or
# reports what was done ("讲出了真心话"), and
# a person's, a place's or an organisation's name in a member names ("新长安")
PARALLEL_MEMBER_CHARS = (1, 6)
MANNER_REDUPLICATION = re.compile(
    r"(?P<a>[\u4e00-\u9fff])(?P=a)(?P<b>[\u4e00-\u9fff])(?P=b)"
)
# "大学习大调研大抓落实": three parts or more, one character opening each
REPEATED_OPENING_CHARS = (6, 12)
REPEATED_OPENING_PARTS = 3
REPEATED_OPENING_PART_CHARS = 3
# "学党史知党恩跟党走" (党 second in each part): a coinage of three or four parts of one
# length (two to four characters) run together, one character shared in one place
# of every part: a formula written without marks
SHARED_PLACE_PARTS = (3, 4)
SHARED_PLACE_PART_CHARS = (2, 4)
# "谁投资、谁决策、谁收益、谁承担风险", "早发现、早报告、早处置": a quoted enumeration of
# three members or more opened by the same characters; not opened by a pronoun, a
# numeral or an adverb of degree ("这个、这些、这里", "最美、最好、最强")
SHARED_OPENING_MEMBERS = (3, 8)
SHARED_OPENING_MEMBER_CHARS = (2, 6)
NO_FORMULA_OPENING = frozenset("我你他她它这那其各每一二三四五六七八九十两最更很太都也")
# "5大战略指引", "11方面重要遵循": a count in figures and what it counts
DIGIT_COUNT = re.compile(r"^\d{1,2}(?:大|个|项|方面|条|种|类)[\u4e00-\u9fff]{2,6}$")
# "一号工程", "头号工程", "一号改革": a programme ranked first by a province or a
# city, its standing label
NUMBERED_PROGRAMME = re.compile(
    r"^[一二三四五六七八九十头]号(?:工程|行动|改革|项目|任务|战略|课题)$"
)
# "减负30条", "稳外贸十条": a package of measures named by its topic and its count of
# articles, the way a policy document is known; a count alone ("30条") or an article
# cited ("规定第三条") is none
ARTICLE_PACKAGE = re.compile(
    r"^[\u4e00-\u9fff]{1,7}[^\W\d_第这那每几一二三四五六七八九十百千两]"
    r" ?(?:\d{1,3}|[一二三四五六七八九十]{1,3}) ?条$"
)
# "安居工程", "种子工程", "星火计划", "清朗行动": a quoted programme's name, a word or
# two before its kind; published like a standing formulation. Not a place's works
# ("三峡工程": a name opens it), a span of time ("百日行动", "三年行动": TIME_COUNT)
QUOTED_PROGRAMME = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:工程|计划|行动)$")
# "两个最": a count of a superlative, a tally, not a formula
COUNT_OF_ADVERB = re.compile(r"^[一二三四五六七八九十两]个[最更很太]$")
# "等一等、看一看", "想了想": a verb said twice, a manner of acting, not a part of
# a formula
VERB_REDUPLICATION = re.compile(r"(?P<v>[\u4e00-\u9fff])[一了](?P=v)")
# "发展是第一要务、稳定是第一责任": members longer than six characters are parallel
# only where they share a frame of this many characters in one place
LONG_MEMBER_CHARS = 8
LONG_MEMBER_FRAME_CHARS = 2
MEMBER_JOINING_WORDS = frozenset({"与", "和", "及", "以及", "或", "的", "了"})
# "非遗和文旅", "运营机制与要素配置": two words joined inside a member, whatever
# the cut ("荣辱与共" is one word)
JOINED_INSIDE = re.compile(r"[\u4e00-\u9fff]{2}[和与及或][\u4e00-\u9fff]{2}")
PROPER_NAME_TAGS = frozenset({"ns", "nt"})
# jieba tags set phrases of four characters as persons too (公正廉洁/nr, 德智体美/nr):
# a person's name is two or three characters
PERSON_NAME_TAGS = frozenset({"nr", "nrt", "nrfg"})
PERSON_NAME_CHARS = (2, 3)
PROVINCE_BRAND_MAX_CHARS = 5
# General Chinese has the word this often (jieba's count): a scare-quoted word
COMMON_WORD_FREQUENCY = 100
# "以数字化、网络化、智能化为方向": a clause's frame around a list
SENTENCE_FRAME = re.compile(r"^以.+为[\u4e00-\u9fff]{1,4}$")
QUOTE_CONTEXT_CHARS = 6
COINAGE_MIN_CHARS = 3
COINAGE_MAX_CHARS = 10
ENUMERATION_PART_MAX_CHARS = 10
ENUMERATION_MAX_PARTS = 8
# "严、实、细": three or more single words listed are a formula too
SINGLE_CHARACTER_PARTS_MIN = 3
# "“站起来”“富起来”“强起来”", "“走一步”、“看两步”、“想三步”": a formula quoted
# part by part; what may stand between the parts, how many parts, how long each
SERIES_GAPS = ("", "、")
SERIES_MIN_PARTS = 3
SERIES_PART_CHARS = (2, 6)
QUOTE_MARKS = re.compile('[“”"‘’「」『』]')
QUOTED_SERIES = {
    "kind": "enumeration",
    "listed": False,
    "reason": "引号逐项并列的提法（是否作为一个整体，请编辑判断）",
}
# "“2135”产业工程", "“4+N”发展格局", "“1+5+N”体系": a programme named by a code of
# figures; only the programme's word after it tells the code from a figure
# ("“2025”字样", "“12345”热线", "“28+10”项民生实事")
DIGIT_CODE = re.compile(r"(?=.*\d)[0-9]{1,6}(?:[+＋×][0-9XxＸNn]{1,3}){0,4}")
DIGIT_CODE_HEAD = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:体系|工程|行动|计划|战略|布局|架构|构架|格局|模式|部署|"
    r"思路|机制|产业|制造业|集群|联盟|功能区|方针|目标|政策)"
)
DIGIT_CODE_MIN_CHARS = 2
# "谁主管、谁负责，谁审批、谁监管": short enumerations paired by commas
PAIR_COMMA = re.compile(r"[，,]")
PAIRED_HALVES_MAX = 3
PAIRED_PARTS_MAX = 4
PAIRED_PART_MAX_CHARS = 5
# "内涵发展，特色发展，规范发展": members of a formula a comma separates
# (comma_enumeration); other sentence punctuation makes a sentence of it
COMMA_ENUMERATION = re.compile(r"[，,]")
COMMA_MEMBER_CHARS = (4, 8)  # shorter lines are classical as often
COMMA_MEMBERS_MIN = 3
COMMA_SENTENCE = re.compile(r"[、。！？!?；;：:…《》<>“”\"「」]")

# Number formulas written without quotes.
# One counted word between the numerals: never an enumerator ("四是一些…"), an
# ordinal ("三和第二…"), a measure ("三年来一直…", "一句家乡话"), a particle, a
# conjunction ("三与五之比", "两学一做等活动") or a range ("一到两米").
_WORD = (
    r"(?:(?![一二三四五六七八九十两双百千万零〇年月日天次位名人家件届季周点分号层岁把"
    r"是要第期共句面轮倍桌只的和与及之點到等])[\u4e00-\u9fff])"
)
# The second numeral, not a word that merely contains it: "统一", "一些", "一部分"
# ("一直" is a word, "四不两直" a formula); "双" counts there: "一岗双责", "双招双引"
_LATER_NUMERAL = (
    r"(?:一(?![些切直样步流体起定般致的部共个])|[二三四五六七八九十两](?![的个])|"
    # "双方", "双向", "双赢": words of a pair, not a count ("两岸双方")
    r"双(?![的个方向边重赢手脚眼倍人胞语休月周日层号亲职]))"
)
# "两学一做", "三纵三横", "一村一品", "一核两翼三区", "四个一线", "一岗双责"
NUMERAL_ALTERNATION = re.compile(
    rf"(?P<first>[一二三四五六七八九十两双])(?P<x>个|{_WORD})"
    rf"(?P<second>{_LATER_NUMERAL})(?P<y>{_WORD}{{1,2}})"
    rf"(?:{_LATER_NUMERAL}(?P<z>{_WORD}{{1,2}}))?"
)
# "五县两区", "两市一州": counting a region's administrative units
ADMINISTRATIVE_UNITS = frozenset("县区市镇乡村省州旗盟")
# "三管三必须的要求": a particle after a two-character last word shows the formula
# ends there ("三山五园周边" gives its last character back to the next word)
FORMULA_END_PARTICLE = "的和与及等"
# "宁可十防九空": ten against nine is a proverb's count, not a formula's
PROVERB_TEN_NINE = re.compile(r"^十[\u4e00-\u9fff]九[\u4e00-\u9fff]$")
# "四个一线工作法" -> "四个一线", "三个清单方法论" -> "三个清单", "六大惠民工程" (kept whole)
NAMED_METHOD = re.compile(
    r"(?P<formula>[二三四五六七八九十两](?:个|大|项|张|条|种)[\u4e00-\u9fff]{1,4}?)"
    r"(?P<suffix>工作法|方法论|工程|行动)"
)
METHOD_SUFFIXES_DROPPED = {"工作法", "方法论"}
# A formula's last word must not swallow the start of the next: "四个一线工作法"
FOLLOWING_WORD = re.compile(
    r"工作法|方法论|工作|工程|制度|机制|模式|活动|要求|精神|建设|关系|合作|问题|发展"
)
FORMULA_MIN_CHARS = 4
# "十大合作计划", "五大发展理念": a quoted number formula is short
FORMULA_MAX_CHARS = 7
# A member of a quoted enumeration of number formulas ("三名争创") has a count and a
# thing counted; two characters are a count of days or books ("三天、五天")
FORMULA_MEMBER_MIN_CHARS = 3
# "三基地一屏障一高地", "一核两翼三区四带", "一心两翼三带多点": a programme's layout
# counted part by part, three parts or more, each a count and a word of one to three
# characters (no span of time: "一年一小步…")
FORMULA_CHAIN = re.compile(
    r"(?:[一二三四五六七八九十两双](?![年月日天周次岁])[^\W\d一二三四五六七八九十两双百千万]{1,3}){3,6}"
)
# "坚持两个毫不动摇", "落实三个区分开来", "做到四个过硬": a count of a stance, not of
# things, is a formula even unquoted. Nothing but a particle or verb may follow it
# ("三个责任人" counts people; "四个全面建成" is running text).
STANCE_FORMULA = re.compile(
    r"(?P<formula>[两二三四五六七八九十](?:个|项)(?:毫不动摇|区分开来|务必|必须|维护|"
    r"确立|意识|自信|到位|过硬|坚持|全面|一批|责任|规定))"
    # "八项规定精神", "八项规定及其实施细则", "八项规定出台以来"
    r"(?=[^\u4e00-\u9fff]|[的要是和与贯落等为上中作及]|精神|出台|实施|以来|$)"
)
# "责任到位、人员到位、物资到位这三个到位": a count naming the parts just listed
COUNTED_NAME = re.compile(
    r"(?P<count>[两二三四五六七八九十])个(?P<head>[\u4e00-\u9fff]{2})"
    r"(?=[^\u4e00-\u9fff]|[的要是和与贯落等为上中作]|$)"
)
NAMED_PARTS_BEFORE = re.compile(
    r"(?:(?:[^，。；：！？、\s“”]{2,12})、){1,9}[^，。；：！？、\s“”]{2,12}(?:这|的|等)?$"
)
# "产业、人才、文化、生态、组织五个方面的全面振兴": parts, their count, "方面的" and
# the head the count applies to ("…三个领域建设", "…四方面介绍": a verb follows, the
# speech counts its own topics)
SPELLED_OUT = re.compile(
    r"(?P<parts>(?:[\u4e00-\u9fff]{1,4}、){1,9}[\u4e00-\u9fff]{1,4})"
    r"(?P<count>[两二三四五六七八九十])(?:个|大|项)?(?:方面|领域)的"
    r"(?:全面|协调|同步|一体)?[\u4e00-\u9fff]{2}"
)
GENERIC_HEAD = re.compile(r"(?:工作|问题|情况|内容|任务|措施|事情|意见|要求)$")
SPELLED_OUT_FORMULA = {
    "kind": "enumeration",
    "source": "formula",
    "reason": "列举各项并计数的提法",
}
PLAN_NAME = {"kind": "formula", "source": "formula", "reason": "五年计划（规划）名"}
POVERTY_PLAN_NAME = {**PLAN_NAME, "reason": "以数字命名的扶贫攻坚计划"}
ORDINAL_PREFIXES = "第0123456789"
COUNT_VALUES = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
COUNT_VALUES.update({"八": 8, "九": 9, "十": 10})
# Four-character idioms with numbers are common words, not formulations.
NUMBER_IDIOMS = frozenset(
    [
        "三心二意",
        "四面八方",
        "五湖四海",
        "七上八下",
        "三番五次",
        "一干二净",
        "一清二楚",
        "三令五申",
        "四通八达",
        "五花八门",
        "五颜六色",
        "七嘴八舌",
        "七零八落",
        "三头六臂",
        "九牛一毛",
        "一五一十",
        "三五成群",
        "四分五裂",
        "七手八脚",
        "三长两短",
        "一举两得",
        "一石二鸟",
        "十全十美",
        "六神无主",
        "九死一生",
        "一穷二白",
        "一波三折",
        "三从四德",
        "四平八稳",
        "五光十色",
        "七情六欲",
        "十拿九稳",
        "三三两两",
        "两面三刀",
        "三教九流",
        "一分为二",
        "二话不说",
        "三思而行",
        "一马当先",
        "一鼓作气",
        "一针见血",
        "三天两头",
        "一来二去",
        "一模一样",
        "一心一意",
        "接二连三",
        "独一无二",
        "一言九鼎",
        "一日三秋",
        "九九归一",
        "八仙过海",
        "十室九空",
        "一呼百应",
        "一本万利",
        "举一反三",
        "三言两语",
        "一问三不知",
        "不管三七二十一",
    ]
)


def find_slogans(
    body: str, *, title: str = "", lexicon: Lexicon | None = None
) -> tuple[ParsedSlogan, ...]:
    """Return the distinct slogans a speech (its title, then its body) uses, in
    order of first use.

    Listed formulations (the lexicon) are found quoted or not; quoted coinages,
    number formulas and enumerations come from their shape. A slogan is listed only
    where the speech uses it as such: 双报到 inside 双报到双服务 is not, 一国两制 in
    “一国两制”、“港人治港” is. A title names what the speech is about: a slogan only
    there (党史学习教育专题讲课) is the speech's too.
    """
    lexicon = lexicon or default_lexicon()
    if title.strip():
        body = f"{title.strip()}\n{body}"
    # The shape rules read simplified text without a converter's pinyin; what is
    # listed is then found in the body and listed in the body's own words.
    matching = matching_body(body)
    shaped = [
        *quoted_candidates(matching),
        *unquoted_formulas(matching),
        *unquoted_enumerations(matching),
    ]
    by_text: dict[str, ParsedSlogan] = {}
    for match in lexicon.matches(body):
        if match.form not in by_text:
            by_text[match.form] = lexicon_slogan(match.entry)
    first_shaped: dict[str, ParsedSlogan] = {}
    for _, slogan in shaped:
        first_shaped.setdefault(slogan.text, slogan)
    used_formulations = tuple(by_text)
    for slogan in first_shaped.values():
        entry = lexicon.entry(slogan.text)
        if slogan.text in lexicon.not_slogans:
            continue
        if entry is None and count_cut_from(slogan, used_formulations):
            continue  # "享“两制”之利" beside 一国两制: a part, not a formula
        if entry is not None:
            by_text.setdefault(slogan.text, lexicon_slogan(entry))
        elif slogan.text not in by_text:
            by_text[slogan.text] = with_confidence(slogan)
    # Each slogan once, in the words the speech first uses it in on its own, or in
    # a later wording that continues those words (创新驱动发展, then
    # 创新驱动发展战略: the full formula).
    first_use: dict[str, tuple[int, str]] = {}
    occurrences = PhraseFinder(by_text).find(body)
    is_formulation = lexicon.__contains__
    for occurrence, standalone in zip(
        occurrences, standalone_flags(body, occurrences, is_formulation), strict=True
    ):
        slogan = by_text[occurrence.words]
        if standalone and slogan.listed:
            own = own_words(body, occurrence)
            first = first_use.setdefault(
                slogan.text, (occurrence.offset, occurrence.words, own)
            )
            if extends(own, first[2]):
                first_use[slogan.text] = (first[0], occurrence.words, own)
    listed = tuple(
        replace(by_text[words], text=own, canonical=by_text[words].text)
        for _, _, words, own in sorted(
            (offset, -len(words), words, own)
            for offset, words, own in first_use.values()
        )
    )
    inside_only = {
        slogan.text: replace(slogan, listed=False)
        for slogan in by_text.values()
        if slogan.text not in first_use
    }
    return listed + tuple(inside_only.values())


def extends(longer: str, shorter: str) -> bool:
    """Tell a wording that continues a shorter one of the same slogan: 创新驱动发展战略
    after 创新驱动发展 (the full formula, listed in its stead)."""
    return len(longer) > len(shorter) and longer.startswith(shorter)


def count_cut_from(slogan: ParsedSlogan, formulations: tuple[str, ...]) -> bool:
    """Tell a quoted count that is one count of a formula of counts the speech uses
    ("两制", "一国" of 一国两制; "两学" of 两学一做) from a formula of its own: the genre
    quotes the halves of a formula to play on them ("以“一国”为本，善用“两制”之利").
    A count named with its head is a formula (“八五” of 八五计划, “三公” of 三公经费)."""
    if slogan.source != "quoted" or slogan.kind != "formula":
        return False
    piece = slogan.text
    for whole in formulations:
        if piece == whole or piece not in whole:
            continue
        rest = whole.replace(piece, "", 1)
        if rest[:1] in NUMERAL and len(rest) >= 2:
            return True
    return False


def matching_body(body: str) -> str:
    """Return a body as the shape rules read it: simplified, without a converter's
    pinyin ("六穩(wěn)" -> "六稳"), lost quotation marks restored ("?三公?")."""
    return question_mark_quotes(to_simplified(without_pinyin(body)))


def question_mark_quotes(text: str) -> str:
    """Return a text whose quotation marks a conversion turned into "?" with them
    put back: "以?沉浸式?动员" -> "以“沉浸式”动员". Only where no question reads
    so: a word of a few characters between two marks, inside a sentence, in a text
    that does it more than once."""
    if "?" not in text:
        return text
    pairs = [
        match
        for match in LOST_QUOTATION.finditer(text)
        if not QUOTED_QUESTION.search(match["text"])
    ]
    if len(pairs) < LOST_QUOTATIONS_MIN:
        return text
    restored = list(text)
    for match in pairs:
        restored[match.start()], restored[match.end() - 1] = "“", "”"
    return "".join(restored)


@lru_cache(maxsize=4096)
def lexicon_slogan(entry: Formulation) -> ParsedSlogan:
    """Return the slogan a lexicon formulation is stored as."""
    if entry.kind == KIND_FORMULA:
        kind = "formula"
    elif ENUMERATION_MARK.search(entry.text):
        kind = "enumeration"
    else:
        kind = "concept"
    return ParsedSlogan(
        text=entry.text,
        kind=kind,
        confident=True,
        source="lexicon",
        category=entry.kind,
        since=entry.since,
        reason="词表",
    )


def with_confidence(slogan: ParsedSlogan) -> ParsedSlogan:
    """Return a shaped candidate marked confident or doubtful, with the reason."""
    confident, reason, doubt = shape_confidence(slogan)
    return replace(slogan, confident=confident, reason=reason, doubt=doubt)


def shape_confidence(slogan: ParsedSlogan) -> tuple[bool, str, float]:
    """Tell whether a slogan found by its shape can be published without an editor;
    return (confident, why it was proposed, doubt from 0 to 1)."""
    text = slogan.text
    if slogan.source == "formula":
        return True, slogan.reason or "数字提法（未加引号）", 0.1
    if slogan.source == "enumeration":
        framed = slogan.reason in PUBLISHED_ENUMERATIONS
        return framed, slogan.reason, 0.2 if framed else 0.4
    if slogan.kind == "formula":
        return True, "引号中的数字提法", 0.15
    if slogan.kind == "enumeration":
        if slogan.listed and members_built_alike(text):
            return True, "引号中的并列提法（各项同形）", 0.2
        if slogan.listed and members_are_formulas(text):
            return True, "引号中的并列提法（各项皆数字提法）", 0.2
        if slogan.listed and members_share_opening(text):
            return True, "引号中的并列提法（同字领起）", 0.2
        return False, "引号中的并列提法", 0.35
    if repeated_opening(text):
        return True, "引号中的排比提法（同字领起）", 0.2
    if parts_share_a_place(text):
        return True, "引号中的排比提法（各段同位同字）", 0.2
    if NUMBERED_PROGRAMME.match(text):
        return True, "引号中的头号工程", 0.2
    if ARTICLE_PACKAGE.match(text):
        return True, "引号中的政策条款包（主题加条数）", 0.2
    if quoted_programme(text):
        return True, "引号中的工程、计划、行动名", 0.2
    doubt, reasons = 0.5, ["引号中的新说法"]
    if word_tag(text) in NAME_TAGS:
        doubt += 0.35
        reasons.append("通用词典中是专名")
    elif word_frequency(text) >= COMMON_WORD_FREQUENCY:
        doubt += 0.25
        reasons.append("通用词典中的常用词")
    if PROVINCE_BRAND.match(text) and len(text) <= PROVINCE_BRAND_MAX_CHARS:
        doubt += 0.25
        reasons.append("像地方品牌名")
    if PROGRAMME_SUFFIX.search(text):
        doubt -= 0.15
        reasons.append("以工程、行动、机制等结尾")
    return False, "；".join(reasons), round(min(max(doubt, 0.05), 1.0), 2)


def quoted_programme(text: str) -> bool:
    """Tell a quoted programme's name ("安居工程", "种子工程") from a place's works
    ("三峡工程"), a span of time ("百日行动") or a word of general Chinese."""
    if not QUOTED_PROGRAMME.match(text) or TIME_COUNT.match(text):
        return False
    if word_tag(text) in NAME_TAGS or PROVINCE_BRAND.match(text):
        return False
    first = general_segments(text)[0]
    return first[1] not in NAME_TAGS and first[1] not in PLACE_TAGS


def members_built_alike(text: str) -> bool:
    """Tell a quoted enumeration whose members are built alike, a formula a reader
    takes as one ("增品种、提品质、创品牌", "一要吃饭、二要建设", "严、实、细"), from a
    quoted phrase that lists ("管理体制、运营机制与要素配置": a member joined by a
    conjunction) or names ("新央企、新长安": a place inside a member; "渝快办、渝快政":
    a province's brands).

    Parallel: two to eight members of one length (one to six characters), none
    holding a conjunction or 的 as a word of general Chinese, none a name or a
    reduplicated manner ("扎扎实实"); single
    characters that spell a word of general Chinese ("脏、乱、差") are that word, and
    members that are all common words of general Chinese ("勇气、决心、激励") a list.
    """
    members = [member.strip() for member in ENUMERATION_MARK.split(text)]
    if not 2 <= len(members) <= ENUMERATION_MAX_PARTS:
        return False
    size = len(members[0])
    if any(len(member) != size or not CJK.match(member) for member in members):
        return False
    if not PARALLEL_MEMBER_CHARS[0] <= size <= PARALLEL_MEMBER_CHARS[1] and not (
        size <= LONG_MEMBER_CHARS and shared_frame(members) >= LONG_MEMBER_FRAME_CHARS
    ):
        return False
    if size == 1 and word_frequency("".join(members)):
        return False  # "脏、乱、差": a word of general Chinese spelled out
    if size > 1 and all(word_frequency(m) >= COMMON_WORD_FREQUENCY for m in members):
        return False  # "资本、人才、技术、信息": common words listed, no formula
    return not any(_lists_or_names(member) for member in members)


def members_are_formulas(text: str) -> bool:
    """Tell a quoted enumeration whose every member is a number formula the parser
    publishes when quoted alone ("五星育人、三名争创", "三服务、两提升"): a programme's
    pair of counts, one formula, though a member looks like a name ("五星"). A
    member of two characters is a count ("三天、五天"), no formula."""
    members = [member.strip() for member in ENUMERATION_MARK.split(text)]
    return 2 <= len(members) <= ENUMERATION_MAX_PARTS and all(
        len(member) >= FORMULA_MEMBER_MIN_CHARS
        and CJK.match(member)
        and kind_of(member) == "formula"
        for member in members
    )


def shared_frame(members: list[str]) -> int:
    """Count the places where members of one length share their character
    ("发展是第一要务", "稳定是第一责任": 是第一, three)."""
    return sum(
        len({member[i] for member in members}) == 1 for i in range(len(members[0]))
    )


def repeated_opening(text: str) -> bool:
    """Tell a coinage of three or more parts each opened by one character
    ("大学习大调研大抓落实", "新时代新担当新作为"): a formula written without marks."""
    head = text[:1]
    if (
        not CJK.match(head)
        or not REPEATED_OPENING_CHARS[0] <= len(text) <= (REPEATED_OPENING_CHARS[1])
    ):
        return False
    opening, *parts = text.split(head)
    return (
        opening == ""
        and len(parts) >= REPEATED_OPENING_PARTS
        and all(1 <= len(part) <= REPEATED_OPENING_PART_CHARS for part in parts)
    )


def parts_share_a_place(text: str) -> bool:
    """Tell a coinage of three or four parts of one length run together, one
    character in the same place of every part ("学党史知党恩跟党走": 党 second in
    学党史, 知党恩, 跟党走); no part repeats another, none is joined by 的 or 了."""
    if not text or not all(CJK.match(char) for char in text) or "的" in text:
        return False
    for count in range(SHARED_PLACE_PARTS[1], SHARED_PLACE_PARTS[0] - 1, -1):
        size, rest = divmod(len(text), count)
        if rest or not SHARED_PLACE_PART_CHARS[0] <= size <= SHARED_PLACE_PART_CHARS[1]:
            continue
        parts = [text[index : index + size] for index in range(0, len(text), size)]
        if len(set(parts)) < count:
            continue
        for place in range(size):
            shared = {part[place] for part in parts}
            if len(shared) == 1 and not shared & set(FORMULA_END_PARTICLE + "了"):
                return True
    return False


def members_share_opening(text: str) -> bool:
    """Tell a quoted enumeration of three members or more opened by the same
    characters ("谁投资、谁决策、谁收益、谁承担风险"), none a name, a reduplicated
    manner or a list, not all common words of general Chinese."""
    members = [member.strip() for member in ENUMERATION_MARK.split(text)]
    low, high = SHARED_OPENING_MEMBER_CHARS
    if not SHARED_OPENING_MEMBERS[0] <= len(members) <= SHARED_OPENING_MEMBERS[1]:
        return False
    if any(
        not low <= len(member) <= high or not all(CJK.match(c) for c in member)
        for member in members
    ):
        return False
    opening = commonprefix(members)
    if not opening or opening[0] in NO_FORMULA_OPENING:
        return False
    if len({len(member) for member in members}) == 1 and len(opening) == len(
        members[0]
    ):
        return False
    if all(word_frequency(member) >= COMMON_WORD_FREQUENCY for member in members):
        return False
    return not any(_lists_or_names(member) for member in members)


def _lists_or_names(member: str) -> bool:
    if len(member) == 1:
        return False
    if member in default_lexicon().not_slogans:
        return True  # "点对点、一站式": a word the lexicon says is never a slogan
    if MANNER_REDUPLICATION.fullmatch(member) or VERB_REDUPLICATION.fullmatch(member):
        return True  # "扎扎实实、踏踏实实": manners of working, not a formula's parts
    if JOINED_INSIDE.search(member):
        return True
    tag = word_tag(member)
    if tag in NAME_TAGS and not (
        tag in PERSON_NAME_TAGS and len(member) > PERSON_NAME_CHARS[1]
    ):
        return True  # a person's name; jieba tags set phrases so too (任人唯贤/nr)
    if PROVINCE_BRAND.match(member) and len(member) <= PROVINCE_BRAND_MAX_CHARS:
        return True
    return any(
        word in MEMBER_JOINING_WORDS
        or (len(word) > 1 and tag in PROPER_NAME_TAGS)
        or (
            tag in PERSON_NAME_TAGS
            and PERSON_NAME_CHARS[0] <= len(word) <= PERSON_NAME_CHARS[1]
        )
        for word, tag in general_segments(member)
    )


def standalone_flags(
    body: str, occurrences: list[Occurrence], is_formulation
) -> list[bool]:
    """Tell, for occurrences by offset (longer first), which are used on their own.

    A formulation inside a longer listed one is used too (中国特色社会主义 in
    中国特色社会主义道路); anything else inside a longer slogan only as a whole part
    of it (一国两制 in “一国两制”、“港人治港”, not 双报到 in 双报到双服务).
    """
    flags, container = [], None
    for occurrence in occurrences:
        if container is not None and occurrence.end <= container.end:
            inside_formulation = is_formulation(container.words)
            flags.append(
                (is_formulation(occurrence.words) and inside_formulation)
                or (
                    not inside_formulation
                    and _delimited_part(body, occurrence, container)
                )
                or _whole_quotation(body, occurrence)
            )
            continue
        container = occurrence
        flags.append(True)
    return flags


def _whole_quotation(body: str, part: Occurrence) -> bool:
    """Tell a part quoted on its own ("扫黄" in “扫黄”“打非”): it is used as such."""
    return (
        part.offset > 0
        and part.end < len(body)
        and body[part.offset - 1] in OPENING_MARKS
        and body[part.end] in CLOSING_MARKS
    )


def _delimited_part(body: str, part: Occurrence, whole: Occurrence) -> bool:
    """Tell a whole part of an enumeration (“一国两制”、“港人治港”) from a piece of a
    compound (双报到 in 双报到双服务): a part starts and ends at a separator."""
    starts = part.offset == whole.offset or body[part.offset - 1] in PART_SEPARATORS
    ends = part.end == whole.end or body[part.end] in PART_SEPARATORS
    return starts and ends


def quoted_spans(body: str) -> list[tuple[int, str]]:
    """Return (offset, text) of every quotation, adjacent quotes kept apart."""
    spans = []
    for match in CURLY_QUOTED.finditer(body):
        text = match["text"] or match["corner"] or match["double"]
        spans.append((match.start(), text))
    offset = 0
    for line in body.split("\n"):
        marks = [i for i, ch in enumerate(line) if ch == STRAIGHT_QUOTE]
        for opening, closing in zip(marks[0::2], marks[1::2], strict=False):
            spans.append((offset + opening, line[opening + 1 : closing]))
        offset += len(line) + 1
    return spans


def quoted_candidates(body: str) -> list[tuple[int, ParsedSlogan]]:
    """Return the slogans among the quotations of a body."""
    results = []
    spans = quoted_spans(body)
    framed: set[int] = set()  # where quotations held by a rhetorical frame end
    listed_items = inventory_items(body, spans)
    for offset, raw in spans:
        inner = list(INNER_QUOTED.finditer(raw))
        if inner:  # "把‘能者上、庸者下、劣者汰’落到实处": the inner quotation only
            for match in inner:
                for slogan in judge_quotation(match["text"].strip()):
                    results.append((offset + 1 + match.start(), slogan))
            continue
        topic = len(raw.strip()) > TOPIC_COINAGE_MAX_CHARS
        if topic and TOPIC_AFTER_QUOTE.match(body, offset + len(raw) + 2):
            continue  # "以“…”为题": the talk's own title
        before = body[max(0, offset - QUOTE_CONTEXT_CHARS) : offset]
        if TOPIC_BEFORE_QUOTE.search(before):
            continue  # "题目是“…”": the same
        if SO_CALLED_BEFORE_QUOTE.search(before):
            continue  # "所谓“…”": words the speaker distances himself from
        if SAYING_BEFORE_QUOTE.search(before) and PERSONAL_PRONOUN.search(raw):
            continue  # "说“这不归我们管”": an utterance
        if PROVERB_BEFORE_QUOTE.search(before):
            continue  # "俗话说“…”": a proverb cited
        if classical_saying(raw, body, offset):
            continue  # "，“人无完人不立”，": a maxim cited, not a formulation
        if quotation_context(body, offset, offset + len(raw) + 2):
            continue  # "“云上听”治理平台", "不做“和事佬”", "觉得“…”"
        if DIGIT_CODE.fullmatch(raw.strip()):
            if len(raw.strip()) >= DIGIT_CODE_MIN_CHARS and DIGIT_CODE_HEAD.match(
                body, offset + len(raw) + 2
            ):
                code = ParsedSlogan(text=raw.strip(), kind="formula")
                results.append((offset, code))
            continue  # "“2025”字样", "“12345”热线": a figure or a number

        end = offset + len(raw) + 2
        if offset in listed_items:
            results.extend(
                (offset, slogan)
                for slogan in judge_quotation(raw.strip())
                if slogan.kind == "formula"
            )
            continue
        if rhetorical_frame(body, offset, end) or framed_series(body, offset, framed):
            framed.add(end)  # "超越了“集团政治”、“势力范围”": the series shares it
            results.extend(
                (offset, slogan)
                for slogan in judge_quotation(raw.strip())
                if slogan.kind
                == "formula"  # "破除“四风”": a formula whatever its frame
            )
            continue
        for slogan in judge_quotation(raw.strip()):
            results.append((offset, slogan))
        if BARE_COUNT.match(raw) and PLAN_AFTER.match(body, end):
            results.append((offset, ParsedSlogan(text=raw, kind="formula")))
        if _attributive_coinage(raw, body, offset):
            results.append((offset, ParsedSlogan(text=raw, kind="coinage")))
    results.extend(_paired_short_coinages(body, spans, results))
    results.extend(quoted_series(body, spans))
    return results


def inventory_items(body: str, spans: list[tuple[int, str]]) -> set[int]:
    """Return the offsets of quotations side by side that a count closes
    ("“甲类资金管理”“乙类物品采购”等18项风险点"): an inventory the speech counts,
    its items' names, not formulations (a number formula among them is kept)."""
    items: set[int] = set()
    run: list[int] = []
    last_end = None
    for offset, raw in sorted(spans):
        gap = body[last_end:offset] if last_end is not None else None
        run = (
            [*run, offset]
            if gap is not None and INVENTORY_GAP.fullmatch(gap)
            else [offset]
        )
        last_end = offset + len(raw) + 2
        if len(run) >= INVENTORY_MIN_ITEMS and INVENTORY_AFTER.match(body, last_end):
            items.update(run)
    return items


def framed_series(body: str, offset: int, framed: set[int]) -> bool:
    """Tell a quotation that follows one a rhetorical frame holds, side by side or
    after 、: "超越了“集团政治”、“势力范围”" rejects both."""
    return offset in framed or (
        offset > 0 and body[offset - 1] == "、" and offset - 1 in framed
    )


def quoted_series(
    body: str, spans: list[tuple[int, str]]
) -> list[tuple[int, ParsedSlogan]]:
    """Return formulas quoted part by part: "“站起来”“富起来”“强起来”" may be one
    enumeration when three or more quotations side by side are parallel (as long as
    each other, sharing a character in one place); two ("“大工委”“大党委”") are a pair
    of terms, each its own.

    Readers differ on such a series ("“慢作为”“不作为”“乱作为”" is three slogans to
    one), so one the lexicon does not hold is proposed to editors, not listed.
    """
    found = []
    run: list[tuple[int, str]] = []
    for offset, raw in [*sorted(spans), (len(body) + 2, "")]:
        if run:
            last_offset, last_raw = run[-1]
            gap = body[last_offset + len(last_raw) + 2 : offset]
            if offset >= last_offset + len(last_raw) + 2 and gap in SERIES_GAPS:
                run.append((offset, raw))
                continue
            if _parallel([part for _, part in run]):
                start = run[0][0]
                end = last_offset + len(last_raw) + 2
                text = QUOTE_MARKS.sub("", body[start:end])
                found.append((start, ParsedSlogan(**QUOTED_SERIES, text=text)))
        run = [(offset, raw)]
    return found


def _parallel(parts: list[str]) -> bool:
    """Tell parallel parts of one formula: "站起来", "富起来", "强起来"."""
    if not SERIES_MIN_PARTS <= len(parts) <= ENUMERATION_MAX_PARTS:
        return False
    size = len(parts[0])
    if not SERIES_PART_CHARS[0] <= size <= SERIES_PART_CHARS[1] or not all(
        len(part) == size and CJK.fullmatch(part[0]) for part in parts
    ):
        return False
    return any(len({part[i] for part in parts}) == 1 for i in range(size))


def classical_saying(raw: str, body: str, offset: int) -> bool:
    """Tell a classical maxim quoted as a clause of its own ("…一样，“行远者必自迩”，…")
    from a coinage, which a sentence uses as a word ("推行“免申即享”")."""
    text = raw.strip()
    if len(text) < CLASSICAL_MIN_CHARS or FORMULA_SHAPE.match(text):
        return False
    if not CLASSICAL_GRAMMAR.search(text):
        return False
    end = offset + len(raw) + 2
    opens_clause = offset == 0 or body[offset - 1] in CLAUSE_BEFORE
    closes_clause = end >= len(body) or body[end] in CLAUSE_AFTER
    return opens_clause and closes_clause


def _attributive_coinage(raw: str, body: str, offset: int) -> bool:
    """Tell a two-character coinage naming a kind ("“链主”企业") from scare quotes."""
    return (
        len(raw) == 2
        and bool(CJK.fullmatch(raw[0]) and CJK.fullmatch(raw[1]))
        and not FORMULA_SHAPE.match(raw)  # "三农" is kept as a formula already
        and not REDUPLICATION.match(raw)
        and bool(ATTRIBUTIVE_HEAD.match(body, offset + len(raw) + 2))
    )


def _paired_short_coinages(
    body: str, spans: list[tuple[int, str]], accepted: list[tuple[int, ParsedSlogan]]
) -> list[tuple[int, ParsedSlogan]]:
    """Return two-character quotations printed against a coinage: in “蝇贪”“微腐败” the
    pair names two terms of one kind. Two short quotations side by side (“议事”“决策”)
    stay scare quotes, and so do words in a list of quotations (“橡皮筋”、“长效”)."""
    kept = {offset for offset, _ in accepted}
    found = []
    for (offset, raw), (next_offset, next_raw) in pairwise(sorted(spans)):
        if next_offset != offset + len(raw) + 2:
            continue
        for short, neighbour, at in (
            (raw, next_offset, offset),
            (next_raw, offset, next_offset),
        ):
            if (
                len(short) == 2
                and at not in kept
                and neighbour in kept
                and CJK.fullmatch(short[0])
                and CJK.fullmatch(short[1])
                and not REDUPLICATION.match(short)
            ):
                found.append((at, ParsedSlogan(text=short, kind="coinage")))
    return found


@lru_cache(maxsize=65_536)
def judge_quotation(text: str) -> tuple[ParsedSlogan, ...]:
    """Return the slogans a quotation holds: none, one, or an enumeration and its parts."""
    paired = paired_enumeration(text)
    if paired:
        return paired
    comma_members = comma_enumeration(text)
    if comma_members:
        return (
            ParsedSlogan(text=text, kind="enumeration"),
            *(
                ParsedSlogan(text=part, kind=kind_of(part))
                for part in comma_members
                if acceptable_single(part)
            ),
        )
    if not text or SENTENCE_PUNCTUATION.search(text) or not CJK.search(text):
        return ()
    if "、" in text:
        parts = [part.strip() for part in text.split("、")]
        if not 2 <= len(parts) <= ENUMERATION_MAX_PARTS:
            return ()
        if len(parts) >= SINGLE_CHARACTER_PARTS_MIN and all(
            len(part) == 1 and CJK.match(part) for part in parts
        ):  # "怕、慢、假、庸、散": a formula of single words, whose parts are not
            return (ParsedSlogan(text=text, kind="enumeration"),)
        if not all(2 <= len(part) <= ENUMERATION_PART_MAX_CHARS for part in parts):
            return ()
        if SENTENCE_FRAME.match(text):
            return ()  # "以新能源、新材料、新工艺为脉络": a clause quoted, not a formula
        if all(VERB_REDUPLICATION.fullmatch(part) for part in parts):
            return ()  # "等一等、看一看": an attitude in words said, not a formula
        slogans = [ParsedSlogan(text=text, kind="enumeration")]
        slogans.extend(
            ParsedSlogan(text=part, kind=kind_of(part))
            for part in parts
            if acceptable_single(part)
        )
        return tuple(slogans)
    if acceptable_single(text):
        return (ParsedSlogan(text=text, kind=kind_of(text)),)
    return ()


def comma_enumeration(text: str) -> list[str]:
    """Return the members of a quoted enumeration whose members a comma separates,
    as school and county reports write a formula ("内涵发展，特色发展，规范发展",
    "党建管向，行政管人，专业管事"); none for a quoted sentence.

    A comma otherwise marks a sentence, so the members must be a formula's: three
    or more built alike (``members_built_alike``) or opened alike
    (``members_share_opening``); two are a couplet as often ("十年树木，百年树人",
    "和气致祥，乖气致异"), so a pair is left to the lexicon (一要吃饭，二要建设).
    Members are four to eight characters: shorter ones are classical lines as often
    ("苟日新，日日新，又日新"; "博学，审问，慎思，笃行"). Three or more of one
    length sharing a character in one place are members too
    ("继承+创新，法治+德治"); whether they are published is shape_confidence's call.
    """
    if not COMMA_ENUMERATION.search(text) or COMMA_SENTENCE.search(text):
        return []
    members = [member.strip() for member in ENUMERATION_MARK.split(text)]
    if any(
        not CJK.match(member)
        or not COMMA_MEMBER_CHARS[0] <= len(member) <= COMMA_MEMBER_CHARS[1]
        for member in members
    ):
        return []  # "苟日新，日日新，又日新", "博学，审问，慎思": classical lines
    if len(members) < COMMA_MEMBERS_MIN:
        return []  # "十年树木，百年树人": two clauses are a couplet as often
    alike = members_built_alike(text)
    framed = len({len(member) for member in members}) == 1 and shared_frame(
        members
    )  # "继承+创新，法治+德治，规范+特色": + in one place
    return members if alike or framed or members_share_opening(text) else []


@lru_cache(maxsize=65_536)
def paired_enumeration(text: str) -> tuple[ParsedSlogan, ...]:
    """Return "谁受益、谁管护，谁使用、谁管护" and its two halves: enumerations paired
    by a comma are one formula, where a comma otherwise marks a quoted sentence."""
    halves = [half.strip() for half in PAIR_COMMA.split(text)]
    if not 2 <= len(halves) <= PAIRED_HALVES_MAX or SENTENCE_PUNCTUATION.search(
        PAIR_COMMA.sub("", text)
    ):
        return ()
    for half in halves:
        parts = half.split("、")
        if not 2 <= len(parts) <= PAIRED_PARTS_MAX or not all(
            2 <= len(part) <= PAIRED_PART_MAX_CHARS and CJK.match(part)
            for part in parts
        ):
            return ()
    return (
        ParsedSlogan(text=text, kind="enumeration"),
        *(ParsedSlogan(text=half, kind="enumeration") for half in halves),
    )


@lru_cache(maxsize=65_536)
def acceptable_single(text: str) -> bool:
    """Tell a coinage ("定盘星", "三农") from a scare-quoted plain word ("温度")."""
    if len(text) > COINAGE_MAX_CHARS or not CJK.search(text):
        return False
    if len(text) < COINAGE_MIN_CHARS:
        return bool(FORMULA_SHAPE.match(text)) and not junk_shape(text)
    if QUOTED_QUESTION.search(text) or PLACE_NAME.match(text):
        return False
    if QUOTED_CLAUSE.match(text) and not UNIVERSAL_MOTTO.match(text):
        return False
    if REDUPLICATION.match(text):
        return False
    if junk_shape(text):
        return False
    return text not in NUMBER_IDIOMS


@lru_cache(maxsize=65_536)
def junk_shape(text: str) -> bool:
    """Tell tallies, craft names, number fragments, idioms, ordinary phrases and
    names from formulations."""
    return bool(
        TALLY.match(text)
        or COUNT_OF_ADVERB.match(text)
        or CRAFT_NAME.match(text)
        or NUMBER_FRAGMENT.search(text)
        or ARTICLE_COUNT.match(text)
        or (
            not FIVE_YEAR_PLAN.match(text)
            and (BARE_COUNT.match(text) or numeral_name(text))
        )
        or counts_things(text)
        or word_tag(text) == IDIOM_TAG
        or set_phrases(text)
        or ordinary_quotation(text)
    )


def set_phrases(text: str) -> bool:
    """Tell a saying made of two set phrases or more ("没有规矩不成方圆") from a
    formulation; one set phrase alone may be one (群众路线, 拨乱反正)."""
    words = general_segments(text)
    return len(words) >= 2 and all(
        tag in SET_PHRASE_TAGS and len(word) >= SET_PHRASE_MIN_CHARS
        for word, tag in words
    )


def counts_things(text: str) -> bool:
    """Tell a tally of things ("两党两国", "一死两伤", "两室一厅") from a formula of
    numerals alternating with measures ("一户一策", "一国两制")."""
    match = NUMERAL_ALTERNATION.match(text)
    return bool(match) and (
        match["x"] in COUNTED_THINGS and match["y"][0] in COUNTED_THINGS
    )


def numeral_name(text: str) -> bool:
    """Tell a name, a number word or an idiom that opens with a numeral
    ("三坊七巷", "四川九寨沟", "一对一") from a formula: general Chinese has the
    word, or its first word is a place's or an organisation's name."""
    if text[:1] not in NUMERAL:
        return False
    if word_tag(text) in NUMERAL_WORD_TAGS:
        return True
    first, tag = general_segments(text)[0]
    # "三区一村" counts districts: a numeral and a unit are no place's name
    return (
        len(first) >= 2 and tag in PLACE_TAGS and first[1] not in ADMINISTRATIVE_UNITS
    )


def kind_of(text: str) -> str:
    """Name the kind of a single slogan: a number formula or a coinage. A count
    opening a phrase with 的 or a long name ("一种危险的策略", "百种优秀图书推荐专区")
    is a coinage: an editor decides; a long one made of counts alone
    ("三基地一屏障一高地", "一核两翼三区四带") is a formula."""
    if "的" in text:
        return "coinage"
    if DIGIT_COUNT.match(text):
        return "formula"
    if len(text) > FORMULA_MAX_CHARS:
        return "formula" if FORMULA_CHAIN.fullmatch(text) else "coinage"
    return "formula" if FORMULA_SHAPE.match(text) or number_led(text) else "coinage"


@lru_cache(maxsize=65_536)
def number_led(text: str) -> bool:
    """Tell a quoted number formula of a freer shape ("两轮驱动", "五件实事", "六医统筹")
    from a count of time or a word general Chinese has ("三年争先", "十八盘", "十分")."""
    if not NUMBER_LED.match(text) or word_tag(text):
        return False
    first, tag = general_segments(text)[0]
    return (
        len(first) <= 2
        and not tag.startswith(("d", "a", "v"))
        and not TIME_COUNT.match(text)
    )


def unquoted_formulas(body: str) -> list[tuple[int, ParsedSlogan]]:
    """Return number formulas written without quotes ("两学一做", "四个一线工作法")."""
    results = spelled_out_formulas(body)
    for match in NUMERAL_ALTERNATION.finditer(body):
        text = _alternation_text(match, body)
        if text is None:
            continue
        context = body[max(0, match.start() - 1) : match.start() + len(text) + 1]
        if _idiom_or_repeat(text) or _idiom_or_repeat(context):
            continue
        if counts_things(text) or numeral_name(text) or numeral_name(match.group()):
            continue  # "两党两国", "一死两伤", "四川九寨沟", "三坊七巷"
        if _opens_with_a_count_word(match):
            continue  # "两国一贯", "一枚二战", "九大一闭幕": running text
        results.append(
            (match.start(), ParsedSlogan(text=text, kind="formula", source="formula"))
        )
    for match in ORDINAL_PLAN.finditer(body):
        results.append((match.start(), ParsedSlogan(**PLAN_NAME, text=match.group())))
    for match in SHORT_PLAN.finditer(body):
        text = match["plan"] + match["word"]
        results.append((match.start("plan"), ParsedSlogan(**PLAN_NAME, text=text)))
    for match in POVERTY_PLAN.finditer(body) if POVERTY_PLAN_WORD in body else ():
        text = QUOTE_MARKS.sub("", body[match.start("plan") : match.end()])
        slogan = ParsedSlogan(**POVERTY_PLAN_NAME, text=text)
        results.append((match.start("plan"), slogan))
    for match in STANCE_FORMULA.finditer(body):
        if match.start() and body[match.start() - 1] in ORDINAL_PREFIXES:
            continue  # "第四个坚持", "12个必须": an ordinal or a figure, not a formula
        results.append(
            (
                match.start(),
                ParsedSlogan(text=match["formula"], kind="formula", source="formula"),
            )
        )
    for match in COUNTED_NAME.finditer(body):
        if _names_listed_parts(match, body):
            results.append(
                (
                    match.start(),
                    ParsedSlogan(text=match.group(), kind="formula", source="formula"),
                )
            )
    for match in NAMED_METHOD.finditer(body):
        if match["suffix"] in METHOD_SUFFIXES_DROPPED:
            text = match["formula"]
        else:
            text = match.group()
        results.append(
            (match.start(), ParsedSlogan(text=text, kind="formula", source="formula"))
        )
    return _longest_at_each_offset(results)


def spelled_out_formulas(body: str) -> list[tuple[int, ParsedSlogan]]:
    """Return formulas that list their parts and count them: "产业、人才、文化、生态、
    组织五个方面的全面振兴" (the five revitalisations spelled out)."""
    found = []
    for match in SPELLED_OUT.finditer(body):
        parts = match["parts"].split("、")
        parts[0] = parts[0][-len(parts[1]) :]  # "推动产业" -> "产业"
        if len(parts) != COUNT_VALUES[match["count"]] or len(parts) < 3:
            continue
        if GENERIC_HEAD.search(match.group()):
            continue  # "产业、项目、招商三个方面的工作": a speech's own count
        start = match.start("parts") + len(match["parts"]) - len("、".join(parts))
        text = body[start : match.end()]
        found.append((start, ParsedSlogan(**SPELLED_OUT_FORMULA, text=text)))
    return found


def _longest_at_each_offset(
    results: list[tuple[int, ParsedSlogan]],
) -> list[tuple[int, ParsedSlogan]]:
    """Drop a formula cut short where a longer one starts at the same place:
    "五个一工" beside "五个一工程"."""
    longest: dict[int, str] = {}
    for offset, slogan in results:
        if len(slogan.text) > len(longest.get(offset, "")):
            longest[offset] = slogan.text
    return [
        (offset, slogan)
        for offset, slogan in results
        if not (
            longest[offset] != slogan.text and longest[offset].startswith(slogan.text)
        )
    ]


def _opens_with_a_count_word(match: re.Match) -> bool:
    """Tell running text that opens with a word of counting ("两国一贯…", "一枚二战",
    "九大一闭幕", "一直四处") or inside a word ("长三角三省一市") from a formula:
    the both of a pair, a measure of things, a congress's short name, an adverb."""
    opening = match["first"] + match["x"]
    return (
        opening in BOTH_OF_A_PAIR
        or match["x"] in CLASSIFIERS
        or word_tag(opening) in (ABBREVIATION_TAG, ADVERB_TAG)
        # "腓特烈二世一级中学": a ruler's regnal number after his name
        or (
            match["x"] == REGNAL_WORD
            and match.start()
            and bool(CJK.match(match.string[match.start() - 1]))
        )
        # "长三角三省一市": the numeral ends a word that opens before it
        or bool(
            match.start() and word_tag(match.string[match.start() - 1 : match.end("x")])
        )
    )


def _names_listed_parts(match: re.Match, body: str) -> bool:
    """Tell whether "五个到位" counts the parts listed just before it, all "…到位"."""
    before = NAMED_PARTS_BEFORE.search(body, max(0, match.start() - 120), match.start())
    if not before:
        return False
    parts = re.sub(r"(?:这|的|等)$", "", before.group()).split("、")
    return len(parts) == COUNT_VALUES[match["count"]] and all(
        part.endswith(match["head"]) and len(part) > len(match["head"])
        for part in parts
    )


def _alternation_text(match: re.Match, body: str) -> str | None:
    """Return the formula a numeral alternation spells, or None for running text."""
    if match["first"] == "一" and match["x"] == "个":
        return None  # "一个五年": "a", not a count
    if match["first"] == "双" and match["second"] != "双":
        return None  # "双手一挥": a pair, not a count ("双招双引" is one)
    if match.start() and body[match.start() - 1] == "第":
        return None  # "第二个五年计划": an ordinal
    last = match["z"] or match["y"]
    if match["x"] == last[0]:
        return None  # "一桌两桌", "一个两个": a repetition
    after = body[match.end() : match.end() + 3]
    text = _trim_following_word(match.group(), after)
    if text != match.group():
        return text
    # The last word's second character may open the next word: "三山五园周边…"
    if (
        len(last) == 2
        and after[:1]
        and CJK.match(after[:1])
        and after[:1] not in FORMULA_END_PARTICLE
        and not FOLLOWING_WORD.match(after)
    ):
        text = text[:-1]
    if all(ch in NUMERAL or ch in ADMINISTRATIVE_UNITS for ch in text):
        return None  # "五县两区": a count of a city's counties, not a formula
    return text


def _trim_following_word(text: str, after: str) -> str:
    """Give back characters that begin the next word: "四个一线工"+"作法" -> "四个一线"."""
    joined = text + after
    for word in FOLLOWING_WORD.finditer(joined, FORMULA_MIN_CHARS):
        if word.start() < len(text):
            return text[: word.start()]
    return text


@lru_cache(maxsize=65_536)
def _idiom_or_repeat(text: str) -> bool:
    """Tell "一心一意"-style idioms and repetitions from formulas."""
    if text in NUMBER_IDIOMS or any(idiom in text for idiom in NUMBER_IDIOMS):
        return True
    if PROVERB_TEN_NINE.match(text):
        return True
    numerals = [ch for ch in text if ch in NUMERAL]
    return len(numerals) >= 2 and all(ch == "一" for ch in numerals)
