"""The import's fast paths store exactly what the straightforward ones store.

A shared automaton of the learned slogans, the merged variants read once per
change, (slogan, words) told apart by keys: the mentions (offsets, words,
sentences, nesting, sections) and slogans an import stores are compared with
the same import run the straightforward way, on random speeches.
"""

import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import given, settings
from hypothesis import strategies as st

from speeches import importing, mentions
from speeches.importing import mentions_create, speech_import
from speeches.learned import learned_forget
from speeches.models import Mention, Section, Slogan, Speech, section_anchor
from speeches.parsing import parse_text
from speeches.parsing.lexicon import PhraseFinder, PhraseKeys, formula_fits

# Pieces a phrase or a text is made of: simplified and traditional characters,
# quotation marks, a converter's pinyin, sentence marks.
PIECES = ["双", "報", "报", "到", "三", "会", "會", "一", "课", "“", "”", "(bào)", "。"]
PHRASES = st.lists(
    st.text(alphabet="双報报到三会會一课“”", min_size=1, max_size=5), max_size=12
)


@given(
    phrases=PHRASES,
    shared=PHRASES,
    text=st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
)
@settings(max_examples=300, deadline=None)
def test_a_finder_sharing_an_automaton_finds_what_its_own_automaton_finds(
    phrases, shared, text
):
    keys = PhraseKeys(
        key for key in (PhraseFinder(shared).words) if key
    )  # any keys at all, some of them these phrases' and some not
    alone = PhraseFinder(phrases, fits=formula_fits).find(text)
    sharing = PhraseFinder(phrases, fits=formula_fits, shared=keys).find(text)
    assert sharing == alone


# Speeches are written from these: quoted coinages (stored and then learned),
# listed formulations unquoted, traditional forms, a slogan inside a longer one.
SENTENCES = [
    "要落实“双报到”制度",
    "推进“双报到双服务”工作",
    "坚持“三会一课”",
    "堅持“三會一課”制度",
    "贯彻新发展理念",
    "推进中国式现代化",
    "坚持“一岗双责”",
    "落实“河长制”",
    "开展“四下基层”活动",
    "深化“放管服”改革",
    "发扬“四下基层”传统",
    "会议强调",
    "各级党组织要认真学习",
]


def random_speech(rng: random.Random, number: int) -> str:
    body = "。".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 12)))
    lines = []
    for part, numeral in enumerate("一二三"[: rng.randint(0, 3)]):
        lines.append(f"{numeral}、第{part + 1}方面的要求")
        for sub in "一二"[: rng.randint(0, 2)]:
            lines.append(f"（{sub}）关于具体工作")
            lines.append(rng.choice(SENTENCES) + "。")
    return f"在第{number}次支部大会上的讲话\n同志们：\n{body}。\n" + "\n".join(lines)


def stored() -> tuple[set, set, set]:
    """Return the archive's slogans, mentions and sections, by text rather than key."""
    slogans = set(
        Slogan.objects.values_list(
            "text", "status", "kind", "source", "canonical__text"
        )
    )
    found = set(
        Mention.objects.values_list(
            "speech__source_file",
            "slogan__text",
            "offset",
            "text",
            "context",
            "nested",
            "section__anchor",
        )
    )
    sections = set(
        Section.objects.values_list(
            "speech__source_file",
            "anchor",
            "parent__anchor",
            "position",
            "level",
            "label",
            "ordinal",
            "heading",
            "text",
            "start_offset",
            "end_offset",
        )
    )
    return slogans, found, sections


def import_all(raws: list[str]) -> tuple[set, set, set]:
    for number, raw in enumerate(raws):
        speech_import(parsed=parse_text(raw), source_file=f"/fast/{number}.txt")
    return stored()


def forget_everything() -> None:
    Mention.objects.all().delete()
    Speech.objects.all().delete()
    Slogan.objects.all().delete()
    learned_forget()
    mentions._shared["keys"] = None


