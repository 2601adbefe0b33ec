"""/healthz answers 200 when the database and the index answer, 503 otherwise."""

import pytest

from tests.support.servers import free_port

from .conftest import manage, production, run
from .corpus import write_speeches

pytestmark = pytest.mark.server


@pytest.fixture
def archive_env(tmp_path, app_env):
    """Return app_env for a migrated database holding three speeches, indexed."""
    manage("migrate", "--noinput", env=app_env)
    write_speeches(tmp_path / "incoming", 3)
    manage("import_speeches", "--no-progress", str(tmp_path / "incoming"), env=app_env)
    run(["bin/entrypoint", "index"], app_env)
    return app_env


def test_healthz_is_200_with_counts_when_database_and_index_answer(archive_env, serve):
    response = serve(archive_env).get("/healthz")
    assert response.status == 200
    report = response.json()
    assert report["status"] == "ok"
    assert report["checks"]["database"]["ok"] is True
    assert report["checks"]["search"]["ok"] is True
    assert report["checks"]["search"]["documents"] > 0
    assert "no-store" in response.headers["Cache-Control"]


def test_healthz_is_503_when_the_index_was_never_built(tmp_path, app_env, serve):
    manage("migrate", "--noinput", env=app_env)
    index_path = tmp_path / "var" / "whoosh"

    response = serve(app_env).get("/healthz")

    assert response.status == 503
    report = response.json()
    assert report["status"] == "unavailable"
    assert report["checks"]["database"]["ok"] is True
    assert report["checks"]["search"]["ok"] is False
    # The check only reads: it must not create an empty index and call it healthy.
    assert not index_path.exists() or not any(index_path.iterdir())


def test_healthz_is_503_when_the_index_files_are_damaged(archive_env, serve, tmp_path):
    for toc in (tmp_path / "var" / "whoosh").glob("*.toc"):
        toc.write_bytes(b"\x00damaged")

    response = serve(archive_env).get("/healthz")

    assert response.status == 503
    assert response.json()["checks"]["search"]["ok"] is False
    assert response.json()["checks"]["database"]["ok"] is True


def test_healthz_is_503_when_the_database_does_not_answer(archive_env, serve):
    # Nothing listens on a fresh free port: the connection is refused at once.
    unreachable = f"postgres://archive@127.0.0.1:{free_port()}/archive"
    server = serve({**archive_env, "DATABASE_URL": unreachable})

    response = server.get("/healthz")

    assert response.status == 503
    report = response.json()
    assert report["checks"]["database"] == {
        "ok": False,
        "ms": report["checks"]["database"]["ms"],
        "error": "OperationalError",
    }
    assert report["checks"]["search"]["ok"] is True
    # The details go to the log, not to whoever asks.
    assert "does not answer" in server.output()


def test_healthz_answers_plain_http_when_everything_else_redirects_to_https(
    archive_env, serve
):
    server = serve(production(archive_env))

    assert server.get("/healthz").status == 200
    redirect = server.get("/")
    assert redirect.status == 301
    assert redirect.headers["Location"].startswith("https://")


def test_attack_a_stuck_outbox_is_reported_degraded(archive_env, serve):
    # Edits that never reach the index: rows queued long ago and nobody draining.
    manage(
        "shell",
        "-c",
        "import datetime as dt; from django.utils import timezone; "
        "from search.models import IndexTask; "
        "IndexTask.objects.create(kind='speech', speech_id=1); "
        "IndexTask.objects.update(created_at=timezone.now() - dt.timedelta(hours=2))",
        env=archive_env,
    )
    response = serve(archive_env).get("/healthz")
    assert response.status == 200  # the site still serves
    report = response.json()
    assert report["status"] == "degraded"
    outbox = report["checks"]["outbox"]
    assert outbox["ok"] is False and outbox["rows"] == 1
    assert outbox["oldest_seconds"] >= 7000


def test_an_empty_outbox_is_healthy(archive_env, serve):
    outbox = serve(archive_env).get("/healthz").json()["checks"]["outbox"]
    assert outbox == {"ok": True, "ms": outbox["ms"], "rows": 0, "oldest_seconds": 0}


def test_attack_a_stuck_reuse_queue_is_reported_degraded(archive_env, serve):
    # Indexed changes whose text reuse nobody catches up with.
    manage(
        "shell",
        "-c",
        "import datetime as dt; from django.utils import timezone; "
        "from reuse.models import ReuseTask; "
        "ReuseTask.objects.create(kind='speech', speech_id=1); "
        "ReuseTask.objects.update(created_at=timezone.now() - dt.timedelta(hours=2))",
        env=archive_env,
    )
    response = serve(archive_env).get("/healthz")
    assert response.status == 200
    report = response.json()
    assert report["status"] == "degraded"
    reuse = report["checks"]["reuse"]
    assert reuse["ok"] is False and reuse["rows"] == 1
    assert reuse["oldest_seconds"] >= 7000
    assert report["checks"]["outbox"]["ok"] is True


def test_an_empty_reuse_queue_is_healthy(archive_env, serve):
    reuse = serve(archive_env).get("/healthz").json()["checks"]["reuse"]
    assert reuse == {"ok": True, "ms": reuse["ms"], "rows": 0, "oldest_seconds": 0}
