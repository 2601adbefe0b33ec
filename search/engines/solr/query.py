"""Translate a parsed query, its filters and sort into Solr request parameters.

Nothing a person types reaches Solr's query parser unescaped: every term becomes
a quoted phrase (only \\ and " are special inside quotes), facet filters use the
term parser (which reads its value raw), dates are formatted here. The meaning is
the Whoosh query's (queries.whoosh_query):

- a term of two or more characters is a phrase over ``grams``, whose bigrams
  Solr's NGramTokenizer numbers one by one (position = start offset), so a phrase
  of a query's bigrams matches exactly where the query is a substring;
- a one-character term is a term of ``chars``;
- groups are required (+), the terms inside a group optional (OR), excluded terms
  prohibited (-); a query of exclusions alone starts from every speech;
- the title (``title_grams``) and smartcn's words (``text``) are optional clauses:
  they change the order, never the set;
- an exact-script search (filters.exact_script) asks marked speeches for the
  terms as typed in their exact_* fields and the others for the terms they can
  hold (querylang.over_unmarked_speeches).
"""

from __future__ import annotations

import re

from search.querylang import (
    ParsedQuery,
    QueryTerm,
    as_typed,
    over_unmarked_speeches,
    scripts_matter,
)

from ..base import FACET_FIELDS, TITLE_BOOST, TRADITIONAL, WORD_BOOST, SearchFilters

# Facet values listed per facet (as the Whoosh engine's page shows them).
MAX_FACET_VALUES = 30

# Only the documents of speeches: the index also holds its own meta document.
SPEECH_CONTENT_TYPE = "speeches.speech"
# 'a"b\c' -> 'a\"b\\c': the two characters that end or escape a quoted phrase.
PHRASE_SPECIAL = re.compile(r'(["\\])')
# 'a:b(c)' -> 'a\:b\(c\)': every character Solr's standard parser gives a meaning.
QUERY_SPECIAL = re.compile(r'([\\+\-!():^\[\]"{}~*?|&/\s])')
# Words the standard parser reads as operators when they stand alone.
OPERATOR_WORDS = frozenset({"AND", "OR", "NOT", "TO"})


def escape_phrase(text: str) -> str:
    """Return text safe inside a quoted Solr phrase."""
    return PHRASE_SPECIAL.sub(r"\\\1", text)


def escape_query(text: str) -> str:
    """Return text safe as bare terms in Solr's standard query parser."""
    escaped = QUERY_SPECIAL.sub(r"\\\1", text)
    # An escaped first letter makes an operator word a plain word: \AND.
    return "\\" + escaped if text in OPERATOR_WORDS else escaped


def boost_suffix(boost: float) -> str:
    return "" if boost == 1.0 else f"^{boost:g}"


def term_clause(
    text: str,
    *,
    field: str = "grams",
    charfield: str = "chars",
    boost: float = 1.0,
) -> str:
    """Return the clause matching speeches that contain ``text`` exactly."""
    if len(text) == 1:
        field = charfield
    return f'{field}:"{escape_phrase(text)}"{boost_suffix(boost)}'


def ranking_clauses(term: QueryTerm) -> list[str]:
    """Return optional clauses that rank a matching speech higher."""
    if len(term.text) < 2:
        return []
    return [
        term_clause(term.text, field="title_grams", boost=TITLE_BOOST),
        # Bare terms: smartcn cuts them into words, OR-ed (q.op=OR), as jieba's
        # words are in Whoosh.
        f"text:({escape_query(term.text)}){boost_suffix(WORD_BOOST)}",
    ]


# Where terms are looked up: folded or (exact) the marked speeches' exact text;
# the whole text or (in_titles) the title. As queries.TERM_FIELDS in Whoosh.
TERM_FIELDS = {
    (False, False): {"field": "grams", "charfield": "chars"},
    (False, True): {"field": "title_grams", "charfield": "title_chars"},
    (True, False): {"field": "exact_grams", "charfield": "exact_chars"},
    (True, True): {"field": "exact_title_grams", "charfield": "exact_title_chars"},
}
# Speeches marked as holding characters the script step turns.
MARKED = f"script:{TRADITIONAL}"


