"""The home page: search first, counts, newest speeches and slogans."""

import pytest

from speeches.models import Section, Slogan

from .reading_fixtures import reading_room

pytestmark = pytest.mark.django_db


def test_empty_archive_home_page_says_how_to_import(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "import_speeches" in response.text


def test_search_box_comes_before_the_counts_and_lists(client):
    reading_room()
    html = client.get("/").text
    main = html[html.index('<main id="main"') :]
    assert main.index('action="/search/"') < main.index('class="counts"')
    assert main.index('class="counts"') < main.index("最新讲话")


def test_counts_are_the_archives_own(client):
    reading_room()
    response = client.get("/")
    counts = response.context["counts"]
    assert counts == {
        "speeches": 4,
        "sections": Section.objects.count(),
        "slogans": Slogan.objects.filter(status="accepted").count(),
    }
    assert f"<strong>{Section.objects.count()}</strong> 节" in response.text


def test_newest_speeches_are_listed_by_date_undated_last(client):
    speeches = reading_room()
    latest = list(client.get("/").context["latest"])
    assert latest == [
        speeches["town"],
        speeches["county"],
        speeches["city"],
        speeches["undated"],
    ]


def test_most_used_and_newest_slogans(client):
    reading_room()
    context = client.get("/").context
    most_used = [slogan.text for slogan in context["most_used"]]
    # Both are in two speeches; 双报到 has more mentions (4 against 3).
    assert most_used[:2] == ["双报到", "三会一课"]
    newest = [
        (slogan.text, str(slogan.first_date)) for slogan in context["newest_slogans"]
    ]
    assert newest[0] == ("一村一品", "2025-06-03")
    assert ("双报到", "2023-09-20") in newest


def test_rejected_slogan_is_nowhere_on_the_home_page(client):
    reading_room()
    Slogan.objects.filter(text="一村一品").update(status=Slogan.Status.REJECTED)
    response = client.get("/")
    assert "一村一品" not in response.text


def test_home_page_runs_a_bounded_number_of_queries(
    client, django_assert_max_num_queries
):
    reading_room()
    with django_assert_max_num_queries(6):
        client.get("/")
