"""A page that is not an editor's says so in Chinese, and the log stays one line."""

import logging

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_an_editor_refused_a_page_gets_the_sites_chinese_403(client, editor_user):
    client.force_login(editor_user)
    response = client.get(reverse("admin:auth_user_changelist"))
    assert response.status_code == 403
    html = response.content.decode()
    assert "<h1>没有权限</h1>" in html
    assert 'class="site-header"' in html  # the site's own layout
    assert 'href="/admin/"' in html  # and the way back to the desk
    assert "Forbidden" not in html


def test_the_expected_403_is_logged_in_one_line_without_a_traceback(
    client, editor_user, caplog
):
    client.force_login(editor_user)
    with caplog.at_level(logging.WARNING, logger="django.request"):
        client.get(reverse("admin:auth_group_add"))
    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert (
        record.getMessage() == "Forbidden (Permission denied): /admin/auth/group/add/"
    )
    assert record.exc_info is None
    assert "Traceback" not in caplog.text


def test_a_server_error_still_logs_its_traceback(caplog):
    from config.log_filters import ExpectedRefusals

    try:
        raise ValueError("broken")
    except ValueError:
        record = logging.getLogger("django.request").makeRecord(
            "django.request", logging.ERROR, __file__, 1, "boom", (), None
        )
        import sys

        record.exc_info = sys.exc_info()
    record.status_code = 500
    assert ExpectedRefusals().filter(record) is True
    assert record.exc_info is not None


def test_a_stale_form_gets_a_chinese_page_not_djangos(editor_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor_user)
    response = client.post(reverse("admin:speeches_slogan_add"), {"text": "双报到"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "<h1>表单已失效</h1>" in html and "CSRF verification failed" not in html


def test_permissions_are_named_in_chinese():
    names = dict(Permission.objects.values_list("codename", "name"))
    assert names["change_speech"] == "可以修改讲话"
    assert names["view_accessattempt"] == "可以查看登录尝试"
    assert names["delete_user"] == "可以删除用户"
    assert not [name for name in names.values() if name.startswith("Can ")]
