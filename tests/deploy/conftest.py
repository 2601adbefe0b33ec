"""Real processes for deployment tests: a scratch database, gunicorn, the scripts."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from urllib.parse import quote

import pytest
from django.conf import settings

from tests.support.servers import ROOT, Gunicorn, ServerError, archive_env

# A secret check --deploy accepts: long, varied, not Django's insecure prefix.
PRODUCTION_SECRET = "t3st-Only_" + "kQ9v!Lr2@xZ7#mW4$pN8%bH1^cJ6&dF0*" * 2


@pytest.fixture
def scratch_database_url(tmp_path):
    """Return the URL of an empty database of the suite's kind, dropped afterwards.

    Subprocesses cannot see the test database (SQLite in memory, or rows in an open
    transaction), so they get a database of their own on the same kind of server.
    """
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        yield f"sqlite:///{tmp_path / 'scratch.sqlite3'}"
        return
    import psycopg

    name = f"scratch_{uuid.uuid4().hex[:12]}"
    server = {
        "host": database["HOST"] or "127.0.0.1",
        "port": database["PORT"] or 5432,
        "user": database["USER"],
        "password": database["PASSWORD"] or None,
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    credentials = quote(server["user"])
    if server["password"]:
        credentials += ":" + quote(server["password"])
    yield f"postgres://{credentials}@{server['host']}:{server['port']}/{name}"
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def app_env(tmp_path, scratch_database_url):
    """Return an environment for the app with every file and the database in tmp."""
    env = archive_env(tmp_path, database_url=scratch_database_url, workers=1)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def production(env: dict, **overrides: str) -> dict:
    """Return env with DEBUG off and the settings a real deployment sets."""
    return {
        **env,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": PRODUCTION_SECRET,
        "DJANGO_ALLOWED_HOSTS": "archive.example.org,127.0.0.1",
        **overrides,
    }


def run(
    args: list[str], env: dict, *, timeout: float = 300
) -> subprocess.CompletedProcess:
    """Run a command in the project folder; fail the test with its output if it fails."""
    result = subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode != 0:
        pytest.fail(
            f"{' '.join(args)} exited {result.returncode}\n"
            f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        )
    return result


def manage(*args: str, env: dict, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run manage.py with the given environment."""
    return run([sys.executable, "manage.py", *args], env, timeout=timeout)


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes

    def json(self):
        return json.loads(self.body)


def get(url: str, *, headers: dict | None = None, timeout: float = 30) -> Response:
    """GET a URL without following redirects; any status is a Response."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with opener.open(request, timeout=timeout) as response:
            return Response(response.status, dict(response.headers), response.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, dict(error.headers), error.read())


class Server(Gunicorn):
    """gunicorn started by `bin/entrypoint serve`, answering plain GETs."""

    def wait_until_up(self, timeout: float = 60) -> None:
        try:
            self.wait_until(self.listening, timeout=timeout)
        except ServerError as error:
            pytest.fail(str(error))

    def get(self, path: str, **kwargs) -> Response:
        return get(self.url + path, **kwargs)


@pytest.fixture
def serve(tmp_path):
    """Start gunicorn with an environment; every server is stopped after the test."""
    servers: list[Server] = []

    def start(env: dict) -> Server:
        server = Server(env, tmp_path / f"gunicorn-{len(servers)}.log")
        servers.append(server)
        server.wait_until_up()
        return server

    yield start
    for server in servers:
        server.stop()