def straightforward_sections(speech, tree) -> list[Section]:
    rows: list[Section] = []

    def visit(nodes, parent, path):
        for node in nodes:
            ordinals = (*path, node.ordinal)
            row = Section.objects.create(
                speech=speech,
                parent=parent,
                level=node.level,
                label=node.label,
                ordinal=node.ordinal,
                heading=node.heading[:1000],
                text=node.text,
                position=len(rows),
                anchor=section_anchor(ordinals),
                start_offset=node.start,
                end_offset=node.end,
            )
            rows.append(row)
            visit(node.children, row, ordinals)

    visit(tree, None, ())
    return rows


def straightforward_variants() -> dict[int, list[str]]:
    variants: dict[int, list[str]] = {}
    for canonical_id, text in Slogan.objects.filter(
        status=Slogan.Status.MERGED, canonical__isnull=False
    ).values_list("canonical_id", "text"):
        variants.setdefault(canonical_id, []).append(text)
    return variants


def straightforward_learned() -> list[Slogan]:
    return list(
        Slogan.objects.filter(status=Slogan.Status.ACCEPTED).exclude(
            source=Slogan.Source.LEXICON
        )
    )


@pytest.mark.django_db
@pytest.mark.parametrize("seed", range(4))
def test_an_import_stores_the_same_slogans_and_mentions_as_the_plain_way(
    seed, monkeypatch
):
    rng = random.Random(seed)
    raws = [random_speech(rng, number) for number in range(30)]
    forget_everything()
    # A slogan merged into another before the import: its words count for that one.
    canonical = Slogan.objects.create(text="双报到", status=Slogan.Status.ACCEPTED)
    Slogan.objects.create(
        text="一岗双责", status=Slogan.Status.MERGED, canonical=canonical
    )
    # Lower the rebuild threshold so that the shared automaton is rebuilt, lacks
    # keys, and holds keys of other speeches, all in one run.
    monkeypatch.setattr(mentions, "SHARED_REBUILD_MISSING", 2)
    # and the learned slogans' automaton too: some are handed on before it holds them.
    monkeypatch.setattr(mentions, "CATALOG_REBUILD_PENDING", 2)
    fast = import_all(raws)

    forget_everything()
    canonical = Slogan.objects.create(text="双报到", status=Slogan.Status.ACCEPTED)
    Slogan.objects.create(
        text="一岗双责", status=Slogan.Status.MERGED, canonical=canonical
    )
    monkeypatch.setattr(mentions, "shared_phrase_keys", lambda phrases: None)
    monkeypatch.setattr(importing, "merged_variants", straightforward_variants)
    monkeypatch.setattr(importing, "learned_targets", lambda: None)
    monkeypatch.setattr(
        importing,
        "mentions_create",
        lambda *, slogans, learned, **kwargs: mentions_create(
            slogans=[*slogans, *straightforward_learned()], **kwargs
        ),
    )
    monkeypatch.setattr(importing, "_create_sections", straightforward_sections)
    plain = import_all(raws)

    assert fast == plain
    assert len(fast[1]) > 30  # the speeches did name slogans
    assert any(row[1] == "双报到" and row[3] == "一岗双责" for row in fast[1])
    assert any(row[2] is not None for row in fast[2])  # sections inside sections


@pytest.mark.django_db
def test_a_speech_takes_as_many_queries_beside_hundreds_of_learned_slogans():
    """No query per learned slogan, nor one that reads them all for each speech."""
    forget_everything()

    def queries_of(number: int) -> int:
        # The same slogans in every speech: only the first stores new ones.
        raw = random_speech(random.Random(7), number)
        with CaptureQueriesContext(connection) as captured:
            speech_import(parsed=parse_text(raw), source_file=f"/q/{number}.txt")
        return len(captured)

    queries_of(0)
    queries_of(1)
    few = queries_of(2)
    Slogan.objects.bulk_create(
        Slogan(text=f"第{number}项工作", status=Slogan.Status.ACCEPTED)
        for number in range(300)
    )
    queries_of(3)  # reads the 300 new slogans, once
    assert queries_of(4) == few
    assert few <= 20
