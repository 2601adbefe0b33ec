"""Slogan pages: the sortable list, usage per year, companions and contexts."""

import datetime as dt
import re

import pytest

from speeches.models import Slogan
from speeches.slogans import slogans_merge

from .reading_fixtures import Part, reading_room, speech_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def speeches():
    return reading_room()


def slogan(text):
    return Slogan.objects.get(text=text)


def listed(client, query=""):
    response = client.get(f"/slogans/{query}")
    assert response.status_code == 200
    return [item.text for item in response.context["page"].object_list]


def test_list_is_ordered_by_speeches_then_mentions(client, speeches):
    assert listed(client) == ["双报到", "三会一课", "一村一品"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("mentions", ["双报到", "三会一课", "一村一品"]),
        ("newest", ["一村一品", "三会一课", "双报到"]),
        ("oldest", ["双报到", "三会一课", "一村一品"]),
        ("name", sorted(["双报到", "三会一课", "一村一品"])),
        ("nonsense", ["双报到", "三会一课", "一村一品"]),
    ],
)
def test_list_sorts(client, speeches, sort, expected):
    assert listed(client, f"?sort={sort}") == expected


def test_list_filters_by_kind(client, speeches):
    Slogan.objects.filter(text="一村一品").update(kind=Slogan.Kind.FORMULA)
    assert listed(client, "?kind=formula") == ["一村一品"]
    assert "一村一品" not in listed(client, "?kind=coinage")


def test_rejected_slogan_is_absent_from_the_list_and_its_page_is_404(client, speeches):
    rejected = slogan("一村一品")
    rejected.status = Slogan.Status.REJECTED
    rejected.save()
    assert "一村一品" not in listed(client)
    assert client.get(f"/slogans/{rejected.pk}/").status_code == 404
    assert client.get(f"/slogans/{rejected.pk}/feed/").status_code == 404
    other = client.get(f"/slogans/{slogan('三会一课').pk}/").text
    assert "一村一品" not in other


def test_unknown_slogan_is_404(client):
    assert client.get("/slogans/424242/").status_code == 404


def test_slogan_page_counts_first_and_latest_use(client, speeches):
    html = client.get(f"/slogans/{slogan('双报到').pk}/").text
    assert '<dd id="stat-speeches">2 篇</dd>' in html
    assert '<dd id="stat-mentions">4 次</dd>' in html
    assert "2023年9月20日" in html  # the city speech
    assert "2024年3月12日" in html  # the county speech


def test_usage_chart_has_a_bar_for_every_year_of_the_span(client, speeches):
    response = client.get(f"/slogans/{slogan('三会一课').pk}/")
    usage = [
        (row.year, row.speeches, row.mentions) for row in response.context["usage"]
    ]
    assert usage == [(2024, 1, 2), (2025, 1, 1)]
    html = response.text
    assert html.count('<rect class="mentions"') == 2
    assert "<title>2024年：1 篇讲话，2 次</title>" in html
    assert 'id="usage-table"' in html


def test_usage_chart_fills_years_without_use_with_zero(client, speeches):
    usage = client.get(f"/slogans/{slogan('双报到').pk}/").context["usage"]
    assert [(row.year, row.mentions) for row in usage] == [(2023, 1), (2024, 3)]
    speech_add(
        title="二〇二六年的讲话",
        preamble="要坚持“双报到”。",
        date=dt.date(2026, 1, 5),
        slogans=["双报到"],
    )
    usage = client.get(f"/slogans/{slogan('双报到').pk}/").context["usage"]
    assert [(row.year, row.mentions) for row in usage][-3:] == [
        (2024, 3),
        (2025, 0),
        (2026, 1),
    ]


def test_undated_uses_give_no_chart_but_a_note(client):
    speech_add(title="无日期", preamble="推行“一网通办”。", slogans=["一网通办"])
    html = client.get(f"/slogans/{slogan('一网通办').pk}/").text
    assert "<svg" not in html
    assert "无法按年统计" in html


def test_companions_are_slogans_sharing_speeches(client, speeches):
    companions = client.get(f"/slogans/{slogan('三会一课').pk}/").context["companions"]
    assert [(item.text, item.shared) for item in companions] == [
        ("一村一品", 1),
        ("双报到", 1),
    ]


def test_contexts_link_to_speech_section_and_date(client, speeches):
    county = speeches["county"]
    html = client.get(f"/slogans/{slogan('双报到').pk}/").text
    contexts = html[html.index('id="contexts"') :]
    assert contexts.count('class="kwic-item"') == 4
    assert f'href="/speeches/{county.pk}/#s1"' in contexts
    assert f'href="/speeches/{county.pk}/?q=%E5%8F%8C%E6%8A%A5%E5%88%B0#s1"' in contexts
    assert "<mark>双报到</mark>" in contexts
    # Oldest speech first: the city speech (2023) opens the list.
    first = contexts.index("江安市社区治理现场会")
    assert first < contexts.index("清河县城市基层党建工作推进会")


def test_contexts_are_paged(client):
    speech_add(
        title="反复强调的讲话",
        date=dt.date(2024, 1, 1),
        preamble="同志们：",
        parts=[Part("一", "落实", "。".join(["要抓好“一网统管”"] * 60) + "。")],
        slogans=["一网统管"],
    )
    pk = slogan("一网统管").pk
    first = client.get(f"/slogans/{pk}/")
    assert len(first.context["contexts"]) == 50
    second = client.get(f"/slogans/{pk}/?page=2")
    assert len(second.context["contexts"]) == 10
    assert re.search(r'<ol class="kwic" id="contexts" start="51">', second.text)


def test_slogan_pages_run_a_bounded_number_of_queries(
    client, speeches, django_assert_max_num_queries
):
    with django_assert_max_num_queries(7):
        client.get(f"/slogans/{slogan('双报到').pk}/")
    with django_assert_max_num_queries(4):
        client.get("/slogans/?sort=newest&kind=coinage")


def merge_variant():
    """Write a speech using a variant wording, then merge it into 双报到."""
    speech_add(
        title="在机关党建会上的讲话",
        date=dt.date(2025, 2, 1),
        preamble="同志们：\n机关党员要落实“两个报到”，到社区去。",
        slogans=["两个报到"],
    )
    slogans_merge(
        slogans=[slogan("两个报到"), slogan("双报到")], canonical_text="双报到"
    )


def test_merged_variant_address_redirects_for_good_to_its_canonical_slogan(
    client, speeches
):
    merge_variant()
    variant = slogan("两个报到")
    response = client.get(f"/slogans/{variant.pk}/")
    assert response.status_code == 301
    assert response["Location"] == f"/slogans/{slogan('双报到').pk}/"
    assert "两个报到" not in listed(client)


def test_variant_wording_is_marked_in_the_canonical_slogans_contexts(client, speeches):
    merge_variant()
    html = client.get(f"/slogans/{slogan('双报到').pk}/").text
    assert "<mark>两个报到</mark>" in html
    assert '<dd id="stat-speeches">3 篇</dd>' in html
