"""Settings: production passes Django's deployment checks; the environment chooses."""

import os
import subprocess
import sys

import pytest
from django.db import connection

from .conftest import ROOT, manage, production


def settings_in(env: dict, expression: str) -> str:
    """Return repr(expression) evaluated in a fresh process under env's settings."""
    code = (
        "import django; django.setup(); from django.conf import settings; "
        f"print(repr({expression}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0:
        return "ERROR: " + result.stderr.strip().splitlines()[-1]
    return result.stdout.strip()


def test_check_deploy_reports_nothing_under_production_settings(app_env):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        cwd=ROOT,
        env=production(app_env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_warns_when_a_protection_is_turned_off(app_env):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=production(app_env, DJANGO_SECURE_HSTS_SECONDS="0"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "security.W004" in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret(app_env):
    env = production(app_env)
    del env["DJANGO_SECRET_KEY"]
    assert "DJANGO_SECRET_KEY must be set" in settings_in(env, "settings.DEBUG")


def test_production_defaults_assume_a_tls_proxy_in_front(app_env):
    env = production(app_env)
    assert settings_in(env, "settings.SECURE_SSL_REDIRECT") == "True"
    assert settings_in(env, "settings.SESSION_COOKIE_SECURE") == "True"
    assert settings_in(env, "settings.SECURE_PROXY_SSL_HEADER") == (
        "('HTTP_X_FORWARDED_PROTO', 'https')"
    )
    assert settings_in(env, "settings.STORAGES['staticfiles']['BACKEND']") == (
        "'whitenoise.storage.CompressedManifestStaticFilesStorage'"
    )


def test_each_protection_can_be_turned_off_for_plain_http(app_env):
    env = production(
        app_env,
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_SECURE_PROXY_SSL_HEADER="0",
        DJANGO_SECURE_HSTS_SECONDS="0",
    )
    assert settings_in(env, "settings.SECURE_SSL_REDIRECT") == "False"
    assert settings_in(env, "settings.CSRF_COOKIE_SECURE") == "False"
    assert settings_in(env, "settings.SECURE_PROXY_SSL_HEADER") == "None"
    assert settings_in(env, "settings.SECURE_HSTS_SECONDS") == "0"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DJANGO_SECURE_HSTS_SECONDS", "a year"),
        ("DJANGO_SECURE_COOKIES", "maybe"),
        ("ADMIN_LOGIN_FAILURE_LIMIT", "five"),
        ("ADMIN_LOGIN_COOLOFF_HOURS", "an hour"),
    ],
)
def test_a_malformed_setting_is_refused_with_its_name(app_env, name, value):
    env = production(app_env, **{name: value})
    assert f"{name}={value!r}" in settings_in(env, "1")


def test_admin_login_limits_come_from_the_environment(app_env):
    env = {**app_env, "ADMIN_LOGIN_FAILURE_LIMIT": "3"}
    env["ADMIN_LOGIN_COOLOFF_HOURS"] = "0.5"
    assert settings_in(
        env, "(settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME)"
    ) == ("(3, 0.5)")


def test_search_url_selects_haystacks_solr_backend(app_env):
    env = {**app_env, "SEARCH_URL": "solr://solr.internal:8983/solr/archive"}
    connection_info = settings_in(env, "settings.HAYSTACK_CONNECTIONS['default']")
    assert "'haystack.backends.solr_backend.SolrEngine'" in connection_info
    assert "'http://solr.internal:8983/solr/archive'" in connection_info
    backend = settings_in(
        env,
        "__import__('haystack').connections['default'].get_backend().conn.url",
    )
    assert backend == "'http://solr.internal:8983/solr/archive'"


def test_solrs_url_speaks_https(app_env):
    env = {**app_env, "SEARCH_URL": "solrs://solr.internal:8984/solr/archive"}
    assert "'https://solr.internal:8984/solr/archive'" in settings_in(
        env, "settings.HAYSTACK_CONNECTIONS['default']['URL']"
    )


@pytest.mark.parametrize(
    "url", ["elasticsearch://es:9200/archive", "solr://solr:8983", "solr:///x"]
)
def test_an_unsupported_search_url_is_refused_with_the_expected_form(app_env, url):
    message = settings_in({**app_env, "SEARCH_URL": url}, "1")
    assert f"SEARCH_URL={url!r}" in message
    assert "solr://host:port/solr/" in message


def test_database_url_selects_postgresql_with_a_connect_timeout(app_env):
    env = {**app_env, "DATABASE_URL": "postgres://archive:pw@db.internal:5432/archive"}
    assert settings_in(env, "settings.DATABASES['default']['ENGINE']") == (
        "'django.db.backends.postgresql'"
    )
    assert settings_in(
        env, "settings.DATABASES['default']['OPTIONS']['connect_timeout']"
    ) == ("5")


def test_sqlite_runs_in_wal_mode(tmp_path, app_env):
    env = {**app_env, "DATABASE_URL": f"sqlite:///{tmp_path / 'wal.sqlite3'}"}
    code = (
        "from django.db import connection\n"
        "with connection.cursor() as cursor:\n"
        "    cursor.execute('PRAGMA journal_mode')\n"
        "    print(cursor.fetchone()[0])"
    )
    assert manage("shell", "-c", code, env=env).stdout.splitlines()[-1] == "wal"


@pytest.mark.django_db
def test_the_suite_runs_on_the_database_that_database_url_names():
    """`make test` runs the suite twice: once on SQLite, once on PostgreSQL."""
    expected = (
        "postgresql"
        if os.environ.get("DATABASE_URL", "").startswith(("postgres", "pgsql"))
        else "sqlite"
    )
    assert connection.vendor == expected


def test_attack_every_page_carries_a_strict_content_security_policy(client, db):
    policy = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "object-src 'none'" in policy
    assert "frame-ancestors 'none'" in policy
    assert client.get("/admin/login/")["Content-Security-Policy"] == policy
