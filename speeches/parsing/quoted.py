"""A speech a post or a report quotes whole, under its own head.

A blog post or a news story comments on a speech, announces it ("以下是原文：",
"以下是讲话全文："), then prints the speech under a head of its own: a byline naming
who gave it ("致辞：某某（教师代表）"), its own title, then its words. The archive keeps
the speech, so the head under the announcement is the speech's: its title outranks
the post's headline, and its byline names the speaker.
"""

from __future__ import annotations

import re

from .line_kinds import SPEECH_GENRES, SPOKEN_GENRES, genre_words

# "致辞：某某（教师代表、科学家）", "演讲者：某某": who gave the quoted speech, labelled
# by the genre's word; "讲话：要抓落实" (a label over words, not a name) is no byline
SPEECH_BYLINE = re.compile(
    r"^[*＊]?"
    + genre_words(SPEECH_GENRES, ("致词", "主讲"))
    + r"(?:人|者)?[:：][ \u3000]*"
    r"(?P<byline>[\u4e00-\u9fff·]{2,4}(?:[（(][^（）()]{2,30}[）)])?)[*＊]?$"
)
# Under its announcement, the speech's own title outranks the headline of the post or
# story that quotes it
QUOTED_SPEECH_BONUS = 6

# "某某联合会副会长某某某致辞", "国家某某委某某司某某某处长的讲话": a news page's headline
# naming the speaker right before the genre word, with no meeting between them (the
# "某某在…上的讲话" form is SPEAKER_IN_TITLE's); the words before the genre word end on
# an office or on a name after one (2.16)
SPEAKER_GENRE_TITLE = re.compile(
    r"^(?P<speaker>[^在：:，,“”\"《》\d\s]{3,30}?)(?:同志)?的?"
    + genre_words(SPOKEN_GENRES)
    + r"(?:全文|稿)?$"
)
# "开学典礼校长致辞", "年会董事长致辞", "竞选班长演讲稿": an occasion's or a
# campaign's words before the office make the opening no speaker
OCCASION_WORDS = re.compile(
    r"典礼|大会|会议|仪式|晚会|座谈|活动|开幕|闭幕|年会|论坛|峰会|节日|庆典|新年|春节|"
    r"竞选|竞聘|应聘|就职|述职"
)
