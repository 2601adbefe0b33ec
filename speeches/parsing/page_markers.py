"""Remove printed page markers and page numbers, and join hard-wrapped lines.

What belongs here: the marks a printed or PDF page leaves in the text ("- 3 -",
"第2页", a page number glued to a word), a page's foot note spliced into the text at
its break, and lines broken at a fixed width.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from itertools import pairwise

from .chrome import chrome_or_meta
from .line_kinds import CJK_CHAR, HEAD_TITLE_END, HEADING_LINE
from .normalise import split_lines
from .salutation import SALUTATION

# "建设一2/7条" or "1/7在全区": n/N glued into the text by a document site's pager.
PAGE_MARKER = re.compile(r"(?<![\d/.:：%])(\d{1,3}) ?/ ?(\d{1,3})(?![\d/.%])")

# A pager line on its own: "3/9", "- 3 -", "第3页", "第 3 页 共 9 页", and the end of a
# preview page, "（本页完）"
PAGE_MARKER_LINE = re.compile(
    r"^(?:\d{1,3} ?/ ?\d{1,3}|[-—–] ?\d{1,3} ?[-—–]|"
    r"第 ?\d{1,3} ?页(?: ?共 ?\d{1,3} ?页)?|[（(]本页(?:完|结束|无正文)[）)])$"
)

# "19" alone between two paragraphs of the text: a document's page number that a
# document site kept where its page broke (2.20); only between lines of running text
PAGE_NUMBER_ALONE = re.compile(r"^\d{1,3}$")
RUNNING_TEXT = re.compile(
    r"[\u4e00-\u9fff][^\n]*[，。；：！？、,;:!?][^\n]*[\u4e00-\u9fff]"
)
RUNNING_TEXT_MIN_CHARS = 20

# "…加强秸秆第3页 共7页综合利用": a pager's "page n of N" glued into the text; a speech never
# says it, so it goes wherever it falls.
PAGE_OF_PAGES = re.compile(
    r"第[ \u3000]?\d{1,3}[ \u3000]?页[ \u3000]*[,，/／]?[ \u3000]*"
    r"共[ \u3000]?\d{1,3}[ \u3000]?页"
)

# "某某文库 免费下载www.example.com": a document site's running header, its words
# and its address, opening the page (2.19). Printed again at every page break of the
# document, even inside a word, every copy of it goes.
RUNNING_HEADER = re.compile(
    r"^[^\s。！？!?，,：:；;“”]{0,40}?(?:https?://|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?"
)
RUNNING_HEADER_MIN_CHARS = 10
RUNNING_HEADER_LINES = 5
RUNNING_HEADER_CONTEXT = 4

# A sentence a removed pager line cut in two continues on the next line:
# "遇到矛盾" + "第2页 共6页" + "绕道走。" -> "遇到矛盾绕道走。"
SENTENCE_OR_CLAUSE_END = re.compile(r"[。！？!?：:；;…”」』）)]$")

# A short line without a stop is a title or a closing ("谢谢大家"), not a cut sentence.
OPEN_SENTENCE_MIN_CHARS = 15

# A selected-works edition's note on the title, keyed by an asterisk and printed at
# the foot of the first page, which a PDF's text layer splices in where the page
# breaks: "*这是某某同志在某某会议上的讲话。" says what the piece is and when; one
# broken by the page ("*这是…在某某召开的" / "某某会议上的报告。") goes on in the next
# line. "*县长对…" (a 范文's name left out) is no such note and stays.
PAGE_FOOT_NOTE = re.compile(r"^\*这是[^*，。]{1,30}?在[^*]*$")
NOTE_END = re.compile(r"[。！？!?]$")

# "…一知- 2 -半解": a Word footer's page number glued into the text a document site
# extracted; only between words, and only as a run of rising numbers far apart
DASHED_PAGE_NUMBER = re.compile(r"[ \u3000]?[-—–] ?(\d{1,3}) ?[-—–][ \u3000]?")

DASHED_PAGE_MIN_GAP = 60

DASHED_PAGE_NEIGHBOUR = re.compile(r"[\u4e00-\u9fff，。、；：！？“”（）]")

# Page markers of one pager sit far apart; fractions in a sentence sit close.
PAGE_MARKER_MIN_GAP = 200

# "1、在全县…的讲话同志们：…这个基" + "2、础上…": a document share numbers the text of
# each of its pages, so "2、" opens a line in the middle of a sentence; the text's
# first line opens with "1、"
NUMBERED_PAGE = re.compile(r"^(?P<page>\d{1,3})、(?=[\u4e00-\u9fff])")

# The page a number ends holds a page's worth of text, stopped mid-sentence
NUMBERED_PAGE_MIN_CHARS = 60

# Text copied from a PDF keeps the page's line breaks: most lines have the same width
# (give or take a punctuation mark), and a paragraph ends on a shorter line.
WRAP_MIN_WIDTH = 12

WRAP_MAX_WIDTH = 45

WRAP_SLACK = 2

WRAP_INDENT = 2

WRAP_MIN_LINES = 10

WRAP_MIN_SHARE = 0.6

# A line ending a sentence at full width may still end its paragraph: keep it apart.
WRAP_PUNCTUATION = re.compile(r"[，。、；：！？,.;:!?“”]")

WRAP_MIN_PUNCTUATED_SHARE = 0.25

WRAP_STOP = re.compile(r"[。！？!?：:]$")


def remove_page_markers(lines: list[str]) -> list[str]:
    """Remove a pager's "3/9" marks, glued into words included; keep real fractions.

    Markers of one pager share a denominator, count up in reading order and sit far
    apart; a lone "1/3" in a sentence has none of that evidence and stays.
    """
    lines = _drop_pager_lines(_drop_numbered_pages(_drop_page_foot_notes(lines)))
    joined = "\n".join(lines)
    text = _drop_dashed_page_numbers(joined)
    if text != joined:
        lines = split_lines(text)
    by_denominator: dict[int, list[re.Match]] = defaultdict(list)
    for match in PAGE_MARKER.finditer(text):
        numerator, denominator = int(match[1]), int(match[2])
        if 0 < numerator <= denominator and denominator >= 2:
            by_denominator[denominator].append(match)
    doomed: list[tuple[int, int]] = []
    for denominator, matches in by_denominator.items():
        run = _counting_run(matches)
        if len(run) < 2:
            run = _unreduced_run(text, matches) or run
        enough = len(run) >= 3 or (len(run) == 2 and denominator >= 4)
        if enough:
            doomed.extend(match.span() for match in run)
            doomed.extend(_marks_after_digits(text, run, denominator))
    if not doomed:
        return lines
    for start, end in sorted(doomed, reverse=True):
        text = text[:start] + text[end:]
    return split_lines(text)


def remove_running_header(lines: list[str]) -> list[str]:
    """Remove a document site's running header wherever it is printed again: words
    with a web address opening one of the page's first lines, found further on too
    ("…落实到山某某文库www.example.com头地块…" -> "…落实到山头地块…")."""
    text = "\n".join(lines)
    for line in lines[:RUNNING_HEADER_LINES]:
        header = RUNNING_HEADER.match(line)
        if header and len(header.group()) >= RUNNING_HEADER_MIN_CHARS:
            header = header.group()
            # at each page break it cuts different text; a sentence printed twice
            # goes on alike
            after = {
                text[end : end + RUNNING_HEADER_CONTEXT]
                for end in _ends_of(header, text)
            }
            if len(after) >= 2:
                return split_lines(text.replace(header, ""))
    return lines


def _ends_of(word: str, text: str) -> list[int]:
    """Return where each copy of a word ends in a text."""
    ends, start = [], text.find(word)
    while start >= 0:
        ends.append(start + len(word))
        start = text.find(word, start + len(word))
    return ends


def _unreduced_run(text: str, matches: list[re.Match]) -> list[re.Match]:
    """Return marks of a pager glued inside words, however close: "支部书2/6记" then
    "遇事3/6愿意". A writer reduces a fraction (1/3, never 2/6); a pager counts its
    pages, so consecutive numbers over one denominator, one of them unreduced, between
    two characters of a word, are its marks."""
    glued = [
        match
        for match in matches
        if match.start()
        and match.end() < len(text)
        and CJK_CHAR.match(text, match.start() - 1)
        and CJK_CHAR.match(text, match.end())
    ]
    for before, after in pairwise(glued):
        consecutive = int(after[1]) == int(before[1]) + 1
        unreduced = any(
            math.gcd(int(mark[1]), int(mark[2])) > 1 for mark in (before, after)
        )
        if consecutive and unreduced:
            return [before, after]
    return []


def _marks_after_digits(
    text: str, run: list[re.Match], denominator: int
) -> list[tuple[int, int]]:
    """Return the spans of a run's missing page numbers glued after a figure.

    "再建高标准农田30004/6亩" between "3/6" and "5/6": the pager's "4/6" follows the
    digits of "3000"; only the number the run lacks there is taken, so the figure
    keeps every digit it had.
    """
    spans: list[tuple[int, int]] = []
    for before, after in pairwise(run):
        for number in range(int(before[1]) + 1, int(after[1])):
            mark = re.compile(rf"(?<=\d){number} ?/ ?{denominator}(?![\d/.%])")
            found = mark.search(text, before.end(), after.start())
            if found:
                spans.append(found.span())
    return spans


def _drop_dashed_page_numbers(text: str) -> str:
    """Remove "- 2 -" page numbers glued between words, given two or more in a run."""
    if "-" not in text and "—" not in text and "–" not in text:
        return text
    glued = [
        match
        for match in DASHED_PAGE_NUMBER.finditer(text)
        if match.start()
        and match.end() < len(text)
        and DASHED_PAGE_NEIGHBOUR.match(text, match.start() - 1)
        and DASHED_PAGE_NEIGHBOUR.match(text, match.end())
    ]
    run: list[re.Match] = []
    for match in glued:
        gap = match.start() - run[-1].end() if run else 0
        step = int(match[1]) - int(run[-1][1]) if run else 1
        # the next page number may follow a short page; a skip needs a long one
        if (
            not run
            or (step == 1 and gap >= DASHED_PAGE_MIN_GAP)
            or (step > 1 and gap >= PAGE_MARKER_MIN_GAP)
        ):
            run.append(match)
    if len(run) < 2:
        return text
    for match in reversed(run):
        text = text[: match.start()] + text[match.end() :]
    return text


def _drop_numbered_pages(lines: list[str]) -> list[str]:
    """Drop a document share's page numbers ("1、" opening the text, "2、" opening
    the next page's line in the middle of a sentence) and rejoin the sentence.

    Only a run counting from the text's first line: "2、" under a line that ends a
    sentence is a point of a list, and a list's "1、" does not open the page.
    """
    first = NUMBERED_PAGE.match(lines[0]) if lines else None
    if not first or first["page"] != "1":
        return lines
    breaks = []
    for index in range(1, len(lines)):
        mark = NUMBERED_PAGE.match(lines[index])
        if not mark or int(mark["page"]) != len(breaks) + 2:
            continue
        before = lines[index - 1]
        if len(before) < NUMBERED_PAGE_MIN_CHARS or SENTENCE_OR_CLAUSE_END.search(
            before
        ):
            return lines  # "2、" after a finished sentence: a list, not a pager
        breaks.append(index)
    if not breaks:
        return lines
    kept = [lines[0][first.end() :]]
    for index, line in enumerate(lines[1:], 1):
        if index in breaks:
            kept[-1] += line[NUMBERED_PAGE.match(line).end() :]
        else:
            kept.append(line)
    return kept


def _drop_pager_lines(lines: list[str]) -> list[str]:
    """Drop pager lines; rejoin a sentence that a page break cut in two."""
    kept: list[str] = []
    joining = False
    for index, raw in enumerate(lines):
        line = PAGE_OF_PAGES.sub("", raw).strip()
        if not line and not raw.strip():
            continue
        pager = PAGE_MARKER_LINE.match(line) and not _date_widget_day(
            kept, lines, index
        )
        if not line or pager or _page_number(lines, index):
            joining = bool(kept) and _open_sentence(kept[-1])
            continue
        if joining and _continues_sentence(line):
            kept[-1] += line
        else:
            kept.append(line)
        joining = False
    return kept


# "2023" over "02/13" over "20:55": a portal's date widget, whose middle line reads
# like a pager's "2/13"
WIDGET_YEAR = re.compile(r"^(?:19|20)\d{2}$")
WIDGET_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def _date_widget_day(kept: list[str], lines: list[str], index: int) -> bool:
    """Tell a month/day line between a year alone and a clock alone."""
    return bool(
        kept
        and WIDGET_YEAR.match(kept[-1].strip())
        and WIDGET_CLOCK.match(_next_text(lines, index))
    )


def _page_number(lines: list[str], index: int) -> bool:
    """Tell a page number alone on its line between two lines of running text."""
    if not PAGE_NUMBER_ALONE.match(lines[index].strip()) or index == 0:
        return False
    neighbours = (lines[index - 1].strip(), _next_text(lines, index))
    return all(
        len(line) >= RUNNING_TEXT_MIN_CHARS and RUNNING_TEXT.search(line)
        for line in neighbours
    )


def _next_text(lines: list[str], index: int) -> str:
    """Return the next line with words after ``index``, or ""."""
    return next((line.strip() for line in lines[index + 1 :] if line.strip()), "")


def _drop_page_foot_notes(lines: list[str]) -> list[str]:
    """Drop an edition's foot note spliced into the speech at a page break."""
    kept: list[str] = []
    note_goes_on = False
    for number, line in enumerate(lines):
        if note_goes_on and _continues_sentence(line):
            note_goes_on = False
            continue
        note_goes_on = False
        if number > 0 and PAGE_FOOT_NOTE.match(line):
            note_goes_on = not NOTE_END.search(line)
            continue
        kept.append(line)
    return kept


