"""The Solr configset in deploy/solr mirrors the search index field by field."""

import fnmatch
import xml.etree.ElementTree as ElementTree

import pytest
from haystack import connections

from .conftest import ROOT

CONF = ROOT / "deploy" / "solr" / "archive" / "conf"


@pytest.fixture(scope="module")
def schema():
    return ElementTree.parse(CONF / "schema.xml").getroot()


def declared_fields(schema) -> dict[str, str]:
    return {field.get("name"): field.get("type") for field in schema.iter("field")}


def dynamic_patterns(schema) -> dict[str, str]:
    return {
        field.get("name"): field.get("type") for field in schema.iter("dynamicField")
    }


def schema_type_of(schema, name: str) -> str | None:
    """Return the field type Solr would give a field name, explicit or dynamic."""
    fields = declared_fields(schema)
    if name in fields:
        return fields[name]
    # Solr prefers the longest matching pattern.
    for pattern, field_type in sorted(
        dynamic_patterns(schema).items(), key=lambda item: -len(item[0])
    ):
        if fnmatch.fnmatchcase(name, pattern):
            return field_type
    return None


def analyzer_classes(schema, type_name: str) -> list[str]:
    field_type = next(t for t in schema.iter("fieldType") if t.get("name") == type_name)
    return [element.get("class") for element in field_type.find("analyzer")]


def test_configset_files_are_well_formed_xml():
    for name in ("schema.xml", "solrconfig.xml"):
        ElementTree.parse(CONF / name)


def test_every_search_index_field_has_a_solr_field(schema):
    index_fields = connections["default"].get_unified_index().all_searchfields()
    missing = [
        name
        for name in index_fields
        if name != "*" and schema_type_of(schema, name) is None
    ]
    assert not missing, f"fields of search_indexes.py missing in schema.xml: {missing}"


def test_haystacks_bookkeeping_fields_and_unique_key_are_declared(schema):
    fields = declared_fields(schema)
    assert {"id", "django_ct", "django_id", "_version_", "text"} <= set(fields)
    assert schema.find("uniqueKey").text == "id"


def test_every_field_and_copy_names_a_declared_type_or_field(schema):
    types = {field_type.get("name") for field_type in schema.iter("fieldType")}
    for name, field_type in {
        **declared_fields(schema),
        **dynamic_patterns(schema),
    }.items():
        assert field_type in types, f"{name}: unknown type {field_type}"
    fields = declared_fields(schema)
    for copy in schema.iter("copyField"):
        assert copy.get("source") in fields and copy.get("dest") in fields


def test_the_recall_fields_are_folded_then_cut_into_bigrams(schema):
    """Mirror search.analyzers: NFKC + lower case, no whitespace, character pairs."""
    assert schema_type_of(schema, "grams") == "cjk_bigram"
    assert schema_type_of(schema, "title_grams") == "cjk_bigram"
    assert analyzer_classes(schema, "cjk_bigram") == [
        "solr.ICUNormalizer2CharFilterFactory",
        "solr.PatternReplaceCharFilterFactory",
        "solr.NGramTokenizerFactory",
    ]


def test_words_for_ranking_come_from_smartcn(schema):
    assert schema_type_of(schema, "text") == "zh_words"
    assert "solr.HMMChineseTokenizerFactory" in analyzer_classes(schema, "zh_words")


def test_select_handler_searches_the_document_field():
    config = ElementTree.parse(CONF / "solrconfig.xml").getroot()
    select = next(
        handler
        for handler in config.iter("requestHandler")
        if handler.get("name") == "/select"
    )
    defaults = {item.get("name"): item.text for item in select.find("lst")}
    assert defaults["df"] == "text"
