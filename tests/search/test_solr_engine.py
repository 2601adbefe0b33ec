"""The Solr engine sends what schema.xml declares, and a Solr that is down is no 500.

No Solr runs here: the documents are checked against the configset's schema,
parsed from deploy/solr/archive/conf, and the failure cases talk to a real
closed port. tests/deploy/test_solr_live.py runs the search tests against a
real Solr when SOLR_URL is set.
"""

from __future__ import annotations

import datetime as dt
import re
import socket
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from haystack import connections

from search.documents import speech_search_text, speech_signature
from search.engines.base import FACET_FIELDS, IndexMeta, IndexUnavailable, SearchFilters
from search.engines.connection import current_engine
from search.engines.locking import lock_path
from search.engines.solr.engine import (
    COPIED_FIELDS,
    DRAINER_LOCK_KEY,
    meta_document,
    speech_document,
)
from search.engines.solr.query import solr_params
from search.folding import fold
from search.models import IndexTask
from search.outbox import drain_queue
from search.querylang import parse_query
from search.search_indexes import SpeechIndex
from search.service import search_speeches
from speeches.models import Speech

SCHEMA = (
    Path(__file__).resolve().parents[2]
    / "deploy"
    / "solr"
    / "archive"
    / "conf"
    / "schema.xml"
)


@pytest.fixture(scope="module")
def schema():
    return ElementTree.parse(SCHEMA).getroot()


def fields_of(schema) -> dict[str, dict[str, str]]:
    return {field.get("name"): field.attrib for field in schema.iter("field")}


def copies_of(schema) -> dict[str, set[str]]:
    copies: dict[str, set[str]] = {}
    for copy in schema.iter("copyField"):
        copies.setdefault(copy.get("source"), set()).add(copy.get("dest"))
    return copies


def county_speech(**changes) -> Speech:
    values = dict(
        id=41,
        title="在全县基层党建推进会上的讲话",
        body="一、抓基层\n推动在职党员到社区“双报到”，做到５Ｇ时代不掉队。",
        date=dt.date(2023, 6, 18),
        effective_date=dt.date(2023, 6, 18),
        speaker="县委书记",
        admin_level="县",
        source_site="县委组织部网站",
    )
    values.update(changes)
    return Speech(**values)


def test_every_field_sent_is_declared_single_valued_and_not_a_copy_target(schema):
    fields = fields_of(schema)
    targets = set().union(*copies_of(schema).values())
    document = speech_document(county_speech())
    undeclared = set(document) - set(fields)
    assert not undeclared, f"schema.xml lacks {undeclared}"
    assert not set(document) & targets, "a copyField target would get two values"
    for name, value in document.items():
        assert fields[name].get("multiValued") == "false", name
        assert isinstance(value, str), name


def test_the_fields_left_out_are_exactly_those_solr_copies_from_the_text(schema):
    assert copies_of(schema) == {
        "text": {"grams", "chars"},
        "title_grams": {"title_chars"},
        "exact_grams": {"exact_chars"},
        "exact_title_grams": {"exact_title_chars"},
    }
    assert set(COPIED_FIELDS) == {
        "grams",
        "chars",
        "title_chars",
        "exact_chars",
        "exact_title_chars",
    }
    # Every field is sent for a speech in traditional characters (``script``).
    document = speech_document(county_speech(body="推動黨員到社區報到。"))
    index_fields = set(SpeechIndex.fields) | {"id", "django_ct", "django_id"}
    assert set(document) | set(COPIED_FIELDS) == index_fields


def test_the_document_holds_what_the_whoosh_index_holds():
    speech = county_speech()
    assert speech_document(speech) == {
        "id": "speeches.speech.41",
        "django_ct": "speeches.speech",
        "django_id": "41",
        "text": speech_search_text(speech),
        "title_grams": fold(speech.title),
        "date": "2023-06-18T00:00:00Z",
        "day": "20230618",
        "year": "2023",
        "level": "县",
        "site": "县委组织部网站",
        "speaker": "县委书记",
        "signature": speech_signature(speech),
    }
    assert "5g" in speech_document(speech)["text"]


def test_a_speech_holding_traditional_only_characters_is_marked_so():
    marked = speech_document(county_speech(body="推動在職黨員到社區報到。"))
    assert marked["script"] == "traditional"
    # 乾 and 於 are written in simplified text too: no mark.
    for body in ("推动在职党员到社区报到。", "乾隆年间，於姓人家。"):
        assert "script" not in speech_document(county_speech(body=body)), body


def test_an_undated_speech_without_a_source_sends_no_empty_keys():
    document = speech_document(
        county_speech(date=None, effective_date=None, source_site="")
    )
    assert not {"date", "day", "year", "site"} & set(document)


def test_the_meta_document_fits_the_schema_and_is_stored(schema):
    fields = fields_of(schema)
    document = meta_document(IndexMeta("speech-index/3", "", complete=False))
    assert set(document) <= set(fields)
    assert fields["signature"]["stored"] == "true"
    assert document["django_ct"] != "speeches.speech"


def test_facet_and_sort_keys_are_exact_strings_with_doc_values(schema):
    fields = fields_of(schema)
    for name in (*FACET_FIELDS, "day"):
        assert fields[name]["type"] == "string", name
        assert fields[name]["docValues"] == "true", name
    assert fields["date"]["type"] == "pdate"
    string_type = next(t for t in schema.iter("fieldType") if t.get("name") == "string")
    # Undated speeches come last when sorting newest first.
    assert string_type.get("sortMissingLast") == "true"