def _continues_sentence(line: str) -> bool:
    """Tell the rest of a cut sentence from a heading, a salutation or site text."""
    return not (
        HEADING_LINE.match(line) or SALUTATION.match(line) or chrome_or_meta(line)
    )


def _open_sentence(line: str) -> bool:
    """Tell a line that stops mid-sentence from one that ends a paragraph or heading."""
    return (
        len(line) >= OPEN_SENTENCE_MIN_CHARS
        and not SENTENCE_OR_CLAUSE_END.search(line)
        and not HEADING_LINE.match(line)
        and not HEAD_TITLE_END.search(line)  # "在…上的讲话": a title, not a sentence
    )


def _counting_run(matches: list[re.Match]) -> list[re.Match]:
    """Keep the markers whose numbers rise in reading order, far apart.

    A marker closer to the last one than a pager's pages are long still counts when it
    is the next page number and the run goes on past it: short preview pages.
    """
    run: list[re.Match] = []
    for match in matches:
        if not run:
            run.append(match)
            continue
        last = run[-1]
        if (
            int(match[1]) > int(last[1])
            and match.start() - last.end() >= PAGE_MARKER_MIN_GAP
        ):
            run.append(match)
    run.extend(_short_last_page(matches, run))
    if len(run) < 3:
        return run
    accepted = {match.start() for match in run}
    for before, after in pairwise(list(run)):
        between = [
            m
            for m in matches
            if before.end() <= m.start() < after.start()
            and int(before[1]) < int(m[1]) < int(after[1])
            and m.start() not in accepted
        ]
        run.extend(between[: int(after[1]) - int(before[1]) - 1])
    return sorted(run, key=lambda m: m.start())


