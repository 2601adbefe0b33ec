"""The speech page: sections with anchors, contents, slogan links, marks, related."""

import re

import pytest

from speeches.models import Slogan, Speech
from speeches.slogans import slogans_merge

from .reading_fixtures import (
    Part,
    city_truncated,
    county_party_building,
    reading_room,
    speech_add,
)

pytestmark = pytest.mark.django_db

SECTION_TAG = re.compile(r'<section id="(?P<anchor>[^"]+)" class="section level-(\d)"')


def page(client, speech, query=""):
    response = client.get(f"/speeches/{speech.pk}/{query}")
    assert response.status_code == 200
    return response.text


def test_every_section_has_its_anchor_and_level(client):
    speech = county_party_building()
    sections = SECTION_TAG.findall(page(client, speech))
    assert sections == [("s1", "1"), ("s1-1", "2"), ("s1-2", "2"), ("s2", "1")]


def test_contents_link_to_each_anchor_in_a_nested_list(client):
    html = page(client, county_party_building())
    toc = html[
        html.index('class="toc"') : html.index("</nav>", html.index('class="toc"'))
    ]
    assert re.findall(r'href="#([^"]+)"', toc) == ["s1", "s1-1", "s1-2", "s2"]
    assert toc.count("<ol>") == 2  # the two sub-parts nest under part one


def test_section_headings_show_labels_and_copy_link_controls(client):
    html = page(client, county_party_building())
    assert '<h2 id="s1-title"><span class="label">一、</span>' in html
    assert (
        '<h3 id="s1-1-title"><span class="label">（一）</span>建立报到台账</h3>' in html
    )
    assert 'class="copy-link" data-anchor="s1-2"' in html
    assert '<a class="permalink" href="#s2"' in html


def test_metadata_and_source_link(client):
    html = page(client, county_party_building())
    assert "2024年3月12日" in html
    assert "清河县城市基层党建工作推进会" in html
    assert 'href="https://example.org/qinghe/2024/0312.html"' in html
    assert "查看原文" in html


def test_slogans_in_the_text_link_to_their_pages(client):
    speech = county_party_building()
    double = Slogan.objects.get(text="双报到")
    html = page(client, speech)
    link = f'<a class="slogan" href="/slogans/{double.pk}/">双报到</a>'
    # Once in the heading of part one and twice in its text.
    assert html.count(link) == 3


def test_rejected_slogan_is_neither_linked_nor_listed(client):
    speech = county_party_building()
    Slogan.objects.filter(text="三会一课").update(status=Slogan.Status.REJECTED)
    html = page(client, speech)
    assert 'class="slogan"' in html  # 双报到 is still linked
    assert "三会一课</a>" not in html
    assert "三会一课<span" not in html  # not among the page's slogan chips


def test_truncated_speech_carries_a_notice(client):
    assert 'id="truncated-notice"' in page(client, city_truncated())
    assert 'id="truncated-notice"' not in page(client, county_party_building())


def test_query_occurrences_are_marked_in_text_and_headings(client):
    html = page(client, county_party_building(), "?q=三会一课")
    assert (
        html.count('<mark class="hit">三会一课</mark>') == 2
    )  # heading of part two + its text
    assert "共出现 2 处" in html


def test_query_marks_nest_inside_slogan_links(client):
    speech = county_party_building()
    html = page(client, speech, "?q=报到")
    assert '双<mark class="hit">报到</mark></a>' in html
    assert '<mark class="hit">报到</mark>台账' in html


def test_query_matching_nothing_says_so(client):
    html = page(client, county_party_building(), "?q=高铁")
    assert "<mark" not in html
    assert "没有找到“高铁”" in html


@pytest.mark.parametrize("query", ["?q=" + "(" * 300, "?q=[[", "?q=%00", "?q=*?+"])
def test_odd_queries_render_the_page(client, query):
    assert (
        client.get(f"/speeches/{county_party_building().pk}/{query}").status_code == 200
    )


def test_related_speeches_share_most_slogans(client):
    speeches = reading_room()
    related = client.get(f"/speeches/{speeches['county'].pk}/").context["related"]
    assert [(speech.title, speech.shared) for speech in related] == [
        (speeches["town"].title, 1),
        (speeches["city"].title, 1),
    ]
    assert speeches["undated"] not in related


def test_related_speeches_ignore_rejected_slogans(client):
    speeches = reading_room()
    Slogan.objects.filter(text="双报到").update(status=Slogan.Status.REJECTED)
    related = client.get(f"/speeches/{speeches['county'].pk}/").context["related"]
    assert [speech.title for speech in related] == [speeches["town"].title]


def test_script_in_title_and_body_is_inert(client):
    speech = speech_add(
        title="<script>alert('标题')</script>讲话",
        preamble='同志们：\n<script>alert("正文")</script>要落实“<b>双报到</b>”。',
        parts=[Part("一", "<img src=x onerror=alert(1)>", "<script>x()</script>")],
        slogans=["<b>双报到</b>"],
    )
    html = page(client, speech, "?q=script")
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<b>双报到</b>" not in html
    assert '&lt;<mark class="hit">script</mark>&gt;alert(&quot;正文&quot;)' in html
    raw = client.get(f"/speeches/{speech.pk}/raw/").text
    assert "<script>alert" not in raw and "&lt;script&gt;alert(" in raw


def test_raw_text_page_shows_the_file_as_imported(client):
    speech = county_party_building()
    response = client.get(f"/speeches/{speech.pk}/raw/")
    assert response.status_code == 200
    assert 'id="raw-text"' in response.text
    first_line = speech.raw_text.splitlines()[0]
    assert first_line in response.text


@pytest.mark.parametrize(
    "path", ["/speeches/999999/", "/speeches/999999/raw/", "/speeches/abc/"]
)
def test_unknown_speech_is_a_404_page_in_chinese(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "未找到页面" in response.text


def test_speech_page_runs_a_bounded_number_of_queries(
    client, django_assert_max_num_queries
):
    speeches = reading_room()
    with django_assert_max_num_queries(6):
        client.get(f"/speeches/{speeches['county'].pk}/?q=党员")


def test_speech_without_sections_renders_its_body(client):
    speech = Speech.objects.get(pk=reading_room()["undated"].pk)
    html = page(client, speech)
    assert "各村要把防火责任落实到每一片山林" in html
    assert 'class="toc"' not in html


def test_variant_wording_links_to_the_canonical_slogan(client):
    other = speech_add(
        title="在机关党建会上的讲话",
        preamble="同志们：\n机关党员要落实“两个报到”，也就是“双报到”。",
        slogans=["两个报到", "双报到"],
    )
    canonical = Slogan.objects.get(text="双报到")
    slogans_merge(
        slogans=[Slogan.objects.get(text="两个报到"), canonical],
        canonical_text="双报到",
    )
    html = page(client, other)
    url = f"/slogans/{canonical.pk}/"
    assert f'<a class="slogan" href="{url}">两个报到</a>' in html
    assert f'<a class="slogan" href="{url}">双报到</a>' in html