# Field names in "name:" outside quoted phrases, in "{!term f=name}", in sorts.
FIELD_IN_QUERY = re.compile(r'(?:^|[\s(+\-])(\w+):(?=["(\[*])')
FIELD_IN_TERM_FILTER = re.compile(r"\{!term f=(\w+)\}")


def test_every_field_a_search_names_is_declared(schema):
    fields = set(fields_of(schema))
    params = solr_params(
        parse_query("双报到 OR 党 -牛鼻子"),
        filters=SearchFilters(
            year="2023",
            level="县",
            site="甲",
            speaker="乙",
            date_from=dt.date(2020, 1, 1),
        ),
        sort="newest",
    )
    named = set(FIELD_IN_QUERY.findall(params["q"]))
    for fq in params["fq"]:
        named |= set(FIELD_IN_TERM_FILTER.findall(fq))
        named |= set(FIELD_IN_QUERY.findall(fq))
    named |= {key.split()[0] for key in params["sort"].split(",")} - {"score"}
    named |= set(params["fl"].split(",")) - {"score"}
    named |= set(params["facet.field"])
    assert {"grams", "chars", "title_grams", "text", "django_ct", "day"} <= named
    assert named <= fields, named - fields


# Against a Solr that does not answer: a port bound here that nobody listens on.


@pytest.fixture
def unreachable_solr(settings, tmp_path):
    """Point haystack's connection at a closed local port for one test.

    The drainer's file lock (SQLite) goes under tmp_path, not the project's var/.
    """
    settings.VAR_DIR = tmp_path
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
        previous = connections.connections_info["default"]
        connections.connections_info["default"] = {
            "ENGINE": "haystack.backends.solr_backend.SolrEngine",
            "URL": f"http://127.0.0.1:{port}/solr/archive",
            "TIMEOUT": 2,
            "INCLUDE_SPELLING": False,
        }
        connections.reload("default")
        try:
            yield port
        finally:
            connections.connections_info["default"] = previous
            connections.reload("default")


@pytest.mark.skipif(
    bool(settings.SEARCH_URL), reason="SEARCH_URL is set: Solr is the engine"
)
def test_without_search_url_the_whoosh_engine_answers():
    assert current_engine().name == "whoosh"


def test_a_solr_connection_selects_the_solr_engine(unreachable_solr):
    assert current_engine().name == "solr"


def test_search_answers_index_unavailable_when_solr_is_down(unreachable_solr, db):
    result = search_speeches(q="双报到")
    assert not result.index_ready and result.count == 0


@pytest.mark.parametrize("query_string", ["q=双报到", "q=%22(((", "q=a:b*"])
def test_the_page_and_the_api_answer_when_solr_is_down(
    unreachable_solr, client, query_string
):
    page = client.get("/search/?" + query_string)
    assert page.status_code == 503
    assert 'id="index-unavailable"' in page.content.decode()
    api = client.get("/api/search?" + query_string)
    assert api.status_code == 503 and "detail" in api.json()


def test_healthz_reports_the_solr_engine_unavailable(unreachable_solr, client):
    response = client.get("/healthz")
    assert response.status_code == 503
    search = response.json()["checks"]["search"]
    assert search == {"ok": False, "ms": search["ms"], "error": "IndexUnavailable"}


@pytest.mark.parametrize("action", ["check", "sync", "rebuild", "drain"])
def test_search_index_commands_say_solr_does_not_answer(unreachable_solr, db, action):
    with pytest.raises(CommandError, match="the search engine does not answer: Solr"):
        call_command("search_index", action)


@contextmanager
def drainer_lock_held_elsewhere(var_dir: Path) -> Iterator[None]:
    """Hold the Solr drainer's lock from another session, as another machine would.

    On PostgreSQL, a second database session takes the advisory lock; on SQLite,
    another process takes the file lock under ARCHIVE_VAR_DIR.
    """
    if connection.vendor == "postgresql":
        import psycopg

        options = connection.get_connection_params()
        options.pop("cursor_factory", None)
        options.pop("context", None)
        with psycopg.connect(**options, autocommit=True) as other:
            other.execute("SELECT pg_advisory_lock(%s)", [DRAINER_LOCK_KEY])
            try:
                yield
            finally:
                # Closing the session frees the lock only once the server notices;
                # unlocking first makes the release happen before the next step.
                other.execute("SELECT pg_advisory_unlock(%s)", [DRAINER_LOCK_KEY])
        return
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import fcntl, sys
                handle = open({str(lock_path(var_dir / "solr-outbox"))!r}, "a")
                fcntl.flock(handle, fcntl.LOCK_EX)
                print("held", flush=True)
                sys.stdin.read()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)


def test_a_drain_leaves_the_outbox_to_the_drainer_holding_the_lock(
    unreachable_solr, db, tmp_path
):
    IndexTask.objects.create(kind=IndexTask.Kind.SPEECH, speech_id=1)
    with drainer_lock_held_elsewhere(tmp_path):
        # Solr is down: had the drain gone past the lock, asking Solr would raise.
        assert drain_queue(blocking=False) is None
    assert IndexTask.objects.count() == 1
    with pytest.raises(IndexUnavailable):
        drain_queue(blocking=False)