def _short_last_page(matches: list[re.Match], run: list[re.Match]) -> list[re.Match]:
    """Return the pager's last mark ("6/6") when it follows the run closer than a page:
    the last page holds whatever text is left, however little."""
    if not run:
        return []
    last = run[-1]
    for match in matches:
        if match.start() > last.end() and int(match[1]) == int(last[1]) + 1 == int(
            match[2]
        ):
            return [match]
    return []


def unwrap_hard_lines(lines: list[str]) -> list[str]:
    """Rejoin the paragraphs of text copied from a PDF with the page's line breaks.

    Only when most lines share one width: a line of full width that does not end a
    sentence continues on the next line ("…召开专题民主" + "生活会，会前…").
    """
    widths = [len(line) for line in lines if len(line) >= WRAP_MIN_WIDTH]
    if len(widths) < WRAP_MIN_LINES:
        return lines
    width = max(set(widths), key=widths.count)
    full = sum(1 for w in widths if abs(w - width) <= WRAP_SLACK)
    # Lines of one width that hold no punctuation are verse (a poem's lines), not
    # prose the page broke: a wrapped line of prose nearly always holds a comma.
    wide = [line for line in lines if abs(len(line) - width) <= WRAP_SLACK]
    punctuated = sum(1 for line in wide if WRAP_PUNCTUATION.search(line))
    if punctuated < WRAP_MIN_PUNCTUATED_SHARE * len(wide):
        return lines
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH or full < WRAP_MIN_SHARE * len(
        widths
    ):
        return lines
    result: list[str] = []
    joining = False
    for index, line in enumerate(lines):
        if joining:
            result[-1] += line
        else:
            result.append(line)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        full = len(line) >= width - WRAP_SLACK or (
            # a paragraph's first line is indented: two characters short
            len(line) >= width - WRAP_SLACK - WRAP_INDENT
            and len(following) >= width - WRAP_SLACK
            and not HEADING_LINE.match(line)
        )
        joining = full and not WRAP_STOP.search(line)
    return result
