"""A speech a post or a report quotes whole, under its own head.

A blog post or a news story comments on a speech, announces it ("以下是原文：",
"以下是讲话全文："), then prints the speech under a head of its own: a byline naming
who gave it ("致辞：某某（教师代表）"), its own title, then its words. The archive keeps
the speech, so the head under the announcement is the speech's: its title outranks
the post's headline, and its byline names the speaker.
"""

from __future__ import annotations

import re

# "致辞：某某（教师代表、科学家）", "演讲者：某某": who gave the quoted speech, labelled
# by the genre's word; "讲话：要抓落实" (a label over words, not a name) is no byline
SPEECH_BYLINE = re.compile(
    r"^[*＊]?(?:致辞|致词|讲话|演讲|发言|主讲)(?:人|者)?[:：][ \u3000]*"
    r"(?P<byline>[\u4e00-\u9fff·]{2,4}(?:[（(][^（）()]{2,30}[）)])?)[*＊]?$"
)
# Under its announcement, the speech's own title outranks the headline of the post or
# story that quotes it
QUOTED_SPEECH_BONUS = 6
