"""Bold heads in a Markdown text: a paragraph's bold first sentence, a bold line alone.

A speech printed as Markdown (a news mirror, a blog engine's page) may head its points
the way a printed speech sets a 小标题 in bold at the start of the paragraph it heads:

    **——要始终弘扬艰苦奋斗的精神。**学校是在艰苦奋斗中发展壮大起来的……
    **经此一役，你们当对责任有更深的理解**。疫情面前，每一个人……

Read as a policy reader reads it, the bold sentence is the paragraph's heading: it is
a whole sentence, the paragraph's own text runs on after it, and the speech heads two
or more paragraphs so (one bold sentence alone is emphasis). A bold phrase inside a
sentence ("要把**问题**摆到桌面上来") and a bold line alone (a title, a byline over
the speech) are no run-in heads. The stars are layout and leave the body as before;
this module only names the sentences that head paragraphs, for ``sections``.

A bold line alone between the speech's paragraphs ("**坚持人民至上**") is its
subhead, set as a 小标题 on a line of its own: short, no sentence's stop, no colon
(a salutation, "同志们：", is none); two or more in the body. Over the speech such
lines are its title, date and byline, which ``sections`` never sees.
"""

from __future__ import annotations

import re

# "**——要始终弘扬…精神。**学校…", "**经此一役，…理解**。疫情面前…": a paragraph
# opening on a bold sentence (its stop inside the stars or right after them), with
# the paragraph's own words after it on the same line
RUN_IN_LEAD = re.compile(
    r"^[ \t\u3000]*\*\*(?=[^*\s])(?P<lead>[^*\n]{4,80}?)(?<=[^*\s])\*\*"
    r"(?P<stop>[。！？!?])?(?=[ \t\u3000]*[^\s*])",
    re.MULTILINE,
)
SENTENCE_STOPS = "。！？!?"
# One bold sentence opening a paragraph is the writer's emphasis; two or more head
# the speech's paragraphs
RUN_IN_MIN_LEADS = 2
# "——要始终弘扬…": the dash that sets off a run of parallel points is no part of the
# heading's words
LEAD_DASH = re.compile(r"^[—―─]{1,2}")


def run_in_leads(markdown_text: str) -> tuple[str, ...]:
    """Return the bold sentences that head paragraphs of a Markdown text, without
    their stars, in order; none when fewer than two paragraphs open so."""
    leads = []
    for match in RUN_IN_LEAD.finditer(markdown_text):
        lead, stop = match["lead"], match["stop"] or ""
        if not (lead[-1] in SENTENCE_STOPS) ^ bool(stop):
            continue  # no stop ("**重要**的是…"), or two: not one bold sentence
        leads.append(lead + stop)
    return tuple(leads) if len(leads) >= RUN_IN_MIN_LEADS else ()


# "**坚持人民至上**", "**二、…**" alone on its line: a bold line of 4–30 characters
# with no sentence's stop and no colon in it
BOLD_LINE = re.compile(
    r"^[ \t\u3000]*\*\*(?=[^*\s])(?P<head>[^*\n。！？!?：:；;]{4,30})(?<=[^*\s])\*\*"
    r"[ \t\u3000]*$",
    re.MULTILINE,
)


# "## 过去一年的主要成绩" (2.19): a Markdown heading below the title's level, with
# no enumerator; a subhead as a bold line alone is ("## 一、…" is read by its label)
MARKDOWN_SUBHEAD = re.compile(
    r"^[ \t]{0,3}#{2,6}[ \t]+(?P<head>[^#*\n。！？!?：:；;]{2,30}?)[ \t#]*$",
    re.MULTILINE,
)

# "一、", "（二）", "第三部分", "4.": an enumerator opening a heading's words
ENUMERATOR_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|"
    r"第[一二三四五六七八九十\d]+|\d+[、.．])"
)


def bold_subheads(markdown_text: str) -> tuple[str, ...]:
    """Return the subheads alone of a Markdown text, in order: bold lines without
    their stars, and unnumbered "## " headings without their marks (``sections``
    keeps those that stand in the body, two or more)."""
    found = [
        (match.start(), match["head"]) for match in BOLD_LINE.finditer(markdown_text)
    ]
    found += [
        (match.start(), match["head"])
        for match in MARKDOWN_SUBHEAD.finditer(markdown_text)
        if not ENUMERATOR_START.match(match["head"])
    ]
    return tuple(head for _, head in sorted(found))


def lead_heading(lead: str) -> str:
    """Return the heading a run-in lead gives: its words without the dash before
    them and the stop after them."""
    return LEAD_DASH.sub("", lead).rstrip(SENTENCE_STOPS).strip()
