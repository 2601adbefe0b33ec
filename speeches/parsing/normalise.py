"""Normalise a page's text before it is read: invisible characters, small-form
punctuation, Markdown marks, footnote markers, code residue; then split it into lines.

What belongs here: rules that change characters or join and split lines without
deciding where the speech begins or ends.
"""

from __future__ import annotations

import re

from .line_kinds import CJK_CHAR
from .rules import Rule, compile_rules
from .script import to_simplified

# Zero-width space, joiners and a stray byte-order mark: invisible, never content.
# Direction marks, embeddings, overrides and isolates ("讲话\u202e…" shows reversed)
# have no use in Chinese text and can disguise a title.
INVISIBLE_CHARS = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]"
)

# "各位僑界先進﹐大家好﹕": a traditional page's small-form punctuation, read as the
# full-width marks it stands for (NFKC would give half-width ones)
SMALL_FORM_PUNCTUATION = str.maketrans(
    "﹐﹑﹒﹔﹕﹖﹗﹙﹚﹛﹜﹝﹞", "，、．；：？！（）｛｝〔〕"
)

# "。　　今天" or "。\u2003\u2003今天": two wide spaces open a paragraph in run-on text.
PARAGRAPH_SPACES = re.compile(r"[\u3000\u2003](?:[ \t]*[\u3000\u2003])+")

# "讲　　话": after one character at the start of a line, wide spaces space out a word
# printed for layout when the next character ends the line or is spaced out too, or
# ends a field's label ("摘　　要：", "标　　题：")
SPACED_OUT_NEXT = re.compile(r"[\u4e00-\u9fff](?:$|[ \u3000:：])", re.MULTILINE)

# Wikisource footnote markers, printed over three lines: "条例\n[\n2\n]\n规定" -> "条例规定"
FOOTNOTE_BRACKETS = re.compile(r"\n?\[\n?\s*\d{1,3}\s*\n?\]\n?")

# "[1] 指某某会议的决议。": a note's own number opening its line under the text, which
# stays (the speech ends before the notes); its reference in the words goes
BRACKETED_NOTE_LABEL = re.compile(r"\[\d{1,3}\][ \t\u3000]*[^\s\[]")

# "【导  读】", "【编 者 按】": a bracketed label opening a line, spaced out for layout;
# read as "【导读】", "【编者按】"
SPACED_BRACKET_LABEL = re.compile(
    r"^(?P<open>[【\[])(?P<label>(?:[\u4e00-\u9fff][ \u3000]+){1,4}[\u4e00-\u9fff])"
    r"(?P<close>[】\]])",
    re.MULTILINE,
)

# Footnote references in collected works: "土地改革〔3〕以后" -> "土地改革以后"
FOOTNOTE_LENTICULAR = re.compile(r"〔\d{1,3}〕")

# A note reference a PDF's text layer sets as a parenthesised numeral (U+2474-U+2487)
# inside the words: "互助合⑴作", "工作⑵⑶组", "…解决。”⑷"; after a colon,
# a comma or a stop it enumerates a run-in list ("有三条：⑴…；⑵…") and stays;
# a text that sets one inside its words uses the glyph for notes alone, so there
# the ones opening a line or after a comma go too ("⑸生产运动…", "、⑹⑺“减租”")
FOOTNOTE_PARENTHESISED = re.compile(r"(?<=[\u4e00-\u9fff”’）》」』])[\u2474-\u2487]+")
PARENTHESISED_NUMERAL = re.compile(r"[\u2474-\u2487]+")

# "在 2024 年全区…": a PDF's text layer sets a number in Latin digits apart from the
# Chinese around it with spaces, which are layout and would split a title there
SPACED_NUMBER = re.compile(
    r"(?<=[\u4e00-\u9fff]) (?P<number>\d{1,4}(?:\.\d{1,2})?) (?=[\u4e00-\u9fff])"
)

# A linked word on a line of its own: "审议了\n预算报告\n。代表们" -> "审议了预算报告。代表们"
# (not over ":::", a site's marker of a skip link's target)
LINK_ON_OWN_LINE = re.compile(
    r"(?<=[^\s。！？!?：:；;])\n(?P<link>[^\n]{1,40})\n"
    r"(?=[，。、；：！？）」』”》,.;:!?)])(?![:：]{2})"
)

# A line that starts with closing punctuation continues the previous one: "决议\n。"
CONTINUATION_LINE = re.compile(r"\n(?=[，。、；：！？）」』”》])")

# An opening bracket at the end of a line: "《\n某某保护条例\n》"
OPEN_BRACKET_LINE_END = re.compile(r"(?<=[《「『“（])\n")

# "————————（三）聚焦发展…": a rule a site draws between blocks, glued to the next
# paragraph; a speech's dash is two characters long, a rule six or more
SEPARATOR_RULE = re.compile(r"[—─━―\-－_＿=＝~～*＊]{6,}")

