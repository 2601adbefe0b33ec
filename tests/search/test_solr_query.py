"""A parsed query, its filters and sort become exactly these Solr parameters."""

import datetime as dt

import pytest

from search.engines.base import SearchFilters
from search.engines.solr.query import escape_query, solr_params, solr_q
from search.querylang import ParsedQuery, QueryTerm, parse_query

SPEECHES_ONLY = "{!term f=django_ct}speeches.speech"


def q_of(typed: str, **kwargs) -> str:
    return solr_q(parse_query(typed), **kwargs)


def test_terms_are_required_bigram_phrases_ranked_by_title_and_words():
    assert q_of("双报到 牛鼻子") == (
        '+(grams:"双报到") +(grams:"牛鼻子") '
        'title_grams:"双报到"^2 text:(双报到)^0.5 '
        'title_grams:"牛鼻子"^2 text:(牛鼻子)^0.5'
    )


def test_a_quoted_phrase_is_one_phrase_with_its_spaces_folded_away():
    assert q_of('"全面 从严"') == (
        '+(grams:"全面从严") title_grams:"全面从严"^2 text:(全面从严)^0.5'
    )


def test_a_minus_term_is_prohibited():
    assert q_of("双报到 -双服务") == (
        '+(grams:"双报到") -(grams:"双服务") title_grams:"双报到"^2 text:(双报到)^0.5'
    )


def test_exclusions_alone_start_from_every_speech():
    assert q_of("-双服务 -党") == '+*:* -(grams:"双服务" chars:"党")'


def test_or_makes_one_required_group_of_optional_phrases():
    assert q_of("双报到 OR 双报告 牛鼻子").startswith(
        '+(grams:"双报到" grams:"双报告") +(grams:"牛鼻子") '
    )


def test_a_single_character_is_a_term_of_the_character_field_without_boosts():
    assert q_of("党") == '+(chars:"党")'


def test_full_width_letters_are_folded_before_they_reach_solr():
    assert q_of("５Ｇ") == '+(grams:"5g") title_grams:"5g"^2 text:(5g)^0.5'


def test_traditional_text_reaches_solr_folded_to_simplified():
    assert q_of("雙報到").startswith('+(grams:"双报到") ')


def test_a_title_search_asks_the_title_fields():
    assert q_of("双报到 省", in_titles=True).startswith(
        '+(title_grams:"双报到") +(title_chars:"省") '
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ('"双报到', '+(grams:"双报到") title_grams:"双报到"^2 text:(双报到)^0.5'),
        ("*", '+(chars:"*")'),
        (":", '+(chars:":")'),
        ("(((", '+(grams:"(((") title_grams:"((("^2 text:(\\(\\(\\()^0.5'),
        (
            "a:b*c~2^3",
            '+(grams:"a:b*c~2^3") title_grams:"a:b*c~2^3"^2 '
            "text:(a\\:b\\*c\\~2\\^3)^0.5",
        ),
        (
            "\\\\",
            '+(grams:"\\\\\\\\") title_grams:"\\\\\\\\"^2 text:(\\\\\\\\)^0.5',
        ),
        ("\\", '+(chars:"\\\\")'),
        ('-"党', '+*:* -(chars:"党")'),
        (
            '“双"报到”',
            '+(grams:"双\\"报到") title_grams:"双\\"报到"^2 text:(双\\"报到)^0.5',
        ),
        (
            "&&||!{}[]",
            '+(grams:"&&||!{}[]") title_grams:"&&||!{}[]"^2 '
            "text:(\\&\\&\\|\\|\\!\\{\\}\\[\\])^0.5",
        ),
    ],
)
def test_hostile_input_is_quoted_or_escaped(typed, expected):
    assert q_of(typed) == expected


def test_operator_words_typed_in_capitals_stay_words():
    term = QueryTerm(text="AND", typed="AND")
    parsed = ParsedQuery(typed="AND", groups=((term,),))
    assert solr_q(parsed) == '+(grams:"AND") title_grams:"AND"^2 text:(\\AND)^0.5'
    assert escape_query("TO") == "\\TO"
    assert escape_query("TOTAL") == "TOTAL"


def lexically_sound(q: str) -> bool:
    """Return True if quotes pair up, parentheses balance and no escape dangles.

    The standard parser's lexical rules: a backslash escapes the next character,
    a double quote opens or closes a phrase, parentheses outside phrases nest.
    """
    depth, in_phrase, index = 0, False, 0
    while index < len(q):
        char = q[index]
        if char == "\\":
            if index + 1 == len(q):
                return False
            index += 2
            continue
        if char == '"':
            in_phrase = not in_phrase
        elif not in_phrase and char == "(":
            depth += 1
        elif not in_phrase and char == ")":
            depth -= 1
            if depth < 0:
                return False
        index += 1
    return depth == 0 and not in_phrase


