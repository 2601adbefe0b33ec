"""/slogans/compare/: slogans per year, per speech and per 100,000 characters."""

import datetime as dt

import pytest
from django.test import Client

from watch.usage import slogan_series, slogans_named

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(indexed):
    speeches = indexed(
        {
            "title": "甲",
            "body": "要抓好“双报到”工作，“双报到”不能走过场。" + "文" * 80,
            "date": dt.date(2021, 3, 1),
            "slogans": ("双报到",),
        },
        {
            "title": "乙",
            "body": "牵住“牛鼻子”，推进“双报到”。" + "字" * 185,
            "date": dt.date(2021, 6, 1),
            "slogans": ("双报到", "牛鼻子"),
        },
        {
            "title": "丙",
            "body": "抓住“牛鼻子”。" + "章" * 92,
            "date": dt.date(2023, 1, 5),
            "slogans": ("牛鼻子",),
        },
        {
            "title": "丁",
            "body": "没有提法的讲话。" + "句" * 392,
            "date": dt.date(2023, 8, 1),
        },
    )
    # Delivered earlier than published: the year counted is the delivered one.
    speeches[2].delivered = "2022-12"
    speeches[2].save()
    return speeches


def test_counts_per_year_by_effective_date_and_per_100k_characters(archive):
    slogans, missing = slogans_named(["双报到", "牛鼻子", "不存在的提法"])
    assert [s.text for s in slogans] == ["双报到", "牛鼻子"]
    assert missing == ["不存在的提法"]
    years, (reports, nose) = slogan_series(slogans)
    assert years == [2021, 2022]
    characters_2021 = len(archive[0].body) + len(archive[1].body)
    assert [(c.year, c.speeches, c.mentions) for c in reports.years] == [
        (2021, 2, 3),
        (2022, 0, 0),
    ]
    assert reports.years[0].per_100k == round(3 * 100_000 / characters_2021, 2)
    assert [(c.year, c.speeches, c.mentions) for c in nose.years] == [
        (2021, 1, 1),
        (2022, 1, 1),
    ]
    assert nose.years[1].per_100k == round(100_000 / len(archive[2].body), 2)


def test_the_page_draws_a_line_per_slogan_and_tables_the_counts(archive):
    page = (
        Client().get("/slogans/compare/", {"s": ["双报到", "牛鼻子"]}).content.decode()
    )
    assert page.count('<path d="M') == 4  # two charts, two lines each
    assert 'id="slogan-compare-table"' in page
    assert '<th scope="row">2021</th>' in page


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"s": ""},
        {"s": "\x00"},
        {"s": ["双报到"]},
        {"s": ["x" * 5000, "9" * 40]},
        {"s": ["1", "2", "3"] * 10},
    ],
)
def test_odd_or_missing_slogans_give_a_page_never_an_error(archive, params):
    assert Client().get("/slogans/compare/", params).status_code == 200