# "# 在某某会议上的讲话", "## 一、…", "> 这是…的讲话。": a plain-text dump of a
# Markdown file marks headlines and quotes at the line's start; the marks are layout
MARKDOWN_LINE_MARK = re.compile(
    r"^[ \t]{0,3}(?:#{1,6}|>(?:[ \t]*>)*)[ \t]+(?=\S)", re.MULTILINE
)

# "…压力也大。[^1]": a Markdown footnote's reference, never the speaker's words;
# "[^1]: 指…" under the text is the note itself
MARKDOWN_NOTE_REFERENCE = re.compile(r"\[\^[^\]\s]{1,12}\](?!:)")

# "**要把问题摆到桌面上来**": Markdown's bold marks around words of a line, read only
# in a text that is Markdown (a "# " heading line): on a 范文 page "**同志传达了…，
# **同志通报了…" the stars stand for names left out, and stay
MARKDOWN_BOLD = re.compile(
    r"(?<!\*)\*\*(?=[^*\s])(?P<words>[^*\n]{1,200}?)(?<=[^*\s])\*\*(?!\*)"
)

MARKDOWN_HEADING_LINE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S", re.MULTILINE)

# "…金秋九月，... 如果您觉得有用，请继续阅读下文。": a 范文 site's prompt closing
# its cut preview of a piece, which the page prints in full below
CONTINUE_PROMPT = re.compile(
    r"[ \u3000]*(?:(?:如果|若|要是)?(?:您|你)?觉得(?:还)?(?:不错|可以|有用|有帮助)[，,]?|"
    r"喜欢(?:的话)?[，,]?)(?:就|请|那就|可以)?继续(?:查看|阅读|浏览|往下看|往下读|看)"
    r"(?:以下|下面|下文|后文|全文)(?:的)?(?:内容|全文)?吧?[!！。.]?$"
)

# Code a scraper kept as text: a style sheet, a template's placeholders, a cut tag.
# Removed from the line it sits in (a converted document may run its whole text on
# after its style sheet); one rule a kind
CODE_RESIDUE_RULES = (
    Rule(
        "style sheet rule",
        "td.note { border: 1px solid #999 } ",
        r"(?:@[A-Za-z-]+|[A-Za-z*#.][A-Za-z0-9_.#:>*\- ]{0,60}?)[ \t]*"
        r"\{(?=[^{}]*?[A-Za-z-]+[ \t]*:)[^{}]{0,800}\}[ \t]*",
    ),
    Rule(
        "template placeholder",
        "[标签:栏目] {dede:field name='typename'/}",
        r"\[标签[:：][^\]\n]{1,12}\][ \t]*|\{dede:[^{}\n]{0,80}\}[ \t]*|"
        r"\[field:[^\]\n]{1,40}\][ \t]*",
    ),
    Rule("tag cut at the line's start", "l> 在全县…的讲话", r"^/?[A-Za-z]{0,8}>[ \t]+"),
    # a blog mirror's excerpt mark (Hexo, Hugo, WordPress: <!--more-->) or a page
    # template's comment, wherever the scraper left it, even inside a sentence
    Rule(
        "HTML comment", "…便不能<!--more-->把事情办好。", r"<!--[^\n]{0,300}?-->[ \t]*"
    ),
    # 2.16: a page saved from its server template keeps the template's directives
    Rule(
        "server page directive or include",
        '<%@ include file="/include/foot.jsp" %> <?php include "top.php"; ?>',
        r"<%[-@=!]?[^%\n]{0,300}%>[ \t]*|<\?(?:php|=)[^?\n]{0,300}\?>[ \t]*",
    ),
)

CODE_RESIDUE = compile_rules(CODE_RESIDUE_RULES)

# "var _hmt = _hmt || [];", "document.write(…)": a script's line kept as text
SCRIPT_LINE = re.compile(
    r"^(?:var |let |const |function ?\(|\(function|document\.|window\.|\$\(|"
    r"\}\)|if ?\(|try ?\{|<!--|//)"
)

SCRIPT_MAX_CJK_SHARE = 0.2

# Closing marks that cannot open a line, and the marks a finished sentence ends on
SENTENCE_CONTINUES = frozenset("”’」』）)》，,。、；;：:！!？?")
SENTENCE_ENDED = re.compile(r"[。！？!?…：:；;”’」』）)]$")
# a line stopping mid-sentence is at least this long and holds a comma (a title,
# a heading or a name line is shorter or has none)
CUT_SENTENCE_MIN_CHARS = 15

SCRIPT_OPENERS = frozenset("vlcfdw($}it</")


