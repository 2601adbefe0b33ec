"""Discovery: formulations the archive uses again and again that nobody listed.

A candidate is a run of 4 to 10 characters inside a clause that recurs across
speeches (document frequency), holds together (it occurs nearly whenever its two
halves do: cohesion), varies at both ends (boundary entropy: it is a unit, not a
piece of a longer one), is not a word general Chinese already has and is far more
frequent here than general Chinese could have it (keyness, at the word level, against
jieba's own dictionary). Each becomes a proposal in the review queue, with the
evidence: how many speeches, its cohesion, entropies and keyness.

Keyness is measured against the most general Chinese could say it: a phrase is never
more frequent there than its rarest word (经济发展 at most as often as 经济), so the
phrase's rate here over its rarest word's rate in jieba's dictionary is how much more
the archive uses it. 经济发展 and 人民群众 are used here about as often as general
Chinese uses their words; 高质量发展 is used two hundred times more than general
Chinese uses 高质量.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .parsing.reference import (
    general_segments,
    general_total,
    general_words,
)
from .runs import recurring_runs

MIN_CHARS, MAX_CHARS = 4, 10
MIN_SPEECHES = 3
MIN_COHESION = 0.6
MIN_ENTROPY = 1.0
# How many times more often the archive must use a run than general Chinese uses its
# rarest word (see the module's docstring)
MIN_KEYNESS = 8.0
# jieba's dictionary counts words; the archive is counted in characters
CHARACTERS_PER_WORD = 1.5
# "百分之五十", "一九四九", "月二十五日", "次代表大会": figures and dates recur without
# being formulations; "习近平总书记", "毛泽东同志": a person named with a title
NOT_FORMULATIONS = re.compile(
    r"[零〇一二三四五六七八九十百千万亿]{2,}|百分之|^[年月日次届]|[年月日]$"
    r"|(?:同志|总书记|主席|总理|委员长|书记|先生)$"
)
# "我们要", "的重要": a candidate may not start or end with a function character.
FUNCTION_EDGE = re.compile(
    r"^[的了和与及是在对把被为等也都就而并或要这那我你他她它们]|[的了和与及是在对把被为等也都就而并或要这那我你他她它们]$"
)


@dataclass(frozen=True)
class Candidate:
    text: str
    speeches: int
    cohesion: float
    left_entropy: float
    right_entropy: float
    keyness: float = 0.0  # times more frequent here than general Chinese (at most)

    @property
    def doubt(self) -> float:
        """Doubt for the review queue: more speeches and stronger unity, less doubt."""
        strength = (
            math.log(self.speeches + 1)
            * self.cohesion
            * min(self.left_entropy, self.right_entropy)
        )
        return round(1 / (1 + strength), 2)


def run_keyness(run: str, occurrences: int, archive_words: float) -> float:
    """Return how many times more often the archive uses a run than general Chinese
    uses the rarest of its words: 高质量发展 ≈ 200, 经济发展 < 1."""
    rarest = min(map(_general_frequency, general_segments(run)))
    general_rate = (rarest + 1) / general_total()
    return occurrences / archive_words / general_rate


def _general_frequency(segment: tuple[str, str]) -> int:
    """Return how often general Chinese says a word of a run's cut. A dictionary
    word made of two words of two characters or more ("经济社会" = 经济 + 社会,
    "各族人民" = 各族 + 人民) is said at least as often as the rarer of them: the
    dictionary counts such compounds apart, and rarely."""
    words = general_words()
    word = segment[0]
    frequency = words.get(word, (0, ""))[0]
    for cut in range(2, len(word) - 1):
        head, tail = words.get(word[:cut]), words.get(word[cut:])
        if head and tail:
            frequency = max(frequency, min(head[0], tail[0]))
    return frequency


def discover(
    texts: Iterable[str],
    *,
    min_speeches: int = MIN_SPEECHES,
    step: Callable[[], None] | None = None,
) -> list[Candidate]:
    """Return the recurring, cohesive, free-standing runs of a set of texts;
    ``step`` is called now and then while they are counted (a job's heartbeat)."""
    runs, characters = recurring_runs(
        texts,
        min_texts=min_speeches,
        min_chars=MIN_CHARS,
        max_chars=MAX_CHARS,
        min_cohesion=MIN_COHESION,
        min_entropy=MIN_ENTROPY,
        step=step,
    )
    archive_words = characters / CHARACTERS_PER_WORD
    found = []
    for run in runs:
        if FUNCTION_EDGE.search(run.text) or NOT_FORMULATIONS.search(run.text):
            continue
        if run.text in general_words():
            continue
        # A run of four has no counted halves: it holds together by definition.
        cohesion = run.speeches / (run.half_speeches or run.speeches)
        if (
            cohesion < MIN_COHESION
            or run.left_entropy < MIN_ENTROPY
            or run.right_entropy < MIN_ENTROPY
        ):
            continue
        keyness = run_keyness(run.text, run.occurrences, archive_words)
        if keyness < MIN_KEYNESS:
            continue
        found.append(
            Candidate(
                run.text,
                run.speeches,
                round(cohesion, 2),
                round(run.left_entropy, 2),
                round(run.right_entropy, 2),
                round(keyness, 1),
            )
        )
    # A run inside a longer candidate as often as that one is only its piece.
    texts_by_df = {c.text: c.speeches for c in found}
    return sorted(
        (
            c
            for c in found
            if not any(
                other != c.text and c.text in other and texts_by_df[other] >= c.speeches
                for other in texts_by_df
                if len(other) > len(c.text) and len(other) <= len(c.text) + 2
            )
        ),
        key=lambda c: c.doubt,
    )


def discovery_run(
    *, progress: Callable[[int, int], None] | None = None, limit: int = 500
) -> str:
    """Propose the archive's recurring formulations for review; return a summary."""
    from .models import Slogan, Speech

    # A long pass beats like any job, so that no runner takes it for abandoned.
    beat = (lambda: progress(0, 1)) if progress else None
    bodies = Speech.objects.values_list("body", flat=True).iterator(chunk_size=200)
    candidates = discover(bodies, step=beat)
    known = set(Slogan.objects.values_list("text", flat=True))
    fresh = [c for c in candidates if c.text not in known][:limit]
    Slogan.objects.bulk_create(
        [
            Slogan(
                text=c.text,
                kind=Slogan.Kind.CONCEPT,
                status=Slogan.Status.PENDING,
                source=Slogan.Source.DISCOVERED,
                doubt=c.doubt,
                reason="全库发现：多篇讲话反复使用、凝固、前后搭配多样，远多于通用汉语",
                evidence={
                    "讲话篇数": c.speeches,
                    "凝固度": c.cohesion,
                    "左邻熵": c.left_entropy,
                    "右邻熵": c.right_entropy,
                    "高于通用汉语倍数": c.keyness,
                },
            )
            for c in fresh
        ],
        ignore_conflicts=True,
    )
    if progress:
        progress(len(fresh), len(fresh))
    return f"发现 {len(candidates)} 个候选，新提交 {len(fresh)} 个待审。"
