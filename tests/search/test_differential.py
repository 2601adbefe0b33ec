"""Search agrees with a brute-force oracle on random archives and random queries.

Hypothesis builds archives step by step (speeches added in several drains, so in
several segments; deletions; edits through the editorial path; accepted and
rejected slogans, which change jieba's dictionary and re-cut speeches) and puts
random query sequences to search_speeches between the steps: terms, phrases,
OR-groups, exclusions, one-character terms, traditional and full-width forms,
every page of several page sizes, both sorts, year and level filters. The
decoded-postings cache is cleared, shrunk and its threshold moved at random, so
that lists are read cold and warm, with and without positions, from segments on
both sides of the threshold. Every set, count, page and facet must agree with
the oracle (tests/search/differential.py): exact substring of the folded text.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import uuid

from django.conf import settings
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
    run_state_machine_as_test,
)

from search.engines.connection import search_backend, use_index
from search.engines.whoosh.core import codec
from search.models import IndexTask
from search.outbox import drain_queue
from search.service import parse_filters, search_speeches
from speeches.editing import speech_edit
from speeches.models import Slogan, Speech
from speeches.signals import speeches_changed
from tests.support.index import empty_whoosh_index

from .conftest import whoosh_only
from .differential import (
    SIMPLIFIED_TEXT_ALPHABET,
    TEXT_ALPHABET,
    QueryPlan,
    oracle_ids,
    oracle_speeches,
    random_plan,
)

texts = st.text(alphabet=TEXT_ALPHABET, min_size=1, max_size=30)
simplified_texts = st.text(alphabet=SIMPLIFIED_TEXT_ALPHABET, min_size=1, max_size=30)
days = st.one_of(
    st.none(), st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2020, 12, 31))
)
levels = st.sampled_from(["", "县", "市"])
# Half the speeches hold traditional characters, half hold none: an exact-script
# search answers the two kinds differently (search/service.py).
speech_fields = st.one_of(
    st.fixed_dictionaries(
        {"title": texts, "body": texts, "date": days, "level": levels}
    ),
    st.fixed_dictionaries(
        {
            "title": simplified_texts,
            "body": simplified_texts,
            "date": days,
            "level": levels,
        }
    ),
)
# Each search surface's default of the ``script`` option, as docs/search.md
# promises it: the API counts characters as typed, the page folds scripts.
SCRIPT_DEFAULTS = {"api": "exact", "page": "any"}


def store_speech(title: str, body: str, date, level: str) -> Speech:
    """Create a speech as the importer would announce it (outbox row, no drain)."""
    raw = f"{title}\n{body}\n{uuid.uuid4()}"
    speech = Speech.objects.create(
        title=title,
        body=body,
        date=date,
        admin_level=level,
        raw_text=raw,
        content_hash=uuid.uuid4().hex,
    )
    speeches_changed.send(sender=Speech, speech_ids=[speech.pk])
    return speech


# Random archives per run: 30 in the suite; bench/differential.py --archives runs more.
EXAMPLES = int(os.environ.get("SEARCH_DIFFERENTIAL_ARCHIVES", "30"))
# What the last run tried: queries checked, of which found something; segments seen.
# Of them exact-script searches, and those whose answer differs from the folded one.
TRIED = {"queries": 0, "found": 0, "most_segments": 0, "exact": 0, "scripts_differ": 0}


def check_query(
    plan: QueryPlan,
    *,
    sort: str,
    page_size: int,
    year: str = "",
    level: str = "",
    in_titles: bool = False,
    surface: str = "page",
    script: str = "",
):
    """Page through one query and compare every page with the oracle.

    The filters are read from request parameters as ``surface`` reads them;
    the oracle keeps scripts apart when the option, or else that surface's
    default, says ``exact``.
    """
    speeches = oracle_speeches()
    exact_script = (script or SCRIPT_DEFAULTS[surface]) == "exact"
    options = dict(in_titles=in_titles, exact_script=exact_script)
    expected = oracle_ids(plan, speeches, year=year, level=level, **options)
    TRIED["queries"] += 1
    TRIED["found"] += bool(expected)
    if exact_script:
        TRIED["exact"] += 1
        blind = dict(options, exact_script=False)
        folded = oracle_ids(plan, speeches, year=year, level=level, **blind)
        TRIED["scripts_differ"] += folded != expected
    params = {"year": year, "level": level, "script": script}
    if in_titles:
        params["field"] = "title"
    filters, problems = parse_filters(params, script=SCRIPT_DEFAULTS[surface])
    assert not problems and filters.exact_script == exact_script, (surface, script)
    first = search_speeches(
        q=plan.typed(), filters=filters, sort=sort, page_size=page_size
    )
    context = (
        f"{plan.typed()!r} sort={sort} year={year!r} level={level!r} {options} "
        f"{surface} script={script!r}"
    )
    assert first.index_ready, context
    assert first.count == len(expected), context
    seen: list = [hit.speech.pk for hit in first.hits]
    scores = [hit.score for hit in first.hits]
    hits = list(first.hits)
    for number in range(2, first.num_pages + 2):
        page = search_speeches(
            q=plan.typed(),
            filters=filters,
            sort=sort,
            page=number,
            page_size=page_size,
            extras=False,
        )
        assert page.count == first.count, context
        if number > first.num_pages:
            # Past the last page: the last page again (page numbers are clamped
            # only to MAX_PAGE), so nothing new.
            assert set(hit.speech.pk for hit in page.hits) <= set(seen), context
            break
        expected_size = min(page_size, len(expected) - (number - 1) * page_size)
        assert len(page.hits) == expected_size, context
        seen += [hit.speech.pk for hit in page.hits]
        scores += [hit.score for hit in page.hits]
        hits += page.hits
    assert len(seen) == len(set(seen)), f"a speech on two pages: {context}"
    assert set(seen) == expected, context
    by_id = {speech.id: speech for speech in speeches}
    if sort == "newest":
        days = [by_id[pk].day for pk in seen]
        dated = [day for day in days if day is not None]
        assert dated == sorted(dated, reverse=True), context
        assert days == dated + [None] * (len(days) - len(dated)), context
    else:
        assert scores == sorted(scores, reverse=True), context
    if plan.groups and not in_titles:
        for hit in hits:
            assert hit.passage_count >= 1, (
                f"nothing marked in {hit.speech.pk}: {context}"
            )
    # Facets count the whole match, not the page.
    years = {}
    for pk in expected:
        day = by_id[pk].day
        if day is not None:
            years[str(day.year)] = years.get(str(day.year), 0) + 1
    assert {value.value: value.count for value in first.facets["year"]} == years, (
        context
    )


class ArchiveMachine(RuleBasedStateMachine):
    """An archive changed step by step, searched between the steps."""

    def __init__(self):
        super().__init__()
        self.rng = random.Random()

    @initialize(
        seed=st.integers(0, 2**32 - 1),
        threshold=st.sampled_from([1, 2, 2, 3, codec.CACHED_MIN_DOCUMENTS]),
    )
    def start_empty(self, seed, threshold):
        self.rng.seed(seed)
        Speech.objects.all().delete()
        Slogan.objects.all().delete()
        IndexTask.objects.all().delete()
        use_index(settings.DIFFERENTIAL_ROOT / uuid.uuid4().hex)
        empty_whoosh_index()
        codec.decoded_postings.clear()
        codec.decoded_postings.budget = 64 << 20
        codec.CACHED_MIN_DOCUMENTS = threshold
        self.texts: list[str] = []

    @rule(batch=st.lists(speech_fields, min_size=1, max_size=6))
    def add_speeches(self, batch):
        for fields in batch:
            store_speech(**fields)
            self.texts += [fields["title"], fields["body"]]
        drain_queue(blocking=True)  # one drain, one new segment
        segments = len(search_backend().searcher().reader().leaf_readers())
        TRIED["most_segments"] = max(TRIED["most_segments"], segments)

    @rule(
        common=texts,
        noise=st.lists(texts, min_size=1, max_size=4),
        near=st.integers(-1, 1),
    )
    def add_a_common_text(self, common, noise, near):
        """Add about CACHED_MIN_DOCUMENTS speeches sharing a text, in one segment.

        The words of the shared text are then just above or below the threshold
        of the decoded-postings cache in this segment, and elsewhere on the
        other side of it.
        """
        count = max(1, min(8, codec.CACHED_MIN_DOCUMENTS + near))
        for number in range(count):
            body = noise[number % len(noise)] + common
            store_speech(title=noise[0], body=body, date=None, level="")
        self.texts += [common] * 3
        drain_queue(blocking=True)

    @precondition(lambda self: Speech.objects.exists())
    @rule(pick=st.integers(0, 10**6))
    def delete_speech(self, pick):
        speeches = list(Speech.objects.order_by("pk"))
        speeches[pick % len(speeches)].delete()
        drain_queue(blocking=True)

    @precondition(lambda self: Speech.objects.exists())
    @rule(
        pick=st.integers(0, 10**6),
        title=st.one_of(texts, simplified_texts),
        date=days,
        body=st.one_of(texts, simplified_texts),
    )
    def edit_speech(self, pick, title, date, body):
        speeches = list(Speech.objects.order_by("pk"))
        speech = speeches[pick % len(speeches)]
        speech_edit(speech=speech, fields={"title": title or "无题", "date": date})
        speech.body = body
        speech.save()
        speeches_changed.send(sender=Speech, speech_ids=[speech.pk])
        self.texts += [title, body]
        drain_queue(blocking=True)

    @rule(
        text=st.text(alphabet="报到双服务党建工作", min_size=2, max_size=4),
        accepted=st.booleans(),
    )
    def change_slogan(self, text, accepted):
        status = Slogan.Status.ACCEPTED if accepted else Slogan.Status.REJECTED
        Slogan.objects.update_or_create(
            text=text, defaults={"kind": Slogan.Kind.COINAGE, "status": status}
        )
        drain_queue(blocking=True)

    @rule(
        budget=st.sampled_from([0, 1 << 12, 64 << 20]),
        threshold=st.sampled_from([1, 2, 3, 5, codec.CACHED_MIN_DOCUMENTS]),
    )
    def change_cache(self, budget, threshold):
        codec.decoded_postings.clear()
        codec.decoded_postings.budget = budget
        codec.CACHED_MIN_DOCUMENTS = threshold

    @precondition(lambda self: Speech.objects.exists())
    @rule(
        queries=st.integers(4, 12),
        sort=st.sampled_from(["relevance", "newest"]),
        page_size=st.sampled_from([1, 2, 3, 20]),
        year=st.sampled_from(["", "", "2020"]),
        level=st.sampled_from(["", "", "县"]),
        in_titles=st.sampled_from([False, False, True]),
        surface=st.sampled_from(sorted(SCRIPT_DEFAULTS)),
        script=st.sampled_from(["", "any", "exact"]),
    )
    def search(self, queries, sort, page_size, year, level, in_titles, surface, script):
        """Search as the API or the page reads the ``script`` option (or its
        absence); the oracle folds scripts or keeps them as that promises."""
        for _ in range(queries):
            plan = random_plan(self.rng, self.texts)
            check_query(
                plan,
                sort=sort,
                page_size=page_size,
                year=year,
                level=level,
                in_titles=in_titles,
                surface=surface,
                script=script,
            )
            # Then a word of one of its phrases: read without positions what the
            # phrase may have left decoded with them.
            long_terms = [t for group in plan.groups for t in group if len(t) >= 3]
            if long_terms:
                term = self.rng.choice(long_terms)
                start = self.rng.randrange(len(term) - 1)
                word = QueryPlan(((term[start : start + 2],),))
                check_query(word, sort=sort, page_size=20, surface=surface)


@whoosh_only("the index against an oracle")
def test_search_agrees_with_the_oracle_on_random_archives(db, tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "DIFFERENTIAL_ROOT", tmp_path, raising=False)
    monkeypatch.setattr(codec, "CACHED_MIN_DOCUMENTS", codec.CACHED_MIN_DOCUMENTS)
    budget = codec.decoded_postings.budget
    previous = settings.WHOOSH_INDEX_PATH
    TRIED.update(queries=0, found=0, most_segments=0, exact=0, scripts_differ=0)
    try:
        run_state_machine_as_test(
            ArchiveMachine,
            settings=hypothesis_settings(
                max_examples=EXAMPLES,
                stateful_step_count=20,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                derandomize=True,
            ),
        )
    finally:
        codec.decoded_postings.budget = budget
        codec.decoded_postings.clear()
        use_index(previous)
    print(f"differential: {EXAMPLES} archives, {TRIED}")
    # The run was not vacuous: many queries, many with answers, several segments.
    assert TRIED["queries"] >= 5 * EXAMPLES, TRIED
    assert TRIED["found"] >= TRIED["queries"] // 4, TRIED
    assert TRIED["most_segments"] >= 4, TRIED
    # Both foldings, and exact searches that the script changes.
    assert TRIED["queries"] // 4 <= TRIED["exact"] <= TRIED["queries"] * 3 // 4, TRIED
    assert TRIED["scripts_differ"] >= TRIED["exact"] // 20, TRIED


def test_the_oracle_reads_a_query_as_a_person_types_it():
    plan = QueryPlan((("双报到", "報到"), ("党",)), ("Ｇ",), frozenset({"党"}))
    assert plan.typed() == '双报到 OR 報到 "党" -Ｇ'
