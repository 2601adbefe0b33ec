"""Login attempts to the admin are limited (django-axes)."""

import pytest
from django.conf import settings
from django.urls import reverse

from .conftest import EDITOR_PASSWORD as PASSWORD

pytestmark = pytest.mark.django_db


def log_in(client, username, password):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
    )


def test_too_many_failures_lock_out_even_the_right_password(client, editor_user):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "bianji", "wrong").status_code == 200
    locked = log_in(client, "bianji", "wrong")
    assert locked.status_code == 429
    assert "登录已暂停" in locked.content.decode()
    assert log_in(client, "bianji", PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session


def test_failures_below_the_limit_still_allow_a_login(client, editor_user):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "bianji", "wrong")
    response = log_in(client, "bianji", PASSWORD)
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == editor_user.pk


def test_a_lockout_is_per_user_name(client, editor_user, django_user_model):
    django_user_model.objects.create_user(
        "shenhe", password="Shenhe-2025-editor", is_staff=True
    )
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "bianji", "wrong")
    assert log_in(client, "shenhe", "Shenhe-2025-editor").status_code == 302


def log_in_through_proxy(client, username, password, *, client_address):
    """Log in as nginx forwards it: from loopback, the client appended to the header."""
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR=client_address,
    )


def test_attack_a_stranger_behind_the_proxy_cannot_lock_out_an_editor(
    client, editor_user
):
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        log_in_through_proxy(client, "bianji", "wrong", client_address="203.0.113.9")
    assert (
        log_in_through_proxy(client, "bianji", "wrong", client_address="203.0.113.9")
    ).status_code == 429
    # The editor, from their own address, still gets in.
    response = log_in_through_proxy(
        client, "bianji", PASSWORD, client_address="198.51.100.7"
    )
    assert response.status_code == 302


def test_attack_a_forged_forwarded_header_does_not_escape_the_lockout(
    client, editor_user
):
    # The client sends its own X-Forwarded-For; nginx appends the real address.
    for number in range(settings.AXES_FAILURE_LIMIT + 1):
        forged = f"10.0.0.{number}, 203.0.113.9"
        log_in_through_proxy(client, "bianji", "wrong", client_address=forged)
    response = log_in_through_proxy(
        client, "bianji", PASSWORD, client_address="10.9.9.9, 203.0.113.9"
    )
    assert response.status_code == 429


def test_a_forwarded_header_from_a_client_that_is_not_the_proxy_is_ignored(
    client, editor_user
):
    for number in range(settings.AXES_FAILURE_LIMIT + 1):
        client.post(
            reverse("admin:login"),
            {"username": "bianji", "password": "wrong"},
            REMOTE_ADDR="203.0.113.9",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{number}",
        )
    response = client.post(
        reverse("admin:login"),
        {"username": "bianji", "password": PASSWORD},
        REMOTE_ADDR="203.0.113.9",
        HTTP_X_FORWARDED_FOR="10.1.1.1",
    )
    assert response.status_code == 429
