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
