"""bin/entrypoint, the one start-up script of `make run` and the container."""

import json
import subprocess
import time
from pathlib import Path

import pytest

from .conftest import ROOT, manage, production, run
from .corpus import write_speeches

pytestmark = pytest.mark.server


def test_entrypoint_migrates_indexes_collects_and_serves_from_an_empty_folder(
    tmp_path, app_env, serve
):
    env = production(app_env, WEB_CONCURRENCY="2")
    var = tmp_path / "var"
    assert not var.exists()

    run(["bin/entrypoint", "migrate"], env)
    write_speeches(tmp_path / "incoming", 4)
    manage("import_speeches", "--no-progress", str(tmp_path / "incoming"), env=env)
    run(["bin/entrypoint", "index", "static"], env)
    server = serve(env)

    health = server.get("/healthz")
    assert health.status == 200, health.body
    assert health.json()["checks"]["search"]["documents"] > 0
    # Behind the TLS proxy: the page is served, with HSTS.
    home = server.get("/", headers={"X-Forwarded-Proto": "https"})
    assert home.status == 200
    assert "max-age=31536000" in home.headers["Strict-Transport-Security"]
    # Static files: hashed names from the manifest, compressed, cached for good.
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())
    hashed = manifest["paths"]["admin/css/base.css"]
    assert hashed != "admin/css/base.css"
    css = server.get(
        f"/static/{hashed}",
        headers={"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"},
    )
    assert css.status == 200
    assert css.headers["Content-Encoding"] == "gzip"
    assert "immutable" in css.headers["Cache-Control"]


def test_serve_runs_the_configured_number_of_workers_and_logs_access(app_env, serve):
    manage("migrate", "--noinput", env=app_env)
    server = serve({**app_env, "WEB_CONCURRENCY": "3"})
    server.get("/healthz")

    children = Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children")
    deadline = time.monotonic() + 30
    while len(children.read_text().split()) < 3 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(children.read_text().split()) == 3
    # gunicorn replaced the shell (exec): the entrypoint's pid is the master's.
    assert "gunicorn" in Path(f"/proc/{server.process.pid}/cmdline").read_text()
    deadline = time.monotonic() + 10
    while '"GET /healthz HTTP/1.1"' not in server.output():
        assert time.monotonic() < deadline, server.output()
        time.sleep(0.2)
    access_line = next(
        line for line in server.output().splitlines() if "GET /healthz" in line
    )
    assert access_line.endswith("ms")


def test_an_unknown_step_is_refused_with_the_list_of_steps(app_env):
    result = subprocess.run(
        ["bin/entrypoint", "static", "deploy"],
        cwd=ROOT,
        env=app_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "unknown step 'deploy'" in result.stderr
    assert "migrate, index, static, serve" in result.stderr
