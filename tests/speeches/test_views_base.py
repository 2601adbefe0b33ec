"""Every page shares the base layout: landmarks, skip link and the site search form."""

import pytest

from speeches.models import Slogan

from .reading_fixtures import county_party_building

pytestmark = pytest.mark.django_db


@pytest.fixture
def paths():
    speech = county_party_building()
    slogan = Slogan.objects.get(text="双报到")
    return [
        "/speeches/",
        f"/speeches/{speech.pk}/",
        f"/speeches/{speech.pk}/raw/",
        "/slogans/",
        f"/slogans/{slogan.pk}/",
        "/speeches/424242/",
    ]


def test_pages_have_landmarks_skip_link_and_site_search(client, paths):
    for path in paths:
        html = client.get(path).text
        assert '<html lang="zh-Hans">' in html, path
        assert '<a class="skip-link" href="#main">跳到正文</a>' in html, path
        assert '<header class="site-header">' in html, path
        assert '<nav class="site-nav" aria-label="主导航">' in html, path
        assert '<main id="main"' in html, path
        assert '<footer class="site-footer">' in html, path
        assert 'role="search" action="/search/"' in html, path
        assert 'name="q"' in html, path
        assert "/static/css/site.css" in html, path


def test_home_has_one_search_form_its_own(client):
    html = client.get("/").text
    assert html.count('role="search"') == 1
    assert 'id="home-q" name="q"' in html


def test_current_section_of_the_site_is_marked_in_the_navigation(client):
    html = client.get("/slogans/").text
    assert '<a href="/slogans/" aria-current="page">提法</a>' in html
    assert '<a href="/speeches/" aria-current="page">' not in html
