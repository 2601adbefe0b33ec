"""/compare/?a=&b=: two speeches aligned passage by passage, slogans compared."""

import pytest
from django.test import Client

from reuse.comparison import speech_id_from
from tests.reuse.test_maintenance import prose

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "speech_id"),
    [
        ("128", 128),
        (" 128 ", 128),
        ("/speeches/128/", 128),
        ("https://x.example/s/128", 128),
        ("https://x.example/speeches/128/?q=1#s2", 128),
        ("abc", None),
        ("", None),
        ("1" * 30, None),
    ],
)
def test_a_speech_is_named_by_its_id_or_its_address(typed, speech_id):
    assert speech_id_from(typed) == speech_id


def test_shared_passages_share_a_row_and_slogans_are_split(indexed):
    quoted = prose(31, 5)
    left, right = indexed(
        {
            "title": "左",
            "body": prose(32, 4) + "\n" + quoted + "\n要落实“双报到”。",
            "slogans": ("双报到",),
        },
        {
            "title": "右",
            "body": "抓住“牛鼻子”。\n" + quoted + "\n" + prose(33, 4),
            "slogans": ("牛鼻子",),
        },
    )
    page = Client().get("/compare/", {"a": left.pk, "b": right.pk}).content.decode()
    assert page.count('class="row-shared"') == 1
    assert (
        'id="only-left"' in page
        and "双报到" in page.split('id="only-left"')[1].split("</ul>")[0]
    )
    assert "牛鼻子" in page.split('id="only-right"')[1].split("</ul>")[0]
    assert "<mark>" in page


@pytest.mark.parametrize(
    "params", [{"a": "1", "b": "999999"}, {"a": "x"}, {"a": "\x00", "b": "<script>"}]
)
def test_a_missing_speech_is_named_not_an_error(db, params):
    response = Client().get("/compare/", params)
    assert response.status_code == 404
    assert (
        "找不到这篇讲话" in response.content.decode()
        or "请填写" in response.content.decode()
    )
    assert "<script>" not in response.content.decode()
