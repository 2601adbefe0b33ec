"""Name the characters and marks every slogan rule reads: Chinese characters,
numerals, the marks between an enumeration's members, quotation marks, a word said
twice, how common a word of general Chinese is.

What belongs here: a constant two rooms of the slogan stage read; a rule of one room
stays in that room.
"""

from __future__ import annotations

import re

CJK = re.compile(r"[\u4e00-\u9fff]")
# "富强、民主、文明": a formulation of several parts
ENUMERATION_MARK = re.compile(r"[、，,；;]")
NUMERAL = "一二三四五六七八九十两双百千万"
# "研究研究", "看看": a verb said twice is someone's words quoted, not a coinage
REDUPLICATION = re.compile(r"^(?P<word>[\u4e00-\u9fff]{1,2})(?P=word)$")
# General Chinese has the word this often (jieba's count): a scare-quoted word
COMMON_WORD_FREQUENCY = 100
ENUMERATION_MAX_PARTS = 8
QUOTE_MARKS = re.compile('[“”"‘’「」『』]')
