"""Tell which occurrences of a slogan a speech uses on their own.

What belongs here: how an occurrence inside a longer slogan counts: a formulation
inside a listed one, a whole part of an enumeration, a part quoted alone.
"""

from __future__ import annotations

from .lexicon import CLOSING_MARKS, OPENING_MARKS, Occurrence

# "一国两制、港人治港", "“两个确立”，“四个意识”": marks between the parts of a formula
PART_SEPARATORS = "、，,；;：:“”‘’「」\"' \u3000\n"
# "党的基本理论、基本路线、基本方略": words that open a wording of the same formulation
WORDING_PREFIX_MAX_CHARS = 2


def standalone_flags(
    body: str, occurrences: list[Occurrence], is_formulation
) -> list[bool]:
    """Tell, for occurrences by offset (longer first), which are used on their own.

    A formulation inside a longer listed one is used too (中国特色社会主义 in
    中国特色社会主义道路); anything else inside a longer slogan only as a whole part
    of it (一国两制 in “一国两制”、“港人治港”, not 双报到 in 双报到双服务).
    """
    flags, container = [], None
    for occurrence in occurrences:
        if container is not None and occurrence.end <= container.end:
            inside_formulation = is_formulation(container.words)
            flags.append(
                (
                    is_formulation(occurrence.words)
                    and inside_formulation
                    and not _same_words_after_a_prefix(occurrence, container)
                )
                or (
                    not inside_formulation
                    and _delimited_part(body, occurrence, container)
                )
                or _whole_quotation(body, occurrence)
            )
            continue
        container = occurrence
        flags.append(True)
    return flags


def _same_words_after_a_prefix(part: Occurrence, whole: Occurrence) -> bool:
    """Tell one formulation's wording with and without its opening words
    ("基本路线、基本方略" in "党的基本路线、基本方略"): the longer one is used."""
    return (
        part.end == whole.end
        and 0 < part.offset - whole.offset <= WORDING_PREFIX_MAX_CHARS
        and any(mark in part.words for mark in "、，,")
    )


def _whole_quotation(body: str, part: Occurrence) -> bool:
    """Tell a part quoted on its own ("扫黄" in “扫黄”“打非”): it is used as such."""
    return (
        part.offset > 0
        and part.end < len(body)
        and body[part.offset - 1] in OPENING_MARKS
        and body[part.end] in CLOSING_MARKS
    )


def _delimited_part(body: str, part: Occurrence, whole: Occurrence) -> bool:
    """Tell a whole part of an enumeration (“一国两制”、“港人治港”) from a piece of a
    compound (双报到 in 双报到双服务): a part starts and ends at a separator."""
    starts = part.offset == whole.offset or body[part.offset - 1] in PART_SEPARATORS
    ends = part.end == whole.end or body[part.end] in PART_SEPARATORS
    return starts and ends
