"""Slogan jobs a dead process left are taken up by `make run`'s workers, by the
index drain loop and by `bin/entrypoint jobs`, not only when another job is queued."""

import subprocess
import sys
import time

import pytest

from .conftest import ROOT, manage, run

pytestmark = pytest.mark.server

# A lexicon job that "ran" in a process that died ten minutes ago
ABANDON = (
    "from datetime import timedelta; from django.utils import timezone; "
    "from speeches.models import SloganJob; "
    "SloganJob.objects.create(kind='lexicon', state='running', worker='dead', "
    "heartbeat=timezone.now() - timedelta(minutes=10))"
)
STATE = "from speeches.models import SloganJob; print(SloganJob.objects.get().state)"


def job_state(env) -> str:
    return manage("shell", "-c", STATE, env=env).stdout.strip().splitlines()[-1]


def wait_for_done(env, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while (state := job_state(env)) != "done" and time.monotonic() < deadline:
        time.sleep(0.5)
    return state


@pytest.fixture
def abandoned(app_env):
    manage("migrate", "--noinput", env=app_env)
    manage("shell", "-c", ABANDON, env=app_env)
    assert job_state(app_env) == "running"
    return app_env


def test_a_starting_web_worker_takes_up_an_abandoned_job(abandoned, serve):
    serve(abandoned)
    assert wait_for_done(abandoned) == "done"


def test_the_index_drain_loop_takes_up_an_abandoned_job(abandoned):
    loop = subprocess.Popen(
        [sys.executable, "manage.py", "search_index", "drain", "--loop", "0.2"],
        cwd=ROOT,
        env=abandoned,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_for_done(abandoned) == "done"
    finally:
        loop.terminate()
        loop.wait(timeout=30)


def test_the_entrypoint_runs_waiting_jobs_by_hand(abandoned):
    result = run(["bin/entrypoint", "jobs"], abandoned)
    assert "1 job(s)" in result.stdout
    assert job_state(abandoned) == "done"


def test_a_database_not_migrated_yet_is_checked_again_next_time(app_env):
    result = manage(
        "shell",
        "-c",
        "from speeches.jobs import jobs_resume; print(jobs_resume())",
        env=app_env,
    )
    assert result.stdout.strip().splitlines()[-1] == "False"
