"""What the parser is unsure of in a speech: editors check the doubtful ones first."""

from __future__ import annotations

import re

from .body_end import speech_like
from .body_start import START_NONE, START_PARAGRAPH
from .clean import CleanText
from .sections import numeral_value
from .types import ParsedSection

NO_TITLE = "no_title"  # the page prints no title and the opening names no occasion
START_UNCERTAIN = "start_uncertain"  # no salutation, dateline or "全文如下" shows it
END_UNCERTAIN = "end_uncertain"  # the last words stop mid-sentence, or speech follows
NO_DATE = "no_date"  # neither the page's stamp nor the day it was given
NUMBERING_INCONSISTENT = "numbering_inconsistent"  # "一、二、四、": a heading lost
DAMAGED_TEXT = "damaged_text"  # bytes the decoder could not read
DOUBTS = (
    NO_TITLE,
    START_UNCERTAIN,
    END_UNCERTAIN,
    NO_DATE,
    NUMBERING_INCONSISTENT,
    DAMAGED_TEXT,
)
# A speech's last words end a sentence
FINAL_PUNCTUATION = "。！？!?…”’」』）)】.；;"
# Lines under the cut that still read as the speech make the end doubtful
TAIL_LINES_CHECKED = 3
REPLACEMENT_CHARACTER = "\ufffd"
# A head line that is a title, date or byline: short, no sentence
HEAD_LINE_MAX_CHARS = 80
SENTENCE_STOP = re.compile(r"[。！？!?]")
# Enumerators whose numbers must run 1, 2, 3 among siblings ("首先…最后" need not)
UNNUMBERED_LABELS = ("首先", "其次", "再次", "再者", "最后", "")


def speech_doubts(
    *,
    title: str,
    cleaned: CleanText,
    dated: bool,
    sections: tuple[ParsedSection, ...],
) -> tuple[str, ...]:
    """Return the codes of what is doubtful in a parse, in the order of DOUBTS."""
    found = set()
    if not title:
        found.add(NO_TITLE)
    if _start_uncertain(cleaned):
        found.add(START_UNCERTAIN)
    if _end_uncertain(cleaned):
        found.add(END_UNCERTAIN)
    if not dated:
        found.add(NO_DATE)
    if not numbering_consistent(sections):
        found.add(NUMBERING_INCONSISTENT)
    if REPLACEMENT_CHARACTER in cleaned.body:
        found.add(DAMAGED_TEXT)
    return tuple(code for code in DOUBTS if code in found)


def _start_uncertain(cleaned: CleanText) -> bool:
    """Tell a start found only as the first paragraph after text that reads as text
    (more than a title, date line or site's line) from one after a clear head."""
    if cleaned.start_evidence == START_NONE:
        return bool(cleaned.head)
    if cleaned.start_evidence != START_PARAGRAPH or not cleaned.head:
        return False
    last = cleaned.head[-1]
    return len(last) > HEAD_LINE_MAX_CHARS or bool(SENTENCE_STOP.search(last))


def _end_uncertain(cleaned: CleanText) -> bool:
    if cleaned.paywalled:
        return False  # the page says it cut the speech: truncated, not doubtful
    body = cleaned.body.rstrip()
    if body and not body.endswith(tuple(FINAL_PUNCTUATION)):
        return True
    return any(speech_like(line) for line in cleaned.tail[:TAIL_LINES_CHECKED])


def numbering_consistent(sections: tuple[ParsedSection, ...]) -> bool:
    """Tell whether every list of headings counts 1, 2, 3 without a gap."""
    numbers = [
        numeral_value(section.label)
        for section in sections
        if section.label not in UNNUMBERED_LABELS
    ]
    if numbers and numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return False
    return all(numbering_consistent(section.children) for section in sections)
