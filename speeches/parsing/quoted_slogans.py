"""Find the slogans among a body's quotations, judged with the words around them.

What belongs here: finding quotations (curly, corner and straight quotes, adjacent
ones kept apart) and the rules on their frame: a talk's topic, a saying or proverb
cited, a classical maxim, an inventory a count closes, a rhetorical frame, a series
of parallel quotations, short coinages printed side by side.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .formula_shapes import FORMULA_SHAPE
from .quotation_text import BARE_COUNT, judge_quotation
from .scare_quotes import quotation_context, rhetorical_frame
from .slogan_marks import CJK, ENUMERATION_MAX_PARTS, QUOTE_MARKS, REDUPLICATION
from .types import ParsedSlogan

# “包村到户”, 「一窗通办」, 『三农』: curly and corner quotes pair up unambiguously.
CURLY_QUOTED = re.compile(
    r"“(?P<text>[^“”\n]{1,60})”|「(?P<corner>[^「」\n]{1,60})」|『(?P<double>[^『』\n]{1,60})』"
)
# "清风驿站": straight quotes are paired in order within a paragraph.
STRAIGHT_QUOTE = '"'
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
# "“链主”企业", "“头雁”培育工程", "“亲清”政商关系", "“叫应”机制": a two-character
# quotation naming the kind of the noun after it is a coinage; a scare-quoted plain
# word ("温度", "亲""清") is followed by a particle, a verb or punctuation
ATTRIBUTIVE_HEAD = re.compile(
    r"企业|工程|机制|行动|计划|品牌|制度|模式|政商|培育|斗争|工作法|队伍|体系|项目"
)
# "“八七”扶贫攻坚计划": numerals naming a plan by its figures, as the words after
# it say (a holiday's are no plan: "“七一”前夕", "“五一”期间", "“五一”假期")
PLAN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}(?:计划|规划)")
# "“甲类资金管理”“乙类物品采购”等18项风险点": quoted items an inventory counts
INVENTORY_GAP = re.compile(r"[、，, ]?")
INVENTORY_AFTER = re.compile(
    r"等\s?(?:\d+|[一二三四五六七八九十两几多]+)\s?(?:项|个|类|条|种|大类|方面)"
)
INVENTORY_MIN_ITEMS = 2
# "所谓“…”", "所谓的“…”": the speaker distances himself from the words
SO_CALLED_BEFORE_QUOTE = re.compile(r"所谓的?$")
# what may stand between the quotations of a series that 所谓 opens
SO_CALLED_SERIES_GAPS = ("", "、", "，", "和", "与", "或")
QUOTE_CONTEXT_CHARS = 6
# "“站起来”“富起来”“强起来”", "“走一步”、“看两步”、“想三步”": a formula quoted
# part by part; what may stand between the parts, how many parts, how long each
SERIES_GAPS = ("", "、")
SERIES_MIN_PARTS = 3
SERIES_PART_CHARS = (2, 6)
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
# "“八个全覆盖”工程", "“两带一廊”联动发展", "“四子”联动": a quoted count that the word
# after it names a programme is the programme's name, though the count alone reads as a
# tally ("六个全覆盖"), a count of places or a word ("四子"); not a span of time
# ("“百日”行动", "“三年”计划")
COUNT_LED = re.compile(
    r"[一二三四五六七八九十两双](?:个|大|项)?[\u4e00-\u9fff]{1,5}(?<![日天年月周期])"
)
COUNT_PROGRAMME_HEAD = re.compile(r"(?:工程|行动|计划|战略|布局|联动|攻坚战)")


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
    so_called_end = None  # where a quotation after 所谓 ends
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
        if SO_CALLED_BEFORE_QUOTE.search(before) or (
            so_called_end is not None
            and body[so_called_end:offset] in SO_CALLED_SERIES_GAPS
        ):
            # "所谓“…”", "所谓“甲”、“乙”": words the speaker distances himself from
            so_called_end = offset + len(raw) + 2
            continue
        so_called_end = None
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
        if (
            COUNT_LED.fullmatch(raw.strip())
            and COUNT_PROGRAMME_HEAD.match(body, end)
            and not judge_quotation(raw.strip())
        ):
            results.append((offset, ParsedSlogan(text=raw.strip(), kind="formula")))
            continue  # "“八个全覆盖”工程": a programme named by its count
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