def any_of(
    terms: tuple[QueryTerm, ...], *, in_titles: bool = False, exact: bool = False
) -> str:
    fields = TERM_FIELDS[exact, in_titles]
    return "(" + " ".join(term_clause(term.text, **fields) for term in terms) + ")"


def required_clauses(
    parsed: ParsedQuery, *, in_titles: bool = False, exact: bool = False
) -> list[str]:
    """Return the clauses a speech must satisfy: every group, no exclusion."""
    options = {"in_titles": in_titles, "exact": exact}
    clauses = ["+" + any_of(group, **options) for group in parsed.groups]
    if parsed.excluded:
        clauses.append("-" + any_of(parsed.excluded, **options))
    return clauses


def exact_script_clause(parsed: ParsedQuery, *, in_titles: bool) -> str:
    """Return the required clause of an exact-script search (querylang's meaning).

    A marked speech must satisfy the terms as typed over its exact_* fields;
    any other speech, the terms it can hold (over_unmarked_speeches) over its
    folded fields, which are its exact text.
    """
    typed = required_clauses(as_typed(parsed), in_titles=in_titles, exact=True)
    either = [f"(+{MARKED} {' '.join(typed)})"]
    unmarked = over_unmarked_speeches(parsed)
    if unmarked is not None:
        plain = required_clauses(unmarked, in_titles=in_titles)
        either.append(f"(+*:* -{MARKED} {' '.join(plain)})")
    return "+(" + " ".join(either) + ")"


def solr_q(
    parsed: ParsedQuery, *, in_titles: bool = False, exact_script: bool = False
) -> str:
    """Return the ``q`` of a parsed query (which must not be empty)."""
    if exact_script and scripts_matter(parsed):
        clauses = [exact_script_clause(parsed, in_titles=in_titles)]
    else:
        clauses = required_clauses(parsed, in_titles=in_titles)
        if not parsed.groups:
            clauses.insert(0, "+*:*")
    clauses.extend(
        clause for term in parsed.positive_terms for clause in ranking_clauses(term)
    )
    return " ".join(clauses)


def term_filter(field: str, value: str) -> str:
    """Return a filter on one exact value; the term parser takes it raw."""
    return f"{{!term f={field}}}{value}"


def solr_filters(filters: SearchFilters) -> list[str]:
    """Return the ``fq`` list: speeches only, facet values, the date range."""
    fq = [term_filter("django_ct", SPEECH_CONTENT_TYPE)]
    fq.extend(
        term_filter(name, getattr(filters, name))
        for name in FACET_FIELDS
        if getattr(filters, name)
    )
    if filters.date_from or filters.date_to:
        start = (
            f"{filters.date_from.isoformat()}T00:00:00Z" if filters.date_from else "*"
        )
        end = f"{filters.date_to.isoformat()}T23:59:59Z" if filters.date_to else "*"
        fq.append(f"date:[{start} TO {end}]")
    return fq


def solr_sort(sort: str) -> str:
    """Return Solr's sort: best first, or newest first with undated speeches last.

    ``day`` is sortMissingLast in the schema, so undated speeches come last in
    both directions.
    """
    if sort == "newest":
        return "day desc,score desc"
    return "score desc"


def facet_params() -> dict[str, object]:
    """Return the parameters that count the matching speeches per facet value."""
    return {
        "facet": "true",
        "facet.field": list(FACET_FIELDS),
        "facet.mincount": 1,
        "facet.limit": MAX_FACET_VALUES,
        "facet.sort": "count",
        # Years are listed newest first, all of them, as in Whoosh.
        "f.year.facet.limit": -1,
    }


def solr_params(
    parsed: ParsedQuery,
    *,
    filters: SearchFilters | None = None,
    sort: str = "relevance",
    start: int = 0,
    rows: int = 20,
    facets: bool = True,
) -> dict[str, object]:
    """Return every parameter of the /select request for one page of a search."""
    filters = filters or SearchFilters()
    params: dict[str, object] = {
        "q": solr_q(
            parsed, in_titles=filters.in_titles, exact_script=filters.exact_script
        ),
        "defType": "lucene",
        "q.op": "OR",
        "df": "text",
        "sow": "false",
        "fq": solr_filters(filters),
        "fl": "django_id,score",
        "sort": solr_sort(sort),
        "start": start,
        "rows": rows,
    }
    if facets:
        params.update(facet_params())
    return params
