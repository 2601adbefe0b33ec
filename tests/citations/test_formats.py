"""Citation strings follow GB/T 7714-2015 (electronic resources), BibTeX and CSL-JSON.

The expected GB/T strings are written from the standard's rules for an online
electronic resource (4.8 and 8.8): 主要责任者. 题名: 其他题名信息[EB/OL].
(更新或修改日期)[引用日期]. 获取和访问路径. — the form of its own examples, such as
萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://….
"""

import datetime as dt
import json
import re

import pytest
from django.test import Client

from citations.formats import Work, bibtex, bibtex_escape, csl_json, gbt7714

CITED = dt.date(2026, 3, 1)


def work(**changes) -> Work:
    values = dict(
        key="speech-7",
        title="出版业信息化迈入快车道",
        part="",
        author="萧钰",
        publisher="",
        occasion="",
        delivered="",
        published=dt.date(2001, 12, 19),
        url="http://www.creader.com/news/20011219/200112190019.html",
    )
    return Work(**(values | changes))


def test_gbt7714_electronic_resource_in_the_standards_own_form():
    assert gbt7714(work(), cited=dt.date(2002, 4, 15)) == (
        "萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. "
        "http://www.creader.com/news/20011219/200112190019.html."
    )


def test_gbt7714_without_author_starts_with_the_title():
    cited = gbt7714(
        work(author="", title="在全县基层党建工作推进会上的讲话"), cited=CITED
    )
    assert cited.startswith("在全县基层党建工作推进会上的讲话[EB/OL]. ")


def test_gbt7714_without_a_page_date_gives_only_the_date_cited():
    cited = gbt7714(
        work(published=None, url="https://archive.example/s/7"), cited=CITED
    )
    assert (
        cited
        == "萧钰. 出版业信息化迈入快车道[EB/OL]. [2026-03-01]. https://archive.example/s/7."
    )


def test_gbt7714_of_a_section_names_it_as_other_title_information():
    cited = gbt7714(
        work(
            author="县委书记",
            title="在全县大会上的讲话",
            part="二、突出重点",
            url="https://a.example/s/7/2",
        ),
        cited=CITED,
    )
    assert cited == (
        "县委书记. 在全县大会上的讲话: 二、突出重点[EB/OL]. (2001-12-19)[2026-03-01]. "
        "https://a.example/s/7/2."
    )


def test_bibtex_entry_keeps_names_whole_and_escapes_syntax():
    entry = bibtex(work(title="R&D 投入增长 50%", publisher="某市_网"), cited=CITED)
    assert entry.startswith("@misc{speech-7,\n")
    assert "  title = {R\\&D 投入增长 50\\%}," in entry
    assert "  author = {{萧钰}}," in entry
    assert "  year = {2001}," in entry
    assert "  urldate = {2026-03-01}," in entry
    assert "  publisher = {某市\\_网}," in entry
    assert entry.endswith("}")
    assert entry.count("{") == entry.count("}")


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("{注}", "\\{注\\}"),
        ("a\\b", "a\\textbackslash{}b"),
        ("~", "\\~{}"),
        ("#1", "\\#1"),
    ],
)
def test_bibtex_escape(text, escaped):
    assert bibtex_escape(text) == escaped


def test_csl_json_is_a_speech_with_the_delivered_date_parts():
    item = csl_json(work(delivered="2018-02", occasion="全市工作会议"), cited=CITED)
    assert item["type"] == "speech"
    assert item["issued"] == {"date-parts": [[2018, 2]]}
    assert item["accessed"] == {"date-parts": [[2026, 3, 1]]}
    assert item["author"] == [{"literal": "萧钰"}]
    assert item["event-title"] == "全市工作会议"


@pytest.mark.django_db
def test_the_api_and_the_short_addresses_cite_the_speech_and_each_section(indexed):
    from tests.search.conftest import COUNTY_PARTY_BUILDING

    [speech] = indexed(COUNTY_PARTY_BUILDING)
    client = Client()
    record = json.loads(client.get(f"/api/speeches/{speech.pk}").content)
    citation = record["citation"]
    assert citation["url"] == f"http://testserver/s/{speech.pk}"
    assert citation["gbt7714"].startswith(
        "县委书记. 在全县基层党建工作推进会上的讲话[EB/OL]. (2023-06-18)["
    )
    assert citation["csl"]["URL"] == citation["url"]
    second = record["sections"][1]
    assert second["citation"]["url"] == f"http://testserver/s/{speech.pk}/2"
    assert ": 二、突出重点" in second["citation"]["gbt7714"]
    response = client.get(f"/s/{speech.pk}/2")
    assert response.status_code == 301
    assert response["Location"] == f"/speeches/{speech.pk}/#s2"
    assert client.get(f"/s/{speech.pk}")["Location"] == f"/speeches/{speech.pk}/"
    assert client.get(f"/s/{speech.pk}/9").status_code == 404
    assert client.get("/s/999999").status_code == 404


@pytest.mark.django_db
def test_the_speech_page_offers_the_citations_of_a_chosen_section(indexed):
    from tests.search.conftest import COUNTY_PARTY_BUILDING

    [speech] = indexed(COUNTY_PARTY_BUILDING)
    page = Client().get(f"/speeches/{speech.pk}/?cite=s3").content.decode()
    assert f"/s/{speech.pk}/3" in page
    assert "三、强化保障，确保各项任务落地见效[EB/OL]" in page
    assert page.count('class="copy-citation"') == 4


@pytest.mark.django_db
def test_the_speech_page_loads_the_copy_helper_before_the_scripts_using_it(indexed):
    from tests.search.conftest import COUNTY_PARTY_BUILDING

    [speech] = indexed(COUNTY_PARTY_BUILDING)
    page = Client().get(f"/speeches/{speech.pk}/").content.decode()
    scripts = re.findall(r'<script src="/static/js/([\w.-]+)"', page)
    assert scripts.count("copy.js") == 1
    assert scripts.index("copy.js") < scripts.index("speech.js")
    assert scripts.index("copy.js") < scripts.index("research.js")
    assert "<script>" not in page  # the policy allows no inline script


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/s/99999999999999999999999", "/s/99999999999999999999999/1", "/s/0/1-1"]
)
def test_a_short_address_to_nothing_is_not_found(path):
    assert Client(raise_request_exception=False).get(path).status_code == 404
