"""An editor's URL cannot make the admin run a regular expression or answer 500."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"
CHANGELISTS = [
    "speeches_speech",
    "speeches_slogan",
    "speeches_mention",
    "speeches_revision",
]


@pytest.mark.parametrize("model", CHANGELISTS)
@pytest.mark.parametrize("lookup", ["id__regex", "pk__iregex"])
def test_attack_a_regular_expression_lookup_in_the_url_is_refused(
    client, editor_user, county_speech, model, lookup
):
    client.force_login(editor_user)
    url = reverse(f"admin:{model}_changelist")
    response = client.get(url, {lookup: "^(a+)+$"})
    assert response.status_code in (302, 400, 403)


def test_attack_a_catastrophic_regex_on_the_body_is_refused(
    client, editor_user, county_speech
):
    client.force_login(editor_user)
    url = reverse("admin:speeches_speech_changelist")
    response = client.get(url, {"body__regex": "(.*a){20}$"})
    assert response.status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        {"year": HUGE},
        {"year": "-5"},
        {"year": "0"},
        {"date__year": HUGE},
        {"date__year": "--5"},
        {"date__year": "٣"},
        {"effective_date__year": HUGE},
        {"id__exact": HUGE},
        {"id__gt": HUGE},
        {"date": HUGE},
        {"date__gte": "2024-99-99"},
        {"p": HUGE},
        {"o": HUGE},
        {"q": "\x00"},
    ],
)
def test_attack_an_odd_filter_value_never_answers_500(
    client, editor_user, county_speech, query
):
    client.force_login(editor_user)
    response = client.get(reverse("admin:speeches_speech_changelist"), query)
    assert response.status_code in (200, 302, 400)
