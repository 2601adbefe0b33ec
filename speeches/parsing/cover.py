"""A cover notice over the document it issues (2.14).

A government portal prints a work report or a speech under the notice that issued it:
the notice's headline ("某镇人民政府关于印发2024年政府工作报告的通知"), its addressees
("各村（居）民委员会、各有关单位："), a paragraph ("…现印发给你们，请认真贯彻执行。"),
the issuing body, the day of issue and the publishing note ("（此件公开发布）"). Then
the document itself follows with its own head (title, a dateline "——2024年1月23日在…
上", the speaker) and its salutation. The notice is the portal's wrapping, not the
speech: its headline is no title of the speech, its day is the day of issue.
"""

from __future__ import annotations

import re

from .script import to_simplified

# "…关于印发2024年政府工作报告的通知", "关于转发《某某同志在…上的讲话》的通知": a notice
# that issues a document, its headline on a line of its own
NOTICE_HEADLINE = re.compile(
    r"关于(?:印发|转发|发布|公布|刊发)[^。！？；，,：:]{2,80}的(?:通知|函)$"
)
# "（此件公开发布）", "(此件主动公开)", "（此件不予公开）": the notice's publishing note,
# the last line of the notice
PUBLISHING_NOTE = re.compile(
    r"^[（(]此件(?:公开发布|主动公开|依申请公开|不予?公开|删减后公开|公开)[）)]$"
)
# "2024年2月22日": the day of issue alone on its line, under the issuing body
ISSUE_DAY = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")
# the headline stands among the first lines of the page (under a portal's info table),
# a short line: longer ones are text, not read further
NOTICE_WITHIN = 15
NOTICE_HEADLINE_MAX_CHARS = 120
# "关于" in either script: a cheap test before the line is read in simplified form
ABOUT = re.compile(r"[关關][于於]")
# the notice's addressees, paragraph, issuer, day and note take at most this many lines
NOTICE_MAX_LINES = 12


def cover_notice(lines: list[str]) -> tuple[int, int] | None:
    """Return the span (first, after last) of a cover notice's lines over the document
    it issues, or None. The notice ends at its publishing note, or else at its day of
    issue (the note under it taken with it); the document must follow."""
    for first, line in enumerate(lines[:NOTICE_WITHIN]):
        if (
            len(line) > NOTICE_HEADLINE_MAX_CHARS
            or not ABOUT.search(line)
            or not NOTICE_HEADLINE.search(to_simplified(line.strip()))
        ):
            continue
        limit = min(len(lines), first + 1 + NOTICE_MAX_LINES)
        for index in range(first + 2, limit):
            text = lines[index].strip()
            if PUBLISHING_NOTE.match(text):
                end = index + 1
            elif ISSUE_DAY.match(text):
                end = index + 1
                if end < len(lines) and PUBLISHING_NOTE.match(lines[end].strip()):
                    end += 1
            else:
                continue
            return (first, end) if end < len(lines) else None
        return None
    return None
