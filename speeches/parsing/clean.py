"""Separate the speech from what a site wraps around it.

The text of a page is split into lines; page markers, footnote markers and photo
captions are removed wherever they fall; then the speech's first line (its salutation,
or its first paragraph) and its last line (before paywall prompts, footers and
trailers) are found. What lies before is the head (titles, bylines, site chrome),
what lies after is the tail; metadata.py reads both.

This module runs those steps in order; their rules live in the rooms it imports
(docs/parser.md, *Modules*: normalise, page_markers, captions, run_on, head_titles,
body_start, body_end, chrome, salutation, line_kinds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .body_end import (
    NOTES_HEADING,
    TRAILERS,
    cut_after_closing,
    cut_glued_translation,
    cut_trailing_chrome,
    cut_trailing_titles,
    ends_on_closing,
    find_body_end,
    paywall_in_tail,
    split_author_mark,
    strip_closing_date,
    strip_dateline,
    strip_endnotes,
    strip_signature,
    strip_trailers,
    trial_notice,
)
from .body_start import (
    ABSTRACT_LABEL,
    START_NONE,
    find_body_start_with_evidence,
    part_label_over_opening,
    subhead_over_opening,
)
from .captions import remove_captions
from .chrome import droppable_chrome, ending_chrome, remove_injected_spam
from .cover import cover_notice
from .head_titles import (
    drop_repeated_head_lines,
    skip_preview,
    split_opening_titles,
    without_repeated_title,
)
from .normalise import (
    normalise_text,
    remove_code_residue,
    split_lines,
    without_continue_prompt,
)
from .page_markers import (
    remove_page_markers,
    remove_running_header,
    unwrap_hard_lines,
)
from .run_on import (
    join_split_salutation,
    remove_inline_ads,
    split_bulletin_head,
    split_glued_footers,
    split_head_prefix,
    split_run_on_lines,
    split_signed_letter,
    without_dataset_label,
)

# "…保障机制……" before a paywall: the site's mark of the cut, not the speaker's
SITE_ELLIPSIS = re.compile(r"(?:…{1,2}|\.{3,6}|。{3})$")

# "【 字体：大 中 小 】" inside a line
INLINE_TOOLBAR = re.compile(r"【 ?字[号体][:：][^】]{0,30}】")

# "……此处隐藏1200字，下载文档可见……": a document site hides a stretch of the text and
# shows the rest; the note, with the dots framing it, is cut wherever it stands and
# the text goes on (unlike "此处省略600字，会员可阅读全文", after which nothing follows)
HIDDEN_TEXT_NOTE = re.compile(
    r"[.…。·]{0,12}[（(【\[]?此[处處](?:隐藏|隱藏)[ \u3000]*\d{1,6}[ \u3000]*[个個]?字"
    # "……此处隐藏8420个字……" (2.16): the note without its download clause
    r"(?:[，,]?[ \u3000]*(?:下载|下載|购买|購買|登录|登錄)[^。！？.…]{0,8}?"
    r"(?:可见|可見|查看|阅读|閱讀))?"
    r"[）)】\]]?[.…。·]{0,12}"
)

# "点击观看视频片段Click to View ": a video player's prompt set as text, before the
# caption it plays or the speech
VIDEO_PROMPT = re.compile(
    r"点击(?:回顾|观看|播放|收看|查看)[\u4e00-\u9fff]{0,6}(?:视频|片段|直播|回放)"
    r"(?:[ \u3000]*Click to (?:View|Play|Watch)(?: (?:the )?video)?)?[ \u3000]*|"
    r"Click to (?:View|Play|Watch)(?: (?:the )?video)?[ \u3000]*|"
    # "（可按这里收看会见传媒的手语翻译短片。）": a press release's link to its video
    r"[（(](?:可|请|請)?(?:按|点击|點擊|点选|點選)(?:这|這|此)[里裏裡处處]?(?:收看|观看|觀看|播放)"
    r"[^。（）()]{0,40}(?:短片|视频|視頻|影片|片段)。?[）)][ \u3000]*",
    re.IGNORECASE,
)

# "这篇致辞既符合您的要求，又简洁大方，希望对您有帮助。": a writing assistant's word
# to the one who asked for the text, glued after the speech's last sentence
ASSISTANT_SIGNOFF = re.compile(
    r"(?:(?<=[。！!？?])|^)[ \u3000]*(?:这篇|这份|本篇|以上)"
    r"(?:内容|文章|稿子|范文|讲话稿?|致辞|发言稿?|演讲稿?|主持词)"
    r"[^。！？!?]{0,40}(?:您|你)的(?:需求|要求|期待|期望)[^。！？!?]{0,40}[。！!]?$"
)

# "…相约在六月。 校长开学致辞 初中校长开学致辞 开学寄语 |": a 范文 page's tags
# for the text, glued after its last sentence and closed by a rule
TRAILING_TAG_LIST = re.compile(
    r"(?<=[。！!？?])[ \u3000]*(?:[\u4e00-\u9fff]{2,12}[ \u3000]+){1,8}"
    r"[\u4e00-\u9fff]{2,12}[ \u3000]*[|｜]$"
)

TAIL_TRAILER_LINES = 6


@dataclass(frozen=True)
class CleanText:
    """A page split into what comes before the speech, the speech, and after it."""

    body: str
    head: tuple[str, ...] = ()  # titles, bylines, datelines and chrome before it
    tail: tuple[str, ...] = ()  # footers, paywall prompts and lists after it
    trailers: tuple[str, ...] = ()  # datelines and edition notes cut from the body
    dropped: tuple[str, ...] = ()  # captions and chrome removed from inside it
    paywalled: bool = False  # a paywall or "阅读全文" prompt cut the page
    start_evidence: str = START_NONE  # what says where the speech starts


def clean_text(text: str, *, markdown: bool = False) -> CleanText:
    """Split the text of a page into head, speech body and tail (``markdown``: the
    page is known to be Markdown, by its front matter)."""
    lines = split_lines(normalise_text(text, markdown=markdown))
    lines = [without_continue_prompt(line) for line in lines]
    lines = [
        TRAILING_TAG_LIST.sub(
            "",
            ASSISTANT_SIGNOFF.sub(
                "",
                VIDEO_PROMPT.sub(
                    "", HIDDEN_TEXT_NOTE.sub("", INLINE_TOOLBAR.sub("", line))
                ),
            ),
        ).strip()
        for line in lines
    ]
    lines = join_split_salutation(remove_code_residue([line for line in lines if line]))
    lines = unwrap_hard_lines(remove_page_markers(remove_running_header(lines)))
    lines, captions = remove_captions(lines)
    lines = remove_injected_spam(remove_inline_ads(lines))
    lines = split_bulletin_head(without_dataset_label(split_author_mark(lines)))
    lines = split_glued_footers(split_run_on_lines(lines))
    lines, signed_letter, report = split_signed_letter(lines)
    cover = cover_notice(lines)
    covering: list[str] = []
    if cover:  # "关于印发…的通知" … "（此件公开发布）": the portal's wrapping
        covering = lines[cover[0] : cover[1]]
        lines = lines[: cover[0]] + lines[cover[1] :]
    if not lines:
        return CleanText(body="")
    start, offset, evidence = find_body_start_with_evidence(lines)
    start, offset = skip_preview(lines, start, offset)
    if subhead_over_opening(lines, start, offset, evidence) or (
        not offset and part_label_over_opening(lines, start)
    ):
        start -= 1
    head = [*lines[:start]]
    if offset:
        head.extend(split_head_prefix(lines[start][:offset]))
    first, dateline = strip_dateline(lines[start][offset:].strip())
    first = ABSTRACT_LABEL.sub("", first, count=1)
    opening_titles, first = split_opening_titles(first)
    head.extend(opening_titles)
    first = without_repeated_title(head, first)
    if ending_chrome(first):
        first = ""  # a page of nothing but chrome has no speech
    end, paywalled, inserted = find_body_end(lines, start)
    candidates = [first, *lines[start + 1 : end]]
    dropped_ads = [lines[index] for index in sorted(inserted)]
    candidates = [
        line if index == 0 or start + index not in inserted else ""
        for index, line in enumerate(candidates)
    ]
    body_lines = [line for line in candidates if line and not droppable_chrome(line)]
    dropped = [line for line in candidates if line and droppable_chrome(line)]
    body_lines, repeated = drop_repeated_head_lines(body_lines, head)
    dropped.extend(repeated)
    body_lines, trailers = strip_trailers(body_lines)
    notes_follow = end < len(lines) and bool(NOTES_HEADING.match(lines[end]))
    body_lines, notes = strip_endnotes(body_lines, announced=notes_follow)
    body_lines, closing_date = strip_closing_date(body_lines)
    body_lines, signature = strip_signature(body_lines)
    trailers.extend([*closing_date, *signature, *signed_letter])
    # "…report《 某某日报 》（ 2020年09月01日 01 版）": the paper's note closes the record
    report, report_trailers = strip_trailers(report)
    trailers.extend(report_trailers)
    if signature:  # "（根据录音整理）" above "北岭市委书记　某某"
        body_lines, more_trailers = strip_trailers(body_lines)
        trailers.extend(more_trailers)
    body_lines, translation = cut_glued_translation(body_lines)
    body_lines, after_closing = cut_after_closing(body_lines)
    after_closing = [*after_closing, *translation]
    body_lines, trailing = cut_trailing_chrome(body_lines)
    body_lines, listed = cut_trailing_titles(body_lines)
    trailing = [*listed, *trailing]
    if dateline:
        trailers.insert(0, dateline)
    tail = [*after_closing, *trailing, *notes, *lines[end:], *report]
    # "注：…" ended the speech above "（新华社…电）" and "《人民日报》（…）": still credits
    trailers.extend(
        line
        for line in lines[end : end + TAIL_TRAILER_LINES]
        if any(pattern.fullmatch(line) for pattern in TRAILERS)
    )
    paywalled = paywalled or paywall_in_tail(tail)
    if (
        paywalled
        and (signature or ends_on_closing(body_lines))
        and trial_notice(lines[end:])
    ):
        paywalled = False  # "试读结束" under a speech shown to its signature
    if paywalled and body_lines:
        body_lines[-1] = SITE_ELLIPSIS.sub("", body_lines[-1]).rstrip()
        if not body_lines[-1]:
            body_lines.pop()
    return CleanText(
        body="\n".join(body_lines),
        head=tuple(line for line in head if line),
        tail=tuple(tail),
        trailers=tuple(trailers),
        dropped=tuple([*covering, *captions, *dropped, *dropped_ads]),
        paywalled=paywalled,
        start_evidence=evidence,
    )
