"""Tell where a paragraph ends from where a scraped page merely broke a line.

A stored text breaks lines for two reasons: a paragraph ends there, or the page's
markup wrapped inside a sentence (a wiki link on a line of its own:
"……总体布局，\\n“十二五”规划\\n胜利完成"). Chinese prose says which: a sentence
never resumes with 、 or ，, a line ending in ， or 、 goes on, and a list item starts
anew. Where neither side says, a line that resumed a sentence and stops without
sentence punctuation goes on too, and a short fragment between two such lines joins
both; anything else (a heading, a date line, a caption) stays a paragraph.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Literal

Span = tuple[int, int]
Break = Literal["paragraph", "wrap", "unsure"]

# "……开创新局面。" "同志们：" "……的胜利！”" "……的讲话。 ）" -> the paragraph may end here
SENTENCE_END = re.compile(r"[。！？!?；;：:…][\s”’」』）)》】]*$")
# "……总体布局，" "三、" "分别就“" -> the sentence goes on on the next line
OPEN_END = re.compile(r"[，,、“‘「『（(《【]$")
# "、全面从严治党" "。" "”，要……" -> this line resumes the sentence before it (an
# ASCII "?" opening a line is more often a bullet lost in decoding than punctuation)
RESUMING_START = re.compile(r"^[，,、。；：！？”’」』）)》】]")
# "一、" "一　我们军队的状况" "（三）" "(2)" "第二，" "3．" "①" -> a new item starts here
ITEM_START = re.compile(
    r"^(?:[一二三四五六七八九十百]+、"
    r"|[一二三四五六七八九十]{1,3}[ \u3000]+\S"
    r"|[（(][一二三四五六七八九十\d]+[）)]"
    r"|第[一二三四五六七八九十百]+[，,、是条章节]"
    r"|\d+[、．.](?!\d)"
    r"|[①-⑳])"
)
# "“十二五”规划" between two wrapped lines is a fragment of the sentence around it.
FRAGMENT_MAX_CHARS = 20
# The line break of a wrapped line, with the spaces around it: "布局，\n“十二五”规划".
WRAP_WHITESPACE = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")
# "PM2.5\nannual mean": two Latin words keep a space where the line broke.
LATIN_WRAP = re.compile(r"(?<=[A-Za-z0-9])[ \t]*\n[ \t]*(?=[A-Za-z0-9])")


def line_break(before: str, after: str) -> Break:
    """Say what the break between two non-blank lines is, from their edges alone."""
    if ITEM_START.match(after):
        return "paragraph"
    if RESUMING_START.match(after) or OPEN_END.search(before):
        return "wrap"
    if SENTENCE_END.search(before):
        return "paragraph"
    return "unsure"


def paragraph_spans(text: str) -> list[Span]:
    """Return (start, end) of each paragraph, trimmed; a span may hold wrapped lines."""
    lines: list[Span] = []
    blank_before: list[bool] = []
    position = 0
    blank = False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + (len(line) - len(line.lstrip()))
            lines.append((start, start + len(stripped)))
            blank_before.append(blank)
            blank = False
        elif lines:
            blank = True
        position += len(line) + 1
    if not lines:
        return []
    texts = [text[start:end] for start, end in lines]
    breaks: list[Break] = [
        "paragraph" if blank_before[index + 1] else line_break(before, after)
        for index, (before, after) in enumerate(pairwise(texts))
    ]
    # Only a break its edges decide lets an undecided neighbour join: a chain of
    # titles, dates and bylines after one wrapped line stays apart.
    decided = list(breaks)
    for index, kind in enumerate(decided):
        if kind != "unsure":
            continue
        resumed = index > 0 and decided[index - 1] == "wrap"
        fragment = (
            len(texts[index + 1]) <= FRAGMENT_MAX_CHARS
            and index + 1 < len(decided)
            and decided[index + 1] == "wrap"
        )
        breaks[index] = "wrap" if resumed or fragment else "paragraph"
    spans = [lines[0]]
    for (start, end), kind in zip(lines[1:], breaks, strict=True):
        if kind == "wrap":
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def latin_wraps_spaced(paragraph: str) -> str:
    """Return a paragraph whose breaks between two Latin words are spaces, same length."""
    return LATIN_WRAP.sub(lambda match: " " * len(match.group()), paragraph)


def unwrap(html_or_text: str) -> str:
    """Remove the remaining line breaks of wrapped lines: Chinese joins with nothing."""
    return WRAP_WHITESPACE.sub("", html_or_text)


def paragraphs(text: str) -> list[str]:
    """Return the paragraphs of a text, wrapped lines joined."""
    return [
        unwrap(latin_wraps_spaced(text[start:end]))
        for start, end in paragraph_spans(text)
    ]