HOSTILE = [
    '"',
    '""',
    '"双报到',
    "双报到\\",
    '\\"',
    "(((",
    ")))",
    "a:b*c~2^3",
    "-",
    "--",
    "OR",
    "OR OR",
    "AND NOT TO",
    "“",
    "「」",
    "{!func}x",
    "党" * 2000,
    "x " * 1000,
    "\x00\x01\x1b\x7f",
    '-"\\',
    "双报到 OR -",
    "+双报到 ~牛鼻子 /正则/",
]


@pytest.mark.parametrize("typed", HOSTILE)
@pytest.mark.parametrize("in_titles", [False, True])
def test_no_input_breaks_the_query_syntax(typed, in_titles):
    parsed = parse_query(typed)
    if parsed.is_empty:
        return  # the query function answers without asking the engine
    q = solr_q(parsed, in_titles=in_titles)
    assert lexically_sound(q), q
    assert not q.startswith("{!"), "q must never open local parameters"


def test_two_thousand_characters_become_one_phrase_of_the_first_256():
    q = q_of("党" * 2000)
    assert q.startswith('+(grams:"' + "党" * 256 + '") ')


def test_parameters_of_a_plain_search():
    assert solr_params(parse_query("双报到"), start=40, rows=20) == {
        "q": '+(grams:"双报到") title_grams:"双报到"^2 text:(双报到)^0.5',
        "defType": "lucene",
        "q.op": "OR",
        "df": "text",
        "sow": "false",
        "fq": [SPEECHES_ONLY],
        "fl": "django_id,score",
        "sort": "score desc",
        "start": 40,
        "rows": 20,
        "facet": "true",
        "facet.field": ["year", "level", "site", "speaker"],
        "facet.mincount": 1,
        "facet.limit": 30,
        "facet.sort": "count",
        "f.year.facet.limit": -1,
    }


def test_without_facets_no_facet_parameter_is_sent():
    params = solr_params(parse_query("双报到"), facets=False)
    assert not [name for name in params if "facet" in name]


def test_newest_first_sorts_on_the_day_key_then_score():
    assert solr_params(parse_query("双报到"), sort="newest")["sort"] == (
        "day desc,score desc"
    )


def test_facet_filters_are_raw_term_filters_whatever_they_hold():
    filters = SearchFilters(
        year="2023", level="县", site='a"b) OR *:*', speaker="{!x}市委书记"
    )
    assert solr_params(parse_query("双报到"), filters=filters)["fq"] == [
        SPEECHES_ONLY,
        "{!term f=year}2023",
        "{!term f=level}县",
        '{!term f=site}a"b) OR *:*',
        "{!term f=speaker}{!x}市委书记",
    ]


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        (
            dt.date(2021, 1, 1),
            dt.date(2023, 6, 18),
            "date:[2021-01-01T00:00:00Z TO 2023-06-18T23:59:59Z]",
        ),
        (dt.date(2021, 1, 1), None, "date:[2021-01-01T00:00:00Z TO *]"),
        (None, dt.date(2023, 6, 18), "date:[* TO 2023-06-18T23:59:59Z]"),
    ],
)
def test_a_date_range_is_an_inclusive_range_filter(date_from, date_to, expected):
    filters = SearchFilters(date_from=date_from, date_to=date_to)
    assert solr_params(parse_query("双报到"), filters=filters)["fq"] == [
        SPEECHES_ONLY,
        expected,
    ]


def test_an_exact_script_search_asks_marked_speeches_for_the_terms_as_typed():
    filters = SearchFilters(exact_script=True)
    q = solr_params(parse_query("報到 -服务"), filters=filters)["q"]
    required = q.split(" title_grams:")[0]
    # Marked speeches: 報到 as typed, less 服务, over their exact fields; the
    # others cannot hold 報到: nothing of theirs can match.
    assert (
        required
        == '+((+script:traditional +(exact_grams:"報到") -(exact_grams:"服务")))'
    )
    # A simplified term: the others answer over their folded fields.
    q = solr_params(parse_query("报到"), filters=filters)["q"]
    assert q.startswith(
        '+((+script:traditional +(exact_grams:"报到")) '
        '(+*:* -script:traditional +(grams:"报到")))'
    )
    # Words that no traditional character turns into: the blind query.
    assert (
        solr_params(parse_query("人民"), filters=filters)["q"]
        == solr_params(parse_query("人民"))["q"]
    )
    assert solr_params(parse_query("报到"), filters=filters)["fq"] == [SPEECHES_ONLY]