def normalise_text(text: str, *, markdown: bool = False) -> str:
    """Unify line breaks, drop invisible characters and footnote markers; a text
    known to be Markdown (a page with front matter, or one with "# " headings) loses
    its bold marks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\xa0", " ")
    text = INVISIBLE_CHARS.sub("", text).translate(SMALL_FORM_PUNCTUATION)
    text = FOOTNOTE_BRACKETS.sub(_footnote_marker, text)
    text = SPACED_BRACKET_LABEL.sub(_unspaced_label, text)
    text = FOOTNOTE_LENTICULAR.sub("", text)
    text = SPACED_NUMBER.sub(r"\g<number>", text)
    if FOOTNOTE_PARENTHESISED.search(text):
        text = PARENTHESISED_NUMERAL.sub("", text)
    text = LINK_ON_OWN_LINE.sub(r"\g<link>", text)
    text = CONTINUATION_LINE.sub("", text)
    text = OPEN_BRACKET_LINE_END.sub("", text)
    if markdown or is_markdown(text):
        text = MARKDOWN_BOLD.sub(r"\g<words>", text)
    text = MARKDOWN_LINE_MARK.sub("", text)
    text = MARKDOWN_NOTE_REFERENCE.sub("", text)
    text = SEPARATOR_RULE.sub("\n", text)
    return PARAGRAPH_SPACES.sub(_open_paragraph, text)


def _footnote_marker(marker: re.Match) -> str:
    """Drop a note's reference, keeping a note's own number opening its line."""
    text, bracket = marker.string, marker.group().find("[") + marker.start()
    if (bracket == 0 or text[bracket - 1] == "\n") and BRACKETED_NOTE_LABEL.match(
        text, bracket
    ):
        return marker.group()
    return ""


def _unspaced_label(label: re.Match) -> str:
    """Return a spaced-out bracketed label without its spaces."""
    words = re.sub(r"[ \u3000]+", "", label.group("label"))
    return label.group("open") + words + label.group("close")


def is_markdown(text: str) -> bool:
    """Tell a text that is Markdown by its "# " heading lines."""
    return bool(MARKDOWN_HEADING_LINE.search(text))


def _open_paragraph(spaces: re.Match) -> str:
    """Open a paragraph at two wide spaces, unless they space out a word ("讲　　话")."""
    text, start = spaces.string, spaces.start()
    one_character_line = start >= 1 and text[start - 1] not in "\n \t\u3000\u2003"
    # "　　注　　释": the word may stand under its paragraph's indent
    line_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
    indent = text[line_start : max(start - 1, line_start)]
    one_character_line = one_character_line and not indent.strip(" \t\u3000\u2003")
    if one_character_line and SPACED_OUT_NEXT.match(text, spaces.end()):
        return spaces.group()
    return "\n"


def without_continue_prompt(line: str) -> str:
    """Cut a 范文 site's "继续阅读下文" prompt off the end of its preview line."""
    prompt = CONTINUE_PROMPT.search(to_simplified(line))
    return line[: prompt.start()] if prompt else line


def remove_code_residue(lines: list[str]) -> list[str]:
    """Cut style sheets, template placeholders and cut tags out of the lines, and drop
    lines of script: "l> [标签:栏目] h1 { margin: 0 } 在…的讲话 同志们：…" keeps
    only its words."""
    kept: list[str] = []
    seam = False  # a line of residue alone was cut out just before this one
    for line in lines:
        if "{" in line or "[" in line or ">" in line:
            cut = CODE_RESIDUE.sub("", line).strip()
            if not cut and line.strip():
                seam = bool(kept)
                continue
            if cut != line.strip() and CODE_RESIDUE.match(line.strip()):
                seam = bool(kept)  # the residue opened the line
            line = cut
        if line and not (line[0] in SCRIPT_OPENERS and _script_line(line)):
            if seam and _rest_of_sentence(kept[-1], line):
                kept[-1] += line
            else:
                kept.append(line)
            seam = False
    return kept


def _rest_of_sentence(before: str, after: str) -> bool:
    """Tell the two halves of a sentence a line of residue cut apart ("…便不能" /
    "<!--more-->" / "把事情办好。", or "…办得更好。" / "<!--more-->" / "”在…")."""
    if after[0] in SENTENCE_CONTINUES:
        return True
    return (
        len(before) >= CUT_SENTENCE_MIN_CHARS
        and "，" in before
        and not SENTENCE_ENDED.search(before)
    )


def _script_line(line: str) -> bool:
    return bool(SCRIPT_LINE.match(line)) and (
        len(CJK_CHAR.findall(line)) <= SCRIPT_MAX_CJK_SHARE * len(line)
    )


def split_lines(text: str) -> list[str]:
    """Return the stripped, non-empty lines of a normalised text."""
    return [line.strip(" \t\u3000\u2003") for line in text.split("\n") if line.strip()]
